"""Fusion across articles: one node per real-world event, every source kept, disagreements surfaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

import bnkg
from bnkg.builder.corpus.fusion import claim_ranks, graph_claims
from bnkg.builder.corpus.pipeline import build_result
from bnkg.cli.main import main
from bnkg.rdf.namespaces import BNKG, PROV
from bnkg.rdf.serialize import serialize

ID = "https://w3id.org/bnkg/id/"


def page(headline: str, published: str | None, body: str) -> str:
    stamp = f"প্রকাশিত: {published}\n\n" if published else ""
    return f"{headline}\n\nআন্তর্জাতিক ডেস্ক\n{stamp}{body}\n\nমন্তব্য করুন\n"


A = page("পিয়ংইয়ংয়ে পুতিন-কিম বৈঠক", "২০ জুন ২০২৪",
         "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বুধবার (১৯ জুন) পিয়ংইয়ংয়ে কিম জং উনের সঙ্গে বৈঠক করেন।")
B = page("কিমের সঙ্গে পুতিনের শীর্ষ বৈঠক", "২১ জুন ২০২৪",
         "চলতি মাসে পিয়ংইয়ংয়ে উত্তর কোরিয়ার নেতা কিম জং উনের সঙ্গে বৈঠক করেছেন ভ্লাদিমির পুতিন।")
# the same meeting, on another day: a disagreement to surface, not to resolve
C = page("পুতিন-কিম বৈঠক নিয়ে নতুন তথ্য", "২২ জুন ২০২৪",
         "গত বৃহস্পতিবার (২০ জুন) পিয়ংইয়ংয়ে কিম জং উনের সঙ্গে বৈঠক করেন পুতিন।")
# the same person to the same country, years apart: two visits
OLD_VISIT = page("২০০০ সালের সফর", "২০ জুলাই ২০০০",
                 "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ১৯ জুলাই ২০০০ উত্তর কোরিয়া সফর করেন।")
NEW_VISIT = page("আবার উত্তর কোরিয়ায় পুতিন", "২০ জুন ২০২৪",
                 "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ১৯ জুন ২০২৪ উত্তর কোরিয়া সফর করেন।")
# treaty: dated differently by two articles, and undated by a third that links them
T1 = page("চুক্তি সই", "২০ জুন ২০২৪",
          "রাশিয়া ও উত্তর কোরিয়া বুধবার (১৯ জুন) একটি প্রতিরক্ষা চুক্তি স্বাক্ষর করেছে।")
T2 = page("চুক্তির পর্যালোচনা", "১০ জানুয়ারি ২০২৫",
          "গত বছর নভেম্বরে রাশিয়া ও উত্তর কোরিয়া একটি প্রতিরক্ষা চুক্তি স্বাক্ষর করেছিল।")
T3 = page("চুক্তি নিয়ে বিশ্লেষণ", None,
          "রাশিয়া ও উত্তর কোরিয়া একটি প্রতিরক্ষা চুক্তি স্বাক্ষর করেছে।")


def write(folder: Path, **pages: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in pages.items():
        p = folder / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def fused(ds: Dataset, kind: URIRef) -> list[URIRef]:
    return sorted({s for s, _, _, _ in ds.quads((None, BNKG.kind, kind, None))})


def values(ds: Dataset, s: URIRef, p: URIRef) -> set[str]:
    return {str(o) for _, _, o, _ in ds.quads((s, p, None, None))}


def test_two_reports_of_one_meeting_are_one_event_with_both_sources(tmp_path):
    ds = bnkg.build(write(tmp_path, a=A, b=B))
    [event] = fused(ds, BNKG.Meeting)
    assert len(values(ds, event, BNKG.supportedBy)) == 2
    assert values(ds, event, BNKG.date) == {"2024-06-19"}  # "চলতি মাসে" (2024-06) refines to it
    assert values(ds, event, BNKG.participant) == {"https://w3id.org/bnkg/id/actor/kim_jong_un",
                                                   "https://w3id.org/bnkg/id/actor/putin"}
    # each article's own reading stays in its own named graph, with its own date
    readings = {s for s, _, _, _ in ds.quads((None, BNKG.reportOf, event, None))}
    dates = {str(o) for r in readings for _, _, o, _ in ds.quads((r, BNKG.date, None, None))}
    assert dates == {"2024-06-19", "2024-06"}
    assert not values(ds, event, BNKG.conflictOn)


def test_disagreeing_dates_are_kept_and_listed_by_the_conflicts_query(tmp_path):
    ds = bnkg.build(write(tmp_path, a=A, c=C))
    [event] = fused(ds, BNKG.Meeting)
    assert values(ds, event, BNKG.conflictOn) == {str(BNKG.date)}
    # never silently resolved: the event keeps only the part both dates share (the month), flagged
    assert values(ds, event, BNKG.date) == {"2024-06"}
    rows = bnkg.query("conflicts", ds).rows
    assert sorted((str(r[3]), str(r[4])) for r in rows) == [("2024-06-19", "a.txt"), ("2024-06-20", "c.txt")]
    # the visit read off each meeting lasts days: arriving on the 19th and meeting on the 20th agree
    [visit] = fused(ds, BNKG.Visit)
    assert values(ds, visit, BNKG.date) == {"2024-06-19"} and not values(ds, visit, BNKG.conflictOn)


def test_the_agreed_date_is_the_part_every_reading_shares():
    from rdflib import Literal
    from rdflib.namespace import XSD

    from bnkg.builder.corpus.fusion import agreed

    def lit(d):
        return Literal(d, datatype={4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(d)])

    assert agreed([lit("2024-10-10"), lit("2024-10-11")]) == lit("2024-10")
    assert agreed([lit("2024-06-19"), lit("2024-11"), lit("2024-06")]) == lit("2024")
    assert agreed([lit("2024-06-19"), lit("2023-06-19")]) is None


# an article that is about something else entirely (Lavrov in Pyongyang in October)
UNRELATED = page("লাভরভের সফর", "১২ অক্টোবর ২০২৪",
                 "রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ ১১ অক্টোবর পিয়ংইয়ং সফর করেন।")


def _events(ds: Dataset) -> dict[tuple[str, frozenset[str]], str]:
    """Each fused event's IRI by its kind and supporting articles' file names."""
    files = {str(s): str(o) for s, _, o, _ in ds.quads((None, BNKG.sourceFile, None, None))}
    out = {}
    for e in {s for s, _, _, _ in ds.quads((None, RDF.type, BNKG.FusedEvent, None))}:
        kind = next(iter(values(ds, e, BNKG.kind)))
        out[(kind, frozenset(files[a] for a in values(ds, e, BNKG.supportedBy)))] = str(e)
    return out


def test_an_unrelated_article_does_not_rename_any_event(tmp_path):
    before = _events(bnkg.build(write(tmp_path, a=A, t1=T1, t2=T2)))
    after = _events(bnkg.build(write(tmp_path, a=A, t1=T1, t2=T2, u=UNRELATED)))
    assert before and all(after[k] == iri for k, iri in before.items())
    assert len(after) > len(before)


@pytest.mark.parametrize("extra", ["b", "a2", "t3"])
def test_a_new_source_of_an_event_keeps_its_iri(tmp_path, extra):
    """b: "this month" (coarser) for the meeting a dates 19 June; a2: another outlet, the same day;
    t3: an undated report of the treaty. Each article's reading sorts wherever its hash puts it."""
    a2 = page("পুতিন-কিম শীর্ষ বৈঠক", "১৯ জুন ২০২৪",
              "উত্তর কোরিয়ার নেতা কিম জং উন ১৯ জুন পিয়ংইয়ংয়ে ভ্লাদিমির পুতিনের সঙ্গে বৈঠক করেন।")
    before = _events(bnkg.build(write(tmp_path / "x", a=A, t1=T1)))
    after = _events(bnkg.build(write(tmp_path / "y", a=A, t1=T1, **{extra: {"b": B, "a2": a2, "t3": T3}[extra]})))
    grown = {k: iri for k, iri in after.items() if f"{extra}.txt" in k[1]}
    assert grown, "the new article supports an existing event"
    for (kind, files), iri in grown.items():
        assert before[(kind, files - {f"{extra}.txt"})] == iri


