"""The README's example outputs are what the commands print now (scripts/readme_examples.py)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_readme_examples_are_current():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_examples.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr + " — run python scripts/readme_examples.py"
