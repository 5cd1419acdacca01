"""Canned SPARQL questions over a bnkg graph, and a runner that binds their parameters safely.

Each question is a ``*.rq`` file in this package that starts with a header of comment lines::

    # question: Who met whom, where and when?
    # param: actor — optional; an actor IRI or a label …
    # columns: meeting, participant1, …

A parameter ``NAME`` appears in the SPARQL as the variable ``?NAMEParam``; the queries filter with
``FILTER(!BOUND(?NAMEParam) || …)``, so an unbound parameter means "no filter". The value a user
gives is never pasted into query text: :func:`run` first resolves it to IRIs of the graph with a
small lookup query that receives the value through ``initBindings`` (an IRI or prefixed name such
as ``wd:Q7747`` → that resource and whatever is ``owl:sameAs`` it; anything else is a label →
the actors and places whose ``rdfs:label`` or ``skos:altLabel`` (a spelling variant) equals it
case-insensitively, in any language — or, only when none does, ends with it as a whole word: a
surname — :func:`lookup`; :attr:`QueryResult.resolved` says what each value named). The resulting graph IRIs, checked against a
strict IRI pattern, are specialised into the query (:func:`bnkg.queries.specialise.specialise`); a value that resolves
to nothing gives no rows. Another
engine may equally bind ``?NAMEParam`` to a single IRI (``initBindings``, a ``VALUES`` block
inside the ``WHERE`` group): the queries are plain SPARQL 1.1.

The same query runs on three engines, always over the union of the named graphs, with answers
normalised to rdflib terms so that they compare equal across engines (``xsd:string`` literals become
simple literals, as RDF 1.1 equates them; integer subtypes such as ``xsd:nonNegativeInteger`` become
``xsd:integer``, which is all Oxigraph keeps of them):

* an rdflib ``Graph`` / ``Dataset`` (in memory): the lookup value is bound with ``initBindings``;
* a ``pyoxigraph.Store`` (the embedded on-disk store, :mod:`bnkg.stores.embedded`): bound with ``substitutions``;
* a remote SPARQL 1.1 endpoint (:class:`bnkg.stores.remote.Endpoint`, plain HTTP), which has no
  binding API: the value travels as one correctly escaped N-Triples term in a ``VALUES`` block of the
  lookup query (:class:`bnkg.queries.engines.TextParams`), typed ``"…"^^xsd:string`` — the form of
  a non-ASCII string Virtuoso keeps (RDF 1.1 makes it the same term as the plain literal; rdflib and
  the store receive that typed literal as a binding, and answer as before).

Anything else with a ``select(sparql, bindings)`` method (:class:`QueryTarget`) works too.

Sort keys: the queries order by ``CONCAT(STR(?x), " ")`` rather than ``STR(?x)``. The order is the
same (no IRI, file name or label holds a character below a space), but the key is a new string,
which Oxigraph compares in memory; it reads a stored string back from disk at every comparison
(10,000 articles: sorting 10,000 visit IRIs 290 ms → 45 ms; the claims listing 2.2 s → 1.5 s).
Oxigraph also evaluates an ``ORDER BY`` expression at every comparison, so where the rows are many a
query binds one key per row (``BIND(CONCAT(…, "\t", …) AS ?key)``: a tab sorts below every character
of an IRI, date or label, so the key orders as the tuple of its parts would) and orders by it.

Labels: those of an IRI every row has come from a small table of the actors' labels, joined once
(``{ SELECT ?x ?label WHERE { ?x a <actor class> ; rdfs:label ?label } }``), not looked up row by row;
an IRI that may be unbound keeps its lookups inside its ``OPTIONAL`` (a join on an unbound variable
would pair the row with every label).  Oxigraph joins a ``VALUES`` block of classes with every
resource of those classes before a more selective pattern applies: the claims, often asked for one
claimant, test ``?claimClass IN (…)`` instead (Peskov's claims 125 → 37 ms).

Paging: ``limit``/``offset`` would sort the whole answer for a page of it (Oxigraph sorts every row first), so
a query with a page query (``pages/NAME.rq``: the entity each row is about — a fused event, a claim — under the
query's filters, in the query's order) finds the page's entities first (``LIMIT offset + limit`` there,
cheap: the order is ``bnkg:rank``, a whole number fusion writes — for the claims and accusations, listed by source
file, ``bnkg:claimRank``), then runs the query on them only: every
group computing a column of an entity carries ``FILTER(!BOUND(?pageParam) || ?event = ?pageParam)``,
which :func:`bnkg.queries.specialise.paged` turns into a ``VALUES`` block of the page's IRIs (and
:func:`bnkg.queries.specialise.specialise` drops otherwise).  The page is that answer's slice, the same
rows as ``LIMIT``/``OFFSET`` on the whole (an entity with no row, which the page query let through,
makes the runner fall back to them, as do a page past row 1,000 and a parameter naming several IRIs).

Kept answers: the whole answer of a listing (no parameter, no page) on a store opened on its folder
(:meth:`bnkg.queries.engines.StoreEngine.open`, what ``bnkg query --store`` and :func:`bnkg.query` on a folder
use) is kept there and read back while the store is unchanged (:mod:`bnkg.stores.answers`): at 10,000 articles
Oxigraph takes seconds for the 75,000 rows of the claims, reading them back a fraction of one.
``bnkg build --store``, ``load`` and ``remove`` compute them when they have changed the store (per event and per
reading).  A page the page query does not find (per reading, or past row ``PAGED_ROWS``) is a slice of the kept
listing.  A large answer with
parameters (rows of more than ``CUT_ENTITIES`` claims or events) is cut from the kept listing where the parameters
only select its rows (:func:`bnkg.queries.specialise.listing_filters`): the rows of the entities with the value, in
the listing's order.

The parts: :mod:`bnkg.queries.canned` reads the ``.rq`` files (the catalogue),
:mod:`bnkg.queries.specialise` fits a query to its parameter values, :mod:`bnkg.queries.engines`
runs it on rdflib, the embedded store or any :class:`QueryTarget`; this module resolves the
parameters, runs, and formats the rows.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING
from typing import Literal as TypingLiteral

from rdflib import XSD, Literal, URIRef
from rdflib.term import BNode, Node

from bnkg.errors import BnkgError, QueryError
from bnkg.queries.canned import CannedQuery, Param, catalogue, describe
from bnkg.queries.engines import QueryTarget, StoreEngine, engine_for
from bnkg.queries.html import html_table
from bnkg.queries.specialise import PAGE_PARAM, listing_filters, paged, specialise, unused_optionals_dropped
from bnkg.rdf.iri import IRI_RE
from bnkg.rdf.namespaces import ACTOR_TYPES, DEFAULT_BASE, PREFIXES, sparql_prefixes
from bnkg.rdf.terms import canonical

if TYPE_CHECKING:
    import pandas

__all__ = ["CannedQuery", "Param", "QueryResult", "QueryTarget", "Resolved", "catalogue", "format_result",
           "keep_listings", "lookup", "resolve", "run"]

Format = TypingLiteral["table", "csv", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "json")

MAX_ROWS = 2**63 - 1  # LIMIT/OFFSET are 64-bit in the engines
PAGED_ROWS = 1000  # a page ending further on is not found first ("Paging" in the module doc): its VALUES list would be long
CUT_ENTITIES = 1000  # an answer about more entities is cut from the kept listing ("Kept answers" in the module doc)
_SELECT_LINE = re.compile(r"^SELECT\b", re.MULTILINE)
_GROUP_BY = re.compile(r"\bGROUP\s+BY\s+\?(\w+)", re.IGNORECASE)
_DATE_RE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
_PNAME_RE = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z0-9_\-]*):(?P<local>[^\s<>\"{}|\\^`:/][^\s<>\"{}|\\^`]*)$")

_LOOKUP_PREFIXES = sparql_prefixes("owl", "rdfs", "skos")
# ?needle is projected because pyoxigraph only substitutes (binds) projected variables.
_LOOKUP_IRI = _LOOKUP_PREFIXES + """\
SELECT DISTINCT ?resource ?needle WHERE {
  { ?needle ?p ?o . BIND(?needle AS ?resource) }
  UNION
  { ?resource owl:sameAs ?needle . }
}"""
# A label names an actor or a place (the things parameters are about): starting from those few
# typed resources, not from every label (each fused event has one), takes 2 ms instead of 45 ms
# at 10,000 articles. ?exact tells an equal label or alias from a word at the end ("Putin" in
# "Vladimir Putin").
_LOOKUP_LABEL = _LOOKUP_PREFIXES + sparql_prefixes("bnkg") + """\
SELECT DISTINCT ?resource ?needle ?exact WHERE {
  VALUES ?type { """ + " ".join(f"bnkg:{t}" for t in ("Actor", *ACTOR_TYPES, "Place")) + """ }
  ?resource a ?type ;
            rdfs:label|skos:altLabel ?label .
  FILTER(isIRI(?resource))
  BIND(LCASE(STR(?label)) = LCASE(STR(?needle)) AS ?exact)
  FILTER(?exact || STRENDS(LCASE(STR(?label)), CONCAT(" ", LCASE(STR(?needle)))))
}"""
# The labels shown of the resources found (graph IRIs, checked against the strict pattern): a query of
# its own, as OPTIONALs in the lookup ran for every candidate label before its filter (2.5x the time).
_NAMES = _LOOKUP_PREFIXES + """\
SELECT ?resource ?bn ?en WHERE {{
  VALUES ?resource {{ {iris} }}
  OPTIONAL {{ ?resource rdfs:label ?bn . FILTER(LANG(?bn) = "bn") }}
  OPTIONAL {{ ?resource rdfs:label ?en . FILTER(LANG(?en) = "en") }}
}}"""


@dataclass(frozen=True)
class Resolved:
    """What one parameter value named: the graph IRIs and, for each, how to show it (``রাশিয়া (Russia)``).

    ``exact`` is true when a label or alias equals the value (any language, any case); otherwise the
    IRIs are those with a label ending in the value as a whole word (a surname: "Putin")."""

    param: str
    value: str
    iris: tuple[URIRef, ...]
    names: tuple[str, ...]
    exact: bool
    by_label: bool  # the value was a label, not an IRI

    def shown(self) -> str:
        """The resources as a user reads them: ``রাশিয়া (Russia)``, several joined by ``; ``."""
        if not self.iris:
            return ("no actor or place has this name or alias: no rows" if self.by_label
                    else "nothing in the graph has this IRI: no rows")
        return "; ".join(self.names)


@dataclass(frozen=True)
class QueryResult:
    """Rows of RDF terms (``None`` where unbound) under named columns, in the query's order, and
    what each parameter value was resolved to (``resolved``: the CLI prints it on stderr)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    resolved: tuple[Resolved, ...] = field(default=(), compare=False)

    def to_table(self) -> str:
        """An aligned plain-text table (cells padded by character count)."""
        cells = [list(self.columns)] + [[_plain(v, one_line=True) for v in row] for row in self.rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(self.columns))]

        def line(values: list[str]) -> str:
            return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

        out = [line(cells[0]), "  ".join("-" * w for w in widths)]
        out.extend(line(r) for r in cells[1:])
        return "\n".join(out) + "\n"

    def to_csv(self) -> str:
        """RFC 4180 CSV with a header row; unbound cells are empty."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows([_plain(v) for v in row] for row in self.rows)
        return buf.getvalue()

    def to_json(self) -> str:
        """The W3C SPARQL 1.1 Query Results JSON format."""
        bindings = [
            {col: _json_term(v) for col, v in zip(self.columns, row, strict=True) if v is not None}
            for row in self.rows
        ]
        doc = {"head": {"vars": list(self.columns)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas DataFrame, one column per variable with a proper dtype (needs ``bnkg[analysis]``):
        IRIs and labels ``string``, counts ``Int64``, dates ``pandas.Period`` at their own precision
        with a ``date_precision`` column, booleans ``boolean`` (see :mod:`bnkg.queries.frame`)."""
        try:
            from bnkg.queries.frame import to_dataframe  # measured start-up cost: pandas, ~0.4 s, optional
        except ImportError as exc:
            raise BnkgError(f"to_pandas needs pandas: pip install 'bnkg[analysis]' ({exc})") from exc
        return to_dataframe(self.columns, self.rows)

    def _repr_html_(self) -> str:
        """Jupyter's view: an HTML table, Bengali and English columns side by side (escaped)."""
        return html_table(self.columns, self.rows)


