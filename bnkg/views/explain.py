"""``bnkg explain``: where a fact came from — sentences, article, offsets, rule and lexicon entries.

A user who doubts a fact (or wants to fix the mapping that produced it) needs more than the
fact: the sentence it was read from, where that sentence is in which article, the extraction
rule, and the lexicon words that fired — and in which YAML file those words live, because
correcting the graph is a data edit there (``triggers.yaml`` for visit, meeting and agreement
rules, ``claims.yaml`` for claim rules).

:func:`explain` finds facts by IRI (or the end of one: ``visit/d4b4…``, ``event/e578…``) or by a
search over their actors' labels (Bengali or English) and, for claims, their text; it returns
:class:`Explanation` records (a claim, or one article's reading of an event) and
:class:`EventExplanation` records (a real-world event — a fused event — with each article's
reading and its evidence beneath), whose ``text()`` is what the CLI prints.  A search for visits,
meetings or agreements finds events; an IRI finds the event or the one reading it names.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph

from bnkg.errors import BnkgError
from bnkg.mappings import DEFAULT_DIR
from bnkg.mappings.yamlfile import read_mapping
from bnkg.views.story import EVENT_KINDS, Article, Event, Evidence, Fact, Story, read_story

# rule name prefix → the lexicon file whose words the rule matches
RULE_FILES = {"visit": "triggers.yaml", "meeting": "triggers.yaml", "agreement": "triggers.yaml",
              "claim": "claims.yaml", "accusation": "claims.yaml"}
KIND_OPTIONS = {"visit": ("Visit",), "meeting": ("Meeting",), "agreement": ("Agreement",),
                "claim": ("Claim", "Accusation")}
_MARK = ("⟦", "⟧")
_ANSI_MARK = ("\x1b[1;7m", "\x1b[0m")


def lexicon_file(rule: str) -> str | None:
    """The mappings file holding the words a rule matches (None for a rule of unknown family).

    >>> lexicon_file("visit.from-meeting"), lexicon_file("claim.speech-verb"), lexicon_file("x")
    ('triggers.yaml', 'claims.yaml', None)
    """
    return RULE_FILES.get(rule.partition(".")[0])


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One entry of a lexicon file that a trigger word matches, and how."""

    file: str  # "triggers.yaml"
    path: str  # where in the file: "visit.words", "verbs.claimed.with"
    entry: str  # the entry as written
    how: str  # "exact" | "+ case ending «ে»" | "part of the phrase"


class LexiconIndex:
    """Every string (and Bengali key) of the lexicon files, to say which entries a trigger matches."""

    def __init__(self, directory: Path | str | None = None) -> None:
        d = Path(directory) if directory is not None else DEFAULT_DIR
        self.entries: dict[str, list[tuple[str, str]]] = {}
        for name in sorted(set(RULE_FILES.values())):
            self.entries[name] = list(_strings(read_mapping(d / name), ()))
        grammar = read_mapping(d / "grammar.yaml").get("case_endings") or {}
        endings = {_nfc(x) for group in grammar.values() if isinstance(group, list)
                   for x in group if isinstance(x, str)}
        self.endings = frozenset(endings)

    def lookup(self, trigger: str, file: str) -> list[LexiconEntry]:
        """Entries of ``file`` that ``trigger`` matches: exactly, with a case ending, or as a part."""
        t = " ".join(_nfc(trigger).split())
        exact, inflected, parts = [], [], []
        seen: set[tuple[str, str]] = set()
        for path, text in self.entries.get(file, ()):
            if (path, text) in seen:
                continue
            seen.add((path, text))
            if text == t:
                exact.append(LexiconEntry(file, path, text, "exact"))
            elif t.startswith(text) and t[len(text):] in self.endings:
                inflected.append(LexiconEntry(file, path, text, f"+ case ending «{t[len(text):]}»"))
            elif " " in t and len(text.split()) < len(t.split()) and f" {text} " in f" {t} ":
                parts.append(LexiconEntry(file, path, text, "part of the phrase"))
        kept: list[LexiconEntry] = []
        for p in sorted(parts, key=lambda p: (-len(p.entry.split()), p.path, p.entry)):
            if not any(p.entry != k.entry and f" {p.entry} " in f" {k.entry} " for k in kept):
                kept.append(p)  # "করে" adds nothing once "করে আসছে" is listed
        return exact + inflected + kept


