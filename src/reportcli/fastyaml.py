"""A fast reader for the plain block-style YAML that knowledge-base files are written in (what
`reportcli draft` and PyYAML's dumper write): mappings and sequences by indentation, one scalar a
line, plain, single-quoted or double-quoted without escapes, and `[]`/`{}`.

It gives what PyYAML's safe loader gives for such a text, or None for anything else (a folded or
block scalar, a flow collection, an anchor, a tag, a comment after a value, a date, a number
PyYAML reads in a way of its own, a key written twice, a character PyYAML refuses …): the caller
then reads the file with PyYAML. It exists because parsing is most of what loading a large
knowledge base costs, and PyYAML's constructor spends it in Python on every scalar.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.resolver import Resolver

_UNSURE = object()
# characters after which this reader does not trust itself: line breaks YAML knows and str.split
# does not, tabs, and what PyYAML refuses or treats specially (non-printable characters, a BOM)
_ODD = re.compile("[\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]")
# every line of a text at once (a line's groups: indent, dash, key, the rest after `key: `, a bare
# scalar; '' for what a line lacks): one call, where matching line by line cost a fifth of a parse
_LINES = re.compile(r"^( *)(- )?(?:([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?|(.*))$", re.M)
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"-?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?\Z")
_RESOLVERS = Resolver.yaml_implicit_resolvers
_BOOL = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
_STR, _NULL, _BOOLTAG, _INTTAG, _FLOATTAG = (f"tag:yaml.org,2002:{t}" for t in ("str", "null", "bool", "int", "float"))
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_SPECIAL_START = _PLAIN_START | {c for c in _RESOLVERS if c}
_KNOWN: dict[str, Any] = {}  # scalars already read (only immutable ones): values repeat across records


def _plain(value: str) -> Any:
    """A plain scalar as PyYAML's safe loader reads it, or _UNSURE."""
    if not value:
        return None
    first = value[0]
    if first not in _SPECIAL_START and ": " not in value and " #" not in value and value[-1] != ":":
        return value  # what no implicit resolver claims (most text) is a string
    if first in _PLAIN_START and not (first in "-?:" and len(value) > 1 and value[1] != " "):
        return _UNSURE
    if ": " in value or " #" in value or value[-1] == ":":
        return _UNSURE
    tag = _STR
    for candidate, regexp in _RESOLVERS.get(first, ()):
        if regexp.match(value):
            tag = candidate
            break
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    if tag == _BOOLTAG:
        return _BOOL[value.lower()]
    if tag == _INTTAG and _INT.match(value):
        return int(value)
    if tag == _FLOATTAG and _FLOAT.match(value):
        return float(value)
    return _UNSURE


def _scalar(text: str) -> Any:
    """The scalar written on the rest of a line (after `key: ` or `- `), or _UNSURE."""
    text = text.strip(" ")
    if not text:
        return None
    first = text[0]
    if first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or inner.replace("''", "").count("'"):
            return _UNSURE
        return inner.replace("''", "'")
    if first == '"':
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
            return _UNSURE
        return inner
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return _plain(text)


_KEYS: set[str] = set()  # keys known to be read as themselves


def _key(key: str) -> bool:
    if _plain(key) != key or len(_KEYS) > 10_000:
        return False
    _KEYS.add(key)
    return True


class _Unsure(Exception):
    pass


def load(text: str) -> Any:
    """The document in `text` as PyYAML's safe loader would give it, or None when this reader
    is not sure it would (the caller then asks PyYAML)."""
    if _ODD.search(text):
        return None
    # blank lines and comments left out (a line of neither dash nor key, whose scalar is empty or a #)
    lines = [g for g in _LINES.findall(text) if g[1] or g[2] or (g[4] and g[4][0] != "#")]
    if not lines:
        return None
    try:
        value, at = _node(lines, 0, len(lines[0][0]))
    except _Unsure:
        return None
    return value if at == len(lines) else None


def _node(lines: list, at: int, indent: int) -> tuple[Any, int]:
    """The block node (a mapping or a sequence) whose first line is lines[at], at `indent`."""
    spaces, dash, _, _, _ = lines[at]
    if len(spaces) != indent:
        raise _Unsure
    if dash:
        return _sequence(lines, at, indent)
    return _mapping(lines, at, indent, None)


def _child(lines: list, at: int, indent: int) -> tuple[Any, int]:
    """The value of a key at `indent` written on the lines after it: a mapping indented more, a
    sequence indented as much or more, or nothing (null)."""
    if at < len(lines):
        spaces, dash, _, _, _ = lines[at]
        if len(spaces) > indent or (dash and len(spaces) == indent):
            return _node(lines, at, len(spaces))
    return None, at


def _mapping(lines: list, at: int, indent: int, first: tuple | None) -> tuple[dict, int]:
    """A mapping at `indent` from lines[at] on (or from `first`, its first entry written after a
    sequence's dash, then lines[at] on)."""
    out: dict = {}
    while True:
        if first is not None:
            key, rest, bare = first
            first = None
        else:
            if at >= len(lines):
                break
            spaces, dash, key, rest, bare = lines[at]
            if len(spaces) != indent or dash:
                if len(spaces) > indent:
                    raise _Unsure
                break
            at += 1
        if not key or key in out:  # not a `key: value` line, or a key written twice
            raise _Unsure
        if key not in _KEYS and not _key(key):
            raise _Unsure  # a key such as `on` or `null` that PyYAML reads as no string
        if not rest.strip(" "):
            value, at = _child(lines, at, indent)
        else:
            value = _KNOWN.get(rest, _UNSURE)
            if value is _UNSURE:
                value = _scalar(rest)
                if value is _UNSURE:
                    raise _Unsure
                if value.__class__ is not list and value.__class__ is not dict and len(_KNOWN) < 50_000:
                    _KNOWN[rest] = value
            if at < len(lines) and len(lines[at][0]) > indent:
                raise _Unsure  # a scalar continued on the next line
        out[key] = value
    return out, at


def _sequence(lines: list, at: int, indent: int) -> tuple[list, int]:
    out: list = []
    while at < len(lines):
        spaces, dash, key, rest, bare = lines[at]
        if len(spaces) != indent or not dash:
            if len(spaces) > indent:
                raise _Unsure
            break
        at += 1
        if key:  # `- key: value`: a mapping whose keys stand two columns in
            value, at = _mapping(lines, at, indent + 2, (key, rest, ""))
        else:
            if not bare.strip(" ") or bare.startswith("-"):
                raise _Unsure  # a nested sequence, or an item on the lines after its dash
            value = _scalar(bare)
            if value is _UNSURE:
                raise _Unsure
            if at < len(lines) and len(lines[at][0]) > indent:
                raise _Unsure
        out.append(value)
    return out, at
