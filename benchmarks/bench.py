"""Benchmarks: start-up against the Typer floor, and scale to 1,000 reports.

Every figure is a median over repeated runs of separate processes, measured in this run; the
floor (`python -c "import typer"`) is measured alongside, so ratios compare like with like.

    python benchmarks/bench.py                  # print the tables
    python benchmarks/bench.py --write          # also write docs/benchmarks.md
    python benchmarks/bench.py --sizes 10 100   # fewer synthetic sizes (quicker)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402


def reportcli_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m reportcli`."""
    script = Path(sys.executable).parent / "reportcli"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reportcli"]


def run_once(cmd: list[str], env: dict) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (KB) of one process."""
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
        ('python -c "pass"', [sys.executable, "-c", "pass"]),
        ('python -c "import typer"  (floor)', [sys.executable, "-c", "import typer"]),
        ("reportcli search 旅游收入 --json", [*cli, "search", "旅游收入", "--json"]),
        ("reportcli search 旅游收入  (rich table)", [*cli, "search", "旅游收入"]),
    ]
    results = []
    # interleave the cases run by run so that drift in machine load hits all alike
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name, _ in cases}
    for _ in range(runs):
        for name, cmd in cases:
            samples[name].append(run_once(cmd, env))
    for name, _ in cases:
        results.append((name, statistics.median(s[0] for s in samples[name]), max(s[1] for s in samples[name])))
    return results


def scale(sizes: list[int], runs: int, base_env: dict, work: Path) -> list[dict]:
    cli = reportcli_command()
    rows = []
    bundled_env = {**base_env, "REPORTCLI_CACHE": str(work / "cache-bundled")}
    bundled_env.pop("REPORTCLI_DATA", None)
    run_once([*cli, "index", "--info"], bundled_env)
    query = [*cli, "search", "旅游收入", "--json"]
    bundled_query, bundled_mem = median_of(query, bundled_env, runs)
    rows.append({"reports": 2, "records": None, "build": None, "size": None, "query": bundled_query,
                 "mem": bundled_mem})
    for n in sizes:
        data = work / f"kb-{n}"
        synth.write(n, data)
        env = {**base_env, "REPORTCLI_DATA": str(data), "REPORTCLI_CACHE": str(work / f"cache-{n}")}
        build_time, build_mem = run_once([*cli, "index", "--rebuild"], env)
        info = subprocess.run([*cli, "index", "--info", "--json"], env=env, capture_output=True, text=True)
        import json

        facts = json.loads(info.stdout)
        q, mem = median_of(query, env, runs)
        rows.append({"reports": facts["reports"], "records": facts["records"], "build": build_time,
                     "build_mem": build_mem, "size": facts["size_bytes"], "query": q, "mem": mem,
                     "ratio": q / bundled_query})
        shutil.rmtree(data)
    return rows


def corpus(folder: Path, runs: int, base_env: dict, work: Path, bundled_query: float) -> dict:
    """Ingest a whole folder of raw reports, then time the same query across it."""
    cli = reportcli_command()
    env = {**base_env, "REPORTCLI_INGESTED": str(work / "ingested"), "REPORTCLI_CACHE": str(work / "cache-corpus")}
    env.pop("REPORTCLI_DATA", None)
    started = time.perf_counter()
    proc = subprocess.run([*cli, "ingest", str(folder)], env=env, capture_output=True, text=True)
    ingest_time = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed: {proc.stderr[-500:]}")
    summary = next(line for line in proc.stderr.splitlines() if line.startswith("drafted "))
    import json

    facts = json.loads(subprocess.run([*cli, "index", "--info", "--json"], env=env, capture_output=True,
                                      text=True).stdout)
    queries = {q: median_of([*cli, "search", q, "--json"], env, runs) for q in ("旅游收入", "三线一单", "GDP")}
    return {"summary": summary, "ingest": ingest_time, "build": float(facts["build_seconds"]),
            "size": facts["size_bytes"], "reports": facts["reports"], "records": facts["records"],
            "queries": queries, "bundled": bundled_query}


def render_corpus(c: dict) -> str:
    out = ["", "## The development corpus (`reportcli ingest`)\n",
           f"{c['summary']}; ingest (drafting on both cores, then indexing) took {c['ingest']:.1f} s, "
           f"of which the index build {c['build']:.1f} s; index {c['size'] / 1e6:.1f} MB for {c['reports']} reports "
           f"and {c['records']} records.\n",
           "| warm query | median | × bundled `search 旅游收入 --json` | peak RSS |", "| --- | ---: | ---: | ---: |"]
    for q, (t, mem) in c["queries"].items():
        out.append(f"| `reportcli search {q} --json` | {t * 1000:.1f} ms | {t / c['bundled']:.2f} "
                   f"| {mem / 1024:.0f} MB |")
    return "\n".join(out) + "\n"


def render(start: list[tuple[str, float, int]], rows: list[dict], runs: int, command: str) -> str:
    floor = next(t for name, t, _ in start if "(floor)" in name)
    out = ["# Benchmarks\n",
           f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores.  ",
           f"Command: `{command}` ({runs} runs per figure, medians of separate processes; ",
           f"measured {time.strftime('%Y-%m-%d')}).\n",
           "## Start-up (bundled knowledge base, warm index)\n",
           "| command | median | × floor | target | peak RSS |", "| --- | ---: | ---: | ---: | ---: |"]
    targets = {"--json": 1.25, "(rich table)": 1.6}
    for name, t, mem in start:
        target = next((f"≤ {v}" for k, v in targets.items() if k in name), "")
        out.append(f"| `{name}` | {t * 1000:.1f} ms | {t / floor:.2f} | {target} | {mem / 1024:.0f} MB |")
    out += ["", "## Scale (synthetic knowledge bases: the curated reports with regions, names and numbers "
            "perturbed, added to the bundled ones)\n",
            "| reports | records | index build | index size | warm query `search 旅游收入 --json` | × bundled "
            "| peak RSS of the query |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        build = f"{r['build']:.1f} s" if r["build"] is not None else "(bundled)"
        size = f"{r['size'] / 1e6:.1f} MB" if r["size"] else ""
        ratio = f"{r['ratio']:.2f}" if "ratio" in r else "1.00"
        out.append(f"| {r['reports']} | {r['records'] or ''} | {build} | {size} | {r['query'] * 1000:.1f} ms | "
                   f"{ratio} | {r['mem'] / 1024:.0f} MB |")
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
        env = {**os.environ, "REPORTCLI_CACHE": str(work / "cache"), "NO_COLOR": "1", "COLUMNS": "120"}
        env.pop("REPORTCLI_DATA", None)
        start = startup(args.runs, env)
        rows = scale(args.sizes, max(5, args.runs // 2), env, work) if args.sizes else []
        bundled = next(t for name, t, _ in start if name.endswith("--json"))
        corpus_part = corpus(args.corpus, max(5, args.runs // 2), env, work, bundled) if args.corpus else None
    text = render(start, rows, args.runs, command.strip()) + (render_corpus(corpus_part) if corpus_part else "")
    print(text)
    if args.write:
        (ROOT / "docs" / "benchmarks.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
