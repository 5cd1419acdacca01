"""Remote SPARQL 1.1 endpoints: push per-article named graphs, run the canned queries there.

Why: users keep the graph in a triple store they already run (Oxigraph, Fuseki, GraphDB…).

* Loading replaces each article's named graph, so loading the same file twice changes nothing.
  Default (``method="update"``): batches of SPARQL Update requests (urllib, ``batch`` graphs each) that
  replace each graph *and* keep the endpoint's default graph equal to the union set of the named graphs
  (:func:`bnkg.stores.embedded.replace_update`) — so the canned queries need no server setting, and a label that
  50 graphs repeat matches once (Oxigraph's union-default-graph mode is a multiset: it matches 50
  times, and the OPTIONAL labels of a query multiply the rows).  ``method="gsp"``: one Graph Store
  Protocol ``PUT <gsp>?graph=<iri>`` per graph and nothing else, for servers that present the union of
  named graphs as their default graph.
* Queries are POSTed as forms (SPARQL 1.1 Protocol) asking for JSON results, and read the default graph.  ``union="auto"``
  probes the endpoint once: when the named graphs hold articles the default graph does not show (loaded
  with ``gsp`` or by other tools), it asks Oxigraph for the union with its ``union-default-graph``
  request parameter, and otherwise fails naming the setting to change.
* There is no binding API over HTTP: a parameter value travels as one escaped N-Triples term (Oxigraph's
  serialiser) in a ``VALUES`` block of the lookup query; IRIs must also match a strict IRI pattern.
* Credentials come from ``BNKG_ENDPOINT_USER`` / ``BNKG_ENDPOINT_PASSWORD`` or the netrc file, never
  from the URL or the command line, and never appear in messages (they name the endpoint only).
* ``timeout`` bounds each whole request — connecting, sending, the status line, headers and body — not
  each socket read (a server sending a byte a second cannot hold bnkg); connection errors, timeouts and
  HTTP 5xx are retried with exponential backoff a bounded number of times and within
  ``RetryPolicy.total`` seconds in all; HTTP 4xx fails at once with a :class:`BnkgError` naming the URL.
* Redirects: an update or Graph Store request that is redirected is refused, naming both URLs (a
  301/302 would turn the POST into an empty GET and report success); a query follows up to 5 redirects,
  and the credentials are sent to the endpoint's own origin only, never to another host.
* An answer is checked, not trusted: a query's answer must be SPARQL JSON (a 200 ``text/html`` login
  page is an error naming the endpoint); after a load, the server must hold the articles sent.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import math
import netrc
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal as TypingLiteral
from typing import TypeVar
from urllib.parse import quote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from bnkg.errors import BnkgError
from bnkg.rdf.iri import IRI_RE
from bnkg.rdf.namespaces import BNKG, RDF
from bnkg.rdf.terms import XSD_STRING, to_oxigraph
from bnkg.stores.embedded import is_store, load_file, replace_update

__all__ = ["ENV_PASSWORD", "ENV_USER", "Credentials", "Endpoint", "RemoteLoadStats", "RetryPolicy",
           "credentials_for", "sparql_term"]

ENV_USER = "BNKG_ENDPOINT_USER"
ENV_PASSWORD = "BNKG_ENDPOINT_PASSWORD"
UNION_PARAM = "union-default-graph"  # Oxigraph's per-request "default graph = union of all graphs"
Union = TypingLiteral["auto", "server", "param"]
Method = TypingLiteral["gsp", "update"]

_PROBE = f"ASK {{ ?article a <{BNKG.Article}> }}"
_PROBE_NAMED = f"ASK {{ GRAPH ?g {{ ?article a <{BNKG.Article}> }} }}"
_WHERE_LINE = re.compile(r"^WHERE\s*\{[ \t]*$", re.MULTILINE)
_WHERE_ANY = re.compile(r"\bWHERE\s*\{")

T = TypeVar("T")
_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_REDIRECTS = 5
_RESULTS_JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry connection errors, timeouts and HTTP 5xx."""

    retries: int = 4  # attempts after the first one
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    max_backoff: float = 10.0
    total: float = 300.0  # seconds for one request with all its retries; no retry starts after that

    def delays(self) -> Iterator[float]:
        """The pauses between attempts: backoff, 2·backoff, 4·backoff… (capped), ``retries`` of them."""
        for i in range(max(0, self.retries)):
            yield min(self.max_backoff, self.backoff * (2**i))


