"""Load, check and merge knowledge bases (YAML files of reports and their records).

Loading is strict: a file with any problem is rejected whole, with every problem named by
file, line and column, so a knowledge base is never half-loaded.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import model
from .errors import DataError
from .locations import yaml_files
from .provenance import quote_in_source, squash_space, value_problems


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


@dataclass
class Vocabulary:
    """Aliases (canonical name → what people type) and units, from the data files."""

    aliases: dict[str, list[str]] = field(default_factory=dict)
    multipliers: dict[str, int] = field(default_factory=dict)
    base_units: list[str] = field(default_factory=list)
    prefix_qualifiers: list[str] = field(default_factory=list)
    suffix_qualifiers: list[str] = field(default_factory=list)
    unit_families: dict[str, list[str]] = field(default_factory=dict)

    def known_unit(self, unit: str) -> bool:
        """亿元, 万人 …; a unit per another (万元/人, 公里/百平方公里) when both are known."""
        top, per, under = unit.partition("/")
        if per:
            return self.known_unit(top) and under.removeprefix("百").removeprefix("千") in self.base_units
        return model.split_unit(unit, self.multipliers)[1] in self.base_units


@dataclass
class KnowledgeBase:
    reports: list[dict]
    records: list[dict]
    files: list[Path]
    origins: dict[str, Path] = field(default_factory=dict)  # report id → the YAML file it came from


# --- reading YAML with positions -------------------------------------------------------------

def _loader_class():
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class PositionLoader(base):  # type: ignore[misc, valid-type]
        """SafeLoader that remembers where each mapping and each key stands."""

    def construct_mapping(loader, node, deep=False):
        loader.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        keys: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain scalar", key_node.start_mark)
            where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if str(key) in keys:  # YAML would silently keep the last one
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first on line {keys[str(key)][0]})", key_node.start_mark)
            mapping[key] = loader.construct_object(value_node, deep=deep)
            keys[str(key)] = where
        mapping["__pos__"] = (node.start_mark.line + 1, node.start_mark.column + 1)
        mapping["__keys__"] = keys
        return mapping

    PositionLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    return PositionLoader


def read_yaml(path: Path, positions: bool = False) -> Any:
    """Parse one YAML file safely; syntax errors, bad bytes and unsafe tags become DataError.

    With `positions`, every mapping remembers its line and column (slower; used to report problems).
    """
    import yaml

    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DataError(f"{path} is a directory, not a YAML file") from None
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise DataError(f"{path}: the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(f"{path}:{line}:1: not valid UTF-8") from None
    try:
        loader = _loader_class() if positions else getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader or subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in str(exc):
            reason = "unsafe or unknown YAML tag refused " + (exc.problem or "").split("for the tag")[-1].strip()
        raise DataError(f"{path}:{line}:{col}: {reason}") from None
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: {exc}") from None


def strip_positions(value: Any) -> Any:
    """The value without the position keys `read_yaml(positions=True)` adds."""
    if isinstance(value, dict):
        return {k: strip_positions(v) for k, v in value.items() if k not in ("__pos__", "__keys__")}
    if isinstance(value, list):
        return [strip_positions(v) for v in value]
    return value


# --- schema and provenance checks --------------------------------------------------------------

def _type_ok(value: Any, want: Any) -> bool:
    """Whether a field's value has its type (a bool is no number, though Python says it is an int)."""
    if isinstance(value, bool) and want is bool:
        return True
    return isinstance(value, want) and not (isinstance(value, bool) and want in (int, model._NUM))


def _exact_types(spec: dict) -> dict[str, frozenset[type]]:
    """For each field, the exact types of YAML's values `_type_ok` takes (a check's fast path)."""
    samples = ("", 0, 0.5, False, None, [], {})
    return {key: frozenset(type(v) for v in samples if _type_ok(v, want)) for key, want in spec.items()}


_EXACT = {id(spec): _exact_types(spec) for spec in (model.REPORT_FIELDS, model.RECORD_FIELDS)}
_ALLOWED = {kind: frozenset(model.COMMON_FIELDS) | frozenset(model.KIND_FIELDS[kind]) for kind in model.KINDS}


