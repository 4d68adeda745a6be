"""Draw the README picture: `reportcli compare 地区生产总值` and the 三次产业结构 bars, exported as
SVG by rich from the real knowledge base.

Usage: python scripts/readme_picture.py [OUT.svg]   (default docs/compare.svg)
"""

import os
import sys
import tempfile
from pathlib import Path

from rich.console import Console

from reportcli.analysis import compare
from reportcli.index import open_index
from reportcli.output import compare_renderables
from reportcli.search import Filters

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "compare.svg"
    os.environ.setdefault("REPORTCLI_CACHE", tempfile.mkdtemp())
    index = open_index()
    console = Console(record=True, width=104, file=open(os.devnull, "w"))  # noqa: SIM115
    for metric in ("地区生产总值", "三次产业结构"):
        console.print(f"$ reportcli compare {metric}")
        for renderable in compare_renderables(compare(index, metric, Filters())):
            console.print(renderable)
    console.save_svg(str(out), title="reportcli compare")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
