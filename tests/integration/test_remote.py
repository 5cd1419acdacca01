"""Remote SPARQL endpoints (bnkg.stores.remote) against a real Oxigraph server started on a loopback port:
loads are idempotent, every canned query answers as in memory and in the embedded store, hostile
parameter values stay data; plus retries, errors and credentials against tiny local HTTP servers."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef

import bnkg
from bnkg.cli.main import main
from bnkg.errors import BnkgError, QueryError
from bnkg.queries import catalogue, run
from bnkg.stores.embedded import load_file, open_store, replace_update
from bnkg.stores.remote import ENV_PASSWORD, ENV_USER, Credentials, Endpoint, RetryPolicy, credentials_for

from ..conftest import EXAMPLES, SEEDS
from .test_store import answers

pytestmark = pytest.mark.slow  # an Oxigraph server

HOSTILE = ['"', ">", "}", "'", "\\", "\\u0022", "\\\"", "<script>alert(1)</script>", 'x" } SELECT * WHERE { ?s ?p ?o } #',
           "x' } SELECT * WHERE { ?s ?p ?o } #", "line one\nline two", "a\r\n\"b", "SELECT", "\"\"\" } #",
           "https://w3id.org/bnkg/id/actor/putin> } UNION { ?s ?p ?o", "<https://w3id.org/bnkg/id/actor/putin>}",
           "  "]
NO_WAIT = RetryPolicy(retries=2, backoff=0.0)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the `oxigraph` server is not installed (pip install -e '.[test]' installs it); "
                    "the remote round-trip tests need it", pytrace=False)
    return found


@contextlib.contextmanager
def running(command: list[str], log: Path, url: str, seconds: float, cwd: Path | None = None,
            stop_within: float = 10) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` started (output to ``log``) until ``url`` answers ``ASK {}`` with 200; stopped by its PID."""
    name = Path(command[0]).name
    with open(log, "wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
    try:
        deadline = time.monotonic() + seconds
        while True:
            if proc.poll() is not None:
                pytest.fail(f"{name} exited with {proc.returncode}: {log.read_text()[-800:]}", pytrace=False)
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"{name} did not answer at {url} within {seconds:g} s: {log.read_text()[-800:]}",
                            pytrace=False)
            time.sleep(0.05)
        yield proc
    finally:
        proc.terminate()  # by PID: this Popen's own process
        try:
            proc.wait(timeout=stop_within)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextlib.contextmanager
