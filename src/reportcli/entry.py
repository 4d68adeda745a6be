"""The console script's entry point: start-up and exit of a short-lived process, tuned for latency.

A query is answered in a few tens of milliseconds, and two costs of that are not the query's:
the cyclic garbage collector walking the objects that imports create, and the interpreter's
teardown (freeing every module one by one, a final collection) after the answer is printed.
For the commands that only read and print, the collector stays off (a query makes no cycles
worth collecting) and the process ends with `os._exit` once its output is flushed. Every
other command — those that write files, start worker processes or build the index on
purpose — starts and ends as usual. This module imports nothing heavy: the collector must be
off before Typer is imported.
"""

from __future__ import annotations

import gc
import os
import sys

READ_ONLY = frozenset({"search", "indicators", "targets", "compare", "panel", "terms", "tasks", "show", "reports"})


def run() -> None:
    """Run the CLI; a read-only command leaves without interpreter teardown."""
    quick = len(sys.argv) > 1 and sys.argv[1] in READ_ONLY
    if quick:
        gc.disable()
    from .cli import main

    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    if not quick:
        raise SystemExit(code)
    _leave(code)


def _leave(code: object) -> None:
    """Exit as `SystemExit(code)` would, after flushing what is left, without the teardown."""
    if code is None:
        code = 0
    elif not isinstance(code, int):
        sys.stderr.write(f"{code}\n")
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the output went away after main() flushed it: report as teardown would
        code = code or 120
    os._exit(code)