def run(name: str, graph: object, *, limit: int | None = None, offset: int = 0, readings: bool = False,
        **params: str | None) -> QueryResult:
    """Run canned query ``name`` on ``graph`` (a Dataset is queried as the union of its graphs).

    ``graph`` is an rdflib Graph/Dataset, a ``pyoxigraph.Store`` or a :class:`QueryTarget` such as
    :class:`bnkg.stores.remote.Endpoint`.

    ``params`` are IRIs, prefixed names (``wd:Q7747``) or labels — or, for a ``date`` parameter
    (``# param: since — optional date; …``), ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``None`` means
    "not given".
    ``limit`` and ``offset`` page through the rows in the query's order (SPARQL ``LIMIT``/``OFFSET``).
    ``readings=True`` answers per article's reading instead of per real-world event (:func:`catalogue`).
    Raises :class:`QueryError` for an unknown query or parameter, a missing required parameter
    or a failing evaluation.
    """
    if not isinstance(name, str):
        raise TypeError(f"the query name must be a str such as 'actors', not {type(name).__name__}")
    for pname, pvalue in params.items():
        if pvalue is not None and not isinstance(pvalue, str):
            raise TypeError(f"parameter {pname} must be a str (a label, an IRI or a date) or None, "
                            f"not {type(pvalue).__name__}")
    for what, n in (("limit", limit), ("offset", offset)):
        if n is not None and (isinstance(n, bool) or not isinstance(n, int)):
            raise TypeError(f"{what} must be a whole number (int), not {type(n).__name__}")
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError(f"limit and offset must not be negative (got limit={limit}, offset={offset})")
    if (limit is not None and limit > MAX_ROWS) or offset > MAX_ROWS:
        raise QueryError(f"limit and offset must be at most {MAX_ROWS:,} (2⁶³−1); got limit={limit}, offset={offset}")
    queries = catalogue(readings=readings)
    query = queries.get(name)
    if query is None:
        raise QueryError(f"unknown query {name!r}; valid queries: {', '.join(queries)}")
    given = {k: v for k, v in params.items() if v is not None}
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        valid = ", ".join(known) if known else "none"
        raise QueryError(f"query {name!r} has no parameter {', '.join(unknown)}; valid parameters: {valid}")
    missing = [p.name for p in query.params if p.required and p.name not in given]
    if missing:
        raise QueryError(f"query {name!r} needs parameter {', '.join(missing)}; parameters: {describe(query)}")

    target = engine_for(graph)
    values: dict[str, list[URIRef]] = {}
    resolved: list[Resolved] = []
    try:
        dates: dict[str, str] = {}
        for pname, raw in given.items():
            if known[pname].kind == "date":
                dates[known[pname].variable] = _date_param(name, pname, raw)
                continue
            found = lookup(target, raw, pname)
            resolved.append(found)
            values[known[pname].variable] = list(found.iris)
        if any(not r.iris for r in resolved):
            return QueryResult(query.columns, (), tuple(resolved))
        variables = _variables(query)
        plain = specialise(query.sparql, variables, values, dates)
        entities, cut = _page(target, query, variables, values, dates, limit, offset)
        rows: tuple[tuple[Node | None, ...], ...] = ()
        if entities is not None:  # the rows of the page's entities, in order: the page is a slice of them
            projected, rows = _answer(target, specialise(paged(query.sparql, entities), variables, values, dates),
                                      query.columns)
            if cut and len(rows) < offset + (limit or 0):
                entities = None  # (an entity without a row: the page query let through more than the query)
            rows = rows[offset:offset + (limit or 0)]
        listing = not values and not dates  # the query's listing, whose whole answer is kept ("Kept answers")
        paging = limit is not None or bool(offset)
        from_listing = None
        if entities is None and listing and paging and isinstance(target, StoreEngine) and target.kept is not None:
            # a page without a page query (per reading) or far into the answer: a slice of the kept listing
            projected, whole = _answer(target, plain, query.columns, keep=True)
            from_listing = projected, whole[offset:None if limit is None else offset + limit]
        elif entities is None and not dates:  # (a page of it too, where no page query found it: per reading)
            cut = _cut_from_listing(target, query, values)
            from_listing = cut if cut is None or not paging else \
                (cut[0], cut[1][offset:None if limit is None else offset + limit])
        if from_listing is not None:
            projected, rows = from_listing
        elif entities is None:
            sparql = plain + (f"\nLIMIT {int(limit)}" if limit is not None else "") + (f"\nOFFSET {int(offset)}" if offset else "")
            projected, rows = _answer(target, sparql, query.columns, keep=listing and not paging)
    except BnkgError:  # already names what failed (e.g. the endpoint)
        raise
    except Exception as exc:  # rdflib raises assorted exception types
        raise QueryError(f"query {name!r} failed: {exc}") from exc
    if projected != query.columns:
        raise QueryError(f"{name}.rq: '# columns:' {', '.join(query.columns)} ≠ projection {', '.join(projected)}")
    return QueryResult(query.columns, rows, tuple(resolved))


