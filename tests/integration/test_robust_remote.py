"""Issue 15 against tiny local HTTP servers: redirects and credentials (3), deadlines (5), a login page
that answers 200 (8), timeout values (12) and bad JSON (13).  Each test is named after its defect."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import bnkg
from bnkg.cli.main import main
from bnkg.errors import BnkgError
from bnkg.stores.remote import ENV_PASSWORD, ENV_USER, Endpoint, RetryPolicy

from .test_remote import serve as serve_handler
from .test_robust import article

Seen = list[tuple[str, str, dict[str, str], bytes]]
Answer = tuple[int, dict[str, str], bytes]
ONCE = RetryPolicy(retries=0)
RESULTS = {"Content-Type": "application/sparql-results+json"}


@contextlib.contextmanager
def serve(answer: Callable[[str, str, bytes], Answer], seen: Seen) -> Iterator[str]:
    """A loopback HTTP server answering with ``answer(method, path, body)``; yields its /query URL."""
    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append((self.command, self.path, dict(self.headers), body))
            status, headers, out = answer(self.command, self.path, body)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        do_GET = do_POST = do_PUT = _any

        def log_message(self, *args: object) -> None:
            return None

    with serve_handler(Handler) as url:
        yield url


def ok_results(method: str, path: str, body: bytes) -> Answer:
    if path.startswith("/update") or path.startswith("/store"):
        return 204, {}, b""
    return 200, RESULTS, json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "7", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode()


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    g = tmp_path / "g.trig"
    assert main(["build", str(article(tmp_path / "in", "a.txt", 1)), "-o", str(g), "-q", "--no-validate"]) == 0
    return g


# --- 3. credentials follow redirects -----------------------------------------------------------------


@pytest.mark.slow  # local servers
def test_3_credentials_never_follow_a_redirect_to_another_origin(monkeypatch: pytest.MonkeyPatch,
                                                                 graph_file: Path) -> None:
    monkeypatch.setenv(ENV_USER, "alice")
    monkeypatch.setenv(ENV_PASSWORD, "s3cret-pw")
    there: Seen = []
    here: Seen = []
    with serve(ok_results, there) as other:
        def redirect(method: str, path: str, body: bytes) -> Answer:
            return 302, {"Location": other.replace("/query", path.split("?")[0])}, b""

        with serve(redirect, here) as url:
            names, rows = Endpoint(url, retry=ONCE, union="server").select("SELECT ?n WHERE { }", {})
            assert names == ("n",) and len(rows) == 1  # the query followed the redirect…
            assert here[0][2].get("Authorization", "").startswith("Basic ")
            assert there and all("Authorization" not in h for _, _, h, _ in there)  # …without the credentials
            assert there[0][0] == "POST" and b"query=" in there[0][3]
            count = len(there)
            with pytest.raises(BnkgError) as err:
                Endpoint(url, retry=ONCE).load(graph_file)
            update = url.replace("/query", "/update")
            assert update in str(err.value) and other.replace("/query", "/update") in str(err.value)
            assert "does not follow redirects" in str(err.value) and "s3cret" not in str(err.value)
            with pytest.raises(BnkgError, match="does not follow redirects"):
                Endpoint(url, retry=ONCE).put_graph("urn:x:g", b"")
            assert len(there) == count  # no update reached the other host
            assert main(["load", str(graph_file), "--endpoint", url, "-q"]) == 1


# --- 5. --timeout is not a deadline ------------------------------------------------------------------


@contextlib.contextmanager
def trickle() -> Iterator[str]:
    """A server that sends its answer one byte every 0.1 s, forever."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    stop = threading.Event()

    def client(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.1)
            with contextlib.suppress(OSError):
                conn.recv(65536)
            data = b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nX-Slow: " + b"a" * 10**6
            for byte in data:
                if stop.is_set():
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(0.1)

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            threading.Thread(target=client, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/query"
    finally:
        stop.set()
        thread.join(5)
        sock.close()


@pytest.mark.slow  # local servers
def test_5_timeout_is_a_whole_request_deadline_and_retries_are_bounded_in_total(graph_file: Path) -> None:
    with trickle() as url:
        start = time.monotonic()
        with pytest.raises(BnkgError, match=r"failed after 2 attempt\(s\).*within --timeout 0.5 s"):
            Endpoint(url, timeout=0.5, retry=RetryPolicy(retries=1, backoff=0.0), union="server").select(
                "SELECT * WHERE { }", {})
        assert time.monotonic() - start < 3
        start = time.monotonic()
        with pytest.raises(BnkgError, match="failed after 1 attempt"):  # the total budget stops the retries
            Endpoint(url, timeout=0.5, retry=RetryPolicy(retries=50, backoff=0.1, total=0.5)).load(graph_file)
        assert time.monotonic() - start < 3
        start = time.monotonic()
        assert main(["load", str(graph_file), "--endpoint", url, "--timeout", "0.3", "--retries", "1"]) == 1
        assert time.monotonic() - start < 5  # 2 attempts of 0.3 s and the backoff, not forever


# --- 8. a login page counts as success ---------------------------------------------------------------


@pytest.mark.slow  # local servers
def test_8_a_login_page_answering_200_is_not_a_successful_load(graph_file: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    def login(method: str, path: str, body: bytes) -> Answer:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, b"<html><form>Sign in</form></html>"

    with serve(login, []) as url:
        with pytest.raises(BnkgError, match=r"127\.0\.0\.1.*text/html, not SPARQL JSON results.*login page"):
            Endpoint(url, retry=ONCE).load(graph_file)
        assert main(["load", str(graph_file), "--endpoint", url]) == 1
        assert main(["query", "actors", "--endpoint", url]) == 1
    assert "loaded" not in capsys.readouterr().err

    def forgetful(method: str, path: str, body: bytes) -> Answer:  # accepts updates, stores nothing
        if path.startswith("/update"):
            return 204, {}, b""
        return 200, RESULTS, b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "0"}}]}}'

    with serve(forgetful, []) as url, pytest.raises(BnkgError, match="holds 0 article graph.*not the 1 sent"):
        Endpoint(url, retry=ONCE).load(graph_file)
    with serve(ok_results, []) as url:
        assert Endpoint(url, retry=ONCE).load(graph_file).graphs >= 1


