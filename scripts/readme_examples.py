"""Refresh the outputs of the README's single-command examples by running them.

Each fenced block whose first line is `$ reportcli …` (without a pipe, and not one that needs
the ingested corpus) gets its output replaced by what the command prints now, on the bundled
knowledge base, in an 80-column pseudo-terminal with NO_COLOR (what a user sees, without the
styling). Usage: python scripts/readme_examples.py [--check]
(`--check` only says whether the README is up to date; exit 1 when it is not).
"""

import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from terminal import run_in_terminal  # noqa: E402

BLOCK = re.compile(r"```\n\$ (reportcli [^\n|]*)\n(.*?)```", re.S)
NEEDS_CORPUS = ("--province", "--year 2023")


def run(command: str, env: dict) -> str:
    """stdout (a terminal of 80 columns) then stderr, as a user would see them."""
    argv = shlex.split(command)
    _, _, _, shown, err = run_in_terminal([sys.executable, "-m", "reportcli", *argv[1:]], env, cwd=ROOT)
    return shown.decode().replace("\r\n", "\n") + err.decode()


def _masked_source(m: re.Match) -> str:
    """The source file's name under …/data/sources/, however its path was wrapped."""
    return m.group(1) + "…/data/sources/" + re.sub(r"\s+", "", m.group(2)).rsplit("/", 1)[-1]


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "REPORTCLI_CACHE": tmp, "REPORTCLI_INGESTED": str(Path(tmp) / "none"),
               "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
        for name in ("REPORTCLI_DATA", "COLUMNS"):
            env.pop(name, None)
        run("reportcli index --rebuild", env)

        def fresh(m: re.Match) -> str:
            command = m.group(1).strip()
            if any(flag in command for flag in NEEDS_CORPUS) or command.startswith("reportcli export"):
                return m.group(0)
            output = run(command, env)
            # where the package is installed is no reader's path
            output = re.sub(r"(source_file +)(\S+(?:\n {8,}\S+)*)", _masked_source, output)
            if command.startswith("reportcli index --info"):  # the temporary cache is no user's path
                output = re.sub(r"(?<!')path: [^,\n]*", "path: ~/.cache/reportcli/kb-….sqlite", output)
                output = re.sub(r"'path': '[^']*'", "'path': '~/.cache/reportcli/kb-….sqlite'", output)
                output = re.sub(r"'last_used': '[^']*'", "'last_used': '…'", output)
                output = re.sub(r"'size_bytes': \d+", "'size_bytes': …", output)
                output = re.sub(r"built_at: .*", "built_at: …", output)
                output = re.sub(r"build_seconds: .*", "build_seconds: …", output)
                output = re.sub(r"size_bytes: .*", "size_bytes: …", output)  # varies by a page with the meta
            return f"```\n$ {command}\n{output.rstrip()}\n```"

        updated = BLOCK.sub(fresh, text)
    if "--check" in sys.argv:
        print("README examples are up to date" if updated == text else "README examples are stale")
        if updated != text:
            import difflib

            sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), updated.splitlines(True), "README.md",
                                                       "now", n=1))
        return int(updated != text)
    readme.write_text(updated, encoding="utf-8")
    print("README examples refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
