"""Run a command with its stdout on a pseudo-terminal of a given size, as a user's terminal would be
(used by benchmarks/bench.py and scripts/readme_examples.py)."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import termios
import threading
import time


def run_in_terminal(cmd: list[str], env: dict, columns: int = 80, cwd=None) -> tuple[float, object, int, bytes, bytes]:
    """(wall seconds, resource usage, exit status, what it printed to the terminal, its stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=slave, stderr=subprocess.PIPE, env=env, cwd=cwd)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    return elapsed, usage, status, b"".join(chunks), err
