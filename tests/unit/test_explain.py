"""``bnkg explain``: a fact's sentences, article, offsets, rule and lexicon entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from bnkg import open_store, query
from bnkg.builder.corpus.pipeline import build_result
from bnkg.cli.main import main
from bnkg.errors import BnkgError
from bnkg.rdf.namespaces import BNKG
from bnkg.rdf.serialize import save
from bnkg.stores.embedded import add_dataset
from bnkg.views.explain import EventExplanation, LexiconIndex, explain, find_facts, lexicon_file, mark
from bnkg.views.story import read_story, union_view

from ..conftest import EXAMPLES


@pytest.fixture(scope="module")
def dataset():
    return build_result([EXAMPLES]).dataset


@pytest.fixture(scope="module")
def graph_file(dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "g.trig"
    save(dataset, path)
    return path


@pytest.fixture(scope="module")
def twin(tmp_path_factory: pytest.TempPathFactory):
    """Two articles reporting the same visit: an example and a copy with a line of its own added."""
    d = tmp_path_factory.mktemp("twin")
    text = (EXAMPLES / "lavrov-pyongyang.txt").read_text(encoding="utf-8")
    (d / "first.txt").write_text(text, encoding="utf-8")
    (d / "second.txt").write_text(text + "\nপ্রতিবেদনটি পরে আরও তথ্য দিয়ে হালনাগাদ করা হয়েছে।\n", encoding="utf-8")
    return build_result([d]).dataset


@pytest.fixture(scope="module")
def lexicons() -> LexiconIndex:
    return LexiconIndex()


def lavrov_visit(dataset):
    story = read_story(dataset)
    visits = [f for f in story.facts if f.kind == "Visit" and f.actors("visitor")[0].endswith("/lavrov")]
    assert len(visits) == 1
    return story, visits[0]


def test_explaining_a_fact_by_iri(dataset, lexicons: LexiconIndex) -> None:
    story, visit = lavrov_visit(dataset)
    [x] = explain(dataset, visit.iri, lexicons=lexicons)
    text = x.text()
    assert text.startswith(f"Visit {visit.iri}\n")
    assert "সের্গেই ল্যাভরভ (Sergey Lavrov)" in text and "উত্তর কোরিয়া (North Korea)" in text
    assert f"date         {visit.date}" in text and "status       Occurred" in text
    ev = x.evidence[0]
    assert ev.article is not None and ev.article.source_file == "lavrov-pyongyang.txt"
    assert "lavrov-pyongyang.txt — " + (ev.article.headline or "") in text
    assert f"{ev.evidence.begin}–{ev.evidence.end}" in text
    assert "rule       visit." in text and "(lexicon: triggers.yaml)" in text
    assert "⟦" in text and "⟧" in text
    # the offsets point at the quote in the article's stored text
    content = str(next(union_view(dataset).objects(URIRef(ev.article.iri), BNKG.content)))
    assert content[ev.evidence.begin:ev.evidence.end] == ev.evidence.quote


def test_explaining_by_the_end_of_an_iri_and_by_search(dataset) -> None:
    story, visit = lavrov_visit(dataset)
    event = story.event_of(visit)
    assert event is not None and event.fused and event.readings == (visit.iri,)
    assert find_facts(story, visit.iri.split("/id/", 1)[1]) == [visit]  # a reading's IRI: that reading
    assert find_facts(story, event.iri.split("/id/", 1)[1]) == [event]  # an event's: the event
    # a search finds events (each once, its readings beneath), not per-article readings
    assert find_facts(story, "ল্যাভরভ", ("Visit",)) == [event]
    assert find_facts(story, "lavrov", ("Visit",)) == [event]  # English, any case
    assert find_facts(story, "Sergey Lavrov", ("Visit",)) == [event]
    assert find_facts(story, "Lavrov", ("Agreement",)) == []
    assert len(find_facts(story, None, ("Visit",))) == story.event_counts["Visit"] == 5
    meetings = find_facts(story, None, ("Meeting",))  # 8 readings, 7 events: Lavrov–Choe is read twice
    assert (len(meetings), story.counts["Meeting"]) == (7, 8)


@pytest.mark.slow
def test_claims_show_kind_in_english_and_the_claims_lexicon(dataset, lexicons: LexiconIndex) -> None:
    xs = explain(dataset, "Peskov", ("Claim", "Accusation"), lexicons=lexicons)
    assert xs
    text = xs[0].text()
    assert "claim kind   said" in text and "claim text" in text
    assert "(lexicon: claims.yaml)" in text and "claims.yaml verbs.said" in text


def test_explaining_an_event_lists_each_readings_evidence(twin, lexicons: LexiconIndex) -> None:
    story = read_story(twin)
    [event] = [ev for ev in story.events if ev.kind == "Visit"]
    [x] = explain(twin, event.iri, lexicons=lexicons)
    assert isinstance(x, EventExplanation) and len(x.readings) == 2
    text = x.text()
    assert text.startswith(f"Visit event {event.iri}\n  Sergey Lavrov visits North Korea in Pyongyang\n")
    assert "  date         2024-10-11 (day: the most precise date the readings agree on)\n" in text
    assert "  sources      2 article(s): first.txt, second.txt\n" in text
    for n, (file, reading) in enumerate(zip(("first.txt", "second.txt"), x.readings, strict=True), 1):
        assert f"  reading {n} of 2: {file}  {reading.fact.iri}\n" in text
        assert "    says       date 2024-10-11 · status Occurred · place পিয়ংইয়ং (Pyongyang)\n" in text
        for ev in reading.evidence:  # each reading's sentences, with their article and trigger words
            assert ev.article is not None and ev.article.source_file == file
            assert f"      sentence   {mark(ev.evidence.quote, ev.evidence.triggers)}\n" in text
            assert f"      article    {file} — {ev.article.headline}" in text
    assert text.count("⟦") >= 2 and "      rule       visit." in text


def test_an_event_whose_readings_disagree_says_so(dataset, lexicons: LexiconIndex) -> None:
    [x] = explain(dataset, "Choe Son Hui", ("Meeting",), lexicons=lexicons)
    assert isinstance(x, EventExplanation) and x.disputed == ("date",)
    text = x.text()
    assert "  date         2024-10 (month: the most precise date the readings agree on)\n" in text
    assert "the readings disagree on its date" in text
    assert "says       date 2024-10-10 ·" in text and "says       date 2024-10-11 ·" in text


@pytest.mark.slow  # (an embedded store: ~0.5 s)
def test_sources_of_an_event_lists_each_readings_evidence(twin, tmp_path: Path) -> None:
    """``bnkg query sources-of`` given a fused event: the quotes of every article's reading of it,
    the same columns as for one reading; the same answer in memory and in the embedded store."""
    story = read_story(twin)
    [event] = [ev for ev in story.events if ev.kind == "Visit"]
    spans = sorted((story.articles[e.article or ""].source_file, e.begin or 0, e.quote, e.iri)
                   for r in story.readings(event.iri) for e in r.evidence)
    assert len({s[0] for s in spans}) == 2  # both articles give their sentences
    memory = query("sources-of", twin, fact=event.iri)
    assert memory.columns[:7] == ("article", "source_file", "headline", "quote", "begin_index", "end_index", "evidence")
    rows = [dict(zip(memory.columns, r, strict=True)) for r in memory.rows]
    assert [(str(r["source_file"]), int(r["begin_index"]), str(r["quote"]), str(r["evidence"])) for r in rows] == spans
    store = open_store(tmp_path / "kg")
    add_dataset(store, twin)
    assert query("sources-of", store, fact=event.iri).rows == memory.rows
    # a reading still gives its own spans only, and an unknown event nothing
    reading = story.readings(event.iri)[0]
    assert len(query("sources-of", twin, fact=reading.iri).rows) == len(reading.evidence)
    assert query("sources-of", twin, fact=event.iri[:-4] + "ffff").rows == ()


def test_no_match_is_an_error(dataset) -> None:
    with pytest.raises(BnkgError, match="no visit matches"):
        explain(dataset, "nobody-at-all", ("Visit",))


def test_lexicon_lookup_names_the_file_and_entry(lexicons: LexiconIndex) -> None:
    [e] = [x for x in lexicons.lookup("সফরে", "triggers.yaml") if x.path == "visit.words"]
    assert (e.entry, e.how) == ("সফর", "+ case ending «ে»")
    hits = lexicons.lookup("দাবি করেন", "claims.yaml")
    assert ("verbs.claimed.with", "দাবি", "part of the phrase") in [(h.path, h.entry, h.how) for h in hits]
    assert lexicons.lookup("সফর", "triggers.yaml")[0].how == "exact"
    assert lexicon_file("claim.speech-verb") == "claims.yaml" and lexicon_file("meeting.trigger") == "triggers.yaml"


def test_mark() -> None:
    assert mark("ক খ গ", ["খ"]) == "ক ⟦খ⟧ গ"
    assert mark("ক খ গ", ["খ গ", "খ"], ("[", "]")) == "ক [খ গ]"


@pytest.mark.slow
def test_cli_explain(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(graph_file), "--visit", "Lavrov"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Visit event https://w3id.org/bnkg/id/event/") and "1 fact(s)" in err
    assert "  reading 1 of 1: lavrov-pyongyang.txt  https://w3id.org/bnkg/id/visit/" in out
    assert main(["explain", str(graph_file), "--meeting"]) == 0
    out = capsys.readouterr().out
    assert out.count("Meeting event ") == 7 and out.count("  reading 1 of ") == 7
    assert main(["explain", "Peskov", str(graph_file)]) == 0  # a search without a kind: every kind
    assert "Dmitry Peskov" in capsys.readouterr().out
    assert main(["explain", str(graph_file), "--visit", "nobody-at-all"]) == 1
    assert main(["explain", str(graph_file)]) == 1
    assert main(["explain", str(graph_file), "--visit", "x", "--claim", "y"]) == 1
    assert "at most one" in capsys.readouterr().err
