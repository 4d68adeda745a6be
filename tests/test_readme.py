"""The README's example outputs are what the commands print now (scripts/readme_examples.py)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_readme_examples_are_current():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_examples.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr + " — run python scripts/readme_examples.py"


def test_readme_lists_the_csv_columns_the_program_writes():
    import re

    from reportcli.model import ALL_COLUMNS, COLUMNS

    rows = {line.split("|")[1].strip(): re.search(r"`([^`]+)`", line).group(1).split()
            for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
            if line.startswith(("| indicator, target |", "| term |", "| task |", "| several kinds |"))}
    assert tuple(rows["indicator, target"]) == COLUMNS["indicator"] == COLUMNS["target"]
    assert tuple(rows["term"]) == COLUMNS["term"] and tuple(rows["task"]) == COLUMNS["task"]
    assert tuple(rows["several kinds"]) == ALL_COLUMNS