def test_visits_years_apart_stay_two_visits(tmp_path):
    ds = bnkg.build(write(tmp_path, old=OLD_VISIT, new=NEW_VISIT))
    events = fused(ds, BNKG.Visit)
    assert sorted(next(iter(values(ds, e, BNKG.date))) for e in events) == ["2000-07-19", "2024-06-19"]


def test_rank_numbers_the_events_in_date_order_undated_last(tmp_path):
    ds = bnkg.build(write(tmp_path, old=OLD_VISIT, new=NEW_VISIT, a=A, t3=T3))
    events = {s for s, _, _, _ in ds.quads((None, RDF.type, BNKG.FusedEvent, None))}
    ranked = sorted(events, key=lambda e: int(next(iter(values(ds, e, BNKG.rank)))))
    assert sorted(int(next(iter(values(ds, e, BNKG.rank)))) for e in events) == list(range(len(events)))
    # the visit of 2000, then the two of 19 June 2024 (Meeting before Visit), then the undated agreement
    assert [(min(values(ds, e, BNKG.date), default=None), str(next(iter(values(ds, e, BNKG.kind)))).split("#")[1])
            for e in ranked] == [("2000-07-19", "Visit"), ("2024-06-19", "Meeting"), ("2024-06-19", "Visit"),
                                 (None, "Agreement")]


