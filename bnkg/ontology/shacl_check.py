"""A proof, in Python, that data conforms to bnkg's shapes: the engine call a conforming article saves.

Why: a streaming build validates every article graph in its worker, and the engine call (2.5 ms an
article with pyshacl-turbo, most of it reading the N-Triples and writing the report graph) was the
largest cost after extraction — for articles that almost all conform.  :class:`Checker` reads the
shapes graph (``shapes.ttl``: targets, plain property paths and the constraint components below) and
evaluates it on the article's own triples, indexed by subject.  It answers only "proved to conform":

* every constraint it does not know (a component, a target kind, a complex path, a SHACL-SPARQL
  constraint without a proof here, a shape used recursively) makes every node it could apply to
  unproved — a new shape is never skipped silently (a test adds one of each);
* a value it cannot judge with certainty (a literal whose lexical form is not plainly well formed
  for its datatype, a pattern checked on a string with a line break, a language range matched
  through a sub-tag, a number that is not a plain integer) is unproved too;
* the SHACL-SPARQL constraints are proved by plain Python over the data
  (:func:`bnkg.ontology.shacl_parallel.sparql_silent` for the two that join events and evidence with
  their article; the fused event's reading types) — each only while its query text is the one the
  proof was written for.

So "proved" implies that pyshacl (and pyshacl-turbo, which reports what it reports) finds nothing
about the given focus nodes; anything else goes to the engine, which writes the report.  Handled
components: ``class``, ``datatype``, ``nodeKind``, ``minCount``, ``maxCount``, ``minInclusive``,
``maxInclusive``, ``minExclusive``, ``maxExclusive``, ``pattern`` (without ``flags``), ``languageIn``,
``in``, ``hasValue``, ``equals``, ``disjoint``, ``lessThan``, ``lessThanOrEquals``, ``or``,
``and``, ``not``, ``xone``, ``node``, ``qualifiedValueShape`` (with ``qualifiedMinCount`` /
``qualifiedMaxCount``, not disjoint), ``sparql`` (the proofs above); targets: ``targetClass``,
``targetSubjectsOf``.

Nested shapes (inside ``or``, ``not``, …) are judged three ways: True (conforms), False (certainly
does not), None (cannot tell), so that ``not`` stays sound.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL
from rdflib.term import Node

from bnkg.ontology.graphs import Triple, shapes_graph, subclass_axioms
from bnkg.ontology.shacl_parallel import sparql_silent_terms
from bnkg.rdf.namespaces import BNKG, BNKGSH, RDF, RDFS, SH, XSD

__all__ = ["HANDLED", "Checker", "default_checker"]

Verdict = bool | None  # True: conforms; False: certainly does not; None: cannot tell


class _Data:
    """The data graph as the shapes read it: subject → predicate → distinct objects, every term in
    its N-Triples form (strings hash and compare in C; rdflib terms in Python), literals canonical:
    escapes resolved, language tags lower-cased. ``"x"`` and ``"x"^^xsd:string`` stay two values:
    RDF 1.1 equates them but rdflib, and so both engines over an rdflib graph, count them apart, and a
    proof must never count fewer values than an engine does."""

    __slots__ = ("classes", "odd", "props", "silent", "supers")

    def __init__(self, triples: Iterable[Sequence[str]], supers: dict[str, frozenset[str]]) -> None:
        props: dict[str, dict[str, dict[str, None]]] = {}
        odd = False
        for s, p, o in triples:
            if o[0] == '"':
                o = _canonical(o)
                if o is None:
                    odd = True
                    continue
            elif "\\" in o:
                odd = True  # an escape in an IRI
            got = props.get(s)
            if got is None:
                got = props[s] = {}
            values = got.get(p)
            if values is None:
                got[p] = {o: None}
            else:
                values[o] = None
        self.props = props
        self.supers = supers
        self.odd = odd or "\\" in "".join(props) or any(_SUBCLASS in ps for ps in props.values())
        self.silent: bool | None = None  # sparql_silent_terms of the data, computed when a shape asks
        self.classes: dict[str, frozenset[str]] = {}  # node → its types and their superclasses

    def values(self, node: str, path: str) -> Sequence[str]:
        got = self.props.get(node)
        if got is None:
            return ()
        values = got.get(path)
        return () if values is None else tuple(values)

    def is_instance(self, node: str, cls: str) -> bool:
        classes = self.classes.get(node)
        if classes is None:
            got = self.props.get(node)
            types = () if got is None else got.get(_TYPE, ())
            supers = self.supers
            classes = self.classes[node] = frozenset(types).union(*(supers.get(t, ()) for t in types))
        return cls in classes

    def sparql_silent(self) -> bool:
        if self.silent is None:
            self.silent = sparql_silent_terms(self.props)
        return self.silent


def _nt(term: Node) -> str:
    return f"<{term}>"


_TYPE = _nt(RDF.type)
_SUBCLASS = _nt(RDFS.subClassOf)
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _canonical(term: str) -> str | None:
    """A literal's N-Triples form made canonical (see :class:`_Data`); None if it is malformed."""
    k = term.rfind('"')
    if k <= 0:
        return None
    lexical, suffix = term[1:k], term[k + 1:]
    plain = "\\" not in lexical
    if plain and (not suffix or suffix == "@bn" or (suffix.startswith("^^<") and suffix.endswith(">"))):
        return term  # the common case: canonical already
    if not plain:
        try:
            lexical = _ESCAPE.sub(_unescape, lexical)
        except (KeyError, ValueError):
            return None
    if suffix.startswith("@"):
        suffix = suffix.lower()
    elif suffix and not (suffix.startswith("^^<") and suffix.endswith(">")):
        return None
    return f'"{lexical}"{suffix}'


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _ESCAPED[m.group(3)]


