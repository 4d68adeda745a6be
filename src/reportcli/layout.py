"""Width-aware plain-text tables for cells that mix Chinese and ASCII (stdlib only, fast to import).

Widths are terminal cells: East Asian Wide/Fullwidth characters take 2, combining marks 0, everything
else (ambiguous-width characters included) 1.

A cell is cut into *atoms*, pieces that are never split across lines: a run of narrow characters
(an id, a year, a number, a ratio, a Latin word), a number together with the unit written right after
it, or a single Chinese character. Closing punctuation sticks to the atom before it and opening
punctuation to the atom after it; a no-break space (U+00A0) glues its neighbours. Only when an atom
is wider than the whole column is it folded by character.

`render` lays a table out in a given width: natural widths when they fit, otherwise low-priority
columns are dropped and the space left is shared by the wrapping columns, each of which keeps
(by default) room for 8 Chinese characters.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["GAP", "MIN_WIDTH", "UNITS", "Column", "atoms", "cell_width", "render", "wrap"]

GAP = "  "
MIN_WIDTH = 20
NBSP = "\u00a0"
WJ = "\u2060"  # word joiner: glues its neighbours like NBSP, but shows nothing
# common units written right after a number in the reports (a convenience for callers: pass as `units`)
UNITS = ("个百分点", "万人次", "百分点", "万亿元", "亿美元", "万美元", "万千瓦", "万吨", "万元", "亿元", "万人", "万户",
         "万亩", "公里", "千米", "平方米", "元", "年", "月", "日", "倍", "个", "家", "人", "项", "次", "户", "吨",
         "亩", "座", "所", "条", "辆", "%")

_BREAKABLE = frozenset(" \t\n")
CLOSING = frozenset("，。、；：！？）】》」』”’％,.;:!?)]…")
OPENING = frozenset("（【《「『“‘([")
_ALWAYS_UNITS = ("％",)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANKS = str.maketrans({"\r": " ", "\n": " ", "\t": " ", "\v": " ", "\f": " "})
_SGR = {"bold": "\x1b[1m", "dim": "\x1b[2m", "italic": "\x1b[3m"}
_RESET = "\x1b[0m"
RULE = "\u2500"

_widths: dict[str, int] = {}


def _char_width(ch: str) -> int:
    w = _widths.get(ch)
    if w is None:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            w = 0
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            w = 2
        else:
            w = 1
        _widths[ch] = w
    return w


def cell_width(text: str) -> int:
    """Width of `text` in terminal cells (wide/fullwidth 2, combining marks 0, all else 1)."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def _fullwidth_alnum(ch: str) -> bool:
    # ０-９, Ａ-Ｚ, ａ-ｚ and the fullwidth full stop: they make numbers and codes, so they run together
    return "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a" or ch == "\uff0e"


def _is_word(ch: str) -> bool:
    """Part of a run of narrow characters (anything but breakable space, NBSP and wide characters)."""
    if ch in _BREAKABLE or ch in (NBSP, WJ):
        return False
    return _char_width(ch) < 2 or _fullwidth_alnum(ch)


def _unit_list(units: tuple[str, ...]) -> list[str]:
    return sorted({u for u in units if u} | set(_ALWAYS_UNITS), key=len, reverse=True)


def _atoms(text: str, units: list[str]) -> list[list]:
    out: list[list] = []  # [text, space_before]
    gap = ""  # what lies between the last piece and the next: "", " " (breakable) or NBSPs (glue)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _BREAKABLE:
            if not gap:
                gap = " "
            i += 1
            continue
        if ch in (NBSP, WJ):
            gap = ch if gap == " " else gap + ch
            i += 1
            continue
        if not gap and out and _char_width(ch) == 0:  # a combining mark stays with its base
            out[-1][0] += ch
            i += 1
            continue
        j = i + 1
        if _is_word(ch):
            while j < n and _is_word(text[j]):
                j += 1
            last = text[j - 1]
            if last.isdigit() or last in "%％":
                k = j  # the unit may follow right away or after no-break spaces
                while k < n and text[k] == NBSP:
                    k += 1
                for unit in units:
                    if text.startswith(unit, k):
                        j = k + len(unit)
                        break
        piece = text[i:j]
        i = j
        if out and (gap.startswith((NBSP, WJ)) or piece[0] in CLOSING or out[-1][0][-1] in OPENING):
            # glued: a space that was breakable becomes a no-break one
            out[-1][0] += (gap.replace(" ", NBSP)) + piece
        else:
            out.append([piece, bool(out) and gap == " "])
        gap = ""
    return out


