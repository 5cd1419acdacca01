"""``bnkg report``: one self-contained HTML page that tells the story a graph holds.

Readers who will never run a SPARQL query should still be able to see what the articles report
and check it: a timeline of visits, meetings and agreements, a who-met-whom network, a section
per actor, and every fact with its source articles and the evidence sentence, the words that
fired highlighted.  Visits, meetings and agreements are shown as real-world events (the fused
events of the graph): each once, with the number of articles reporting it, a flag when they
disagree, and each article's reading beneath; the header counts events, the network's lines too.  The page is a single file — inline CSS, inline SVG, no script, no CDN, a
Content-Security-Policy that forbids any network load — so it opens offline and can be mailed.

All text in the graph comes from scraped news pages and is untrusted: every piece of it is
HTML-escaped, IRIs never become links (only internal anchors and verified Wikidata ids do).

Bengali needs a font with Bengali shaping.  By default the regular Noto Sans Bengali found on
the system (Debian: ``fonts-noto-core``) is embedded as a data: URL restricted to the Bengali
block, so the page renders the same on a machine without it; ``font=None`` embeds nothing and
relies on the reader's fonts.
"""

from __future__ import annotations

import base64
import html
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from bnkg._infra.atomic import write_atomic
from bnkg._version import __version__
from bnkg.views.explain import lexicon_file
from bnkg.views.story import Event, Fact, Story, read_story

KIND_EN = {"Visit": "Visit", "Meeting": "Meeting", "Agreement": "Agreement", "Claim": "Claim",
           "Accusation": "Accusation"}
KIND_COLOR = {"Visit": "#d97706", "Meeting": "#2563eb", "Agreement": "#059669", "Claim": "#7c3aed",
              "Accusation": "#b91c1c"}
SIDE_COLORS = ("#c0392b", "#1f5fa8", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#b7950b")
OTHER_COLOR = "#7f8c8d"
FONT_NAMES = ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Regular.otf", "NotoSansBengaliUI-Regular.ttf",
              "NotoSansBengali[wdth,wght].ttf")
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/Library/Fonts", "~/Library/Fonts")
_WORD_CHAR = re.compile(r"[\u0980-\u09FFA-Za-z0-9]")
_ANCHOR_BAD = re.compile(r"[^A-Za-z0-9_-]+")
TIMELINE_KINDS = ("Visit", "Meeting", "Agreement")


def e(text: object) -> str:
    """HTML-escape anything shown on the page (text from articles is untrusted)."""
    return html.escape(str(text), quote=True)


def find_bengali_font() -> Path | None:
    """A Noto Sans Bengali font file on this system, or None."""
    for d in FONT_DIRS:
        root = Path(os.path.expanduser(d))
        if not root.is_dir():
            continue
        for name in FONT_NAMES:
            hits = sorted(root.rglob(name))
            if hits:
                return hits[0]
    return None


def render_report(graph: Graph, *, title: str | None = None, font: str | Path | None = "auto") -> str:
    """The HTML page for ``graph``; ``font``: "auto" (embed a found Noto Sans Bengali), a font
    file to embed, or None (embed nothing)."""
    font_path = find_bengali_font() if font == "auto" else Path(font) if font else None
    return render_story(read_story(graph), title=title, font=font_path)


def render_story(story: Story, *, title: str | None = None, font: Path | None = None) -> str:
    """The HTML page for a story already read (``font``: a font file to embed, or None).  Linear in
    the story's events, readings and claims: every lookup goes through the story's indexes."""
    return _Page(story, title or "Russia–North Korea relations in the Bengali press", font).render()


def write_report(graph: Graph, path: str | os.PathLike[str], **kwargs: object) -> None:
    """Write the report atomically (see :func:`render_report` for the options)."""
    write_atomic(path, render_report(graph, **kwargs).encode("utf-8"))  # type: ignore[arg-type]


def highlight(quote: str, triggers: Iterable[str], names: Iterable[str]) -> str:
    """The quote, escaped, with trigger words in ``<mark>`` and actor names in ``<mark class="who">``.

    Marks are widened to whole words, so a mark never splits a Bengali letter from its vowel sign.

    >>> highlight("পুতিনের সঙ্গে বৈঠকে <b>", ["বৈঠক"], ["পুতিন"])
    '<mark class="who">পুতিনের</mark> সঙ্গে <mark>বৈঠকে</mark> &lt;b&gt;'
    """
    spans: list[tuple[int, int, int]] = []  # (start, end, priority: 0 trigger, 1 name)
    for prio, terms in ((0, triggers), (1, names)):
        for term in sorted({t for t in terms if t.strip()}, key=len, reverse=True):
            start = quote.find(term)
            while start >= 0:
                a, b = start, start + len(term)
                while a > 0 and _WORD_CHAR.match(quote[a - 1]):
                    a -= 1
                while b < len(quote) and _WORD_CHAR.match(quote[b]):
                    b += 1
                spans.append((a, b, prio))
                start = quote.find(term, start + len(term))
    chosen: list[tuple[int, int, int]] = []
    for a, b, prio in sorted(spans, key=lambda s: (s[2], s[0], -(s[1] - s[0]))):
        if all(b <= c or a >= d for c, d, _ in chosen):
            chosen.append((a, b, prio))
    out: list[str] = []
    pos = 0
    for a, b, prio in sorted(chosen):
        out.append(e(quote[pos:a]))
        out.append(("<mark>" if prio == 0 else '<mark class="who">') + e(quote[a:b]) + "</mark>")
        pos = b
    out.append(e(quote[pos:]))
    return "".join(out)


