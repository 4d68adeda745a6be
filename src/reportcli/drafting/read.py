"""Read a report: decode its bytes, and give the working text the later stages match on.

The working text folds width forms one character for one character (５．５％ → 5.5%, ～ → ~), so
every offset in it is an offset in the original and a quote is always cut from the original text,
verbatim, at the same offsets.
"""

from __future__ import annotations

import re
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


# ‰ written as %。 (a conversion of some older reports): a sentence cannot end before the qualifier
# or the comma that follows it (人口自然增长率控制在6.5%。以内，), nor twice (为4.81%。。): the 。 is the rest of ‰
_PER_MILLE = re.compile(r"%。(?=(?:以内|左右|以下|以上)[，,、；;。]|[，,、；;。])")
# what the 。 of such a ‰ becomes: a zero-width space, which a figure may have between its unit and
# its qualifier (Vocab.figure_re), so that the figure's offsets stay the original's
PER_MILLE_REST = "\u200b"


# a number lost in a broken conversion (１$1.$2％: what it was cannot be read): no figure is read from it
_GARBLED = re.compile(r"[\d.]*\$[^$\n]{1,8}\$[\d.]*")
GARBLED = "\u25a1"  # □, one for each character of such a number


# a sentence broken by a line break between a word that asks for a figure and its figure (…分别增长\n\n12.8%和
# 14.2%), in a line that is no heading (it has a comma)
_BROKEN_SENTENCE = re.compile(r"(?<=[长到达降为])[ \t]*\n\s*(?=\d)")


def _joined_lines(text: str) -> str:
    """The text with each break inside a sentence (_BROKEN_SENTENCE) made spaces, one for one."""
    def spaces(m: re.Match) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return " " * len(m.group()) if "，" in line or "," in line else m.group()
    return _BROKEN_SENTENCE.sub(spaces, text)


def working(text: str) -> str:
    """The text with full-width digits, letters and signs folded to ASCII, one for one (same length),
    ‰ written as %。 read as ‰ (its 。 a zero-width space), a garbled number blanked and a sentence broken
    across lines joined."""
    folded = _joined_lines(text.translate(_TABLE))
    if "$" in folded:
        folded = _GARBLED.sub(lambda m: GARBLED * len(m.group()), folded)
    return _PER_MILLE.sub("‰" + PER_MILLE_REST, folded) if "%。" in folded else folded
