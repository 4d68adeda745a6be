"""The command line: parse options, call `query` (or `analysis`), hand the result to `output`."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import EXIT_NO_MATCH, EXIT_SOME_FAILED, NoMatch, ReportcliError, UsageError

app = typer.Typer(
    name="reportcli",
    help="Figures, targets, policy terms and tasks from Chinese government work reports (政府工作报告).",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state: dict[str, Optional[str]] = {"data": None, "index_path": None, "no_color": None}


def _complete_region(incomplete: str) -> list[str]:
    """Region names for shell completion (short and full names from the index)."""
    try:
        reports = _kb().reports()
    except Exception:  # completion must never break the shell
        return []
    names = [n for r in reports for n in (r["short"], r["region"])]
    return [n for n in dict.fromkeys(names) if n.startswith(incomplete)]


def _complete_kind(incomplete: str) -> list[str]:
    from .model import KINDS

    return [k for k in KINDS if k.startswith(incomplete)]


Data = Annotated[Optional[str], typer.Option(
    "--data", metavar="PATH",
    help="A knowledge-base YAML file or folder, added to the bundled one (also REPORTCLI_DATA).")]
Region = Annotated[Optional[str], typer.Option(
    "--region", "-r", metavar="REGION", autocompletion=_complete_region,
    help="Region: full or short name, pinyin, or parent city (东胜, 东胜区, dongsheng, 鄂尔多斯).")]
Kind = Annotated[Optional[str], typer.Option("--kind", "-k", metavar="KIND", autocompletion=_complete_kind,
                                             help="indicator, target, term or task.")]
Province = Annotated[Optional[str], typer.Option("--province", "-p", metavar="PROVINCE",
                                                 help="Province (full name or its start: 内蒙古).")]
Year = Annotated[Optional[int], typer.Option("--year", "-y", metavar="YEAR",
                                             help="Year the figure, target or task is about.")]
Section = Annotated[Optional[str], typer.Option(
    "--section", "-s", metavar="TEXT", help="Section heading (part of it): 主要预期目标, 民生重点工作, 招商引资.")]
Curated = Annotated[Optional[bool], typer.Option(
    "--curated/--drafts", help="Only curated records, or only drafted ones (default: both).", show_default=False)]
Confidence = Annotated[Optional[float], typer.Option(
    "--confidence", metavar="MIN", help="Drafted records of at least this confidence (0–1); curated ones count as 1.")]
MinConfidence = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0, max=1, metavar="MIN",
    help="Draft only records of at least this confidence (0–1; default: the fitted floor; 0 keeps all).")]
Limit = Annotated[Optional[int], typer.Option("--limit", "-n", min=0, metavar="N",
                                             help="At most N records (0: every match, as --all).")]
All = Annotated[bool, typer.Option("--all", "-a", help="Every match (no --limit).")]
Lead = Annotated[Optional[str], typer.Option("--lead", metavar="UNIT",
                                             help="Lead unit, or part of it or its abbreviation (民政局, 人社局).")]
Category = Annotated[Optional[str], typer.Option("--category", metavar="TEXT", help="Task category (part of it).")]
Words = Annotated[Optional[list[str]], typer.Argument(
    metavar="[QUERY]...", help="Words to look for; region, year, kind and section words are read as filters.")]

_OUTPUT_OPTIONS = {
    "fmt": Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT",
                                                 help="table, plain, tsv, csv, json or jsonl.")],
    "as_json": Annotated[bool, typer.Option("--json", help="A JSON list ([] when nothing matches).")],
    "as_jsonl": Annotated[bool, typer.Option("--jsonl", help="JSON Lines: one record a line.")],
    "as_csv": Annotated[bool, typer.Option("--csv", help="CSV with a header, fixed columns per kind.")],
    "as_tsv": Annotated[bool, typer.Option("--tsv", help="Tab-separated with a header, fixed columns per kind.")],
    "as_table": Annotated[bool, typer.Option("--table", help="A table even when the output is not a terminal.")],
    "no_color": Annotated[bool, typer.Option("--no-color", help="No styling (also NO_COLOR).")],
}


_SHARED: list = []  # the output options and --data as signature parameters, made once


def _output_options(func):
    """Give a command the output options and --data; it receives them as one `out` (an Output)."""
    import functools
    import inspect

    signature = inspect.signature(func)
    params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in signature.parameters.values() if p.name != "out"]
    if not _SHARED:
        _SHARED.extend(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                         default=False if name.startswith(("as_", "no_")) else None)
                       for name, annotation in {**_OUTPUT_OPTIONS, "data": Data}.items())

    @functools.wraps(func)
    def command(**kwargs):
        data = kwargs.pop("data")
        if data is not None:  # --data after the subcommand counts like --data before it
            _state["data"] = data
        options = {name: kwargs.pop(name) for name in _OUTPUT_OPTIONS}
        return func(out=_choose_output(**options), **kwargs)

    command.__signature__ = signature.replace(parameters=params + _SHARED)
    return command


def _choose_output(fmt, as_json, as_jsonl, as_csv, as_tsv, as_table, no_color):
    from .output import FORMATS, Output

    flags = [name for name, on in (("json", as_json), ("jsonl", as_jsonl), ("csv", as_csv), ("tsv", as_tsv),
                                   ("table", as_table)) if on]
    if fmt is not None:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        flags.append(fmt)
    if len(set(flags)) > 1:
        raise UsageError(f"choose one output format, not {' and '.join('--' + f for f in dict.fromkeys(flags))}")
    chosen = flags[0] if flags else None
    return Output.choose(None if chosen == "table" else chosen, force_table=chosen == "table",
                         no_color=no_color or bool(_state.get("no_color")))


def _kb():
    from .query import open_kb

    kb = open_kb(_state["data"])
    _state["index_path"] = str(kb.index.path) if kb.index.path else None
    return kb


def _app_for(argv: list[str]) -> typer.Typer:
    """The app to run: Typer builds a parser for every command on each run, so a run that names
    its command first gets an app of that one command (same callback, options and help)."""
    import os

    name = argv[1] if len(argv) > 1 else ""
    info = next((c for c in app.registered_commands if c.name == name), None)
    if info is None or "_REPORTCLI_COMPLETE" in os.environ:  # completion needs every command
        return app
    single = typer.Typer(name="reportcli", help=app.info.help, add_completion=False, pretty_exceptions_enable=False,
                         rich_markup_mode=None)
    single.registered_callback = app.registered_callback
    single.registered_commands = [info]
    return single


def _run_app():
    """Run the app; if the index turns out damaged mid-query, drop it and answer once more."""
    import sqlite3

    chosen = _app_for(sys.argv)
    try:
        return chosen(standalone_mode=False)
    except sqlite3.DatabaseError:
        damaged = _state.get("index_path")
        if not damaged:
            raise
        Path(damaged).unlink(missing_ok=True)
        _state["index_path"] = None
        return chosen(standalone_mode=False)


def _listing(out, title: str, words: list[str] | None, limit: int | None, everything: bool, **filters) -> None:
    """The body of every listing command: one query, one rendering; on no match the structured
    formats still print their empty form ([] or a header) before the error."""
    from .output import empty, listing

    text = " ".join(words) if words else None
    try:
        result = _kb().query(text, limit=None if everything or limit == 0 else limit, stream=out.structured,
                             **filters)
    except NoMatch:
        empty(out, filters.get("kind"), scored=text is not None)
        raise
    listing(result, out, title)


@app.callback(invoke_without_command=True)
def main_options(
    data: Data = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No styling (also NO_COLOR).")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"reportcli {__version__}")
        raise typer.Exit(0)
    _state["data"] = data
    _state["no_color"] = "1" if no_color else None


@app.command("search")
@_output_options
def search_cmd(out, words: Annotated[Optional[list[str]], typer.Argument(
                   metavar="[QUERY]...", help="What to look for: a name, alias, pinyin, term; region, year, kind "
                                              "and section words (东胜, 2022, 目标, 主要预期目标) are read as filters. "
                                              "Without words, the filters' records, 10 at a time.")] = None,
               region: Region = None, kind: Kind = None, year: Year = None, section: Section = None,
               province: Province = None, lead: Lead = None, category: Category = None, curated: Curated = None,
               confidence: Confidence = None, limit: Limit = 10, everything: All = False) -> None:
    """Fuzzy search over every record, best first (the 10 best unless --limit or --all)."""
    _listing(out, "search", words, limit, everything, region=region, kind=kind, year=year, section=section,
             province=province, lead=lead, category=category, curated=curated, confidence=confidence)


@app.command("indicators")
@_output_options
def indicators_cmd(out, words: Words = None, region: Region = None, year: Year = None, section: Section = None,
                   province: Province = None, curated: Curated = None, confidence: Confidence = None,
                   limit: Limit = None, everything: All = False) -> None:
    """Figures of the review year (and earlier cumulative figures)."""
    _listing(out, "indicators", words, limit, everything, kind="indicator", region=region, year=year,
             section=section, province=province, curated=curated, confidence=confidence)


@app.command("targets")
@_output_options
def targets_cmd(out, words: Words = None, region: Region = None, year: Year = None, section: Section = None,
                province: Province = None, curated: Curated = None, confidence: Confidence = None,
                limit: Limit = None, everything: All = False,
                with_baseline: Annotated[bool, typer.Option(
                    "--with-baseline", help="Put each target beside the same report's review-year figure.")] = False,
                ) -> None:
    """Targets and quantitative commitments of the plan year."""
    filters = {"kind": "target", "region": region, "year": year, "section": section, "province": province,
               "curated": curated, "confidence": confidence}
    if not with_baseline:
        _listing(out, "targets", words, limit, everything, **filters)
        return
    from .analysis import with_baseline as pair
    from .output import baseline

    kb = _kb()
    try:
        result = kb.query(" ".join(words) if words else None, limit=None if everything or limit == 0 else limit,
                          **filters)
    except NoMatch:
        baseline([], out) if out.structured else None
        raise
    baseline(pair(kb, result.records), out)


@app.command("compare")
@_output_options
def compare_cmd(out, metric: Annotated[str, typer.Argument(
                    metavar="METRIC", help="An indicator or target: 地区生产总值, GDP, 社零 …")],
                region: Region = None, year: Year = None, province: Province = None, section: Section = None,
                confidence: Confidence = None,
                kind: Annotated[Optional[str], typer.Option("--kind", "-k", metavar="KIND", help="indicator or target.",
                                                            autocompletion=_complete_kind)] = None) -> None:
    """The same indicator or target across reports, with bars scaled in base units."""
    from .analysis import compare
    from .model import NUMERIC_KINDS
    from .output import comparison

    if kind not in (None, *NUMERIC_KINDS):
        raise UsageError(f"compare takes --kind indicator or --kind target, not {kind!r}")
    kb = _kb()
    try:
        result = compare(kb, metric, kb.filters(region, province, year, kind, section, confidence=confidence))
    except NoMatch:
        comparison(None, out) if out.structured else None
        raise
    comparison(result, out)


def _years(span: str | None) -> tuple[int, int] | None:
    """2015-2024, 2015—2024 or 2023 as (first, last)."""
    import re

    if span is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-—–~～至到]\s*(\d{4}))?\s*", span)
    if not m:
        raise UsageError(f"--years takes a year or a span such as 2015-2024, not {span!r}")
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    return (first, last) if first <= last else (last, first)


@app.command("panel")
@_output_options
def panel_cmd(out, metric: Annotated[str, typer.Argument(
                  metavar="METRIC", help="An indicator or target: 地区生产总值, GDP, 一般公共预算收入 …")],
              kind: Annotated[Optional[str], typer.Option("--kind", "-k", metavar="KIND", help="indicator or target.",
                                                          autocompletion=_complete_kind)] = None,
              years: Annotated[Optional[str], typer.Option(
                  "--years", metavar="SPAN", help="Years, e.g. 2015-2024 (default: all).")] = None,
              level: Annotated[Optional[str], typer.Option(
                  "--level", metavar="LEVEL", help="national, province, city or county (省级, 地级, 县级).")] = None,
              region: Region = None, province: Province = None, confidence: Confidence = None) -> None:
    """The same indicator or target for regions × years: a table, or long-form CSV/JSON for research."""
    from .analysis import panel
    from .model import NUMERIC_KINDS
    from .output import panel as draw_panel

    if kind not in (None, *NUMERIC_KINDS):
        raise UsageError(f"panel takes --kind indicator or --kind target, not {kind!r}")
    kb = _kb()
    filters = kb.filters(region, province, None, kind, level=level, confidence=confidence)
    try:
        result = panel(kb, metric, filters, _years(years))
    except NoMatch:
        draw_panel(None, out) if out.structured else None
        raise
    draw_panel(result, out)


@app.command("terms")
@_output_options
def terms_cmd(out, words: Words = None, region: Region = None, year: Year = None, section: Section = None,
              province: Province = None, curated: Curated = None, confidence: Confidence = None,
              limit: Limit = None, everything: All = False) -> None:
    """Policy formulas and glossary terms (名词解释) with their definitions."""
    _listing(out, "terms", words, limit, everything, kind="term", region=region, year=year, section=section,
             province=province, curated=curated, confidence=confidence)


@app.command("tasks")
@_output_options
def tasks_cmd(out, words: Words = None, region: Region = None, year: Year = None, section: Section = None,
              lead: Lead = None, category: Category = None, province: Province = None, curated: Curated = None,
              confidence: Confidence = None, limit: Limit = None, everything: All = False) -> None:
    """Tasks: the 民生重点工作 with their lead units, and the work-plan sections."""
    _listing(out, "tasks", words, limit, everything, kind="task", region=region, year=year, section=section,
             lead=lead, category=category, province=province, curated=curated, confidence=confidence)


@app.command("show")
@_output_options
def show_cmd(out, record_ids: Annotated[list[str], typer.Argument(
        metavar="ID...", help="Record ids, e.g. eerguna-2023-i001.")]) -> None:
    """Records in full: every field, the quote, the section path, the source file and line."""
    from .output import show

    kb = _kb()
    show([kb.full(record_id) for record_id in record_ids], out)


@app.command("reports")
@_output_options
def reports_cmd(out) -> None:
    """The reports in the knowledge base."""
    from .output import report_rows, reports_listing

    reports_listing(report_rows(_kb().reports()), out)


@app.command("index")
def index_cmd(rebuild: Annotated[bool, typer.Option("--rebuild", help="Build the index anew.")] = False,
              info: Annotated[bool, typer.Option("--info", help="Every fact about the index.")] = False,
              as_json: Annotated[bool, typer.Option("--json", help="The facts as a JSON object.")] = False,
              data: Data = None) -> None:
    """The compiled index in the user's cache: brought up to date (every file checked); --info; --rebuild."""
    from .index import index_facts, open_index
    from .output import dumps

    _state["data"] = data or _state["data"]
    facts = index_facts(open_index(_state["data"], rebuild=rebuild, verify=not info and not as_json))
    if as_json:
        typer.echo(dumps(facts))
    elif info:
        for key, value in facts.items():
            typer.echo(f"{key}: {value}")
    else:
        where = facts["path"] or "in memory (the cache is not writable)"
        verb = "rebuilt" if rebuild else "up to date"
        typer.echo(f"index {verb}: {facts['reports']} reports, {facts['records']} records — {where}")