@dataclass(frozen=True)
class _Answer:
    """One HTTP answer, read whole within the request's deadline."""

    status: int
    reason: str
    content_type: str
    body: bytes
    url: str


class _Deadline(Exception):
    """A request did not finish within its deadline (the socket was shut down by the watchdog)."""


@dataclass(frozen=True)
class Credentials:
    """HTTP Basic credentials; the password is kept out of ``repr`` so it cannot reach a log."""

    user: str
    password: str

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password=***)"

    def header(self) -> str:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


@dataclass(frozen=True)
class RemoteLoadStats:
    """What a remote load did: named graphs sent, HTTP requests made, seconds taken."""

    graphs: int
    requests: int
    seconds: float


def credentials_for(url: str, env: Mapping[str, str] | None = None,
                    netrc_file: str | os.PathLike[str] | None = None) -> Credentials | None:
    """Credentials for ``url``: the environment variables first, then the netrc entry of its host."""
    env = os.environ if env is None else env
    user = env.get(ENV_USER)
    if user:
        return Credentials(user, env.get(ENV_PASSWORD, ""))
    path = Path(netrc_file) if netrc_file is not None else Path.home() / ".netrc"
    if not path.is_file():
        return None
    try:
        auth = netrc.netrc(str(path)).authenticators(urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as exc:  # the message never quotes the file's content
        raise BnkgError(f"{path}: cannot read the netrc file (line {getattr(exc, 'lineno', '?')})") from None
    if auth is None:
        return None
    login, _, password = auth
    return Credentials(login or "", password or "")


def sparql_term(term: Node) -> str:
    """``term`` as SPARQL text: an IRI checked twice (bnkg's strict pattern and Oxigraph's parser) or a
    literal escaped by Oxigraph's N-Triples serialiser (quotes, backslashes, newlines…)."""
    if isinstance(term, URIRef):
        if not IRI_RE.match(str(term)):
            raise BnkgError(f"not an IRI that can be sent: {str(term)[:80]!r}")
        return str(ox.NamedNode(str(term)))
    if isinstance(term, Literal):
        return str(to_oxigraph(term))
    raise BnkgError(f"cannot send a {type(term).__name__} as a query parameter")


def _with_bindings(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with a ``VALUES`` block for ``bindings`` at the top of its main ``WHERE`` group."""
    if not bindings:
        return sparql
    names = sorted(bindings)
    block = (f"\n  VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(sparql_term(bindings[n]) for n in names)}) }}\n")
    m = _WHERE_LINE.search(sparql) or _WHERE_ANY.search(sparql)
    if m is None:
        raise BnkgError("query has no 'WHERE {' to bind parameters at")
    return sparql[: m.end()] + block + sparql[m.end():]


def _json_term(b: Mapping[str, str]) -> Node:
    kind, value = b.get("type"), b.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang, datatype = b.get("xml:lang"), b.get("datatype")
    if lang:
        return Literal(value, lang=lang)
    if datatype and datatype != XSD_STRING:
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


def _safe(url: str) -> str:
    """``url`` without any user-info part, for messages."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _sibling(url: str, last: str) -> str | None:
    """Oxigraph's layout: ``…/query`` → ``…/<last>``; None for other layouts."""
    parts = urlsplit(url)
    if not parts.path.endswith("/query"):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path[: -len("query")] + last, "", ""))


