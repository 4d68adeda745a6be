"""The command line: parse options, call the core, hand the results to `output`."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import EXIT_NO_MATCH, NoMatch, ReportcliError, UsageError

app = typer.Typer(
    name="reportcli",
    help="Figures, targets, policy terms and tasks from Chinese government work reports (政府工作报告).",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state: dict[str, Optional[str]] = {"data": None, "index_path": None}


def _complete_region(incomplete: str) -> list[str]:
    """Region names for shell completion (short and full names from the index)."""
    try:
        reports = _index().reports()
    except Exception:  # completion must never break the shell
        return []
    names = [n for r in reports for n in (r["short"], r["region"])]
    return [n for n in dict.fromkeys(names) if n.startswith(incomplete)]


def _complete_kind(incomplete: str) -> list[str]:
    return [k for k in ("indicator", "target", "term", "task") if k.startswith(incomplete)]


Region = Annotated[Optional[str], typer.Option(
    "--region", "-r", help="Region: full or short name, pinyin, or parent city (东胜, 东胜区, dongsheng, 鄂尔多斯).",
    autocompletion=_complete_region)]
Kind = Annotated[Optional[str], typer.Option("--kind", "-k", help="indicator, target, term or task.",
                                             autocompletion=_complete_kind)]
Province = Annotated[Optional[str], typer.Option(
    "--province", "-p", help="Province (full name or its start: 内蒙古).")]
Year = Annotated[Optional[int], typer.Option("--year", "-y", help="Year the figure or target is about.")]
Limit = Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="At most this many results.")]
Json = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
Format = Annotated[str, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
Query = Annotated[Optional[str], typer.Argument(metavar="[QUERY]", help="Fuzzy filter (optional).")]


def _format(fmt: str, as_json: bool) -> str:
    from .output import FORMATS

    chosen = "json" if as_json else fmt
    if chosen not in FORMATS:
        raise UsageError(f"unknown format {chosen!r}; expected one of {', '.join(FORMATS)}")
    return chosen


def _index():
    from .index import open_index

    index = open_index(_state["data"])
    _state["index_path"] = str(index.path) if index.path else None
    return index


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


def _emit(records: list[dict], fmt: str, title: str | None = None) -> None:
    from .output import render

    render(records, fmt, title=title)


def _query(kind: str | None, query: str | None, region: str | None, year: int | None, limit: int | None,
           fmt: str, title: str, lead: str | None = None, category: str | None = None,
           province: str | None = None) -> None:
    """Shared body of the listing commands: filter, optionally fuzzy-match, render."""
    from .index import check_year, select_reports
    from .search import Filters, check_kind, list_records, search

    index = _index()
    filters = Filters(select_reports(index, region, province), check_kind(kind), check_year(index, year), lead,
                      category)
    try:
        records = (search(index, query, filters, limit) if query is not None
                   else list_records(index, filters)[:limit])
    except NoMatch:
        if fmt == "json":
            _emit([], fmt)
        raise
    if not records:
        if fmt == "json":
            _emit([], fmt)
        raise NoMatch("nothing matched")
    _emit(records, fmt, title)


@app.callback(invoke_without_command=True)
def main_options(
    data: Annotated[Optional[str], typer.Option(
        "--data", help="A knowledge-base YAML file or directory, added to the bundled one (also REPORTCLI_DATA).",
    )] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"reportcli {__version__}")
        raise typer.Exit(0)
    _state["data"] = data


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(
                   metavar="QUERY", help="What to look for: a name, alias, pinyin, term …")],
               region: Region = None, kind: Kind = None, year: Year = None, limit: Limit = 10,
               province: Province = None, as_json: Json = False, fmt: Format = "table") -> None:
    """Fuzzy search over every record, best first, with a score (0–100)."""
    _query(kind, query, region, year, limit, _format(fmt, as_json), f"search: {query}", province=province)


@app.command("indicators")
def indicators_cmd(query: Query = None, region: Region = None, year: Year = None, limit: Limit = None,
                   province: Province = None, as_json: Json = False, fmt: Format = "table") -> None:
    """Figures of the review year (and earlier cumulative figures)."""
    _query("indicator", query, region, year, limit, _format(fmt, as_json), "indicators", province=province)


@app.command("targets")
def targets_cmd(query: Query = None, region: Region = None, year: Year = None, limit: Limit = None,
                province: Province = None,
                with_baseline: Annotated[bool, typer.Option(
                    "--with-baseline", help="Put each target beside the same report's review-year figure.")] = False,
                as_json: Json = False, fmt: Format = "table") -> None:
    """Targets and quantitative commitments of the plan year."""
    if not with_baseline:
        _query("target", query, region, year, limit, _format(fmt, as_json), "targets", province=province)
        return
    from .analysis import with_baseline as pair
    from .index import check_year, select_reports
    from .output import baseline_table, render
    from .search import Filters, list_records, search

    chosen, index = _format(fmt, as_json), _index()
    filters = Filters(select_reports(index, region, province), "target", check_year(index, year))
    records = search(index, query, filters, limit) if query is not None else list_records(index, filters)[:limit]
    if not records:
        raise NoMatch("nothing matched")
    pairs = pair(index, records)
    baseline_table(pairs) if chosen == "table" else render(pairs, chosen)


@app.command("compare")
def compare_cmd(metric: Annotated[str, typer.Argument(
                    metavar="METRIC", help="An indicator or target: 地区生产总值, GDP, 社零 …")],
                region: Region = None, year: Year = None, province: Province = None,
                kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="indicator or target.",
                                                            autocompletion=_complete_kind)] = None,
                as_json: Json = False, fmt: Format = "table") -> None:
    """The same indicator or target across reports, with bars scaled in base units."""
    from .analysis import compare
    from .index import check_year, select_reports
    from .output import compare_table, render
    from .search import Filters, check_kind

    chosen, index = _format(fmt, as_json), _index()
    if kind not in (None, "indicator", "target"):
        check_kind(kind)
        raise UsageError("compare takes --kind indicator or --kind target")
    result = compare(index, metric, Filters(select_reports(index, region, province), kind, check_year(index, year)))
    compare_table(result) if chosen == "table" else render(result["rows"], chosen)


@app.command("export")
def export_cmd(out: Annotated[str, typer.Argument(metavar="OUT", help="The file to write.")],
               fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or sqlite.")] = "sqlite",
               force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False) -> None:
    """The whole knowledge base as CSV, JSON Lines or SQLite (datasette, pandas, DuckDB)."""
    from .export import EXPORT_FORMATS, check_target, write_sqlite, write_text
    from .search import Filters, list_records

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    target = Path(out)
    check_target(target, force)
    index = _index()
    records = list_records(index, Filters())
    counts = (write_sqlite(index.reports(), records, target) if fmt == "sqlite"
              else write_text(records, fmt, target))
    typer.echo(f"wrote {target}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)


@app.command("terms")
def terms_cmd(query: Query = None, region: Region = None, limit: Limit = None, province: Province = None,
              as_json: Json = False, fmt: Format = "table") -> None:
    """Policy formulas and glossary terms (名词解释) with their definitions."""
    _query("term", query, region, None, limit, _format(fmt, as_json), "terms", province=province)


@app.command("tasks")
def tasks_cmd(query: Query = None, region: Region = None,
              lead: Annotated[Optional[str], typer.Option("--lead", help="Lead unit (substring), e.g. 民政局.")] = None,
              category: Annotated[Optional[str], typer.Option("--category", help="Category (substring).")] = None,
              limit: Limit = None, province: Province = None, as_json: Json = False, fmt: Format = "table") -> None:
    """Tasks: the 民生重点工作 with their lead units, and the work-plan sections."""
    _query("task", query, region, None, limit, _format(fmt, as_json), "tasks", lead, category, province)


@app.command("show")
def show_cmd(record_id: Annotated[str, typer.Argument(metavar="ID", help="A record id, e.g. eerguna-2023-i001.")],
             as_json: Json = False, fmt: Format = "table") -> None:
    """One record in full, with its quote and section."""
    from .output import render_one
    from .search import get_record

    render_one(get_record(_index(), record_id), _format(fmt, as_json))


@app.command("reports")
def reports_cmd(as_json: Json = False, fmt: Format = "table") -> None:
    """The reports in the knowledge base."""
    from .output import render, report_rows, reports_table

    chosen = _format(fmt, as_json)
    rows = report_rows(_index().reports())
    if chosen == "table":
        reports_table(rows)
    else:
        render(rows, chosen)


@app.command("index")
def index_cmd(rebuild: Annotated[bool, typer.Option("--rebuild", help="Build the index anew.")] = False,
              info: Annotated[bool, typer.Option("--info", help="Show where the index is and what it holds.")] = False,
              as_json: Json = False) -> None:
    """The compiled index in the user's cache: --info, --rebuild."""
    from .index import open_index
    from .output import dumps

    index = open_index(_state["data"], rebuild=rebuild)
    facts = {"path": str(index.path) if index.path else None, "in_memory": index.path is None,
             "size_bytes": index.path.stat().st_size if index.path else None,
             **{k: index.meta(k) for k in ("version", "reports", "records", "build_seconds", "built_at")}}
    facts["reports"], facts["records"] = int(facts["reports"]), int(facts["records"])
    if as_json:
        typer.echo(dumps(facts))
    else:
        for key, value in facts.items():
            typer.echo(f"{key}: {value}")