def _literal(term: str) -> tuple[str, str, str | None]:
    """A canonical literal's lexical form, datatype IRI and language tag."""
    k = term.rfind('"')
    suffix = term[k + 1:]
    if not suffix:
        return term[1:k], _XSD_STRING, None
    if suffix[0] == "@":
        return term[1:k], _LANG_STRING, suffix[1:]
    return term[1:k], suffix[3:-1], None


_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


# a check: (data, focus node, its value nodes) → verdict; a test: (data, one value node) → verdict
Check = Callable[["_Data", str, Sequence[str]], Verdict]
Test = Callable[["_Data", str], Verdict]


@dataclass
class _Shape:
    """A compiled shape: its path (None: a node shape, the focus node is its one value node), the
    bounds of its number of values, the tests of each value, the checks of them all together, and
    its property shapes (each run on every value node)."""

    name: str
    path: str | None = None
    least: int = 0
    most: int | None = None
    tests: list[Test] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    properties: list[_Shape] = field(default_factory=list)

    def verdict(self, data: _Data, node: str) -> Verdict:
        values = (node,) if self.path is None else data.values(node, self.path)
        if len(values) < self.least or (self.most is not None and len(values) > self.most):
            return False
        result: Verdict = True
        for check in self.checks:
            got = check(data, node, values)
            if got is False:
                return False
            if got is None:
                result = None
        for test in (*self.tests, *(p.verdict for p in self.properties)):
            for v in values:
                got = test(data, v)
                if got is False:
                    return False
                if got is None:
                    result = None
        return result


def _unknown(_data: _Data, _node: str, _values: Sequence[str]) -> Verdict:
    return None


def _unknown_test(_data: _Data, _node: str) -> Verdict:
    return None


# --- literals: what is plainly well formed, per datatype -----------------------------------------

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)
_DATETIME = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}:[0-9]{2}:[0-9]{2})(\.[0-9]+)?(Z|[+-](?:0[0-9]|1[0-3]):[0-5][0-9])?\Z",
    re.ASCII)
_GYEAR = re.compile(r"[0-9]{4}\Z", re.ASCII)
_GYEARMONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])\Z", re.ASCII)
_INTEGER = re.compile(r"-?[0-9]+\Z", re.ASCII)
_NON_NEGATIVE = re.compile(r"[0-9]+\Z", re.ASCII)
_LANGUAGE = re.compile(r"[a-z]{1,8}(-[a-z0-9]{1,8})*\Z", re.ASCII)