class _Checker:
    def __init__(self, path: Path, vocab: Vocabulary, provenance: bool) -> None:
        self.path, self.vocab, self.provenance = path, vocab, provenance
        self.problems: list[Problem] = []

    def add(self, node: dict | None, message: str, key: str | None = None) -> None:
        pos = (1, 1)
        if isinstance(node, dict):
            pos = node.get("__keys__", {}).get(key, node.get("__pos__", (1, 1))) if key else node.get("__pos__", (1, 1))
        self.problems.append(Problem(str(self.path), pos[0], pos[1], message))

    def fields(self, node: dict, spec: dict, allowed: set[str] | frozenset[str], what: str) -> None:
        exact = _EXACT[id(spec)]
        for key, value in node.items():
            if value.__class__ in exact.get(key, ()) and key in allowed:
                continue  # a field of its own type: what nearly every field is
            if key in ("__pos__", "__keys__"):
                continue
            if key not in allowed:
                self.add(node, f"unknown field {key!r} in {what}", key)
                continue
            if not _type_ok(value, spec[key]):
                self.add(node, f"{what}: field {key!r} has the wrong type ({type(value).__name__})", key)

    def report(self, node: Any, index: int) -> tuple[str | None, str | None]:
        if not isinstance(node, dict):
            self.problems.append(Problem(str(self.path), 1, 1, f"report {index + 1} is not a mapping"))
            return None, None
        if isinstance(node.get("date"), _dt.date):
            node["date"] = node["date"].isoformat()
        self.fields(node, model.REPORT_FIELDS, set(model.REPORT_FIELDS), "report")
        for key in model.REPORT_REQUIRED:
            if node.get(key) in (None, ""):
                self.add(node, f"report is missing {key!r}")
        source_text = None
        if isinstance(node.get("source"), str):
            src = (self.path.parent / node["source"])
            try:
                source_text = squash_space(src.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                self.add(node, f"source file {node['source']!r} is missing or unreadable", "source")
        return node.get("id") if isinstance(node.get("id"), str) else None, source_text

    def record(self, node: Any, source: str | None) -> None:
        if not isinstance(node, dict):
            self.problems.append(Problem(str(self.path), 1, 1, "a record is not a mapping"))
            return
        kind = node.get("kind")
        if kind not in model.KINDS:
            self.add(node, f"unknown kind {kind!r} (expected one of {', '.join(model.KINDS)})", "kind")
            return
        self.fields(node, model.RECORD_FIELDS, _ALLOWED[kind], f"{kind} {node.get('id', '?')}")
        for key in model.RECORD_REQUIRED:
            if node.get(key) in (None, ""):
                self.add(node, f"record is missing {key!r}")
        if kind in model.NUMERIC_KINDS:
            self.numeric(node)
        if kind == "term" and node.get("definition_source") not in model.DEFINITION_SOURCES:
            self.add(node, "definition_source must be report, general or null", "definition_source")
        confidence = node.get("confidence")
        if confidence is not None and not (isinstance(confidence, (int, float)) and 0 <= confidence <= 1):
            self.add(node, "confidence must be a number from 0 to 1", "confidence")
        if kind == "task" and "lead" not in node:
            self.add(node, "task without lead (use lead: [] for a work-plan section)")
        quote = node.get("quote")
        if (self.provenance and source is not None and isinstance(quote, str)
                and not quote_in_source(quote, source, squashed=True)):
            self.add(node, "quote does not occur in the source text", "quote")

    def numeric(self, node: dict) -> None:
        unit = node.get("unit")
        if isinstance(unit, str) and not self.vocab.known_unit(unit):
            self.add(node, f"unknown unit {unit!r}", "unit")
        for key in ("ratio", "ratio_before"):
            if key in node and not all(isinstance(p, (int, float)) and not isinstance(p, bool)
                                       for p in node[key] or []):
                self.add(node, f"{key} must be a list of numbers", key)
                return
        numbers_ok = all(isinstance(node.get(k), model._NUM) and not isinstance(node.get(k), bool)
                         for k in ("value", "growth"))
        if self.provenance and numbers_ok and isinstance(node.get("quote"), str):
            clean = {k: v for k, v in node.items() if k in model.RECORD_FIELDS}
            try:
                found = value_problems(clean)
            except (TypeError, ValueError, ArithmeticError):  # a wrong type, reported by fields()
                found = []
            for message in found:
                self.add(node, message, message.split()[0])


def check_file(path: Path, vocab: Vocabulary, provenance: bool = True,
               fast: bool = True) -> tuple[list[dict], list[Problem]]:
    """Parse and check one knowledge-base file; returns its reports and every problem.

    Every mapping remembers its position, so that each problem names its line and column, and
    a key written twice (which YAML would silently resolve to the last) is refused. A file in the
    plain style `reportcli draft` writes is first read by `fastyaml` without positions (`fast`);
    only when that reading finds a problem is the file read again with them.
    """
    if fast:
        data = _read_plain(path)
        if data is not None:
            reports, problems = _check_data(path, data, vocab, provenance)
            if not problems:
                return reports, problems
    try:
        data = read_yaml(path, positions=True)
    except DataError as exc:
        text = str(exc)
        parts = text.split(":", 3)
        if len(parts) == 4 and parts[1].isdigit():
            return [], [Problem(parts[0], int(parts[1]), int(parts[2]), parts[3].strip())]
        return [], [Problem(str(path), 1, 1, text.removeprefix(f"{path}: "))]
    return _check_data(path, data, vocab, provenance)


def _read_plain(path: Path) -> Any:
    """A file read by the fast reader (no positions), or None when it cannot say (read_yaml then)."""
    from . import fastyaml

    try:
        return fastyaml.load(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _check_data(path: Path, data: Any, vocab: Vocabulary, provenance: bool) -> tuple[list[dict], list[Problem]]:
    checker = _Checker(path, vocab, provenance)
    if not isinstance(data, dict) or not isinstance(data.get("reports"), list):
        checker.problems.append(Problem(str(path), 1, 1, "expected a mapping with a 'reports' list"))
        return [], checker.problems
    for index, report in enumerate(data["reports"]):
        _, source = checker.report(report, index)
        if isinstance(report, dict) and isinstance(report.get("records"), list):
            for rec in report["records"]:
                checker.record(rec, source)
    return data["reports"], checker.problems


def _locate(path: Path, text: str, nth: int = 1) -> tuple[int, int]:
    """Line and column of the nth line of a file that mentions `text` (1, 1 when there is none)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1, 1
    hits = [(number, line.index(text) + 1) for number, line in enumerate(lines, 1) if text in line]
    return hits[nth - 1] if len(hits) >= nth else (1, 1)


def check_report(report: dict, path: Path, vocab: Vocabulary) -> list[Problem]:
    """The problems `validate` would find in an in-memory report (a draft) written at `path`."""
    import copy

    checker = _Checker(path, vocab, provenance=True)
    node = copy.deepcopy(report)
    _, source = checker.report(node, 0)
    for rec in node.get("records") or []:
        checker.record(rec, source)
    return checker.problems + duplicate_ids([(path, node)])


def duplicate_ids(reports: list[tuple[Path, dict]]) -> list[Problem]:
    """Every record whose id an earlier record already has, pointed at where it stands."""
    seen: dict[str, str] = {}
    in_file: dict[tuple[str, str], int] = {}
    problems = []
    for path, report in reports:
        for rec in report.get("records") or []:
            rid = rec.get("id") if isinstance(rec, dict) else None
            if not isinstance(rid, str):
                continue
            count = in_file[(str(path), rid)] = in_file.get((str(path), rid), 0) + 1
            if rid in seen:
                line, col = rec.get("__pos__") or _locate(path, f"id: {rid}", count)
                problems.append(Problem(str(path), line, col, f"duplicate id {rid!r} (first in {seen[rid]})"))
            else:
                seen[rid] = str(path)
    return problems


# --- loading ----------------------------------------------------------------------------------

def load_vocabulary(data_dir: Path) -> Vocabulary:
    """What people type (aliases.yaml) joined with the synonyms of the headline indicators
    (indicators.yaml, shared with drafting), and the units and qualifiers (units.yaml)."""
    aliases = {k: list(v or []) for k, v in strip_positions(read_yaml(data_dir / "aliases.yaml")).items()}
    indicators = data_dir / "indicators.yaml"
    if indicators.is_file():
        owner = {alias: canonical for canonical, words in aliases.items() for alias in words}
        for name, spec in (strip_positions(read_yaml(indicators)) or {}).items():
            # a name people already type for another indicator (财政收入) stays theirs in search
            known = aliases.setdefault(owner.get(name, name), [])
            known += [s for s in [name, *((spec or {}).get("synonyms") or [])] if s not in known and s not in owner
                      and s != owner.get(name, name)]
    units = strip_positions(read_yaml(data_dir / "units.yaml"))
    return Vocabulary(aliases=aliases, **units)


def _check_one(args: tuple[Path, Vocabulary, bool, bool]) -> tuple[list[dict], list[Problem]]:
    """check_file in a worker; a clean file's reports travel back without their positions."""
    reports, problems = check_file(*args)
    return (reports if problems else [strip_positions(r) if "__pos__" in r else r for r in reports]), problems


def _check_files(files: list[Path], vocab: Vocabulary, provenance: bool,
                 fast: bool = True) -> list[tuple[list[dict], list[Problem]]]:
    """check_file over many files, on every core when there are many (YAML parsing dominates)."""
    jobs = [(f, vocab, provenance, fast) for f in files]
    workers = min(os.cpu_count() or 1, 8)
    if len(files) < 32 or workers < 2:
        return [_check_one(job) for job in jobs]
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(workers) as pool:
            return list(pool.map(_check_one, jobs, chunksize=16))
    except (OSError, RuntimeError):  # no processes to be had: do it here
        return [_check_one(job) for job in jobs]


def load(paths: list[Path], vocab: Vocabulary, provenance: bool = True) -> KnowledgeBase:
    """Load knowledge-base files (later reports with the same id replace earlier ones).

    Raises DataError listing every problem when any file fails its checks.
    """
    files = [f for p in paths for f in yaml_files(p)]
    for fast in (True, False):
        problems: list[Problem] = []
        by_id: dict[str, tuple[Path, dict]] = {}
        for path, (reports, found) in zip(files, _check_files(files, vocab, provenance, fast), strict=True):
            problems += found
            for report in reports:
                if isinstance(report, dict):
                    by_id[str(report.get("id"))] = (path, report)
        duplicates = duplicate_ids(list(by_id.values()))
        if not duplicates or not fast:
            break  # a duplicate id is pointed at where it stands: the files are read again with positions
    problems += duplicates
    if problems:
        raise DataError("\n".join(str(p) for p in problems), problems=problems)
    reports, records, origins = [], [], {}
    for path, report in by_id.values():
        meta, recs = derive_report(strip_positions(report) if "__pos__" in report else report, path, vocab)
        reports.append(meta)
        records += recs
        origins[meta["id"]] = path
    return KnowledgeBase(reports, records, files, origins)


def derive_report(report: dict, path: Path, vocab: Vocabulary) -> tuple[dict, list[dict]]:
    """Split a report into its metadata and its records with the derived contract fields filled."""
    records = report.pop("records")
    report.setdefault("curated", True)
    report["source_path"] = str((path.parent / report["source"]).resolve())
    report["counts"] = {k: sum(1 for r in records if r["kind"] == k) for k in model.KINDS}
    prefix = frozenset(vocab.prefix_qualifiers)
    out = []
    for order, rec in enumerate(records):
        rec = dict(rec)
        rec["report"] = report["id"]
        rec["region"] = report["region"]
        rec.setdefault("curated", report["curated"])
        if "year" not in rec:
            rec["year"] = report["review_year"] if rec["kind"] == "indicator" else report["plan_year"]
        if rec["kind"] in model.NUMERIC_KINDS:
            for key in ("value", "unit", "growth", "qualifier"):
                rec.setdefault(key, None)
            rec["base_value"], rec["base_unit"] = model.base_value(rec["value"], rec["unit"], vocab.multipliers)
            label = "目标 " if rec["kind"] == "target" else ""
            rec["text"] = f"{rec['region']} {rec['year']}年{label} {rec['name']} {model.figure(rec, prefix)}".strip()
        elif rec["kind"] == "term":
            rec.setdefault("definition", None)
            rec.setdefault("definition_source", None)
            rec["text"] = f"{rec['name']}：{rec['definition']}" if rec["definition"] else rec["name"]
        else:
            rec.setdefault("number", None)
            rec.setdefault("category", None)
            rec.setdefault("text", rec["name"])
        rec["order"] = order
        out.append(rec)
    return report, out


def validate(target: Path, data_dir: Path) -> tuple[list[Problem], int]:
    """Every problem of a knowledge-base file or directory, and how many records it holds."""
    vocab = load_vocabulary(data_dir)
    if not target.exists():
        raise DataError(f"no such knowledge base: {target}")
    problems: list[Problem] = []
    loaded: list[tuple[Path, dict]] = []
    for path in yaml_files(target):
        reports, found = check_file(path, vocab)
        problems += found
        loaded += [(path, r) for r in reports if isinstance(r, dict)]
    problems += duplicate_ids(loaded)
    count = sum(len(r.get("records") or []) for _, r in loaded)
    return problems, count
