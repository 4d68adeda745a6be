"""Draw the README picture: `reportcli compare 地区生产总值` and the 三次产业结构 bars as reportcli
prints them in a 100-column terminal, from the real knowledge base, exported as SVG by rich.

Usage: python scripts/readme_picture.py [OUT.svg]   (default docs/compare.svg)
"""

import io
import os
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

from reportcli.analysis import compare
from reportcli.output import Output, comparison
from reportcli.query import open_kb

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 100


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "compare.svg"
    os.environ.setdefault("REPORTCLI_CACHE", tempfile.mkdtemp())
    kb = open_kb()
    console = Console(record=True, width=WIDTH, file=open(os.devnull, "w"))  # noqa: SIM115
    for metric in ("地区生产总值", "三次产业结构"):
        buffer = io.StringIO()
        comparison(compare(kb, metric, kb.filters()), Output("table", buffer, styled=True, width=WIDTH))
        console.print(f"$ reportcli compare {metric}")
        console.print(Text.from_ansi(buffer.getvalue()), no_wrap=True, overflow="ignore")
    console.save_svg(str(out), title="reportcli compare")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
