"""The compiled index: a SQLite file in the user's cache for each knowledge base, built once and
then kept current by updating only the reports whose files changed.

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
from .locations import MANIFEST, bundled_data_dir, cache_dir, read_manifest, user_data_paths, write_manifest, yaml_files
from .model import KINDS

SCHEMA_VERSION = "14"
SEP = "\x1f"
_BATCH = 5000  # records written to SQLite at a time while the index is built
_PART = 100_000  # records whose postings are held in memory before they are written as one part
_FILES_AT_ONCE = 500  # knowledge-base files loaded and checked at a time while the index is built
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}  # ties: indicators before targets, terms, tasks
VOCABULARY = ("aliases.yaml", "units.yaml", "indicators.yaml")  # a change to these rebuilds the whole index
CACHE_BUDGET_MB = 2048  # the cache's indexes together, before the least recently used are removed
CACHE_BUDGET_ENV = "REPORTCLI_CACHE_MB"
_INCREMENTAL_SHARE = 0.25  # more changed files than this share (and 50): a full build is cheaper

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE blobs(name TEXT PRIMARY KEY, data BLOB);
CREATE TABLE files(path TEXT PRIMARY KEY, stamp TEXT, reports TEXT);
CREATE TABLE reports(id TEXT PRIMARY KEY, ord TEXT, short TEXT, region_name TEXT, level TEXT, province TEXT,
  province_key TEXT, json TEXT, first_rid INTEGER, last_rid INTEGER);
CREATE TABLE records(rid INTEGER PRIMARY KEY, id TEXT UNIQUE, report TEXT, kind TEXT, year INTEGER,
  curated INTEGER, rank INTEGER, names TEXT, body TEXT, py TEXT, sect TEXT, figure TEXT, confidence REAL, json BLOB,
  ord TEXT);
CREATE TABLE grams(gram TEXT, part INTEGER, df INTEGER, rids BLOB, PRIMARY KEY(gram, part)) WITHOUT ROWID;
CREATE TABLE t2s(t TEXT PRIMARY KEY, s TEXT) WITHOUT ROWID;
CREATE TABLE aliases(alias TEXT PRIMARY KEY, canon TEXT) WITHOUT ROWID;
CREATE TABLE suggest(norm TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE topics(topic TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE places(key TEXT, report TEXT, own INTEGER, PRIMARY KEY(key, report)) WITHOUT ROWID;
"""


def _stamp(path: Path) -> str:
    """size:mtime of a file (or directory): what tells that it changed."""
    try:
        st = path.stat()
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror}") from None
    return f"{st.st_size}:{st.st_mtime_ns}"


def identity(data_dir: Path, user_paths: list[Path]) -> str:
    """Which knowledge base an index is of: the program and schema versions and its sources. Its
    cache file is named for it, so several knowledge bases keep their indexes side by side."""
    return "\n".join([f"{__version__}/{SCHEMA_VERSION}", os.path.abspath(data_dir),
                      *(os.path.abspath(p) for p in user_paths)])


def fingerprint(data_dir: Path, user_paths: list[Path]) -> str:
    """What a query checks to know the index is current, cheaply: the bundled files; a file given
    with --data; a directory's own stamp (a file added, removed or replaced by rename changes it)
    and either its manifest (the ingest store: `reportcli ingest` rewrites it) or, without one,
    every YAML file in it."""
    parts = [_stamp(data_dir / name) for name in ("reports.yaml", *VOCABULARY) if (data_dir / name).exists()]
    for path in user_paths:
        if not path.is_dir():
            parts.append(_stamp(path))
            continue
        parts.append(_stamp(path))
        manifest = path / MANIFEST
        parts += [_stamp(manifest)] if manifest.is_file() else [_stamp(f) for f in yaml_files(path)]
    return "\n".join(parts)


def file_stamps(data_dir: Path, user_paths: list[Path], verify: bool = False) -> dict[str, str]:
    """Every knowledge-base YAML file with its stamp: from a directory's manifest when it has one
    (no file is stat-ed) unless `verify`, else from the file itself. What an update compares with
    the index."""
    out = {str(data_dir / "reports.yaml"): _stamp(data_dir / "reports.yaml")}
    for path in user_paths:
        manifest = read_manifest(path) if path.is_dir() and not verify else {}
        for f in yaml_files(path):
            out[str(f)] = manifest.get(f.name) or _stamp(f)
    return out


