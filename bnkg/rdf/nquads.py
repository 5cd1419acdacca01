"""N-Triples / N-Quads lines written term by term, exactly as rdflib writes them.

Why: the streaming and parallel builds write an article's quads without putting them into an
rdflib store first (an ``add`` costs ~30 µs; formatting a line ~2 µs), and their output must equal,
byte for byte, ``bnkg.rdf.serialize.serialize(ds, "nquads")`` — so each line is rdflib's own
(``NQuadsSerializer``: ``n3()`` for IRIs and blank nodes, its ``_quoteLiteral`` for literals), with
unencodable characters replaced as its serialiser replaces them.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

__all__ = ["nquad_lines", "ntriple_lines", "term"]

Triple = tuple[Node, Node, Node]


def term(t: Node) -> str:
    """One term as N-Triples writes it."""
    return _quoteLiteral(t) if isinstance(t, Literal) else t.n3()


def _lines(triples: Iterable[Triple], suffix: str, known: dict[Node, str] | None = None) -> list[str]:
    cache: dict[Node, str] = {} if known is None else known  # IRIs repeat (predicates, actors, the article)
    out: list[str] = []
    for s, p, o in triples:
        parts = []
        for t in (s, p, o):
            n3 = cache.get(t)
            if n3 is None:
                n3 = term(t)
                # typed literals recur too (offsets, codes, dates); texts seldom, and are long
                if not isinstance(t, Literal) or (t.language is None and len(n3) < 128):
                    cache[t] = n3
            parts.append(n3)
        out.append(f"{parts[0]} {parts[1]} {parts[2]} {suffix}")
    return out


def nquad_lines(triples: Iterable[Triple], graph: Node, known: dict[Node, str] | None = None) -> list[str]:
    """The N-Quads lines (no newline) of ``triples`` in named graph ``graph``, unsorted.

    ``known``: terms already written (a dict this call adds to, kept by the caller across calls)."""
    lines = _lines(triples, f"{graph.n3()} .", known)
    try:
        "".join(lines).encode("utf-8")  # one check for all (almost always fine), not one per line
    except UnicodeEncodeError:
        return [_clean(line) for line in lines]
    return lines


def ntriple_lines(triples: Iterable[Triple]) -> list[str]:
    """The N-Triples lines (no newline) of ``triples``."""
    return _lines(triples, ".")


def _clean(line: str) -> str:
    """What rdflib's serialiser makes of a line it cannot encode (lone surrogates → ``?``)."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return line.encode("utf-8", "replace").decode("utf-8")
    return line
