"""Whole answers of the listings kept in the store's folder (bnkg.stores.answers, StoreEngine.rows): what
`build --store`, `load` and `remove` keep, and that a kept answer is never stale — whatever changed the store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import bnkg
from bnkg import queries
from bnkg.cli.main import main
from bnkg.queries import catalogue, keep_listings, run
from bnkg.queries.engines import StoreEngine
from bnkg.queries.specialise import listing_filters
from bnkg.stores.answers import FOLDER, KeptAnswers
from bnkg.stores.embedded import open_store

from ..conftest import EXAMPLES

pytestmark = pytest.mark.slow

LISTINGS = sorted(name for name, q in catalogue().items() if not any(p.required for p in q.params))
PER_READING = sorted(name for name, q in catalogue(readings=True).items() if q.sparql != catalogue()[name].sparql)
KEPT = LISTINGS + [f"{name} --readings" for name in PER_READING]  # what keep_listings keeps, in its order


def computed(kg: Path, name: str, **kw: bool) -> str:
    """The answer computed by Oxigraph on the store as it is now, nothing kept or read back."""
    return run(name, open_store(kg, read_only=True), **kw).to_json()


@pytest.fixture
def kg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["build", str(EXAMPLES), "--store", str(tmp_path / "kg"), "--no-validate"]) == 0
    assert f"kept the whole answers of {len(KEPT)} listings" in capsys.readouterr().err
    return tmp_path / "kg"


def test_a_build_keeps_every_listing_and_each_answers_as_computed(kg: Path) -> None:
    assert len(list((kg / FOLDER).glob("*.tsv"))) == len(KEPT) == 12  # 8 listings, 4 of them also per reading
    engine = StoreEngine.open(kg)
    for name in LISTINGS:
        assert run(name, engine).to_json() == computed(kg, name), name
    for name in PER_READING:
        assert run(name, engine, readings=True).to_json() == computed(kg, name, readings=True), name
    assert bnkg.query("claims", str(kg)).to_json() == computed(kg, "claims")  # on a store's folder: the same
    # a page or a parameter is computed (or cut from a listing), never kept
    run("claims", engine, limit=2)
    run("visits", engine, actor="Lavrov")
    assert len(list((kg / FOLDER).glob("*.tsv"))) == 12


def test_after_a_remove_the_listings_are_those_of_the_store_left(kg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {name: computed(kg, name) for name in LISTINGS}
    assert main(["remove", "lavrov-pyongyang.txt", "--store", str(kg)]) == 0
    assert "kept the whole answers" in capsys.readouterr().err
    assert main(["query", "who-met-whom", "--store", str(kg), "--format", "json"]) == 0
    shown = capsys.readouterr().out
    assert shown == computed(kg, "who-met-whom") != before["who-met-whom"]
    engine = StoreEngine.open(kg)
    assert all(run(name, engine).to_json() == computed(kg, name) for name in LISTINGS)


def test_a_store_changed_by_another_program_is_answered_afresh(kg: Path) -> None:
    putin = "https://w3id.org/bnkg/id/actor/putin"
    assert "Putin the Elder" not in run("actors", StoreEngine.open(kg)).to_json()
    writer = ox.Store(str(kg))  # e.g. a user's script, or an `oxigraph serve` on the folder
    writer.add(ox.Quad(ox.NamedNode(putin), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                       ox.Literal("Putin the Elder", language="en"), ox.DefaultGraph()))
    del writer
    fresh = run("actors", StoreEngine.open(kg)).to_json()
    assert "Putin the Elder" in fresh and fresh == computed(kg, "actors")


def test_a_reader_that_sees_the_store_change_keeps_nothing(kg: Path) -> None:
    engine = StoreEngine.open(kg)  # opened (and its state read) before the write below
    writer = ox.Store(str(kg))
    writer.add(ox.Quad(ox.NamedNode("https://ex.org/s"), ox.NamedNode("https://ex.org/p"), ox.Literal("o"),
                       ox.DefaultGraph()))
    del writer
    for path in (kg / FOLDER).glob("*.tsv"):
        path.unlink()
    run("claims", engine)  # the answer on this reader's view; not kept: the store is no longer what it read
    assert not list((kg / FOLDER).glob("*.tsv"))
    assert keep_listings(kg) == KEPT  # a reader opened now keeps them again


def test_a_damaged_kept_answer_is_computed_afresh(kg: Path) -> None:
    for path in (kg / FOLDER).glob("*.tsv"):
        data = path.read_bytes()
        path.write_bytes(data[: data.index(b"\n") + 1] + b"?x\n1 9 9\n")  # the store's state, then nonsense
    engine = StoreEngine.open(kg)
    assert all(run(name, engine).to_json() == computed(kg, name) for name in LISTINGS)
    assert all(run(n, engine, readings=True).to_json() == computed(kg, n, readings=True) for n in PER_READING)
    assert KeptAnswers(kg).get("nothing kept under this text") is None


def test_load_keeps_the_listings_of_the_store_it_filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "g.nq"
    bnkg.save(bnkg.build([EXAMPLES]), graph)
    assert main(["load", str(graph), "--store", str(tmp_path / "kg")]) == 0
    assert f"kept the whole answers of {len(KEPT)} listings" in capsys.readouterr().err
    assert run("timeline", StoreEngine.open(tmp_path / "kg")).to_json() == computed(tmp_path / "kg", "timeline")


def test_an_answer_cut_from_the_listing_is_the_engines_for_every_parameter_value(
        kg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every query with parameters that only select rows, every actor of the examples as each parameter (and pairs
    of parameters): the rows cut from the kept listing are the rows Oxigraph computes, in the same order."""
    monkeypatch.setattr(queries, "CUT_ENTITIES", 0)  # (the examples' answers are small: cut them all the same)
    engine, plain = StoreEngine.open(kg), open_store(kg, read_only=True)
    actors = [str(r[0]) for r in run("actors", engine).rows]
    cut = 0
    for readings in (False, True):
        for name, query in catalogue(readings=readings).items():
            names = [p.name for p in query.params if p.kind != "date"]
            for values in [{n: a} for n in names for a in actors] + [dict(zip(names, actors[:2], strict=False))]:
                if listing_filters(query.sparql, query.page, [f"{n}Param" for n in values]) is not None:
                    cut += 1
                assert run(name, engine, readings=readings, **values).rows == \
                    run(name, plain, readings=readings, **values).rows, (name, readings, values)
    assert cut > 200


