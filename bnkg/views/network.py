"""The actors' network as a networkx graph, for analysis in Python and for Gephi / Cytoscape (issue 18).

:func:`network` reads the real-world (fused) events of the canned queries ``who-met-whom``,
``visits`` and ``agreements`` — one row per event — and makes an :class:`ActorNetwork` (a
``networkx.MultiGraph``):

* a node per actor taking part, keyed by its IRI, with ``label_bn``, ``label_en``, ``label`` (the
  English label, else the Bengali: what Gephi shows), ``type`` (Person, State, Organization, Group),
  ``state`` / ``state_iri`` (the state it belongs to, following ``bnkg:affiliation``; a state is its
  own) and ``wikidata`` (``Q…``), each only when known;
* an edge per real-world event and pair of its actors, keyed by the event's IRI: a meeting of two
  gives one edge, of three the three pairs; a visit joins the visitor and the visited state; an
  agreement its parties. Attributes: ``kind`` (meeting, visit, agreement), ``date`` (as in the graph:
  ``2024-06-19``, ``2024-06`` or ``2024``) and ``precision``, ``status`` (Occurred, Planned),
  ``place`` / ``place_bn`` / ``place_iri``, ``sources`` (the number of supporting articles),
  ``conflicts``, ``event`` (the IRI), and ``hosts`` for a visit; unknown values are left out, as
  GraphML and GEXF have no null.

:func:`write_network` writes it as GEXF (Gephi) or GraphML (Cytoscape, Gephi, igraph), atomically.
networkx is an optional dependency (``pip install 'bnkg[analysis]'``): only ``bnkg.network`` and
``bnkg export`` import this module.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib.term import Node

from bnkg._infra.atomic import write_atomic
from bnkg.errors import BnkgError
from bnkg.queries import run
from bnkg.queries.engines import engine_for
from bnkg.rdf.namespaces import sparql_prefixes

__all__ = ["KINDS", "NETWORK_FORMATS", "ActorNetwork", "network", "write_network"]

KINDS: dict[str, str] = {"meeting": "who-met-whom", "visit": "visits", "agreement": "agreements"}
NETWORK_FORMATS: dict[str, str] = {".gexf": "GEXF (Gephi)", ".graphml": "GraphML (Cytoscape, Gephi, igraph)"}

_GEXF_DATE = re.compile(rb'<meta lastmodifieddate="[^"]*">')  # optional in GEXF; networkx writes today

_ACTORS = sparql_prefixes("bnkg", "rdfs") + """\
SELECT ?actor ?state ?state_en ?state_bn WHERE {
  ?actor bnkg:affiliation* ?state .
  ?state a bnkg:State .
  FILTER(isIRI(?actor))
  OPTIONAL { ?state rdfs:label ?state_en FILTER(LANG(?state_en) = "en") }
  OPTIONAL { ?state rdfs:label ?state_bn FILTER(LANG(?state_bn) = "bn") }
}"""


class ActorNetwork(nx.MultiGraph):
    """A ``networkx.MultiGraph`` of actors and events that shows a summary in Jupyter."""

    def summary(self) -> NetworkSummary:
        """Counts of nodes and edges, events per kind, the date range and the busiest actors."""
        events: dict[str, set[str]] = {}
        dates = []
        for _, _, attrs in self.edges(data=True):
            events.setdefault(attrs["kind"], set()).add(attrs["event"])
            if "date" in attrs:
                dates.append(attrs["date"])
        per_actor: Counter[str] = Counter()
        for node in self.nodes:
            per_actor[node] = len({a["event"] for _, _, a in self.edges(node, data=True)})
        top = [(n, per_actor[n]) for n in sorted(self.nodes, key=lambda n: (-per_actor[n], str(n)))]
        return NetworkSummary(
            nodes=self.number_of_nodes(), edges=self.number_of_edges(),
            events={k: len(v) for k, v in sorted(events.items())},
            first=min(dates) if dates else None, last=max(dates) if dates else None,
            actors=tuple((n, dict(self.nodes[n]), count) for n, count in top))

    def _repr_html_(self) -> str:
        return self.summary().html()


@dataclass(frozen=True)
class NetworkSummary:
    """What :meth:`ActorNetwork.summary` tells; ``actors``: (IRI, node attributes, events), busiest first."""

    nodes: int
    edges: int
    events: dict[str, int]
    first: str | None
    last: str | None
    actors: tuple[tuple[str, dict[str, Any], int], ...]

    def text(self) -> str:
        kinds = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in self.events.items()) or "no events"
        span = f", {self.first} – {self.last}" if self.first else ""
        return f"{self.nodes} actors, {self.edges} edges: {kinds}{span}"

    def html(self, top: int = 15) -> str:
        cell = "text-align:left;padding:2px 8px;border-bottom:1px solid #ccc"
        head = "".join(f'<th style="{cell}">{h}</th>' for h in ("বাংলা", "English", "type", "state", "events"))
        rows = []
        for _, attrs, count in self.actors[:top]:
            rows.append(
                "<tr>"
                f'<td style="{cell}" lang="bn">{escape(str(attrs.get("label_bn", "")))}</td>'
                f'<td style="{cell}" lang="en">{escape(str(attrs.get("label_en", "")))}</td>'
                f'<td style="{cell}">{escape(str(attrs.get("type", "")))}</td>'
                f'<td style="{cell}">{escape(str(attrs.get("state", "")))}</td>'
                f'<td style="{cell}">{count}</td></tr>')
        more = f"; the {top} busiest shown" if len(self.actors) > top else ""
        return (f'<div class="bnkg-network"><p>{escape(self.text())}{more}</p>'
                f'<table style="border-collapse:collapse;font-size:0.9em"><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table></div>")


def network(graph: object, kinds: Sequence[str] = ("meeting", "visit"), *, since: str | None = None,
            until: str | None = None) -> ActorNetwork:
    """The actors of ``graph`` (a Dataset, the embedded store or an endpoint) joined by an edge per
    real-world event of ``kinds`` (``meeting``, ``visit``, ``agreement``) and pair of its actors,
    dated within ``since``/``until`` when given (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as the
    queries take them). Raises :class:`BnkgError` for an unknown kind or date."""
    if isinstance(kinds, str):
        kinds = (kinds,)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise BnkgError(f"unknown event kind {', '.join(map(repr, unknown)) or '(none given)'}; "
                        f"valid kinds: {', '.join(KINDS)}")
    g = ActorNetwork()
    dates = {"since": since, "until": until}
    labels: dict[str, dict[str, str]] = {}
    for kind in dict.fromkeys(kinds):
        result = run(KINDS[kind], graph, **dates)
        for row in result.rows:
            cells = dict(zip(result.columns, row, strict=True))
            for iri, bn, en in _actors(kind, cells):
                labels.setdefault(iri, {}).update({k: v for k, v in (("label_bn", bn), ("label_en", en)) if v})
            for u, v, attrs in _edges(kind, cells):
                g.add_edge(u, v, key=attrs["event"], **attrs)
    _describe_nodes(g, graph, labels)
    return g


def write_network(g: nx.Graph, path: str | Path) -> None:
    """Write ``g`` as GEXF or GraphML, after ``path``'s suffix (``.gexf``, ``.graphml``), atomically."""
    suffix = Path(path).suffix.lower()
    if suffix not in NETWORK_FORMATS:
        raise BnkgError(f"{path}: unknown network format {suffix or '(no suffix)'!r}; use "
                        + " or ".join(f"{s} ({what})" for s, what in NETWORK_FORMATS.items()))
    buf = io.BytesIO()
    if suffix == ".gexf":
        nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
        data = _GEXF_DATE.sub(b"<meta>", buf.getvalue(), count=1)  # the same graph, the same bytes
    else:
        nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
        data = buf.getvalue()
    write_atomic(path, data)


