"""Canned queries (bnkg/queries): catalogue, expected facts on mini.trig, formats, parameter safety.

mini.trig holds one article's readings of each kind and a single fused event, so the facts here are
checked on the per-reading queries (``readings=True``, what ``--readings`` runs); the answers in
real-world events are tested on built articles in tests/integration/test_event_queries.py, and the hostile values
on both."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from bnkg.errors import QueryError
from bnkg.queries import CannedQuery, QueryResult, catalogue, format_result
from bnkg.queries import run as run_any
from bnkg.queries.engines import Solutions, StoreEngine, sparql_text, with_values
from bnkg.stores.embedded import add_dataset

MINI = Path(__file__).parents[1] / "data" / "mini.trig"
ID = "https://w3id.org/bnkg/id/"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
ACTOR = ID + "actor/"
VISIT_PUTIN = URIRef(ID + "visit/a000000000000001")
EXPECTED = {"accusations", "actors", "agreements", "claims", "conflicts", "sources-of", "timeline", "visits", "who-met-whom"}
HOSTILE = [
    '"',
    ">",
    "}",
    "<script>alert(1)</script>",
    'x" } SELECT * WHERE { ?s ?p ?o } #',
    "line one\nline two",
    "SELECT",
    "https://w3id.org/bnkg/id/actor/putin> } UNION { ?s ?p ?o",
    "<https://w3id.org/bnkg/id/actor/putin>}",
    "  ",
]


def run(name: str, graph: object, **params: str | None) -> QueryResult:
    """The per-reading answer (``--readings``): one row per article's reading, as mini.trig is built for."""
    return run_any(name, graph, readings=True, **params)


def _load() -> Dataset:
    ds = Dataset()
    ds.parse(MINI, format="trig")
    return ds


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return _load()


@pytest.fixture(scope="module")
def cat() -> dict[str, CannedQuery]:
    return catalogue(readings=True)


def _dicts(result: QueryResult) -> list[dict[str, str]]:
    return [{c: str(v) for c, v in zip(result.columns, row, strict=True) if v is not None} for row in result.rows]


# --- catalogue -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def baseline(ds: Dataset, cat: dict[str, CannedQuery]) -> dict[str, QueryResult]:
    """Every query run once on mini.trig (``run`` checks the header's columns against the projection)."""
    return {name: run(name, ds, **_required(name)) for name in cat}


def _required(name: str) -> dict[str, str]:
    return {"fact": str(VISIT_PUTIN)} if name == "sources-of" else {}


@pytest.mark.slow
def test_catalogue_entries_are_complete_and_parse(cat: dict[str, CannedQuery], baseline: dict[str, QueryResult]) -> None:
    assert set(cat) == EXPECTED
    for name, q in cat.items():
        assert q.name == name
        assert q.question, name
        assert q.columns and len(set(q.columns)) == len(q.columns), name
        assert q.sparql.startswith("# question:"), name
        for p in q.params:
            assert p.description, (name, p.name)
            assert f"?{p.name}Param" in q.sparql, (name, p.name)
        assert baseline[name].columns == q.columns, name
        assert baseline[name].rows, name  # every query finds something in mini.trig


def test_catalogue_params(cat: dict[str, CannedQuery]) -> None:
    params = {n: [(p.name, p.required) for p in q.params] for n, q in cat.items()}
    dates = [("since", False), ("until", False)]
    assert params["who-met-whom"] == [("actor", False), *dates]
    assert params["visits"] == [("actor", False), ("destination", False), *dates]
    assert params["timeline"] == [("actor", False), *dates]
    assert params["agreements"] == [("party", False), *dates]
    assert {p.name: p.kind for p in cat["visits"].params} == {"actor": "resource", "destination": "resource",
                                                              "since": "date", "until": "date"}
    assert params["claims"] == [("claimant", False), ("about", False)]
    assert params["sources-of"] == [("fact", True)]
    assert params["actors"] == []


def test_catalogue_is_fresh_each_call(cat: dict[str, CannedQuery]) -> None:
    again = catalogue()
    again.clear()
    assert set(catalogue()) == EXPECTED


def test_the_event_queries_have_a_per_reading_variant_and_the_others_one_text() -> None:
    events, readings = catalogue(), catalogue(readings=True)
    assert set(events) == set(readings) == EXPECTED
    differ = {n for n in EXPECTED if events[n].sparql != readings[n].sparql}
    assert differ == {"who-met-whom", "visits", "agreements", "timeline"}
    for name in differ:  # the same parameters either way, so --readings is only a switch
        assert [(p.name, p.kind) for p in events[name].params] == [(p.name, p.kind) for p in readings[name].params]
        assert "bnkg:FusedEvent" in events[name].sparql or "bnkg:kind" in events[name].sparql
        assert "bnkg:kind" not in readings[name].sparql


# --- facts on mini.trig ----------------------------------------------------------------------------


def test_who_met_whom(ds: Dataset) -> None:
    result = run("who-met-whom", ds)
    assert _dicts(result) == [
        {
            "meeting": ID + "meeting/a000000000000002",
            "participant1": "কিম জং উন",
            "participant1_en": "Kim Jong Un",
            "participant2": "ভ্লাদিমির পুতিন",
            "participant2_en": "Vladimir Putin",
            "place": "পিয়ংইয়ং",
            "place_en": "Pyongyang",
            "date": "2024-06-19",
            "status": "Occurred",
            "articles": "1",
            "participant1_iri": ACTOR + "kim_jong_un",
            "participant2_iri": ACTOR + "putin",
            "place_iri": ID + "place/pyongyang",
        }
    ]
    row = dict(zip(result.columns, result.rows[0], strict=True))
    assert row["date"] == Literal("2024-06-19", datatype=URIRef(XSD_NS + "date"))
    assert row["participant1"] == Literal("কিম জং উন", lang="bn")


