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
from collections import defaultdict, deque
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from . import __version__
from .errors import DataError
from .locations import MANIFEST, bundled_data_dir, cache_dir, read_manifest, user_data_paths, write_manifest, yaml_files
from .model import KINDS, NUMERIC_KINDS, figure, level_key, ordered
from .normalize import grams

SCHEMA_VERSION = "18"  # 18: indexes of 17 may miss the postings of records after a part that ended inside a file
SEP = "\x1f"
_BATCH = 5000  # records written to SQLite at a time while the index is built
_PART = 100_000  # records whose postings are held in memory before they are written as one part
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}  # ties: indicators before targets, terms, tasks
VOCABULARY = ("aliases.yaml", "units.yaml", "indicators.yaml")  # a change to these rebuilds the whole index
CACHE_BUDGET_MB = 2048  # the cache's indexes together, before the least recently used are removed
CACHE_BUDGET_ENV = "REPORTCLI_CACHE_MB"
_BUILD_CACHE_KB = 65_536  # SQLite's page cache while the index is built (its default is 2 MB)
_CACHE_ENTRIES = 100_000  # sections (and names' pinyin) remembered while the index is built
_NAMES_CACHED = 10_000  # names remembered with their grams while the index is built (about 4 KB each)
_INCREMENTAL_SHARE = 0.25  # more changed files than this share (and 50): a full build is cheaper

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE blobs(name TEXT PRIMARY KEY, data BLOB);
CREATE TABLE files(path TEXT PRIMARY KEY, stamp TEXT, reports TEXT);
CREATE TABLE reports(id TEXT PRIMARY KEY, ord TEXT, short TEXT, region_name TEXT, level TEXT, province TEXT,
  province_key TEXT, json TEXT, first_rid INTEGER, last_rid INTEGER);
CREATE TABLE records(rid INTEGER PRIMARY KEY, id TEXT, report TEXT, kind TEXT, year INTEGER,
  curated INTEGER, rank INTEGER, names TEXT, body TEXT, py TEXT, sect INTEGER, figure TEXT, confidence REAL, json BLOB);