def _vocabulary_stamp(data_dir: Path) -> str:
    return "\n".join(_stamp(data_dir / n) for n in VOCABULARY if (data_dir / n).exists())


def _file_name(key: str) -> str:
    """kb-<CRC-32 of the identity>-<its length>.sqlite (the identity itself is in meta)."""
    import zlib

    return f"kb-{zlib.crc32(key.encode()):08x}-{len(key):x}.sqlite"


# --- compact storage: a record's JSON is deflated with a dictionary of what records share (their
# keys, units, common words), made from the first records of a build; a posting list is deflated
# as the differences between its sorted record ids

_ZDICT_BYTES = 32_768  # deflate's window: a longer dictionary is not used


def make_zdict(records: list[dict]) -> bytes:
    """A deflate dictionary from sample records (the latest text matters most: it is placed last)."""
    from .model import ordered

    sample = "".join(json.dumps(ordered(r), ensure_ascii=False) for r in records[:2000:2]).encode()
    return sample[-_ZDICT_BYTES:]


class Packer:
    """Deflates records with a dictionary: one compressor primed with it, copied for each record
    (priming costs more than the record itself)."""

    def __init__(self, zdict: bytes) -> None:
        import zlib

        self.zdict = zdict
        self._primed = zlib.compressobj(6, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, zdict)

    def pack(self, obj: dict) -> bytes:
        deflate = self._primed.copy()
        return deflate.compress(json.dumps(obj, ensure_ascii=False).encode()) + deflate.flush()


_SHORT_LIST = 24  # posting lists up to this long are stored as they are: deflating them costs more than it saves


def encode_ids(ids: array) -> bytes:
    """Sorted record ids: a short list as it is (b"r" + int32s), a longer one as deflated
    differences (b"z" + deflate)."""
    if len(ids) <= _SHORT_LIST:
        return b"r" + ids.tobytes()
    import zlib
    from itertools import chain
    from operator import sub

    return b"z" + zlib.compress(array("i", map(sub, ids, chain((0,), ids))).tobytes(), 6)


def decode_ids(blob: bytes) -> array:
    out = array("i")
    if blob[:1] == b"r":
        out.frombytes(blob[1:])
        return out
    import zlib
    from itertools import accumulate

    out.frombytes(zlib.decompress(blob[1:]))
    return array("i", accumulate(out))


class Index:
    """An open index: a read-only connection, and the file it reads (None when in memory)."""

    __slots__ = ("conn", "path", "_zdict")

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn, self.path = conn, path
        self._zdict: bytes | None = None

    def unpack(self, blob: bytes) -> dict:
        """A record's JSON object from its stored form."""
        import zlib

        if self._zdict is None:
            row = self.conn.execute("SELECT data FROM blobs WHERE name = 'zdict'").fetchone()
            self._zdict = row[0] if row else b""
        return json.loads(zlib.decompressobj(zdict=self._zdict).decompress(blob))

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

    def frequencies(self, keys: list[str]) -> dict[str, int]:
        """How many records each gram is found in (grams no record has are absent)."""
        marks = ",".join("?" * len(keys))
        return dict(self.conn.execute(f"SELECT gram, SUM(df) FROM grams WHERE gram IN ({marks}) GROUP BY gram", keys))

    def postings(self, keys: list[str]) -> dict[str, array]:
        """The record ids each gram is found in (its parts joined); grams no record has are absent."""
        out: dict[str, array] = {}
        marks = ",".join("?" * len(keys))
        for gram, blob in self.conn.execute(f"SELECT gram, rids FROM grams WHERE gram IN ({marks})", keys):
            out.setdefault(gram, array("i")).extend(decode_ids(blob))
        return out

    def reports(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.conn.execute("SELECT json FROM reports ORDER BY ord")]


# --- building ----------------------------------------------------------------------------------