@pytest.mark.slow
@pytest.mark.parametrize("actor", ["পুতিন", "Putin", "putin", "ভ্লাদিমির পুতিন", ACTOR + "putin", "wd:Q7747", "id:actor/putin"])
def test_who_met_whom_with_actor(ds: Dataset, actor: str) -> None:
    assert len(run("who-met-whom", ds, actor=actor).rows) == 1


def test_who_met_whom_actor_not_in_a_meeting(ds: Dataset) -> None:
    assert run("who-met-whom", ds, actor="ল্যাভরভ").rows == ()


def test_visits_all_in_date_order(ds: Dataset) -> None:
    rows = _dicts(run("visits", ds))
    assert [(r["visitor_en"], r["date"], r["status"]) for r in rows] == [
        ("Vladimir Putin", "2024-06-19", "Occurred"),
        ("Sergey Lavrov", "2025-07", "Planned"),
    ]


@pytest.mark.slow
def test_visits_by_visitor(ds: Dataset) -> None:
    putin = _dicts(run("visits", ds, actor="পুতিন"))
    assert len(putin) == 1
    assert putin[0]["visit"] == str(VISIT_PUTIN)
    assert putin[0]["destination"] == "উত্তর কোরিয়া"
    assert putin[0]["place_en"] == "Pyongyang"
    lavrov = run("visits", ds, actor="ল্যাভরভ")
    [row] = _dicts(lavrov)
    assert (row["visitor"], row["destination_en"], row["date"], row["status"]) == (
        "সের্গেই ল্যাভরভ", "North Korea", "2025-07", "Planned")
    assert "place" not in row and "host" not in row
    date = lavrov.rows[0][lavrov.columns.index("date")]
    assert date == Literal("2025-07", datatype=URIRef(XSD_NS + "gYearMonth"))


@pytest.mark.slow
def test_visits_by_destination_and_both_params(ds: Dataset) -> None:
    assert len(run("visits", ds, destination="North Korea").rows) == 2
    assert len(run("visits", ds, destination="উত্তর কোরিয়া", actor="Lavrov").rows) == 1
    assert run("visits", ds, destination="Russia").rows == ()
    # an optional parameter given as None is "not given"
    assert run("visits", ds, actor=None) == run("visits", ds)


@pytest.mark.slow
def test_agreements(ds: Dataset) -> None:
    [row] = _dicts(run("agreements", ds))
    assert row["parties"] == "উত্তর কোরিয়া; রাশিয়া"
    assert row["parties_en"] == "North Korea; Russia"
    assert row["signatories_en"] == "Kim Jong Un; Vladimir Putin"
    assert (row["kind"], row["date"], row["status"], row["articles"]) == ("defense", "2024-06-19", "Occurred", "1")
    assert row["party_iris"] == f"{ACTOR}north_korea {ACTOR}russia"
    assert len(run("agreements", ds, party="Russia").rows) == 1
    assert run("agreements", ds, party="Lavrov").rows == ()


@pytest.mark.slow
def test_agreement_lists_run_parallel_in_bengali_order(ds: Dataset) -> None:
    """Each role's lists come from one ordered subquery: the n-th name in each is the same actor, in
    the order of the Bengali labels; a missing label falls back to the other language, then the IRI."""
    extra = _load()
    g = extra.graph(URIRef(ID + "graph/lists"))
    bnkg, rdfs = "https://w3id.org/bnkg/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    deal = URIRef(ID + "agreement/lists")
    g.add((deal, RDF.type, URIRef(bnkg + "Agreement")))
    for key, bn, en in (("zed", "ক", "Zed"), ("abe", "খ", "Abe"), ("nolabel_en", "গ", None), ("nolabels", None, None)):
        person = URIRef(ACTOR + key)
        g.add((person, RDF.type, URIRef(bnkg + "Person")))
        for text, lang in ((bn, "bn"), (en, "en")):
            if text is not None:
                g.add((person, URIRef(rdfs + "label"), Literal(text, lang=lang)))
        g.add((deal, URIRef(bnkg + "signatory"), person))
    store = ox.Store()
    add_dataset(store, extra)
    for target in (extra, store):  # rdflib and Oxigraph
        [row] = [r for r in _dicts(run("agreements", target)) if r["agreement"] == str(deal)]
        assert row["signatories"] == f"{ACTOR}nolabels; ক; খ; গ"
        assert row["signatories_en"] == f"{ACTOR}nolabels; Zed; Abe; গ"
        assert "parties" not in row and "party_iris" not in row  # no party: unbound


@pytest.mark.slow
def test_claims(ds: Dataset) -> None:
    everything = _dicts(run("claims", ds))
    assert [r["claimant_en"] for r in everything] == ["Dmitry Peskov", "Western countries"]
    [row] = _dicts(run("claims", ds, claimant="পেসকভ"))
    assert (row["claimant"], row["kind"], row["text"], row["about_en"], row["source_file"]) == (
        "দিমিত্রি পেসকভ", "said", "সম্পর্ক আরও গভীর হবে।", "North Korea", "a.txt")
    assert len(run("claims", ds, about="North Korea").rows) == 2
    assert len(run("claims", ds, about="North Korea", claimant="Peskov").rows) == 1
    assert run("claims", ds, about="Russia").rows == ()


@pytest.mark.slow
def test_accusations(ds: Dataset) -> None:
    [row] = _dicts(run("accusations", ds))
    assert (row["accuser_en"], row["accused_en"], row["kind"], row["source_file"]) == (
        "Western countries", "North Korea", "accused", "b.txt")
    assert row["accuser"] == "পশ্চিমা দেশগুলো" and row["accused"] == "উত্তর কোরিয়া"
    assert row["text"] == "উত্তর কোরিয়াকে অস্ত্র পাঠানোর অভিযোগ করেছে।"
    assert len(run("accusations", ds, accused="উত্তর কোরিয়া", accuser="Western countries").rows) == 1
    assert run("accusations", ds, accuser="Peskov").rows == ()