def _valid_date(text: str) -> bool:
    try:
        return datetime.date.fromisoformat(text).year > 0
    except ValueError:
        return False


def _valid_datetime(text: str) -> bool:
    m = _DATETIME.match(text)
    if m is None or not _valid_date(m.group(1)):
        return False
    try:
        datetime.time.fromisoformat(m.group(2))
    except ValueError:
        return False
    return True


_WELL_FORMED: dict[str, Callable[[str], bool]] = {
    str(XSD.string): lambda t: _XML_BAD.search(t) is None,
    str(XSD.date): lambda t: _DATE.match(t) is not None and _valid_date(t),
    str(XSD.dateTime): _valid_datetime,
    str(XSD.gYear): lambda t: _GYEAR.match(t) is not None and t != "0000",
    str(XSD.gYearMonth): lambda t: _GYEARMONTH.match(t) is not None and not t.startswith("0000"),
    str(XSD.integer): lambda t: _INTEGER.match(t) is not None,
    str(XSD.nonNegativeInteger): lambda t: _NON_NEGATIVE.match(t) is not None,
}
_INTEGERS = {str(XSD.integer): _INTEGER, str(XSD.nonNegativeInteger): _NON_NEGATIVE}


def _integer(term: str) -> int | None:
    """A plain integer literal's value (certain for any engine); else None."""
    if term[0] != '"':
        return None
    lexical, datatype, _ = _literal(term)
    pattern = _INTEGERS.get(datatype)
    return int(lexical) if pattern is not None and pattern.match(lexical) else None


def _all(values: Sequence[str], test: Callable[[str], Verdict]) -> Verdict:
    result: Verdict = True
    for v in values:
        got = test(v)
        if got is False:
            return False
        if got is None:
            result = None
    return result


def _text(term: str) -> str | None:
    """What sh:pattern matches: an IRI's text, a literal's lexical form; None for a blank node."""
    if term[0] == "<":
        return term[1:-1]
    return _literal(term)[0] if term[0] == '"' else None


# --- the components ----------------------------------------------------------------------------


def _datatype(dt: str) -> Test:
    well_formed = _WELL_FORMED.get(dt)

    def test(_d: _Data, v: str) -> Verdict:
        if v[0] != '"':
            return False
        lexical, datatype, language = _literal(v)
        if datatype != dt:
            return False  # another datatype: reported whatever its lexical form
        if language is not None:
            return True if _LANGUAGE.match(language) else None
        return True if well_formed is not None and well_formed(lexical) else None

    return test


def _class(cls: str) -> Test:
    return lambda d, v: v[0] != '"' and d.is_instance(v, cls)


_KINDS = {SH.IRI: "<", SH.Literal: '"', SH.BlankNode: "_", SH.BlankNodeOrIRI: "_<", SH.BlankNodeOrLiteral: '_"',
          SH.IRIOrLiteral: '<"'}


def _node_kind(kind: Node) -> Test:
    starts = _KINDS.get(kind)  # type: ignore[call-overload]
    if starts is None:
        return _unknown_test
    return lambda _d, v: v[0] in starts


def _pattern(regex: str) -> Test:
    compiled = re.compile(regex)

    def test(_d: _Data, v: str) -> Verdict:
        text = _text(v)
        if text is None:
            return False
        if "\n" in text or "\r" in text:
            return None  # "$" before a final line break: engines differ
        return compiled.search(text) is not None

    return test


def _language_in(ranges: list[str]) -> Test:
    exact = frozenset(r for r in ranges if _LANGUAGE.match(r))
    if len(exact) != len(ranges):
        return _unknown_test  # "*", upper case …

    def test(_d: _Data, v: str) -> Verdict:
        if v[0] != '"':
            return False
        language = _literal(v)[2]
        if language is None:
            return False
        return True if language in exact else None  # a sub-tag …: the engine decides

    return test