def kb_files(data_dir: Path, user_paths: list[Path]) -> list[Path]:
    """The knowledge-base files to load (the vocabulary files are watched apart: `fingerprint`)."""
    return [data_dir / "reports.yaml"] + [f for p in user_paths for f in yaml_files(p)]


class _Rows:
    """Turns reports and records into index rows and their search keys: one definition for the
    full build and for an update, so an updated index holds what a fresh build would."""

    def __init__(self, conn: sqlite3.Connection, data_dir: Path) -> None:
        from . import kb as kbmod
        from .normalize import Pinyin, alias_map, t2s_table

        self.vocab = kbmod.load_vocabulary(data_dir)
        self.t2s = t2s_table()
        self.aliases = alias_map(self.vocab.aliases, self.t2s)
        self.pinyin = Pinyin()
        self.prefix = frozenset(self.vocab.prefix_qualifiers)
        self.sections: dict[str, tuple[str, set[str], list[str]]] = {}
        self.conn = conn
        row = conn.execute("SELECT data FROM blobs WHERE name = 'zdict'").fetchone()
        self.packer: Packer | None = Packer(row[0]) if row else None  # made from the first records a build writes

    def report(self, report: dict, order: str) -> None:
        from .model import level_key
        from .normalize import normalize

        t2s = self.t2s
        keys = {normalize(str(k), t2s) for k in [report["region"], report["short"], report["id"],
                                                   *report.get("aliases", [])] if k}
        keys |= {p for name in (report["region"], report["short"]) for p in self.pinyin(name)}
        parents = {normalize(k, t2s) for k in (report.get("parent"), report.get("province")) if k}
        province = report.get("province") or ""
        self.conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                          (report["id"], order, report["short"], report["region"], level_key(report.get("level")),
                           province, normalize(province, t2s), json.dumps(report, ensure_ascii=False)))
        self.conn.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?)",
                              [(k, report["id"], 1) for k in keys] + [(k, report["id"], 0) for k in parents - keys])
        self.conn.execute("INSERT OR IGNORE INTO suggest VALUES (?, ?)", (normalize(report["region"], t2s),
                                                                         report["region"]))

    def section(self, section: str) -> tuple[str, set[str], list[str]]:
        """A section's matching form, its innermost heading's grams and its headings (read once a build)."""
        from .normalize import grams, normalize

        if section not in self.sections:
            heads = section_topics(section)
            innermost = normalize(heads[-1] if heads else section, self.t2s)
            self.sections[section] = (normalize(section, self.t2s), grams(innermost), heads)
        return self.sections[section]

    def record(self, rid: int, rec: dict, order: str) -> tuple[tuple, set[str]]:
        """The records row of a record and the keys (grams) it is found by."""
        from .model import NUMERIC_KINDS, figure, ordered
        from .normalize import normalize

        names = [rec["name"], *rec.get("aliases", [])]
        norm_names = [normalize(n, self.t2s) for n in names]
        norm_names += [self.aliases[n] for n in norm_names if n in self.aliases and self.aliases[n] not in norm_names]
        body = normalize(" ".join(str(x) for x in [rec["text"], rec["quote"], rec.get("definition") or "",
                                                   " ".join(rec.get("lead") or []), rec.get("category") or ""]),
                         self.t2s)
        py = [p for n in names for p in self.pinyin(n)]
        sect, _, _ = self.section(rec["section"])
        row = (rid, rec["id"], rec["report"], rec["kind"], rec["year"], int(rec["curated"]), rec["order"],
               SEP.join(norm_names), body, SEP.join(py), sect,
               figure(rec, self.prefix, spaced=True) if rec["kind"] in NUMERIC_KINDS else "",
               rec.get("confidence", 1.0 if rec["curated"] else 0.5), self.packer.pack(ordered(rec)), order)
        return row, self.keys(SEP.join(norm_names), body, SEP.join(py), rec["section"])

    def keys(self, names: str, body: str, py: str, section: str) -> set[str]:
        """The grams a record is found by, from its row's columns (so a removal finds the same ones)."""
        from .normalize import grams

        _, sect_grams, _ = self.section(section)
        pys = py.split(SEP) if py else []
        keys = set().union(*(grams(n) for n in names.split(SEP)), grams(body), sect_grams)
        keys |= {"p:" + g for p in pys[0::2] for g in grams(p, 3)}
        keys |= {"i:" + g for p in pys[1::2] for g in grams(p, 2)}
        return keys

    def topics(self, records_sections: set[str]) -> None:
        from .normalize import normalize

        rows = {(normalize(t, self.t2s), t) for s in records_sections for t in self.section(s)[2]}
        self.conn.executemany("INSERT OR IGNORE INTO topics VALUES (?, ?)", [r for r in rows if len(r[0]) >= 3])


