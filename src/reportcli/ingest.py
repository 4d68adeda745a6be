"""Draft every report under a folder into the ingested store, in parallel, never stopping at
the first bad file. The store is a directory of YAML files (one report each) that every
command reads beside the bundled knowledge base; drafted records stay `curated: false`."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError

SUFFIXES = (".md", ".txt")


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    curated: list[tuple[Path, str]] = field(default_factory=list)  # drafts of reports curated already
    records: int = 0
    withheld: int = 0  # records under the confidence floor, not drafted
    floor: float = 0.0  # that floor


def report_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise DataError(f"{folder} is not a directory")
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file()
                  and p.name.lower() != "readme.md")


def _draft_one(job: tuple[Path, Path, float | None]) -> tuple[Path, dict | None, str | int]:
    """Draft one file and check it as `validate` would: the report and how many records were under the
    confidence floor, or the reason when either fails."""
    path, data_dir, min_confidence = job
    from .draft import confident, draft_all, load_vocab
    from .kb import check_report, load_vocabulary

    try:
        vocab = _vocab(data_dir, load_vocab)
        report, withheld = confident(draft_all(path, vocab), vocab, min_confidence)
        problems = check_report(report, path, _vocab(data_dir, load_vocabulary))
        if problems:
            return path, None, f"draft failed its checks: {problems[0]}"
        return path, report, withheld
    except DataError as exc:
        return path, None, str(exc).splitlines()[0]
    except Exception as exc:  # a bad file must not stop the others; the reason is reported
        return path, None, f"{type(exc).__name__}: {exc}"


_VOCABS: dict = {}


def _vocab(data_dir: Path, loader):
    key = (loader.__name__, str(data_dir))
    if key not in _VOCABS:
        _VOCABS[key] = loader(data_dir)
    return _VOCABS[key]


def ingest(folder: Path, into: Path, data_dir: Path, jobs: int | None = None,
           progress: Callable[[int, int], None] | None = None, min_confidence: float | None = None) -> Outcome:
    """Draft every .md/.txt under `folder` into `into` (one YAML per report, ids made unique), each with its
    records of at least `min_confidence` (default: the fitted floor of data/confidence.yaml)."""
    from concurrent.futures import ProcessPoolExecutor

    from .drafting.confidence import applied_floor
    from .locations import write_manifest

    files = report_files(folder)
    into.mkdir(parents=True, exist_ok=True)
    outcome = Outcome()
    taken = {p.stem for p in into.glob("*.yaml")}
    curated = curated_reports(data_dir)
    workers = jobs or min(2, os.cpu_count() or 1)
    job_list = [(f, data_dir, min_confidence) for f in files]
    outcome.floor = applied_floor(min_confidence, data_dir=data_dir)
    results = map(_draft_one, job_list) if workers < 2 else None
    pool = ProcessPoolExecutor(workers) if workers >= 2 else None
    try:
        if pool is not None:
            results = pool.map(_draft_one, job_list, chunksize=4)
        for done, (path, report, detail) in enumerate(results, 1):  # (detail: the reason, or the count withheld)
            if report is None:
                outcome.failed.append((path, str(detail) or "unknown"))
            elif (report["region"], report["plan_year"]) in curated:  # curated wins: no second copy
                outcome.curated.append((path, curated[(report["region"], report["plan_year"])]))
            else:
                _write(report, into, taken, outcome)
                outcome.withheld += int(detail)
            if progress:
                progress(done, len(files))
    finally:
        if pool is not None:
            pool.shutdown()
        if any(into.glob("*.yaml")):
            write_manifest(into)  # what the index compares to know which drafts changed
    return outcome


def curated_reports(data_dir: Path) -> dict[tuple[str, int], str]:
    """(region, plan year) → id of every report of the bundled, curated knowledge base."""
    from .kb import read_yaml, strip_positions

    raw = strip_positions(read_yaml(data_dir / "reports.yaml")) or {}
    return {(r["region"], r["plan_year"]): r["id"] for r in raw.get("reports") or []}


def _same_source(draft: Path, source: str) -> bool:
    """Whether the draft at `draft` was drafted from `source` (ingesting a file again replaces its draft)."""
    import re

    try:
        head = draft.read_text(encoding="utf-8")[:4000]
    except OSError:
        return False
    found = re.search(r"^\s*source: (.*)$", head, re.M)
    return bool(found) and found.group(1).strip().strip("'\"") == source


def _write(report: dict, into: Path, taken: set[str], outcome: Outcome) -> None:
    from .draft import to_yaml

    old, rid, n = report["id"], report["id"], 2
    while rid in taken and not _same_source(into / f"{rid}.yaml", report["source"]):
        rid, n = f"{old}-{n}", n + 1  # another report of that region and year: a new id
    if rid != old:
        report["id"] = rid
        for rec in report["records"]:
            rec["id"] = rid + rec["id"][len(old):]
    taken.add(rid)
    target = into / f"{rid}.yaml"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(to_yaml(report), encoding="utf-8")
    os.replace(tmp, target)
    outcome.written.append(target)
    outcome.records += len(report["records"])
