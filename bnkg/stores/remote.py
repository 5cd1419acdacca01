"""Remote SPARQL 1.1 endpoints: push per-article named graphs, run the canned queries there.

Why: users keep the graph in a triple store they already run (Oxigraph, Fuseki, GraphDB…).

* Loading replaces each article's named graph, so loading the same file twice changes nothing.
  Default (``method="update"``): batches of SPARQL Update requests (``batch`` graphs each).  What else
  they write depends on the server's dataset model (``default_graph``; ``"auto"`` finds it once per
  endpoint by writing a probe triple into a probe named graph, asking for it without ``GRAPH`` and
  dropping the graph):

  - ``"separate"`` (Oxigraph, Fuseki without ``unionDefaultGraph``): the default graph is kept equal to the
    union *set* of the named graphs (:func:`bnkg.stores.embedded.replace_update`), so the canned queries
    need no server setting.
  - ``"union"`` (Virtuoso; Oxigraph ``--union-default-graph``): the server's default graph already
    shows every named graph, but as a multiset — a label that 50 graphs repeat matches 50 times and the
    OPTIONAL labels of a query multiply the rows (Virtuoso keeps duplicates even across ``FROM``
    clauses, and adds its system graphs).  Only named graphs are written (Virtuoso refuses a ``DELETE``
    without ``GRAPH``: SP031): the article's graph and :data:`UNION_GRAPH`, kept equal to the union set
    of the article graphs; queries then name it as their default graph (``default-graph-uri``).

  ``method="gsp"``: one Graph Store Protocol ``PUT <gsp>?graph=<iri>`` per graph and nothing else, for
  servers that present the union of named graphs as their default graph (a multiset on Virtuoso).
* Queries are POSTed as forms (SPARQL 1.1 Protocol) asking for JSON results.  ``union="auto"`` probes
  the endpoint once: the union graph bnkg keeps on a union server is named as the default graph; else
  the default graph is read when it shows the articles; else, when the named graphs hold articles the
  default graph does not show (loaded with ``gsp`` or by other tools), Oxigraph is asked for the union
  with its ``union-default-graph`` request parameter, and otherwise bnkg fails naming the setting to change.
* There is no binding API over HTTP: parameters arrive in the query text (:mod:`bnkg.queries.engines`).
* Credentials come from ``BNKG_ENDPOINT_USER`` / ``BNKG_ENDPOINT_PASSWORD`` or the netrc file, never
  from the URL or the command line, and never appear in messages (they name the endpoint only).  They
  go as HTTP Basic, or as HTTP Digest (RFC 7616: MD5, SHA-256, their ``-sess`` forms, ``qop=auth``) once
  the server asks for it in a 401 (Virtuoso's ``/sparql-auth`` offers Digest only); a 401 that stays a
  401 names the schemes the server offered.
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
import dataclasses
import hashlib
import http.client
import json
import math
import netrc
import os
import re
import secrets
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
from bnkg.rdf.namespaces import BNKG, RDF
from bnkg.rdf.terms import XSD_STRING
from bnkg.stores.embedded import is_store, load_file, replace_update

__all__ = ["ENV_PASSWORD", "ENV_USER", "UNION_GRAPH", "Credentials", "Endpoint", "RemoteLoadStats",
           "RetryPolicy", "credentials_for"]

ENV_USER = "BNKG_ENDPOINT_USER"
ENV_PASSWORD = "BNKG_ENDPOINT_PASSWORD"
UNION_PARAM = "union-default-graph"  # Oxigraph's per-request "default graph = union of all graphs"
DEFAULT_GRAPH_URI = "default-graph-uri"  # SPARQL 1.1 Protocol: the graph a query reads as its default graph
# on servers whose default graph is the union of all graphs (a multiset), bnkg keeps the union *set* here
UNION_GRAPH = "https://w3id.org/bnkg/id/graph/union"
Union = TypingLiteral["auto", "server", "param", "graph"]
Method = TypingLiteral["gsp", "update"]
DefaultGraph = TypingLiteral["auto", "union", "separate"]

_PROBE = f"ASK {{ ?article a <{BNKG.Article}> }}"
_PROBE_NAMED = f"ASK {{ GRAPH ?g {{ ?article a <{BNKG.Article}> }} }}"
_PROBE_UNION_GRAPH = f"ASK {{ GRAPH <{UNION_GRAPH}> {{ ?article a <{BNKG.Article}> }} }}"

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
    challenges: tuple[str, ...] = ()  # the WWW-Authenticate headers of a 401


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
class Challenge:
    """One authentication challenge of a ``WWW-Authenticate`` header: a scheme and its parameters."""

    scheme: str  # lower case: "basic", "digest", "bearer"…
    params: dict[str, str]

    def describe(self) -> str:
        realm = self.params.get("realm")
        name = {"basic": "Basic", "digest": "Digest"}.get(self.scheme, self.scheme.capitalize())
        algorithm = self.params.get("algorithm") if self.scheme == "digest" else None
        extra = [f"realm {realm!r}"] if realm is not None else []
        extra += [f"algorithm {algorithm}"] if algorithm else []
        return f"{name} ({', '.join(extra)})" if extra else name


_CHALLENGE_TOKEN = re.compile(r"""\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*))?\s*,?""")


def parse_challenges(headers: tuple[str, ...]) -> list[Challenge]:
    """The challenges of ``WWW-Authenticate`` header values (RFC 7235: several per header, comma separated)."""
    found: list[Challenge] = []
    for header in headers:
        pos = 0
        while pos < len(header):
            m = _CHALLENGE_TOKEN.match(header, pos)
            if m is None or m.end() == pos:
                break
            pos = m.end()
            name, value = m.group(1), m.group(2)
            if value is None:  # a bare token: a new scheme
                found.append(Challenge(name.lower(), {}))
            elif found:
                if value.startswith('"'):
                    value = re.sub(r"\\(.)", r"\1", value[1:-1])
                found[-1].params[name.lower()] = value
    return found


def _hash(algorithm: str) -> Callable[[bytes], str] | None:
    name = algorithm.upper().removesuffix("-SESS")
    if name == "MD5":
        return lambda b: hashlib.md5(b, usedforsecurity=False).hexdigest()
    if name == "SHA-256":
        return lambda b: hashlib.sha256(b).hexdigest()
    return None


@dataclass
class DigestAuth:
    """HTTP Digest (RFC 7616, ``qop=auth`` or the RFC 2069 form) for one challenge; counts its nonce uses."""

    challenge: Challenge
    count: int = 0

    @staticmethod
    def usable(challenge: Challenge) -> bool:
        qops = {q.strip() for q in challenge.params.get("qop", "auth").split(",")}
        return (challenge.scheme == "digest" and "nonce" in challenge.params and "auth" in qops
                and _hash(challenge.params.get("algorithm", "MD5")) is not None)

    def header(self, credentials: Credentials, method: str, uri: str, cnonce: str | None = None) -> str:
        p = self.challenge.params
        algorithm = p.get("algorithm", "MD5")
        h = _hash(algorithm)
        assert h is not None
        realm, nonce = p.get("realm", ""), p["nonce"]
        self.count += 1
        nc = f"{self.count:08x}"
        cnonce = cnonce or secrets.token_hex(8)
        ha1 = h(f"{credentials.user}:{realm}:{credentials.password}".encode())
        if algorithm.upper().endswith("-SESS"):
            ha1 = h(f"{ha1}:{nonce}:{cnonce}".encode())
        ha2 = h(f"{method}:{uri}".encode())
        qop = "auth" if "qop" in p else None
        response = h(f"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}".encode() if qop else f"{ha1}:{nonce}:{ha2}".encode())

        def q(v: str) -> str:
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

        fields = [f"username={q(credentials.user)}", f"realm={q(realm)}", f"nonce={q(nonce)}", f"uri={q(uri)}",
                  f"algorithm={algorithm}", f"response={q(response)}"]
        if qop:
            fields += [f"qop={qop}", f"nc={nc}", f"cnonce={q(cnonce)}"]
        if "opaque" in p:
            fields.append(f"opaque={q(p['opaque'])}")
        return "Digest " + ", ".join(fields)


@dataclass(frozen=True)
class RemoteLoadStats:
    """What a remote load did: named graphs sent, HTTP requests made, seconds taken."""

    graphs: int
    requests: int
    seconds: float
    default_graph: DefaultGraph | None = None  # the server's dataset model (update loads)


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


def _virtuoso(url: str, what: TypingLiteral["sparql", "sparql-graph-crud"]) -> str | None:
    """Virtuoso's layout: ``…/sparql`` updates at itself and has its Graph Store at ``…/sparql-graph-crud``
    (``…/sparql-auth``: ``…/sparql-graph-crud-auth``, both with credentials); None for other layouts."""
    parts = urlsplit(url)
    for query, gsp in (("/sparql", "/sparql-graph-crud"), ("/sparql-auth", "/sparql-graph-crud-auth")):
        if parts.path.endswith(query):
            path = parts.path if what == "sparql" else parts.path[: -len(query)] + gsp
            return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    return None


def _replace_named(graph: ox.NamedNode, ntriples: str) -> str:
    """SPARQL Update making named graph ``graph`` hold exactly ``ntriples`` and keeping :data:`UNION_GRAPH`
    the union set of the other named graphs, writing named graphs only (for a server whose default graph
    is the union of all graphs; every ``DELETE``/``INSERT`` names its graph — Virtuoso's SP031)."""
    union = f"<{UNION_GRAPH}>"
    return (f"DELETE {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph} && ?other != {union}) }} }} ;\n"
            f"DROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{ntriples}}} GRAPH {union} {{\n{ntriples}}} }}")


def _dataset_form(union: Union) -> dict[str, str]:
    """The request parameters that make a query's default graph the union of the article graphs."""
    if union == "param":
        return {UNION_PARAM: "true"}
    if union == "graph":
        return {DEFAULT_GRAPH_URI: UNION_GRAPH}
    return {}


class Endpoint:
    """A SPARQL 1.1 endpoint: canned queries run here (a :class:`bnkg.queries.QueryTarget`) and graphs load here.

    ``url`` is the query URL; ``gsp`` the Graph Store Protocol URL and ``update`` the SPARQL Update URL
    (both default to Oxigraph's ``…/store`` and ``…/update`` beside a ``…/query`` URL, and to Virtuoso's
    ``…/sparql-graph-crud`` and the query URL itself beside a ``…/sparql`` URL).  ``union``: how queries see
    the union of the article graphs (``auto``: probed; ``server``: the default graph as it is; ``param``:
    Oxigraph's request parameter; ``graph``: :data:`UNION_GRAPH` as the default graph).  ``default_graph``:
    the server's dataset model for loads (``auto``: probed; ``union``; ``separate``).
    """

    def __init__(self, url: str, *, gsp: str | None = None, update: str | None = None, timeout: float = 30.0,
                 retry: RetryPolicy | None = None, union: Union = "auto", default_graph: DefaultGraph = "auto",
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
        if union not in ("auto", "server", "param", "graph"):
            raise BnkgError(f"unknown union mode {union!r}; use auto, server, param or graph")
        if default_graph not in ("auto", "union", "separate"):
            raise BnkgError(f"unknown default graph model {default_graph!r}; use auto, union or separate")
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
        if not (math.isfinite(timeout) and timeout > 0):
            raise ValueError(f"timeout must be a number of seconds > 0, not {timeout!r}")
        self.url = url
        self.gsp = gsp or _sibling(url, "store") or _virtuoso(url, "sparql-graph-crud")
        self.update_url = update or _sibling(url, "update") or _virtuoso(url, "sparql")
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.union = union
        self.credentials = credentials if credentials is not None else credentials_for(url)
        self.sleep = sleep
        self._dataset: Union | None = None if union == "auto" else union  # how queries see the union
        self._model: DefaultGraph | None = None if default_graph == "auto" else default_graph
        self._digest: DigestAuth | None = None  # the server's Digest challenge, once it sent one

    def __repr__(self) -> str:
        return f"Endpoint({_safe(self.url)!r})"

    # --- queries ---------------------------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, Node]) -> tuple[tuple[str, ...], list[dict[str, Node]]]:
        """Evaluate a SELECT over the union of the named graphs.  HTTP has no binding API: parameters must be
        in ``sparql`` already (:func:`bnkg.queries.engines.with_values` puts them there)."""
        if bindings:
            raise BnkgError(f"{_safe(self.url)}: an endpoint takes parameters in the query text, not as bindings "
                            f"({', '.join(sorted(bindings))}); run canned queries with bnkg.queries.run")
        doc = self._query(sparql, self._union_mode())
        names = tuple(doc.get("head", {}).get("vars", []))
        rows = [{k: _json_term(v) for k, v in b.items()} for b in doc.get("results", {}).get("bindings", [])]
        return names, rows

    def ask(self, sparql: str, union: Union | None = None) -> bool:
        """Evaluate an ASK query (over the union of the named graphs unless ``union`` says otherwise)."""
        return _boolean(self._query(sparql, self._union_mode() if union is None or union == "auto" else union))

    def count(self) -> int:
        """The number of triples in the endpoint's named graphs."""
        doc = self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "server")
        rows = doc.get("results", {}).get("bindings", [])
        return int(rows[0]["n"]["value"]) if rows else 0

    def default_graph(self) -> DefaultGraph:
        """The server's dataset model, probed once: ``union`` when its default graph shows a triple written
        into a (probe) named graph only, else ``separate``.  The probe graph is dropped again."""
        if self._model is None:
            probe = f"urn:bnkg:probe:{secrets.token_hex(8)}"
            self.run_update(f'INSERT DATA {{ GRAPH <{probe}> {{ <{probe}> <{probe}> "probe" }} }}')
            try:  # (a variable in it: Virtuoso 7.2 answers false to an ASK of a ground triple it holds)
                union = self.ask(f"ASK {{ ?s <{probe}> ?o }}", union="server")
                self._model = "union" if union else "separate"
            finally:
                self.run_update(f"DROP SILENT GRAPH <{probe}>")
        return self._model

    def _union_mode(self) -> Union:
        """How queries see the articles (probed once): the union graph bnkg keeps on a union server, the
        default graph itself, or Oxigraph's union request parameter."""
        if self._dataset is None:
            if _boolean(self._query(_PROBE_UNION_GRAPH, "server")):
                self._dataset = "graph"  # loaded by bnkg into a server whose default graph is a multiset union
            elif _boolean(self._query(_PROBE, "server")):
                self._dataset = "server"  # the default graph shows the articles (bnkg keeps it so)
            elif not _boolean(self._query(_PROBE_NAMED, "server")):
                return "server"  # no articles at all (yet): decide on a later query
            else:
                try:
                    ok = _boolean(self._query(_PROBE, "param"))
                except BnkgError:
                    ok = False
                if not ok:
                    raise BnkgError(
                        f"{_safe(self.url)}: the named graphs hold articles but queries without GRAPH do not see "
                        "them; load with `bnkg load` (which keeps the default graph the union of the article "
                        "graphs), run INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } once, or make the "
                        "server's default graph the union (Fuseki/TDB2: tdb2:unionDefaultGraph true)")
                self._dataset = "param"
        return self._dataset

    def _query(self, text: str, union: Union) -> dict:
        form = {"query": text, **_dataset_form(union)}
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": _RESULTS_JSON}
        body = urlencode(form).encode("utf-8")
        answer = self._retrying("query", self.url, lambda deadline: self._send("POST", self.url, body, headers,
                                                                                deadline, follow=True))
        return _results(answer, self.url)

    # --- loading ---------------------------------------------------------------------------------

    def put_graph(self, name: str | None, body: bytes, content_type: str = "application/n-triples") -> None:
        """Replace named graph ``name`` (``None``: add to the default graph) with ``body`` — idempotent."""
        self._http("POST" if name is None else "PUT", self._gsp_url(name), body, content_type)

    def _gsp_url(self, name: str | None) -> str:
        if self.gsp is None:
            raise BnkgError(f"{_safe(self.url)}: give the Graph Store Protocol URL of this endpoint (--gsp URL)")
        sep = "&" if "?" in self.gsp else "?"
        return f"{self.gsp}{sep}default" if name is None else f"{self.gsp}{sep}graph={quote(name, safe='')}"

    def run_update(self, text: str) -> None:
        """Send one SPARQL Update request (applied as one transaction by Oxigraph)."""
        if self.update_url is None:
            raise BnkgError(f"{_safe(self.url)}: give the SPARQL Update URL of this endpoint (--update URL)")
        self._http("POST", self.update_url, text.encode("utf-8"), "application/sparql-update")

    def load(self, source: str | os.PathLike[str] | ox.Store, *, method: Method = "update", batch: int = 100,
             progress: Callable[[int, int], None] | None = None) -> RemoteLoadStats:
        """Push every named graph of ``source`` (a graph file or a pyoxigraph Store), replacing graphs of the
        same name: ``update`` sends ``batch`` graphs per SPARQL Update request and maintains the union of
        the article graphs — as the default graph, or as :data:`UNION_GRAPH` on a server whose default graph
        is the union already (:meth:`default_graph`); ``gsp`` sends one PUT per graph (see the module doc).

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
        model = self.default_graph() if method == "update" else None
        replace = replace_update if model == "separate" else _replace_named

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
                self.run_update(" ;\n".join(replace(g, nt(g).decode("utf-8")) for g in chunk))
                requests += 1
                if progress:
                    progress(i + len(chunk), total)
        self._check_loaded(store, graphs)
        if method == "gsp" and _boolean(self._query(_PROBE_UNION_GRAPH, "server")):
            # an earlier update load kept bnkg's union graph; the graphs PUT now are not in it: drop it, so
            # that queries read the server's own union (which may repeat rows) rather than a stale one
            self._http("DELETE", self._gsp_url(UNION_GRAPH), b"", "application/n-triples")
            self._dataset = None
        if has_default:
            if method == "gsp":
                self.put_graph(None, nt(ox.DefaultGraph()))
            else:  # (a union server has no default graph of its own to write to: the union graph shows them)
                data = nt(ox.DefaultGraph()).decode("utf-8")
                self.run_update(f"INSERT DATA {{ GRAPH <{UNION_GRAPH}> {{\n{data}}} }}" if model == "union"
                                else f"INSERT DATA {{\n{data}}}")
            requests += 1
            if progress:
                progress(total, total)
        return RemoteLoadStats(total, requests, time.perf_counter() - start, model)

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
        redirects = 0
        challenged = False  # one new Digest challenge answered per request (a stale nonce, or the first)
        while redirects <= _MAX_REDIRECTS:
            sent = dict(headers)
            ours = self.credentials is not None and _origin(current) == _origin(self.url)
            if ours:
                sent["Authorization"] = self._authorization(method, current)
            answer = _once(method, current, body, sent, deadline)
            if answer.status == 401 and ours and not challenged:
                if not answer.challenges and self._digest is None:
                    # a bare 401 to Basic credentials (Virtuoso's /sparql-auth): ask anonymously what it offers
                    answer = dataclasses.replace(answer, challenges=_once("GET", current, b"", {}, deadline).challenges)
                digest = next((c for c in parse_challenges(answer.challenges) if DigestAuth.usable(c)), None)
                if digest is not None:
                    self._digest = DigestAuth(digest)
                    challenged = True
                    continue
            if answer.status not in _REDIRECTS:
                return answer
            redirects += 1
            target = urljoin(current, answer.url)  # a redirect's answer carries its Location
            if urlsplit(target).scheme not in ("http", "https"):
                raise BnkgError(f"{_safe(url)}: redirected to {_safe(target)}, which is not an http(s) URL")
            if not follow:
                raise BnkgError(f"{_safe(url)}: the server redirects this {method} to {_safe(target)} (HTTP "
                                f"{answer.status}); bnkg does not follow redirects of updates (the data would be "
                                "lost or sent elsewhere): give the final URL with --endpoint/--update/--gsp")
            current = target
        raise BnkgError(f"{_safe(url)}: more than {_MAX_REDIRECTS} redirects")

    def _authorization(self, method: str, url: str) -> str:
        """The Authorization header for a request to ``url``: Digest once the server asked for it, else Basic."""
        assert self.credentials is not None
        if self._digest is None:
            return self.credentials.header()
        parts = urlsplit(url)
        return self._digest.header(self.credentials, method, (parts.path or "/") + (f"?{parts.query}" if parts.query
                                                                                     else ""))

    def _refused(self, what: str, url: str, answer: _Answer) -> BnkgError:
        """The error for a 4xx answer; a 401 names the schemes the server offered and what bnkg sent."""
        message = f"{_safe(url)}: {what} refused: HTTP {answer.status} {answer.reason}"
        if answer.status != 401:
            return BnkgError(message + _snippet(answer.body))
        offered = parse_challenges(answer.challenges) or ([self._digest.challenge] if self._digest else [])
        schemes = ", ".join(c.describe() for c in offered) or "no scheme (no WWW-Authenticate header)"
        if self.credentials is None:
            sent = f"bnkg sent no credentials: set {ENV_USER} and {ENV_PASSWORD} or add a netrc entry for the host"
        else:
            used = "Digest" if self._digest is not None else "Basic"
            sent = (f"bnkg sent {used} credentials of user {self.credentials.user!r} (from {ENV_USER} or the netrc "
                    "file): wrong user or password?")
            if not any(c.scheme == "basic" or DigestAuth.usable(c) for c in offered) and offered:
                sent = "bnkg speaks HTTP Basic and Digest (MD5, SHA-256; qop=auth) only"
        return BnkgError(f"{message}: the server offers {schemes}; {sent}")

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
                    raise self._refused(what, url, answer)
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
                       location if response.status in _REDIRECTS else url,
                       tuple(response.headers.get_all("WWW-Authenticate") or ()))
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


def _boolean(doc: dict) -> bool:
    """An ASK answer: ``{"boolean": …}`` — or, from Virtuoso 7.2 (when the ASK matched, asked for JSON), one
    row binding ``__ASK_RETVAL`` to 1."""
    if "boolean" in doc:
        return bool(doc["boolean"])
    rows = doc.get("results", {}).get("bindings", [])
    return bool(rows) and rows[0].get("__ASK_RETVAL", {}).get("value") not in (None, "0", "false")


def _snippet(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return f": {text[:300]}" if text else ""