def oxigraph_server(location: Path, *extra: str) -> Iterator[str]:
    """``oxigraph serve`` on a free loopback port; yields the query URL; stops the server by its PID."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/query"
    with running([_oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *extra],
                 location.with_suffix(".log"), url, 30):
        yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "db") as url:
        yield url


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return bnkg.build([EXAMPLES])


@pytest.fixture(scope="module")
def examples_file(examples: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    f = tmp_path_factory.mktemp("graphs") / "examples.trig"
    bnkg.save(examples, f)
    return f


def _three_ways(ds: Dataset, f: Path, url: str, tmp: Path) -> tuple[object, object]:
    """Load ``f`` into the server and an embedded store; every canned query answers identically (in events
    and per reading); returns the store and the endpoint."""
    endpoint = Endpoint(url, retry=NO_WAIT)
    endpoint.load(f)
    store = open_store(tmp / "kg")
    load_file(store, f)
    memory = answers(ds, ds)
    assert sum(len(r.rows) for r in memory.values()) > 50
    assert answers(store, ds) == memory
    assert answers(endpoint, ds) == memory
    return store, endpoint


def test_round_trip_examples(server: str, examples: Dataset, examples_file: Path, tmp_path: Path) -> None:
    _three_ways(examples, examples_file, server, tmp_path)


def test_round_trip_seeds(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present beside this checkout (the examples round trip still ran)")
    ds = bnkg.build([SEEDS])
    f = tmp_path / "seeds.nq"
    bnkg.save(ds, f)
    with oxigraph_server(tmp_path / "db") as url:  # a server of its own: only the seeds in it
        store, endpoint = _three_ways(ds, f, url, tmp_path)
        # issue 14: the June 2024 Putin–Kim summit in Pyongyang is one meeting with its two articles, everywhere
        for target in (ds, store, endpoint):
            result = run("who-met-whom", target)
            rows = [dict(zip(result.columns, map(str, row), strict=True)) for row in result.rows]
            summit = [r for r in rows if r["participants_en"] == "Kim Jong Un; Vladimir Putin"
                      and r["date"].startswith("2024-06") and r["place_en"] == "Pyongyang"]
            assert len(summit) == 1, (target, rows)
            assert summit[0]["articles"] == "2" and len(summit[0]["sources"].split("; ")) == 2, summit
            per_reading = run("who-met-whom", target, readings=True, actor="Putin")
            assert len([r for r in per_reading.rows if str(r[5]) == "পিয়ংইয়ং" and str(r[8]) == "Occurred"]) == 2


def _default_graph_size(endpoint: Endpoint) -> int:
    _, rows = endpoint.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {})
    return int(str(rows[0]["n"]))


def test_loading_is_idempotent(examples: Dataset, examples_file: Path, tmp_path: Path) -> None:
    quads = sum(1 for _ in examples.quads((None, None, None, None)))
    triples = len({(s, p, o) for s, p, o, _ in examples.quads((None, None, None, None))})
    graphs = sum(1 for g in examples.graphs() if len(g))
    with oxigraph_server(tmp_path / "db") as url:
        endpoint = Endpoint(url, retry=NO_WAIT)
        first = endpoint.load(examples_file, batch=2)
        assert (first.graphs, first.requests) == (graphs, (graphs + 1) // 2)
        assert (endpoint.count(), _default_graph_size(endpoint)) == (quads, triples)  # default graph = union set
        endpoint.load(examples_file)
        assert (endpoint.count(), _default_graph_size(endpoint)) == (quads, triples)
        assert endpoint.load(examples_file, method="gsp").requests == graphs  # one PUT per graph
        assert main(["load", str(examples_file), "--endpoint", url, "-q"]) == 0
        assert (endpoint.count(), _default_graph_size(endpoint)) == (quads, triples)
        assert run("who-met-whom", endpoint) == run("who-met-whom", examples)
        assert endpoint._dataset == "server"  # the default graph bnkg keeps is what is queried


def test_graphs_only_loads_use_the_servers_union(examples: Dataset, examples_file: Path, tmp_path: Path) -> None:
    """``--method gsp`` writes named graphs only: a server started with --union-default-graph serves their
    union; a plain Oxigraph server is asked for it with its request parameter (found by probing)."""
    with oxigraph_server(tmp_path / "u", "--union-default-graph") as url:
        endpoint = Endpoint(url, retry=NO_WAIT)
        endpoint.load(examples_file, method="gsp")
        assert run("agreements", endpoint) == run("agreements", examples)
        assert endpoint._dataset == "server"
    with oxigraph_server(tmp_path / "p") as url:
        endpoint = Endpoint(url, retry=NO_WAIT)
        endpoint.load(examples_file, method="gsp")
        assert run("actors", endpoint) == run("actors", examples)
        assert endpoint._dataset == "param"
        # told that the server already serves the union, it would see nothing
        assert run("actors", Endpoint(url, union="server")).rows == ()


def test_cli_query_on_endpoint(server: str, examples: Dataset, examples_file: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    Endpoint(server, retry=NO_WAIT).load(examples_file)
    capsys.readouterr()
    assert main(["query", "visits", "--endpoint", server, "--actor", "Lavrov", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out == run("visits", examples, actor="Lavrov").to_json()
    assert json.loads(out)["results"]["bindings"]


def test_hostile_values_stay_data_on_the_server(server: str, examples: Dataset, examples_file: Path) -> None:
    endpoint = Endpoint(server, retry=NO_WAIT)
    endpoint.load(examples_file)
    for readings in (False, True):
        for name, q in sorted(catalogue(readings=readings).items()):
            for p in q.params:
                for value in HOSTILE:
                    if p.kind == "date":  # refused before any request
                        with pytest.raises(QueryError, match="is not a date"):
                            run(name, endpoint, readings=readings, **{p.name: value})
                        continue
                    assert run(name, endpoint, readings=readings, **{p.name: value}).rows == (), (name, p.name, value)
    # a label that is itself hostile is found exactly: the escaping round-trips, it does not just fail
    evil = 'Evil "quote" } SELECT * WHERE { ?s ?p ?o } #\n\\u0022 <script>'
    extra = Dataset()
    g = extra.graph(URIRef("https://w3id.org/bnkg/id/graph/ffffffffffffffff"))
    g.add((URIRef("https://w3id.org/bnkg/id/actor/lavrov"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
           Literal(evil, lang="en")))
    gid = ox.NamedNode(str(g.identifier))
    endpoint.run_update(replace_update(gid, g.serialize(format="nt")))
    try:
        found = {row[0] for row in run("visits", endpoint, actor=evil).rows}  # (two English labels: two rows)
        assert found == {row[0] for row in run("visits", examples, actor="Lavrov").rows} != set()
        assert run("visits", endpoint, actor=evil[:-1]).rows == ()
    finally:
        endpoint.run_update(replace_update(gid, ""))


def test_4xx_names_the_endpoint_and_is_not_retried(server: str) -> None:
    calls: list[float] = []
    endpoint = Endpoint(server, retry=RetryPolicy(retries=3), sleep=calls.append)
    with pytest.raises(BnkgError, match=r"127\.0\.0\.1.*/store\?graph=.*HTTP 400"):
        endpoint.put_graph("https://w3id.org/bnkg/id/graph/bad", b"this is not N-Triples")
    with pytest.raises(BnkgError, match=r"127\.0\.0\.1.*/query.*HTTP 400"):
        endpoint._query("SELECT * WHERE { ?s ?p ", "server")
    bad = server.replace("/query", "/nothere")
    with pytest.raises(BnkgError, match=rf"{bad}.*HTTP 404"):
        run("actors", Endpoint(bad, retry=NO_WAIT))
    assert calls == []


# --- retries, timeouts and credentials, against tiny local servers -------------------------------------


class _Script:
    """What a tiny server answers: a list of statuses, then 200/201 with ``body``; requests are recorded."""

    def __init__(self, statuses: list[int], body: bytes = b"", delay: float = 0.0) -> None:
        self.statuses = statuses
        self.body = body
        self.delay = delay
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []


@contextlib.contextmanager
def tiny_server(script: _Script) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            script.seen.append((self.command, self.path, dict(self.headers), self.rfile.read(length)))
            time.sleep(script.delay)
            status = script.statuses.pop(0) if script.statuses else (201 if self.command == "PUT" else 200)
            self.send_response(status)
            body = script.body if status < 300 else b"server says no"
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args: object) -> None:
            return None

    with serve(Handler) as url:
        yield url


def _endpoint(url: str, sleeps: list[float], **kw: object) -> Endpoint:
    sleep: Callable[[float], None] = sleeps.append
    return Endpoint(url, retry=RetryPolicy(retries=3, backoff=0.5), sleep=sleep, union="server", **kw)  # type: ignore[arg-type]


def test_5xx_is_retried_with_backoff_then_succeeds() -> None:
    script = _Script([503, 500])
    sleeps: list[float] = []
    with tiny_server(script) as url:
        _endpoint(url, sleeps).put_graph("https://w3id.org/bnkg/id/graph/x", b"<a:b> <a:c> <a:d> .\n")
    assert [s[0] for s in script.seen] == ["PUT", "PUT", "PUT"]
    assert sleeps == [0.5, 1.0]  # exponential backoff


def test_query_5xx_is_retried() -> None:
    doc = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}
    script = _Script([500, 502], json.dumps(doc).encode())
    sleeps: list[float] = []
    with tiny_server(script) as url:
        names, rows = _endpoint(url, sleeps).select("SELECT ?x WHERE { }", {})
    assert (names, rows) == (("x",), [{"x": Literal("ok")}])
    assert len(script.seen) == 3 and sleeps == [0.5, 1.0]


def test_retries_are_bounded_and_the_error_names_the_endpoint() -> None:
    script = _Script([503] * 10)
    sleeps: list[float] = []
    with tiny_server(script) as url, pytest.raises(BnkgError, match=r"127\.0\.0\.1.*after 4 attempt\(s\).*503"):
        _endpoint(url, sleeps).put_graph("https://w3id.org/bnkg/id/graph/x", b"")
    assert len(script.seen) == 4 and sleeps == [0.5, 1.0, 2.0]


def test_connection_errors_and_timeouts_are_retried() -> None:
    sleeps: list[float] = []
    with pytest.raises(BnkgError, match=r"after 4 attempt\(s\)"):
        _endpoint(f"http://127.0.0.1:{_free_port()}/query", sleeps).put_graph("https://w3id.org/bnkg/id/graph/x", b"")
    assert sleeps == [0.5, 1.0, 2.0]
    script = _Script([], delay=0.5)
    with tiny_server(script) as url, pytest.raises(BnkgError, match="attempt"):
        Endpoint(url, timeout=0.1, retry=RetryPolicy(retries=1, backoff=0), union="server").put_graph("urn:x:g", b"")
    assert len(script.seen) == 2


def test_credentials_from_the_environment_never_reach_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_USER, "alice")
    monkeypatch.setenv(ENV_PASSWORD, "s3cret-pw")
    script = _Script([401] * 4)
    with tiny_server(script) as url:
        endpoint = Endpoint(url, retry=NO_WAIT, union="server")
        with pytest.raises(BnkgError) as put_error:
            endpoint.put_graph("urn:x:g", b"")
        with pytest.raises(BnkgError) as query_error:
            endpoint.select("SELECT * WHERE { }", {})
    expected = "Basic " + base64.b64encode(b"alice:s3cret-pw").decode()
    # a bare 401 to Basic: one anonymous GET asks which schemes the server offers (none here)
    assert [(s[0], s[2].get("Authorization")) for s in script.seen] == [("PUT", expected), ("GET", None),
                                                                       ("POST", expected), ("GET", None)]
    for err in (put_error, query_error):
        assert "401" in str(err.value) and url.split("/query")[0] in str(err.value)
        assert "s3cret" not in str(err.value)
        assert "offers no scheme (no WWW-Authenticate header); bnkg sent Basic credentials of user 'alice'" in str(
            err.value)
    assert "s3cret" not in repr(endpoint.credentials)


def test_credentials_come_from_netrc_and_never_from_the_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine db.example.org login bob password hunter2\n")
    netrc.chmod(0o600)
    assert credentials_for("https://db.example.org/sparql", env={}, netrc_file=netrc) == Credentials("bob", "hunter2")
    assert credentials_for("https://other.example.org/sparql", env={}, netrc_file=netrc) is None
    assert credentials_for("https://db.example.org/", env={ENV_USER: "eve", ENV_PASSWORD: "x"},
                           netrc_file=netrc) == Credentials("eve", "x")
    with pytest.raises(BnkgError, match="not accepted") as err:
        Endpoint("http://bob:hunter2@127.0.0.1:1/query")
    assert "hunter2" not in str(err.value)
    assert main(["query", "actors", "--endpoint", "http://bob:hunter2@127.0.0.1:1/query"]) == 1


@contextlib.contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A scripted HTTP server on a free loopback port; yields its /query URL, stops it after."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/query"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


# --- HTTP Digest, what a 401 says, and the progress bar of `bnkg load` (issue 16) ---------------------


def _digest_server(algorithm: str, seen: list[str | None]) -> type[BaseHTTPRequestHandler]:
    """A server that wants HTTP Digest (``algorithm``, qop=auth) from alice:s3cret-pw and answers basic
    credentials with a bare 401, as Virtuoso's /sparql-auth does; it checks the response itself (RFC 7616)."""
    def h(text: str) -> str:
        return (hashlib.sha256 if algorithm.startswith("SHA-256") else hashlib.md5)(text.encode()).hexdigest()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            auth = self.headers.get("Authorization")
            seen.append(auth)
            if auth and auth.startswith("Digest "):
                f = {k: a or b for k, a, b in re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', auth[7:])}
                ha1 = h(f"{f['username']}:bnkg-test:s3cret-pw")
                if algorithm.endswith("-sess"):
                    ha1 = h(f"{ha1}:{f['nonce']}:{f['cnonce']}")
                want = h(f"{ha1}:{f['nonce']}:{f['nc']}:{f['cnonce']}:auth:{h(f'{self.command}:{self.path}')}")
                if f["response"] == want and f["uri"] == self.path and f["opaque"] == "op" and f["algorithm"] == algorithm:
                    doc = b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "9"}}]}}'
                    self.send_response(200)
                    self.send_header("Content-Type", "application/sparql-results+json")
                    self.send_header("Content-Length", str(len(doc)))
                    self.end_headers()
                    self.wfile.write(doc)
                    return
            self.send_response(401)
            if not auth:  # a challenge only to an anonymous request
                self.send_header("WWW-Authenticate", f'Digest realm="bnkg-test", nonce="n{len(seen)}", opaque="op", '
                                 f'qop="auth", algorithm={algorithm}')
            self.send_header("Content-Length", "0")
            self.end_headers()
            assert body is not None

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *args: object) -> None:
            return None

    return Handler


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256", "MD5-sess"])
def test_digest_after_a_bare_401_to_basic(algorithm: str) -> None:
    seen: list[str | None] = []
    with serve(_digest_server(algorithm, seen)) as url:
        endpoint = Endpoint(url, retry=NO_WAIT, union="server", credentials=Credentials("alice", "s3cret-pw"))
        assert endpoint.select("SELECT ?n WHERE { }", {})[1] == [{"n": Literal("9")}]
        assert endpoint.count() == 9  # the next request goes straight to Digest, nonce count 2
        with pytest.raises(BnkgError) as err:
            Endpoint(url, retry=NO_WAIT, union="server", credentials=Credentials("alice", "guess-42")).count()
    assert [(a or "").split(" ")[0] for a in seen[:4]] == ["Basic", "", "Digest", "Digest"]
    assert "nc=00000002" in (seen[3] or "")
    assert (f"HTTP 401 Unauthorized: the server offers Digest (realm 'bnkg-test', algorithm {algorithm}); bnkg sent "
            "Digest credentials of user 'alice'") in str(err.value) and "guess-42" not in str(err.value)