def test_an_undated_report_links_two_dated_ones_into_one_event_with_a_conflict(tmp_path):
    ds = bnkg.build(write(tmp_path, t1=T1, t2=T2, t3=T3))
    [event] = fused(ds, BNKG.Agreement)
    assert len(values(ds, event, BNKG.supportedBy)) == 3
    assert values(ds, event, BNKG.conflictOn) == {str(BNKG.date)}
    dated = {(str(r[3]), str(r[4])) for r in bnkg.query("conflicts", ds).rows if r[3] is not None
             and r[1] == BNKG.Agreement}
    assert dated == {("2024-06-19", "t1.txt"), ("2024-11", "t2.txt")}


def test_an_undated_report_between_events_years_apart_is_not_guessed(tmp_path):
    undated = page("পুতিনের সফর", None, "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন উত্তর কোরিয়া সফর করেন।")
    ds = bnkg.build(write(tmp_path, old=OLD_VISIT, new=NEW_VISIT, undated=undated))
    assert len(fused(ds, BNKG.Visit)) == 3


def test_any_order_and_any_batches_give_the_same_graph(tmp_path):
    files = write(tmp_path / "in", a=A, b=B, c=C, t1=T1, t2=T2, t3=T3)
    whole = serialize(bnkg.build(files), "trig")
    assert serialize(bnkg.build(list(reversed(files))), "trig") == whole
    graph = tmp_path / "g.trig"
    assert main(["build", *map(str, files[3:]), "-o", str(graph), "-q", "--no-validate"]) == 0
    assert main(["build", *map(str, files[:3]), "--into", str(graph), "-q", "--no-validate"]) == 0
    assert graph.read_bytes() == whole


def test_adding_an_article_twice_changes_nothing(tmp_path, capsys):
    files = write(tmp_path / "in", a=A, b=B)
    graph = tmp_path / "g.trig"
    main(["build", *map(str, files), "-o", str(graph), "-q", "--no-validate"])
    before = graph.read_bytes()
    assert main(["build", str(files[0]), "--into", str(graph), "--no-validate"]) == 0
    assert graph.read_bytes() == before
    assert "nothing new" in capsys.readouterr().err