def test_parameters_that_do_more_than_select_rows_are_left_to_the_engine() -> None:
    visits, timeline = catalogue()["visits"], catalogue()["timeline"]
    assert listing_filters(timeline.sparql, timeline.page, ["sinceParam"]) is None  # (a date range: not a column)
    # a parameter its page query does not choose entities by selects rows by its column only
    assert listing_filters(visits.sparql, visits.page, ["destinationParam"]).paths == {}


def test_a_row_of_an_entity_chosen_is_kept_only_if_its_column_holds_the_value(
        kg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An accusation against two parties: asked for one of them, only its row (``?accused_iri = ?accusedParam``)."""
    monkeypatch.setattr(queries, "CUT_ENTITIES", 0)
    first = run("accusations", open_store(kg, read_only=True)).rows[0]
    other = next(str(r[0]) for r in run("actors", open_store(kg, read_only=True)).rows if r[0] != first[-3])
    writer = ox.Store(str(kg))
    writer.add(ox.Quad(ox.NamedNode(str(first[0])), ox.NamedNode("https://w3id.org/bnkg/ontology#about"),
                       ox.NamedNode(other), ox.DefaultGraph()))
    del writer
    assert keep_listings(kg)
    cut = run("accusations", StoreEngine.open(kg), accused=other)
    assert cut.rows == run("accusations", open_store(kg, read_only=True), accused=other).rows
    assert [str(r[-3]) for r in cut.rows] == [other] and len(run("accusations", StoreEngine.open(kg)).rows) > 1


def test_a_page_per_reading_is_a_slice_of_the_kept_listing(kg: Path) -> None:
    """Per reading there is no page query: every page is cut from the kept listing (kept at the first page asked if
    it is not yet), and so is a page with a parameter that selects rows by a column (visits --destination)."""
    for path in (kg / FOLDER).glob("*.tsv"):
        path.unlink()
    engine, plain = StoreEngine.open(kg), open_store(kg, read_only=True)
    whole = run("who-met-whom", plain, readings=True).rows
    for offset, limit in ((0, 2), (1, 2), (3, 100), (len(whole), 5)):
        page = run("who-met-whom", engine, readings=True, offset=offset, limit=limit).rows
        assert page == whole[offset:offset + limit] == run("who-met-whom", plain, readings=True, offset=offset,
                                                            limit=limit).rows
    assert len(list((kg / FOLDER).glob("*.tsv"))) == 1
    assert len(whole) > 3
    keep_listings(kg)
    engine = StoreEngine.open(kg)
    for destination in [str(r[0]) for r in run("actors", engine).rows]:
        for page in ({}, {"limit": 1}, {"offset": 1, "limit": 2}):
            assert run("visits", engine, readings=True, destination=destination, **page).rows == \
                run("visits", plain, readings=True, destination=destination, **page).rows