def _orders(kb) -> dict[str, str]:
    """Each report's place in the knowledge base, the same however the index was made: its file's
    source, the file, its place in the file."""
    sources: dict[str, int] = {}
    seen: dict[str, int] = {}
    out = {}
    for report in kb.reports:
        path = str(kb.origins.get(report["id"], ""))
        sources.setdefault(path, len(sources))
        seen[path] = seen.get(path, -1) + 1
        out[report["id"]] = f"{path}\x00{seen[path]:05d}"
    return out


def build(conn: sqlite3.Connection, data_dir: Path, user_paths: list[Path], key: str,
          fingerprint_now: str = "") -> None:
    """Load and check the knowledge base, then write the whole index into `conn`."""
    from . import kb as kbmod

    started = time.perf_counter()
    conn.executescript(_SCHEMA)
    rows_of = _Rows(conn, data_dir)
    files = kb_files(data_dir, user_paths)
    conn.executemany("INSERT INTO t2s VALUES (?, ?)", ((chr(k), v) for k, v in rows_of.t2s.items()))
    conn.executemany("INSERT INTO aliases VALUES (?, ?)", rows_of.aliases.items())
    stamps = file_stamps(data_dir, user_paths)
    try:
        next_rid = 0
        for start in range(0, len(files), _FILES_AT_ONCE):  # memory holds one batch of files, not all
            next_rid = _add_files(conn, rows_of, kbmod.load(files[start:start + _FILES_AT_ONCE], rows_of.vocab),
                                  next_rid, stamps)
    except sqlite3.IntegrityError:  # an id in two batches: loading all at once says where, or lets the later win
        for table in ("files", "reports", "records", "grams", "suggest", "topics", "places", "blobs"):
            conn.execute(f"DELETE FROM {table}")
        rows_of.packer = None
        _add_files(conn, rows_of, kbmod.load(files, rows_of.vocab), 0, stamps)
    conn.execute("CREATE INDEX records_filter ON records(report, kind, year)")
    conn.execute("CREATE INDEX records_order ON records(curated DESC, ord, rank)")  # listings stream in this order
    _write_meta(conn, {"key": key, "fingerprint": fingerprint_now, "version": __version__, "schema": SCHEMA_VERSION,
                       "build_seconds": f"{time.perf_counter() - started:.3f}",
                       "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                       "files": json.dumps([str(f) for f in files]),
                       "sources": json.dumps([str(data_dir), *(str(p) for p in user_paths)]),
                       "vocabulary": _vocabulary_stamp(data_dir), "last_change": json.dumps("build")})
    conn.commit()


def _add_files(conn: sqlite3.Connection, rows_of: _Rows, kb, first_rid: int, stamps: dict[str, str]) -> int:
    """A loaded batch of files into the index, its records numbered from `first_rid`; the next free id."""
    orders = _orders(kb)
    for report in kb.reports:
        rows_of.report(report, orders[report["id"]])
    count = len(kb.records)
    _write_records(conn, rows_of, kb.records, first_rid, orders)
    _record_files(conn, kb, stamps)
    return first_rid + count


