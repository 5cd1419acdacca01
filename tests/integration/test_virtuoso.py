"""Virtuoso 7.2 (Debian's ``virtuoso-opensource``, the store behind DBpedia), started once for the module on
free loopback ports with its own data directory: the examples and the seeds load with the default method and
with the Graph Store Protocol, every canned query answers with English and Bengali parameters as in memory
(rdflib), HTTP Digest works on ``/sparql-auth``, and the server is stopped by its PID.

Skipped with the reason when ``virtuoso-t`` is not installed, except under ``CI=true`` (``.ci/run`` installs
it).  ``python -m tests.integration.test_virtuoso`` prints the comparison table for the embedded store, an
Oxigraph server and Virtuoso, with load times.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Dataset

import bnkg
from bnkg.errors import BnkgError
from bnkg.queries import QueryResult, catalogue, run
from bnkg.stores.embedded import load_file, open_store
from bnkg.stores.remote import UNION_GRAPH, Credentials, Endpoint, RetryPolicy

from ..conftest import EXAMPLES, SEEDS
from .test_remote import _free_port, oxigraph_server, running

pytestmark = pytest.mark.slow  # a Virtuoso server (one for the module: ~5-15 s to create its database)

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
ONCE = RetryPolicy(retries=1, backoff=0.1)
# English and Bengali names per parameter (the actors' labels and aliases in bnkg/mappings/actors.yaml)
NAMES: dict[str, tuple[str, str]] = {
    "actor": ("Putin", "পুতিন"), "destination": ("North Korea", "উত্তর কোরিয়া"), "party": ("Russia", "রাশিয়া"),
    "claimant": ("Peskov", "পেসকভ"), "about": ("North Korea", "উত্তর কোরিয়া"),
    "accuser": ("South Korea", "দক্ষিণ কোরিয়া"), "accused": ("North Korea", "উত্তর কোরিয়া"),
}
# Virtuoso 7.2's bugs that the README lists ("Remote endpoints"), checked to be the only differences:
# 1. a non-ASCII plain literal of the query text arrives as "?"s (parameters are sent typed "…"^^xsd:string,
#    which it keeps); a GROUP_CONCAT separator cannot be typed: timeline's " – " arrives as " ? ", and its
#    CONCAT of Bengali labels with "→" comes back as mojibake (UTF-8 read as Latin-1); its precision and
#    conflicts columns differ for month dates too.  The right events, in the right order.
# 2. the per-event subqueries (OPTIONAL { SELECT … GROUP BY ?event }) are sometimes joined wrongly: the right
#    events in the right order, but one event's participants on every row (seen with a date range or a single
#    party), or a visit's hosts missing (visits on the seeds after the examples were loaded and dropped:
#    it depends on Virtuoso's plans, and the same query answers right on a fresh server).
DASH_BUG = {"timeline"}
SUBQUERY_BUG = {"agreements", "who-met-whom", "visits", "timeline"}

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@dataclass(frozen=True)
class Virtuoso:
    url: str  # …/sparql: queries and (granted) updates, anonymous
    auth_url: str  # …/sparql-auth: HTTP Digest, user dba
    sql_port: int
    directory: Path  # its data directory, also the one directory the bulk loader may read (DirsAllowed)

    def isql(self, *statements: str) -> str:
        """Run SQL statements with isql as dba (the bulk loader, grants)."""
        done = subprocess.run([_binary(ISQL), str(self.sql_port), "dba", "dba", "exec=" + " ".join(statements)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "Error" not in done.stdout, done.stdout + done.stderr
        return done.stdout


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"`{name}` is missing; .ci/run installs it (apt-get install virtuoso-opensource)", pytrace=False)
    pytest.skip(f"`{name}` is not installed (apt-get install virtuoso-opensource): the Virtuoso tests need it")


@contextlib.contextmanager
def virtuoso_server(directory: Path) -> Iterator[Virtuoso]:
    """``virtuoso-t`` on free loopback ports with a database of its own in ``directory``; SPARQL_UPDATE granted
    to the anonymous /sparql user; stopped by its PID."""
    server = _binary(VIRTUOSO)
    directory.mkdir(parents=True, exist_ok=True)
    sql, http = _free_port(), _free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(INI.format(d=directory, sql=sql, http=http), encoding="utf-8")
    base = f"http://127.0.0.1:{http}"
    # (Virtuoso checkpoints and exits on SIGTERM)
    with running([server, "+configfile", str(ini), "+foreground"], directory / "server.log", f"{base}/sparql", 180,
                 cwd=directory, stop_within=60):
        v = Virtuoso(f"{base}/sparql", f"{base}/sparql-auth", sql, directory)
        v.isql('grant SPARQL_UPDATE to "SPARQL";')
        yield v


# --- the comparison --------------------------------------------------------------------------------


def cases(ds: Dataset) -> list[tuple[str, bool, dict[str, str]]]:
    """(query, readings, params): every canned query (and per-reading variant), without parameters, with each
    name parameter in English and in Bengali, with a date range; sources-of with a fact and an actor."""
    out: list[tuple[str, bool, dict[str, str]]] = []
    events = catalogue()
    for readings in (False, True):
        for name, q in sorted(catalogue(readings=readings).items()):
            if readings and q.sparql == events[name].sparql:
                continue
            if name == "sources-of":
                fact = next(iter(run("visits", ds).rows))[0]
                out += [(name, readings, {"fact": str(fact)}),
                        (name, readings, {"fact": "https://w3id.org/bnkg/id/actor/putin"})]
                continue
            out.append((name, readings, {}))
            for p in q.params:
                if p.kind == "date":
                    continue
                english, bengali = NAMES[p.name]
                out += [(name, readings, {p.name: english}), (name, readings, {p.name: bengali})]
            if any(p.kind == "date" for p in q.params):
                out.append((name, readings, {"since": "2023-09", "until": "2024"}))
    return out


def label(case: tuple[str, bool, dict[str, str]]) -> str:
    name, readings, params = case
    return " ".join([name, *(["--readings"] if readings else []), *(f"--{k} {v}" for k, v in params.items())])


def answers(target: object, all_cases: list[tuple[str, bool, dict[str, str]]]) -> dict[str, QueryResult]:
    return {label(c): run(c[0], target, readings=c[1], **c[2]) for c in all_cases}


def verdict(expected: QueryResult, got: QueryResult, store: QueryResult | None = None) -> str:
    """equal (to rdflib's answer); "same rows" (the rows the ORDER BY ties come in another order); "as store"
    (equal to the embedded Oxigraph store's answer where rdflib's differs from it); or differs."""
    if got == expected:
        return "equal"
    if got.columns == expected.columns and sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows)):
        return "same rows"
    if store is not None and store != expected and got == store:
        return "as store"
    return "differs"


def wipe(endpoint: Endpoint) -> None:
    """Drop bnkg's graphs (articles, fused events, the union graph), so the next corpus loads alone."""
    _, rows = endpoint.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                              "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/bnkg/id/graph/\")) }", {})
    if rows:
        endpoint.run_update(" ;\n".join(f"DROP SILENT GRAPH <{r['g']}>" for r in rows))