def _in(members: list[Node]) -> Test:
    if not all(isinstance(m, URIRef) for m in members):
        return _unknown_test  # literal equality (1 vs 01 …): left to the engine
    allowed = frozenset(map(_nt, members))
    return lambda _d, v: v in allowed


def _has_value(value: Node) -> Check:
    if not isinstance(value, URIRef):
        return _unknown
    term = _nt(value)
    return lambda _d, _n, values: term in values


def _range(bound: Node, accept: Callable[[int, int], bool]) -> Test:
    limit = _integer(_param(bound))
    if limit is None:
        return _unknown_test

    def test(_d: _Data, v: str) -> Verdict:
        n = _integer(v)
        if n is None:
            return None if v[0] == '"' else False
        return accept(n, limit)

    return test


def _equals(other: str) -> Check:
    return lambda d, n, values: True if set(values) == set(d.values(n, other)) else None


def _disjoint(other: str) -> Check:
    return lambda d, n, values: None if set(values) & set(d.values(n, other)) else True


def _less(other: str, accept: Callable[[int, int], bool]) -> Check:
    def check(d: _Data, n: str, values: Sequence[str]) -> Verdict:
        result: Verdict = True
        for v in values:
            for w in d.values(n, other):
                a, b = _integer(v), _integer(w)
                if a is None or b is None:
                    result = None
                elif not accept(a, b):
                    return False
        return result

    return check


def _any_or_all(shapes: list[_Shape], decisive: bool) -> Test:
    """sh:or (``decisive`` True: one conforming shape decides) and sh:and (False: one failing shape
    decides), three-valued: a shape that cannot tell makes the answer unknown unless one decides."""
    def test(d: _Data, v: str) -> Verdict:
        result: Verdict = not decisive
        for s in shapes:
            got = s.verdict(d, v)
            if got is decisive:
                return decisive
            if got is None:
                result = None
        return result

    return test


def _not(shape: _Shape) -> Test:
    def test(d: _Data, v: str) -> Verdict:
        got = shape.verdict(d, v)
        return None if got is None else not got

    return test


def _xone(shapes: list[_Shape]) -> Test:
    def test(d: _Data, v: str) -> Verdict:
        got = [s.verdict(d, v) for s in shapes]
        if None in got:
            return None
        return got.count(True) == 1

    return test


def _qualified(shape: _Shape, least: int | None, most: int | None) -> Check:
    def check(d: _Data, _n: str, values: Sequence[str]) -> Verdict:
        got = [shape.verdict(d, v) for v in values]
        sure, maybe = got.count(True), len(got) - got.count(False)
        if (least is None or sure >= least) and (most is None or maybe <= most):
            return True
        if (least is not None and maybe < least) or (most is not None and sure > most):
            return False
        return None

    return check


# --- SHACL-SPARQL constraints proved in Python -----------------------------------------------------

_READING_TYPES = frozenset(map(_nt, (BNKG.Event, BNKG.Visit, BNKG.Meeting, BNKG.Agreement)))


def _silent(d: _Data, _n: str, _values: Sequence[str]) -> Verdict:
    return True if d.sparql_silent() else None


def _not_a_reading(d: _Data, n: str, _values: Sequence[str]) -> Verdict:
    return not (set(d.values(n, _TYPE)) & _READING_TYPES)


# constraint → (the digest of its query text, the proof): a proof holds only for the query it was
# written for (an edited query is not proved: the engine runs it)
SPARQL_PROOFS: dict[Node, tuple[str, Check]] = {
    BNKGSH["Event-date-after-publication"]: ("e6d50f4a49b11399", _silent),
    BNKGSH["Evidence-quote-matches-content"]: ("8fae64b2fed1b1e5", _silent),
    BNKGSH["Fused-not-a-reading"]: ("66363b3915758c1d", _not_a_reading),
}