def test_actors(ds: Dataset) -> None:
    rows = _dicts(run("actors", ds))
    by_en = {r["label_en"]: r for r in rows}
    assert len(rows) == 7
    assert rows[0]["label_en"] == "North Korea" and rows[0]["articles"] == "2"
    assert by_en["Vladimir Putin"]["wikidata"] == "http://www.wikidata.org/entity/Q7747"
    assert by_en["Vladimir Putin"]["type"] == "Person"
    assert by_en["Russia"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert by_en["Russia"]["type"] == "State"
    assert by_en["Western countries"]["type"] == "Group"
    assert "wikidata" not in by_en["Sergey Lavrov"]
    assert by_en["Kim Jong Un"]["label_bn"] == "কিম জং উন"


@pytest.mark.slow
def test_timeline(ds: Dataset) -> None:
    rows = _dicts(run("timeline", ds))
    assert [(r["date"], r["kind"]) for r in rows] == [
        ("2024-06-19", "Agreement"),
        ("2024-06-19", "Meeting"),
        ("2024-06-19", "Visit"),
        ("2025-07", "Visit"),
    ]
    assert rows[1]["summary"] == "কিম জং উন – ভ্লাদিমির পুতিন, পিয়ংইয়ং"
    assert rows[2]["summary"] == "ভ্লাদিমির পুতিন → উত্তর কোরিয়া, পিয়ংইয়ং"
    assert rows[3]["summary"] == "সের্গেই ল্যাভরভ → উত্তর কোরিয়া" and rows[3]["status"] == "Planned"
    assert [r["kind"] for r in _dicts(run("timeline", ds, actor="Lavrov"))] == ["Visit"]


def test_timeline_undated_last(ds: Dataset) -> None:
    extra = _load()
    g = extra.graph(URIRef(ID + "graph/test"))
    undated = URIRef(ID + "meeting/0000000000000000")
    bnkg = "https://w3id.org/bnkg/ontology#"
    g.add((undated, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(bnkg + "Meeting")))
    g.add((undated, URIRef(bnkg + "participant"), URIRef(ACTOR + "lavrov")))
    g.add((undated, URIRef(bnkg + "participant"), URIRef(ACTOR + "kim_jong_un")))
    g.add((undated, URIRef(bnkg + "date"), Literal("2024-06", datatype=URIRef(XSD_NS + "gYearMonth"))))
    undated2 = URIRef(ID + "visit/0000000000000000")
    g.add((undated2, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(bnkg + "Visit")))
    g.add((undated2, URIRef(bnkg + "visitor"), URIRef(ACTOR + "peskov")))
    dates = [r.get("date") for r in _dicts(run("timeline", extra))]
    assert dates == ["2024-06", "2024-06-19", "2024-06-19", "2024-06-19", "2025-07", None]


def test_sources_of_a_visit(ds: Dataset) -> None:
    [row] = _dicts(run("sources-of", ds, fact=str(VISIT_PUTIN)))
    assert row["source_file"] == "a.txt"
    assert row["headline"] == "পুতিনের পিয়ংইয়ং সফর"
    assert row["quote"] == "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার পিয়ংইয়ং সফর করেন।"
    assert (row["begin_index"], row["end_index"]) == ("23", "81")
    assert row["evidence"] == ID + "evidence/a000000000000001"
    assert _dicts(run("sources-of", ds, fact=f"<{VISIT_PUTIN}>")) == [row]


def test_sources_of_an_actor_lists_the_articles_mentioning_it(ds: Dataset) -> None:
    rows = _dicts(run("sources-of", ds, fact="North Korea"))
    assert [r["source_file"] for r in rows] == ["a.txt", "b.txt"]
    assert all("quote" not in r for r in rows)


def test_sources_of_unknown_fact(ds: Dataset) -> None:
    assert run("sources-of", ds, fact=ID + "visit/ffffffffffffffff").rows == ()


# --- graphs, resolution, determinism ---------------------------------------------------------------


@pytest.mark.slow
def test_plain_graph_gives_the_same_answers(ds: Dataset, baseline: dict[str, QueryResult]) -> None:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    for name, expected in baseline.items():
        assert run(name, g, **_required(name)) == expected, name


@pytest.mark.slow
def test_output_does_not_depend_on_load_order(ds: Dataset, baseline: dict[str, QueryResult]) -> None:
    shuffled = Dataset()
    for s, p, o, c in sorted(ds.quads((None, None, None, None)), reverse=True):
        shuffled.graph(c).add((s, p, o))
    for name, expected in baseline.items():
        assert run(name, shuffled, **_required(name)).to_json() == expected.to_json(), name


@pytest.mark.slow
def test_label_matching_several_actors(ds: Dataset) -> None:
    extra = _load()
    g = extra.graph(URIRef(ID + "graph/test"))
    for key in ("putin", "kim_jong_un"):
        g.add((URIRef(ACTOR + key), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Верховный лидер", lang="ru")))
    # "лидер" now names both participants: the single meeting is still reported once, counted once
    assert _dicts(run("who-met-whom", extra, actor="ЛИДЕР")) == _dicts(run("who-met-whom", ds))
    assert len(run("visits", extra, actor="лидер").rows) == 1
    assert len(run("timeline", extra, actor="лидер").rows) == 3


def test_a_label_names_an_actor_or_a_place_only(ds: Dataset) -> None:
    from bnkg.queries import resolve
    from bnkg.queries.engines import engine_for

    extra = _load()
    extra.graph(URIRef(ID + "graph/test")).add(
        (URIRef(ID + "event/x"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Visit of Putin", lang="en")))
    assert resolve(engine_for(extra), "Putin") == [URIRef(ACTOR + "putin")]  # not the labelled event


def test_label_must_match_a_whole_word(ds: Dataset) -> None:
    assert run("visits", ds, actor="তিন").rows == ()  # a suffix of পুতিন, not a word
    assert run("visits", ds, actor="utin").rows == ()


# --- one name, one actor ----------------------------------------------------------------------------

RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
ALT_LABEL = URIRef("http://www.w3.org/2004/02/skos/core#altLabel")
MINISTRY = URIRef(ACTOR + "ministry_of_foreign_affairs_russia")


def _with_ministry() -> Dataset:
    """mini.trig and a ministry whose English label ends with "Russia", the claimant of Peskov's claim too."""
    extra = _load()
    g = extra.graph(URIRef(ID + "graph/test"))
    g.add((MINISTRY, RDF.type, URIRef("https://w3id.org/bnkg/ontology#Organization")))
    g.add((MINISTRY, RDFS_LABEL, Literal("রুশ পররাষ্ট্র মন্ত্রণালয়", lang="bn")))
    g.add((MINISTRY, RDFS_LABEL, Literal("Ministry of Foreign Affairs of Russia", lang="en")))
    g.add((URIRef(ID + "claim/a000000000000004"), URIRef("https://w3id.org/bnkg/ontology#claimant"), MINISTRY))
    return extra


def test_one_name_selects_one_actor_in_bengali_and_english() -> None:
    """Issue 16: `--claimant Russia` also took the ministry (its English label ends with "Russia"),
    `--claimant রাশিয়া` did not. An exact label or alias (any language, any case) now comes first."""
    extra = _with_ministry()
    store = ox.Store()
    add_dataset(store, extra)
    for target in (extra, store):
        for value in ("Russia", "রাশিয়া", "RUSSIA", " russia "):
            r = run("claims", target, claimant=value)
            assert r.rows == ()  # Russia itself made no claim; the ministry's claim is not Russia's
            [found] = r.resolved
            assert (found.param, found.value, found.iris, found.names, found.exact, found.by_label) == \
                ("claimant", value, (URIRef(ACTOR + "russia"),), ("রাশিয়া (Russia)",), True, True)
        assert run("agreements", target, party="Russia").to_json() == run("agreements", target, party="রাশিয়া").to_json()
        assert run("agreements", target, party="Russia").rows
        assert len(run("claims", target, claimant="Ministry of Foreign Affairs of Russia").rows) == 1
        assert len(run("claims", target, claimant="রুশ পররাষ্ট্র মন্ত্রণালয়").rows) == 1


def test_a_surname_resolves_when_no_label_equals_it() -> None:
    extra = _load()
    for value in ("Putin", "পুতিন"):
        [found] = run("visits", extra, actor=value).resolved
        assert found.iris == (URIRef(ACTOR + "putin"),) and not found.exact
        assert found.names == ("ভ্লাদিমির পুতিন (Vladimir Putin)",)
    assert len(run("visits", extra, actor="Putin").rows) == 1
    # an alias (here Bengali) that equals the name is an exact match, and the only one kept
    extra.graph(URIRef(ID + "graph/test")).add((URIRef(ACTOR + "kim_jong_un"), ALT_LABEL, Literal("পুতিন", lang="bn")))
    [found] = run("visits", extra, actor="পুতিন").resolved
    assert found.iris == (URIRef(ACTOR + "kim_jong_un"),) and found.exact
    [found] = run("visits", extra, actor="Putin").resolved  # no exact English "Putin": the surname still
    assert found.iris == (URIRef(ACTOR + "putin"),)


def test_several_actors_and_none_are_reported(ds: Dataset) -> None:
    [found] = run("who-met-whom", ds, actor="Korea").resolved  # North Korea; no exact "Korea"
    assert found.iris == (URIRef(ACTOR + "north_korea"),)
    extra = _load()
    extra.graph(URIRef(ID + "graph/test")).add((URIRef(ACTOR + "putin"), ALT_LABEL, Literal("নেতা", lang="bn")))
    extra.graph(URIRef(ID + "graph/test")).add((URIRef(ACTOR + "kim_jong_un"), ALT_LABEL, Literal("নেতা", lang="bn")))
    [found] = run("who-met-whom", extra, actor="নেতা").resolved
    assert found.shown() == "কিম জং উন (Kim Jong Un); ভ্লাদিমির পুতিন (Vladimir Putin)"  # in IRI order
    assert len(found.iris) == 2 and found.exact
    nothing = run("claims", ds, claimant="Nobody At All")
    assert nothing.rows == () and nothing.resolved[0].iris == ()
    assert nothing.resolved[0].shown() == "no actor or place has this name or alias: no rows"
    by_iri = run("visits", ds, actor="wd:Q7747").resolved[0]
    assert by_iri.iris == (URIRef(ACTOR + "putin"),) and not by_iri.by_label
    missing = run("visits", ds, actor=ACTOR + "nobody").resolved[0]
    assert missing.iris == () and missing.shown() == "nothing in the graph has this IRI: no rows"
    assert run("visits", ds, since="2024").resolved == ()  # a date is not resolved
    assert nothing == QueryResult(nothing.columns, ())  # the resolution is not part of the answer


@pytest.mark.slow
def test_initbindings_path_matches_values_path(ds: Dataset, cat: dict[str, CannedQuery]) -> None:
    """Another engine may bind ?NAMEParam directly; the .rq files must give the same rows."""
    view = Dataset(store=ds.store, default_union=True)
    bound = list(view.query(cat["visits"].sparql, initBindings={"actorParam": URIRef(ACTOR + "putin")}))
    assert [str(r[0]) for r in bound] == [str(VISIT_PUTIN)]
    bound = list(view.query(cat["who-met-whom"].sparql, initBindings={"actorParam": URIRef(ACTOR + "lavrov")}))
    assert bound == []


def test_parameters_are_specialised_into_the_query_text(cat: dict[str, CannedQuery]) -> None:
    """Regression (10,000 articles in Oxigraph): a VALUES block at the top is not pushed into UNION
    branches, so the sources of one fact took 0.9 s; with the IRI in the patterns, 0.3 ms."""
    from bnkg.queries.specialise import specialise

    q = cat["sources-of"].sparql
    one = specialise(q, ["factParam"], {"factParam": [VISIT_PUTIN]})
    assert f"<{VISIT_PUTIN}> bnkg:evidence ?evidence" in one and "?factParam" not in one
    visits = cat["visits"].sparql
    variables = [p.variable for p in cat["visits"].params]
    unbound = specialise(visits, variables, {})
    assert "Param" not in unbound.split("WHERE", 1)[1]  # the always-true filters are gone
    several = specialise(visits, variables, {"actorParam": [URIRef(ACTOR + "kim_jong_un"), URIRef(ACTOR + "putin")]})
    assert f"VALUES ?actorParam {{ <{ACTOR}kim_jong_un> <{ACTOR}putin> }}" in several
    assert "FILTER(?visitor_iri = ?actorParam)" in several and "destinationParam" not in several.split("WHERE", 1)[1]
    dated = specialise(visits, variables, {}, {"sinceParam": "2024-06"})
    body = dated.split("WHERE {", 1)[1]
    assert body.startswith("\n  ?visit bnkg:date ?date .")  # the dated events first
    assert 'STRLEN("2024-06")' in body and "Param" not in body


def test_one_iri_in_an_exists_filter_becomes_the_start_of_its_group(cat: dict[str, CannedQuery]) -> None:
    """Oxigraph, 10,000 articles: Putin's meetings 131 ms with FILTER(EXISTS …) tested on every meeting,
    55 ms starting from his meetings; the timeline of one actor 634 → 99 ms."""
    from bnkg.queries.specialise import specialise

    met = cat["who-met-whom"]
    variables = [p.variable for p in met.params]
    one = specialise(met.sparql, variables, {"actorParam": [URIRef(ACTOR + "putin")]})
    body = one.split("WHERE {", 1)[1]
    assert body.startswith(f"\n  {{ SELECT DISTINCT ?meeting WHERE {{ ?meeting bnkg:participant <{ACTOR}putin> }} }}")
    assert "EXISTS" not in body
    several = specialise(met.sparql, variables, {"actorParam": [URIRef(ACTOR + "kim_jong_un"), URIRef(ACTOR + "putin")]})
    assert "SELECT DISTINCT ?meeting" not in several and "EXISTS { ?meeting bnkg:participant ?actorParam }" in several
    timeline = specialise(cat["timeline"].sparql, [p.variable for p in cat["timeline"].params],
                           {"actorParam": [URIRef(ACTOR + "putin")]})
    # one start per group that filtered: each kind's subquery and the main group
    assert timeline.count("{ SELECT DISTINCT ?event WHERE { ?event bnkg:visitor|") == 4
    assert "EXISTS" not in timeline


def test_join_hints_stay_for_listings_and_are_patterns_again_when_a_parameter_anchors() -> None:
    """Oxigraph, 10,000 articles: a pattern looked up row by row costs ~14-25 µs a row, a scan ~0.3 µs a
    triple (the timeline 6.9 -> 2.6 s CPU with its lookups written as subqueries); one actor's few rows
    are cheaper looked up, so an anchoring parameter turns the hints back into patterns."""
    from bnkg.queries.specialise import specialise

    met = catalogue()["who-met-whom"]  # (the fused events' text; the fixture holds the readings')
    variables = [p.variable for p in met.params]
    hint = "{ SELECT ?meeting ?date WHERE { ?meeting bnkg:date ?date } }"
    assert hint in specialise(met.sparql, variables, {})
    one = specialise(met.sparql, variables, {"actorParam": [URIRef(ACTOR + "putin")]})
    assert hint not in one and "OPTIONAL { ?meeting bnkg:date ?date }" in one
    assert "{ ?meeting bnkg:supportedBy ?article }" in one and "SELECT ?meeting ?article WHERE" not in one
    dated = specialise(met.sparql, variables, {}, {"sinceParam": "2024"})
    assert hint not in dated and dated.split("WHERE {", 1)[1].startswith("\n  ?meeting bnkg:date ?date .")
    # several IRIs stay a VALUES block at the top, which does not reach the subqueries: the hints stay
    several = specialise(met.sparql, variables, {"actorParam": [URIRef(ACTOR + "kim_jong_un"), URIRef(ACTOR + "putin")]})
    assert hint in several


def test_a_page_restricts_every_marked_group_to_its_entities(cat: dict[str, CannedQuery]) -> None:
    """Paging: the page's events are found first (pages/NAME.rq), then each group computing a column of an event
    starts from them (a VALUES block) and looks its patterns up instead of scanning every event."""
    from bnkg.queries.specialise import PAGE_PARAM, paged, specialise

    events = [URIRef(ID + "event/e000000000000001"), URIRef(ID + "event/e000000000000002")]
    for name in ("agreements", "timeline", "visits", "who-met-whom"):
        query = catalogue()[name]
        assert query.page and "?pageParam" not in query.page, name
        entity = {"agreements": "agreement", "timeline": "event", "visits": "visit", "who-met-whom": "meeting"}[name]
        marks = query.sparql.count(f"|| ?{entity} = ?{PAGE_PARAM})")
        text = paged(query.sparql, events)
        assert marks >= 3 and text.count(f"{{ <{events[0]}> <{events[1]}> }}") == marks, name
        assert f"?{PAGE_PARAM}" not in text and "WHERE { ?" not in text.split("GROUP BY")[-1], name
        assert "SELECT ?article ?file ?key" not in text and "{ ?article bnkg:sourceFile ?sourceFile . BIND(" in text \
            or name == "agreements", name  # (each article's sort key: a subquery for a listing, looked up for a page)
        # without a page the lines go, and the listing keeps its join hints
        plain = specialise(query.sparql, [p.variable for p in query.params] + [PAGE_PARAM], {})
        assert f"?{PAGE_PARAM}" not in plain and "VALUES ?event {" not in plain and "WHERE { ?" in plain, name
    assert not cat["visits"].page  # the per-reading answers page by LIMIT/OFFSET
    conflicts = paged(catalogue()["conflicts"].sparql, events)
    assert conflicts.split("WHERE {", 1)[1].startswith(f"\n  VALUES ?event {{ <{events[0]}> <{events[1]}> }}")


@pytest.mark.parametrize(("text", "iris", "message"), [
    ("SELECT ?v WHERE {\n  FILTER(!BOUND(?pageParam) || ?v != ?pageParam)\n}", [URIRef(ID + "event/e1")],
     "a page filter must read"),
    ("SELECT ?v WHERE {\n  FILTER(!BOUND(?pageParam) || ?v = ?pageParam)\n}", [], "non-empty list of graph IRIs"),
    ("SELECT ?v WHERE {\n  FILTER(!BOUND(?pageParam) || ?v = ?pageParam)\n}", [URIRef("x> } #")],
     "non-empty list of graph IRIs"),
])
def test_a_malformed_page_is_refused(text: str, iris: list[URIRef], message: str) -> None:
    from bnkg.queries.specialise import paged

    with pytest.raises(QueryError, match=message):
        paged(text, iris)


def test_a_page_entity_without_a_row_falls_back_to_limit_and_offset() -> None:
    """The timeline's page query lets through a fused visit without a visitor, which the timeline drops: the
    first page is then found by LIMIT/OFFSET, the same rows."""
    extra = _load()
    bnkg = "https://w3id.org/bnkg/ontology#"
    g = extra.graph(URIRef(ID + "graph/fused"))
    odd = URIRef(ID + "event/0000000000000000")
    g.add((odd, RDF.type, URIRef(bnkg + "FusedEvent")))
    g.add((odd, URIRef(bnkg + "kind"), URIRef(bnkg + "Visit")))
    g.add((odd, URIRef(bnkg + "date"), Literal("2000-01-01", datatype=XSD.date)))
    g.add((odd, URIRef(bnkg + "rank"), Literal(0, datatype=XSD.nonNegativeInteger)))
    target = ox.Store()  # (rdflib gives rows of unbound events for the kinds a fused graph lacks: a grouped subquery)
    add_dataset(target, extra)
    whole = run_any("timeline", target).rows
    assert len(whole) == 1 and odd not in whole[0]
    assert run_any("timeline", target, limit=1).rows == whole
    assert run_any("timeline", target, limit=1, offset=1).rows == ()


def test_the_fused_timeline_of_a_graph_without_meetings_answers_alike_in_rdflib(ds: Dataset, store: ox.Store) -> None:
    """mini.trig fuses one visit and no meeting or agreement: rdflib answers a grouped subquery that matched
    nothing with one empty group, which paired "Meeting" and "Agreement" with every event (11 rows, not 1)
    until each branch states its kind outside that subquery."""
    assert run_any("timeline", ds).rows == run_any("timeline", store).rows
    assert [str(r[2]) for r in run_any("timeline", ds).rows] == ["Visit"]


def test_a_page_of_a_label_naming_several_actors_is_a_slice(ds: Dataset) -> None:
    """Several IRIs for one parameter stay a VALUES block at the top, which the page query's groups would not
    see: such a page is found by LIMIT/OFFSET."""
    extra = _load()
    g = extra.graph(URIRef(ID + "graph/test"))
    for key in ("putin", "kim_jong_un"):
        g.add((URIRef(ACTOR + key), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Верховный лидер", lang="ru")))
    whole = run_any("timeline", extra, actor="лидер").rows
    assert whole and run_any("timeline", extra, actor="лидер", limit=1).rows == whole[:1]


@pytest.mark.slow
def test_specialised_queries_answer_as_the_plain_ones(ds: Dataset, cat: dict[str, CannedQuery]) -> None:
    """The .rq text with ?NAMEParam bound by initBindings (what another engine does) and the runner's
    specialised text give the same rows."""
    view = Dataset(store=ds.store, default_union=True)
    for name, var, value in [("visits", "actorParam", ACTOR + "putin"), ("sources-of", "factParam", str(VISIT_PUTIN)),
                             ("timeline", "actorParam", ACTOR + "kim_jong_un"),
                             ("who-met-whom", "actorParam", ACTOR + "putin"),
                             ("claims", "claimantParam", ACTOR + "peskov"),
                             ("agreements", "partyParam", ACTOR + "russia"),
                             ("accusations", "accusedParam", ACTOR + "north_korea")]:
        plain = [tuple(r) for r in view.query(cat[name].sparql, initBindings={var: URIRef(value)})]
        assert plain, name
        assert [tuple(map(str, filter(None, r))) for r in plain] == \
            [tuple(map(str, filter(None, r))) for r in run(name, ds, **{var[:-5]: value}).rows], name

# --- parameters in query text (endpoints) ---------------------------------------------------------

_PLAIN_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"(?!\^\^|@)')


class VirtuosoLike:
    """A text engine that reads a query as Virtuoso 7.2 does (issue 16): each non-ASCII character of a
    plain literal in the query text becomes "?"; a typed literal survives. Answers come from Oxigraph."""

    def __init__(self, store: ox.Store) -> None:
        self.engine = StoreEngine(store)
        self.texts: list[str] = []

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> Solutions:
        assert not bindings, "a text engine is given its parameters in the query text"
        self.texts.append(sparql)
        mangled = _PLAIN_LITERAL.sub(lambda m: '"' + re.sub(r"[^\x00-\x7f]", "?", m[1]) + '"', sparql)
        return self.engine.select(mangled, {})


@pytest.fixture(scope="module")
def store(ds: Dataset) -> ox.Store:
    s = ox.Store()
    add_dataset(s, ds)
    return s


def test_the_virtuoso_like_engine_loses_a_plain_bengali_literal(store: ox.Store) -> None:
    """The fake reproduces the bug: a plain Bengali literal in the text matches nothing, a typed one matches."""
    virtuoso = VirtuosoLike(store)
    lookup = 'SELECT ?s WHERE {\n  ?s rdfs:label ?l . FILTER(STR(?l) = STR(%s))\n}'
    lookup = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + lookup
    assert virtuoso.select(lookup % '"রাশিয়া"', {})[1] == []
    assert virtuoso.select(lookup % f'"রাশিয়া"^^<{XSD_NS}string>', {})[1] == [{"s": URIRef(ACTOR + "russia")}]


@pytest.mark.parametrize(("name", "param", "value"), [
    ("claims", "claimant", "পেসকভ"), ("claims", "claimant", "Peskov"), ("visits", "actor", "পুতিন"),
    ("agreements", "party", "রাশিয়া"), ("who-met-whom", "actor", "কিম জং উন"), ("visits", "destination", "North Korea"),
])
def test_string_parameters_reach_a_text_engine_typed_and_answer_alike(ds: Dataset, store: ox.Store, name: str,
                                                                       param: str, value: str) -> None:
    """Issue 16: Virtuoso gave 0 rows for any Bengali parameter. A text engine now receives the value as
    "…"^^xsd:string, and rdflib, the embedded store and the text engine give the same rows."""
    expected = run(name, ds, **{param: value})
    assert expected.rows, (name, value)
    virtuoso = VirtuosoLike(store)
    assert run(name, virtuoso, **{param: value}).to_json() == expected.to_json()
    assert run(name, store, **{param: value}).to_json() == expected.to_json()
    typed = f'{ox.Literal(value)}^^<{XSD_NS}string>'
    lookups = [text for text in virtuoso.texts if "?needle" in text]
    assert lookups and all(typed in text for text in lookups)


def test_a_select_without_variables_gives_its_solutions_as_empty_rows() -> None:
    """Regression: each solution of ``SELECT * {}`` is an empty TSV line, not one empty cell (zip failed)."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(ACTOR + "a"), ox.NamedNode(ACTOR + "p"), ox.NamedNode(ACTOR + "b")))
    engine = StoreEngine(store)
    assert engine.select("SELECT * WHERE { }", {}) == ((), [{}])
    assert engine.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 0", {}) == (("s", "p", "o"), [])


def test_a_hostile_value_in_query_text_stays_one_typed_literal() -> None:
    empty = ox.Store()
    for value in [*HOSTILE, "পুতিন\" } UNION { ?s ?p ?o", "\\u0022 \\", "\t\r"]:
        text = with_values("SELECT ?needle ?other WHERE {\n}", {"needle": Literal(value), "other": URIRef(ACTOR + "x")})
        [row] = list(empty.query(text))
        assert row["needle"] == ox.Literal(value) and row["other"] == ox.NamedNode(ACTOR + "x")
    assert sparql_text(Literal("ক", lang="bn")) == '"ক"@bn'
    assert sparql_text(Literal("2", datatype=XSD.integer)) == f'"2"^^<{XSD_NS}integer>'


def test_a_term_that_cannot_go_into_query_text_is_refused() -> None:
    with pytest.raises(QueryError, match="not an IRI"):
        sparql_text(URIRef("https://x.example/a> } <b"))
    with pytest.raises(QueryError, match="BNode"):
        sparql_text(BNode())
    with pytest.raises(QueryError, match="no 'WHERE"):
        with_values("ASK {}", {"x": Literal("a")})


# --- errors ----------------------------------------------------------------------------------------


def test_unknown_query(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="who-met-whom"):
        run("who-met", ds)


def test_unknown_param_lists_valid_ones(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="actor, destination"):
        run("visits", ds, visitor="Putin")
    with pytest.raises(QueryError, match="none"):
        run("actors", ds, actor="Putin")


def test_missing_required_param(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="fact"):
        run("sources-of", ds)


def test_unknown_format(ds: Dataset) -> None:
    with pytest.raises(QueryError, match="table, csv, json"):
        format_result(run("actors", ds), "xml")  # type: ignore[arg-type]


# --- formats ---------------------------------------------------------------------------------------


def test_json_follows_w3c_results_format(ds: Dataset) -> None:
    result = run("who-met-whom", ds)
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"] == list(result.columns)
    [b] = doc["results"]["bindings"]
    assert b["meeting"] == {"type": "uri", "value": ID + "meeting/a000000000000002"}
    assert b["participant1"] == {"type": "literal", "value": "কিম জং উন", "xml:lang": "bn"}
    assert b["date"] == {"type": "literal", "value": "2024-06-19", "datatype": XSD_NS + "date"}
    assert b["articles"]["datatype"] == XSD_NS + "integer"
    # unbound variables are left out of the binding
    lavrov = json.loads(run("visits", ds, actor="Lavrov").to_json())["results"]["bindings"][0]
    assert "place" not in lavrov and "host_iri" not in lavrov


def test_csv_has_a_header(ds: Dataset) -> None:
    result = run("claims", ds)
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == list(result.columns)
    assert len(rows) == 1 + len(result.rows)
    assert rows[1][result.columns.index("text")] == "সম্পর্ক আরও গভীর হবে।"
    empty = run("visits", ds, actor="nobody")
    assert empty.to_csv() == ",".join(empty.columns) + "\n"


def test_table_is_aligned(ds: Dataset) -> None:
    text = format_result(run("timeline", ds), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["date", "kind", "summary", "status", "event", "articles"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert len(lines) == 2 + 4
    col = lines[0].index("kind")
    assert all(line[col:].startswith(("Agreement", "Meeting", "Visit")) for line in lines[2:])


# --- hostile parameter values ----------------------------------------------------------------------


def _every_param() -> list[tuple[str, str, bool]]:
    return [(n, p.name, readings) for readings in (False, True)
            for n, q in sorted(catalogue(readings=readings).items()) for p in q.params if p.kind == "resource"]


def _date_params() -> list[tuple[str, str, bool]]:
    return [(n, p.name, readings) for readings in (False, True)
            for n, q in sorted(catalogue(readings=readings).items()) for p in q.params if p.kind == "date"]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "param", "readings"), _every_param())
def test_hostile_values_are_harmless(ds: Dataset, name: str, param: str, readings: bool) -> None:
    for value in HOSTILE:
        result = run_any(name, ds, readings=readings, **{param: value})
        assert result.rows == (), value
        json.loads(result.to_json())


@pytest.mark.parametrize(("name", "param", "readings"), _date_params())
def test_a_date_parameter_that_is_not_a_date_is_refused(ds: Dataset, name: str, param: str, readings: bool) -> None:
    for value in [*HOSTILE, "2024-13", "2024-06-32", "24-06", "2024/06", "June 2024", "২০২৪"]:
        with pytest.raises(QueryError, match=f"--{param} .* is not a date; give YYYY, YYYY-MM or YYYY-MM-DD"):
            run_any(name, ds, readings=readings, **{param: value})


@pytest.mark.slow
def test_date_range(ds: Dataset) -> None:
    """since/until keep the dated events whose date overlaps the range (at the coarser precision)."""
    def dates(name: str, **p: str) -> list[str]:
        r = run(name, ds, **p)
        return [str(row[r.columns.index("date")]) for row in r.rows]

    every = dates("timeline")
    assert every == ["2024-06-19"] * 3 + ["2025-07"]
    for since, until in [("2024-06", "2024-06"), ("2023", "2024-06-18"), ("2024-06-20", None), (None, "2024"),
                         ("2025-07-15", "2025-07-15"), ("2025", None)]:
        params = {k: v for k, v in (("since", since), ("until", until)) if v}
        got = dates("timeline", **params)
        want = [d for d in every if d != "None"
                and (since is None or d[:len(since)] >= since[:len(d)])
                and (until is None or d[:len(until)] <= until[:len(d)])]
        assert got == want, params
    assert dates("visits", since="2024-06", until="2024-06") == [d for d in dates("visits") if d.startswith("2024-06")]
    assert dates("who-met-whom", since="2100") == []
    assert dates("timeline", since="2025-07-15", until="2025-07-15") == ["2025-07"]  # the month overlaps the day
    # an undated event answers no date range
    extra = _load()
    for _, _, d, g in list(extra.quads((VISIT_PUTIN, URIRef("https://w3id.org/bnkg/ontology#date"), None, None))):
        extra.remove((VISIT_PUTIN, URIRef("https://w3id.org/bnkg/ontology#date"), d, g))
    assert "None" in dates_of(run("visits", extra))
    assert "None" not in dates_of(run("visits", extra, since="1900"))


def dates_of(r: QueryResult) -> list[str]:
    return [str(row[r.columns.index("date")]) for row in r.rows]


@pytest.mark.slow
def test_hostile_literal_bound_directly_is_harmless(ds: Dataset, cat: dict[str, CannedQuery]) -> None:
    view = Dataset(store=ds.store, default_union=True)
    for q in [*cat.values(), *catalogue().values()]:
        prepared = prepareQuery(q.sparql)
        for p in q.params:
            if p.kind == "date":  # a literal is what a date parameter takes: compared, never pasted
                continue
            for value in HOSTILE:
                rows = list(view.query(prepared, initBindings={p.variable: Literal(value)}))
                assert rows == [], (q.name, p.name, value)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(min_size=1, max_size=40).map(lambda s: s + '"}>'))
def test_fuzzed_values_never_raise(ds: Dataset, value: str) -> None:
    assert run("visits", ds, actor=value, destination=value).rows == ()
    assert run("sources-of", ds, fact=value).rows == ()


def test_a_claim_under_two_files_sits_at_its_rank_in_the_whole_answer_and_its_pages() -> None:
    """claims.rq orders by bnkg:claimRank (a claim's first file), then within the claim: a claim derived from two
    articles (a.txt, z.txt) lists both rows at a.txt's place, before a claim of m.txt, in the whole answer and its
    pages alike; the same graph without ranks keeps the order of the files (a, m, z)."""
    bnkg_ns, prov = "https://w3id.org/bnkg/ontology#", "http://www.w3.org/ns/prov#"
    ds = Dataset()
    g = ds.graph(URIRef(ID + "graph/t"))
    claim_x, claim_y = URIRef(ID + "claim/b000000000000001"), URIRef(ID + "claim/b000000000000002")
    for claim, articles, rank in ((claim_x, ("a", "z"), 0), (claim_y, ("m",), 1)):
        g.add((claim, RDF.type, URIRef(bnkg_ns + "Claim")))
        g.add((claim, URIRef(bnkg_ns + "claimant"), URIRef(ACTOR + "putin")))
        g.add((claim, URIRef(bnkg_ns + "text"), Literal("আলোচনা ফলপ্রসূ হয়েছে।", lang="bn")))
        g.add((claim, URIRef(bnkg_ns + "claimRank"), Literal(rank, datatype=XSD.nonNegativeInteger)))
        for name in articles:
            article = URIRef(ID + f"article/{name}")
            g.add((claim, URIRef(prov + "wasDerivedFrom"), article))
            g.add((article, URIRef(bnkg_ns + "sourceFile"), Literal(f"{name}.txt")))
    old = Dataset()
    for s, p, o, c in ds.quads((None, None, None, None)):
        if p != URIRef(bnkg_ns + "claimRank"):
            old.graph(c).add((s, p, o))
    for graph, files in ((ds, ["a.txt", "z.txt", "m.txt"]), (old, ["a.txt", "m.txt", "z.txt"])):
        store = ox.Store()
        add_dataset(store, graph)
        for target in (graph, store):
            whole = run_any("claims", target)
            column = whole.columns.index("source_file")
            assert [str(r[column]) for r in whole.rows] == files
            assert [run_any("claims", target, limit=1, offset=n).rows for n in range(3)] == [(r,) for r in whole.rows]
