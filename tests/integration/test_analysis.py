"""Issue 18: query results as typed DataFrames, the actors' network (networkx, GEXF, GraphML), HTML views
for Jupyter, and the notebook examples/analysis.ipynb run by a real kernel."""

from __future__ import annotations

import shutil
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD as _XSD

import bnkg
from bnkg.cli.main import main
from bnkg.errors import BnkgError, QueryError
from bnkg.queries import QueryResult, catalogue, run
from bnkg.queries.frame import COLUMN_KINDS, STRING_COLUMNS
from bnkg.queries.html import MAX_ROWS
from bnkg.stores.embedded import add_dataset, open_store
from bnkg.stores.remote import Endpoint, RetryPolicy
from bnkg.views.network import ActorNetwork, network, write_network

from .test_remote import oxigraph_server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ID = "https://w3id.org/bnkg/id/"
GEXF_NS = "{http://www.gexf.net/1.2draft}"
XSD_DATE, XSD_MONTH, XSD_YEAR, XSD_INT = _XSD.date, _XSD.gYearMonth, _XSD.gYear, _XSD.integer
XSD_BOOL, XSD_DECIMAL, XSD_DOUBLE = _XSD.boolean, _XSD.decimal, _XSD.double


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return bnkg.build([EXAMPLES])