@pytest.mark.parametrize(("header", "offered"), [
    ('Basic realm="db"', "the server offers Basic (realm 'db'); bnkg sent no credentials: set BNKG_ENDPOINT_USER"),
    ('Bearer realm="api", Negotiate', "the server offers Bearer (realm 'api'), Negotiate; bnkg sent no credentials"),
])
def test_a_401_names_the_schemes_offered(header: str, offered: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_USER, raising=False)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(401)
            self.send_header("WWW-Authenticate", header)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    with serve(Handler) as url, pytest.raises(BnkgError) as err:
        Endpoint(url, retry=NO_WAIT, union="server", credentials=None).count()
    assert offered in str(err.value)
    with serve(Handler) as url, pytest.raises(BnkgError) as err:
        Endpoint(url, retry=NO_WAIT, union="server", credentials=Credentials("bob", "pw")).count()
    assert "bnkg sent Basic credentials of user 'bob'" in str(err.value) or "speaks HTTP Basic and Digest" in str(
        err.value)


class _FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_load_shows_progress_on_a_terminal_only(examples: Dataset, examples_file: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "99"}}]}}
    graphs = sum(1 for g in examples.graphs() if len(g))
    for stream, bar in ((_FakeTerminal(), True), (io.StringIO(), False)):
        script = _Script([], json.dumps(doc).encode())
        monkeypatch.setattr(sys, "stderr", stream)
        with tiny_server(script) as url:
            assert main(["load", str(examples_file), "--endpoint", url, "--default-graph", "separate",
                         "--batch", "1"]) == 0
        out = stream.getvalue()
        assert ("bnkg load:" in out and f"/{graphs} [" in out and "\r" in out) is bar, out  # tqdm: graphs sent
        assert f"loaded {graphs} named graph(s)" in out and "(default graph kept the union" in out
        assert len([s for s in script.seen if s[0] == "POST" and "/update" in s[1]]) == graphs