# --- 12. --timeout values ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "soon", "1e400"])
def test_12_timeout_values_are_validated(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["query", "actors", "--endpoint", "http://127.0.0.1:1/query", "--timeout", value],
                 ["load", "g.trig", "--endpoint", "http://127.0.0.1:1/query", "--timeout", value]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
    assert "expected a number of seconds > 0" in capsys.readouterr().err
    with pytest.raises((TypeError, ValueError), match="timeout must be a number of seconds"):
        Endpoint("http://127.0.0.1:1/query", timeout=float(value) if value != "soon" else value)  # type: ignore[arg-type]


def test_12_a_small_timeout_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    assert Endpoint("http://127.0.0.1:1/query", timeout=0.25).timeout == 0.25


# --- 13. bad JSON from an endpoint -------------------------------------------------------------------


@pytest.mark.slow  # a local server
@pytest.mark.parametrize(("body", "expected"), [
    (b"not json at all", r"not valid JSON \(Expecting value at line 1, column 1\); expected SPARQL JSON results"),
    (b"[1, 2, 3]", r"a JSON list, not a SPARQL JSON results object"),
    (b'{"head": {}, "results": {"bindings": 5}}', r"JSON but not SPARQL JSON results"),
    (b'{"boolean": "maybe"}', r"\"boolean\" is not true or false"),
    (b"\xff\xfe", r"not UTF-8"),
])
def test_13_bad_json_from_an_endpoint_names_the_endpoint(body: bytes, expected: str) -> None:
    with serve(lambda m, p, b: (200, RESULTS, body), []) as url:
        with pytest.raises(BnkgError, match=expected) as err:
            bnkg.query("actors", Endpoint(url, retry=ONCE, union="server"))
        assert str(err.value).startswith(url)