@dataclass(frozen=True)
class Corpus:
    name: str
    dataset: Dataset
    file: Path
    cases: list[tuple[str, bool, dict[str, str]]]
    memory: dict[str, QueryResult]
    store: dict[str, QueryResult]  # the embedded Oxigraph store's answers


def corpus(name: str, source: Path, directory: Path) -> Corpus:
    ds = bnkg.build([source])
    f = directory / f"{name}.trig"
    bnkg.save(ds, f)
    all_cases = cases(ds)
    store = open_store(directory / f"kg-{name}")
    load_file(store, f)
    return Corpus(name, ds, f, all_cases, answers(ds, all_cases), answers(store, all_cases))


def on_virtuoso(server: Virtuoso, c: Corpus, method: str) -> tuple[float, dict[str, str], dict[str, QueryResult]]:
    """Load ``c`` into an emptied Virtuoso with ``method``; (seconds, verdict per case, answers)."""
    wipe(Endpoint(server.url, union="server", retry=ONCE))
    endpoint = Endpoint(server.url, retry=ONCE)
    stats = endpoint.load(c.file, method=method)  # type: ignore[arg-type]
    assert stats.graphs == sum(1 for g in c.dataset.graphs() if len(g))
    got = answers(Endpoint(server.url, retry=ONCE), c.cases)
    return stats.seconds, {k: verdict(c.memory[k], got[k], c.store[k]) for k in c.memory}, got