@app.command("export")
def export_cmd(out: Annotated[str, typer.Argument(
                   metavar="OUT",
                   help="The file to write (.csv .tsv .json .jsonl .sqlite .db .parquet), or - for stdout.")],
               fmt: Annotated[Optional[str], typer.Option(
                   "--format", "-f", metavar="FORMAT",
                   help="csv, tsv, json, jsonl, sqlite or parquet (default: from OUT's extension).")] = None,
               bom: Annotated[bool, typer.Option(
                   "--bom", "--excel", help="CSV/TSV with a UTF-8 byte-order mark, so Excel and WPS read Chinese.")
                   ] = False,
               force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False,
               region: Region = None, year: Year = None, kind: Kind = None, section: Section = None,
               province: Province = None, curated: Curated = None, confidence: Confidence = None,
               data: Data = None) -> None:
    """Records (all, or those the filters leave) as CSV, TSV, JSON, JSON Lines, SQLite or Parquet."""
    from .export import export, export_format

    _state["data"] = data or _state["data"]
    chosen = export_format(out, fmt)
    kb = _kb()
    filters = kb.filters(region, province, year, kind, section, curated=curated, confidence=confidence)
    counts = export(kb, filters, chosen, out, force=force, bom=bom)
    where = "stdout" if out == "-" else out
    typer.echo(f"wrote {where}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)


@app.command("draft")
def draft_cmd(file: Annotated[str, typer.Argument(metavar="FILE", help="A report as plain text or markdown.")],
              output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE",
                                                            help="Write the YAML here.")] = None,
              force: Annotated[bool, typer.Option("--force", help="Replace --output if it exists.")] = False,
              min_confidence: MinConfidence = None) -> None:
    """Draft a report's records from its raw text, as knowledge-base YAML (curated: false)."""
    import os

    from .draft import confident, draft_all, load_vocab, to_yaml
    from .export import check_target
    from .kb import check_report, load_vocabulary
    from .locations import bundled_data_dir
    from .model import KINDS

    source = Path(file)
    if not source.is_file():
        raise UsageError(f"no such file: {source}")
    out = Path(output) if output else None
    if out is not None:
        check_target(out, force)
    data = bundled_data_dir()
    ref = os.path.relpath(source.resolve(), out.resolve().parent) if out else str(source.resolve())
    vocab = load_vocab(data)
    report, withheld = confident(draft_all(source, vocab, ref), vocab, min_confidence)
    problems = check_report(report, out or source, load_vocabulary(data))
    if problems:  # pragma: no cover - a drafting bug, never data: say so rather than write it
        raise UsageError(f"the draft failed its own checks: {problems[0]}")
    text = to_yaml(report)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        counts = {k: sum(1 for r in report["records"] if r["kind"] == k) for k in KINDS}
        typer.echo(f"wrote {out}: " + ", ".join(f"{n} {k}s" for k, n in counts.items()), err=True)
    if withheld:
        from .drafting.confidence import applied_floor

        typer.echo(_withheld_note(withheld, applied_floor(min_confidence, vocab.confidence_model)), err=True)


