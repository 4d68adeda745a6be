"""The index build's Normalizer gives what `normalize` gives: its one-translate path holds only
for characters whose matching form does not depend on their neighbours, checked here pair by pair."""

from __future__ import annotations

import random

from reportcli.normalize import _CONTEXT_FREE, Normalizer, normalize, t2s_table


def _context_free() -> list[str]:
    return [chr(c) for c in range(0x10000) if _CONTEXT_FREE.fullmatch(chr(c))]


def test_pairs_of_context_free_characters_normalize_apart():
    t2s = t2s_table()
    chars = _context_free()
    ideographs = [c for c in chars if 0x4E00 <= ord(c) <= 0x9FFF]
    others = [c for c in chars if not 0x4E00 <= ord(c) <= 0x9FFF]
    traditional = [chr(k) for k in t2s if _CONTEXT_FREE.fullmatch(chr(k))]
    pool = others + random.Random(0).sample(ideographs, 500) + traditional[:500]
    form = {c: normalize(c, t2s) for c in pool}
    for a in pool:  # a before each character, the pairs kept apart by NUL (which joins nothing, and is dropped)
        assert normalize("".join(a + b + "\0" for b in pool), t2s) == "".join(form[a] + form[b] for b in pool), a


def test_normalizer_matches_normalize_on_any_text():
    t2s = t2s_table()
    fast, plain = Normalizer(t2s), Normalizer()
    rng = random.Random(1)
    odd = ["e\u0301", "\u00e9", "\uff76\uff9e", "\u1100\u1161", "\u2017", "\u203e", "Σ", "ß", "\u3099", "\u00a0"]
    pool = [c for c in _context_free() if ord(c) < 0x4E00 or ord(c) > 0x9FFF] + ["国", "國", "經", "济", "增"] + odd
    for _ in range(20_000):
        text = "".join(rng.choices(pool, k=rng.randint(0, 16)))
        assert fast(text) == normalize(text, t2s), text
        assert plain(text) == normalize(text), text
    assert fast("地區生產總值增長８.６％，達到3290億元") == "地区生产总值增长8.6%达到3290亿元"
