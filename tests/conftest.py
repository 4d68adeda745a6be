"""Shared helpers: run the CLI as a user would, in a subprocess, with a private cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
# tests never see drafts a developer ingested into the default store
os.environ["REPORTCLI_INGESTED"] = tempfile.mkdtemp(prefix="reportcli-ingested-")
DATA = ROOT / "data"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def run(cache_dir):
    """Run `python -m reportcli ARGS` and capture exit code, stdout and stderr."""

    def _run(*args: str, env: dict | None = None, cwd: Path | None = None, input: str | None = None,
             timeout: float = 120) -> Result:
        full_env = {k: v for k, v in os.environ.items() if k != "REPORTCLI_DATA"}
        full_env.update({"REPORTCLI_CACHE": str(cache_dir), "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"})
        full_env.update(env or {})
        proc = subprocess.run([sys.executable, "-m", "reportcli", *args], capture_output=True, text=True,
                              encoding="utf-8", errors="replace", env=full_env, cwd=cwd, input=input, timeout=timeout)
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return _run


@pytest.fixture(scope="session")
def raw_kb() -> dict:
    return yaml.safe_load((DATA / "reports.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sources(raw_kb) -> dict[str, str]:
    return {r["id"]: (DATA / r["source"]).read_text(encoding="utf-8") for r in raw_kb["reports"]}