@dataclass(frozen=True, slots=True)
class EvidenceExplanation:
    evidence: Evidence
    article: Article | None
    lexicon_file: str | None
    entries: tuple[tuple[str, tuple[LexiconEntry, ...]], ...]  # (trigger, entries it matches)


@dataclass(frozen=True, slots=True)
class Explanation:
    """A fact with everything needed to trust or correct it; :meth:`text` renders it."""

    fact: Fact
    summary: str
    roles: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (role, ((bn, en), …))
    evidence: tuple[EvidenceExplanation, ...]
    same_event: tuple[str, ...] = ()  # source files of every reading of the fused event
    disputed: tuple[str, ...] = ()  # properties the articles disagree on ("date", "place")
    place_label: str = ""  # "bn (en)" of the place, when the fact has one

    def text(self, color: bool = False) -> str:
        """Plain text; ``color`` marks trigger words with ANSI reverse video instead of ⟦ ⟧."""
        f = self.fact
        lines = [f"{f.kind} {f.iri}", f"  {self.summary}"]
        for role, people in self.roles:
            lines.append(f"  {role:<12} " + "; ".join(f"{bn} ({en})" for bn, en in people))
        if f.agreement_kind:
            lines.append(f"  {'kind':<12} {f.agreement_kind}")
        if f.is_claim:
            lines.append(f"  {'claim kind':<12} {f.claim_kind or '?'}" + (" (accusation)" if f.kind == "Accusation" else ""))
            lines.append(f"  {'claim text':<12} {f.text or ''}")
        if f.kind not in ("Claim", "Accusation"):
            lines.append(f"  {'date':<12} {f.date or 'not given'}")
            lines.append(f"  {'status':<12} {f.status or '?'}")
        if f.event:
            lines.append(f"  {'event':<12} {f.event} — reported in {len(self.same_event)} reading(s): "
                         + ", ".join(self.same_event))
        if self.disputed:
            lines.append(f"  {'disputed':<12} the readings disagree on its {' and '.join(self.disputed)} "
                         "(see `bnkg query conflicts`)")
        lines += evidence_lines(self.evidence, color, "  ")
        return "\n".join(lines) + "\n"


def evidence_lines(evidence: Iterable[EvidenceExplanation], color: bool, indent: str) -> list[str]:
    """The lines of each evidence: article, offsets, sentence with ⟦trigger words⟧, rule, lexicon."""
    evidence = tuple(evidence)
    if not evidence:
        return [f"{indent}no evidence recorded"]
    lines: list[str] = []
    sub = indent + "  "
    for n, ev in enumerate(evidence, 1):
        e, art = ev.evidence, ev.article
        lines.append(f"{indent}evidence {n} of {len(evidence)}")
        if art is not None:
            head = f" — {art.headline}" if art.headline else ""
            pub = f" (published {art.published[:10]})" if art.published else ""
            lines.append(f"{sub}{'article':<10} {art.source_file}{head}{pub}")
            lines.append(f"{sub}{'':<10} {art.iri}")
        else:
            lines.append(f"{sub}{'article':<10} {e.article or 'unknown'}")
        if e.begin is not None:
            lines.append(f"{sub}{'offsets':<10} {e.begin}–{e.end} (characters of the article's bnkg:content)")
        lines.append(f"{sub}{'sentence':<10} {mark(e.quote, e.triggers, _ANSI_MARK if color else _MARK)}")
        lines.append(f"{sub}{'rule':<10} {e.rule}" + (f"   (lexicon: {ev.lexicon_file})" if ev.lexicon_file else ""))
        for trig, entries in ev.entries:
            if not entries:
                lines.append(f"{sub}{'lexicon':<10} «{trig}»: no entry of {ev.lexicon_file or 'the lexicons'} "
                             "matches it directly")
            for le in entries[:4]:
                lines.append(f"{sub}{'lexicon':<10} «{trig}» ← {le.file} {le.path}: «{le.entry}» {le.how}")
    return lines


