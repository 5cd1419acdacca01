r"""SPARQL results as rows of rdflib terms: Oxigraph's TSV read back, and the packed form a kept listing takes.

Why: at 10,000 articles the listing of the claims is 75,000 rows of 14 columns, 1,056,342 cells of which
88,567 differ (labels, files, kinds repeat).  Read from TSV, each cell is a new string looked up in a
table of terms (1.2–1.4 s on a loaded machine); :func:`pack` stores each distinct cell once and the rows as
an array of numbers, which :func:`unpack` turns into rows in 0.4–0.5 s.  A kept answer
(:mod:`bnkg.stores.answers`) is packed once, when it is kept, and unpacked at every use.

Terms are canonical (:func:`bnkg.rdf.terms.canonical`) and ``None`` where a variable is unbound:

>>> tsv = b'?a\t?b\n<http://ex.org/x>\t"y"@en\n\t"y"@en\n'
>>> read_tsv(tsv)
(('a', 'b'), [(rdflib.term.URIRef('http://ex.org/x'), rdflib.term.Literal('y', lang='en')), (None, rdflib.term.Literal('y', lang='en'))])
>>> unpack(pack(tsv)) == read_tsv(tsv)
True
"""

from __future__ import annotations

import io
import sys
from array import array

from rdflib.term import Node

from bnkg.errors import BnkgError
from bnkg.rdf.terms import canonical, tsv_term

__all__ = ["pack", "read_tsv", "unpack"]

Rows = tuple[tuple[str, ...], list[tuple[Node | None, ...]]]


def read_tsv(results: bytes) -> Rows:
    """The variables and rows of SPARQL 1.1 TSV results (each distinct cell parsed once)."""
    names, cells, rows = _cells(results)
    terms: dict[str, Node | None] = {cell: canonical(tsv_term(cell)) for cell in set(cells)}
    return names, _rows(map(terms.__getitem__, cells), names, rows)


def pack(results: bytes) -> bytes:
    """SPARQL 1.1 TSV results packed: the header line, a line ``DISTINCT CELLS ROWS``, the distinct cells a line
    each (a TSV cell holds no raw line break), then each cell's number in that list, 4 bytes little-endian.

    Line by line, on the bytes (the claims of 10,000 articles: one list of every cell held 200 MB more)."""
    lines = io.BytesIO(results)
    header = lines.readline().rstrip(b"\n")
    width = len(_names(header.decode("utf-8")))
    numbers: dict[bytes, int] = {}
    index = array("I")
    rows = 0
    for line in lines:
        rows += 1
        if not width:
            continue  # (each solution is an empty line, not one empty cell)
        cells = line.rstrip(b"\n").split(b"\t")
        if len(cells) != width:
            raise BnkgError(f"the store's query results have a row of {len(cells)} cells for {width} columns")
        index.extend([numbers.setdefault(cell, len(numbers)) for cell in cells])
    if sys.byteorder == "big":
        index.byteswap()
    return b"\n".join((header, f"{len(numbers)} {len(index)} {rows}".encode(), *numbers, index.tobytes()))


def unpack(packed: bytes) -> Rows:
    """The variables and rows of results :func:`pack` made; :class:`BnkgError` if ``packed`` is not such results."""
    try:
        header, counts, rest = packed.split(b"\n", 2)
        distinct, total, rows = (int(n) for n in counts.split())
        parts = rest.split(b"\n", distinct)
        index = array("I")
        index.frombytes(parts[distinct])
        if sys.byteorder == "big":
            index.byteswap()
        names = _names(header.decode())
        if len(index) != total or total != rows * len(names) or (index and max(index) >= distinct):
            raise ValueError(f"{len(index)} cells where {total} were packed")
        terms = [canonical(tsv_term(cell.decode())) for cell in parts[:distinct]]
    except (ValueError, IndexError, BnkgError) as exc:  # (UnicodeDecodeError is a ValueError)
        raise BnkgError(f"packed results are damaged: {exc}") from None
    return names, _rows(map(terms.__getitem__, index), names, rows)


def _cells(results: bytes) -> tuple[tuple[str, ...], list[str], int]:
    """The variables, every cell in order, and the number of rows."""
    text = results.decode("utf-8")
    header, _, body = text.partition("\n")
    names = _names(header)
    rows = body.count("\n")
    if not names:  # (each solution is an empty line, not one empty cell)
        return names, [], rows
    cells = body[:-1].replace("\n", "\t").split("\t") if rows else []
    if len(cells) != rows * len(names):
        raise BnkgError(f"the store's query results have {len(cells)} cells for {rows} rows of {len(names)} columns")
    return names, cells, rows


def _names(header: str) -> tuple[str, ...]:
    return tuple(v[1:] for v in header.split("\t")) if header else ()


def _rows(terms: object, names: tuple[str, ...], rows: int) -> list[tuple[Node | None, ...]]:
    if not names:
        return [()] * rows
    column = iter(terms)  # type: ignore[call-overload]
    return list(zip(*[column] * len(names), strict=False))