def atoms(text: str, units: tuple[str, ...] = ()) -> list[tuple[str, bool]]:
    """Unbreakable pieces of a cell, each with whether a breakable space preceded it.

    Leading and trailing whitespace is dropped (the first atom never has a space before it). A no-break
    space inside an atom is kept as U+00A0 here; `wrap` shows it as an ordinary space.
    """
    return [(t, s) for t, s in _atoms(text, _unit_list(units))]


def _fold(text: str, width: int) -> list[str]:
    chunks: list[str] = []
    cur, cur_w = "", 0
    for ch in text:
        w = _char_width(ch)
        if cur and w and cur_w + w > width:
            chunks.append(cur)
            cur, cur_w = "", 0
        cur += ch
        cur_w += w
    if cur:
        chunks.append(cur)
    return chunks


def _wrap_atoms(items: list, width: int) -> list[str]:
    width = max(1, width)
    lines: list[str] = []
    cur, cur_w = "", 0
    for text, space in items:
        w = cell_width(text)
        if cur:
            sep = 1 if space else 0
            if cur_w + sep + w <= width:
                cur += (" " if space else "") + text
                cur_w += sep + w
                continue
            lines.append(cur)
            cur, cur_w = "", 0
        if w <= width:
            cur, cur_w = text, w
        else:  # last resort: an atom wider than the whole line
            chunks = _fold(text, width)
            lines.extend(chunks[:-1])
            cur = chunks[-1]
            cur_w = cell_width(cur)
    lines.append(cur)
    return [line.replace(NBSP, " ").replace(WJ, "") for line in lines]


def wrap(text: str, width: int, units: tuple[str, ...] = ()) -> list[str]:
    """Greedy line fill of atoms; every line <= width cells; an atom wider than width is folded by character
    (last resort only)."""
    return _wrap_atoms(_atoms(text, _unit_list(units)), width)


def _line_width(items: list) -> int:
    """Width of the atoms on one line."""
    return sum(cell_width(t) for t, _ in items) + sum(1 for k, (_, s) in enumerate(items) if s and k)


class Column:
    """One column of a table (see the module docstring and `render`)."""

    __slots__ = ("title", "priority", "wrap", "keep", "align", "style", "optional")

    def __init__(self, title: str, *, priority: int = 0, wrap: bool = True, keep: int = 16,
                 align: str = "left", style: str | None = None, optional: bool = False) -> None:
        if align not in ("left", "right"):
            raise ValueError(f"align must be 'left' or 'right', not {align!r}")
        if style not in (None, "dim", "bold"):
            raise ValueError(f"style must be None, 'dim' or 'bold', not {style!r}")
        self.title = title
        self.priority = priority
        self.wrap = wrap
        self.keep = keep
        self.align = align
        self.style = style
        self.optional = optional  # shown only when every column fits at its natural width (a score)

    def __repr__(self) -> str:
        return (f"Column({self.title!r}, priority={self.priority}, wrap={self.wrap}, keep={self.keep}, "
                f"align={self.align!r}, style={self.style!r})")


def _clean(text: object) -> str:
    """One line of terminal-safe text: line breaks and tabs become spaces, control characters \\xNN."""
    text = "" if text is None else str(text)
    text = text.replace("\r\n", " ").translate(_BLANKS)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _paint(text: str, style: str | None, styled: bool) -> str:
    if not styled or not style or not text:
        return text
    return f"{_SGR[style]}{text}{_RESET}"


def _total(widths: list[int]) -> int:
    return sum(widths) + len(GAP) * max(0, len(widths) - 1)


def _shrink(widths: list[int], floors: list[int], excess: int) -> int:
    """Take `excess` cells away, always from the widest column above its floor; return what is still missing."""
    while excess > 0:
        cands = [k for k in range(len(widths)) if widths[k] > floors[k]]
        if not cands:
            break
        k = max(cands, key=lambda k: (widths[k], k))
        widths[k] -= 1
        excess -= 1
    return excess


def _victim(columns: list[Column], idx: list[int], droppable_only: bool) -> int | None:
    cands = [i for i in idx if columns[i].priority > 0] if droppable_only else idx
    if not cands:
        return None
    return max(cands, key=lambda i: (columns[i].priority, i))