@dataclass(frozen=True, slots=True)
class EventExplanation:
    """A real-world event with every article's reading of it and each reading's evidence."""

    event: Event
    summary: str
    roles: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (role, ((bn, en), …))
    readings: tuple[Explanation, ...]
    sources: tuple[str, ...]  # source files of the supporting articles
    disputed: tuple[str, ...] = ()

    def text(self, color: bool = False) -> str:
        """Plain text: the event, then each reading (its article, what it says, its evidence)."""
        ev = self.event
        title = f"{ev.kind} event" if ev.fused else f"{ev.kind} (one article's reading; the graph has no fused event)"
        lines = [f"{title} {ev.iri}", f"  {self.summary}"]
        for role, people in self.roles:
            lines.append(f"  {role:<12} " + "; ".join(f"{bn} ({en})" for bn, en in people))
        if ev.agreement_kind:
            lines.append(f"  {'kind':<12} {ev.agreement_kind}")
        lines.append(f"  {'date':<12} " + (f"{ev.date} ({ev.precision}: the most precise date the readings agree on)"
                                            if ev.date else "not given"))
        lines.append(f"  {'status':<12} {ev.status or '?'}")
        lines.append(f"  {'sources':<12} {ev.source_count} article(s): {', '.join(self.sources)}")
        if self.disputed:
            lines.append(f"  {'disputed':<12} the readings disagree on its {' and '.join(self.disputed)} "
                         "(see `bnkg query conflicts`)")
        for n, x in enumerate(self.readings, 1):
            f = x.fact
            files = ", ".join(e.article.source_file for e in x.evidence if e.article) or ", ".join(f.articles)
            files = ", ".join(dict.fromkeys(files.split(", ")))
            lines.append(f"  reading {n} of {len(self.readings)}: {files}  {f.iri}")
            said = [f"date {f.date or 'not given'}", f"status {f.status or '?'}"]
            if f.place:
                said.append(f"place {x.place_label}")
            lines.append(f"    {'says':<10} " + " · ".join(said))
            lines += evidence_lines(x.evidence, color, "    ")
        return "\n".join(lines) + "\n"


def mark(text: str, words: Iterable[str], marks: tuple[str, str] = _MARK) -> str:
    """``text`` with every occurrence of ``words`` (longest first, no overlaps) between ``marks``.

    >>> mark("দুই দিনের সফরে গেছেন", ["সফর"])
    'দুই দিনের ⟦সফর⟧ে গেছেন'
    """
    spans: list[tuple[int, int]] = []
    for w in sorted({w for w in words if w}, key=len, reverse=True):
        i = text.find(w)
        while i >= 0:
            if all(i + len(w) <= a or i >= b for a, b in spans):
                spans.append((i, i + len(w)))
            i = text.find(w, i + len(w))
    out, pos = [], 0
    for a, b in sorted(spans):
        out += [text[pos:a], marks[0], text[a:b], marks[1]]
        pos = b
    return "".join(out) + text[pos:]


