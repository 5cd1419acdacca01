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
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from bnkg.builder.corpus.pipeline import build_result
from bnkg.cli.main import main
from bnkg.rdf.namespaces import BNKG
from bnkg.rdf.serialize import save
from bnkg.views.report import find_bengali_font, highlight, render_report, render_story
from bnkg.views.story import Actor, Article, Conflict, ConflictValue, Event, Evidence, Fact, Story, read_story

from ..conftest import EXAMPLES, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
ID = "https://w3id.org/bnkg/id/"
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


def header_text(page: str) -> str:
    head = page.split("<header>", 1)[1].split("<nav>", 1)[0]
    return " ".join(text_of(re.sub(r"</(h1|p)>", " ", head)).split())  # (the title and each line apart)


def timeline_rows(page: str) -> list[str]:
    """The visible text of each row of the timeline table (one per event)."""
    table = page.split('<table class="timeline">', 1)[1].split("</table>", 1)[0]
    return [row_text(r) for r in re.findall(r'<tr class="event".*?</tr>', table, re.S)]


def row_text(row: str) -> str:
    """A table row's text, cells and lines apart, spaces collapsed."""
    return " ".join(text_of(re.sub(r"<br>|</td>", " ", row)).split())


@pytest.fixture(scope="module")
def twin(tmp_path_factory: pytest.TempPathFactory):
    """Two articles reporting the same events: an example and a copy with a line of its own added
    (another content hash, so another article), as two outlets running one agency report."""
    d = tmp_path_factory.mktemp("twin")
    text = (EXAMPLES / "lavrov-pyongyang.txt").read_text(encoding="utf-8")
    (d / "first.txt").write_text(text, encoding="utf-8")
    (d / "second.txt").write_text(text + "\nএই প্রতিবেদনটি পরে হালনাগাদ করা হয়েছে।\n", encoding="utf-8")
    return build_result([d]).dataset


# ------------------------------------------------------------------------------------ content

def test_page_has_every_section_and_fact(dataset, page: str) -> None:
    story = read_story(dataset)
    for anchor in ("timeline", "network", "actors", "facts", "sources"):
        assert f'id="{anchor}"' in page
    text = text_of(page)
    for f in story.facts:
        event = story.event_of(f)
        assert story.summary_en(event if event is not None else f) in text
        assert f'id="fact-{f.iri.rsplit("/", 1)[1]}"' in page  # each reading keeps an anchor, under its event
        for ev in f.evidence:
            assert ev.quote in text  # every evidence sentence, verbatim
    assert "Sergey Lavrov" in text and "সের্গেই ল্যাভরভ" in text
    assert "2024-10-11" in text  # the date of Lavrov's visit to Pyongyang
    assert "lavrov-pyongyang.txt" in text
    assert "https://www.wikidata.org/wiki/Q" in page  # gazetteer actors with verified ids link out
    assert page.count('<svg class="timeline"') == 1 and page.count('<svg class="network"') == 1
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # every anchor once (events, readings, claims, actors, conflicts)
    assert all(f'id="{target}"' in page for target in set(re.findall(r'href="#([^"]+)"', page)))


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


# ------------------------------------------------------------------------------------ events

def test_the_header_counts_events_and_then_readings_and_articles(dataset, page: str) -> None:
    story = read_story(dataset)
    # the examples: 15 readings of visits, meetings and agreements in 3 articles are 14 events
    # (lavrov-pyongyang.txt reads the Lavrov–Choe meeting twice, dated the 10th and the 11th)
    assert (len(story.events), story.event_counts) == (14, {"Visit": 5, "Meeting": 7, "Agreement": 2})
    head = header_text(page)
    assert head.startswith("Russia–North Korea relations in the Bengali press 14 events (5 visits · 7 meetings · "
                           "2 agreements) · 18 claims (4 accusations) · ")
    assert "15 readings of these events in 3 articles; 0 reported by more than one article, 1 where" in head
    assert '<p class="substats">' in page  # the readings and articles: a smaller line under the events


def test_the_timeline_shows_each_event_once_with_its_sources(dataset, page: str) -> None:
    story = read_story(dataset)
    rows = timeline_rows(page)
    assert len(rows) == len(story.events) == 14
    [choe] = [r for r in rows if "Choe Son Hui meets Sergey Lavrov" in r]
    assert choe.startswith("2024-10 month Meeting") and "⚠ sources disagree: date" in choe
    assert choe.endswith("1 lavrov-pyongyang.txt")  # one article, though two readings
    for ev in story.events:  # each event has one entry in the facts section, its readings inside it
        assert page.count(f'id="event-{ev.iri.rsplit("/", 1)[1]}"') == 1


