"""Benchmarks: start-up against the Typer floor, and scale to 1,000 reports.

Every figure is a median over repeated runs of separate processes, measured in this run; the
floors (`python -c "import typer"`, and with rich's console and table for a table) are measured
alongside, so ratios compare like with like. The table is drawn in a real 80-column terminal
(a pseudo-terminal), with styling, as a user sees it.

    python benchmarks/bench.py                  # print the tables
    python benchmarks/bench.py --write          # also write docs/benchmarks.md
    python benchmarks/bench.py --sizes 10 100   # fewer synthetic sizes (quicker)
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))

import synth  # noqa: E402
from terminal import run_in_terminal  # noqa: E402


def reportcli_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m reportcli`."""
    script = Path(sys.executable).parent / "reportcli"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reportcli"]


def run_once(cmd: list[str], env: dict, tty: bool = False) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (KB) of one process; `tty` gives it an 80-column
    pseudo-terminal for its output (and no COLUMNS or NO_COLOR, so it asks the terminal and styles)."""
    if tty:
        env = {k: v for k, v in env.items() if k not in ("COLUMNS", "NO_COLOR")}
        elapsed, usage, status, shown, err = run_in_terminal(cmd, env)
        if os.waitstatus_to_exitcode(status) != 0 or b"\x1b[" not in shown:
            raise SystemExit(f"{' '.join(cmd)} drew no styled table: {err.decode()[:500]}")
        return elapsed, usage.ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[:500]}")
    return elapsed, usage.ru_maxrss


def median_of(cmd: list[str], env: dict, runs: int) -> tuple[float, int]:
    samples = [run_once(cmd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def startup(runs: int, env: dict) -> list[tuple[str, float, int]]:
    cli = reportcli_command()
    run_once([*cli, "index", "--info"], env)  # the index is warm before timing
    cases = [
        ('python -c "pass"', [sys.executable, "-c", "pass"], False),
        ('python -c "import typer"  (floor)', [sys.executable, "-c", "import typer"], False),
        ('python -c "import os, typer; os._exit(0)"  (floor without teardown)',
         [sys.executable, "-c", "import os, typer; os._exit(0)"], False),
        ('python -c "import typer, rich.console, rich.table"  (table floor)',
         [sys.executable, "-c", "import typer, rich.console, rich.table"], False),
        ("reportcli search 旅游收入 --json", [*cli, "search", "旅游收入", "--json"], False),
        ("reportcli search 旅游收入  (table, 80-column terminal)", [*cli, "search", "旅游收入"], True),
    ]
    results = []
    # interleave the cases run by run so that drift in machine load hits all alike
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name, _, _ in cases}
    for _ in range(runs):
        for name, cmd, tty in cases:
            samples[name].append(run_once(cmd, env, tty))
    for name, _, _ in cases:
        results.append((name, statistics.median(s[0] for s in samples[name]), max(s[1] for s in samples[name])))
    return results


def interleaved(query: list[str], envs: list[dict], runs: int) -> list[tuple[float, int]]:
    """Median time and peak memory of the same query under each environment, run by run in turn
    so that drift in the machine's load hits all of them alike."""
    samples: list[list[tuple[float, int]]] = [[] for _ in envs]
    for _ in range(runs):
        for i, env in enumerate(envs):
            samples[i].append(run_once(query, env))
    return [(statistics.median(s[0] for s in ss), max(s[1] for s in ss)) for ss in samples]


def _facts(env: dict) -> dict:
    import json

    info = subprocess.run([*reportcli_command(), "index", "--info", "--json"], env=env, capture_output=True, text=True)
    return json.loads(info.stdout)