def _diff(expected: QueryResult, got: QueryResult) -> list[tuple[int, str, str, str]]:
    """(row, column, expected, got) of the first few differing cells, for a failure message."""
    if len(expected.rows) != len(got.rows):
        return [(-1, "rows", str(len(expected.rows)), str(len(got.rows)))]
    return [(i, col, str(x)[:60], str(y)[:60]) for i, (a, b) in enumerate(zip(expected.rows, got.rows, strict=True))
            for col, x, y in zip(expected.columns, a, b, strict=True) if x != y][:6]


def explained(case: str, expected: QueryResult, got: QueryResult) -> bool:
    """Whether a known Virtuoso bug (see DASH_BUG, SUBQUERY_BUG) accounts for the difference: the same events
    in the same order."""
    if case.split()[0] not in DASH_BUG | SUBQUERY_BUG:
        return False
    key = expected.columns.index("event") if "event" in expected.columns else 0
    return [r[key] for r in got.rows] == [r[key] for r in expected.rows]


# --- tests -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return corpus("examples", EXAMPLES, tmp_path_factory.mktemp("graphs"))


def _check_default_method(virtuoso: Virtuoso, c: Corpus) -> None:
    seconds, verdicts, got = on_virtuoso(virtuoso, c, "update")
    print(f"\nVirtuoso, {c.name}, default method: loaded in {seconds:.2f} s")
    for case, v in verdicts.items():
        print(f"  {v:9} {case}")
    for case, v in verdicts.items():
        if v == "differs":  # only where an engine bug explains it
            assert explained(case, c.store[case], got[case]), (case, _diff(c.store[case], got[case]))
    # Bengali and English names select the same actors, and the comparison is not vacuous
    for name, readings, params in c.cases:
        if len(params) == 1 and next(iter(params)) in NAMES:
            (key, value), = params.items()
            english = label((name, readings, {key: NAMES[key][0]}))
            assert got[label((name, readings, params))] == got[english], (name, key)
    assert sum(bool(r.rows) for r in got.values()) > len(got) // 2
    assert sum(len(r.rows) for r in got.values()) > 50


def test_examples_load_and_answer_as_in_memory(virtuoso: Virtuoso, examples: Corpus) -> None:
    """The default method on Virtuoso: named graphs only (it has no separate default graph), bnkg's union
    graph queried as the default graph; every canned query with English and Bengali names as in memory."""
    _check_default_method(virtuoso, examples)
    endpoint = Endpoint(virtuoso.url, retry=ONCE)
    assert endpoint.default_graph() == "union"
    before = endpoint.count()
    assert endpoint.load(examples.file).requests == 1  # idempotent: loading again changes nothing
    assert endpoint.count() == before
    assert run("actors", endpoint) == examples.memory["actors"] and endpoint._dataset == "graph"


