"""RDF terms as every engine agrees on them: the canonical form, and the conversion between rdflib
and Oxigraph (pyoxigraph terms and the TSV results of its queries).

Why here, below the queries and the stores: the query runner, the embedded store and the remote
endpoint all need the same terms, and each used to borrow them from another (``canonical`` from
the queries, the Oxigraph conversion from the store), which made import circles.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from bnkg.errors import BnkgError

__all__ = ["UNSEEN", "XSD_STRING", "canonical", "from_oxigraph", "to_oxigraph", "tsv_term"]

XSD_STRING = str(XSD.string)

# Oxigraph stores every type derived from xsd:integer as xsd:integer (and xsd:dateTimeStamp as xsd:dateTime)
_SAME_AS_STORED = {
    **{XSD[t]: XSD.integer for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                     "negativeInteger", "long", "int", "short", "byte", "unsignedLong",
                                     "unsignedInt", "unsignedShort", "unsignedByte")},
    XSD.dateTimeStamp: XSD.dateTime,
}


def canonical(term: Node | None) -> Node | None:
    """``term`` in the form every engine agrees on: an ``xsd:string`` literal as a simple literal (RDF 1.1
    equates them) and integer subtypes as ``xsd:integer`` (what Oxigraph keeps of them)."""
    if not isinstance(term, Literal) or term.language or term.datatype is None:
        return term
    if term.datatype == XSD.string:
        return Literal(str(term))
    stored = _SAME_AS_STORED.get(term.datatype)
    return Literal(str(term), datatype=stored) if stored is not None else term


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (raises ``ValueError`` for an invalid IRI)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term: object) -> Node | None:
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals become simple literals."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return None


UNSEEN = URIRef("urn:bnkg:unseen")  # a memo's "not yet parsed"
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?P<decimal>\.[0-9]*)?|\.[0-9]+)(?P<double>[eE][+-]?[0-9]+)?")


def tsv_term(cell: str) -> Node | None:
    """A term of SPARQL 1.1 TSV results (Turtle syntax) as an rdflib term — the same term
    :func:`from_oxigraph` makes of it; ``None`` for an unbound cell (and an RDF-star triple term).

    >>> tsv_term('"Kim \\\"Jong\\\" Un"@en')
    rdflib.term.Literal('Kim "Jong" Un', lang='en')
    >>> tsv_term("12"), tsv_term("<https://w3id.org/bnkg/id/actor/putin>")
    (rdflib.term.Literal('12', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.URIRef('https://w3id.org/bnkg/id/actor/putin'))
    """
    if not cell or cell.startswith("<<"):
        return None
    if cell[0] == "<":
        # (what URIRef() makes, without its validity check — 1.6 µs an IRI, a tenth of reading a listing back: the
        # results' IRIs come from a store that holds valid ones)
        return str.__new__(URIRef, cell[1:-1])
    if cell.startswith("_:"):
        return BNode(cell[2:])
    if cell[0] == '"':
        end = cell.rindex('"')  # language tags and datatype IRIs hold no quote
        lexical = _ECHAR.sub(_unescape, cell[1:end]) if "\\" in cell else cell[1:end]
        rest = cell[end + 1:]
        if rest.startswith("@"):
            return Literal(lexical, lang=rest[1:])
        if rest.startswith("^^<") and rest[3:-1] != XSD_STRING:
            return Literal(lexical, datatype=URIRef(rest[3:-1]))
        return Literal(lexical)
    if cell in ("true", "false"):
        return Literal(cell, datatype=XSD.boolean)
    number = _NUMBER.fullmatch(cell)
    if number is None:
        raise BnkgError(f"cannot read the term {cell[:80]!r} in the store's query results")
    kind = XSD.double if number["double"] else XSD.decimal if number["decimal"] or cell.lstrip("+-")[0] == "." \
        else XSD.integer
    return Literal(cell, datatype=kind)


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _ECHARS.get(m.group(3), "\\" + m.group(3))
