"""The compiled index: a SQLite file in the user's cache, built once per knowledge-base version.

It holds every record as ready-to-print JSON, the normalised match strings, pinyin, an
inverted index (one posting blob per character bigram and pinyin trigram), the alias vocabulary and the
traditional→simplified table, so a query needs neither YAML nor pinyin nor OpenCC.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from array import array
from collections import defaultdict
from pathlib import Path

from . import __version__
from .errors import DataError
from .locations import bundled_data_dir, cache_dir, user_data_paths, yaml_files
from .model import KINDS

SCHEMA_VERSION = "9"
SEP = "\x1f"
_BATCH = 5000  # records written to SQLite at a time while the index is built
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}  # ties: indicators before targets, terms, tasks

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE reports(id TEXT PRIMARY KEY, ord INTEGER, short TEXT, region_name TEXT, level TEXT, province TEXT,
  province_key TEXT, json TEXT, first_rid INTEGER, last_rid INTEGER);
CREATE TABLE records(rid INTEGER PRIMARY KEY, id TEXT UNIQUE, report TEXT, kind TEXT, year INTEGER,
  curated INTEGER, rank INTEGER, names TEXT, body TEXT, py TEXT, sect TEXT, figure TEXT, confidence REAL, json TEXT);
CREATE TABLE grams(gram TEXT PRIMARY KEY, df INTEGER, rids BLOB) WITHOUT ROWID;
CREATE TABLE t2s(t TEXT PRIMARY KEY, s TEXT) WITHOUT ROWID;
CREATE TABLE aliases(alias TEXT PRIMARY KEY, canon TEXT) WITHOUT ROWID;
CREATE TABLE suggest(norm TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE topics(topic TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE places(key TEXT, report TEXT, own INTEGER, PRIMARY KEY(key, report)) WITHOUT ROWID;
"""