def test_one_event_reported_by_two_articles_is_shown_once(twin) -> None:
    story = read_story(twin)
    page = render_report(twin, font=None)
    assert [ev.source_count for ev in story.events] == [2, 2, 2]
    assert header_text(page).startswith("Russia–North Korea relations in the Bengali press 3 events (1 visit · "
                                        "2 meetings · 0 agreements)")
    assert "8 readings of these events in 2 articles; 3 reported by more than one article, 1 where" in header_text(page)
    rows = timeline_rows(page)
    assert len(rows) == 3
    [visit] = [r for r in rows if "Sergey Lavrov visits North Korea" in r]
    assert visit.startswith("2024-10-11 day Visit") and visit.endswith("2 first.txt, second.txt")
    # the facts section: the visit once, with both articles' readings and their sentences beneath
    [ev] = [x for x in story.events if x.kind == "Visit"]
    block = page.split(f'id="event-{ev.iri.rsplit("/", 1)[1]}"', 1)[1].split("</article>", 1)[0]
    assert block.count('<div class="reading"') == 2 and '<span class="sources-badge multi"' in block
    assert "Reading of first.txt" in text_of(block) and "Reading of second.txt" in text_of(block)
    # the actor's section lists the visit once
    lavrov = page.split('id="actor-lavrov"', 1)[1].split("</article>", 1)[0]
    assert "Visits (1)" in text_of(lavrov) and "2 sources" in text_of(lavrov)


def test_network_edges_count_events_not_readings(twin) -> None:
    page = render_report(twin, font=None)
    network = page.split('<svg class="network"', 1)[1].split("</svg>", 1)[0]
    # Lavrov met Choe once (one event, four readings in two articles) and Kim once (planned)
    assert 'class="edge-count"' not in network
    tips = [text_of(t) for t in re.findall(r"<line[^>]*><title>(.*?)</title>", network)]
    assert sorted(tips) == ["Choe Son Hui — Sergey Lavrov: 2024-10 meeting", "Kim Jong Un — Sergey Lavrov: undated meeting"]
    assert re.search(r'class="edge planned" stroke-width="2.0"', network)


def test_conflicting_events_are_flagged_and_linked_to_the_conflicts_section(page: str) -> None:
    [flag] = set(re.findall(r'<a class="conflict-flag" href="#([^"]+)">⚠ sources disagree: date</a>', page))
    assert f'<article class="conflict" id="{flag}">' in page


def test_a_graph_without_fused_events_shows_each_reading_as_an_event(dataset) -> None:
    from_articles = Dataset()  # the article graphs only (as a graph written before fusion existed)
    for g in dataset.graphs():
        if not str(g.identifier).endswith("/graph/fused"):
            target = from_articles.graph(g.identifier)
            for t in g:
                target.add(t)
    story = read_story(from_articles)
    assert not any(ev.fused for ev in story.events)
    assert len(story.events) == 15 and len(story.conflicts) == 0
    page = render_report(from_articles, font=None)
    assert "15 events (5 visits · 8 meetings · 2 agreements)" in header_text(page)
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # each reading is its own event: one anchor, not two


def test_seeds_the_june_2024_summit_is_one_row_with_two_articles() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    ds = build_result([SEEDS]).dataset
    story = read_story(ds)
    page = render_report(ds, font=None)
    [summit] = [r for r in timeline_rows(page) if "Kim Jong Un meets Vladimir Putin in Pyongyang" in r]
    assert summit == ("2024-06-19 day Meeting Kim Jong Un meets Vladimir Putin in Pyongyang participant Kim Jong Un "
                      "কিম জং উন, Vladimir Putin ভ্লাদিমির পুতিন · place Pyongyang পিয়ংইয়ং Occurred 2 "
                      "000_174e9b541b19dc1a.txt, 002_b61408469c78674f.txt")
    head = header_text(page)
    assert head.startswith(f"Russia–North Korea relations in the Bengali press {len(story.events)} events (")
    assert f"{sum(story.counts[k] for k in story.event_counts)} readings of these events in 5 articles" in head