@app.command("draft")
def draft_cmd(file: Annotated[str, typer.Argument(metavar="FILE", help="A report as plain text or markdown.")],
              output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the YAML here.")] = None,
              force: Annotated[bool, typer.Option("--force", help="Replace --output if it exists.")] = False) -> None:
    """Draft a report's records from its raw text, as knowledge-base YAML (curated: false)."""
    import os

    from .draft import draft, load_vocab, to_yaml
    from .export import check_target
    from .kb import check_report, load_vocabulary
    from .locations import bundled_data_dir

    source = Path(file)
    if not source.is_file():
        raise UsageError(f"no such file: {source}")
    out = Path(output) if output else None
    if out is not None:
        check_target(out, force)
    data = bundled_data_dir()
    ref = os.path.relpath(source.resolve(), out.resolve().parent) if out else str(source.resolve())
    report = draft(source, load_vocab(data), ref)
    problems = check_report(report, out or source, load_vocabulary(data))
    if problems:  # pragma: no cover - a drafting bug, never data: say so rather than write it
        raise UsageError(f"the draft failed its own checks: {problems[0]}")
    text = to_yaml(report)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        kinds = ("indicator", "target", "term", "task")
        counts = {k: sum(1 for r in report["records"] if r["kind"] == k) for k in kinds}
        typer.echo(f"wrote {out}: " + ", ".join(f"{n} {k}s" for k, n in counts.items()), err=True)