def test_remove_drops_the_article_and_the_events_only_it_supports(tmp_path):
    files = write(tmp_path / "in", a=A, b=B, old=OLD_VISIT)
    graph = tmp_path / "g.trig"
    main(["build", *map(str, files), "-o", str(graph), "-q", "--no-validate"])
    assert main(["remove", str(files[2]), "--from", str(graph), "-q"]) == 0  # by file (content)
    ds = bnkg.load(graph)
    assert not [e for e in fused(ds, BNKG.Visit) if values(ds, e, BNKG.date) == {"2000-07-19"}]
    [meeting] = fused(ds, BNKG.Meeting)
    assert len(values(ds, meeting, BNKG.supportedBy)) == 2
    assert main(["remove", "b.txt", "--from", str(graph), "-q"]) == 0  # by base name
    [meeting] = fused(bnkg.load(graph), BNKG.Meeting)
    assert values(bnkg.load(graph), meeting, BNKG.sourceCount) == {"1"}
    assert serialize(bnkg.load(graph), "trig") == serialize(bnkg.build([files[0]]), "trig")


def test_remove_names_what_is_not_in_the_graph(tmp_path, capsys):
    graph = tmp_path / "g.trig"
    main(["build", *map(str, write(tmp_path / "in", a=A)), "-o", str(graph), "-q", "--no-validate"])
    assert main(["remove", "nope.txt", "--from", str(graph)]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_an_unknown_person_named_alike_in_two_articles_is_one_actor(tmp_path):
    one = page("নতুন মন্ত্রী", "২০ জুন ২০২৪",
               "উত্তর কোরিয়ার বহির্বাণিজ্যমন্ত্রী হান সং মিন মস্কো সফর করেন।")
    two = page("বাণিজ্য আলোচনা", "২৫ জুন ২০২৪",
               "উত্তর কোরিয়ার বহির্বাণিজ্যমন্ত্রী হান সং মিন বলেন, বাণিজ্য বাড়বে।")
    result = build_result(write(tmp_path, one=one, two=two))
    keys = [{e.key for e in r.entities if e.key.startswith("person-")} for r in result.records]
    assert keys[0] == keys[1] and len(keys[0]) == 1


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".trig", ".nq", ".ttl", ".nt", ".jsonld"])
def test_every_format_keeps_the_fused_events(tmp_path, suffix):
    graph = tmp_path / f"g{suffix}"
    assert main(["build", *map(str, write(tmp_path / "in", a=A, b=B)), "-o", str(graph), "-q",
                 "--no-validate"]) == 0
    ds = bnkg.load(graph)
    [event] = fused(ds, BNKG.Meeting)
    assert len(values(ds, event, BNKG.supportedBy)) == 2
    if suffix in (".trig", ".nq", ".jsonld"):  # a named graph per article, plus the fused graph
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert "https://w3id.org/bnkg/id/graph/fused" in names and len(names) >= 3
    if suffix == ".jsonld":
        data = json.loads(graph.read_text(encoding="utf-8"))
        assert data["@context"]["bnkg"] == "https://w3id.org/bnkg/ontology#"


@pytest.mark.slow
def test_the_fused_graph_validates(tmp_path):
    ds = bnkg.build(write(tmp_path, a=A, c=C, t1=T1, t2=T2, t3=T3))
    report = bnkg.validate(ds)
    assert report.conforms, report.text()
    assert {o for _, _, o, _ in ds.quads((None, RDF.type, BNKG.FusedEvent, None))} == {BNKG.FusedEvent}


