"""No surprise network or file access: bnkg never fetches a remote IRI or reads a file it was not given.

Loading the ontology and shapes, validating, parsing HTML (with a DOCTYPE that declares external
entities), loading graph files (JSON-LD with remote or ``file:`` contexts) and reasoning with
owlready2 (a graph declaring ``owl:imports``) run with sockets blocked; a subprocess does it all
under a Python audit hook that records every socket use and every file opened.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import OWL, RDF

import bnkg
from bnkg.builder.read import read_text
from bnkg.errors import BnkgError
from bnkg.ontology import ontology_graph, reason, shapes_graph, validate

from ..conftest import EXAMPLES

MINI = Path(__file__).parents[1] / "data" / "mini.trig"
XXE_PAGE = """<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY secret SYSTEM "file://{secret}">
  <!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">
  <!ENTITY % param SYSTEM "http://127.0.0.1:9/param.dtd"> %param;
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" href="http://127.0.0.1:9/s.css"/>
<script src="http://127.0.0.1:9/x.js"></script></head><body>
<img src="file://{secret}"/><h1>পুতিনের পিয়ংইয়ং সফর</h1><p>প্রকাশিত: ২০ জুন ২০২৪</p>
<p>রাশিয়ার প্রেসিডেন্ট পুতিন বুধবার পিয়ংইয়ং সফরে যান। সেখানে তিনি কিম জং উনের সঙ্গে বৈঠক করেন। &secret; &remote;</p>
</body></html>
"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to resolve or connect fails, and is recorded."""
    attempts: list[object] = []

    def refuse(*args: object, **kw: object) -> None:
        attempts.append(args)
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture()
def secret(tmp_path: Path) -> Path:
    p = tmp_path / "secret.json"
    p.write_text('{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}, "token": "SECRET-TOKEN"}')
    return p


def test_ontology_and_shapes_load_offline_and_import_nothing(no_network: list[object]) -> None:
    onto, shapes = ontology_graph(), shapes_graph()
    assert len(onto) > 100 and len(shapes) > 50
    assert not list(onto.triples((None, OWL.imports, None))) and not list(shapes.triples((None, OWL.imports, None)))
    assert validate(bnkg.load(MINI)).conforms
    assert no_network == []


def test_html_entities_and_links_are_never_resolved(tmp_path: Path, secret: Path, no_network: list[object]) -> None:
    page = tmp_path / "xxe.html"
    page.write_text(XXE_PAGE.format(secret=secret), encoding="utf-8")
    text = read_text(page)
    assert "পুতিন" in text and "SECRET-TOKEN" not in text and "ENTITY" not in text
    assert "&secret;" in text  # an undeclared entity stays as its literal text
    rec = bnkg.build_result([page]).records[0]
    assert rec.visits
    assert no_network == []


def test_jsonld_contexts_are_never_fetched(tmp_path: Path, secret: Path, no_network: list[object]) -> None:
    for ctx in (secret.as_uri(), "http://127.0.0.1:9/ctx.jsonld", [{"@import": "http://127.0.0.1:9/c"}],
                {"x": {"@id": "http://e/x", "@context": "http://127.0.0.1:9/scoped"}}):
        f = tmp_path / "g.jsonld"
        f.write_text(json.dumps({"@context": ctx, "@id": "http://e/a", "http://e/p": "v"}), encoding="utf-8")
        with pytest.raises(BnkgError, match="not (fetched|loaded)"):
            bnkg.load(f)
    # bnkg's own context IRI is read from the package
    f.write_text(json.dumps({"@context": "https://w3id.org/bnkg/context.jsonld", "@id": "http://e/a",
                             "@type": "bnkg:Article"}), encoding="utf-8")
    assert len(bnkg.load(f)) == 1
    assert no_network == []


def _graph_with_imports(secret: Path) -> Dataset:
    ds = bnkg.load(MINI)
    g = ds.graph(URIRef("https://w3id.org/bnkg/id/graph/ffffffffffffffff"))
    onto = URIRef("https://w3id.org/bnkg/id/hostile")
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, OWL.imports, URIRef("http://127.0.0.1:9/evil.owl")))
    g.add((onto, OWL.imports, URIRef(secret.as_uri())))
    return ds


def test_shacl_ignores_owl_imports(secret: Path, no_network: list[object]) -> None:
    assert validate(_graph_with_imports(secret)).conforms
    assert no_network == []


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java (.ci/run installs it)")
def test_owlready2_reasoning_imports_nothing(secret: Path, no_network: list[object]) -> None:
    report = reason(_graph_with_imports(secret))
    assert report.consistent, report.message
    assert no_network == []


AUDITED = """
import json, sys
events = {"net": [], "open": []}
def hook(event, args):
    if event.startswith(("socket.", "urllib.", "http.client.")):
        events["net"].append([event, repr(args)[:200]])
    elif event == "open" and isinstance(args[0], str):
        events["open"].append(args[0])
sys.addaudithook(hook)
from pathlib import Path
import bnkg
from bnkg.errors import BnkgError
from bnkg.ontology import ontology_graph, shapes_graph, validate
tmp, secret, mini, examples = map(Path, sys.argv[1:5])
ontology_graph(); shapes_graph()
validate(bnkg.load(mini))
result = bnkg.build_result([examples, tmp / "xxe.html"])
bnkg.save(result.dataset, tmp / "out.jsonld")
bnkg.load(tmp / "out.jsonld")
try:
    bnkg.load(tmp / "evil.jsonld")
except BnkgError:
    pass
bnkg.query("visits", result.dataset, actor="Lavrov")
print(json.dumps(events))
"""


@pytest.mark.slow
def test_whole_run_under_an_audit_hook(tmp_path: Path, secret: Path) -> None:
    """Build, save, load, validate and query in a fresh interpreter: no socket, no stray file."""
    (tmp_path / "xxe.html").write_text(XXE_PAGE.format(secret=secret), encoding="utf-8")
    (tmp_path / "evil.jsonld").write_text(json.dumps({"@context": secret.as_uri(), "@id": "http://e/a"}))
    proc = subprocess.run([sys.executable, "-c", AUDITED, str(tmp_path), str(secret), str(MINI), str(EXAMPLES)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    events = json.loads(proc.stdout.strip().splitlines()[-1])
    assert events["net"] == []
    opened = {str(Path(p).resolve()) for p in events["open"]}
    assert str(secret.resolve()) not in opened
    allowed = (str(Path(bnkg.__file__).resolve().parent), sys.prefix, sys.base_prefix, str(tmp_path.resolve()),
               str(EXAMPLES.resolve()), str(MINI.resolve()), "/dev/", "/proc/", "/etc/localtime", "/usr/share/zoneinfo")
    stray = sorted(p for p in opened if not p.startswith(allowed))
    assert stray == []