def _withheld_note(withheld: int, floor: float) -> str:
    return f"withheld {withheld} records under confidence {floor:g} (--min-confidence 0 keeps them)"


@app.command("ingest")
def ingest_cmd(folder: Annotated[str, typer.Argument(metavar="DIR", help="A folder of reports (.md, .txt).")],
               jobs: Annotated[Optional[int], typer.Option(
                   "--jobs", "-j", min=1, metavar="N", help="Processes (default 2).")] = None,
               min_confidence: MinConfidence = None) -> None:
    """Draft every report under DIR into the ingested store, then index them with the rest."""
    import time

    from .index import open_index
    from .ingest import ingest
    from .locations import bundled_data_dir, ingested_dir

    target = ingested_dir()
    progress_bar = None
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        progress_bar = Progress(transient=True, console=Console(stderr=True))
    if progress_bar is not None:
        with progress_bar:
            task = progress_bar.add_task("drafting", total=None)
            outcome = ingest(Path(folder), target, bundled_data_dir(), jobs,
                             lambda done, total: progress_bar.update(task, completed=done, total=total),
                             min_confidence=min_confidence)
    else:
        outcome = ingest(Path(folder), target, bundled_data_dir(), jobs, min_confidence=min_confidence)
    total = len(outcome.written) + len(outcome.failed) + len(outcome.curated)
    typer.echo(f"drafted {len(outcome.written)} of {total} reports ({outcome.records} records) into {target}", err=True)
    if outcome.withheld:
        typer.echo(_withheld_note(outcome.withheld, outcome.floor), err=True)
    for path, report_id in outcome.curated:
        typer.echo(f"skipped: {path}: curated already as {report_id}", err=True)
    for path, reason in outcome.failed:
        typer.echo(f"failed: {path}: {reason}", err=True)
    started = time.perf_counter()
    index = open_index(_state["data"])  # only the drafts that changed are indexed anew
    typer.echo(f"indexed {index.meta('reports')} reports, {index.meta('records')} records "
               f"in {time.perf_counter() - started:.1f} s", err=True)
    if outcome.failed:  # the summary first, then a code a script can test
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("validate")
def validate_cmd(path: Annotated[Optional[str], typer.Argument(
        metavar="[PATH]", help="A knowledge-base file or directory (default: the bundled one).")] = None) -> None:
    """Check a knowledge base: schema, ids, units, quotes against sources, numbers against quotes."""
    from .kb import validate
    from .locations import bundled_data_dir

    target = Path(path) if path else bundled_data_dir() / "reports.yaml"
    problems, counted = validate(target, bundled_data_dir())
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        raise UsageError(f"{len(problems)} problem(s) in {target}")
    typer.echo(f"ok: {counted} records in {target}")