@pytest.fixture(scope="module")
def store(examples: Dataset, tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    s = open_store(tmp_path_factory.mktemp("kg") / "store")
    add_dataset(s, examples)
    return s


@pytest.fixture(scope="module")
def endpoint(trig: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    """The examples on a SPARQL 1.1 endpoint (an Oxigraph server on a loopback port)."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "db") as url:
        e = Endpoint(url, retry=RetryPolicy(retries=2, backoff=0.0))
        e.load(trig)
        yield e


@pytest.fixture(scope="module")
def net(examples: Dataset) -> ActorNetwork:
    return bnkg.network(examples)


@pytest.fixture(scope="module")
def trig(examples: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.trig"
    bnkg.save(examples, path)
    return path


def every_query(ds: object) -> list[tuple[str, bool, dict[str, str]]]:
    """(query, readings, params) for every canned query, both ways; sources-of of a visit reading
    (whose evidence has offsets) and of an actor (articles without a quote)."""
    reading = run("visits", ds, readings=True).rows[0][0]
    cases = []
    for readings in (False, True):
        for name in sorted(catalogue(readings=readings)):
            if name == "sources-of":
                cases += [(name, readings, {"fact": str(reading)}), (name, readings, {"fact": ID + "actor/putin"})]
            else:
                cases.append((name, readings, {}))
    return cases


# --- DataFrames --------------------------------------------------------------------------------------


def test_every_column_of_every_canned_query_has_a_declared_dtype() -> None:
    for readings in (False, True):
        for name, q in catalogue(readings=readings).items():
            loose = [c for c in q.columns if c not in COLUMN_KINDS and c not in STRING_COLUMNS]
            assert not loose, f"{name}{' --readings' if readings else ''}: declare a dtype for {loose} in frame.py"


def check_dtypes(df: pd.DataFrame, result: QueryResult) -> None:
    expected: list[str] = []
    for c in result.columns:
        expected += [c, f"{c}_precision"] if COLUMN_KINDS.get(c) == "date" else [c]
    assert list(df.columns) == expected
    assert len(df) == len(result.rows)
    for c in result.columns:
        kind = COLUMN_KINDS.get(c, "str")
        if kind == "date":
            assert df[c].dtype == object
            assert all(isinstance(v, pd.Period) or v is pd.NaT for v in df[c])
            assert df[f"{c}_precision"].dtype == pd.StringDtype()
            assert set(df[f"{c}_precision"].dropna()) <= {"day", "month", "year"}
        elif kind == "int":
            assert df[c].dtype == pd.Int64Dtype()
        else:
            assert df[c].dtype == pd.StringDtype(), c


@pytest.fixture(scope="module")
def memory_frames(examples: Dataset) -> list[tuple[QueryResult, pd.DataFrame]]:
    """Every canned query's answer in memory and its frame, in the order of every_query."""
    out = []
    for name, readings, params in every_query(examples):
        result = run(name, examples, readings=readings, **params)
        out.append((result, result.to_pandas()))
    return out


@pytest.mark.slow  # over a second on 2 shared cores: every query on rdflib / the store
@pytest.mark.parametrize("engine", ["memory", "store", "endpoint"])
def test_dtypes_of_every_canned_query_on_memory_the_store_and_an_endpoint(
        engine: str, examples: Dataset, memory_frames: list[tuple[QueryResult, pd.DataFrame]],
        request: pytest.FixtureRequest) -> None:
    target = None if engine == "memory" else request.getfixturevalue(engine)
    typed = Counter()
    cases = every_query(examples)
    assert len(cases) == len(memory_frames) >= 20  # (8 queries + sources-of twice), both ways
    for (name, readings, params), (memory_result, memory) in zip(cases, memory_frames, strict=True):
        result = memory_result if target is None else run(name, target, readings=readings, **params)
        df = memory if target is None else result.to_pandas()
        check_dtypes(df, result)
        pd.testing.assert_frame_equal(df, memory)  # the same frame, value for value, on every engine
        typed.update(str(t) for t in df.dtypes)
    assert typed["Int64"] >= 10 and typed["object"] >= 8 and typed["string"] > 100  # every kind was seen


def test_dates_are_periods_at_their_own_precision_with_a_precision_column(examples: Dataset) -> None:
    df = bnkg.query("timeline", examples).to_pandas()
    dated = df[df["date"].notna()]
    assert (dated["date_precision"] == dated["precision"]).all()  # the query's own word for it
    freqs = {p.freqstr[0] for p in dated["date"]}
    assert {"D", "M"} <= freqs
    day = dated[dated["date_precision"] == "day"].iloc[0]
    assert day["date"] == pd.Period(str(day["date"]), freq="D")
    undated = df[df["date"].isna()]
    assert len(undated) >= 1 and undated["date_precision"].isna().all()

    r = QueryResult(("date",), ((Literal("2024-06-19", datatype=XSD_DATE),), (Literal("2024-06", datatype=XSD_MONTH),),
                                (Literal("2024", datatype=XSD_YEAR),), (None,)))
    df = r.to_pandas()
    assert list(df["date"][:3]) == [pd.Period("2024-06-19", "D"), pd.Period("2024-06", "M"), pd.Period("2024", "Y")]
    assert df["date"][3] is pd.NaT
    assert list(df["date_precision"].astype(object).fillna("-")) == ["day", "month", "year", "-"]


def test_a_malformed_date_or_number_is_missing_not_an_error() -> None:
    r = QueryResult(("date", "articles"), ((Literal("2024-02-31", datatype=XSD_DATE), Literal("many", datatype=XSD_INT)),
                                           (Literal("someday"), Literal("3", datatype=XSD_INT))))
    df = r.to_pandas()
    assert df["date"].isna().all() and df["date_precision"].isna().all()
    assert df["articles"].dtype == pd.Int64Dtype()
    assert df["articles"].isna().tolist() == [True, False] and df["articles"][1] == 3


def test_other_columns_take_their_dtype_from_their_values() -> None:
    t, f = Literal("true", datatype=XSD_BOOL), Literal("false", datatype=XSD_BOOL)
    r = QueryResult(("ok", "n", "x", "when", "mixed", "nothing"), (
        (t, Literal(7), Literal("1.5", datatype=XSD_DECIMAL), Literal("2023", datatype=XSD_YEAR), Literal(1), None),
        (f, Literal(-2), Literal("2", datatype=XSD_DOUBLE), None, Literal("a"), None),
        (None, None, None, Literal("2023-09", datatype=XSD_MONTH), URIRef(ID + "x"), None)))
    df = r.to_pandas()
    assert df["ok"].dtype == pd.BooleanDtype() and df["ok"].tolist()[:2] == [True, False] and df["ok"].isna()[2]
    assert df["n"].dtype == pd.Int64Dtype() and df["n"].tolist()[:2] == [7, -2]
    assert df["x"].dtype == pd.Float64Dtype() and df["x"].tolist()[:2] == [1.5, 2.0]
    assert df["when"][0] == pd.Period("2023", "Y") and df["when_precision"][2] == "month"
    assert df["mixed"].dtype == pd.StringDtype() and df["mixed"].tolist() == ["1", "a", ID + "x"]
    assert df["nothing"].dtype == pd.StringDtype() and df["nothing"].isna().all()


def test_an_empty_answer_keeps_its_dtypes(examples: Dataset) -> None:
    result = bnkg.query("who-met-whom", examples, actor="nobody-by-this-name")
    assert result.rows == ()
    df = result.to_pandas()
    check_dtypes(df, result)
    assert df.empty


def test_bengali_text_is_intact(examples: Dataset) -> None:
    result = bnkg.query("actors", examples)
    df = result.to_pandas()
    putin = df[df["actor"] == ID + "actor/putin"].iloc[0]
    assert putin["label_bn"] == "ভ্লাদিমির পুতিন" and putin["label_en"] == "Vladimir Putin"
    assert putin["articles"] >= 1 and isinstance(putin["articles"], int | pd.Int64Dtype().type)
    bn = [str(row[result.columns.index("label_bn")]) for row in result.rows]
    assert df["label_bn"].tolist() == bn
    assert all(unicodedata.is_normalized("NFC", s) for s in bn)


def test_to_pandas_without_pandas_says_how_to_install_it(examples: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas → ImportError
    monkeypatch.delitem(sys.modules, "bnkg.queries.frame")
    with pytest.raises(BnkgError, match=r"pip install 'bnkg\[analysis\]'"):
        bnkg.query("actors", examples).to_pandas()


# --- HTML in Jupyter ---------------------------------------------------------------------------------


def test_a_result_shows_itself_as_an_escaped_html_table_bengali_beside_english(examples: Dataset) -> None:
    html = bnkg.query("visits", examples)._repr_html_()
    assert html.startswith("<table") and html.endswith("</table>")
    head = html.split("<tbody>")[0]
    assert head.index(">visitor<") < head.index(">visitor_en<") < head.index(">destination<")
    assert '<td style="' in html and 'lang="bn">সের্গেই ল্যাভরভ</td>' in html
    assert 'lang="en">Sergey Lavrov</td>' in html
    assert f'href="{ID}actor/lavrov"' in html
    joined = bnkg.query("who-met-whom", examples)._repr_html_()  # untagged lists of Bengali names
    assert 'lang="bn">কিম জং উন; ভ্লাদিমির পুতিন</td>' in joined

    hostile = QueryResult(("text", "iri"), tuple((Literal(f'<script>alert("{i}")</script> & পুতিন', lang="bn"),
                                                  URIRef("urn:x:<b>")) for i in range(MAX_ROWS + 5)))
    html = hostile._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; পুতিন" in html
    assert "<b>" not in html
    assert html.count("<tr>") == MAX_ROWS + 1  # the header and the first MAX_ROWS rows
    assert f"{MAX_ROWS + 5} rows × 2 columns; the first {MAX_ROWS} shown" in html


# --- the network -------------------------------------------------------------------------------------


def events_of(target: object) -> dict[str, tuple[str, frozenset[str]]]:
    """Event IRI → (kind, actors) from who-met-whom and visits, one row per real-world event."""
    out = {}
    met = run("who-met-whom", target)
    for row in met.rows:
        r = dict(zip(met.columns, row, strict=True))
        out[str(r["meeting"])] = ("meeting", frozenset(str(r["participant_iris"]).split()))
    visits = run("visits", target)
    for row in visits.rows:
        r = dict(zip(visits.columns, row, strict=True))
        out[str(r["visit"])] = ("visit", frozenset({str(r["visitor_iri"]), str(r["destination_iri"])}))
    return out


@pytest.mark.slow  # over a second on 2 shared cores: every query on rdflib / the store
@pytest.mark.parametrize("engine", ["memory", "store"])
def test_the_network_edges_are_the_events_of_who_met_whom_and_visits(engine: str, examples: Dataset,
                                                                     store: ox.Store) -> None:
    target = examples if engine == "memory" else store
    g = bnkg.network(target)
    assert isinstance(g, nx.MultiGraph) and isinstance(g, ActorNetwork)
    events = events_of(target)
    assert len(events) == 12  # 7 meetings, 5 visits in the examples
    edges = list(g.edges(keys=True, data=True))
    assert len(edges) == sum(len(list(combinations(actors, 2))) for _, actors in events.values())
    assert len(edges) == len(events)  # every event of the examples has two actors: one edge each
    seen: dict[str, set[str]] = {}
    for u, v, key, attrs in edges:
        assert key == attrs["event"]
        assert attrs["kind"] == events[key][0]
        seen.setdefault(key, set()).update((u, v))
    assert {k: frozenset(v) for k, v in seen.items()} == {k: actors for k, (_, actors) in events.items()}
    assert set(g.nodes) == set().union(*(actors for _, actors in events.values()))
    if engine == "store":
        assert nx.utils.edges_equal(g.edges(keys=True, data=True), bnkg.network(examples).edges(keys=True, data=True))
        assert dict(g.nodes(data=True)) == dict(bnkg.network(examples).nodes(data=True))


THREE = """মস্কোয় ত্রিপক্ষীয় বৈঠক

প্রকাশিত: ১২ মার্চ ২০২৫

মস্কো, ১২ মার্চ — রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন, উত্তর কোরিয়ার নেতা কিম জং উন এবং রুশ পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ আজ ক্রেমলিনে এক বৈঠক করেছেন। বৈঠকে তিন নেতা অর্থনৈতিক সহযোগিতা নিয়ে আলোচনা করেন।
"""


@pytest.mark.slow  # builds an article
def test_a_meeting_of_three_is_three_edges_of_one_event(tmp_path: Path) -> None:
    (tmp_path / "three.txt").write_text(THREE, encoding="utf-8")
    ds = bnkg.build([tmp_path])
    events = events_of(ds)
    [(meeting, (_, actors))] = [(k, v) for k, v in events.items() if v[0] == "meeting"]
    assert actors == {ID + "actor/putin", ID + "actor/kim_jong_un", ID + "actor/lavrov"}
    g = bnkg.network(ds, kinds="meeting")
    assert sorted(tuple(sorted((u, v))) for u, v, k in g.edges(keys=True) if k == meeting) == \
        sorted(combinations(sorted(actors), 2))
    assert g.number_of_edges() == 3 and g.summary().events == {"meeting": 1}
    assert {a["place"] for _, _, a in g.edges(data=True)} == {"Moscow"}


def test_nodes_and_edges_carry_their_attributes(net: ActorNetwork) -> None:
    g = net
    assert g.nodes[ID + "actor/putin"] == {
        "label_bn": "ভ্লাদিমির পুতিন", "label_en": "Vladimir Putin", "label": "Vladimir Putin", "type": "Person",
        "state": "Russia", "state_iri": ID + "actor/russia", "wikidata": "Q7747"}
    assert g.nodes[ID + "actor/north_korea"]["state"] == "North Korea"  # a state is its own
    assert g.nodes[ID + "actor/north_korea"]["type"] == "State"
    lavrov_visit = [a for _, _, a in g.edges(ID + "actor/lavrov", data=True) if a["kind"] == "visit"]
    assert lavrov_visit == [{
        "kind": "visit", "event": lavrov_visit[0]["event"], "sources": 1, "date": "2024-10-11", "precision": "day",
        "status": "Occurred", "place": "Pyongyang", "place_bn": "পিয়ংইয়ং", "place_iri": ID + "place/pyongyang",
        "label": "visit 2024-10-11"}]
    assert lavrov_visit[0]["event"].startswith(ID + "event/")
    conflicted = [a for _, _, a in g.edges(data=True) if "conflicts" in a]
    assert [a["conflicts"] for a in conflicted] == ["date"]
    assert all(None not in a.values() for _, _, a in g.edges(data=True))  # GraphML/GEXF have no null


@pytest.mark.slow  # over a second on 2 shared cores: every query on rdflib / the store
def test_kinds_and_dates_select_the_events(examples: Dataset) -> None:
    g = bnkg.network(examples, kinds=("agreement",))
    agreements = run("agreements", examples)
    assert {a["event"] for _, _, a in g.edges(data=True)} == {str(r[0]) for r in agreements.rows}
    assert set(g.nodes) == {ID + "actor/russia", ID + "actor/north_korea"}
    assert bnkg.network(examples, kinds="meeting").number_of_edges() == 7
    later = bnkg.network(examples, since="2024-06", until="2024-10")
    assert later.number_of_edges() and all("2024-06" <= a["date"][:7] <= "2024-10" for _, _, a in later.edges(data=True))
    assert later.number_of_edges() == len(run("who-met-whom", examples, since="2024-06", until="2024-10").rows) + \
        len(run("visits", examples, since="2024-06", until="2024-10").rows)
    assert bnkg.network(examples, since="2030").number_of_nodes() == 0


def test_unknown_kinds_and_bad_dates_are_refused(examples: Dataset) -> None:
    with pytest.raises(BnkgError, match="unknown event kind 'summit'; valid kinds: meeting, visit, agreement"):
        network(examples, kinds=("meeting", "summit"))
    with pytest.raises(BnkgError, match="none given"):
        network(examples, kinds=())
    with pytest.raises(QueryError, match="is not a date"):
        network(examples, since="June")


def test_the_network_summary_shows_bengali_and_english_side_by_side(net: ActorNetwork) -> None:
    g = net
    s = g.summary()
    assert (s.nodes, s.edges, s.events, s.first, s.last) == (9, 12, {"meeting": 7, "visit": 5}, "2023-07", "2024-11-18")
    assert s.actors[0][0] == ID + "actor/kim_jong_un" and s.actors[0][2] == 7  # the busiest first
    assert s.text() == "9 actors, 12 edges: 7 meetings, 5 visits, 2023-07 – 2024-11-18"
    html = g._repr_html_()
    assert '<td style="text-align:left;padding:2px 8px;border-bottom:1px solid #ccc" lang="bn">কিম জং উন</td>' \
        '<td style="text-align:left;padding:2px 8px;border-bottom:1px solid #ccc" lang="en">Kim Jong Un</td>' in html
    assert ActorNetwork()._repr_html_().startswith('<div class="bnkg-network"><p>0 actors, 0 edges: no events')


# --- GEXF and GraphML --------------------------------------------------------------------------------


def edge_set(g: nx.Graph) -> Counter:
    return Counter((frozenset((u, v)), a["event"]) for u, v, a in g.edges(data=True))


@pytest.mark.slow  # over a second on 2 shared cores: every query on rdflib / the store
def test_gexf_and_graphml_read_back_by_networkx_and_a_second_reader(trig: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    g = bnkg.network(bnkg.load(trig))
    gexf, graphml = tmp_path / "net.gexf", tmp_path / "net.graphml"
    assert main(["export", str(trig), "--network", str(gexf)]) == 0
    assert "9 actors, 12 edges" in capsys.readouterr().err
    assert main(["export", str(trig), "--network", str(graphml)]) == 0

    for back in (nx.read_gexf(gexf), nx.read_graphml(graphml, force_multigraph=True)):
        assert set(back.nodes) == set(g.nodes)
        assert edge_set(back) == edge_set(g)
        assert back.nodes[ID + "actor/putin"]["label_bn"] == "ভ্লাদিমির পুতিন"
        assert {a["sources"] for _, _, a in back.edges(data=True)} == {1}  # an integer, not "1"

    # igraph (its own C reader) for GraphML
    ig = igraph.Graph.Read_GraphML(str(graphml))
    assert not ig.is_directed()
    assert set(ig.vs["id"]) == set(g.nodes) and ig.vcount() == g.number_of_nodes()
    assert ig.ecount() == g.number_of_edges()
    pairs = Counter((frozenset((ig.vs[e.source]["id"], ig.vs[e.target]["id"])), e["event"]) for e in ig.es)
    assert pairs == edge_set(g)
    assert ig.vs.find(id=ID + "actor/kim_jong_un")["label_en"] == "Kim Jong Un"
    assert set(ig.es["kind"]) == {"meeting", "visit"}

    # a plain XML parse of the GEXF against the format (GEXF 1.2: declared attributes, typed values)
    root = ET.parse(gexf).getroot()
    assert root.tag == f"{GEXF_NS}gexf" and root.get("version") == "1.2"
    graph = root.find(f"{GEXF_NS}graph")
    assert graph is not None and graph.get("defaultedgetype") == "undirected"
    declared = {(a.get("class"), attr.get("id")): attr.get("type")
                for a in graph.findall(f"{GEXF_NS}attributes") for attr in a.findall(f"{GEXF_NS}attribute")}
    titles = {(a.get("class"), attr.get("title")): attr.get("id")
              for a in graph.findall(f"{GEXF_NS}attributes") for attr in a.findall(f"{GEXF_NS}attribute")}
    nodes = graph.findall(f"{GEXF_NS}nodes/{GEXF_NS}node")
    edges = graph.findall(f"{GEXF_NS}edges/{GEXF_NS}edge")
    assert {n.get("id") for n in nodes} == set(g.nodes) and len(nodes) == g.number_of_nodes()
    assert len({e.get("id") for e in edges}) == len(edges) == g.number_of_edges()
    ids = {n.get("id") for n in nodes}
    event_id = titles[("edge", "event")]
    found = Counter()
    for cls, elements in (("node", nodes), ("edge", edges)):
        for el in elements:
            for av in el.iter(f"{GEXF_NS}attvalue"):
                kind = declared[(cls, av.get("for"))]  # every value is of a declared attribute
                value = av.get("value")
                assert value is not None
                if kind in ("long", "integer"):
                    int(value)
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
        event = next(av.get("value") for av in e.iter(f"{GEXF_NS}attvalue") if av.get("for") == event_id)
        found[(frozenset((e.get("source"), e.get("target"))), event)] += 1
    assert found == edge_set(g)
    putin = next(n for n in nodes if n.get("id") == ID + "actor/putin")
    assert putin.get("label") == "Vladimir Putin"  # what Gephi shows

    # the same graph gives the same bytes (no date of writing)
    again = tmp_path / "again.gexf"
    assert main(["export", str(trig), "--network", str(again)]) == 0
    assert again.read_bytes() == gexf.read_bytes()


@pytest.mark.slow  # over a second on 2 shared cores: every query on rdflib / the store
def test_export_options_and_errors(trig: Path, tmp_path: Path, examples: Dataset,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agreements.graphml"
    assert main(["export", str(trig), "--network", str(out), "--kinds", "agreement", "--since", "2024"]) == 0
    back = nx.read_graphml(out, force_multigraph=True)
    assert {a["kind"] for _, _, a in back.edges(data=True)} == {"agreement"}
    capsys.readouterr()

    bad = tmp_path / "net.csv"
    assert main(["export", str(trig), "--network", str(bad)]) == 1
    assert "unknown network format '.csv'; use .gexf (Gephi) or .graphml (Cytoscape)" in capsys.readouterr().err
    assert not bad.exists()
    assert main(["export", str(trig), "--network", str(tmp_path / "n.gexf"), "--kinds", "summit"]) == 1
    assert "--kinds 'summit': valid kinds are meeting, visit, agreement" in capsys.readouterr().err
    assert main(["export", str(trig), "--network", str(tmp_path / "n.gexf"), "--until", "soon"]) == 1
    assert "is not a date" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.trig"), "--network", str(tmp_path / "n.gexf")]) == 1
    assert "missing.trig" in capsys.readouterr().err
    assert main(["export", "--network", str(tmp_path / "n.gexf")]) == 1
    assert "give exactly one of a graph file or --store DIR" in capsys.readouterr().err
    assert not (tmp_path / "n.gexf").exists()
    with pytest.raises(BnkgError, match="unknown network format '.txt'"):
        write_network(bnkg.network(examples), tmp_path / "n.txt")


@pytest.mark.slow  # over a second on 2 shared cores: every query on rdflib / the store
def test_export_from_the_store(tmp_path: Path, examples: Dataset) -> None:
    directory = Path(tmp_path) / "kg"
    s = open_store(directory)
    add_dataset(s, examples)
    del s
    out = tmp_path / "net.gexf"
    assert main(["export", "--store", str(directory), "--network", str(out)]) == 0
    assert edge_set(nx.read_gexf(out)) == edge_set(bnkg.network(examples))


def test_export_without_networkx_says_how_to_install_it(trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "networkx", None)
    monkeypatch.delitem(sys.modules, "bnkg.views.network")
    assert main(["export", str(trig), "--network", str(tmp_path / "n.gexf")]) == 1
    assert "bnkg export needs networkx: pip install 'bnkg[analysis]'" in capsys.readouterr().err


# --- the notebook ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_notebook_runs_headless_with_a_real_kernel(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    for f in EXAMPLES.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    nb = nbformat.read(EXAMPLES / "analysis.ipynb", as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError if any cell fails
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    for name in ("events-per-month.png", "network.png"):
        png = tmp_path / name
        assert png.stat().st_size > 5_000, name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "who-met-whom.gexf").stat().st_size > 0
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []) if o.output_type == "stream")
    assert "12 edges" in text
    html = "".join(o.get("data", {}).get("text/html", "") for c in nb.cells for o in c.get("outputs", []))
    assert 'lang="bn"' in html  # the query result and the network summary showed themselves


def test_the_notebook_is_valid_and_has_no_stale_errors() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(EXAMPLES / "analysis.ipynb", as_version=4)
    nbformat.validate(nb)
    sources = "\n".join(c.source for c in nb.cells)
    for use in ("to_pandas()", "bnkg.network(", "display(", "savefig("):
        assert use in sources
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]


def test_the_cli_lists_export(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and "--network OUT" in out and ".gexf (Gephi)" in out
