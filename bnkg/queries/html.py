"""A query result as a small HTML table, for Jupyter (``QueryResult._repr_html_``, issue 18).

Every cell is escaped; a Bengali literal (tagged ``@bn``, or any text in Bengali letters) carries ``lang="bn"`` (so the browser picks a Bengali font
and shapes it) and sits beside its English column, as the queries order them (``visitor``,
``visitor_en``); an IRI shows its last two path segments and links to itself. At most
:data:`MAX_ROWS` rows are shown, with the count of the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from rdflib import Literal, URIRef
from rdflib.term import Node

__all__ = ["MAX_ROWS", "html_table"]

MAX_ROWS = 50
_BENGALI = re.compile("[\u0980-\u09FF]")
_STYLE = ("border-collapse:collapse;font-size:0.9em",
          "text-align:left;padding:2px 8px;border-bottom:1px solid #ccc;vertical-align:top")


def html_table(columns: Sequence[str], rows: Sequence[Sequence[Node | None]], *, caption: str = "",
               max_rows: int = MAX_ROWS) -> str:
    """An HTML ``<table>`` of ``rows`` under ``columns`` (the first ``max_rows`` rows)."""
    table_style, cell_style = _STYLE
    head = "".join(f'<th style="{cell_style}">{escape(c)}</th>' for c in columns)
    body = []
    for row in rows[:max_rows]:
        body.append("<tr>" + "".join(_cell(v, cell_style) for v in row) + "</tr>")
    shown = min(len(rows), max_rows)
    note = f"{len(rows)} row{'s' if len(rows) != 1 else ''} × {len(columns)} columns"
    if shown < len(rows):
        note += f"; the first {shown} shown"
    title = f"{escape(caption)} — {note}" if caption else note
    return (f'<table class="bnkg-result" style="{table_style}"><caption style="text-align:left">{title}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _cell(value: Node | None, style: str) -> str:
    if value is None:
        return f'<td style="{style}"></td>'
    if isinstance(value, URIRef):
        iri = str(value)
        short = "…/" + "/".join(iri.rstrip("/").split("/")[-2:]) if iri.count("/") > 3 else iri
        href = escape(iri, quote=True) if iri.startswith(("http://", "https://")) else ""
        inner = f'<a href="{href}" title="{href}">{escape(short)}</a>' if href else escape(iri)
        return f'<td style="{style}">{inner}</td>'
    if isinstance(value, Literal) and value.datatype is not None:  # a date or a number: one line
        style += ";white-space:nowrap"
    lang = value.language if isinstance(value, Literal) else None
    if not lang and _BENGALI.search(str(value)):  # a joined list of Bengali names has no language tag
        lang = "bn"
    attr = f' lang="{escape(lang, quote=True)}"' if lang else ""
    return f'<td style="{style}"{attr}>{escape(str(value))}</td>'