def _fail(message: str, code: int) -> None:
    """One line on stderr, whatever the message holds (control characters, invalid UTF-8)."""
    from .output import visible

    first = message.splitlines()[0] if message else "error"
    line = visible(f"reportcli: {first}").encode("utf-8", "backslashreplace")
    sys.stderr.flush()
    sys.stderr.buffer.write(line + b"\n")
    sys.stderr.flush()
    raise SystemExit(code)


def _check_arguments(argv: list[str]) -> None:
    """Arguments that were not valid UTF-8 arrive as lone surrogates: refuse them up front."""
    for position, arg in enumerate(argv, 1):
        if any("\ud800" <= c <= "\udfff" for c in arg):
            raise UsageError(f"argument {position} is not valid UTF-8")


def main() -> None:
    """Entry point: run the app, turning every expected failure into one line and an exit code."""
    import signal

    if hasattr(signal, "SIGPIPE"):  # `reportcli … | head -1` ends quietly, as Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:  # typer >= 0.26 vendors click
        from typer._click import exceptions as click_exc
    except ImportError:  # pragma: no cover - older typer with click installed
        from click import exceptions as click_exc
    try:
        _check_arguments(sys.argv[1:])
        code = _run_app()
        sys.stdout.flush()
    except NoMatch as exc:
        hint = f" — did you mean: {'、'.join(exc.suggestions)}?" if exc.suggestions else ""
        _fail(f"{exc}{hint}", EXIT_NO_MATCH)
    except ReportcliError as exc:
        _fail(str(exc), exc.exit_code)
    except click_exc.UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `reportcli`: the help, as it is
            sys.stderr.write(exc.format_message() + "\n")
            raise SystemExit(2) from None
        _fail(exc.format_message().replace("\n", " "), 2)
    except click_exc.ClickException as exc:
        _fail(exc.format_message().replace("\n", " "), exc.exit_code)
    except UnicodeEncodeError as exc:
        _fail(f"the output encoding ({exc.encoding}) cannot encode the text; set PYTHONIOENCODING=utf-8", 2)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except OSError as exc:  # output that cannot be written: a full disk, a closed descriptor
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        _fail(f"{where}{exc.strerror or exc}", 1)
    raise SystemExit(code if isinstance(code, int) else 0)
