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

__all__ = ["Known", "nquad_lines", "ntriple_lines", "term"]

Triple = tuple[Node, Node, Node]
Known = dict[int, tuple[Node, str]]  # id(term) → (the term, kept alive; its N-Triples form)
_KEPT = 128  # literals written this long or longer are not kept


def term(t: Node) -> str:
    """One term as N-Triples writes it."""
    return _quoteLiteral(t) if isinstance(t, Literal) else t.n3()


def _lines(triples: Iterable[Triple], suffix: str, known: Known | None = None) -> list[str]:
    # keyed by the term's identity (its entry keeps it alive, so the id is not reused): the same
    # objects recur (predicates, classes, actors and their labels, cached literals), and hashing
    # an rdflib Literal is a Python call (a third of the writing when keyed by the term)
    cache: Known = {} if known is None else known
    get = cache.get
    out: list[str] = []
    append = out.append
    for s, p, o in triples:
        hit = get(id(s))
        a = _remember(s, cache) if hit is None else hit[1]
        hit = get(id(p))
        b = _remember(p, cache) if hit is None else hit[1]
        hit = get(id(o))
        c = _remember(o, cache) if hit is None else hit[1]
        append(f"{a} {b} {c} {suffix}")
    return out


def _remember(t: Node, cache: Known) -> str:
    """``term(t)``, kept in ``cache`` unless it is a long literal (texts seldom recur, and are long)."""
    n3 = term(t)
    if len(n3) < _KEPT or not isinstance(t, Literal):
        cache[id(t)] = (t, n3)
    return n3


def nquad_lines(triples: Iterable[Triple], graph: Node, known: Known | None = None) -> list[str]:
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