def test_a_surname_alone_in_one_article_joins_the_full_name_in_another(tmp_path):
    full = page("নতুন মন্ত্রী", "২০ জুন ২০২৪", "উত্তর কোরিয়ার বহির্বাণিজ্যমন্ত্রী হান সং মিন মস্কো সফর করেন।")
    short = page("বাণিজ্য আলোচনা", "২৫ জুন ২০২৪", "উত্তর কোরিয়ার বহির্বাণিজ্যমন্ত্রী মিন বলেন, বাণিজ্য বাড়বে।")
    ds = bnkg.build(write(tmp_path, full=full, short=short))
    from rdflib.namespace import OWL
    links = [(s, o) for s, _, o, _ in ds.quads((None, OWL.sameAs, None, None)) if "person-" in str(s)]
    assert len(links) == 1


@pytest.mark.slow
def test_streaming_and_store_builds_link_surnames_too(tmp_path):
    """Regression: the streaming (N-Quads) and store builds had no surname links."""
    from rdflib.namespace import OWL

    from bnkg.stores.embedded import open_store

    full = page("নতুন মন্ত্রী", "২০ জুন ২০২৪", "উত্তর কোরিয়ার বহির্বাণিজ্যমন্ত্রী হান সং মিন মস্কো সফর করেন।")
    short = page("বাণিজ্য আলোচনা", "২৫ জুন ২০২৪", "উত্তর কোরিয়ার বহির্বাণিজ্যমন্ত্রী মিন বলেন, বাণিজ্য বাড়বে।")
    folder = write(tmp_path, full=full, short=short)
    memory = bnkg.build(folder)
    files = [str(f) for f in folder]
    assert main(["build", *files, "-o", str(tmp_path / "g.nq"), "-q"]) == 0
    streamed = bnkg.load(tmp_path / "g.nq")
    assert main(["build", *files, "--store", str(tmp_path / "kg"), "-q"]) == 0
    stored = Dataset()
    for q in open_store(tmp_path / "kg", read_only=True).quads_for_pattern(None, None, None, None):
        stored.parse(data=f"{q} .", format="nquads")
    links = {(s, o, g) for s, _, o, g in memory.quads((None, OWL.sameAs, None, None)) if "person-" in str(s)}
    assert len(links) == 1
    assert {(s, o, g) for s, _, o, g in streamed.quads((None, OWL.sameAs, None, None)) if "person-" in str(s)} == links
    assert {(s, o, g) for s, _, o, g in stored.quads((None, OWL.sameAs, None, None)) if "person-" in str(s)} == links


# --- clustering: the indexed algorithm against the pairwise definition ----------------------------

def _pairwise_cluster(group, rules):
    """The definition (the quadratic loop fusion used before): union every fitting pair."""
    from bnkg.builder.corpus.fusion import _close, _span, _Union, compatible

    same = rules.same_days.get(str(group[0].kind).rsplit("#", 1)[-1], 1)
    uf = _Union(r.node for r in group)
    dated = [r for r in group if r.date is not None]
    undated = [r for r in group if r.date is None]

    def ok(a, b):
        return a.place is None or b.place is None or a.place == b.place

    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if ok(a, b) and (compatible(a.date, b.date) or _close(a.date, b.date, same)):
                uf.union(a.node, b.node)
    members = {}
    for r in dated:
        members.setdefault(uf.find(r.node), []).append(r)
    lonely = []
    for r in undated:
        fits = sorted(root for root, rs in members.items() if all(ok(r, x) for x in rs))
        if not fits:
            lonely.append(r)
            continue
        spans = [_span(x.date) for root in fits for x in members[root] if x.date is not None]
        first, last = min(s for s, _ in spans), max(e for _, e in spans)
        together = [x for root in fits for x in members[root]]
        if len(fits) == 1 or ((last - first).days <= rules.bridge_days and all(ok(a, b) for a in together for b in together)):
            for root in fits[1:]:
                uf.union(fits[0], root)
            uf.union(fits[0], r.node)
            merged = [x for root in fits for x in members.pop(root)]
            members[uf.find(r.node)] = merged + [r]
        else:
            lonely.append(r)
    for i, a in enumerate(lonely):
        for b in lonely[i + 1:]:
            if ok(a, b):
                uf.union(a.node, b.node)
    out = {}
    for r in group:
        out.setdefault(uf.find(r.node), []).append(r)
    return [sorted(rs, key=lambda r: r.node) for _, rs in sorted(out.items())]