# --- internals -----------------------------------------------------------------------------------


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _split(value: Node | None, sep: str) -> list[str]:
    return [] if value is None else [p.strip() for p in str(value).split(sep) if p.strip()]


def _actors(kind: str, cells: dict[str, Node | None]) -> Iterable[tuple[str, str | None, str | None]]:
    """(IRI, Bengali label, English label) of each actor an event row names."""
    if kind == "visit":
        for role in ("visitor", "destination"):
            iri = _text(cells[f"{role}_iri"])
            if iri:
                yield iri, _text(cells[role]), _text(cells[f"{role}_en"])
        return
    iris_col, bn_col, en_col = (("participant_iris", "participants", "participants_en") if kind == "meeting"
                                else ("party_iris", "parties", "parties_en"))
    iris, bns, ens = _split(cells[iris_col], " "), _split(cells[bn_col], ";"), _split(cells[en_col], ";")
    parallel = len(bns) == len(iris) and len(ens) == len(iris)  # the lists run parallel (see the .rq)
    for i, iri in enumerate(iris):
        yield iri, bns[i] if parallel else None, ens[i] if parallel else None


def _edges(kind: str, cells: dict[str, Node | None]) -> Iterable[tuple[str, str, dict[str, Any]]]:
    event = _text(cells[kind])  # the columns meeting, visit, agreement
    attrs: dict[str, Any] = {"kind": kind, "event": event, "sources": int(str(cells["articles"] or 0))}
    for name in ("date", "precision", "status", "conflicts"):
        if cells.get(name) is not None:
            attrs[name] = str(cells[name])
    if kind != "agreement":
        for name, col in (("place", "place_en"), ("place_bn", "place"), ("place_iri", "place_iri")):
            if cells.get(col) is not None:
                attrs[name] = str(cells[col])
    if kind == "visit" and cells.get("hosts_en") is not None:
        attrs["hosts"] = str(cells["hosts_en"])
    if kind == "agreement" and cells.get("kind") is not None:
        attrs["agreement_kind"] = str(cells["kind"])
    attrs["label"] = f"{kind} {attrs.get('date', '')}".strip()
    actors = sorted({iri for iri, _, _ in _actors(kind, cells)})
    for u, v in combinations(actors, 2):
        yield u, v, attrs


def _describe_nodes(g: ActorNetwork, graph: object, labels: dict[str, dict[str, str]]) -> None:
    """Labels, type, state and Wikidata id of each node (from the ``actors`` query and affiliations)."""
    if not g.number_of_nodes():
        return
    actors = run("actors", graph)
    known = {str(row[0]): dict(zip(actors.columns, row, strict=True)) for row in actors.rows}
    _, solutions = engine_for(graph).select(_ACTORS, {})
    states: dict[str, tuple[str, str | None]] = {}
    for s in sorted(solutions, key=lambda s: (str(s["actor"]) != str(s["state"]), str(s["state"]))):
        states.setdefault(str(s["actor"]), (str(s["state"]), _text(s.get("state_en")) or _text(s.get("state_bn"))))
    for node in g.nodes:
        attrs = g.nodes[node]
        attrs.update(labels.get(node, {}))
        row = known.get(node)
        if row is not None:
            for name in ("label_bn", "label_en", "type"):
                if row.get(name) is not None:
                    attrs[name] = str(row[name])
            if row.get("wikidata") is not None:
                attrs["wikidata"] = str(row["wikidata"]).rsplit("/", 1)[-1]
        if node in states:
            attrs["state_iri"], state = states[node]
            if state:
                attrs["state"] = state
        attrs["label"] = attrs.get("label_en") or attrs.get("label_bn") or node