CREATE TABLE sections(sid INTEGER PRIMARY KEY, norm TEXT UNIQUE);
CREATE TABLE grams(gram TEXT, part INTEGER, df INTEGER, rids BLOB, PRIMARY KEY(gram, part)) WITHOUT ROWID;
CREATE TABLE t2s(t TEXT PRIMARY KEY, s TEXT) WITHOUT ROWID;
CREATE TABLE aliases(alias TEXT PRIMARY KEY, canon TEXT) WITHOUT ROWID;
CREATE TABLE suggest(norm TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE topics(topic TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE places(key TEXT, report TEXT, own INTEGER, PRIMARY KEY(key, report)) WITHOUT ROWID;
"""
# made once the records are in (sorting them once is far cheaper than keeping it while they go in);
# a record id two files hold then fails it, and the build says where
_RECORD_IDS = "CREATE UNIQUE INDEX records_id ON records(id)"


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


# --- compact storage: a record's JSON is deflated with a dictionary of what records share (keys,
# units, common words) made from the first records of a build (its normalised text is kept as it
# is); a posting list is deflated as the differences between its sorted record ids

_ZDICT_BYTES = 32_768  # deflate's window: a longer dictionary is not used
_ZDICT_RECORDS = 2000  # records sampled for the dictionary (every second one)
_JSON_LEVEL = 4  # deflate's level for records' JSON: 6 took 25 us a record for 159 bytes, 4 takes 18 for 168


# json.dumps(obj, ensure_ascii=False) without making an encoder for each call (a few us a record)
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _dictionary(texts: list[str]) -> bytes:
    """A deflate dictionary from sample texts (the latest matters most: it is placed last)."""
    return "".join(texts[:_ZDICT_RECORDS:2]).encode()[-_ZDICT_BYTES:]


class Packer:
    """Deflates with a dictionary: one compressor primed with it, copied for each text (priming
    costs more than the text itself)."""

    def __init__(self, zdict: bytes) -> None:
        import zlib

        self.zdict = zdict
        self._primed = zlib.compressobj(_JSON_LEVEL, zlib.DEFLATED, 15, 8, zlib.Z_DEFAULT_STRATEGY, zdict)

    def pack_text(self, text: str) -> bytes:
        deflate = self._primed.copy()
        return deflate.compress(text.encode()) + deflate.flush()

    def pack(self, obj: dict) -> bytes:
        return self.pack_text(_to_json(obj))


def unpacker(zdict: bytes):
    """The function that inflates what a Packer of this dictionary deflated, as text."""
    import zlib

    return lambda blob: zlib.decompressobj(zdict=zdict).decompress(blob).decode()


_SHORT_LIST = 24  # posting lists up to this long are stored as they are: deflating them costs more than it saves


def encode_ids(ids: array) -> bytes:
    """Sorted record ids: a short list as it is (b"r" + int32s); a longer one as its first id
    and the differences between the others, deflated (at level 1: faster than 6 and, as 16-bit
    differences, smaller than 32-bit ones were at 6): b"h" + int32 + deflated uint16s, or b"z" +
    deflated int32s (from 0) when a difference does not fit in 16 bits."""
    if len(ids) <= _SHORT_LIST:
        return b"r" + ids.tobytes()
    import zlib
    from itertools import chain, islice
    from operator import sub

    try:
        steps = array("H", map(sub, islice(ids, 1, None), ids))
    except OverflowError:  # a difference of 65,536 or more
        return b"z" + zlib.compress(array("i", map(sub, ids, chain((0,), ids))).tobytes(), 1)
    return b"h" + ids[:1].tobytes() + zlib.compress(steps.tobytes(), 1)


def decode_ids(blob: bytes) -> array:
    out = array("i")
    kind = blob[:1]
    if kind == b"r":
        out.frombytes(blob[1:])
        return out
    import zlib
    from itertools import accumulate

    if kind == b"h":
        out.frombytes(blob[1:5])
        steps = array("H")
        steps.frombytes(zlib.decompress(blob[5:]))
        return array("i", accumulate(steps, initial=out[0]))
    out.frombytes(zlib.decompress(blob[1:]))
    return array("i", accumulate(out))


class Index:
    """An open index: a read-only connection, and the file it reads (None when in memory)."""

    __slots__ = ("conn", "path", "_inflate")

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn, self.path = conn, path
        self._inflate: dict = {}
        conn.execute("PRAGMA automatic_index = OFF")  # a listing walks reports in order over their rid spans

    def _inflater(self, name: str):
        if name not in self._inflate:
            row = self.conn.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()
            self._inflate[name] = unpacker(row[0] if row else b"")
        return self._inflate[name]

    def unpack(self, blob: bytes) -> dict:
        """A record's JSON object from its stored form."""
        return json.loads(self._inflater("zdict")(blob))

    @staticmethod
    def body(stored: str) -> str:
        """A record's normalised text (what a query's words are looked for in) from its stored form,
        which is the text itself: deflating it cost the build more than it saved (it is short, and
        a query reads it for every candidate)."""
        return stored

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
    full build (in worker processes) and for an update, so an updated index holds what a fresh
    build would."""

    def __init__(self, data_dir: Path, zdict: bytes = b"") -> None:
        from . import kb as kbmod
        from .normalize import Normalizer, Pinyin, alias_map, t2s_table

        self.vocab = kbmod.load_vocabulary(data_dir)
        self.t2s = t2s_table()
        self.norm = Normalizer(self.t2s)
        self.aliases = alias_map(self.vocab.aliases, self.t2s)
        self.pinyin = Pinyin()
        self.prefix = frozenset(self.vocab.prefix_qualifiers)
        self.sections: dict[str, tuple[str, set[str], list[str]]] = {}
        self.named: dict[tuple[str, ...], tuple[str, str, frozenset[str], str]] = {}
        self.use(zdict)

    def use(self, zdict: bytes) -> None:
        """Pack records' JSON with this dictionary."""
        self.zdict = zdict
        self.packer = Packer(zdict)

    def dictionary(self, records: list[dict]) -> bytes:
        """The dictionary for records' JSON, from sample records."""
        return _dictionary([_to_json(ordered(r)) for r in records[:_ZDICT_RECORDS]])

    def body(self, rec: dict) -> str:
        """The normalised text a query's words are looked for in."""
        return self.norm(" ".join(str(x) for x in [rec["text"], rec["quote"], rec.get("definition") or "",
                                                   " ".join(rec.get("lead") or []), rec.get("category") or ""]))

    def of_kb(self, kb) -> list[FileRows]:
        """The rows of a loaded knowledge base, file by file (a file without reports too)."""
        held: dict[str, list[dict]] = defaultdict(list)
        for report in kb.reports:
            held[str(kb.origins.get(report["id"], ""))].append(report)
        records: dict[str, list[dict]] = defaultdict(list)
        for rec in kb.records:
            records[rec["report"]].append(rec)
        return [self.of_file(str(f), held.get(str(f), []), records) for f in kb.files]

    def of_file(self, path: str, reports: list[dict], records: dict[str, list[dict]]) -> FileRows:
        out = FileRows(path)
        for n, report in enumerate(reports):
            order = f"{path}\x00{n:05d}"  # a report's place: its file, its place in the file
            out.reports.append(self.report(report, order))
            out.records += [self.record(rec) for rec in records.get(report["id"], [])]
        return out

    def report(self, report: dict, order: str) -> tuple[tuple, list[tuple], tuple]:
        """The reports row of a report, its places rows and its suggestion row."""
        norm = self.norm
        keys = {norm(str(k)) for k in [report["region"], report["short"], report["id"],
                                                   *report.get("aliases", [])] if k}
        keys |= {p for name in (report["region"], report["short"]) for p in self.pinyin(name)}
        parents = {norm(k) for k in (report.get("parent"), report.get("province")) if k}
        province = report.get("province") or ""
        row = (report["id"], order, report["short"], report["region"], level_key(report.get("level")),
               province, norm(province), json.dumps(report, ensure_ascii=False))
        places = [(k, report["id"], 1) for k in keys] + [(k, report["id"], 0) for k in parents - keys]
        return row, places, (norm(report["region"]), report["region"])

    def section(self, section: str) -> tuple[str, set[str], list[str]]:
        """A section's matching form, its innermost heading's grams and its headings (read once a build)."""
        if section not in self.sections:
            if len(self.sections) >= _CACHE_ENTRIES:  # a cache, not a record of every section: memory stays flat
                self.sections.clear()
            heads = section_topics(section)
            innermost = self.norm(heads[-1] if heads else section)
            self.sections[section] = (self.norm(section), grams(innermost), heads)
        return self.sections[section]

    def record(self, rec: dict) -> RecordRow:
        """A record's row (without its rid and its section's id, which the writer gives) and what
        the writer needs beside it."""
        names = (rec["name"], *rec.get("aliases", ()))
        named = self.named.get(names)
        if named is None:
            named = self._named(names)
        norm_names, py, name_keys, suggest = named
        body = self.body(rec)
        sect, sect_grams, _ = self.section(rec["section"])
        row = (rec["id"], rec["report"], rec["kind"], rec["year"], int(rec["curated"]), rec["order"],
               norm_names, body, py,
               figure(rec, self.prefix, spaced=True) if rec["kind"] in NUMERIC_KINDS else "",
               rec.get("confidence", 1.0 if rec["curated"] else 0.5), self.packer.pack(ordered(rec)))
        keys = SEP.join(name_keys.union(grams(body), sect_grams))
        return RecordRow(row, rec["report"], sect, keys, rec["section"], rec["name"], suggest)

    def _named(self, names: tuple[str, ...]) -> tuple[str, str, frozenset[str], str]:
        """What a record's name and aliases give its row and keys: their normal forms (and the
        canonical names they are aliases of), their pinyin, the grams of both, the name's normal form.
        Names repeat across reports, so they are remembered (a cache: memory stays flat)."""
        norm_names = [self.norm(n) for n in names]
        norm_names += [self.aliases[n] for n in norm_names if n in self.aliases and self.aliases[n] not in norm_names]
        joined, py = SEP.join(norm_names), SEP.join(p for n in names for p in self.pinyin(n))
        if len(self.named) >= _NAMES_CACHED:
            self.named.clear()
        self.named[names] = out = (joined, py, frozenset(self._name_keys(joined, py)), norm_names[0])
        return out

    @staticmethod
    def _name_keys(names: str, py: str) -> set[str]:
        pys = py.split(SEP) if py else []
        keys = set().union(*(grams(n) for n in names.split(SEP)))
        keys |= {"p:" + g for p in pys[0::2] for g in grams(p, 3)}
        keys |= {"i:" + g for p in pys[1::2] for g in grams(p, 2)}
        return keys

    def keys(self, names: str, body: str, py: str, section: str) -> set[str]:
        """The grams a record is found by, from its row's columns (so a removal finds the same ones)."""
        _, sect_grams, _ = self.section(section)
        return self._name_keys(names, py).union(grams(body), sect_grams)

    def topics(self, sections: set[str]) -> list[tuple[str, str]]:
        """Headings a query word can name, in order: of headings with one normal form (名词解释,
        名词解释**) the first is kept, so which one does not depend on the order of a set."""
        rows = {(self.norm(t), t) for s in sections for t in self.section(s)[2]}
        return sorted(r for r in rows if len(r[0]) >= 3)


class RecordRow(NamedTuple):
    """A record's row of the records table and what the writer needs beside it."""

    row: tuple  # the columns of _Writer._INSERT after rid, without sect
    report: str
    sect: str  # the section's normal form (the row holds its id)
    keys: str  # the grams it is found by, joined by SEP
    section: str
    name: str
    suggest: str  # the normal form of its name, for suggestions

    def __reduce__(self) -> tuple:
        """Pickled as a plain tuple: unpickling a NamedTuple calls its Python __new__, a cost per record."""
        return tuple, (tuple(self),)


class FileRows:
    """What one knowledge-base file puts into the index, made in a worker and written here."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.reports: list[tuple[tuple, list[tuple], tuple]] = []
        self.records: list[RecordRow] = []


def _postings() -> defaultdict[str, array]:
    """Gram -> the ids of the records it is found in (a new gram's list made in C, not by a lambda)."""
    return defaultdict(partial(array, "i"))


# a record's ~70 grams go into their posting lists in C (map, consumed by a deque that keeps
# nothing): a Python loop over them was the main process's largest cost
_consume = deque(maxlen=0).extend
_append = array.append


class _Writer:
    """Writes files' rows into the index, numbering records from `first_rid`: a report's records
    together, so its ids are one span. Posting lists, suggestions and headings go out a part at a
    time and the section ids are a cache of the sections table, so memory stays flat."""

    _INSERT = ("INSERT INTO records(rid, id, report, kind, year, curated, rank, names, body, py, figure, confidence, "
               "json, sect) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")

    def __init__(self, conn: sqlite3.Connection, rows_of: _Rows, first_rid: int) -> None:
        self.conn, self.rows_of, self.next_rid, self.part = conn, rows_of, first_rid, first_rid
        self.postings: dict[str, array] = _postings()
        self.pending: list[tuple] = []
        self.sections: set[str] = set()
        self.suggest: dict[str, str] = {}
        self.section_ids: dict[str, int] = {}
        self.next_sid = conn.execute("SELECT COALESCE(MAX(sid), 0) + 1 FROM sections").fetchone()[0]

    def _section_id(self, norm: str) -> int:
        if norm not in self.section_ids:
            row = self.conn.execute("SELECT sid FROM sections WHERE norm = ?", (norm,)).fetchone()
            if row is None:
                row = (self.next_sid,)
                self.next_sid += 1
                self.conn.execute("INSERT INTO sections VALUES (?, ?)", (row[0], norm))
            self.section_ids[norm] = row[0]
        return self.section_ids[norm]

    def add(self, rows: FileRows, stamp: str) -> None:
        """A file's reports and records (its records come report by report, in the reports' order)."""
        conn = self.conn
        held: dict[str, int] = defaultdict(int)
        for rec in rows.records:
            held[rec[1]] += 1  # its report (a RecordRow travels from a worker as a plain tuple)
        first = self.next_rid
        for report, places, suggest in rows.reports:
            count = held.get(report[0], 0)
            conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (*report, *((first, first + count - 1) if count else (None, None))))
            first += count
            conn.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?)", places)
            self.suggest.setdefault(*suggest)
        postings = self.postings
        for row, _, sect, keys, section, name, suggest in rows.records:
            rid = self.next_rid
            self.next_rid += 1
            self.pending.append((rid, *row, self._section_id(sect)))
            _consume(map(_append, map(postings.__getitem__, keys.split(SEP)), repeat(rid)))
            self.suggest.setdefault(suggest, name)
            self.sections.add(section)
            if len(self.pending) == _BATCH:
                conn.executemany(self._INSERT, self.pending)
                self.pending.clear()
            if self.next_rid - self.part >= _PART:
                self._flush()
                postings = self.postings  # the next part's: the rest of the file's records go there
        conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                     (rows.path, stamp, json.dumps([r[0][0] for r in rows.reports])))

    def _flush(self) -> None:
        """Postings as one more part of each gram's list (numbered by its first record id, so an
        update adds a part and rewrites nothing); the suggestions and headings gathered so far."""
        conn, postings = self.conn, self.postings
        conn.executemany("INSERT INTO grams VALUES (?, ?, ?, ?)",  # in key order: the table is walked once
                         ((gram, self.part, len(ids), encode_ids(ids)) for gram, ids in
                          ((gram, postings[gram]) for gram in sorted(postings))))
        conn.executemany("INSERT OR IGNORE INTO suggest VALUES (?, ?)", self.suggest.items())
        conn.executemany("INSERT OR IGNORE INTO topics VALUES (?, ?)", self.rows_of.topics(self.sections))
        self.postings, self.part = _postings(), self.next_rid
        self.suggest, self.sections, self.section_ids = {}, set(), {}

    def finish(self) -> None:
        self.conn.executemany(self._INSERT, self.pending)
        self._flush()