def signature(files: list[Path]) -> str:
    """What identifies this knowledge base: the program version and each file's path, size and
    modification time. The index stores it whole; its file name carries a checksum of it."""
    parts = [f"{__version__}/{SCHEMA_VERSION}"]
    for path in files:
        try:
            st = path.stat()
        except OSError as exc:
            raise DataError(f"cannot read {path}: {exc.strerror}") from None
        parts.append(f"{os.path.abspath(path)}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(parts)


def _file_name(key: str) -> str:
    """index-<CRC-32 of the key>-<key length>.sqlite (the key itself is in meta)."""
    import zlib

    return f"index-{zlib.crc32(key.encode()):08x}-{len(key):x}.sqlite"


class Index:
    """An open index: a read-only connection, and the file it reads (None when in memory)."""

    __slots__ = ("conn", "path")

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn, self.path = conn, path

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def t2s(self, text: str) -> dict[int, str]:
        """The traditional→simplified entries for the non-ASCII characters of a text (a translate table)."""
        chars = sorted({c for c in text if ord(c) > 0x2E7F})
        if not chars:
            return {}
        marks = ",".join("?" * len(chars))
        return {ord(t): s for t, s in self.conn.execute(f"SELECT t, s FROM t2s WHERE t IN ({marks})", chars)}

    def aliases(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT alias, canon FROM aliases"))

    def reports(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.conn.execute("SELECT json FROM reports ORDER BY ord")]


# --- building ----------------------------------------------------------------------------------

def kb_files(data_dir: Path, user_paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The knowledge-base files to load and every file whose change makes the index stale."""
    kb = [data_dir / "reports.yaml"] + [f for p in user_paths for f in yaml_files(p)]
    return kb, kb + [data_dir / "aliases.yaml", data_dir / "units.yaml", data_dir / "indicators.yaml"]


def build(conn: sqlite3.Connection, data_dir: Path, user_paths: list[Path], key: str) -> None:
    """Load and check the knowledge base, then write the whole index into `conn`."""
    from . import kb as kbmod
    from .model import NUMERIC_KINDS, figure, level_key, ordered
    from .normalize import Pinyin, alias_map, grams, normalize, t2s_table

    started = time.perf_counter()
    vocab = kbmod.load_vocabulary(data_dir)
    files, _ = kb_files(data_dir, user_paths)
    base = kbmod.load(files, vocab)
    t2s = t2s_table()
    aliases = alias_map(vocab.aliases, t2s)
    pinyin = Pinyin()
    prefix = frozenset(vocab.prefix_qualifiers)
    conn.executescript(_SCHEMA)
    conn.executemany("INSERT INTO t2s VALUES (?, ?)", ((chr(k), v) for k, v in t2s.items()))
    conn.executemany("INSERT INTO aliases VALUES (?, ?)", aliases.items())
    suggest: dict[str, str] = {}
    for order, report in enumerate(base.reports):
        keys = {normalize(str(k), t2s) for k in [report["region"], report["short"], report["id"],
                                                   *report.get("aliases", [])] if k}
        keys |= {p for name in (report["region"], report["short"]) for p in pinyin(name)}
        parents = {normalize(k, t2s) for k in (report.get("parent"), report.get("province")) if k}
        province = report.get("province") or ""
        conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                     (report["id"], order, report["short"], report["region"], level_key(report.get("level")),
                      province, normalize(province, t2s), json.dumps(report, ensure_ascii=False)))
        conn.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?)",
                         [(k, report["id"], 1) for k in keys] + [(k, report["id"], 0) for k in parents - keys])
        suggest.setdefault(normalize(report["region"], t2s), report["region"])
    postings: dict[str, array] = defaultdict(lambda: array("i"))
    spans: dict[str, list[int]] = {}
    years: set[int] = set()
    records, base.records = base.records, []
    rows: list[tuple] = []
    topics: dict[str, str] = {}
    sections: dict[str, tuple[str, set[str]]] = {}  # raw section → (its matching form, its innermost heading's grams)
    insert = "INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    for rid, rec in enumerate(records):
        records[rid] = None  # type: ignore[call-overload]  # done with it: the build holds one batch of rows
        names = [rec["name"], *rec.get("aliases", [])]
        norm_names = [normalize(n, t2s) for n in names]
        norm_names += [aliases[n] for n in norm_names if n in aliases and aliases[n] not in norm_names]
        body = normalize(" ".join(str(x) for x in [rec["text"], rec["quote"], rec.get("definition") or "",
                                                   " ".join(rec.get("lead") or []), rec.get("category") or ""]), t2s)
        py = [p for n in names for p in pinyin(n)]
        if rec["section"] not in sections:  # sections repeat: each is read once per build
            heads = section_topics(rec["section"])
            for topic in heads:
                topics.setdefault(normalize(topic, t2s), topic)
            innermost = normalize(heads[-1] if heads else rec["section"], t2s)
            sections[rec["section"]] = (normalize(rec["section"], t2s), grams(innermost))
        sect, sect_grams = sections[rec["section"]]
        rows.append((rid, rec["id"], rec["report"], rec["kind"], rec["year"], int(rec["curated"]),
                     rec["order"], SEP.join(norm_names), body, SEP.join(py), sect,
                     figure(rec, prefix, spaced=True) if rec["kind"] in NUMERIC_KINDS else "",
                     rec.get("confidence", 1.0 if rec["curated"] else 0.5),
                     json.dumps(ordered(rec), ensure_ascii=False)))
        keys = set().union(*(grams(n) for n in norm_names), grams(body), sect_grams)
        keys |= {"p:" + g for p in py[0::2] for g in grams(p, 3)}
        keys |= {"i:" + g for p in py[1::2] for g in grams(p, 2)}
        for k in keys:
            postings[k].append(rid)
        suggest.setdefault(norm_names[0], rec["name"])
        spans.setdefault(rec["report"], [rid, rid])[1] = rid
        years.add(rec["year"])
        if len(rows) == _BATCH:
            conn.executemany(insert, rows)
            rows.clear()
    conn.executemany(insert, rows)
    conn.executemany("INSERT INTO grams VALUES (?, ?, ?)", ((g, len(a), a.tobytes()) for g, a in postings.items()))
    conn.executemany("UPDATE reports SET first_rid = ?, last_rid = ? WHERE id = ?",
                     ((a, b, rep) for rep, (a, b) in spans.items()))
    conn.executemany("INSERT INTO suggest VALUES (?, ?)", suggest.items())
    conn.executemany("INSERT INTO topics VALUES (?, ?)", ((k, v) for k, v in topics.items() if len(k) >= 3))
    conn.execute("CREATE INDEX records_filter ON records(report, kind, year)")
    meta = {"key": key, "version": __version__, "schema": SCHEMA_VERSION, "records": str(len(records)),
            "reports": str(len(base.reports)), "build_seconds": f"{time.perf_counter() - started:.3f}",
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "files": json.dumps([str(f) for f in files]),
            "years": json.dumps(sorted(years))}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.commit()


def section_topics(section: str) -> list[str]:
    """The headings of a section path without their numbering: 附件1 38件民生重点工作 > 一、促进群众就业增收
    gives 民生重点工作 and 促进群众就业增收. A query word equal to one of them is read as a section."""
    import re  # build time only

    numbering = r"^(?:附件\s*\d+\s*|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*)+"
    count = r"^(?:\d+(?:件|项|个|条)|\d{4}年)"
    out = []
    for part in section.split(" > "):
        core = re.sub(count, "", re.sub(numbering, "", part.strip())).strip()
        if core:
            out.append(core)
    return out


def _open_existing(path: Path, key: str) -> Index | None:
    """The index at `path` when it is complete and of this key; None when missing or unusable."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = conn.execute("SELECT value FROM meta WHERE key='key'").fetchone()
        if row and row[0] == key:
            return Index(conn, path)
        conn.close()
    except sqlite3.DatabaseError:
        pass
    return None


def _build_to_file(directory: Path, target: Path, data_dir: Path, user_paths: list[Path], key: str) -> None:
    """Build into a temporary file beside the target, then rename it into place (atomic)."""
    import tempfile

    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            build(conn, data_dir, user_paths, key)
        finally:
            conn.close()
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    import contextlib

    for old in directory.glob("index-*.sqlite"):
        if old != target:
            with contextlib.suppress(OSError):  # another run may be using or removing it
                old.unlink()


def open_index(user_data: str | None = None, rebuild: bool = False) -> Index:
    """The index of the bundled knowledge base plus any user one, built when missing or stale.

    A corrupt or stale index is rebuilt; an unwritable cache falls back to an in-memory build.
    """
    data_dir = bundled_data_dir()
    user_paths = user_data_paths(user_data)
    _, watched = kb_files(data_dir, user_paths)
    key = signature(watched)
    directory = cache_dir()
    target = directory / _file_name(key)
    if not rebuild:
        found = _open_existing(target, key)
        if found:
            return found
    try:
        _build_to_file(directory, target, data_dir, user_paths, key)
        found = _open_existing(target, key)
        if found:
            return found
    except OSError:
        pass
    conn = sqlite3.connect(":memory:")
    build(conn, data_dir, user_paths, key)
    return Index(conn, None)


def index_facts(index: Index) -> dict:
    """Where an index is and what it holds (`reportcli index --info`)."""
    facts: dict = {"path": str(index.path) if index.path else None, "in_memory": index.path is None,
                   "size_bytes": index.path.stat().st_size if index.path else None}
    facts.update({k: index.meta(k) for k in ("version", "schema", "reports", "records", "build_seconds", "built_at")})
    facts["reports"], facts["records"] = int(facts["reports"]), int(facts["records"])
    return facts