def find_facts(story: Story, target: str | None = None, kinds: Iterable[str] = ()) -> list[Fact | Event]:
    """Events and claims of ``kinds`` (all when empty) that ``target`` names: an IRI (or its end,
    such as ``event/e578…`` or ``visit/d4b4…``: an event, or one article's reading of one), else a
    search over actor labels and claim texts; no target: all of them.  Visits, meetings and
    agreements are found as events (each once, its readings beneath), not per article."""
    kinds = tuple(kinds)
    events: list[Fact | Event] = [ev for ev in story.events if not kinds or ev.kind in kinds]
    claims: list[Fact | Event] = [f for f in story.facts if f.is_claim and (not kinds or f.kind in kinds)]
    facts = events + claims
    if target is None or not target.strip():
        return facts
    t = target.strip().removeprefix("<").removesuffix(">")
    readings = [f for f in story.facts if f.kind in EVENT_KINDS and (not kinds or f.kind in kinds)]
    by_iri = [f for f in facts + readings if f.iri == t or f.iri.endswith("/" + t.lstrip("/"))]
    if by_iri:
        return list({f.iri: f for f in by_iri}.values())
    folded = t.casefold()
    return [f for f in facts
            if any(story.matches(i, t) for i in (*f.actors(), *((f.place,) if f.place else ())))
            or (isinstance(f, Fact) and f.text is not None and folded in f.text.casefold())]


def explain(graph: Graph, target: str | None = None, kinds: Iterable[str] = (),
            lexicons: LexiconIndex | None = None) -> list[Explanation | EventExplanation]:
    """Explanations of the facts :func:`find_facts` selects; raises :class:`BnkgError` when none."""
    story = read_story(graph)
    facts = find_facts(story, target, kinds)
    if not facts:
        what = "/".join(k.lower() for k in kinds) or "fact"
        raise BnkgError(f"no {what} matches {target!r}; see `bnkg query visits|who-met-whom|agreements|claims`"
                        if target else f"the graph has no {what}")
    index = lexicons or LexiconIndex()
    return [explain_event(story, f, index) if isinstance(f, Event) else explain_fact(story, f, index) for f in facts]


def explain_event(story: Story, event: Event, lexicons: LexiconIndex) -> EventExplanation:
    roles = [(r, tuple((story.actor(i).bn, story.actor(i).en) for i in iris)) for r, iris in event.roles if iris]
    if event.place:
        roles.append(("place", ((story.actor(event.place).bn, story.actor(event.place).en),)))
    readings = tuple(explain_fact(story, f, lexicons) for f in story.readings(event.iri))
    sources = tuple(sorted(story.articles[a].source_file if a in story.articles else a for a in event.articles))
    disputed = event.conflicts  # (the fused graph's bnkg:conflictOn: no pass over every conflict per event)
    return EventExplanation(event, story.summary_en(event), tuple(roles), readings, sources, disputed)


def explain_fact(story: Story, fact: Fact, lexicons: LexiconIndex) -> Explanation:
    roles = [(r, tuple((story.actor(i).bn, story.actor(i).en) for i in iris)) for r, iris in fact.roles if iris]
    if fact.place:
        roles.append(("place", ((story.actor(fact.place).bn, story.actor(fact.place).en),)))
    evs = []
    for ev in fact.evidence:
        file = lexicon_file(ev.rule)
        entries = tuple((t, tuple(lexicons.lookup(t, file))) for t in ev.triggers) if file else ()
        evs.append(EvidenceExplanation(ev, story.articles.get(ev.article or ""), file, entries))
    same = tuple(sorted(story.articles[a].source_file if a in story.articles else a
                        for r in story.readings(fact.event) for a in r.articles)) if fact.event else ()
    event = story.event_index.get(fact.event) if fact.event else None
    disputed = event.conflicts if event is not None else ()
    place = story.actor(fact.place) if fact.place else None
    return Explanation(fact, story.summary_en(fact), tuple(roles), tuple(evs), same, disputed,
                       f"{place.bn} ({place.en})" if place else "")


# --- internals -----------------------------------------------------------------------------------


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _strings(node: Any, path: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(dotted path, NFC text) of every string value and every non-ASCII key (Bengali nouns)."""
    if isinstance(node, dict):
        for k, v in node.items():
            key = str(k)
            if not key.isascii():
                yield ".".join(path), " ".join(_nfc(key).split())
            yield from _strings(v, (*path, key))
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, path)
    elif isinstance(node, str) and not node.isascii():
        yield ".".join(path), " ".join(_nfc(node).split())