def keep_listings(folder: str | os.PathLike[str]) -> list[str]:
    """Compute and keep the whole answer of every listing (each canned query that needs no parameter, per event and per
    reading)
    in the store in ``folder`` ("Kept answers" in the module doc); the names of those kept.  ``bnkg build
    --store``, ``load`` and ``remove`` call it once they have closed the store, so that the first listing a user
    asks for is as quick as the next."""
    engine = StoreEngine.open(folder)
    kept = []
    events, readings = catalogue(), catalogue(readings=True)
    for name, query in [*events.items(), *((f"{n} --readings", q) for n, q in readings.items()
                                           if q.sparql != events[n].sparql)]:
        if not any(p.required for p in query.params) and engine.keep(specialise(query.sparql, _variables(query), {})):
            kept.append(name)
    return kept


def _cut_from_listing(target: QueryTarget, query: CannedQuery, values: Mapping[str, list[URIRef]]
                      ) -> tuple[tuple[str, ...], tuple[tuple[Node | None, ...], ...]] | None:
    """The whole answer for parameter ``values`` (one IRI each) as the rows of the kept listing they select, when it
    is large (rows of more than ``CUT_ENTITIES`` entities, or parameters that select rows by a column only);
    ``None`` otherwise, without a kept listing, or where the parameters do more than select rows
    (:func:`bnkg.queries.specialise.listing_filters`): the engine answers then.  (10,000 articles, loaded machine:
    the 10,924 accusations against North Korea 1.96 s → 0.33 s, the 28,292 rows of the claims about it 4.1 → 0.56 s.)"""
    if not values or not isinstance(target, StoreEngine) or any(len(iris) != 1 for iris in values.values()):
        return None
    how = listing_filters(query.sparql, query.page, list(values))
    if how is None or (how.paths and how.entity not in query.columns) or \
            any(c not in query.columns for cols in how.columns.values() for c in cols):
        return None
    source = query.page or query.sparql  # (its PREFIX lines: the paths' prefixed names)
    prologue = source[:_SELECT_LINE.search(source).start()] if _SELECT_LINE.search(source) else ""
    chosen: set[Node] | None = None
    for var, path in how.paths.items():
        _, found = target.select(f"{prologue}SELECT DISTINCT ?e WHERE {{ ?e {path} <{values[var][0]}> }}", {})
        ones = {row["e"] for row in found if "e" in row}
        chosen = ones if chosen is None else chosen & ones
    if chosen is not None and len(chosen) <= CUT_ENTITIES:
        return None  # (few: the engine's anchored plan is quicker than reading the listing)
    listing = target.kept_rows(specialise(query.sparql, _variables(query), {}), query.columns)
    if listing is None:
        return None
    entity = query.columns.index(how.entity) if how.entity in query.columns else 0
    equal = [(query.columns.index(c), values[var][0]) for var, cols in how.columns.items() for c in cols]
    return listing[0], tuple(row for row in listing[1] if (chosen is None or row[entity] in chosen)
                             and all(row[i] == iri for i, iri in equal))