def test_seeds_load_and_answer_as_in_memory(virtuoso: Virtuoso, tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present beside this checkout (the examples comparison still ran)")
    _check_default_method(virtuoso, corpus("seeds", SEEDS, tmp_path))


def test_graph_store_protocol_loads(virtuoso: Virtuoso, examples: Corpus) -> None:
    """GSP works (one PUT per graph, at /sparql-graph-crud found from /sparql); it writes no union graph, so
    queries read Virtuoso's own union, a multiset that repeats rows — and a stale union graph is dropped."""
    endpoint = Endpoint(virtuoso.url, retry=ONCE)
    assert endpoint.gsp == virtuoso.url + "-graph-crud"
    seconds, verdicts, got = on_virtuoso(virtuoso, examples, "gsp")
    print(f"\nVirtuoso, examples, GSP: loaded in {seconds:.2f} s")
    for case, v in verdicts.items():
        print(f"  {v:9} {case}")
    union = f"ASK {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }}"
    assert not endpoint.ask(union, union="server")
    endpoint.load(examples.file)
    assert endpoint.ask(union, union="server")
    assert endpoint.load(examples.file, method="gsp").requests == sum(1 for g in examples.dataset.graphs() if len(g))
    assert not endpoint.ask(union, union="server")  # no stale union graph left behind
    case = "visits --actor পুতিন"
    assert set(got[case].rows) == set(examples.memory[case].rows) and len(got[case].rows) > len(
        examples.memory[case].rows)  # the same rows, repeated


def test_digest_on_sparql_auth(virtuoso: Virtuoso, examples: Corpus) -> None:
    """/sparql-auth offers HTTP Digest only (and answers Basic with a bare 401)."""
    endpoint = Endpoint(virtuoso.auth_url, credentials=Credentials("dba", "dba"), retry=ONCE)
    endpoint.load(examples.file)
    assert run("visits", endpoint, actor="ল্যাভরভ") == run("visits", examples.dataset, actor="Lavrov")
    assert endpoint._digest is not None
    for credentials, sent in ((Credentials("dba", "not-the-pw-42"), "sent Digest credentials of user 'dba'"),
                              (None, "sent no credentials")):
        with pytest.raises(BnkgError, match="HTTP 401") as err:
            run("actors", Endpoint(virtuoso.auth_url, credentials=credentials, retry=ONCE))
        assert "the server offers Digest (realm 'SPARQL', algorithm MD5)" in str(err.value) and sent in str(err.value)
        assert "not-the-pw" not in str(err.value)


def test_bulk_loader_then_union_graph(virtuoso: Virtuoso, examples: Corpus) -> None:
    """The README's route for large corpora: Virtuoso's bulk loader (ld_dir, rdf_loader_run) reads the N-Quads
    into their named graphs, one SPARQL INSERT builds bnkg's union graph, and the queries answer as in memory."""
    wipe(Endpoint(virtuoso.url, union="server", retry=ONCE))
    bulk = virtuoso.directory / "bulk"
    bulk.mkdir(exist_ok=True)
    bnkg.save(examples.dataset, bulk / "examples.nq")
    virtuoso.isql(f"ld_dir('{bulk}', '*.nq', 'urn:bnkg:unused');", "rdf_loader_run();", "checkpoint;")
    virtuoso.isql("SPARQL INSERT { GRAPH <" + UNION_GRAPH + "> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
                  "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/bnkg/id/graph/\")) };")
    endpoint = Endpoint(virtuoso.url, retry=ONCE)
    assert run("who-met-whom", endpoint, actor="পুতিন") == run("who-met-whom", examples.dataset, actor="Putin")


# --- the table -----------------------------------------------------------------------------------------


def main() -> None:  # pragma: no cover - a report, run by hand
    """Print, per corpus, the load time per engine and the comparison table (queries × engines)."""
    import tempfile  # noqa: PLC0415 — a script's own import

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpora = [corpus("examples", EXAMPLES, root)] + ([corpus("seeds", SEEDS, root)] if SEEDS.is_dir() else [])
        with virtuoso_server(root / "virtuoso") as v:
            for c in corpora:
                columns: dict[str, dict[str, str]] = {}
                times: dict[str, float] = {}
                start = time.perf_counter()
                load_file(open_store(root / f"kg-{c.name}-timed"), c.file)
                times["embedded"] = time.perf_counter() - start
                columns["embedded"] = {k: verdict(c.memory[k], c.store[k]) for k in c.memory}
                for method in ("update", "gsp"):
                    with oxigraph_server(root / f"oxigraph-{c.name}-{method}") as ox_url:  # (a default graph too)
                        e = Endpoint(ox_url)
                        times[f"oxigraph {method}"] = e.load(c.file, method=method).seconds  # type: ignore[arg-type]
                        got = answers(Endpoint(ox_url), c.cases)
                    columns[f"oxigraph {method}"] = {k: verdict(c.memory[k], got[k], c.store[k]) for k in c.memory}
                    times[f"virtuoso {method}"], columns[f"virtuoso {method}"], _ = on_virtuoso(v, c, method)
                engines = list(columns)
                print(f"\n## {c.name}: {len(c.cases)} cases; load seconds: "
                      + ", ".join(f"{e} {times[e]:.2f}" for e in engines))
                print("| query | " + " | ".join(engines) + " |")
                print("|---" * (len(engines) + 1) + "|")
                for case in c.memory:
                    print(f"| {case} | " + " | ".join(columns[e][case] for e in engines) + " |")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