def date_value(date: str) -> float | None:
    """A date's position on a time axis, in years (``2024-07`` → 2024.5; mid-period for months/years)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if m is None:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return year + 0.5
    if day is None:
        return year + (int(month) - 0.5) / 12
    return year + (int(month) - 1) / 12 + (int(day) - 0.5) / 365


class _Page:
    """Renders one story; holds the anchors so every section links to the same ids."""

    def __init__(self, story: Story, title: str, font: Path | None) -> None:
        self.s = story
        self.title = title
        self.font = font
        self.anchors: dict[str, str] = {}
        used: set[str] = set()
        # events first: an event that stands for its only reading (no fused graph) keeps "event-"
        for kind, iris in (("event", [ev.iri for ev in story.events]), ("fact", [f.iri for f in story.facts]),
                           ("actor", sorted(story.actors))):
            for iri in iris:
                if iri in self.anchors:
                    continue
                base = f"{kind}-" + _ANCHOR_BAD.sub("-", re.split(r"[/#]", iri.rstrip("/#"))[-1])[:48]
                anchor, n = base, 1
                while anchor in used:
                    n += 1
                    anchor = f"{base}-{n}"
                used.add(anchor)
                self.anchors[iri] = anchor
        involved = {i: len({x.iri for _, x in xs}) for i, xs in story.by_actor.items() if i in story.actors}
        self.with_section = sorted(involved, key=lambda i: (-involved[i], story.actor(i).en.casefold(), i))
        self.sections = set(self.with_section)
        self.placed: set[str] = set()  # conflict anchors written (one per event)
        self.conflicted: dict[str, str] = {}  # event IRI → anchor of its entry in the conflicts section
        for c in story.conflicts:
            self.conflicted.setdefault(c.event, "conflict-" + self.anchors.get(c.event, _ANCHOR_BAD.sub("-", c.event)))

    # -- names and summaries -----------------------------------------------------------------
    def name(self, iri: str, link: bool = True) -> str:
        a = self.s.actor(iri)
        inner = f'<span class="en">{e(a.en)}</span> <span class="bn" lang="bn">{e(a.bn)}</span>'
        if link and iri in self.sections:
            return f'<a class="name" href="#{self.anchors[iri]}">{inner}</a>'
        return f'<span class="name">{inner}</span>'

    def names(self, iris: Iterable[str], link: bool = True) -> str:
        return ", ".join(self.name(i, link) for i in iris) or "—"

    def summary_en(self, f: Fact | Event) -> str:
        return self.s.summary_en(f)

    def fact_link(self, f: Fact | Event) -> str:
        return f'<a href="#{self.anchors[f.iri]}">{e(self.summary_en(f))}</a>'

    def sources_badge(self, ev: Event) -> str:
        """"N sources", stressed when more than one article reports the event."""
        n = ev.source_count
        cls = "sources-badge multi" if n > 1 else "sources-badge"
        return f'<span class="{cls}" title="articles reporting this event">{n} source{"s" if n != 1 else ""}</span>'

    def conflict_flag(self, ev: Event) -> str:
        """A flag linking to the conflicts section when the articles disagree on the event."""
        if not ev.conflicts:
            return ""
        target = self.conflicted.get(ev.iri)
        text = f"⚠ sources disagree: {', '.join(ev.conflicts)}"
        return (f'<a class="conflict-flag" href="#{target}">{e(text)}</a>' if target
                else f'<span class="conflict-flag">{e(text)}</span>')

    def files(self, articles: Iterable[str]) -> str:
        """The source files of some articles, escaped, comma-separated, in the order of their names."""
        names = sorted(self.s.articles[a].source_file if a in self.s.articles else a for a in articles)
        return ", ".join(f'<span class="file">{e(n)}</span>' for n in names)

    # -- the page ----------------------------------------------------------------------------
    def render(self) -> str:
        s = self.s
        n_claims = s.counts.get("Claim", 0) + s.counts.get("Accusation", 0)
        ec = s.event_counts
        n_readings = sum(s.counts.get(k, 0) for k in ec)
        stats = (f'<span class="count" id="count-events">{_n(len(s.events), "event")}</span> '
                 f'(<span class="count" id="count-visits">{_n(ec["Visit"], "visit")}</span> · '
                 f'<span class="count" id="count-meetings">{_n(ec["Meeting"], "meeting")}</span> · '
                 f'<span class="count" id="count-agreements">{_n(ec["Agreement"], "agreement")}</span>) · '
                 f'<span class="count" id="count-claims">{_n(n_claims, "claim")}</span> '
                 f'({_n(s.counts.get("Accusation", 0), "accusation")}) · {_n(len(self.with_section), "actor")}')
        substats = (f'<span id="count-readings">{_n(n_readings, "reading")}</span> of these events in '
                    f'<span id="count-articles">{_n(len(s.articles), "article")}</span>; '
                    f'{sum(1 for ev in s.events if ev.source_count > 1)} reported by more than one article, '
                    f'{sum(1 for ev in s.events if ev.conflicts)} where the articles disagree')
        nav = [("timeline", "Timeline"), ("network", "Who met whom"), ("actors", "Actors"),
               ("facts", "Events, claims and evidence")]
        if s.conflicts:
            nav.append(("conflicts", "Where sources disagree"))
        nav.append(("sources", "Sources"))
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; font-src data:; img-src data:\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{e(self.title)}</title>",
            f"<style>{self._font_face()}{CSS}</style></head><body>",
            f'<header><h1>{e(self.title)}</h1><p class="stats">{stats}</p><p class="substats">{substats}</p>',
            '<nav>' + " · ".join(f'<a href="#{a}">{e(t)}</a>' for a, t in nav) + "</nav></header><main>",
            self._timeline(), self._network(), self._actors(), self._facts(), self._conflicts(), self._sources(),
            "</main>",
            f'<footer>Made by bnkg {e(__version__)} from a graph of {len(s.articles)} article(s). '
            "Every fact links to the sentence it was read from; highlighted: "
            '<mark>trigger words</mark> and <mark class="who">actor names</mark>. '
            "English names come from the gazetteer, or are transliterated (marked †) where it has none. "
            + ("The Bengali font (Noto Sans Bengali, SIL Open Font License) is embedded."
               if self.font else "Bengali text uses the reader's system fonts.")
            + "</footer></body></html>",
        ]
        return "\n".join(p for p in parts if p) + "\n"

    def _font_face(self) -> str:
        if self.font is None:
            return ""
        data = base64.b64encode(self.font.read_bytes()).decode("ascii")
        fmt = "opentype" if self.font.suffix.lower() == ".otf" else "truetype"
        return ('@font-face{font-family:"bnkg Bengali";font-style:normal;font-weight:100 900;'
                f'src:url(data:font/{"otf" if fmt == "opentype" else "ttf"};base64,{data}) format("{fmt}");'
                "unicode-range:U+0964-0965,U+0980-09FF,U+200C-200D,U+25CC;}\n")

    # -- timeline ------------------------------------------------------------------------------
    def _timeline(self) -> str:
        events = [ev for ev in self.s.events if ev.kind in TIMELINE_KINDS]
        head = '<section id="timeline"><h2>Timeline <span class="bn" lang="bn">সময়রেখা</span></h2>'
        if not events:
            return head + "<p>No visits, meetings or agreements in this graph.</p></section>"
        rows = []
        for ev in events:
            flag = self.conflict_flag(ev)
            rows.append(
                f'<tr class="event" id="row-{self.anchors[ev.iri]}"><td class="date">{e(ev.date or "undated")}'
                + (f'<br><span class="precision">{e(ev.precision)}</span>' if ev.precision else "") + "</td>"
                f'<td><span class="kind" style="background:{KIND_COLOR[ev.kind]}">{e(KIND_EN[ev.kind])}</span></td>'
                f"<td>{self.fact_link(ev)}<br>{self._roles_inline(ev)}</td>"
                f'<td>{self._status(ev)}{"<br>" + flag if flag else ""}</td>'
                f'<td class="num sources-count">{ev.source_count}</td><td class="articles">{self.files(ev.articles)}</td>'
                "</tr>")
        table = ('<table class="timeline"><thead><tr><th>date</th><th>kind</th><th>what</th><th>status</th>'
                 f'<th>sources</th><th>articles</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
        return (head + self._timeline_svg(events) + '<p class="legend">One row per real-world event, however many '
                "articles report it; <i>sources</i> counts those articles.</p>" + table + "</section>")

    def _timeline_svg(self, events: list[Event]) -> str:
        dated = [(f, v) for f in events if f.date and (v := date_value(f.date)) is not None]
        if not dated:
            return ""
        lo, hi = min(v for _, v in dated), max(v for _, v in dated)
        lo, hi = math.floor(lo), math.ceil(hi)
        if hi - lo < 1:
            hi = lo + 1
        width, left, right = 1100, 110, 30
        lanes = {k: 40 + 42 * i for i, k in enumerate(TIMELINE_KINDS)}
        height = 40 + 42 * len(lanes) + 10

        def x(v: float) -> float:
            return left + (v - lo) / (hi - lo) * (width - left - right)

        out = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
               'aria-label="Timeline of visits, meetings and agreements" xmlns="http://www.w3.org/2000/svg">']
        step = 1 if hi - lo <= 12 else math.ceil((hi - lo) / 12)
        for year in range(lo, hi + 1, step):
            out.append(f'<line x1="{x(year):.1f}" y1="22" x2="{x(year):.1f}" y2="{height - 8}" class="tick"/>')
            out.append(f'<text x="{x(year):.1f}" y="16" class="tick-label">{year}</text>')
            if hi - lo <= 4 and year < hi:
                for q in (0.25, 0.5, 0.75):
                    out.append(f'<line x1="{x(year + q):.1f}" y1="26" x2="{x(year + q):.1f}" '
                               f'y2="{height - 8}" class="tick minor"/>')
        for kind, y in lanes.items():
            out.append(f'<text x="8" y="{y + 4}" class="lane" fill="{KIND_COLOR[kind]}">{e(KIND_EN[kind])}s</text>')
            out.append(f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" class="lane-line"/>')
        stack: dict[tuple[str, int], int] = defaultdict(int)
        for f, v in dated:
            cx = x(v)
            k = stack[(f.kind, round(cx / 6))]
            stack[(f.kind, round(cx / 6))] += 1
            cy = lanes[f.kind] + (0, -9, 9, -18, 18)[k % 5]
            color = KIND_COLOR[f.kind]
            fill = "#fff" if f.status == "Planned" else color
            tip = f"{f.date} — {self.summary_en(f)} ({f.source_count} source{'s' if f.source_count != 1 else ''})"
            out.append(f'<a href="#{self.anchors[f.iri]}"><circle cx="{cx:.1f}" cy="{cy}" r="7" fill="{fill}" '
                       f'stroke="{color}" stroke-width="2.5"><title>{e(tip)}</title></circle></a>')
        out.append("</svg>")
        out.append('<p class="legend">● occurred ○ planned — hover a dot for the event, click to see its evidence.</p>')
        return "".join(out)

    def _status(self, f: Fact | Event) -> str:
        if not f.status:
            return ""
        return f'<span class="status {e(f.status.lower())}">{e(f.status)}</span>'

    def _roles_inline(self, f: Fact | Event) -> str:
        parts = [f'<span class="role">{e(r)}</span> {self.names(iris)}' for r, iris in f.roles if iris]
        if f.place:
            parts.append(f'<span class="role">place</span> {self.name(f.place)}')
        return " · ".join(parts)

    # -- network -------------------------------------------------------------------------------
    def _network(self) -> str:
        head = ('<section id="network"><h2>Who met whom <span class="bn" lang="bn">কে কার সঙ্গে দেখা করেছেন</span>'
                "</h2>")
        edges: dict[tuple[str, str], list[Event]] = defaultdict(list)
        for f in self.s.events:  # events, not readings: a meeting five articles report is one meeting
            people: tuple[str, ...] = ()
            if f.kind == "Meeting":
                people = f.actors("participant")
            elif f.kind == "Visit" and f.actors("host"):
                people = f.actors("visitor", "host")
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    if a != b:
                        edges[(min(a, b), max(a, b))].append(f)
        if not edges:
            return head + "<p>No meetings in this graph.</p></section>"
        degree: dict[str, int] = defaultdict(int)
        for (a, b), fs in edges.items():
            degree[a] += len(fs)
            degree[b] += len(fs)
        sides = {n: self._side(n) for n in degree}
        side_size: dict[str | None, int] = defaultdict(int)
        for side in sides.values():
            side_size[side] += 1
        side_order = sorted((s for s in side_size if s is not None), key=lambda s: (-side_size[s], s))
        colors = {s: SIDE_COLORS[i % len(SIDE_COLORS)] for i, s in enumerate(side_order)}
        rank = {side: i for i, side in enumerate(side_order)}
        nodes = sorted(degree, key=lambda n: (rank.get(sides[n] or "", len(rank)), self.s.actor(n).en.casefold(), n))
        width, height = 1100, 520 if len(nodes) <= 6 else 640 if len(nodes) <= 12 else 760
        cx, cy, radius = width / 2, height / 2, height / 2 - 70
        pos = {}
        for i, n in enumerate(nodes):
            angle = -math.pi / 2 + 2 * math.pi * i / len(nodes) + (math.pi / len(nodes) if len(nodes) == 2 else 0)
            pos[n] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
        out = [f'<svg class="network" viewBox="0 0 {width} {height}" role="img" '
               'aria-label="Network of who met whom" xmlns="http://www.w3.org/2000/svg">']
        for (a, b), fs in sorted(edges.items()):
            (x1, y1, _), (x2, y2, _) = pos[a], pos[b]
            tip = f"{self.s.actor(a).en} — {self.s.actor(b).en}: " + "; ".join(
                f"{f.date or 'undated'} {f.kind.lower()}" for f in fs)
            planned = all(f.status == "Planned" for f in fs)
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="edge'
                       f'{" planned" if planned else ""}" stroke-width="{min(2 + 1.5 * (len(fs) - 1), 9):.1f}">'
                       f"<title>{e(tip)}</title></line>")
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            if len(fs) > 1:
                out.append(f'<text x="{mx:.1f}" y="{my:.1f}" class="edge-count">{len(fs)}</text>')
        for n in nodes:
            x, y, angle = pos[n]
            who = self.s.actor(n)
            r = 9 + 3 * math.sqrt(degree[n])
            color = colors.get(sides[n] or "", OTHER_COLOR)
            cos = math.cos(angle)
            anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
            lx = x + (r + 8) * cos
            if anchor != "middle":  # beside the node: English level with it, Bengali below
                ly = y + (r + 8) * math.sin(angle) + 4
            else:  # above or below the node: both lines clear of the circle
                ly = y - r - 24 if math.sin(angle) < 0 else y + r + 18
            href = f' href="#{self.anchors[n]}"' if n in self.sections else ""
            out.append(f"<a{href}><circle cx=\"{x:.1f}\" cy=\"{y:.1f}\" r=\"{r:.1f}\" fill=\"{color}\" class=\"node\">"
                       f"<title>{e(who.en)} · {e(who.bn)} · {degree[n]} meeting(s)</title></circle>"
                       f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" class="node-en">{e(who.en)}</text>'
                       f'<text x="{lx:.1f}" y="{ly + 17:.1f}" text-anchor="{anchor}" class="node-bn">{e(who.bn)}</text>'
                       "</a>")
        out.append("</svg>")
        legend = " ".join(f'<span class="dot" style="background:{colors[s]}"></span>{e(self.s.actor(s).en)}'
                          for s in side_order)
        if any(sides[n] is None for n in nodes):
            legend += f' <span class="dot" style="background:{OTHER_COLOR}"></span>other'
        return (head + "".join(out) + f'<p class="legend">{legend} — a line per pair who met (or visitor and '
                "host); thicker lines: more meetings (events, each counted once however many articles report it); "
                "dashed: only planned.</p></section>")

    def _side(self, iri: str) -> str | None:
        """The State an actor belongs to (itself, or through its affiliations), for colouring."""
        seen: set[str] = set()
        cur: str | None = iri
        while cur and cur not in seen:
            seen.add(cur)
            a = self.s.actors.get(cur)
            if a is None:
                return None
            if a.type == "State":
                return cur
            cur = a.affiliation
        return None

    # -- actors --------------------------------------------------------------------------------
    def _actors(self) -> str:
        out = ['<section id="actors"><h2>Actors <span class="bn" lang="bn">পক্ষসমূহ</span></h2>']
        if not self.with_section:
            out.append("<p>No actor takes part in a fact.</p>")
        out.append('<p class="toc">' + " · ".join(self.name(i) for i in self.with_section) + "</p>")
        for iri in self.with_section:
            a = self.s.actor(iri)
            out.append(f'<article class="actor" id="{self.anchors[iri]}">')
            dagger = '<span class="translit" title="transliterated: the gazetteer has no English name">†</span>'
            out.append(f'<h3>{e(a.en)}{dagger if a.en_transliterated else ""} '
                       f'<span class="bn" lang="bn">{e(a.bn)}</span> <span class="type">{e(a.type)}</span></h3>')
            meta = []
            if a.role_bn:
                meta.append(f'role <span class="bn" lang="bn">{e(a.role_bn)}</span>')
            if a.affiliation:
                meta.append(f"of {self.name(a.affiliation)}")
            if a.wikidata:
                meta.append(f'<a class="wd" href="https://www.wikidata.org/wiki/{e(a.wikidata)}">Wikidata {e(a.wikidata)}</a>')
            else:
                meta.append('<span class="muted">no Wikidata link</span>')
            if a.aliases:
                meta.append('also written <span class="bn" lang="bn">' + e(", ".join(a.aliases)) + "</span>")
            out.append(f'<p class="meta">{" · ".join(meta)}</p>')
            events = self.s.events_of(iri)
            groups: list[tuple[str, list[Fact] | list[Event]]] = [
                ("Visits", [ev for ev in events if ev.kind == "Visit"]),
                ("Meetings", [ev for ev in events if ev.kind == "Meeting"]),
                ("Agreements", [ev for ev in events if ev.kind == "Agreement"]),
                ("Claims made", self.s.claims_of(iri, "claimant")),
                ("Claims about them", self.s.claims_of(iri, "about")),
                ("Relayed claims", self.s.claims_of(iri, "via")),
            ]
            for label, facts in groups:
                if not facts:
                    continue
                items = []
                for f in facts:
                    if isinstance(f, Event):
                        extra = f" {self.sources_badge(f)} {self.conflict_flag(f)}".rstrip()
                    else:
                        extra = f' <q class="bn" lang="bn">{e(_clip(f.text or "", 90))}</q>'
                    items.append(f'<li><span class="date">{e(f.date or "")}</span> {self.fact_link(f)} '
                                 f"{self._status(f)}{extra}</li>")
                out.append(f"<h4>{e(label)} ({len(facts)})</h4><ul>{''.join(items)}</ul>")
            out.append("</article>")
        return "".join(out) + "</section>"

    # -- facts ---------------------------------------------------------------------------------
    def _facts(self) -> str:
        out = ['<section id="facts"><h2>Events, claims and evidence <span class="bn" lang="bn">তথ্য ও প্রমাণ</span>'
               "</h2><p>Each event once, with every article's reading of it beneath: the date, place and status "
               "that article gives, and the sentences it was read from.</p>"]
        for title, kind in (("Visits", "Visit"), ("Meetings", "Meeting"), ("Agreements", "Agreement")):
            events = [ev for ev in self.s.events if ev.kind == kind]
            n_readings = sum(len(ev.readings) for ev in events)
            out.append(f"<h3>{e(title)} ({len(events)}; {n_readings} reading{'s' if n_readings != 1 else ''})</h3>")
            out.extend(self._event(ev) for ev in events)
        claims = [f for f in self.s.facts if f.is_claim]
        out.append(f"<h3>Claims and accusations ({len(claims)})</h3>")
        out.extend(self._fact(f) for f in claims)
        return "".join(out) + "</section>"

    def _event(self, ev: Event) -> str:
        color = KIND_COLOR[ev.kind]
        flag = self.conflict_flag(ev)
        head = (f'<article class="fact event" id="{self.anchors[ev.iri]}" style="border-left-color:{color}">'
                f'<h4><span class="kind" style="background:{color}">{e(KIND_EN[ev.kind])}</span> '
                f'{e(self.summary_en(ev))} <span class="date">{e(ev.date or "undated")}</span> {self._status(ev)} '
                f'{self.sources_badge(ev)}{" " + flag if flag else ""}</h4>')
        rows = [f"<tr><th>{e(r)}</th><td>{self.names(iris)}</td></tr>" for r, iris in ev.roles if iris]
        if ev.place:
            rows.append(f"<tr><th>place</th><td>{self.name(ev.place)}</td></tr>")
        if ev.date:
            rows.append(f'<tr><th>date</th><td>{e(ev.date)} <span class="muted">({e(ev.precision)}: the most '
                        "precise date the articles agree on)</span></td></tr>")
        if ev.agreement_kind:
            rows.append(f"<tr><th>kind</th><td>{e(ev.agreement_kind)}</td></tr>")
        rows.append(f'<tr><th>sources</th><td>{ev.source_count}: {self.files(ev.articles)}</td></tr>')
        rows.append(f'<tr><th>IRI</th><td class="iri">{e(ev.iri)}</td></tr>')
        readings = [self._reading(self.s.fact_index[r], ev) for r in ev.readings if r in self.s.fact_index]
        return head + f'<table class="roles">{"".join(rows)}</table>' + "".join(readings) + "</article>"

    def _reading(self, f: Fact, ev: Event) -> str:
        """One article's reading of an event: what it says (where it differs: all of it) and its evidence."""
        said = [f"date {e(f.date or 'not given')}", f"status {e(f.status or '?')}"]
        if f.place:
            said.append("place " + self.name(f.place))
        if f.actors() != ev.actors():
            said.append("actors " + self.names(f.actors()))
        title = self.files(f.articles) or e(f.iri)
        ident = f' id="{self.anchors[f.iri]}"' if f.iri != ev.iri else ""  # (a stand-in event is its reading)
        return (f'<div class="reading"{ident}><div class="reading-head">Reading of '
                f'{title}: {" · ".join(said)} <span class="iri">{e(f.iri)}</span></div>'
                + self._evidence(f) + "</div>")

    def _fact(self, f: Fact) -> str:
        color = KIND_COLOR[f.kind]
        head = (f'<article class="fact" id="{self.anchors[f.iri]}" style="border-left-color:{color}">'
                f'<h4><span class="kind" style="background:{color}">{e(KIND_EN[f.kind])}</span> '
                f'{e(self.summary_en(f))} <span class="date">{e(f.date or "undated")}</span> {self._status(f)}</h4>')
        rows = [f"<tr><th>{e(r)}</th><td>{self.names(iris)}</td></tr>" for r, iris in f.roles if iris]
        if f.place:
            rows.append(f"<tr><th>place</th><td>{self.name(f.place)}</td></tr>")
        if f.agreement_kind:
            rows.append(f"<tr><th>kind</th><td>{e(f.agreement_kind)}</td></tr>")
        if f.is_claim:
            rows.append(f"<tr><th>claim kind</th><td><b>{e(f.claim_kind or '')}</b></td></tr>")
            rows.append(f'<tr><th>claim</th><td><q class="bn claim" lang="bn">{e(f.text or "")}</q></td></tr>')
        rows.append(f'<tr><th>IRI</th><td class="iri">{e(f.iri)}</td></tr>')
        return head + f'<table class="roles">{"".join(rows)}</table>' + self._evidence(f) + "</article>"

    def _evidence(self, f: Fact) -> str:
        ev_html = []
        names = [t for i in f.actors() for t in (self.s.actor(i).bn, *self.s.actor(i).aliases)]
        if f.place:
            names += [self.s.actor(f.place).bn, *self.s.actor(f.place).aliases]
        for ev in f.evidence:
            art = self.s.articles.get(ev.article or "")
            source = (f'<span class="file">{e(art.source_file)}</span>'
                      + (f' — <span class="bn" lang="bn">{e(art.headline)}</span>' if art.headline else "")
                      + (f' <span class="date">({e(art.published[:10])})</span>' if art.published else "")
                      if art else e(ev.article or "unknown article"))
            where = f"chars {ev.begin}–{ev.end}" if ev.begin is not None else ""
            lex = lexicon_file(ev.rule)
            ev_html.append(
                f'<div class="evidence"><div class="src">{source} <span class="muted">{e(where)}</span></div>'
                f'<blockquote class="bn" lang="bn">{highlight(ev.quote, ev.triggers, names)}</blockquote>'
                f'<div class="rule">rule <code>{e(ev.rule)}</code>'
                + (f' · words <span class="bn" lang="bn">{e(", ".join(ev.triggers))}</span>' if ev.triggers else "")
                + (f" · lexicon <code>{e(lex)}</code>" if lex else "") + "</div></div>")
        with_span = {ev.article for ev in f.evidence}
        for art_iri in f.articles:
            if art_iri not in with_span:
                art = self.s.articles.get(art_iri)
                ev_html.append(f'<div class="evidence"><div class="src">{e(art.source_file if art else art_iri)} '
                               '<span class="muted">(no sentence recorded)</span></div></div>')
        return "".join(ev_html)

    # -- conflicts and sources -----------------------------------------------------------------
    def _conflicts(self) -> str:
        if not self.s.conflicts:
            return ""
        facts = self.s.fact_index
        out = ['<section id="conflicts"><h2>Where the sources disagree <span class="bn" lang="bn">সূত্রের '
               "অমিল</span></h2><p>Articles that report the same event give different values; nothing is "
               "resolved silently — each value links to the article's own reading of the event.</p>"]
        for c in self.s.conflicts:
            reading = next((facts[v.reading] for v in c.values if v.reading in facts), None)
            event = self.s.event_index.get(c.event)
            what = self.summary_en(event) if event else self.summary_en(reading) if reading else c.event
            rows = []
            for v in c.values:
                link = (f'<a href="#{self.anchors[v.reading]}">reading</a>' if v.reading in facts else "")
                rows.append(f'<tr><td class="date">{e(v.value) if v.value else "<i>not given</i>"}</td>'
                            f'<td class="file">{e(v.source_file or "")}</td>'
                            f'<td class="bn" lang="bn">{e(v.headline or "")}</td><td>{link}</td></tr>')
            anchor = self.conflicted.get(c.event)
            ident = f' id="{anchor}"' if anchor and anchor not in self.placed else ""
            self.placed.add(anchor or "")
            link = (f' <a href="#{self.anchors[c.event]}">the event</a>' if c.event in self.anchors else "")
            out.append(f'<article class="conflict"{ident}><h4><span class="kind" style="background:'
                       f'{KIND_COLOR.get(c.kind, OTHER_COLOR)}">{e(c.kind)}</span> {e(what)} — the readings '
                       f"disagree on its <b>{e(c.property)}</b>{link}</h4>"
                       f'<table class="sources"><thead><tr><th>{e(c.property)}</th><th>file</th><th>headline</th>'
                       f'<th></th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
                       f'<p class="iri">{e(c.event)}</p></article>')
        return "".join(out) + "</section>"

    def _sources(self) -> str:
        per: dict[str, int] = defaultdict(int)
        for f in self.s.facts:
            for a in f.articles:
                per[a] += 1
        events: dict[str, int] = defaultdict(int)
        for ev in self.s.events:
            for a in ev.articles:
                events[a] += 1
        rows = []
        for iri, art in sorted(self.s.articles.items(), key=lambda kv: (kv[1].source_file, kv[0])):
            rows.append(f'<tr><td class="file">{e(art.source_file)}</td>'
                        f'<td class="bn" lang="bn">{e(art.headline or "")}</td>'
                        f'<td class="date">{e((art.published or "")[:10])}</td><td class="num">{events[iri]}</td>'
                        f'<td class="num">{per[iri]}</td></tr>')
        return ('<section id="sources"><h2>Sources <span class="bn" lang="bn">সূত্র</span></h2>'
                '<table class="sources"><thead><tr><th>file</th><th>headline</th><th>published</th><th>events</th><th>facts read</th>'
                f'</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _n(count: int, noun: str) -> str:
    """``3 visits``, ``1 visit``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


CSS = """
:root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;line-height:1.55;
 font-family:"bnkg Bengali","Noto Sans Bengali","Noto Sans","Nirmala UI",Vrinda,"DejaVu Sans",Arial,sans-serif}