def _layout(columns: list[Column], natural: list[int], minimum: list[int], atom_floor: list[int],
            width: int) -> tuple[list[int], list[int]]:
    """Which columns are shown (indices) and how wide each is."""
    idx = list(range(len(columns)))
    if _total(natural) <= width:
        return idx, list(natural)
    idx = [i for i in idx if not columns[i].optional] or idx  # before any name has to wrap
    # drop columns (largest priority number first, ties: rightmost) while the minimums do not fit
    while _total([minimum[i] for i in idx]) > width:
        victim = _victim(columns, idx, droppable_only=True)
        if victim is None:
            break
        idx.remove(victim)
    if _total([natural[i] for i in idx]) <= width:
        return idx, [natural[i] for i in idx]
    widths = [minimum[i] for i in idx]
    space = width - _total(widths)
    if space >= 0:
        # share the space among wrapping columns in proportion to what each is missing
        missing = [natural[i] - widths[k] if columns[i].wrap else 0 for k, i in enumerate(idx)]
        total_missing = sum(missing)
        given = 0
        for k, m in enumerate(missing):
            add = space * m // total_missing if total_missing else 0
            widths[k] += add
            given += add
        left = space - given
        while left > 0:
            cands = [k for k, i in enumerate(idx) if columns[i].wrap and widths[k] < natural[i]]
            if not cands:
                break
            k = max(cands, key=lambda k: (natural[idx[k]] - widths[k], -k))
            widths[k] += 1
            left -= 1
        return idx, widths
    # very narrow: keep at most the columns that fit at 2 cells each (even priority-0 ones go, rightmost first)
    while len(idx) > 1 and _total([2] * len(idx)) > width:
        idx.remove(_victim(columns, idx, droppable_only=False))
    widths = [minimum[i] for i in idx]
    excess = _total(widths) - width
    floors = [max(1, min(atom_floor[i], widths[k])) if columns[i].wrap else widths[k] for k, i in enumerate(idx)]
    excess = _shrink(widths, floors, excess)  # wrapping columns down to their widest atom
    if excess > 0:  # last resort: fold anything
        excess = _shrink(widths, [min(2, w) for w in widths], excess)
    if excess > 0:
        widths = [min(w, width) for w in widths]
    return idx, widths


def _row(cells: list[list], widths: list[int], columns: list[Column], styles: list[str | None],
         styled: bool) -> list[str]:
    wrapped = [_wrap_atoms(items, w) for items, w in zip(cells, widths, strict=True)]
    height = max((len(x) for x in wrapped), default=1)
    lines = []
    for r in range(height):
        parts = []
        for k, lines_k in enumerate(wrapped):
            text = lines_k[r] if r < len(lines_k) else ""
            pad = " " * max(0, widths[k] - cell_width(text))
            shown = _paint(text, styles[k], styled)
            parts.append(pad + shown if columns[k].align == "right" else shown + pad)
        lines.append(GAP.join(parts).rstrip(" "))
    return lines


def render(columns: list[Column], rows: list[list[str]], width: int, *, title: str | None = None,
           details: list[str | None] | None = None, footer: str | None = None, styled: bool = False,
           units: tuple[str, ...] = ()) -> list[str]:
    """The table as lines (no trailing newline on each), every line at most `width` cells (excluding ANSI codes)."""
    width = max(MIN_WIDTH, int(width))
    unit_list = _unit_list(units)
    out: list[str] = []
    if title:
        out += [_paint(line, "italic", styled) for line in _wrap_atoms(_atoms(_clean(title), unit_list), width)]
    if columns:
        n = len(columns)
        head = [_atoms(_clean(c.title), unit_list) for c in columns]
        body = [[_atoms(_clean(row[j]) if j < len(row) else "", unit_list) for j in range(n)] for row in rows]
        natural, minimum, atom_floor = [], [], []
        for j, col in enumerate(columns):
            title_w = _line_width(head[j])
            nat = max([title_w] + [_line_width(cells[j]) for cells in body])
            widest_atom = max([cell_width(t) for cells in body for t, _ in cells[j]] + [0])
            natural.append(nat)
            atom_floor.append(max([widest_atom] + [cell_width(t) for t, _ in head[j]]))
            minimum.append(max(widest_atom, min(nat, col.keep), title_w) if col.wrap else nat)
        idx, widths = _layout(list(columns), natural, minimum, atom_floor, width)
        shown = [columns[i] for i in idx]
        out += _row([head[i] for i in idx], widths, shown, ["bold"] * len(idx), styled)
        out.append(GAP.join(RULE * w for w in widths))
        notes = [_clean(d) if d else "" for d in (details or [])]
        spaced = any(notes[:len(body)])
        for r, cells in enumerate(body):
            if r and spaced:
                out.append("")
            out += _row([cells[i] for i in idx], widths, shown, [c.style for c in shown], styled)
            note = notes[r] if r < len(notes) else ""
            if note:
                out += [("    " + line).rstrip(" ") for line in _wrap_atoms(_atoms(note, unit_list), width - 4)]
    if footer:
        out += [_paint(line, "dim", styled) for line in _wrap_atoms(_atoms(_clean(footer), unit_list), width)]
    return out