def _write_records(conn: sqlite3.Connection, rows_of: _Rows, records: list[dict], first_rid: int,
                   orders: dict[str, str]) -> None:
    """Insert records (numbered from `first_rid`) with their postings; a report's records are numbered
    together, so its ids are one span."""
    postings: dict[str, array] = defaultdict(lambda: array("i"))
    spans: dict[str, list[int]] = {}
    sections: set[str] = set()
    suggest: dict[str, str] = {}
    rows: list[tuple] = []
    part = first_rid
    if rows_of.packer is None:
        rows_of.packer = Packer(make_zdict(records))
        conn.execute("INSERT OR REPLACE INTO blobs VALUES ('zdict', ?)", (rows_of.packer.zdict,))
    insert = "INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    for offset, rec in enumerate(records):
        rid = first_rid + offset
        records[offset] = None  # type: ignore[call-overload]  # done with it: the build holds one batch of rows
        row, keys = rows_of.record(rid, rec, orders[rec["report"]])
        rows.append(row)
        for k in keys:
            postings[k].append(rid)
        suggest.setdefault(row[7].split(SEP)[0], rec["name"])
        spans.setdefault(rec["report"], [rid, rid])[1] = rid
        sections.add(rec["section"])
        if len(rows) == _BATCH:
            conn.executemany(insert, rows)
            rows.clear()
        if (offset + 1) % _PART == 0:  # memory stays flat: postings go out a part at a time
            _add_part(conn, postings, part)
            postings, part = defaultdict(lambda: array("i")), rid + 1
    conn.executemany(insert, rows)
    conn.executemany("INSERT OR IGNORE INTO suggest VALUES (?, ?)", suggest.items())
    _add_part(conn, postings, part)
    conn.executemany("UPDATE reports SET first_rid = ?, last_rid = ? WHERE id = ?",
                     ((a, b, rep) for rep, (a, b) in spans.items()))
    rows_of.topics(sections)


def _add_part(conn: sqlite3.Connection, postings: dict[str, array], part: int) -> None:
    """Write postings as one more part of each gram's list (numbered by its first record id, so an
    update adds a part and rewrites nothing)."""
    conn.executemany("INSERT INTO grams VALUES (?, ?, ?, ?)",
                     ((gram, part, len(ids), encode_ids(ids)) for gram, ids in postings.items() if ids))


def _record_files(conn: sqlite3.Connection, kb, stamps: dict[str, str]) -> None:
    """The files table: each knowledge-base file, its stamp and the reports it holds."""
    held: dict[str, list[str]] = defaultdict(list)
    for rid, path in kb.origins.items():
        held[str(path)].append(rid)
    conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                     [(str(f), stamps.get(str(f), ""), json.dumps(held.get(str(f), []))) for f in kb.files])


def _write_meta(conn: sqlite3.Connection, meta: dict[str, str]) -> None:
    """Meta as given, with the counts and years read from the tables (right after a build or update)."""
    meta = {**meta, "records": str(conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]),
            "reports": str(conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]),
            "years": json.dumps([y for (y,) in conn.execute("SELECT DISTINCT year FROM records ORDER BY year")])}
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())


# --- updating ------------------------------------------------------------------------------------

class _Rebuild(Exception):
    """An update cannot be made in place (a report id moved between files, too many changes …)."""