def synthetic_story(n: int) -> Story:
    """A story of ``n`` events among 40 actors (as on a big corpus: few actors, many events), each
    read by two articles, one in three with a date conflict, and ``n`` claims."""
    people = [f"{ID}actor/p{i}" for i in range(40)]
    actors = {p: Actor(p, "Person", f"ব্যক্তি {i}", f"Person {i}", False) for i, p in enumerate(people)}
    articles = {f"{ID}article/a{i}": Article(f"{ID}article/a{i}", f"{i:06d}.txt", "শিরোনাম", "2024-06-20")
                for i in range(n)}
    facts: list[Fact] = []
    events: list[Event] = []
    conflicts: list[Conflict] = []
    for i in range(n):
        pair = (people[i % 40], people[(i * 7 + 1) % 40])
        a1, a2 = f"{ID}article/a{i}", f"{ID}article/a{(i + 1) % n}"
        event = f"{ID}event/e{i}"
        readings = []
        for j, art in enumerate((a1, a2)):
            ev = Evidence(f"{ID}evidence/{i}-{j}", art, 0, 20, "দুই নেতা বৈঠক করেন।", "meeting.trigger", ("বৈঠক",))
            date = f"2024-06-{10 + (i + j * (i % 3 == 0)) % 18:02d}"
            readings.append(Fact(f"{ID}meeting/m{i}-{j}", "Meeting", (("participant", pair),), None, date,
                                 "Occurred", articles=(art,), evidence=(ev,), event=event))
        facts += readings
        clash = i % 3 == 0
        events.append(Event(event, "Meeting", (("participant", pair),), None, "2024-06" if clash else readings[0].date,
                            "Occurred", None, (a1, a2), tuple(r.iri for r in readings), ("date",) if clash else (), 2))
        if clash:
            conflicts.append(Conflict(event, "Meeting", "date", tuple(
                ConflictValue(r.date, f"{i:06d}.txt", None, r.iri) for r in readings)))
        facts.append(Fact(f"{ID}claim/c{i}", "Claim", (("claimant", (pair[0],)), ("about", ()), ("via", ())),
                          text="তিনি বলেন।", claim_kind="said", articles=(a1,)))
    return Story(actors, articles, tuple(facts), tuple(conflicts), {"Meeting": 2 * n, "Claim": n}, tuple(events))


@pytest.mark.slow
def test_the_page_grows_linearly_with_the_events() -> None:
    """At 10,000 articles the page must not become quadratic: 4× the events, not 16× the time."""
    small, big = synthetic_story(1500), synthetic_story(6000)
    assert f'id="count-events">{len(big.events)} events<' in render_story(big)
    times = []
    for story in (small, big):
        runs = []
        for _ in range(2):  # the faster of two, in this process's CPU time: the cores are shared
            start = time.process_time()
            page = render_story(story)
            runs.append(time.process_time() - start)
        times.append(min(runs))
        assert page.count('<tr class="event"') == len(story.events)
        assert page.count('<div class="reading"') == 2 * len(story.events)
    assert times[1] < 8 * times[0], f"1,500 events: {times[0]:.2f} s, 6,000: {times[1]:.2f} s"


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
    assert "Who met whom" in text and "Events, claims and evidence" in text
    # the header counts events (the DOM as rendered), then readings and articles
    counts = dict(re.findall(r'<span class="count" id="count-(\w+)">(\d+) ', dom))
    ec = story.event_counts
    assert counts == {"events": str(len(story.events)), "visits": str(ec["Visit"]), "meetings": str(ec["Meeting"]),
                      "agreements": str(ec["Agreement"]),
                      "claims": str(story.counts["Claim"] + story.counts["Accusation"])}
    assert f'<span id="count-articles">{len(story.articles)} articles</span>' in dom
    rows = re.findall(r'<tr class="event".*?</tr>', dom, re.S)
    assert len(rows) == len(story.events)
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
        # seeds + examples: 21 events from 33 readings in 8 articles; the June 2024 Pyongyang summit is
        # one row, reported by three articles (two seeds and moscow-agreement.txt)
        assert (counts["events"], len(story.articles)) == ("21", 8)
        [summit] = [row_text(r) for r in rows if "Kim Jong Un meets Vladimir Putin in Pyongyang" in r]
        assert summit.startswith("2024-06-19 day Meeting") and summit.endswith(
            "Occurred 3 000_174e9b541b19dc1a.txt, 002_b61408469c78674f.txt, moscow-agreement.txt")
    else:  # the examples alone: 14 events, each reported by one article
        assert counts["events"] == "14" and all(ev.source_count == 1 for ev in story.events)
