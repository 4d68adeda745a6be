"""Benchmarks of a growing knowledge base: a full build, adding and removing 10 reports in place,
the index's size against the JSON Lines export, switching between knowledge bases, streaming a
whole listing, and Parquet export — on drafts of the development corpus, or on synthetic reports.

Every timed figure is a median over repeated runs of separate processes (peak memory: the largest
of them); the bundled query is measured alongside, interleaved, so the ratio compares like with like.

    python benchmarks/growth.py --corpus ../shared/corpus            # drafts of 1,000 real reports
    python benchmarks/growth.py --corpus ../shared/corpus --reports 30000   # 30,000: copies of those drafts
    python benchmarks/growth.py --synthetic 3000                      # 3,000 synthetic reports
    python benchmarks/growth.py --corpus ../shared/corpus --write     # also update docs/benchmarks.md

The full build runs on every core (worker processes); its peak memory is that of the whole
process tree (sampled every 50 ms), not of one process.
"""

from __future__ import annotations

import argparse
import json
import os
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

from bench import interleaved, reportcli_command, run_once  # noqa: E402

START, END = "<!-- growth:start -->", "<!-- growth:end -->"
_ALL_UP_TO = 1_000_000  # records up to which `search 增长 --all` is measured


def _run(cmd: list[str], env: dict) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr[-800:]}")
    return proc


def _facts(env: dict) -> dict:
    return json.loads(_run([*reportcli_command(), "index", "--info", "--json"], env).stdout)