class Endpoint:
    """A SPARQL 1.1 endpoint: canned queries run here (a :class:`bnkg.queries.QueryTarget`) and graphs load here.

    ``url`` is the query URL; ``gsp`` the Graph Store Protocol URL and ``update`` the SPARQL Update URL
    (both default to Oxigraph's ``…/store`` and ``…/update`` beside a ``…/query`` URL).
    """

    def __init__(self, url: str, *, gsp: str | None = None, update: str | None = None, timeout: float = 30.0,
                 retry: RetryPolicy | None = None, union: Union = "auto",
                 credentials: Credentials | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        for u in (url, gsp, update):
            if u is None:
                continue
            parts = urlsplit(u)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise BnkgError(f"{_safe(u)}: not an http(s) URL of a SPARQL endpoint")
            if parts.username is not None or parts.password is not None:
                raise BnkgError(f"{_safe(u)}: credentials in the URL are not accepted; set {ENV_USER} and "
                                f"{ENV_PASSWORD} or use a netrc file")
        if union not in ("auto", "server", "param"):
            raise BnkgError(f"unknown union mode {union!r}; use auto, server or param")
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
        if not (math.isfinite(timeout) and timeout > 0):
            raise ValueError(f"timeout must be a number of seconds > 0, not {timeout!r}")
        self.url = url
        self.gsp = gsp or _sibling(url, "store")
        self.update_url = update or _sibling(url, "update")
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.union = union
        self.credentials = credentials if credentials is not None else credentials_for(url)
        self.sleep = sleep
        self._union_param: bool | None = {"auto": None, "server": False, "param": True}[union]

    def __repr__(self) -> str:
        return f"Endpoint({_safe(self.url)!r})"

    # --- queries ---------------------------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> tuple[tuple[str, ...], list[dict[str, Node]]]:
        """Evaluate a SELECT over the union of the named graphs; bindings travel as escaped terms."""
        doc = self._query(_with_bindings(sparql, bindings), self._needs_union_param())
        names = tuple(doc.get("head", {}).get("vars", []))
        rows = [{k: _json_term(v) for k, v in b.items()} for b in doc.get("results", {}).get("bindings", [])]
        return names, rows

    def ask(self, sparql: str, union: bool | None = None) -> bool:
        """Evaluate an ASK query (over the union of the named graphs unless ``union`` says otherwise)."""
        doc = self._query(sparql, self._needs_union_param() if union is None else union)
        return bool(doc.get("boolean"))

    def count(self) -> int:
        """The number of triples in the endpoint's named graphs."""
        doc = self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", False)
        rows = doc.get("results", {}).get("bindings", [])
        return int(rows[0]["n"]["value"]) if rows else 0

    def _needs_union_param(self) -> bool:
        """Whether queries need Oxigraph's union request parameter to see the articles (probed once)."""
        if self._union_param is None:
            if self._query(_PROBE, False).get("boolean"):
                self._union_param = False  # the default graph shows the articles (bnkg keeps it so)
            elif not self._query(_PROBE_NAMED, False).get("boolean"):
                return False  # no articles at all (yet): decide on a later query
            else:
                try:
                    ok = bool(self._query(_PROBE, True).get("boolean"))
                except BnkgError:
                    ok = False
                if not ok:
                    raise BnkgError(
                        f"{_safe(self.url)}: the named graphs hold articles but queries without GRAPH do not see "
                        "them; load with `bnkg load` (which keeps the default graph the union of the article "
                        "graphs), run INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } once, or make the "
                        "server's default graph the union (Fuseki/TDB2: tdb2:unionDefaultGraph true)")
                self._union_param = True
        return self._union_param

    def _query(self, text: str, union_param: bool) -> dict:
        form = {"query": text, **({UNION_PARAM: "true"} if union_param else {})}
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": _RESULTS_JSON}
        body = urlencode(form).encode("utf-8")
        answer = self._retrying("query", self.url, lambda deadline: self._send("POST", self.url, body, headers,
                                                                                deadline, follow=True))
        return _results(answer, self.url)

    # --- loading ---------------------------------------------------------------------------------

    def put_graph(self, name: str | None, body: bytes, content_type: str = "application/n-triples") -> None:
        """Replace named graph ``name`` (``None``: add to the default graph) with ``body`` — idempotent."""
        if self.gsp is None:
            raise BnkgError(f"{_safe(self.url)}: give the Graph Store Protocol URL of this endpoint (--gsp URL)")
        sep = "&" if "?" in self.gsp else "?"
        if name is None:
            self._http("POST", f"{self.gsp}{sep}default", body, content_type)
        else:
            self._http("PUT", f"{self.gsp}{sep}graph={quote(name, safe='')}", body, content_type)

    def run_update(self, text: str) -> None:
        """Send one SPARQL Update request (applied as one transaction by Oxigraph)."""
        if self.update_url is None:
            raise BnkgError(f"{_safe(self.url)}: give the SPARQL Update URL of this endpoint (--update URL)")
        self._http("POST", self.update_url, text.encode("utf-8"), "application/sparql-update")

    def load(self, source: str | os.PathLike[str] | ox.Store, *, method: Method = "update", batch: int = 100,
             progress: Callable[[int, int], None] | None = None) -> RemoteLoadStats:
        """Push every named graph of ``source`` (a graph file or a pyoxigraph Store), replacing graphs of the
        same name: ``update`` sends ``batch`` graphs per SPARQL Update request and maintains the default
        graph as their union; ``gsp`` sends one PUT per graph (see the module doc).

        ``progress(done, total)`` is called after each request.  Re-running a failed load is safe.
        """
        if method not in ("gsp", "update"):
            raise BnkgError(f"unknown load method {method!r}; use gsp or update")
        start = time.perf_counter()
        if is_store(source):
            store = source
        else:
            store = ox.Store()  # in memory: Oxigraph parses and groups the quads by graph, off the Python heap
            load_file(store, source, union=False)  # type: ignore[arg-type]
        assert isinstance(store, ox.Store)
        graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
        # default-graph triples of their own (a Turtle file), not a union maintained by bnkg
        has_default = not graphs and next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                                          None) is not None
        total = len(graphs) + has_default
        requests = 0

        def nt(g: ox.NamedNode | ox.DefaultGraph) -> bytes:
            return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) or b""

        if method == "gsp":
            for i, g in enumerate(graphs, 1):
                self.put_graph(g.value, nt(g))
                requests += 1
                if progress:
                    progress(i, total)
        else:
            size = max(1, batch)
            for i in range(0, len(graphs), size):
                chunk = graphs[i: i + size]
                self.run_update(" ;\n".join(replace_update(g, nt(g).decode("utf-8")) for g in chunk))
                requests += 1
                if progress:
                    progress(i + len(chunk), total)
        self._check_loaded(store, graphs)
        if has_default:
            if method == "gsp":
                self.put_graph(None, nt(ox.DefaultGraph()))
            else:
                self.run_update(f"INSERT DATA {{\n{nt(ox.DefaultGraph()).decode('utf-8')}}}")
            requests += 1
            if progress:
                progress(total, total)
        return RemoteLoadStats(total, requests, time.perf_counter() - start)

    def _check_loaded(self, store: ox.Store, graphs: list[ox.NamedNode]) -> None:
        """After a load: the server must hold (at least) the articles sent — a 2xx from a proxy or a login
        page is not a load."""
        sent = {q.graph_name.value for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                                    ox.NamedNode(str(BNKG.Article)), None)
                if isinstance(q.graph_name, ox.NamedNode)}
        if not sent:
            return
        doc = self._query(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{BNKG.Article}> }} }}",
                          False)
        try:
            held = int(doc["results"]["bindings"][0]["n"]["value"])
        except (KeyError, IndexError, TypeError, ValueError):
            raise BnkgError(f"{_safe(self.url)}: cannot count the articles after the load: the answer has no "
                            "number ?n") from None
        if held < len(sent):
            raise BnkgError(f"{_safe(self.url)}: after the load the server holds {held} article graph(s), not the "
                            f"{len(sent)} sent: the update URL {_safe(self.update_url or self.gsp or '')} accepted "
                            "the requests but did not store them (a proxy, a login page, another dataset?)")

    # --- HTTP ------------------------------------------------------------------------------------

    def _http(self, method: str, url: str, body: bytes, content_type: str) -> None:
        headers = {"Content-Type": f"{content_type}; charset=utf-8" if content_type.startswith("application/sparql")
                   else content_type}
        self._retrying(f"{method} ({len(body)} bytes)", url,
                       lambda deadline: self._send(method, url, body, headers, deadline, follow=False))

    def _send(self, method: str, url: str, body: bytes, headers: Mapping[str, str], deadline: float, *,
              follow: bool) -> _Answer:
        """One request, redirects handled: updates refuse them, queries follow them (credentials to the
        endpoint's origin only).  Raises ``urllib``-free errors: :class:`_Deadline`, ``OSError``,
        ``http.client.HTTPException``; returns any status (the caller decides)."""
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            sent = dict(headers)
            if self.credentials is not None and _origin(current) == _origin(self.url):
                sent["Authorization"] = self.credentials.header()
            answer = _once(method, current, body, sent, deadline)
            if answer.status not in _REDIRECTS:
                return answer
            target = urljoin(current, answer.url)  # a redirect's answer carries its Location
            if urlsplit(target).scheme not in ("http", "https"):
                raise BnkgError(f"{_safe(url)}: redirected to {_safe(target)}, which is not an http(s) URL")
            if not follow:
                raise BnkgError(f"{_safe(url)}: the server redirects this {method} to {_safe(target)} (HTTP "
                                f"{answer.status}); bnkg does not follow redirects of updates (the data would be "
                                "lost or sent elsewhere): give the final URL with --endpoint/--update/--gsp")
            current = target
        raise BnkgError(f"{_safe(url)}: more than {_MAX_REDIRECTS} redirects")

    def _retrying(self, what: str, url: str, call: Callable[[float], _Answer]) -> _Answer:
        """``call(deadline)``, retried on connection errors, timeouts and 5xx (within ``retry.total`` seconds);
        a 4xx fails at once.  Returns a 2xx answer."""
        delays = self.retry.delays()
        start = time.monotonic()
        budget_end = start + max(self.timeout, self.retry.total)
        attempts = 0
        while True:
            attempts += 1
            deadline = min(time.monotonic() + self.timeout, budget_end)
            try:
                answer = call(deadline)
                if answer.status < 300:
                    return answer
                if answer.status < 500:
                    raise BnkgError(f"{_safe(url)}: {what} refused: HTTP {answer.status} {answer.reason}"
                                    f"{_snippet(answer.body)}")
                last = f"HTTP {answer.status} {answer.reason}"
            except _Deadline:
                last = f"no complete answer within --timeout {self.timeout:g} s"
            except (OSError, http.client.HTTPException) as exc:
                last = f"{type(exc).__name__}: {exc}"
            delay = next(delays, None)
            if delay is not None and time.monotonic() + delay >= budget_end:
                delay = None
            if delay is None:
                raise BnkgError(f"{_safe(url)}: {what} failed after {attempts} attempt(s) in "
                                f"{time.monotonic() - start:.1f} s: {last}")
            self.sleep(delay)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def _once(method: str, url: str, body: bytes, headers: Mapping[str, str], deadline: float) -> _Answer:
    """One HTTP exchange that ends by ``deadline`` (monotonic time), whatever the server does: a watchdog
    shuts the socket down when the deadline passes, so a server trickling bytes cannot hold it."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _Deadline()
    parts = urlsplit(url)
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(parts.hostname or "", parts.port, timeout=remaining,
                                           context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=remaining)
    fired = threading.Event()

    def watchdog() -> None:
        fired.set()
        sock = conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(remaining, watchdog)
    timer.daemon = True
    timer.start()
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request(method, target, body=body, headers=dict(headers))
        response = conn.getresponse()
        data = response.read()
        location = response.getheader("Location") or ""
        return _Answer(response.status, response.reason, response.getheader("Content-Type") or "", data,
                       location if response.status in _REDIRECTS else url)
    except (OSError, http.client.HTTPException):
        if fired.is_set() or time.monotonic() >= deadline:
            raise _Deadline() from None
        raise
    finally:
        timer.cancel()
        conn.close()


def _results(answer: _Answer, url: str) -> dict:
    """The SPARQL JSON results document of a query's answer, checked; errors name the endpoint."""
    ctype = answer.content_type.split(";")[0].strip().lower()
    if ctype and "json" not in ctype:
        raise BnkgError(f"{_safe(url)}: the endpoint answered HTTP {answer.status} with {ctype}, not SPARQL JSON "
                        f"results ({_RESULTS_JSON}); is this the query URL of a SPARQL endpoint, and not a login "
                        "page or a proxy?")
    try:
        doc = json.loads(answer.body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BnkgError(f"{_safe(url)}: the answer is not UTF-8 text; expected SPARQL JSON results") from None
    except json.JSONDecodeError as exc:
        raise BnkgError(f"{_safe(url)}: the answer is not valid JSON ({exc.msg} at line {exc.lineno}, column "
                        f"{exc.colno}); expected SPARQL JSON results") from None
    if not isinstance(doc, dict):
        raise BnkgError(f"{_safe(url)}: the answer is a JSON {type(doc).__name__}, not a SPARQL JSON results object "
                        "(with \"head\" and \"results\" or \"boolean\")")
    if "boolean" in doc:
        if not isinstance(doc["boolean"], bool):
            raise BnkgError(f"{_safe(url)}: the ASK answer's \"boolean\" is not true or false")
        return doc
    results, head = doc.get("results"), doc.get("head")
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(head, dict) or not isinstance(bindings, list) or not all(
            isinstance(b, dict) and all(isinstance(v, dict) for v in b.values()) for b in bindings):
        raise BnkgError(f"{_safe(url)}: the answer is JSON but not SPARQL JSON results (expected \"head\" and "
                        "\"results\": {\"bindings\": [ {name: {\"type\": …, \"value\": …}} … ]})")
    return doc


def _snippet(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return f": {text[:300]}" if text else ""
