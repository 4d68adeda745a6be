"""Text normalisation shared by the index and the queries: width, case, script, punctuation.

Traditional→simplified uses a character table taken from OpenCC's data when the index is
built and stored in the index, so answering a query never imports a conversion library;
pinyin is likewise computed only at build time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from operator import add

_DROP = re.compile(r"[^\w.%]+|_")
ASCII_WORD = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """NFKC (full-width → half-width) and case folding."""
    return unicodedata.normalize("NFKC", text).casefold()


def normalize(text: str, t2s: Mapping[int, str] | None = None) -> str:
    """The matching form of a text: folded, simplified (t2s: a str.translate table), without
    spaces and punctuation."""
    text = fold(text)
    if t2s:
        text = text.translate(t2s)
    return _DROP.sub("", text)


# characters whose matching form does not depend on their neighbours (no NFKC composition or
# reordering with them): ASCII, CJK ideographs and punctuation, full-width forms, numbered signs;
# tests/test_normalize_fast.py checks it pair by pair
_CONTEXT_FREE = re.compile("[ -~\u00b7\u00d7\u00f7\u2010-\u2016\u2018-\u2027\u2030-\u203d\u203f-\u205e"
                           "\u2160-\u217f\u2460-\u24ff\u3000-\u3029\u3030-\u303f\u3220-\u3243"
                           "\u4e00-\u9fff\uff01-\uff5e]*")


class _Forms(dict):
    """Character code -> its matching form alone, worked out the first time it is asked for."""

    def __init__(self, t2s: Mapping[int, str] | None) -> None:
        super().__init__()
        self.t2s = t2s

    def __missing__(self, code: int) -> str:
        self[code] = form = normalize(chr(code), self.t2s)
        return form


class Normalizer:
    """`normalize` with one traditional→simplified table, for many texts (building an index): a
    text of context-free characters only (nearly every one) is mapped in a single translate, a
    fifth of the cost; any other goes through `normalize`. The same output either way."""

    def __init__(self, t2s: Mapping[int, str] | None = None) -> None:
        self.t2s = t2s
        self._forms = _Forms(t2s)

    def __call__(self, text: str) -> str:
        if _CONTEXT_FREE.fullmatch(text):
            return text.translate(self._forms)
        return normalize(text, self.t2s)


def grams(text: str, size: int = 2) -> set[str]:
    """Character n-grams of a normalised text (the whole text when it is shorter)."""
    if len(text) <= size:
        return {text} if text else set()
    if size == 2:  # each character joined to the next, in C: twice as fast as slicing (a build's most common call)
        return set(map(add, text, text[1:]))
    return {text[i:i + size] for i in range(len(text) - size + 1)}


def is_pinyin_query(text: str) -> bool:
    """A normalised query made only of Latin letters may be pinyin (or an alias such as gdp)."""
    return bool(text) and ASCII_WORD.fullmatch(text) is not None


def t2s_table() -> dict[int, str]:
    """Traditional → simplified characters from OpenCC's table (build time only).

    A character that is also valid simplified (乾, 於) is left alone.
    """
    from importlib import resources

    table: dict[str, str] = {}
    text = (resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        trad, _, simps = line.partition("\t")
        candidates = simps.split()
        if len(trad) == 1 and candidates and trad not in candidates and len(candidates[0]) == 1:
            table[ord(trad)] = candidates[0]
    return table


class Pinyin:
    """Full pinyin and initials of Chinese text (build time only: imports pypinyin).

    pypinyin's own segmentation picks each word's reading; the words' pinyin is then cached, since
    a knowledge base's names are made of the same few thousand words (7 × faster, same output).
    """

    CACHE_ENTRIES = 200_000

    def __init__(self) -> None:
        from pypinyin import Style, lazy_pinyin
        from pypinyin.seg.mmseg import seg

        self._lazy, self._initials, self._cut = lazy_pinyin, Style.FIRST_LETTER, seg.cut
        self._cache: dict[str, tuple[str, str]] = {}
        self._words: dict[str, tuple[str, str]] = {}

    def _word(self, word: str) -> tuple[str, str]:
        if word not in self._words:
            self._words[word] = ("".join(self._lazy(word)), "".join(self._lazy(word, style=self._initials)))
        return self._words[word]

    def __call__(self, text: str) -> tuple[str, str]:
        if text not in self._cache:
            if len(self._cache) >= self.CACHE_ENTRIES:  # a cache: memory stays flat over any number of names
                self._cache.clear()
            known = self._words
            words = [known[w] if w in known else self._word(w) for w in self._cut(normalize(text))]
            full, initials = "".join(w[0] for w in words), "".join(w[1] for w in words)
            self._cache[text] = (_DROP.sub("", full.casefold()), _DROP.sub("", initials.casefold()))
        return self._cache[text]


def alias_map(aliases: Mapping[str, Iterable[str]], t2s: Mapping[int, str] | None = None) -> dict[str, str]:
    """Normalised alias → normalised canonical name (canonical names map to themselves)."""
    out: dict[str, str] = {}
    for canonical, names in aliases.items():
        canon = normalize(canonical, t2s)
        out[canon] = canon
        for name in names:
            out.setdefault(normalize(name, t2s), canon)
    return out


def expand(query: str, aliases: Mapping[str, str]) -> list[str]:
    """The query and its rewrites through the alias vocabulary, the query first.

    An alias equal to the query becomes its canonical name; an alias inside the query is
    replaced in place (规上工业增加值 → 规模以上工业增加值), longest alias first.
    """
    variants = [query]
    if query in aliases and aliases[query] != query:
        variants.append(aliases[query])
    for alias in sorted(aliases, key=len, reverse=True):
        canon = aliases[alias]
        if len(alias) >= 2 and alias != canon and alias in query and canon not in query:
            rewritten = query.replace(alias, canon)
            if rewritten not in variants:
                variants.append(rewritten)
            break
    return variants