header{padding:18px 32px 10px;background:#10243e;color:#fff}
header h1{margin:0 0 4px;font-size:26px}
header .stats{margin:0;color:#cfe0f5;font-size:17px}
header .stats .count{font-weight:bold;color:#fff}
header .substats{margin:0;color:#9fb6d3;font-size:13px}
header nav a{color:#fff;margin-right:4px}
main{padding:0 32px 32px;max-width:1200px}
section{margin-top:28px}
h2{border-bottom:2px solid var(--line);padding-bottom:4px}
h2 .bn,h3 .bn{color:var(--muted);font-weight:normal;font-size:.8em}
a{color:#0b57d0;text-decoration:none}
a:hover{text-decoration:underline}
.bn{font-family:"bnkg Bengali","Noto Sans Bengali","Nirmala UI",Vrinda,sans-serif}
.name .bn{color:var(--muted)}
.kind{display:inline-block;color:#fff;border-radius:4px;padding:0 7px;font-size:12px;font-weight:bold;
 vertical-align:middle}
.status{font-size:12px;border-radius:10px;padding:0 8px;border:1px solid var(--line)}
.status.planned{background:#fff7e6;border-color:#f0b429}
.status.occurred{background:#eaf7ee;border-color:#5cb85c}
.date{color:var(--muted);white-space:nowrap;font-variant-numeric:tabular-nums}
table{border-collapse:collapse}
table.timeline,table.sources{width:100%}
table.timeline td,table.timeline th,table.sources td,table.sources th{border-bottom:1px solid var(--line);
 padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right}
.role{color:var(--muted);font-size:12px}
svg{width:100%;height:auto;background:var(--bg);border:1px solid var(--line);border-radius:6px}
svg text{font-family:"bnkg Bengali","Noto Sans Bengali","DejaVu Sans",sans-serif}
.tick{stroke:#c9d1d9}.tick.minor{stroke-dasharray:2 4}
.tick-label{font-size:13px;text-anchor:middle;fill:#57606a}
.lane{font-size:14px;font-weight:bold}.lane-line{stroke:#d8dee4}
.edge{stroke:#8c959f;stroke-opacity:.8}.edge.planned{stroke-dasharray:6 5}
.edge-count{font-size:13px;font-weight:bold;fill:#57606a;text-anchor:middle;paint-order:stroke;
 stroke:#f6f8fa;stroke-width:5px}
.node{stroke:#fff;stroke-width:2}
.node-en{font-size:15px;font-weight:bold;fill:#1f2328}
.node-bn{font-size:14px;fill:#57606a}
.legend{color:var(--muted);font-size:13px}
.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin:0 4px 0 10px;vertical-align:middle}
.actor,.fact,.conflict{border:1px solid var(--line);border-radius:6px;padding:8px 14px;margin:12px 0}
.fact{border-left:5px solid}
.actor h3{margin:4px 0}
.actor h4{margin:8px 0 2px;font-size:14px}
.actor ul{margin:0;padding-left:20px}
.type{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 5px}
.translit{color:#b45309}
.meta,.muted{color:var(--muted)}
.fact h4{margin:4px 0 6px;font-size:16px}
table.roles th{text-align:left;color:var(--muted);font-weight:normal;padding:1px 12px 1px 0;vertical-align:top}
.iri{font-family:monospace;font-size:12px;color:var(--muted);word-break:break-all}
.evidence{margin:8px 0 4px;padding:6px 10px;background:var(--bg);border-radius:4px}
.evidence .src{font-size:13px}
.file{font-family:monospace}
blockquote{margin:4px 0;font-size:17px}
mark{background:#ffe066;border-radius:2px;padding:0 1px}
mark.who{background:#cde4ff}
q.claim{font-size:16px}
.rule{font-size:12px;color:var(--muted)}
.sources-badge{font-size:12px;border-radius:10px;padding:0 8px;border:1px solid var(--line);white-space:nowrap}
.sources-badge.multi{background:#e8f0fe;border-color:#4c7bd9;font-weight:bold}
.conflict-flag{font-size:12px;color:#9a3412;background:#fff1e6;border:1px solid #f59e0b;border-radius:10px;
 padding:0 8px;white-space:nowrap}
.precision{font-size:11px;color:var(--muted)}
td.articles{font-size:12px}
.reading{margin:10px 0 4px;padding-left:10px;border-left:3px solid var(--line)}
.reading-head{font-size:13px}
.reading-head .iri{margin-left:6px}
footer{padding:16px 32px;color:var(--muted);border-top:1px solid var(--line);font-size:13px}
@media print{header{background:#fff;color:#000}header nav{display:none}}
"""
