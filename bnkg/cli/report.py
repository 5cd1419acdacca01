"""``bnkg report``: one self-contained HTML page telling the story of a graph (:mod:`bnkg.views.report`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bnkg.cli._common import EXIT_OK
from bnkg.errors import BnkgError
from bnkg.rdf.serialize import load
from bnkg.views.report import write_report


def add_parser(sub: Any) -> None:
    rp = sub.add_parser("report", help="write one self-contained HTML page: timeline, who-met-whom network, "
                        "actors, and every event once (with its sources, each article's reading and evidence) "
                        "and every claim")
    rp.add_argument("graph", help="graph file written by bnkg build")
    rp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    rp.add_argument("--title", help="the page title")
    rp.add_argument("--font", default="auto", metavar="auto|none|FILE",
                    help="Bengali font to embed: auto (Noto Sans Bengali if installed, the default), none "
                         "(rely on the reader's fonts) or a .ttf/.otf file")


def run(args: argparse.Namespace) -> int:
    font: str | None = None if args.font == "none" else args.font
    if font not in (None, "auto") and not Path(font).is_file():
        raise BnkgError(f"--font {font}: no such font file")
    write_report(load(args.graph), args.output, title=args.title, font=font)
    print(f"bnkg: report → {args.output}", file=sys.stderr)
    return EXIT_OK