def _variables(query: CannedQuery) -> list[str]:
    """The query's parameter variables, and the page's (see "Paging" in the module doc)."""
    return [p.variable for p in query.params] + [PAGE_PARAM]


def _page(target: QueryTarget, query: CannedQuery, variables: list[str], values: Mapping[str, list[URIRef]],
          dates: Mapping[str, str], limit: int | None, offset: int) -> tuple[list[URIRef] | None, bool]:
    """The entities of the rows up to the end of the page (``offset + limit``), in the answer's order, by the query's
    page query (see "Paging" in the module doc); ``None`` where the page is found by ``LIMIT``/``OFFSET`` instead:
    no page query, no limit, a page far into the answer, or a parameter given as several IRIs (the page query's
    groups would not see their ``VALUES`` block) — and whether the page query had more rows than it gave."""
    if not query.page or limit is None or offset + limit > PAGED_ROWS or any(len(i) != 1 for i in values.values()):
        return None, False
    first = unused_optionals_dropped(specialise(query.page, variables, values, dates)) + f"\nLIMIT {int(offset + limit)}"
    names, found = target.select(first, {})
    entities = list(dict.fromkeys(row.get(names[0]) for row in found))
    if not entities or not all(isinstance(e, URIRef) and IRI_RE.match(str(e)) for e in entities):
        return None, False  # (none: an empty answer, or a graph whose fused events have no bnkg:rank yet)
    return [URIRef(e) for e in entities], len(found) == offset + limit