def update(path: Path, data_dir: Path, user_paths: list[Path], fingerprint_now: str,
           verify: bool = False) -> dict[str, int]:
    """Bring the index at `path` up to date in place: the reports of removed and changed files out,
    those of added and changed files in; nothing else is touched. Raises _Rebuild when a full build
    is needed (the vocabulary changed, or more than a quarter of the files), DataError when a changed
    file fails its checks. Returns how many files were added, changed and removed."""
    from . import kb as kbmod

    conn = sqlite3.connect(path)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        vocab_now = _vocabulary_stamp(data_dir)
        if meta.get("schema") != SCHEMA_VERSION or meta.get("vocabulary") not in (None, vocab_now):
            raise _Rebuild
        stored = dict(conn.execute("SELECT path, stamp FROM files"))
        current = file_stamps(data_dir, user_paths, verify)
        added = [f for f in current if f not in stored]
        changed = [f for f in current if f in stored and stored[f] != current[f]]
        removed = [f for f in stored if f not in current]
        if len(added) + len(changed) + len(removed) > max(50, _INCREMENTAL_SHARE * len(current)):
            raise _Rebuild
        rows_of = _Rows(conn, data_dir)
        with conn:
            for f in changed + removed:
                for report_id in json.loads(conn.execute("SELECT reports FROM files WHERE path = ?",
                                                         (f,)).fetchone()[0]):
                    _remove_report(conn, rows_of, report_id)
                conn.execute("DELETE FROM files WHERE path = ?", (f,))
            if added or changed:
                new = kbmod.load([Path(f) for f in added + changed], rows_of.vocab)
                taken = {r for (r,) in conn.execute("SELECT id FROM reports")}
                if any(r["id"] in taken for r in new.reports):
                    raise _Rebuild  # a report now in another file: which one wins is the full build's call
                orders = _orders(new)
                for report in new.reports:
                    rows_of.report(report, orders[report["id"]])
                top = conn.execute("SELECT COALESCE(MAX(rid), -1) FROM records").fetchone()[0]
                try:
                    _write_records(conn, rows_of, new.records, top + 1, orders)
                except sqlite3.IntegrityError:
                    raise _Rebuild from None  # a record id another file holds: the build reports it
                _record_files(conn, new, current)
            done = {"added": len(added), "changed": len(changed), "removed": len(removed)}
            _write_meta(conn, {"fingerprint": fingerprint_now, "updated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                               "files": json.dumps(list(current)), "vocabulary": vocab_now,
                               "last_change": json.dumps(done)})
        return done
    finally:
        conn.close()