_DATES = [None, "2024", "2023", "2024-06", "2024-07", "2023-12", "2024-06-19", "2024-06-20", "2024-06-26",
          "2024-06-27", "2024-07-01", "2023-12-31", "2024-01-01", "2024-01", "2024-03", "2024-09", "2023-09",
          "2024-12-30"]


@pytest.mark.slow
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DATES), st.sampled_from([None, "pyongyang", "moscow"])),
                min_size=1, max_size=14),
       st.sampled_from(["Visit", "Meeting"]))
def test_clustering_is_the_pairwise_definition(items, kind):
    from rdflib import Literal
    from rdflib.namespace import XSD

    from bnkg.builder.corpus.fusion import FusionRules, Reading, cluster

    types = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
    group = [Reading(URIRef(f"{ID}{kind.lower()}/{i:04d}"), BNKG[kind], (("x",),), str(BNKG.Occurred),
                     Literal(d, datatype=types[len(d)]) if d else None,
                     URIRef(f"{ID}place/{p}") if p else None, URIRef(f"{ID}article/{i:04d}"), {})
             for i, (d, p) in enumerate(items)]
    rules = FusionRules()
    assert cluster(group, rules) == _pairwise_cluster(group, rules)


def test_rd2_an_undated_report_in_a_page_of_known_date_does_not_join_an_event_decades_away(tmp_path):
    then = page("পুতিনের সফর", "২০ জুলাই ২০০০", "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন উত্তর কোরিয়া সফর করেন।")
    ds = bnkg.build(write(tmp_path, then=then, new=NEW_VISIT))
    events = fused(ds, BNKG.Visit)
    assert len(events) == 2
    assert {len(values(ds, e, BNKG.supportedBy)) for e in events} == {1}
    # a page of that year still joins it
    soon = page("পুতিনের সফর", "২৮ জুন ২০২৪", "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন উত্তর কোরিয়া সফর করেন।")
    ds = bnkg.build(write(tmp_path / "b", soon=soon, new=NEW_VISIT))
    [event] = fused(ds, BNKG.Visit)
    assert len(values(ds, event, BNKG.supportedBy)) == 2


def test_claims_are_ranked_by_source_file_then_iri_and_a_claim_without_one_first() -> None:
    """bnkg:claimRank (claims.rq's order): ``""`` for a claim with no article or an article with no file, else its
    article's file; a claim of two articles takes its first place."""
    ds = Dataset()
    ex = "https://x.org/"
    a, b = URIRef(ex + "a"), URIRef(ex + "b")
    g = ds.graph(URIRef(ex + "g"))
    g.add((a, BNKG.sourceFile, Literal("z.txt")))
    g.add((b, BNKG.sourceFile, Literal("m.txt")))
    claims = {name: URIRef(ex + name) for name in ("c1", "c2", "c3", "c4")}
    for name, cls, articles in (("c1", BNKG.Claim, [a]), ("c2", BNKG.Accusation, [a, b]), ("c3", BNKG.Claim, []),
                                ("c4", BNKG.Claim, [URIRef(ex + "nofile")])):
        g.add((claims[name], RDF.type, cls))
        for art in articles:
            g.add((claims[name], PROV.wasDerivedFrom, art))
    ranked = sorted((int(o), s) for s, _, o in claim_ranks(graph_claims(ds)))
    assert [s for _, s in ranked] == [claims["c3"], claims["c4"], claims["c2"], claims["c1"]]
    assert [n for n, _ in ranked] == [0, 1, 2, 3]