def _answer(target: QueryTarget, sparql: str, columns: tuple[str, ...], keep: bool = False
            ) -> tuple[tuple[str, ...], tuple[tuple[Node | None, ...], ...]]:
    """The projected variables and the rows of ``columns`` (rdflib terms, canonical) of a SELECT; ``keep``: a whole
    listing, which the embedded store keeps (:meth:`bnkg.queries.engines.StoreEngine.rows`)."""
    if isinstance(target, StoreEngine):
        projected, found = target.rows(sparql, columns, keep=keep)
        rows = tuple(found)
    else:
        projected, solutions = target.select(sparql, {})
        rows = tuple(tuple(canonical(_as_node(r.get(col))) for col in columns) for r in solutions)
    keys = _group_keys(sparql, columns)
    if keys:  # rdflib answers a grouped query that matched nothing with one empty group; SPARQL (and
        rows = tuple(r for r in rows if any(r[i] is not None for i in keys))  # Oxigraph) with no row
    return projected, rows


def format_result(result: QueryResult, fmt: Format) -> str:
    """Render ``result`` as ``"table"``, ``"csv"`` or ``"json"`` (SPARQL 1.1 JSON results)."""
    if fmt == "table":
        return result.to_table()
    if fmt == "csv":
        return result.to_csv()
    if fmt == "json":
        return result.to_json()
    raise QueryError(f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")


# --- internals -----------------------------------------------------------------------------------


def _expand(value: str) -> URIRef | None:
    """``value`` as an IRI if it is one (``<…>``, absolute IRI, or a known prefixed name)."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    pm = _PNAME_RE.match(value)
    if pm is not None:
        namespaces: Mapping[str, str] = {**{k: str(v) for k, v in PREFIXES.items()}, "id": DEFAULT_BASE}
        ns = namespaces.get(pm["prefix"])
        if ns is not None:
            value = ns + pm["local"]
    if IRI_RE.match(value):
        return URIRef(value)
    return None


def resolve(target: object, raw: str) -> list[URIRef]:
    """Graph IRIs a parameter value denotes; the value itself only ever travels as a binding."""
    return list(lookup(target, raw).iris)


def lookup(target: object, raw: str, param: str = "") -> Resolved:
    """What the parameter value ``raw`` names in the graph (:class:`Resolved`).

    An IRI or prefixed name: that resource and whatever is ``owl:sameAs`` it. A label: the actors and
    places whose ``rdfs:label`` or ``skos:altLabel`` equals it (any language, any case) — "Russia" and
    "রাশিয়া" name the same state; only when none does, those with a label that ends with it as a whole
    word ("Putin" → Vladimir Putin), never both (else "Russia" would also name the Ministry of Foreign
    Affairs of Russia)."""
    target = engine_for(target)  # (an engine already is its own; an endpoint gets its parameters as text)
    value = raw.strip()
    iri = _expand(value) if value else None
    if not value:
        solutions: list[dict[str, Node]] = []
    elif iri is not None:
        _, solutions = target.select(_LOOKUP_IRI, {"needle": iri})
    else:
        _, solutions = target.select(_LOOKUP_LABEL, {"needle": Literal(value, datatype=XSD.string)})
    rows = [r for r in solutions if isinstance(r.get("resource"), URIRef) and IRI_RE.match(str(r["resource"]))]
    exact = [r for r in rows if str(r.get("exact")) in ("true", "1")]
    iris = tuple(sorted({URIRef(r["resource"]) for r in exact or rows}))
    return Resolved(param, raw, iris, _names(target, iris), bool(exact), iri is None)


def _names(target: QueryTarget, iris: tuple[URIRef, ...]) -> tuple[str, ...]:
    """Each resource as ``রাশিয়া (Russia)``: its Bengali and English labels, whichever there are; else its IRI."""
    if not iris:
        return ()
    _, solutions = target.select(_NAMES.format(iris=" ".join(f"<{i}>" for i in iris)), {})
    labels: dict[str, tuple[set[str], set[str]]] = {str(i): (set(), set()) for i in iris}
    for r in solutions:
        bn, en = labels.get(str(r.get("resource")), (set(), set()))
        bn.update([str(r["bn"])] if r.get("bn") is not None else [])
        en.update([str(r["en"])] if r.get("en") is not None else [])
    out = []
    for i in iris:
        first, second = (min(x, default="") for x in labels[str(i)])
        out.append(f"{first} ({second})" if first and second else first or second or str(i))
    return tuple(out)


def _group_keys(sparql: str, columns: tuple[str, ...]) -> list[int]:
    """The columns that are the first key of a ``GROUP BY`` (the event, the actor…): a real row binds one."""
    names = set(_GROUP_BY.findall(sparql))
    return [i for i, c in enumerate(columns) if c in names]


def _date_param(query: str, name: str, raw: str) -> str:
    value = raw.strip()
    if not _DATE_RE.match(value):
        raise QueryError(f"query {query!r}: --{name} {raw!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"query {query!r}: --{name} {raw!r} is not a day of the calendar (that month has "
                             "fewer days)") from None
    return value


def _as_node(value: object) -> Node | None:
    return value if isinstance(value, Node) else None


def _plain(value: Node | None, one_line: bool = False) -> str:
    if value is None:
        return ""
    text = str(value)
    if one_line:
        text = " ".join(text.split())
    return text


def _json_term(value: Node) -> dict[str, str]:
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    if isinstance(value, Literal):
        term = {"type": "literal", "value": str(value)}
        if value.language:
            term["xml:lang"] = value.language
        elif value.datatype is not None:
            term["datatype"] = str(value.datatype)
        return term
    return {"type": "literal", "value": str(value)}