@app.command("ingest")
def ingest_cmd(folder: Annotated[str, typer.Argument(metavar="DIR", help="A folder of reports (.md, .txt).")],
               jobs: Annotated[Optional[int], typer.Option(
                   "--jobs", "-j", min=1, help="Processes (default 2).")] = None) -> None:
    """Draft every report under DIR into the ingested store, then index them with the rest."""
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
                             lambda done, total: progress_bar.update(task, completed=done, total=total))
    else:
        outcome = ingest(Path(folder), target, bundled_data_dir(), jobs)
    total = len(outcome.written) + len(outcome.failed)
    typer.echo(f"drafted {len(outcome.written)} of {total} reports ({outcome.records} records) into {target}", err=True)
    for path, reason in outcome.failed:
        typer.echo(f"failed: {path}: {reason}", err=True)
    index = open_index(_state["data"], rebuild=True)
    typer.echo(f"indexed {index.meta('reports')} reports, {index.meta('records')} records "
               f"in {float(index.meta('build_seconds') or 0):.1f} s", err=True)


@app.command("validate")
def validate_cmd(path: Annotated[Optional[str], typer.Argument(
        metavar="[PATH]", help="A knowledge-base file or directory (default: the bundled one).")] = None) -> None:
    """Check a knowledge base: schema, ids, units, quotes against sources, numbers against quotes."""
    from pathlib import Path

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