def query_digest(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``text`` with its whitespace collapsed."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


# --- the compiler ------------------------------------------------------------------------------

# what a shape node may say: components (and their parameters) and what changes no result
HANDLED = frozenset({
    SH.path, SH.property, SH.targetClass, SH.targetSubjectsOf,
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive, SH.maxInclusive,
    SH.minExclusive, SH.maxExclusive, SH.pattern, SH.languageIn, SH["in"], SH.hasValue, SH.equals,
    SH.disjoint, SH.lessThan, SH.lessThanOrEquals, SH["or"], SH["and"], SH["not"], SH.xone, SH.node,
    SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.sparql,
    # no bearing on whether a node conforms (severity only grades a result; a deactivated shape, checked
    # anyway, can only send more articles to the engine)
    SH.message, SH.name, SH.description, SH.severity, SH.order, SH.group, SH.deactivated, RDF.type, RDFS.label,
    RDFS.comment,
})
_MANY = frozenset({SH.property, SH.sparql, SH.targetClass, SH.targetSubjectsOf, RDF.type, SH.message, SH.name, SH.description,
                   RDFS.label, RDFS.comment})  # may be given more than once
_SUBJECT_OF = "^"  # marks a targetSubjectsOf predicate among a node's types (no N-Triples term starts so)
_TARGETS = frozenset({SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target})


class Checker:
    """The shapes of ``shapes`` compiled for :meth:`proves`; the class hierarchy from ``axioms``
    (the ``rdfs:subClassOf`` triples every validation adds to the data)."""

    def __init__(self, shapes: Graph, axioms: Iterable[Triple]) -> None:
        self.shapes = shapes
        self.unknown: str | None = None  # why nothing can be proved (a target kind not handled …)
        parents: dict[str, set[str]] = {}
        for s, _, o in axioms:
            parents.setdefault(_nt(s), set()).add(_nt(o))
        self.supers = {c: frozenset(_closure(c, parents)) for c in parents}
        self._compiled: dict[Node, _Shape] = {}
        self._busy: set[Node] = set()
        self.by_class: dict[str, list[_Shape]] = {}
        self.by_subject_of: dict[str, list[_Shape]] = {}  # targetSubjectsOf: keyed by the predicate
        for p in _TARGETS - {SH.targetClass, SH.targetSubjectsOf}:
            if (None, p, None) in shapes:
                self.unknown = f"a shape uses {p}"
        for s in set(shapes.subjects(SH.targetClass)) | set(shapes.subjects(RDF.type, SH.NodeShape)):
            if (s, RDF.type, RDFS.Class) in shapes or (s, RDF.type, OWL.Class) in shapes:
                self.unknown = f"{s} is a class too (an implicit target)"
        for s, cls in shapes.subject_objects(SH.targetClass):
            self.by_class.setdefault(_nt(cls), []).append(self._shape(s))
        for s, pred in shapes.subject_objects(SH.targetSubjectsOf):
            self.by_subject_of.setdefault(_nt(pred), []).append(self._shape(s))
        self._plans: dict[frozenset[str], _Plan] = {}  # a cache: the shapes a combination of types is a target of

    def proves(self, triples: Iterable[Sequence[str]], focus: Iterable[str]) -> bool:
        """Whether validating exactly ``triples`` (N-Triples terms; plus the axioms) certainly
        reports nothing about the nodes of ``focus`` (N-Triples terms).  False: it may."""
        if self.unknown is not None:
            return False
        data = _Data(triples, self.supers)
        if data.odd:
            return False  # an escape in an IRI, a malformed literal, a change to the class hierarchy
        props = data.props
        empty: dict[str, dict[str, None]] = {}
        for node in focus:
            mine = props.get(node, empty)
            types = mine.get(_TYPE)
            # the predicates it is the subject of that a shape targets, marked apart from its types
            subject_of = [_SUBJECT_OF + p for p in self.by_subject_of if p in mine] if self.by_subject_of else ()
            if not types and not subject_of:
                continue  # no shape targets it
            plan = self._plan(frozenset(types or ()).union(subject_of))
            for test in plan.node_tests:
                if test(data, node) is not True:
                    return False
            for check in plan.node_checks:
                if check(data, node, (node,)) is not True:
                    return False
            for path, least, most, tests, checks in plan.paths:
                values = mine.get(path) or ()
                if len(values) < least or (most is not None and len(values) > most):
                    return False
                for test in tests:
                    for v in values:
                        if test(data, v) is not True:
                            return False
                for check in checks:
                    if check(data, node, values) is not True:
                        return False
        return True

    def proves_lines(self, lines: Iterable[str], focus: Iterable[str]) -> bool:
        """:meth:`proves` of N-Triples lines (``s p o .``, with or without a newline)."""
        return self.proves((_split(line) for line in lines), focus)

    def _plan(self, types: frozenset[str]) -> _Plan:
        """The shapes targeting a node of these types, flattened: per path, the tightest bounds
        and every test and check (the same in one list, as they all must hold)."""
        got = self._plans.get(types)
        if got is None:
            found: dict[int, _Shape] = {}
            for t in types:
                if t.startswith(_SUBJECT_OF):
                    for shape in self.by_subject_of[t[len(_SUBJECT_OF):]]:
                        found[id(shape)] = shape
                    continue
                for cls in (t, *self.supers.get(t, ())):
                    for shape in self.by_class.get(cls, ()):
                        found[id(shape)] = shape
            got = self._plans[types] = _Plan(list(found.values()))
        return got

    def _shape(self, node: Node) -> _Shape:
        got = self._compiled.get(node)
        if got is not None:
            return got
        shape = _Shape(str(node))
        if node in self._busy:  # used inside itself: not handled
            shape.checks.append(_unknown)
            return shape
        self._busy.add(node)
        try:
            self._compile(node, shape)
        finally:
            self._busy.discard(node)
        self._compiled[node] = shape
        return shape

    def _compile(self, node: Node, shape: _Shape) -> None:
        g = self.shapes
        test, check = shape.tests.append, shape.checks.append
        preds = set(g.predicates(node))
        if preds - HANDLED or any(len(list(g.objects(node, p))) != 1 for p in preds - _MANY):
            check(_unknown)  # a component not handled, a parameter given twice
            return
        one = functools.partial(_one, g, node)
        if (path := one(SH.path)) is not None:
            if not isinstance(path, URIRef):
                check(_unknown)  # a complex path
                return
            shape.path = _nt(path)
        counts = [one(SH.minCount), one(SH.maxCount), one(SH.qualifiedMinCount), one(SH.qualifiedMaxCount)]
        minimum, maximum, q_min, q_max = (None if c is None else _integer(_param(c)) for c in counts)
        if any(c is not None and n is None for c, n in zip(counts, (minimum, maximum, q_min, q_max), strict=True)):
            check(_unknown)  # a count that is not an integer
            return
        if minimum is not None or maximum is not None:
            if shape.path is None:
                check(_unknown)
            shape.least, shape.most = minimum or 0, maximum
        for p, make in ((SH.minInclusive, lambda b: _range(b, lambda n, lim: n >= lim)),
                        (SH.maxInclusive, lambda b: _range(b, lambda n, lim: n <= lim)),
                        (SH.minExclusive, lambda b: _range(b, lambda n, lim: n > lim)),
                        (SH.maxExclusive, lambda b: _range(b, lambda n, lim: n < lim)),
                        (SH.nodeKind, _node_kind)):
            if (value := one(p)) is not None:
                test(make(value))
        if (value := one(SH.hasValue)) is not None:
            check(_has_value(value))
        if (value := one(SH.datatype)) is not None:
            test(_datatype(str(value)) if isinstance(value, URIRef) else _unknown_test)
        if (value := one(SH["class"])) is not None:
            test(_class(_nt(value)) if isinstance(value, URIRef) else _unknown_test)
        if (value := one(SH.pattern)) is not None:
            test(_pattern(str(value)) if isinstance(value, Literal) else _unknown_test)
        if (value := one(SH.languageIn)) is not None:
            test(_language_in([str(v) for v in Collection(g, value)]))
        if (value := one(SH["in"])) is not None:
            test(_in(list(Collection(g, value))))
        for p, make_pair in ((SH.equals, _equals), (SH.disjoint, _disjoint),
                             (SH.lessThan, lambda o: _less(o, lambda a, b: a < b)),
                             (SH.lessThanOrEquals, lambda o: _less(o, lambda a, b: a <= b))):
            if (value := one(p)) is not None:
                check(make_pair(_nt(value)) if shape.path is not None and isinstance(value, URIRef) else _unknown)
        for p, make_list in ((SH["or"], lambda ss: _any_or_all(ss, True)), (SH["and"], lambda ss: _any_or_all(ss, False)),
                             (SH.xone, _xone)):
            if (value := one(p)) is not None:
                test(make_list([self._shape(s) for s in Collection(g, value)]))
        if (value := one(SH["not"])) is not None:
            test(_not(self._shape(value)))
        if (value := one(SH.node)) is not None:
            test(self._shape(value).verdict)
        if (value := one(SH.qualifiedValueShape)) is not None:
            check(_qualified(self._shape(value), q_min, q_max) if shape.path is not None else _unknown)
        elif q_min is not None or q_max is not None:
            check(_unknown)
        for constraint in g.objects(node, SH.sparql):  # $this is the focus node: on node shapes only
            check(self._sparql(constraint) if shape.path is None else _unknown)
        for prop in g.objects(node, SH.property):
            sub = self._shape(prop)
            if sub.path is None:
                check(_unknown)  # a property shape without a path
            else:
                shape.properties.append(sub)

    def _sparql(self, constraint: Node) -> Check:
        proof = SPARQL_PROOFS.get(constraint)
        select = _one(self.shapes, constraint, SH.select)
        if proof is None or select is None or query_digest(str(select)) != proof[0]:
            return _unknown
        return proof[1]


class _Plan:
    """The targeted shapes of a combination of types, flattened for :meth:`Checker.proves`."""

    def __init__(self, shapes: list[_Shape]) -> None:
        self.node_tests: list[Test] = []
        self.node_checks: list[Check] = []
        paths: dict[str, tuple[list[int], list[int | None], dict[int, Test], dict[int, Check]]] = {}

        def on_path(shape: _Shape) -> None:
            assert shape.path is not None
            least, most, tests, checks = paths.setdefault(shape.path, ([], [], {}, {}))
            least.append(shape.least)
            most.append(shape.most)
            tests.update({id(t): t for t in shape.tests})
            tests.update({id(p): p.verdict for p in shape.properties})
            checks.update({id(c): c for c in shape.checks})

        for shape in shapes:
            if shape.path is not None:  # a property shape with a target of its own
                on_path(shape)
                continue
            if shape.least or shape.most is not None:
                self.node_checks.append(_unknown)
            self.node_tests.extend(shape.tests)
            self.node_checks.extend(shape.checks)
            for prop in shape.properties:
                on_path(prop)
        self.paths = [(path, max(least), min((m for m in most if m is not None), default=None),
                       tuple(tests.values()), tuple(checks.values()))
                      for path, (least, most, tests, checks) in paths.items()]


def _split(line: str) -> tuple[str, str, str]:
    s, p, rest = line.split(" ", 2)
    return s, p, rest[:rest.rindex(" .")]


def _param(term: Node) -> str:
    """A shape parameter in N-Triples form (what :func:`_integer` reads)."""
    if isinstance(term, Literal):
        if term.language is not None:
            return f'"{term}"@{term.language}'
        return f'"{term}"' if term.datatype is None else f'"{term}"^^<{term.datatype}>'
    return _nt(term) if isinstance(term, URIRef) else f"_:{term}"


def _one(g: Graph, node: Node, p: Node) -> Node | None:
    return next(iter(g.objects(node, p)), None)


def _closure(cls: str, parents: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [cls]
    while todo:
        for p in parents.get(todo.pop(), ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


@functools.cache
def default_checker() -> Checker:
    """bnkg's shapes and subclass axioms, compiled once per process."""
    return Checker(shapes_graph(), subclass_axioms())
