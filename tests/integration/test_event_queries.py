"""The canned queries answer in real-world events (issue 14): one row per fused event, with its
sources and a flag where its readings disagree; ``readings=True`` / ``--readings`` keeps the rows per
article's reading; claims name the event they are about.  The engines are compared in test_store.py
and test_remote.py (which also checks the seeds' June 2024 summit on an Oxigraph server)."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF

import bnkg
from bnkg.cli.main import main
from bnkg.queries import QueryResult, catalogue, run
from bnkg.rdf.namespaces import BNKG, PROV
from bnkg.stores.embedded import add_dataset, open_store

from ..conftest import EXAMPLES, ROOT, SEEDS
from ..unit.test_fusion import T1, T2, T3, A, B, C, write

ACTOR = "https://w3id.org/bnkg/id/actor/"
PAGES = ((0, 1), (0, 3), (2, 3), (3, 50))


def rows(result: QueryResult) -> list[dict[str, str]]:
    return [{c: str(v) for c, v in zip(result.columns, row, strict=True) if v is not None} for row in result.rows]


def fused(ds: Dataset, kind: URIRef) -> set[URIRef]:
    return {s for s, _, _, _ in ds.quads((None, BNKG.kind, kind, None))}


@pytest.fixture(scope="module")
def summit(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """Two reports of one meeting (19 June; "this month") and a treaty dated two ways and once not."""
    return bnkg.build(write(tmp_path_factory.mktemp("summit"), a=A, b=B, t1=T1, t2=T2, t3=T3))


def test_one_row_per_meeting_with_its_sources(summit: Dataset) -> None:
    [row] = rows(run("who-met-whom", summit))
    assert row["participants_en"] == "Kim Jong Un; Vladimir Putin"
    assert row["participant_iris"] == f"{ACTOR}kim_jong_un {ACTOR}putin"
    assert (row["date"], row["precision"], row["status"]) == ("2024-06-19", "day", "Occurred")
    assert (row["place_en"], row["articles"], row["sources"]) == ("Pyongyang", "2", "a.txt; b.txt")
    assert "conflicts" not in row
    assert URIRef(row["meeting"]) in fused(summit, BNKG.Meeting)
    # per article's reading: today's rows, one for each report with that article's own date
    per_reading = rows(run("who-met-whom", summit, readings=True))
    assert sorted((r["date"], r["articles"]) for r in per_reading) == [("2024-06", "1"), ("2024-06-19", "1")]


def test_a_disagreement_is_flagged_and_the_agreed_part_of_the_date_kept(tmp_path: Path) -> None:
    ds = bnkg.build(write(tmp_path, a=A, c=C))
    [row] = rows(run("who-met-whom", ds))
    assert (row["date"], row["precision"], row["conflicts"], row["articles"]) == ("2024-06", "month", "date", "2")
    detail = rows(run("conflicts", ds))
    assert {(r["value"], r["source_file"]) for r in detail if r["event"] == row["meeting"]} == \
        {("2024-06-19", "a.txt"), ("2024-06-20", "c.txt")}


def test_agreements_visits_and_timeline_answer_once_per_event(summit: Dataset) -> None:
    [agreement] = rows(run("agreements", summit))
    assert agreement["parties_en"] == "North Korea; Russia" and agreement["kind"] == "defense"
    assert (agreement["articles"], agreement["sources"]) == ("3", "t1.txt; t2.txt; t3.txt")
    assert (agreement["date"], agreement["precision"], agreement["conflicts"]) == ("2024", "year", "date")
    assert len(run("agreements", summit, readings=True).rows) == 3
    visits = rows(run("visits", summit))
    assert len(visits) == len(fused(summit, BNKG.Visit)) and all(v["visitor_en"] == "Vladimir Putin" for v in visits)
    timeline = rows(run("timeline", summit))
    events = {s for s, _, _, _ in summit.quads((None, RDF.type, BNKG.FusedEvent, None))}
    assert sorted(r["event"] for r in timeline) == sorted(map(str, events))
    assert len(run("timeline", summit, readings=True).rows) > len(timeline)
    # dated first, in date order; the agreement's kind in its summary
    dates = [r["date"] for r in timeline if "date" in r]
    assert dates == sorted(dates) and any(r["summary"].endswith(": defense") for r in timeline)


def test_a_graph_made_before_ranks_answers_in_the_same_order(summit: Dataset) -> None:
    """Fused events written before bnkg:rank existed (an older build or store, another tool's graph) are
    ordered as before — dated first, by date, then by event — not in whatever order the engine finds them."""
    old = Dataset()
    for s, p, o, g in summit.quads((None, None, None, None)):
        if p != BNKG.rank:
            old.graph(g).add((s, p, o))
    assert not list(old.quads((None, BNKG.rank, None, None)))
    store = ox.Store()  # (in memory: the embedded store's engine)
    add_dataset(store, old)
    for name in ("visits", "who-met-whom", "agreements", "timeline"):
        ranked = run(name, summit).rows
        assert run(name, old).rows == ranked and run(name, store).rows == ranked, name
        assert run(name, store, limit=1).rows == ranked[:1], name
    dates = [r["date"] for r in rows(run("timeline", old)) if "date" in r]
    assert dates == sorted(dates) and len(dates) > 1


@pytest.mark.slow
def test_a_page_of_claims_is_a_slice_of_the_answer_with_or_without_claim_ranks() -> None:
    """Claims and accusations are paged by bnkg:claimRank (one per claim, in the listing's order of source file, then
    IRI); a graph made before it (an older build, a store whose fused graph was recomputed) answers the same pages."""
    ds = bnkg.build([EXAMPLES])
    claims = {s for c in (BNKG.Claim, BNKG.Accusation) for s, _, _, _ in ds.quads((None, RDF.type, c, None))}
    ranks = sorted((int(o), s) for s, _, o, _ in ds.quads((None, BNKG.claimRank, None, None)))
    assert {s for _, s in ranks} == claims and [n for n, _ in ranks] == list(range(len(claims)))
    old = Dataset()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if p != BNKG.claimRank:
            old.graph(g).add((s, p, o))
    store, old_store = ox.Store(), ox.Store()  # (in memory: the embedded store's engine)
    add_dataset(store, ds)
    add_dataset(old_store, old)
    for name, params in (("claims", {}), ("accusations", {}), ("claims", {"claimant": "Peskov"})):
        whole = run(name, store, **params).rows
        assert len(whole) >= 3, name
        # the listing's order: by source file first
        files = [str(r[run(name, store).columns.index("source_file")]) for r in whole]
        assert files == sorted(files), name
        for graph, pages in ((ds, ((0, 3),)), (old, ((0, 3),)), (store, PAGES), (old_store, PAGES)):  # (rdflib: slow)
            assert run(name, graph, **params).rows == whole, name
            for offset, limit in ((o, n) for o, n in pages if o < len(whole)):
                assert run(name, graph, limit=limit, offset=offset, **params).rows == whole[offset:offset + limit], \
                    (name, offset, limit)


def test_parameters_filter_events_and_answer_as_the_plain_text(summit: Dataset) -> None:
    """The runner's specialised text and the .rq text with ?NAMEParam bound (what another engine does) agree."""
    view = Dataset(store=summit.store, default_union=True)
    cat = catalogue()
    for name, var, value in [("who-met-whom", "actorParam", ACTOR + "putin"), ("visits", "actorParam", ACTOR + "putin"),
                             ("agreements", "partyParam", ACTOR + "russia"), ("timeline", "actorParam", ACTOR + "kim_jong_un")]:
        plain = [tuple(str(v) for v in r if v is not None) for r in view.query(cat[name].sparql, initBindings={var: URIRef(value)})]
        assert plain, name
        assert plain == [tuple(str(v) for v in r if v is not None) for r in run(name, summit, **{var[:-5]: value}).rows]
    assert run("who-met-whom", summit, actor="Lavrov").rows == ()
    assert len(run("who-met-whom", summit, since="2024-06", until="2024-06").rows) == 1
    assert run("agreements", summit, since="2025").rows == ()  # the agreed date (2024) is before


def test_claims_name_the_event_they_are_about(tmp_path: Path) -> None:
    ds = bnkg.build([EXAMPLES])
    claim = sorted(s for s, _, _, _ in ds.quads((None, RDF.type, BNKG.Claim, None)))[0]
    accusation = sorted(s for s, _, _, _ in ds.quads((None, RDF.type, BNKG.Accusation, None)))[0]
    reading, _, event, _ = sorted(ds.quads((None, BNKG.reportOf, None, None)))[0]
    for node in (claim, accusation):
        graph = next(g for _, _, _, g in ds.quads((node, PROV.wasDerivedFrom, None, None)))
        ds.graph(graph).add((node, BNKG.about, reading))
    store = open_store(tmp_path / "kg")
    add_dataset(store, ds)
    for target in (ds, store):
        # (an accusation is a claim too; its row about the accused names no event)
        found = [r for r in rows(run("claims", target, about=str(reading))) if r["about_iri"] == str(reading)]
        assert sorted((r["claim"], r["event"]) for r in found) == sorted([(str(claim), str(event)),
                                                                          (str(accusation), str(event))])
        accused = [r for r in rows(run("accusations", target)) if r.get("accused_iri") == str(reading)]
        assert [(r["accusation"], r["event"]) for r in accused] == [(str(accusation), str(event))]
        assert all("event" not in r for r in rows(run("claims", target)) if r.get("about_iri") != str(reading))
    assert rows(run("claims", ds)) == rows(run("claims", store))


def test_cli_readings_switch_and_catalogue_listing(summit: Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "g.trig"
    bnkg.save(summit, graph)
    assert main(["query", "who-met-whom", str(graph), "--format", "csv"]) == 0
    events = capsys.readouterr().out.splitlines()
    assert main(["query", "who-met-whom", str(graph), "--format", "csv", "--readings"]) == 0
    readings = capsys.readouterr().out.splitlines()
    assert events[0].startswith("meeting,participants,") and len(events) == 2
    assert readings[0].startswith("meeting,participant1,") and len(readings) == 3
    assert main(["queries"]) == 0
    listing = capsys.readouterr().out
    assert listing.count("--readings") == 4 and "one row per meeting (a real-world event)" in listing.lower()
    assert bnkg.query("visits", summit, readings=True).columns == run("visits", summit, readings=True).columns


def _readme_query() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- every meeting, once -->\n```sparql\n(.*?)```", text, re.DOTALL)
    assert m, "README shows the plain query for every meeting, once, with its sources"
    return m.group(1)


def test_the_readmes_plain_query_lists_every_meeting_once_with_its_sources(summit: Dataset) -> None:
    view = Dataset(store=summit.store, default_union=True)
    answer = list(view.query(_readme_query()))
    assert len(answer) == len(fused(summit, BNKG.Meeting)) == 1
    assert "a.txt" in str(answer[0]) and "b.txt" in str(answer[0])


def test_seeds_summit_is_one_meeting_with_two_articles(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present beside this checkout")
    ds = bnkg.build([SEEDS])
    store = open_store(tmp_path / "kg")
    add_dataset(store, ds)
    for target in (ds, store):
        met = [r for r in rows(run("who-met-whom", target)) if r["participants_en"] == "Kim Jong Un; Vladimir Putin"
               and r.get("date", "").startswith("2024-06") and r.get("place_en") == "Pyongyang"]
        assert len(met) == 1 and met[0]["articles"] == "2" and len(met[0]["sources"].split("; ")) == 2, met
