"""Read a report: decode its bytes, and give the working text the later stages match on.

The working text folds width forms one character for one character (５．５％ → 5.5%, ～ → ~), so
every offset in it is an offset in the original and a quote is always cut from the original text,
verbatim, at the same offsets.
"""

from __future__ import annotations

import unicodedata

# characters that fold to one other character (full-width digits, letters, %, ., +, -, :)
_FOLD = {c: unicodedata.normalize("NFKC", c) for c in map(chr, range(0xFF01, 0xFF5F))
         if c not in "，；：！？（）" and len(unicodedata.normalize("NFKC", c)) == 1}
_TABLE = str.maketrans(_FOLD)


def decode(raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else GB18030 (which covers GBK and GB2312);
    UnicodeDecodeError when it is neither."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def working(text: str) -> str:
    """The text with full-width digits, letters and signs folded to ASCII, one for one (same length)."""
    return text.translate(_TABLE)