def first_byte(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """Seconds to the first byte of output, to the end, and peak memory (KB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    proc.stdout.read(1)
    first = time.perf_counter() - start
    while proc.stdout.read(1 << 20):
        pass
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return first, time.perf_counter() - start, usage.ru_maxrss


def _tree_rss_kb(pid: int) -> int:
    """Resident memory (KB) of a process and all its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_tree(cmd: list[str], env: dict) -> tuple[float, int]:
    """Wall time and peak memory (KB) of a command with every process it starts, summed."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-800:]}")
    return elapsed, peak


def measure(store: Path, spare: list[Path], runs: int, work: Path) -> dict:
    """Every figure, for the knowledge base of the drafts in `store` (with `spare`: 10 drafts to add)."""
    cli = reportcli_command()
    base = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    base.pop("REPORTCLI_DATA", None)
    env = {**base, "REPORTCLI_INGESTED": str(store), "REPORTCLI_CACHE": str(work / "cache")}
    bundled = {**base, "REPORTCLI_INGESTED": str(work / "none"), "REPORTCLI_CACHE": str(work / "cache-bundled")}
    out: dict = {}
    _run([*cli, "index"], bundled)
    _write_manifest(store)
    out["build"], out["build_mem"] = run_tree([*cli, "index", "--rebuild"], env)
    facts = _facts(env)
    out.update(reports=facts["reports"], records=facts["records"], index_bytes=facts["size_bytes"])

    adds, removes = [], []
    for _ in range(max(3, runs // 4)):  # add 10 drafts, then take them out again: each an update in place
        for f in spare:
            shutil.copy2(f, store / f.name)
        _write_manifest(store)
        adds.append(run_once([*cli, "index"], env))
        assert _facts(env)["last_change"] == {"added": len(spare), "changed": 0, "removed": 0}
        for f in spare:
            (store / f.name).unlink()
        _write_manifest(store)
        removes.append(run_once([*cli, "index"], env))
    out["add10"] = statistics.median(t for t, _ in adds)
    out["add10_mem"] = max(m for _, m in adds)
    out["remove10"] = statistics.median(t for t, _ in removes)

    jsonl = work / "all.jsonl"
    out["jsonl_export"], _ = run_once([*cli, "export", str(jsonl), "--force"], env)
    out["jsonl_bytes"] = jsonl.stat().st_size
    out["parquet"] = None
    try:
        import pyarrow  # noqa: F401

        parquet = work / "all.parquet"
        out["parquet"], out["parquet_mem"] = run_once([*cli, "export", str(parquet), "--force"], env)
        out["parquet_bytes"] = parquet.stat().st_size
    except ImportError:
        pass

    query = [*cli, "search", "旅游收入", "--json"]
    (b, _), (t, mem) = interleaved(query, [bundled, env], runs)
    out["query"], out["query_bundled"], out["query_mem"] = t, b, mem
    out["all"] = None
    if out["records"] <= _ALL_UP_TO:  # beyond, scoring every match of 增长 is minutes: not a query people wait for
        everything = [*cli, "search", "增长", "--all", "--jsonl"]
        out["all"], out["all_mem"] = statistics.median(run_once(everything, env)[0] for _ in range(3)), \
            run_once(everything, env)[1]
    streams = [first_byte([*cli, "targets", "--jsonl"], env) for _ in range(max(3, runs // 4))]
    out["first_byte"] = statistics.median(s[0] for s in streams)
    out["stream_total"] = statistics.median(s[1] for s in streams)
    out["stream_mem"] = max(s[2] for s in streams)

    # switching: the bundled knowledge base and this one, each query after the other
    before = (_facts(env)["built_at"], _facts(bundled)["built_at"])
    switches = interleaved(query, [env, bundled], max(3, runs // 4))
    out["switch"] = [t for t, _ in switches]
    out["switch_rebuilt"] = (_facts(env)["built_at"], _facts(bundled)["built_at"]) != before
    return out


def _write_manifest(store: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from reportcli.locations import write_manifest

    write_manifest(store)


def _markers(tag: str) -> tuple[str, str]:
    """The doc's markers of this run's section: one for the corpus drafts, one a size of copies."""
    return (START, END) if not tag else (f"<!-- growth-{tag}:start -->", f"<!-- growth-{tag}:end -->")


def render(r: dict, what: str, command: str, tag: str = "") -> str:
    ratio = r["index_bytes"] / r["jsonl_bytes"]
    start, end = _markers(tag)
    lines = [
        start,
        f"## A growing knowledge base: {what}",
        "",
        f"`{command}` — {r['reports']:,} reports, {r['records']:,} records; medians of separate processes.",
        "",
        "| measure | figure | target (issue 14, at 30,000 reports) |",
        "| --- | ---: | --- |",
        f"| full build (`index --rebuild`) | {r['build']:.1f} s, peak {r['build_mem'] / 1024:.0f} MB "
        "| ≤ 10 min, ≤ 1 GB |",
        f"| add 10 reports (an update in place) | {r['add10']:.2f} s (peak {r['add10_mem'] / 1024:.0f} MB); "
        f"taking them out again {r['remove10']:.2f} s | ≤ 5 s |",
        f"| index size against the JSON Lines export | {r['index_bytes'] / 1e6:.0f} MB / "
        f"{r['jsonl_bytes'] / 1e6:.0f} MB = **{ratio:.2f} ×** | ≤ 1.5 × |",
        f"| warm `search 旅游收入 --json` | {r['query'] * 1000:.0f} ms = "
        f"**{r['query'] / r['query_bundled']:.2f} ×** "
        f"the bundled ({r['query_bundled'] * 1000:.0f} ms), peak {r['query_mem'] / 1024:.0f} MB | ≤ 1.5 ×, ≤ 100 MB |",
        "| `search 增长 --all --jsonl` (every match, exact count) | "
        + (f"{r['all']:.2f} s, peak {r['all_mem'] / 1024:.0f} MB | |" if r["all"] is not None
           else f"not run above {_ALL_UP_TO:,} records | |"),
        f"| `targets --jsonl`: first byte / all | {r['first_byte'] * 1000:.0f} ms / {r['stream_total']:.2f} s, "
        f"peak {r['stream_mem'] / 1024:.0f} MB | first byte ≤ 2 × the bundled query |",
        f"| switching between this and the bundled knowledge base | "
        f"{r['switch'][0] * 1000:.0f} ms and {r['switch'][1] * 1000:.0f} ms a query; "
        f"{'rebuilt' if r['switch_rebuilt'] else 'nothing rebuilt'} | nothing rebuilt |",
    ]
    if r.get("parquet") is not None:
        lines.append(f"| export to Parquet | {r['parquet']:.1f} s, peak {r['parquet_mem'] / 1024:.0f} MB, "
                     f"{r['parquet_bytes'] / 1e6:.0f} MB (JSON Lines {r['jsonl_export']:.1f} s) | |")
    lines += ["", end]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--corpus", type=Path, help="draft these raw reports (../shared/corpus) and measure on them")
    group.add_argument("--synthetic", type=int, metavar="N", help="N synthetic reports (benchmarks/synth.py)")
    parser.add_argument("--reports", type=int, metavar="N",
                        help="with --corpus: N reports, copies of its drafts with their own ids, regions and years")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--write", action="store_true", help="put the table into docs/benchmarks.md")
    args = parser.parse_args()
    command = "python benchmarks/growth.py " + " ".join(sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = work / "store"
        if args.corpus:
            env = {**os.environ, "REPORTCLI_INGESTED": str(store), "REPORTCLI_CACHE": str(work / "cache")}
            _run([*reportcli_command(), "ingest", str(args.corpus)], env)
            what = f"drafts of the {args.corpus.name} reports"
            if args.reports:
                import synth

                drafts = work / "drafts"
                store.rename(drafts)
                synth.from_drafts(sorted(drafts.glob("*.yaml")), args.reports, store)
                what = (f"{args.reports:,} reports: the drafts of the {args.corpus.name} reports, copied with "
                        "their own ids, regions and years (`benchmarks/synth.py --drafts`)")
        else:
            import synth

            synth.write(args.synthetic, store)
            what = f"{args.synthetic:,} synthetic reports"
        drafts = sorted(store.glob("*.yaml"))
        spare_dir = work / "spare"
        spare_dir.mkdir()
        spare = []
        for f in drafts[-10:]:  # ten drafts are kept aside, to be added and removed
            spare.append(spare_dir / f.name)
            f.rename(spare[-1])
        result = measure(store, spare, args.runs, work)
    tag = str(args.reports) if args.reports else ""
    text = render(result, what, command.strip(), tag)
    print(text)
    if args.write:
        start, end = _markers(tag)
        doc = ROOT / "docs" / "benchmarks.md"
        old = doc.read_text(encoding="utf-8")
        new = old[:old.index(start)] + text + old[old.index(end) + len(end) + 1:] if start in old else old + "\n" + text
        doc.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
