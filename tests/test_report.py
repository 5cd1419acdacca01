"""``bnkg report``: the HTML page — its content, its escaping, and how it looks in a real browser.

The browser test opens the page in headless Chromium (Debian's ``chromium``; ``.ci/run`` installs
it with ``fonts-noto-core``), takes a screenshot and reads the rendered DOM.  Without Chromium it
skips — except under CI (``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from bnkg.builder.corpus.pipeline import build_result
from bnkg.cli.main import main
from bnkg.rdf.namespaces import BNKG
from bnkg.rdf.serialize import save
from bnkg.views.report import find_bengali_font, highlight, render_report
from bnkg.views.story import read_story

from .conftest import EXAMPLES, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1280,2000"]


@pytest.fixture(scope="module")
def dataset():
    return build_result([EXAMPLES]).dataset


@pytest.fixture(scope="module")
def page(dataset) -> str:
    return render_report(dataset, font=None)


def text_of(page: str) -> str:
    """The visible text of a page, tags removed and entities decoded (marks split words otherwise)."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


# ------------------------------------------------------------------------------------ content

def test_page_has_every_section_and_fact(dataset, page: str) -> None:
    story = read_story(dataset)
    for anchor in ("timeline", "network", "actors", "facts", "sources"):
        assert f'id="{anchor}"' in page
    text = text_of(page)
    for f in story.facts:
        assert story.summary_en(f) in text
        for ev in f.evidence:
            assert ev.quote in text  # every evidence sentence, verbatim
    assert "Sergey Lavrov" in text and "সের্গেই ল্যাভরভ" in text
    assert "2024-10-11" in text  # the date of Lavrov's visit to Pyongyang
    assert "lavrov-pyongyang.txt" in text
    assert "https://www.wikidata.org/wiki/Q" in page  # gazetteer actors with verified ids link out
    assert page.count('<svg class="timeline"') == 1 and page.count('<svg class="network"') == 1


def test_trigger_words_are_marked_in_the_evidence(page: str) -> None:
    assert re.search(r"<mark>সফর[^<]*</mark>", page)
    assert '<mark class="who">' in page


def test_claims_show_their_kind_in_english_and_their_bengali_text(dataset, page: str) -> None:
    claims = [f for f in read_story(dataset).facts if f.is_claim]
    assert claims
    for c in claims:
        assert f"<b>{html.escape(c.claim_kind or '')}</b>" in page
        assert html.escape(c.text or "") in page


def test_the_page_is_self_contained(page: str) -> None:
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.replace("https://www.wikidata.org/wiki/", ""))
    assert "default-src 'none'" in page  # the CSP forbids any load the markup might still contain


def test_untrusted_text_is_escaped(dataset) -> None:
    ds = build_result([EXAMPLES / "kim-russia-visit.txt"]).dataset
    g, claim = next((c, s) for c in ds.graphs() for s in c.subjects(RDF.type, BNKG.Claim))
    g.remove((claim, BNKG.text, None))
    g.add((claim, BNKG.text, Literal('<script>alert("x")</script> বলেন', lang="bn")))
    actor = URIRef("https://w3id.org/bnkg/id/actor/peskov")
    g.add((actor, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), Literal('"><img src=x onerror=alert(1)>')))
    page = render_report(ds, font=None, title="<i>title</i>")
    assert "<script>" not in page and "<img" not in page and "<i>title" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;i&gt;title&lt;/i&gt;" in page


def test_highlight_widens_marks_to_whole_words_and_escapes() -> None:
    assert highlight("a<b> সফরে গেছেন", ["সফর"], []) == "a&lt;b&gt; <mark>সফরে</mark> গেছেন"
    assert highlight("কিছু নেই", ["সফর"], ["পুতিন"]) == "কিছু নেই"


def test_conflicts_between_readings_get_a_section(page: str) -> None:
    # lavrov-pyongyang.txt dates the Lavrov–Choe meeting on the 10th in one sentence, the 11th in another
    assert 'id="conflicts"' in page
    section = text_of(page.split('id="conflicts"', 1)[1].split("</section>", 1)[0])
    assert "Choe Son Hui meets Sergey Lavrov" in section and "disagree on its date" in section
    assert "2024-10-10" in section and "2024-10-11" in section and "lavrov-pyongyang.txt" in section


def test_no_conflicts_no_section() -> None:
    page = render_report(build_result([EXAMPLES / "kim-russia-visit.txt"]).dataset, font=None)
    assert 'id="conflicts"' not in page and 'href="#conflicts"' not in page


def test_report_is_deterministic_and_embeds_a_font_when_available(dataset, page: str) -> None:
    assert render_report(dataset, font=None) == page
    font = find_bengali_font()
    if font is None:
        pytest.skip("no Noto Sans Bengali on this system (Debian: fonts-noto-core)")
    embedded = render_report(dataset)
    assert "@font-face" in embedded and "base64," in embedded and "unicode-range:U+0964-0965,U+0980-09FF" in embedded


def test_cli_report(dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "g.trig"
    save(dataset, graph)
    out = tmp_path / "r.html"
    assert main(["report", str(graph), "-o", str(out), "--font", "none", "--title", "Demo"]) == 0
    assert "<title>Demo</title>" in out.read_text(encoding="utf-8")
    assert main(["report", str(graph), "-o", str(out), "--font", str(tmp_path / "missing.ttf")]) == 1
    assert "no such font file" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ browser

def _chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail("/usr/bin/chromium is missing; .ci/run installs it (apt-get install chromium fonts-noto-core)")
    pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium fonts-noto-core)")


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run([str(_chromium()), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
def test_report_in_headless_chromium(tmp_path: Path) -> None:
    chromium = _chromium()
    inputs = [EXAMPLES] + ([SEEDS] if SEEDS.is_dir() else [])
    result = build_result(inputs)
    story = read_story(result.dataset)
    report = tmp_path / "report.html"
    report.write_text(render_report(result.dataset), encoding="utf-8")
    url = report.resolve().as_uri()

    shot = tmp_path / "report.png"
    run = _run_chromium(tmp_path, f"--screenshot={shot}", url)
    assert shot.is_file(), f"{chromium} wrote no screenshot: {run.stderr[-2000:]}"
    assert _png_size(shot) == (1280, 2000)
    assert shot.stat().st_size > 50_000, "the screenshot is (nearly) blank"
    if os.environ.get("BNKG_REPORT_SCREENSHOT"):  # keep it for a human to look at
        shutil.copy(shot, os.environ["BNKG_REPORT_SCREENSHOT"])

    dom = _run_chromium(tmp_path, "--dump-dom", url).stdout
    assert "<script" not in dom.lower()
    text = text_of(dom)
    assert "Who met whom" in text and "Facts and evidence" in text
    for name in ("Sergey Lavrov", "সের্গেই ল্যাভরভ", "Kim Jong Un", "কিম জং উন", "Choe Son Hui"):
        assert name in text
    assert "2024-10-11" in text
    visits = [f for f in story.facts if f.kind == "Visit"]
    assert visits
    for f in visits:
        assert story.summary_en(f) in text
        assert all(ev.quote in text for ev in f.evidence)
    if SEEDS.is_dir():
        seed_files = {p.name for p in SEEDS.iterdir() if p.suffix == ".txt"}
        assert all(name in text for name in seed_files)