# --- the full build: files are read, checked and made into rows by worker processes (all cores),
# and written here in the files' order, so the index is the same however many workers made it

_WORKER: dict = {}


def _start_worker(data_dir: Path, zdict: bytes) -> None:
    _WORKER["rows"] = _Rows(data_dir, zdict)


def _file_rows(path: Path) -> tuple[FileRows | None, list]:
    """One file's rows (in a worker), or its problems."""
    from . import kb as kbmod

    rows_of = _WORKER["rows"]
    try:
        return rows_of.of_kb(kbmod.load([path], rows_of.vocab))[0], []
    except DataError as exc:
        return None, exc.problems or [str(exc)]


def _chunk_rows(paths: list[Path]) -> list[tuple[Path, FileRows | None, list]]:
    return [(f, *_file_rows(f)) for f in paths]


_CHUNK = 4  # files a worker is handed at a time
_AHEAD = 4  # chunks a worker may have done or in hand before they are written: memory stays bounded


def _rows_of_files(files: list[Path], data_dir: Path, rows_of: _Rows):
    """(path, rows, problems) of each file, in order; on every core when there are many files,
    with a bounded number of files read ahead of the writing."""
    from collections import deque

    workers = min(os.cpu_count() or 1, 8)
    chunks = [files[i:i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    if len(files) >= 32 and workers >= 2:
        from concurrent.futures import ProcessPoolExecutor

        try:
            pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(data_dir, rows_of.zdict))
            pending = deque(pool.submit(_chunk_rows, c) for c in chunks[:workers * _AHEAD])
        except (OSError, RuntimeError):  # no processes to be had: it is done here
            pass
        else:
            with pool:
                for following in chunks[workers * _AHEAD:] + [None] * len(pending):
                    yield from pending.popleft().result()
                    if following is not None:
                        pending.append(pool.submit(_chunk_rows, following))
            return
    _WORKER["rows"] = rows_of
    for chunk in chunks:
        yield from _chunk_rows(chunk)


def build(conn: sqlite3.Connection, data_dir: Path, user_paths: list[Path], key: str,
          fingerprint_now: str = "") -> None:
    """Load and check the knowledge base, then write the whole index into `conn`.

    The first files are read here, until their records make the deflate dictionary every record
    is packed with (drafts pack a quarter smaller with a dictionary that has seen some); the
    others are read by workers."""
    from . import kb as kbmod

    started = time.perf_counter()
    conn.executescript(_SCHEMA)
    files = kb_files(data_dir, user_paths)
    vocab = kbmod.load_vocabulary(data_dir)
    problems: list = []
    head: list = []
    for f in files:
        if sum(len(kb.records) for kb in head) >= _ZDICT_RECORDS:
            break
        try:
            head.append(kbmod.load([f], vocab))
        except DataError as exc:
            head.append(kbmod.KnowledgeBase([], [], [f]))
            problems += exc.problems or [str(exc)]
    rows_of = _Rows(data_dir)
    rows_of.use(rows_of.dictionary([r for kb in head for r in kb.records]))
    conn.execute("INSERT INTO blobs VALUES (?, ?)", ("zdict", rows_of.zdict))
    conn.executemany("INSERT INTO t2s VALUES (?, ?)", ((chr(k), v) for k, v in rows_of.t2s.items()))
    conn.executemany("INSERT INTO aliases VALUES (?, ?)", rows_of.aliases.items())
    stamps = file_stamps(data_dir, user_paths)
    writer = _Writer(conn, rows_of, 0)
    try:
        for rows in (rows for kb in head for rows in rows_of.of_kb(kb)):
            if not problems:
                writer.add(rows, stamps.get(rows.path, ""))
        for path, rows, found in _rows_of_files(files[len(head):], data_dir, rows_of):
            problems += found
            if rows is not None and not problems:
                writer.add(rows, stamps.get(str(path), ""))
        if problems:  # every problem of every file, as loading them all together lists them
            kbmod.load(files, vocab)
            raise DataError("\n".join(str(p) for p in problems), problems=problems)
        writer.finish()
        conn.execute(_RECORD_IDS)
    except sqlite3.IntegrityError:  # an id in two files: loading all at once says where, or lets the later win
        for table in ("files", "reports", "records", "grams", "suggest", "topics", "places", "sections"):
            conn.execute(f"DELETE FROM {table}")
        writer = _Writer(conn, rows_of, 0)
        for rows in rows_of.of_kb(kbmod.load(files, vocab)):
            writer.add(rows, stamps.get(rows.path, ""))
        writer.finish()
        conn.execute(_RECORD_IDS)
    conn.execute("CREATE INDEX records_filter ON records(report, kind, year)")
    conn.execute("CREATE INDEX reports_order ON reports(ord)")  # listings stream report by report in this order
    _write_meta(conn, {"key": key, "fingerprint": fingerprint_now, "version": __version__, "schema": SCHEMA_VERSION,
                       "build_seconds": f"{time.perf_counter() - started:.3f}",
                       "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                       "files": json.dumps([str(f) for f in files]),
                       "sources": json.dumps([str(data_dir), *(str(p) for p in user_paths)]),
                       "vocabulary": _vocabulary_stamp(data_dir), "last_change": json.dumps("build")})
    conn.commit()


def _write_meta(conn: sqlite3.Connection, meta: dict[str, str], records: int | None = None,
                years: set[int] | None = None) -> None:
    """Meta as given, with the counts and years: read from the tables after a build; after an
    update, as the update worked them out (counting 6 million records took a second)."""
    if records is None:
        records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    if years is None:
        years = {y for (y,) in conn.execute("SELECT DISTINCT year FROM records")}
    meta = {**meta, "records": str(records), "reports": str(conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]),
            "years": json.dumps(sorted(years, key=lambda y: (y is not None, y)))}
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
        rows_of = _Rows(data_dir, conn.execute("SELECT data FROM blobs WHERE name = 'zdict'").fetchone()[0])
        records = int(meta["records"]) if str(meta.get("records", "")).isdigit() else None
        years = set(json.loads(meta["years"])) if meta.get("years") else None
        gone_years: set = set()
        with conn:
            for f in changed + removed:
                for report_id in json.loads(conn.execute("SELECT reports FROM files WHERE path = ?",
                                                         (f,)).fetchone()[0]):
                    count, their_years = _remove_report(conn, rows_of, report_id)
                    records = None if records is None else records - count
                    gone_years |= their_years
                conn.execute("DELETE FROM files WHERE path = ?", (f,))
            if added or changed:
                new = kbmod.load([Path(f) for f in added + changed], rows_of.vocab)
                taken = {r for (r,) in conn.execute("SELECT id FROM reports")}
                if any(r["id"] in taken for r in new.reports):
                    raise _Rebuild  # a report now in another file: which one wins is the full build's call
                top = conn.execute("SELECT COALESCE(MAX(rid), -1) FROM records").fetchone()[0]
                writer = _Writer(conn, rows_of, top + 1)
                try:
                    for rows in rows_of.of_kb(new):
                        writer.add(rows, current.get(rows.path, ""))
                    writer.finish()
                except sqlite3.IntegrityError:
                    raise _Rebuild from None  # a record id another file holds: the build reports it
                records = None if records is None else records + len(new.records)
                added_years = {r["year"] for r in new.records}
                years = None if years is None else years | added_years
                gone_years -= added_years
            if years is not None:  # a year only the removed records had is no longer there
                years -= {y for y in gone_years
                          if conn.execute("SELECT 1 FROM records WHERE year IS ? LIMIT 1", (y,)).fetchone() is None}
            done = {"added": len(added), "changed": len(changed), "removed": len(removed)}
            _write_meta(conn, {"fingerprint": fingerprint_now, "updated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                               "files": json.dumps(list(current)), "vocabulary": vocab_now,
                               "last_change": json.dumps(done)}, records, years)
        return done
    finally:
        conn.close()


def _remove_report(conn: sqlite3.Connection, rows_of: _Rows, report_id: str) -> tuple[int, set]:
    """A report out of the index: its records, their postings, its places. Returns how many
    records it had and their years."""
    found: dict[str, set[int]] = defaultdict(set)
    stored = Index(conn, None)
    count, years = 0, set()
    for rid, names, body, py, blob, year in conn.execute(
            "SELECT rid, names, body, py, json, year FROM records WHERE report = ?", (report_id,)):
        count += 1
        years.add(year)
        for k in rows_of.keys(names, stored.body(body), py, stored.unpack(blob)["section"]):
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
    return count, years


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
            conn.execute(f"PRAGMA cache_size=-{_BUILD_CACHE_KB}")
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