def scale(sizes: list[int], runs: int, base_env: dict, work: Path, corpus_dir: Path | None) -> tuple[list, dict | None]:
    """Build synthetic knowledge bases of each size (and ingest the corpus), then time one query
    on each, interleaved with the same query on the bundled knowledge base."""
    cli = reportcli_command()
    bundled_env = {**base_env, "REPORTCLI_CACHE": str(work / "cache-bundled")}
    run_once([*cli, "index", "--info"], bundled_env)
    rows: list[dict] = [{"reports": 2, "records": None, "build": None, "build_mem": None, "size": None}]
    envs = [bundled_env]
    for n in sizes:
        data = work / f"kb-{n}"
        synth.write(n, data)
        env = {**base_env, "REPORTCLI_DATA": str(data), "REPORTCLI_CACHE": str(work / f"cache-{n}")}
        build_time, build_mem = run_once([*cli, "index", "--rebuild"], env)
        facts = _facts(env)
        rows.append({"reports": facts["reports"], "records": facts["records"], "build": build_time,
                     "build_mem": build_mem, "size": facts["size_bytes"]})
        envs.append(env)
    corpus_facts = None
    if corpus_dir is not None:
        env = {**base_env, "REPORTCLI_INGESTED": str(work / "ingested"), "REPORTCLI_CACHE": str(work / "cache-corpus")}
        started = time.perf_counter()
        proc = subprocess.run([*cli, "ingest", str(corpus_dir)], env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed: {proc.stderr[-500:]}")
        corpus_facts = {**_facts(env), "ingest": time.perf_counter() - started,
                        "summary": next(x for x in proc.stderr.splitlines() if x.startswith("drafted "))}
        corpus_facts["summary"] = corpus_facts["summary"].split(" into ")[0]
        envs += [env, env, env]
    queries = [[*cli, "search", q, "--json"] for q in ("旅游收入", "三线一单", "GDP")]
    timed = interleaved(queries[0], envs[:len(rows)], runs)
    for row, (t, mem) in zip(rows, timed, strict=True):
        row.update(query=t, mem=mem, ratio=t / timed[0][0])
    if corpus_facts is not None:
        corpus_facts["queries"] = {}
        for q, cmd in zip(("旅游收入", "三线一单", "GDP"), queries, strict=True):
            (base, _), (t, mem) = interleaved(cmd, [bundled_env, envs[-1]], runs)
            corpus_facts["queries"][q] = (t, mem, t / base)
    return rows, corpus_facts


def render_corpus(c: dict) -> str:
    out = ["", "## The development corpus (`reportcli ingest`)\n",
           f"{c['summary']}; ingest (drafting on both cores, then indexing) took {c['ingest']:.1f} s, "
           f"of which the index build {float(c['build_seconds']):.1f} s; index {c['size_bytes'] / 1e6:.1f} MB for "
           f"{c['reports']} reports and {c['records']} records.\n",
           "| warm query | median | × the same query on the bundled knowledge base | peak RSS |",
           "| --- | ---: | ---: | ---: |"]
    for q, (t, mem, ratio) in c["queries"].items():
        out.append(f"| `reportcli search {q} --json` | {t * 1000:.1f} ms | {ratio:.2f} | {mem / 1024:.0f} MB |")
    return "\n".join(out) + "\n"


def render(start: list[tuple[str, float, int]], rows: list[dict], runs: int, command: str) -> str:
    floor = next(t for name, t, _ in start if "(floor)" in name)
    bare = next(t for name, t, _ in start if "(floor without teardown)" in name)
    table_floor = next(t for name, t, _ in start if "(table floor)" in name)
    out = ["# Benchmarks\n",
           f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores.  ",
           f"Command: `{command}` ({runs} runs per figure, medians of separate processes; ",
           f"measured {time.strftime('%Y-%m-%d')}).\n",
           "## Start-up (bundled knowledge base, warm index)\n",
           "| command | median | × floor | × table floor | target | × floor without teardown | peak RSS |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    targets = {"--json": "≤ 1.0 × floor", "(table, 80-column terminal)": "≤ 1.1 × table floor"}
    for name, t, mem in start:
        target = next((v for k, v in targets.items() if k in name), "")
        out.append(f"| `{name}` | {t * 1000:.1f} ms | {t / floor:.2f} | {t / table_floor:.2f} | {target} "
                   f"| {t / bare:.2f} | {mem / 1024:.0f} MB |")
    out += ["", "The read-only commands end with `os._exit` once their output is flushed and keep the cyclic "
            "garbage collector off (`src/reportcli/entry.py`), so they skip the interpreter's teardown that "
            "the floor pays. The last ratio column compares them with a floor that skips it too. The table "
            "is laid out by `reportcli.layout` (no rich), in a pseudo-terminal of 80 columns, styled; the "
            "table floor is what a rich table would cost in imports alone."]
    out += ["", "## Scale (synthetic knowledge bases: the curated reports with regions, names and numbers "
            "perturbed, added to the bundled ones)\n",
            "| reports | records | index build | peak RSS of the build | index size "
            "| warm query `search 旅游收入 --json` | × bundled | peak RSS of the query |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        build = f"{r['build']:.1f} s" if r["build"] is not None else "(bundled)"  # wall time of index --rebuild
        size = f"{r['size'] / 1e6:.1f} MB" if r["size"] else ""
        ratio = f"{r['ratio']:.2f}" if "ratio" in r else "1.00"
        build_mem = f"{r['build_mem'] / 1024:.0f} MB" if r["build_mem"] else ""
        out.append(f"| {r['reports']} | {r['records'] or ''} | {build} | {build_mem} | {size} "
                   f"| {r['query'] * 1000:.1f} ms | {ratio} | {r['mem'] / 1024:.0f} MB |")
    out += ["", "Targets: at 1,000 reports a warm query at most 2 × the bundled one, index build at most 60 s, "
            "peak memory of a query under 200 MB."]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    parser.add_argument("--corpus", type=Path, help="also ingest this folder of raw reports (../shared/corpus)")
    args = parser.parse_args()
    command = "python benchmarks/bench.py " + " ".join(sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "REPORTCLI_CACHE": str(work / "cache"), "NO_COLOR": "1", "COLUMNS": "120",
               "REPORTCLI_INGESTED": str(work / "no-ingested")}
        env.pop("REPORTCLI_DATA", None)
        start = startup(args.runs, env)
        rows, corpus_part = scale(args.sizes, args.runs, env, work, args.corpus)
    text = render(start, rows, args.runs, command.strip()) + (render_corpus(corpus_part) if corpus_part else "")
    print(text)
    if args.write:  # the growth sections (benchmarks/growth.py) and what follows them are kept as they are
        doc = ROOT / "docs" / "benchmarks.md"
        old = doc.read_text(encoding="utf-8") if doc.exists() else ""
        kept = "\n" + old[old.index("<!-- growth"):] if "<!-- growth" in old else ""
        doc.write_text(text + kept, encoding="utf-8")


if __name__ == "__main__":
    main()