def _remove_report(conn: sqlite3.Connection, rows_of: _Rows, report_id: str) -> None:
    """A report out of the index: its records, their postings, its places."""
    found: dict[str, set[int]] = defaultdict(set)
    stored = Index(conn, None)
    for rid, names, body, py, blob in conn.execute("SELECT rid, names, body, py, json FROM records WHERE report = ?",
                                                   (report_id,)):
        for k in rows_of.keys(names, body, py, stored.unpack(blob)["section"]):
            found[k].add(rid)
    if not found:
        first, last = 0, -1
    else:
        first, last = min(min(g) for g in found.values()), max(max(g) for g in found.values())
    rows = []
    for gram, gone in found.items():  # only the parts that can hold the report's span of ids
        for part, blob in conn.execute(  # the part where the span starts, and any after it up to its end
                "SELECT part, rids FROM grams WHERE gram = ? AND part <= ? AND part >= "
                "(SELECT MAX(part) FROM grams WHERE gram = ? AND part <= ?)", (gram, last, gram, first)):
            ids = decode_ids(blob)
            if ids[-1] < first:
                continue
            kept = array("i", (i for i in ids if i not in gone))
            if len(kept) != len(ids):
                rows.append((gram, part, len(kept), encode_ids(kept)))
    conn.executemany("DELETE FROM grams WHERE gram = ? AND part = ?", [(g, p) for g, p, n, _ in rows if n == 0])
    conn.executemany("UPDATE grams SET df = ?, rids = ? WHERE gram = ? AND part = ?",
                     [(n, b, g, p) for g, p, n, b in rows if n])
    for table, column in (("records", "report"), ("places", "report"), ("reports", "id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (report_id,))


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
    """The index at `path` when it is complete and of this knowledge base; None when missing or unusable."""
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


def _build_to_file(directory: Path, target: Path, data_dir: Path, user_paths: list[Path], key: str,
                   fingerprint_now: str) -> None:
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
            build(conn, data_dir, user_paths, key, fingerprint_now)
        finally:
            conn.close()
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def cached_indexes(directory: Path) -> list[Path]:
    """The knowledge-base indexes in the cache, most recently used first."""
    found = []
    for path in directory.glob("kb-*.sqlite"):
        try:
            found.append((path.stat().st_mtime, path))
        except OSError:
            continue
    return [p for _, p in sorted(found, reverse=True)]


def evict(directory: Path, keep: Path, budget_mb: float | None = None) -> list[Path]:
    """Remove the least recently used indexes while the cache holds more than its budget
    (REPORTCLI_CACHE_MB, default 2048 MB); the one in use is never removed, nor are indexes of
    an older layout left behind. Returns what was removed."""
    import contextlib

    if budget_mb is None:
        raw = os.environ.get(CACHE_BUDGET_ENV, "")
        budget_mb = float(raw) if raw.replace(".", "", 1).isdigit() else CACHE_BUDGET_MB
    removed = []
    for old in directory.glob("index-*.sqlite"):  # the one-index-only layout of schema 9 and before
        with contextlib.suppress(OSError):
            old.unlink()
    total = 0
    for path in cached_indexes(directory):
        if path != keep and _meta_of(path, "schema") != SCHEMA_VERSION:  # of an older program: never opened again
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        total += size
        if path != keep and total > budget_mb * 1024 * 1024:
            with contextlib.suppress(OSError):  # another run may be using or removing it
                path.unlink()
                removed.append(path)
    return removed


def _meta_of(path: Path, key: str) -> str | None:
    """One meta value of a cached index file (None when it has none or cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _touch(path: Path) -> None:
    """Mark an index used (its modification time orders the least-recently-used eviction)."""
    import contextlib

    with contextlib.suppress(OSError):
        if time.time() - path.stat().st_mtime > 60:
            os.utime(path)


def open_index(user_data: str | None = None, rebuild: bool = False, verify: bool = False) -> Index:
    """The index of the bundled knowledge base plus any user one: reused when current, updated in
    place when a few of its files changed, built when missing, of another layout, or much changed.
    `verify` stats every file, even where a manifest says what they are (`reportcli index`).

    Each knowledge base has its own index file in the cache (switching between them rebuilds
    nothing); the least recently used are removed past the cache's budget. A corrupt index is
    rebuilt; an unwritable cache falls back to an in-memory build.
    """
    data_dir = bundled_data_dir()
    user_paths = user_data_paths(user_data)
    key = identity(data_dir, user_paths)
    now = fingerprint(data_dir, user_paths)
    directory = cache_dir()
    target = directory / _file_name(key)
    if verify:  # every file stat-ed, manifests rewritten: an edit made in place is noticed too
        for path in user_paths:
            if (path / MANIFEST).is_file():
                write_manifest(path)
        now = fingerprint(data_dir, user_paths)
    if not rebuild:
        found = _open_existing(target, key)
        if found and found.meta("fingerprint") == now and not verify:
            _touch(target)
            return found
        if found:
            found.conn.close()
            try:
                update(target, data_dir, user_paths, now, verify)
                updated = _open_existing(target, key)
                if updated and updated.meta("fingerprint") == now:
                    return updated
            except (_Rebuild, sqlite3.DatabaseError, OSError):
                pass
    try:
        _build_to_file(directory, target, data_dir, user_paths, key, now)
        evict(directory, target)
        found = _open_existing(target, key)
        if found:
            return found
    except OSError:
        pass
    conn = sqlite3.connect(":memory:")
    build(conn, data_dir, user_paths, key, now)
    return Index(conn, None)


def index_facts(index: Index) -> dict:
    """Where an index is and what it holds (`reportcli index --info`), and every index in the cache."""
    facts: dict = {"path": str(index.path) if index.path else None, "in_memory": index.path is None,
                   "size_bytes": index.path.stat().st_size if index.path else None}
    facts.update({k: index.meta(k) for k in ("version", "schema", "reports", "records", "build_seconds", "built_at",
                                             "updated_at")})
    facts["last_change"] = json.loads(index.meta("last_change") or "null")
    facts["reports"], facts["records"] = int(facts["reports"]), int(facts["records"])
    facts["sources"] = json.loads(index.meta("sources") or "[]")
    facts["cache"] = [_cached_facts(p, p == index.path) for p in cached_indexes(cache_dir())]
    return facts


def _cached_facts(path: Path, current: bool) -> dict:
    """One cached index: its file, size, when it was last used, and which knowledge base it is of."""
    out = {"path": str(path), "current": current, "size_bytes": None, "last_used": None, "sources": None}
    try:
        st = path.stat()
        out["size_bytes"] = st.st_size
        out["last_used"] = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(st.st_mtime))
        out["sources"] = json.loads(_meta_of(path, "sources") or "null")
    except (OSError, ValueError):
        pass
    return out
