"""Find the article inside a scraped page: headline, publication date, body sentences.

A scraped page is the article wrapped in chrome — menus, tickers, the crawl date, bylines,
captions, comment boxes, lists of other headlines.  The rules, in short:

* every line is classified (prose, chrome, end-of-article marker, …) with the patterns of
  ``chrome.yaml``; *prose* is a Bengali line that ends a sentence (or a long paragraph);
* article regions run from a prose line to the last prose line before an end marker or three
  consecutive non-prose lines; the first region with at least half the prose of the largest one
  is the body;
* the headline is the nearest plausible headline line above the body (not an outlet's name
  printed between the headline and its date);
* the publication date is a labelled date line below the headline (or above it, when labelled
  "প্রকাশ…"), else an unlabelled one below it — alone, or beside a byline or a dateline's place
  ("আন্তর্জাতিক ডেস্ক | ২৫ এপ্রিল, ২০১৯", "Kolkata, Mar 3, 2025") — else an agency dateline opening
  the first paragraph; an unlabelled date above the headline, or beside a Bangla-calendar date or
  a site menu, is the page's crawl date and is ignored: no date rather than a wrong one;
* the body is split into sentences on ``। ? !`` (and a Latin full stop between sentences) and
  line ends, with offsets into the text; :func:`sentence_records` splits each into words, once,
  for the later stages.

Untidy pages are read, and :attr:`Article.notes` says what was odd (the build summary counts
it): a paragraph cut off mid-sentence or ending in a broken character (U+FFFD), sentences ended
by Latin full stops, text hard-wrapped inside sentences (joined back into paragraphs), a page
with no sentence end at all (its longest paragraph-like line is read).

Nothing here raises on odd input: a page without prose gives an Article with no sentences.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath
from typing import Literal

from bnkg.builder.dates import (
    DateLine,
    bangla_first,
    find_dates,
    names_weekday,
    parse_published,
    read_date_line,
)
from bnkg.builder.records import Article, DateValue, Sentence, SentenceRecord, Token
from bnkg.mappings import Mappings
from bnkg.mappings.calendar import Calendar
from bnkg.mappings.chrome import Chrome, strip_bullets
from bnkg.text import WORD_RE

__all__ = ["SegmentMemo", "segment", "split_sentences"]

Kind = Literal["empty", "end", "soft_end", "skip", "chrome", "prose", "attribution", "other"]

_BN_LETTER = re.compile("[\u0985-\u09b9\u09ce\u09dc-\u09e1\u09f0\u09f1]")
_BN_CHAR = re.compile("[\u0980-\u09e5\u09f0-\u09ff]")  # letters and signs, not digits
_STRONG_STOPS = frozenset("।॥৷")
_DATE_LINE_MAX = 200  # longer lines are never a page's date line
_PARAGRAPH_WORDS = 15  # a line this long is a paragraph even without a final danda
_DATE_WORDS = 12  # a date line (with its label, weekday, time …) is never longer
_NAME_WORDS = 3  # an outlet's name between a headline and its date is this short …
_HEADLINE_WORDS = 5  # … and the headline above it this long
_CHARS_PER_STOP = 250  # a long line with fewer sentence ends than this is a ticker, not a paragraph
_FALLBACK_CHARS_PER_STOP = 400  # … and for a page's only paragraph-like line
_CUT_WORDS = 8  # a line cut off after a whole sentence is prose from this many words (fewer: a headline)
_SOFT_END_PROSE_WORDS = 8  # a "read more" link is inline only if a paragraph this long follows
_INLINE_LINK_ITEMS = 6  # bulleted links a "read more" block between two paragraphs may list
_BOX_LINES = 10  # lines a box framed by rules inside the body may hold
# a "read more" line that carries its link's title after a separator ("… : <title>", "… » <title>")
_LINK_PAYLOAD = re.compile(r"[:ঃ\-–—>»|›]\s*\S")
_SEPARATORS = " ,|-–—/:;"
_RIGHT_CLOSERS = frozenset("’”)]}»›〉")  # never open a quotation (unlike ' and ")
# the parts of a byline-and-date line: "ডেস্ক | ২৫ এপ্রিল, ২০১৯", "২৫ এপ্রিল ২০১৯ - প্রতিবেদক"
_PART_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+")
# a wire dateline's line: "<place>, <date> (<agency>)", then a dash or colon (and what the agency wrote)
_DATELINE_DAYS = 7  # a year-less wire dateline's day lies at most a week before the page's other date
_WIRE_LINE = re.compile(r"\s*([^()]{4,60}?)\s*\([^()\d০-৯]{2,30}\)\s*(?:$|[-–—:ঃ])")
_DATELINE_END = re.compile(r"\s*\(|\s*[:ঃ]\s|\s+[-–—]\s")  # "(বাসস)", ":" or a dash after a dateline
# a wire dateline's place with its country in brackets: "উলান-উদে (রাশিয়া), 24 আগস্ট 2011 (এএফপি) —"
_DATELINE_COUNTRY = re.compile(r"^([^,()\d০-৯]{2,40}?)\s*\([^()\d০-৯]{2,30}\)\s*(?=,)")
_EDGE_JUNK = " \t\n\ufffd"  # trimmed off a sentence: spaces, and the broken character of a cut page
_MENU_SPLIT = re.compile(r"\s*[|•·»›>]\s*")  # the separators of a site menu (chrome.yaml ``menu``)
_MENU_PART_WORDS = 3  # a menu's section names are this short
_NOT_NAME = re.compile(r"[0-9০-৯।?!:ঃ()]")


@dataclass(frozen=True, slots=True)
class _Line:
    index: int
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # == article text[start:end]
    kind: Kind
    words: int


@dataclass(frozen=True, slots=True)
class _Region:
    start: int  # line index of the first body line
    end: int  # line index of the last body line
    skipped: frozenset[int]  # inline "read more" links and their titles inside the region
    weight: int  # characters of prose


@dataclass
class SegmentMemo:
    """What :func:`segment` found out about page lines, by their text alone, kept by the caller for
    the pages of one build: the pages of an outlet repeat their menus, lists of headlines, bylines
    and footers (classifying the lines and reading their dates was a quarter of the extraction).
    Each table starts afresh past ``limit`` lines."""

    kinds: dict[str, Kind] = field(default_factory=dict)
    date_lines: dict[str, DateLine] = field(default_factory=dict)
    parsed: dict[str, tuple[str | None, tuple[DateValue, str | None] | None]] = field(default_factory=dict)
    limit: int = 20_000
    places: frozenset[str] | None = None  # the gazetteer's place names (datelines without a comma)

    def place_names(self, mappings: Mappings) -> frozenset[str]:
        if self.places is None:
            self.places = frozenset(a for p in mappings.gazetteer.places.values() for a in p.aliases)
        return self.places

    def bound(self) -> None:
        for table in (self.kinds, self.date_lines, self.parsed):
            if len(table) > self.limit:
                table.clear()


def segment(text: str, source_file: str, mappings: Mappings, memo: SegmentMemo | None = None) -> Article:
    """Segment the normalised ``text`` of one input file into an :class:`Article` (``memo``: see
    :class:`SegmentMemo`; the result is the same without it)."""
    chrome = mappings.chrome
    memo = memo if memo is not None else SegmentMemo()
    memo.bound()
    lines, wrapped = _join_wrapped(_lines(text, chrome, memo.kinds), text, chrome)
    reader = _DateReader(lines, chrome, mappings.calendar, memo, memo.place_names(mappings))
    # a date line that ends in a full stop ("২৫ এপ্রিল ২০১৯ খ্রি.") is no sentence
    lines[:] = [replace(ln, kind="chrome") if ln.kind == "prose" and ln.words <= _DATE_WORDS and reader.is_date(ln)
                else ln for ln in lines]
    region = _best_region(lines)
    fallback = region is None and (region := _longest_paragraph(lines, reader, chrome)) is not None

    headline: _Line | None = None
    if region is not None:
        region, headline = _headline_inside(region, lines, reader, chrome)
        if headline is None:
            headline = _headline_above(region.start, lines, reader, chrome)
    else:
        first = next((ln for ln in lines if ln.kind != "empty"), None)
        if first is not None and _plausible_headline(first, reader, chrome):
            headline = first

    body_limit = region.start if region is not None else len(lines)
    published = reader.published(headline.index if headline else None, body_limit,
                                 region.end + 1 if region is not None else len(lines))

    sentences: list[Sentence] = []
    told: list[Sentence] = []  # the sentences of the text itself, without a closing "সূত্র: …" line
    body_span = (0, 0)
    if region is not None:
        body_span = (lines[region.start].start, lines[region.end].end)
        interview = _interview(lines[region.start:region.end + 1], chrome)
        for ln in lines[region.start:region.end + 1]:
            if (ln.kind in ("prose", "attribution") or fallback) and ln.index not in region.skipped:
                for start, end in _speaker_label(split_sentences(ln.text, chrome), ln.text, interview):
                    s, e = ln.start + start, ln.start + end
                    sentences.append(Sentence(len(sentences), s, e, text[s:e]))
                    if ln.kind != "attribution":
                        told.append(sentences[-1])

    return Article(
        source_file=PurePath(source_file).name,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        headline=headline.text if headline else None,
        headline_span=(headline.start, headline.end) if headline else None,
        published=published[0] if published else None,
        published_time=published[1] if published else None,
        body_span=body_span,
        sentences=tuple(sentences),
        notes=_notes(told, text[body_span[0]:body_span[1]], chrome, fallback)
        + ((NOTE_WRAPPED,) if wrapped and region is not None else ()),
    )


_LABEL = re.compile(r"([^\s:ঃ।?!,()\d০-৯][^:ঃ।?!,()\d০-৯]{0,40}?)\s*[:ঃ]\s+")  # "নাসরিন হক: …"
_LABEL_WORDS = 4


def _interview(lines: list[_Line], chrome: Chrome) -> bool:
    """Two lines or more of the body open with a question label ("প্রশ্ন: …"): an interview."""
    if not chrome.interview_questions:
        return False
    n = 0
    for ln in lines:
        m = _LABEL.match(ln.text) if ln.kind == "prose" else None
        if m is not None and m.group(1).strip() in chrome.interview_questions:
            n += 1
            if n >= 2:
                return True
    return False


def _speaker_label(spans: list[tuple[int, int]], line: str, interview: bool) -> list[tuple[int, int]]:
    """On an interview page, a line's opening label ("প্রশ্ন:", "নাসরিন হক:") is a sentence of its own."""
    if not interview or not spans:
        return spans
    m = _LABEL.match(line, spans[0][0])
    if m is None or len(m.group(1).split()) > _LABEL_WORDS or m.end() >= spans[0][1]:
        return spans
    colon = m.end(1) + len(line[m.end(1):m.end()].rstrip())  # the label and its colon
    return [(spans[0][0], colon), (m.end(), spans[0][1]), *spans[1:]]


HYPHENS = frozenset("-‐‑")  # hyphen-minus, hyphen, non-breaking hyphen: what glues "হুই-এর"
# and an apostrophe, as some outlets write a case ending after a foreign name ("পুতিন’র", "ওয়াং ই'র")
_GLUE = HYPHENS | frozenset("'’")


def tokenize(sentence: Sentence) -> tuple[Token, ...]:
    """Split a sentence into words, keeping article offsets.

    >>> s = Sentence(0, 10, 28, "কিম-পুতিনের বৈঠক")
    >>> [(t.text, t.start, t.hyphen_before) for t in tokenize(s)]
    [('কিম', 10, False), ('পুতিনের', 14, True), ('বৈঠক', 22, False)]
    """
    out: list[Token] = []
    text, base = sentence.text, sentence.start
    prev_end = -2  # (no word before the first)
    for m in WORD_RE.finditer(text):
        start, end = m.span()
        # glued: the one character between the two words is a hyphen
        out.append(Token(base + start, base + end, m.group(), start - prev_end == 1 and text[prev_end] in _GLUE))
        prev_end = end
    return tuple(out)


def sentence_records(article: Article) -> tuple[SentenceRecord, ...]:
    """The article's body sentences as records for the later stages, each tokenised once (here)."""
    return tuple(SentenceRecord(s, tokenize(s)) for s in article.sentences)


# ----------------------------------------------------------------------------- untidy pages

NOTE_NO_SENTENCE_END = "no sentence end on the page; read its longest paragraph"
NOTE_CUT_OFF = "stops mid-sentence (cut off)"
NOTE_LATIN_STOPS = "sentences end in Latin full stops, not '।'"
NOTE_BROKEN = "broken characters (U+FFFD) in the text"
NOTE_WRAPPED = "lines wrapped inside sentences; joined into paragraphs"
_WRAP_MAX = 120  # hard-wrapped lines are short
_WRAP_SPREAD = 0.35  # … and of about one width: the shortest at least 65% of the longest


def _join_wrapped(lines: list[_Line], text: str, chrome: Chrome) -> tuple[list[_Line], bool]:
    """Text stored hard-wrapped at a fixed width — each paragraph over several lines that break
    inside sentences — joined back into its paragraphs (the first line spans the paragraph, the
    others become empty).  A run of adjacent Bengali lines is one paragraph when it has three
    lines or more of about one width, most of them break off mid-sentence, and a sentence ends
    inside one of them (a list of headlines never does); a two-line run of the same width joins too.
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind in ("other", "prose") and lines[j].words >= 3 \
                and len(lines[j].text) <= _WRAP_MAX and _BN_LETTER.search(lines[j].text):
            j += 1
        if j > i and j < len(lines) and lines[j].kind in ("other", "prose") and lines[j].words \
                and len(lines[j].text) <= _WRAP_MAX and _BN_LETTER.search(lines[j].text):
            j += 1  # a paragraph's last line may be as short as one word
        if j - i >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    widths: list[int] = []
    joined: list[tuple[int, int]] = []
    for i, j in runs:
        body = [len(ln.text) for ln in lines[i:j - 1]]
        unfinished = sum(not _ends_sentence(ln.text, chrome) for ln in lines[i:j - 1])
        if (j - i >= 3 and min(body) >= (1 - _WRAP_SPREAD) * max(body) and 2 * unfinished >= len(body)
                and any(_inner_sentence(ln.text, chrome) for ln in lines[i:j])):
            widths += body
            joined.append((i, j))
    if not joined:
        return lines, False
    lo, hi = (1 - _WRAP_SPREAD) * max(widths), max(widths) * 1.1
    joined += [(i, j) for i, j in runs if j - i == 2 and lo <= len(lines[i].text) <= hi
               and not _ends_sentence(lines[i].text, chrome)]
    out = list(lines)
    for i, j in joined:
        first, last = lines[i], lines[j - 1]
        out[i] = _Line(first.index, first.start, last.end, text[first.start:last.end], "prose",
                       sum(ln.words for ln in lines[i:j]))
        for k in range(i + 1, j):
            out[k] = _Line(k, lines[k].start, lines[k].start, "", "empty", 0)
    return out, True


def _longest_paragraph(lines: list[_Line], reader: _DateReader, chrome: Chrome) -> _Region | None:
    """A page with no prose at all (a stored page cut off inside its first sentence): its longest
    Bengali line below the first one that could be a headline, if it is paragraph-like — at least
    eight words, not a byline, menu, label or date, and not a ticker (a long line with hardly a
    sentence end)."""
    cands = [ln for ln in lines if ln.kind in ("other", "chrome") and ln.words >= _SOFT_END_PROSE_WORDS
             and _BN_LETTER.search(ln.text) and not chrome.matches("menu", ln.text)
             and not chrome.matches("byline", ln.text) and not reader.is_date(ln)
             and (len(ln.text) <= chrome.ticker_min_chars
                  or _sentence_stops(ln.text, chrome) * _FALLBACK_CHARS_PER_STOP >= len(ln.text))]
    top = next((ln for ln in lines if _plausible_headline(ln, reader, chrome)), None)
    cands = [ln for ln in cands if top is None or ln.index > top.index]
    if not cands:
        return None
    best = max(cands, key=lambda ln: (len(ln.text), -ln.index))
    return _Region(best.index, best.index, frozenset(), len(best.text))


def _notes(sentences: list[Sentence], body: str, chrome: Chrome, fallback: bool) -> tuple[str, ...]:
    """What was odd about a page that was read anyway (the build summary counts them)."""
    notes: list[str] = [NOTE_NO_SENTENCE_END] if fallback else []
    if not sentences:
        return tuple(notes)
    if not _ends_sentence(sentences[-1].text, chrome):
        notes.append(NOTE_CUT_OFF)
    ends = [sent.text.rstrip("".join(chrome.closers) + " ")[-1:] for sent in sentences]
    if ends.count(".") > sum(ends.count(c) for c in _STRONG_STOPS):
        notes.append(NOTE_LATIN_STOPS)
    if "\ufffd" in body:
        notes.append(NOTE_BROKEN)
    return tuple(notes)


# --------------------------------------------------------------------------------------- lines

def _lines(text: str, chrome: Chrome, kinds: dict[str, Kind] | None = None) -> list[_Line]:
    """Every line of ``text`` with the offsets of its stripped content and its kind.

    A line's kind depends on its text alone: ``kinds`` memoises it (:class:`SegmentMemo`)."""
    out: list[_Line] = []
    offset = 0
    memo: dict[str, Kind] = {} if kinds is None else kinds
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        start = offset + (len(raw) - len(raw.lstrip())) if stripped else offset
        kind = memo.get(stripped)
        if kind is None:
            kind = memo[stripped] = _classify(stripped, chrome)
        out.append(_Line(i, start, start + len(stripped), stripped, kind, len(stripped.split())))
        offset += len(raw) + 1
    return out


def _ends_sentence(s: str, chrome: Chrome) -> bool:
    """The line ends with a terminator, ignoring closing quotes / brackets and spaces after it."""
    t = s.rstrip()
    while t and (t[-1] in chrome.closers or t[-1].isspace()):
        t = t[:-1]
    return bool(t) and t[-1] in chrome.terminators


def _classify(s: str, chrome: Chrome) -> Kind:
    """What a (stripped) line is; the order of the tests matters — chrome wins over prose."""
    if not s:
        return "empty"
    if chrome.matches("end", s) or chrome.matches("initials", s):
        return "end"
    if chrome.matches("soft_end", s):
        return "soft_end"
    if chrome.matches("caption", s) or chrome.matches("skip", s):
        return "skip"
    words = len(s.split())
    if words <= chrome.byline_max_words and chrome.matches("byline", s):
        return "chrome"
    if chrome.matches("attribution", s):
        return "attribution"
    if not _BN_LETTER.search(s):
        return "chrome"
    if words >= _PARAGRAPH_WORDS and _menu_bar(s, chrome):
        return "chrome"  # "লাইভ টিভি | সর্বশেষ | বাংলাদেশ | বিশ্ব | …": long enough for a paragraph, but a menu
    if words >= 2 and _ends_sentence(s, chrome):
        return "prose"
    if words >= _PARAGRAPH_WORDS and (len(s) <= chrome.ticker_min_chars
                                      or _sentence_stops(s, chrome) * _CHARS_PER_STOP >= len(s)):
        return "prose"
    if words >= _CUT_WORDS and len(s) <= chrome.ticker_min_chars and _inner_sentence(s, chrome):
        return "prose"  # a paragraph cut off mid-sentence: "… পৌঁছান। এ সময় তাকে"
    if len(s) > chrome.ticker_min_chars or chrome.matches("menu", s) or _label_only(s, chrome):
        return "chrome"
    return "other"


def _menu_bar(s: str, chrome: Chrome) -> bool:
    """A site menu of many sections: a "menu" line whose every part between separators has at most
    :data:`_MENU_PART_WORDS` words (a paragraph that writes its dandas as "|" has longer parts)."""
    if not chrome.matches("menu", s) or any(c in s for c in "।?!"):
        return False
    return all(len(part.split()) <= _MENU_PART_WORDS for part in _MENU_SPLIT.split(strip_bullets(s)))


def _sentence_stops(s: str, chrome: Chrome) -> int:
    """How many sentences end inside ``s``: dandas, and full stops where one ends a sentence."""
    stops = sum(s.count(c) for c in _STRONG_STOPS)
    if "." in s:
        stops += sum(1 for i, c in enumerate(s) if c == "." and _dot_ends_sentence(s, i, chrome))
    return stops


def _inner_sentence(s: str, chrome: Chrome) -> bool:
    """A whole sentence of at least three words ends inside the line (at a danda, or a full stop
    that ends a sentence), and Bengali text follows it."""
    for i, c in enumerate(s):
        if c in _STRONG_STOPS or (c == "." and _dot_ends_sentence(s, i, chrome)):
            before = s[:i].rstrip("".join(chrome.closers) + " ")
            words = [w for w in before.split() if _BN_LETTER.search(w)]  # "প্রকাশ: ০৩ মার্চ ২৫ । …" is no sentence
            return (len(words) >= 3 and bool(before) and _BN_CHAR.match(before[-1]) is not None
                    and _BN_LETTER.search(s, i + 1) is not None)
    return False


def _label_only(s: str, chrome: Chrome) -> bool:
    """"প্রকাশিত:" / "আপডেট:" alone on a line (the date follows on the next line)."""
    for label in (chrome.published_label, chrome.updated_label):
        m = label.match(s)
        if m and not s[m.end():].strip(_SEPARATORS):
            return True
    return False


# -------------------------------------------------------------------------------------- dates

class _DateReader:
    """Date lines of the page, through :mod:`bnkg.builder.dates`; results are memoised."""

    def __init__(self, lines: list[_Line], chrome: Chrome, calendar: Calendar, memo: SegmentMemo | None = None,
                 places: frozenset[str] = frozenset()) -> None:
        self.lines, self.chrome, self.calendar = lines, chrome, calendar
        self.memo = memo if memo is not None else SegmentMemo()
        self.places = places  # the gazetteer's place names: the place of a dateline written without a comma

    def date_line(self, s: str) -> DateLine:
        """:func:`~bnkg.builder.dates.read_date_line`, memoised by the line's text."""
        hit = self.memo.date_lines.get(s)
        if hit is None:
            hit = self.memo.date_lines[s] = read_date_line(s, self.calendar)
        return hit

    def _parse(self, s: str) -> tuple[DateValue, str | None] | None:
        if not s or len(s) > _DATE_LINE_MAX:
            return None
        result: tuple[DateValue, str | None] | None = parse_published(s, self.calendar)
        return result

    def _date_line(self, s: str) -> bool:
        return bool(s) and len(s) <= _DATE_LINE_MAX and self.date_line(s).only_date

    def parse(self, i: int) -> tuple[str | None, tuple[DateValue, str | None] | None]:
        """(label, date) of line ``i``; label is "published", "updated" or None (no label)."""
        s = self.lines[i].text  # (what a line says depends on its text alone)
        hit = self.memo.parsed.get(s)
        if hit is None:
            hit = self.memo.parsed[s] = self._parse_line(s)
        return hit

    def _parse_line(self, s: str) -> tuple[str | None, tuple[DateValue, str | None] | None]:
        """A labelled date may follow a byline on the same line ("… ডেস্ক | প্রকাশ: …"); an
        unlabelled one must be the whole line (else a sentence that mentions a date would do)."""
        if not s or len(s) > _DATE_LINE_MAX:
            return None, None
        label: str | None = None
        rest = s
        pub = self.chrome.published_label.search(s)
        if pub:
            label, rest = "published", s[pub.end():]
        else:
            upd = self.chrome.updated_label.search(s)
            before = s[:upd.start()].strip(_SEPARATORS) if upd else ""
            if upd and (not before or self._name_like(before)):  # "Written By … | Last Updated: …"
                stamp = s[upd.end():].strip(_SEPARATORS)  # kept as a last resort (see published)
                return "updated", self._parse(stamp) if stamp else None
        upd = self.chrome.updated_label.search(rest)
        if upd:  # "১৪ সেপ্টেম্বর ২০২৩, ১৩:৪৫আপডেট : …" — the update time is not the date
            rest = rest[:upd.start()]
        rest = rest.strip(_SEPARATORS)
        if not rest:
            return label, None
        if label is None and (issue := self._issue(rest)) is not None:
            return "published", self._parse(issue)
        if label is None and (wire := self._wire(rest)) is not None:
            return "published", wire
        if label is None and not self._date_line(rest):
            beside = self._beside_byline(rest)
            if beside is None:
                return None, None
            rest = beside
        if label is not None and not self._date_line(rest):
            again = self.chrome.published_label.search(rest)  # "Published by: … Posted: 3 March 2025"
            if again and self._date_line(rest[again.end():].strip(_SEPARATORS)):
                rest = rest[again.end():].strip(_SEPARATORS)
        if label is not None and not self._date_line(rest):
            # "Print edition: Saturday, March 5, 2022 | <outlet>, <its address>": the labelled date
            # is the first part; what follows the separator is the imprint, not the date
            first = _PART_SPLIT.split(rest, maxsplit=1)[0].strip(_SEPARATORS)
            if first != rest and self._date_line(first):
                rest = first
        if label is not None and len(rest.split()) > 8 and not self._date_line(rest):
            return label, None
        return label, self._parse(rest)

    def _wire(self, s: str) -> tuple[DateValue, str | None] | None:
        """A wire dateline on a line of its own: a place, a full date and the agency in brackets
        ("SEOUL, July 26, 2019 (Yonhap) —", "মস্কো, ৩ মার্চ ২০২৫ (বাসস) :"), the article's own date
        wherever it stands (no crawl stamp names an agency)."""
        m = _WIRE_LINE.match(s)
        if m is None:
            return None
        head = m.group(1).strip(_SEPARATORS)
        if self._date_line(head):
            return None
        date = self._beside_byline(head)
        return self._parse(date) if date else None

    def _yearless_wire(self, body: int) -> tuple[DateValue, str | None] | None:
        """A wire dateline without its year on a line of its own above the body ("MOSCOW, Dec 3
        (Reuters) -"), its year from another date on the page (a crawl stamp, an update's stamp)
        that falls on that day or up to a week after it; none when those dates disagree."""
        heads = [m.group(1).strip(_SEPARATORS) for i in range(min(body, len(self.lines)))
                 if self.lines[i].kind not in ("empty", "prose") and (m := _WIRE_LINE.match(self.lines[i].text))
                 and "," in m.group(1)]
        if len(heads) != 1:
            return None
        others = {parsed[0] for j in range(len(self.lines)) if self.lines[j].kind not in ("empty", "prose")
                  for _, parsed in (self.parse(j),) if parsed is not None and parsed[0].precision == "day"}
        place, tail = (p.strip(_SEPARATORS) for p in heads[0].split(",", 1))
        if not self._name_like(place) or self._parse(tail) is not None:
            return None  # (a full date: see _wire)
        days = set()
        for base in others:
            for year in (int(base.value[:4]), int(base.value[:4]) - 1):
                told = self._parse(f"{tail} {year}")
                if told is not None and told[0].precision == "day" and 0 <= (
                        date.fromisoformat(base.value) - date.fromisoformat(told[0].value)).days <= _DATELINE_DAYS:
                    days.add(told[0])
        return (days.pop(), None) if len(days) == 1 else None

    def _issue(self, s: str) -> str | None:
        """The date of a print issue's line: a part that is a date and a word naming the issue
        ("শনিবার, ১০ জানুয়ারি ২০২৬ সংখ্যা | মূল্য: ২০ টাকা"); None when the line has none."""
        parts = [p.strip(_SEPARATORS) for p in _PART_SPLIT.split(s)]
        for part in parts:
            m = self.chrome.issue_suffix.fullmatch(part)
            if m is not None and self._date_line(date_part := m.group(1).strip(_SEPARATORS)):
                return date_part
        # "সাপ্তাহিক দিগন্তরেখা | বর্ষ ১২, সংখ্যা ৪১ | বৃহস্পতিবার, 9 October 2003 | কলকাতা": the one date
        # beside the issue's volume and number
        if any(self.chrome.issue_number.fullmatch(p) for p in parts):
            dated = [p for p in parts if self._date_line(p)]
            if len(dated) == 1:
                return dated[0]
        return None

    def _beside_byline(self, s: str) -> str | None:
        """The date of an unlabelled line that also holds a byline or a dateline's place:
        "আন্তর্জাতিক ডেস্ক | ২৫ এপ্রিল, ২০১৯", "২৫ এপ্রিল ২০১৯ / নিজস্ব প্রতিবেদক", "Kolkata, Mar 3, 2025".

        Every other part must be a byline or a short name (at most two words, no digits); a
        sentence that mentions a date is never a date line."""
        parts = [p.strip(_SEPARATORS) for p in _PART_SPLIT.split(s)]
        parts = [p for p in parts if p]
        if len(parts) < 2 and "," not in s:
            return self._after_byline_words(s)
        if len(parts) < 2:
            # "Kolkata, Mar 3, 2025", "নিজস্ব প্রতিনিধি, মস্কো, 12 March 2025": the first comma
            # after which the rest is a date splits the byline (and its place) from the date
            cuts = [m.start() for m in re.finditer(",", s)]
            at = next((k for k in cuts if self._date_line(s[k + 1:].strip())), None)
            if at is None or self._date_line(s[:at].strip()):
                return None
            parts = [s[:at].strip(), s[at + 1:].strip()]
        dated = [p for p in parts if self._date_line(p)]
        if not dated or not all(self._name_like(p) for p in parts if p not in dated):
            return None
        return " | ".join(dated)

    def _after_byline_words(self, s: str) -> str | None:
        """ "নিজস্ব সংবাদদাতা কলকাতা ০৩ মার্চ ২০২৫ ১০:৩০": a byline (and at most two more words,
        a place) written straight before the date, with no separator."""
        words = s.split()
        for k in range(1, min(len(words), self.chrome.byline_max_words + 2)):
            tail = " ".join(words[k:])
            if not self._date_line(tail):
                continue
            return tail if any(self.chrome.matches("byline", " ".join(words[:j]))
                               for j in range(max(1, k - 2), k + 1)) else None
        return None

    def _name_like(self, s: str) -> bool:
        """A byline ("ঢাকা প্রতিনিধি"), or names of one or two words: a place, a desk, a reporter
        and a place ("রহিম উদ্দিন, ঢাকা")."""
        if len(s.split()) <= self.chrome.byline_max_words and self.chrome.matches("byline", s):
            return True
        names = [n.strip() for n in s.split(",")]
        if len(names) == 1:  # "নয়াদিল্লি ও উলানবাটর": two places of one dateline
            words = s.split()
            if len(words) in (3, 4, 5) and any(w in self.chrome.place_joiners for w in words[1:-1]):
                at = next(k for k in range(1, len(words) - 1) if words[k] in self.chrome.place_joiners)
                names = [" ".join(words[:at]), " ".join(words[at + 1:])]
        return len(names) <= 2 and all(1 <= len(n.split()) <= 2 and len(n) <= 30 and not _NOT_NAME.search(n)
                                       for n in names)

    def dateline(self, s: str) -> tuple[DateValue, str | None] | None:
        """An agency dateline opening the first paragraph: "ঢাকা, ৩ মার্চ ২০২৫ (বাসস) : …",
        "মস্কো, ৩ মার্চ, ২০২৫ – …" (a place, then a full date; a date without its year is none)."""
        head = _dateline_head(s)
        if head is None:
            # "মস্কো ১৩ সেপ্টেম্বর ২০২৩ (রয়টার্স) — …": a place we know and a full date, no comma
            bare = _dateline_head(s, comma=False)
            words = bare.split() if bare else []
            for k in (1, 2):
                rest = " ".join(words[k:])
                if len(words) > k and " ".join(words[:k]) in self.places and self._date_line(rest):
                    return self._parse(rest)
            return None
        date = self._beside_byline(head) if not self._date_line(head) else None
        return self._parse(date) if date else None

    def masthead(self, i: int) -> bool:
        """An unlabelled date line of the site's masthead (the day the page was crawled): beside a
        Bangla-calendar date (on the line or the next one) or a site menu (the line above or below;
        a breadcrumb "প্রচ্ছদ » বিশ্ব" above an article's own date is not one)."""
        if self.date_line(self.lines[i].text).bangla:
            # (unless it leads with the Bangla date, as a print issue's date line does: see _issue_date)
            return not bangla_first(self.lines[i].text, self.calendar)
        for j in (self._prev_nonempty(i), self._next_nonempty(i, len(self.lines))):
            if j is None:
                continue
            other = self.lines[j]
            if (other.kind != "prose" and sum(other.text.count(c) for c in "|•·") >= 2
                    and self.chrome.matches("menu", other.text)):  # a site menu, not a breadcrumb
                return True
            if j > i and len(other.text) <= _DATE_LINE_MAX \
                    and (d := self.date_line(other.text)).bangla and d.only_date:
                return True
        return False

    def _prev_nonempty(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if self.lines[j].kind != "empty":
                return j
        return None

    def _after(self, end: int) -> tuple[DateValue, str | None] | None:
        """A date labelled "published" among the first three lines below the article (up to an
        end-of-article marker); a list of other news below may date its items, never so labelled."""
        seen = 0
        for j in range(end, len(self.lines)):
            ln = self.lines[j]
            if ln.kind == "empty":
                continue
            if ln.kind in ("end", "soft_end", "prose") or seen >= 3:
                return None
            seen += 1
            label, parsed = self.parse(j)
            if label == "published" and parsed is not None:
                return parsed
        return None

    def _footer(self, end: int, top: int, updated: bool = False) -> tuple[DateValue, str | None] | None:
        """The page's stamp in its footer, below lists of other news: the one line that pairs a
        "published" and an "updated" date ("প্রকাশ: 2024-10-18 19:05 BST | হালনাগাদ: …") anywhere
        below the article.  (A date labelled "published" alone there may be a listed item's; with
        two or more stamp lines none is the article's.)"""
        found = [parsed for j in range(end, len(self.lines)) if self.lines[j].kind not in ("empty", "prose")
                 and self.chrome.updated_label.search(self.lines[j].text)
                 for label, parsed in (self.parse(j),) if label == "published" and parsed is not None]
        if found:
            return found[0] if len(found) == 1 else None
        # "প্রকাশিত: ১৮.০৩.২০২৬ | ১১:৪০" in the site's footer, next to its copyright or imprint line
        # ("সম্পাদক ও প্রকাশক: …", on the same line, or up to two lines either side), below lists of
        # other news whose items carry no date: the page's own stamp.  An unlabelled one
        # ("শুক্রবার, ১৩ মার্চ ২০১৫ | ২৯ ফাল্গুন ১৪২১") must name its weekday, as no listed item's
        # date does, and must not repeat a date of the header (the day the page was crawled).
        dated = [(j, label, parsed) for j in range(end, len(self.lines)) if self.lines[j].kind != "empty"
                 for label, parsed in (self.parse(j),) if parsed is not None]
        if len(dated) != 1 or (dated[0][1] == "updated") != updated:
            return None  # ("সর্বশেষ হালনাগাদ: …" alone there: a last resort, when the page prints no other date)
        j, label, parsed = dated[0]
        if label == "published" and self._issue(self.lines[j].text) is not None:
            return parsed  # the issue's own line ("… ২০২৬ সংখ্যা"): no listed item's
        if label is None and (not names_weekday(self.lines[j].text, self.calendar)
                              or any(self.parse(k)[1] == parsed for k in range(min(top, len(self.lines))))):
            return None
        lines = [k for k in range(len(self.lines)) if self.lines[k].kind != "empty"]
        at = lines.index(j)
        if at == len(lines) - 1 and (label == "updated" or (label is not None and any(
                p.strip() and (not re.search(r"[0-9০-৯]", p) or self._imprint(p))
                for p in self.lines[j].text.split("|")[1:]))):
            # "Last updated: 12/09/2026 08:05 | <outlet>, <city>", "Published: … | <outlet>": a stamp
            # closing the page (an update's, or one with the outlet's name beside it — no listed item's)
            return parsed
        return parsed if any(self.chrome.matches("footer", self.lines[k].text)
                             for k in lines[max(at - 2, 0):at + 4]) else None

    def _imprint(self, part: str) -> bool:
        """A part of a stamp line that names the outlet and its address ("অর্থকথা, ১২ দিলকুশা বা/এ,
        ঢাকা"): words, a house number, a city — no date, no clock."""
        return (not _label_only(part, self.chrome) and not self.chrome.published_label.search(part)
                and not self.chrome.updated_label.search(part) and len(part) <= 80
                and sum(1 for w in part.split() if _BN_LETTER.search(w) or re.search(r"[A-Za-z]", w)) >= 2
                and self._parse(part.strip(_SEPARATORS)) is None and not re.search(r"[0-9০-৯][:.][0-9০-৯]", part))

    def is_date(self, ln: _Line) -> bool:
        """A line that is (or labels) a date: never a headline."""
        if not ln.text or len(ln.text) > _DATE_LINE_MAX:
            return False
        if _label_only(ln.text, self.chrome) or self._date_line(ln.text):
            return True
        return self.parse(ln.index)[1] is not None

    def _next_nonempty(self, i: int, limit: int) -> int | None:
        for j in range(i + 1, min(limit, len(self.lines))):
            if self.lines[j].kind != "empty":
                return j
        return None

    def _scan(self, lo: int, hi: int, updated: bool = False,
              ) -> list[tuple[str | None, tuple[DateValue, str | None]]]:
        """Dated lines in [lo, hi) as (label, date), a label alone on its line applying to the next.

        Prose lines are never date lines; "updated" dates are kept only when ``updated``."""
        found: list[tuple[str | None, tuple[DateValue, str | None]]] = []
        consumed: set[int] = set()
        for i in range(max(lo, 0), min(hi, len(self.lines))):
            if i in consumed or self.lines[i].kind in ("empty", "prose"):
                continue
            label, parsed = self.parse(i)
            if parsed is None and label is not None and _label_only(self.lines[i].text, self.chrome):
                j = self._next_nonempty(i, hi)
                if j is not None:
                    consumed.add(j)
                    if label == "published":
                        _, parsed = self.parse(j)
            if parsed is not None and label is None and self.masthead(i):
                continue
            if parsed is not None and (label != "updated" or updated):
                found.append((label, parsed))
        return found

    def published(self, headline: int | None, body: int, end: int | None = None,
                  ) -> tuple[DateValue, str | None] | None:
        """The article's date: labelled below the headline, unlabelled below it, labelled above it;
        then a date line among the body's paragraphs (after a standfirst, "তারিখ ০৫.০৬.২০২৫"),
        and last an "updated" stamp (the same day, in practice, more often than not): below the
        headline, else the issue's date above it, else one stamp above it."""
        below = self._scan(headline + 1, body) if headline is not None else []
        for label, parsed in below:
            if label == "published":
                return parsed
        if below:
            return below[0][1]
        above = self._scan(0, headline if headline is not None else body)
        labelled_above = [parsed for label, parsed in above if label == "published"]
        if labelled_above:
            return labelled_above[-1]
        start = headline + 1 if headline is not None else body
        inside = self._scan(start, end if end is not None else body)
        if inside:
            return next((p for label, p in inside if label == "published"), inside[0][1])
        if body < len(self.lines):
            lead = self.dateline(self.lines[body].text)
            if lead is not None:
                return lead
            agreed = self._agreeing_header(body)
            if agreed is not None:
                return agreed
            wire = self._yearless_wire(body)
            if wire is not None:
                return wire
        if end is not None:  # "প্রকাশিত: …" printed under the article, before anything else
            tail = self._after(end) or self._footer(end, headline if headline is not None else body)
            if tail is not None:
                return tail
        stamps = self._scan(start, end if end is not None else body, updated=True)
        if stamps:
            return stamps[0][1]
        top = headline if headline is not None else body
        issue = self._issue_date(top, body)
        if issue is not None:
            return issue
        # "আপডেট: বৃহস্পতিবার, ২৩ নভেম্বর, ২০২৩ | ৮ অগ্রহায়ণ ১৪৩০" above the headline, the page's
        # only date: the day it was updated (labelled so, no crawl stamp)
        updated = [parsed for label, parsed in self._scan(0, top, updated=True) if label == "updated"]
        if len(updated) == 1:
            return updated[-1]
        return self._footer(end, top, updated=True) if end is not None else None

    def _dateline_agrees(self, day: DateValue, body: int) -> bool:
        """The body opens with a dateline of a day and month without its year ("মস্কো, ১৯ জুলাই: …")
        that falls on ``day`` or up to two days before it: a masthead date beside a Bangla-calendar
        date is then the issue's date, not the day the page was crawled (years later, as a rule)."""
        if body >= len(self.lines) or day.precision != "day":
            return False
        head = _dateline_head(self.lines[body].text)
        if head is None:
            return False
        told = [d.value for d in find_dates(head, day, self.calendar) if d.value is not None]
        if len(told) != 1 or told[0].precision != "day":
            return False
        gap = date.fromisoformat(day.value) - date.fromisoformat(told[0].value)
        return 0 <= gap.days <= 2

    def _agreeing_header(self, body: int) -> tuple[DateValue, str | None] | None:
        """An unlabelled date of the page's header (a masthead's, by a menu) that the body's
        dateline without its year ("লন্ডন, ৩ মার্চ (এএফপি) – …") confirms: the day told or up to two
        days after it is the issue's date, not a crawl stamp."""
        for i in range(min(body, len(self.lines)) - 1, -1, -1):
            if self.lines[i].kind in ("empty", "prose"):
                continue
            label, parsed = self.parse(i)
            if label is None and parsed is not None and self._dateline_agrees(parsed[0], body):
                return parsed
        return None

    def _issue_date(self, hi: int, body: int) -> tuple[DateValue, str | None] | None:
        """Last resort, when the page prints no other date: an unlabelled date above the headline
        that is no crawl stamp — one with its minute ("১৬ নভেম্বর ২০২৩, ১৮:০৫"), or a print
        edition's masthead naming its city ("ঢাকা, বৃহস্পতিবার, ২০ জুলাই ২০০০, ৫ শ্রাবণ ১৪০৭").
        A bare day beside a Bangla-calendar date ("বুধবার, ১২ জুন ২০২৪" / "২৯ জ্যৈষ্ঠ ১৪৩১") is the day
        the page was crawled, never used (unless the page says it is an archived issue, or the line
        leads with the Bangla date as print mastheads do: "রবিবার, ৭ কার্তিক ১৪১৩ বঙ্গাব্দ, ২২ অক্টোবর
        ২০০৬"); one in a
        site's header by its menu, either order
        ("রবিবার, ১৮ জানুয়ারি ২০২৬", "১২ নভেম্বর ২০২৪, মঙ্গলবার"), is the issue's date."""
        for i in range(min(hi, len(self.lines)) - 1, -1, -1):
            if self.lines[i].kind in ("empty", "prose"):
                continue
            label, parsed = self.parse(i)
            if label is None and parsed is not None and (parsed[1] is not None or not self._bangla_beside(i)
                                                         or bangla_first(self.lines[i].text, self.calendar)
                                                         or self._dateline_agrees(parsed[0], body)
                                                         or self._archive(hi)):
                return parsed
            issue = self._masthead_date(self.lines[i].text)
            if issue is not None:
                return issue
        return None

    def _archive(self, hi: int) -> bool:
        """A line above the headline says the page is an archived issue ("আর্কাইভ সংস্করণ",
        "পুরোনো সংখ্যা"; chrome.yaml's ``archive``): its header's date is the issue's, no crawl stamp."""
        return any(self.lines[j].kind != "prose" and self.chrome.matches("archive", self.lines[j].text)
                   for j in range(min(hi, len(self.lines))))

    def _bangla_beside(self, i: int) -> bool:
        """Line ``i`` or the next one holds a Bangla-calendar date (a crawl stamp's masthead)."""
        if self.date_line(self.lines[i].text).bangla:
            return True
        j = self._next_nonempty(i, len(self.lines))
        return j is not None and len(self.lines[j].text) <= _DATE_LINE_MAX \
            and self.date_line(self.lines[j].text).bangla

    def _masthead_date(self, s: str) -> tuple[DateValue, str | None] | None:
        """The date of a masthead that names its city: "কলকাতা | রবিবার ৫ অগস্ট ২০০১ | ২০ শ্রাবণ
        ১৪০৮", "<outlet> • কলকাতা • সোমবার ১৪ অগস্ট ২০০৬ • ২৮ শ্রাবণ ১৪১৩" (every part a date or a
        name of one or two words, at least one a name)."""
        if len(s) > _DATE_LINE_MAX:
            return None
        parts = [p.strip(_SEPARATORS) for p in re.split(r"[|,•·]", s)]
        parts = [p for p in parts if p]
        dated = [p for p in parts if self._date_line(p)]
        names = [p for p in parts if p not in dated]
        if not dated or not names or not all(self._name_like(p) for p in names):
            return None
        return self._parse(" ".join(dated))


def _dateline_head(s: str, comma: bool = True) -> str | None:
    """The place and date of a dateline opening ``s`` ("মস্কো, ৩ মার্চ ২০২৫" of "মস্কো, ৩ মার্চ ২০২৫
    (বাসস) : …"), a country in brackets after the place left out ("উলান-উদে (রাশিয়া), 24 আগস্ট 2011
    (এএফপি) — …" → "উলান-উদে, 24 আগস্ট 2011"); None when ``s`` opens with none (with ``comma``
    False, also one whose place and date no comma parts)."""
    country = _DATELINE_COUNTRY.match(s)
    if country is not None:
        s = country.group(1) + s[country.end():]
    m = _DATELINE_END.search(s, 0, 80)
    if m is None or (comma and "," not in s[:m.start()]):
        return None
    return s[:m.start()].strip(_SEPARATORS)


# ------------------------------------------------------------------------------------- regions

def _inline_link_end(lines: list[_Line], i: int) -> int | None:
    """After a "read more" line at ``i``: index of the paragraph that continues the article, if any.

    The links may be one or two plain lines, or a short bulleted list ("» …", "• …") framed by
    rules ("-----"): a block many outlets put between two paragraphs of the article."""
    others = links = 0
    for j in range(i + 1, len(lines)):
        ln = lines[j]
        if ln.kind in ("empty", "skip") or _rule_line(ln):
            continue
        if ln.kind == "prose" and ln.words >= _SOFT_END_PROSE_WORDS:
            return j
        if ln.kind == "end" or (ln.kind == "soft_end" and not _LINK_PAYLOAD.search(ln.text)):
            return None
        if ln.kind == "soft_end" or (ln.kind == "other" and strip_bullets(ln.text) != ln.text):
            # (a "read more: <title>" line is one link of the block, as a bulleted title is)
            links += 1
            if links > _INLINE_LINK_ITEMS:
                return None  # a long list: the related news below the article
            continue
        others += 1
        if others > 2:
            return None
    return None


def _boxed_aside_end(lines: list[_Line], i: int) -> int | None:
    """After a rule line at ``i`` ("-----"): the paragraph that continues the article below a short
    box the rules frame (a timeline, a fact box: "ফিরে দেখা: …", "• জুলাই ২০০০: …"), if any."""
    for j in range(i + 1, min(i + _BOX_LINES + 2, len(lines))):
        ln = lines[j]
        if ln.kind in ("end", "soft_end") or (ln.kind == "prose" and strip_bullets(ln.text) == ln.text
                                              and ln.words >= _PARAGRAPH_WORDS):
            return None  # (a paragraph of the article under a rule, or the page's end)
        if _rule_line(ln):
            k = next((k for k in range(j + 1, min(j + 4, len(lines))) if lines[k].kind != "empty"), None)
            if k is not None and lines[k].kind == "prose" and lines[k].words >= _SOFT_END_PROSE_WORDS \
                    and not _rule_line(lines[k]):
                return k
            return None
    return None


def _rule_line(ln: _Line) -> bool:
    """A horizontal rule drawn with characters ("-----", "=====", "* * *"): no letter, no digit."""
    return bool(ln.text) and not any(c.isalnum() for c in ln.text)


def _weak(ln: _Line) -> bool:
    """A short line ending in '?' or '!': prose inside an article, but also a typical title in a
    list of other news — so after non-prose lines it does not keep the article going."""
    return ln.words < _SOFT_END_PROSE_WORDS + 2 and ln.text.rstrip()[-1:] not in _STRONG_STOPS


def _regions(lines: list[_Line]) -> list[_Region]:
    """Runs of prose, each closed by an end marker or three non-prose lines in a row."""
    regions: list[_Region] = []
    i = 0
    while i < len(lines):
        if lines[i].kind != "prose" or _weak(lines[i]):
            i += 1
            continue
        start = last = i
        run = 0
        skipped: set[int] = set()
        j = i + 1
        while j < len(lines):
            kind = lines[j].kind
            if kind == "prose" and (run == 0 or not _weak(lines[j])):
                last, run = j, 0
            elif kind == "soft_end":
                resume = _inline_link_end(lines, j)
                if resume is None:
                    break
                skipped.update(range(j, resume))
                j = resume
                continue
            elif kind == "end":
                break
            elif _rule_line(lines[j]) and (resume := _boxed_aside_end(lines, j)) is not None:
                skipped.update(range(j, resume))  # a box framed by rules inside the body ("ফিরে দেখা: …")
                j = resume
                continue
            elif kind not in ("empty", "skip", "attribution"):  # a weak prose line counts here
                run += 1
                if run >= 3:
                    break
            j += 1
        end = last
        for t in range(last + 1, j):  # attribution lines right after the text belong to it
            if lines[t].kind == "attribution":
                end = t
            elif lines[t].kind not in ("empty", "skip"):
                break
        weight = sum(len(ln.text) for ln in lines[start:last + 1] if ln.kind == "prose" and ln.index not in skipped)
        regions.append(_Region(start, end, frozenset(skipped), weight))
        i = max(j, end + 1)
    return regions


def _best_region(lines: list[_Line]) -> _Region | None:
    """The first region with at least half as much prose as the largest one.

    Not simply the largest: below an article there may be more prose that is not part of it
    (readers' comments, teasers), and the article comes first.
    """
    regions = _regions(lines)
    if not regions:
        return None
    most = max(r.weight for r in regions)
    return next(r for r in regions if 2 * r.weight >= most)


# ------------------------------------------------------------------------------------ headline

def _plausible_headline(ln: _Line, reader: _DateReader, chrome: Chrome) -> bool:
    """2–25 words, Bengali, not chrome, not a date, not a finished '।' sentence."""
    if ln.kind not in ("other", "prose") or not _BN_LETTER.search(ln.text):
        return False
    if not chrome.headline_min_words <= ln.words <= chrome.headline_max_words:
        return False
    t = ln.text.rstrip("".join(chrome.closers) + " ")
    if t and t[-1] in _STRONG_STOPS:
        return False
    return not reader.is_date(ln)


def _after_label(t: int, lines: list[_Line]) -> bool:
    """Line ``t`` is the value of a short label above it ("লেখা," / "লেখক:" then a name)."""
    prev = next((lines[u] for u in range(t - 1, -1, -1) if lines[u].kind != "empty"), None)
    return prev is not None and prev.words <= 2 and prev.text[-1:] in (",", ":", "ঃ", "：")


def _headline_above(start: int, lines: list[_Line], reader: _DateReader, chrome: Chrome) -> _Line | None:
    """The nearest plausible headline above line ``start``, skipping chrome and date lines.

    A line of at most three words between a headline and the article with a date below the
    headline ("এস. এ টিভি", "সংবাদ সংস্থা"), or one that reads as a signature ("সেলিনা আক্তার,
    অর্থনীতিবিদ": an op-ed's author), is a name: when the line above it (only empty, chrome or date
    lines between) is a plausible headline of five words or more, that one is the headline."""
    for t in range(start - 1, -1, -1):
        ln = lines[t]
        if ln.kind in ("other", "prose") and _plausible_headline(ln, reader, chrome) and not _after_label(t, lines):
            if ln.words <= _NAME_WORDS:
                upper = _line_above(t, lines, reader)
                if upper is not None and upper.words >= _HEADLINE_WORDS and _plausible_headline(upper, reader, chrome) \
                        and upper.kind in ("other", "prose") and not _after_label(upper.index, lines) \
                        and (any(reader.is_date(x) for x in lines[upper.index + 1:start])
                             or _signature(ln.text)):
                    return upper
            return ln
    return None


def _signature(text: str) -> bool:
    """An author's name, alone or with a short description after a comma ("সেলিনা আক্তার",
    "সেলিনা আক্তার, অর্থনীতিবিদ"): two or three words, no digit, no sentence mark, no hyphen (a
    short headline joins names: "পুতিন-কিম বৈঠক")."""
    return 2 <= len(text.split()) <= _NAME_WORDS and not _NOT_NAME.search(text) and not HYPHENS & set(text) \
        and text.count(",") <= 1 and all(1 <= len(p.split()) <= 2 for p in text.split(","))


def _line_above(t: int, lines: list[_Line], reader: _DateReader) -> _Line | None:
    """The first line above ``t`` that is not empty, chrome or a date."""
    for u in range(t - 1, -1, -1):
        if lines[u].kind in ("empty", "chrome", "skip") or reader.is_date(lines[u]):
            continue
        return lines[u]
    return None


def _is_meta(ln: _Line, reader: _DateReader, chrome: Chrome) -> bool:
    """A byline, a date or a date label: what sits between a headline and its article."""
    return (ln.words <= chrome.byline_max_words and chrome.matches("byline", ln.text)) or reader.is_date(ln)


def _headline_inside(region: _Region, lines: list[_Line], reader: _DateReader,
                     chrome: Chrome) -> tuple[_Region, _Line | None]:
    """A headline ending in '?' or '!' is prose: if a byline or date separates it from the next
    paragraph, it is the headline and the body starts below it."""
    first = lines[region.start]
    if not _plausible_headline(first, reader, chrome):
        return region, None
    for t in range(region.start + 1, region.end + 1):
        ln = lines[t]
        if ln.kind == "prose":
            return region, None
        if _is_meta(ln, reader, chrome):
            nxt = next((u for u in range(t + 1, region.end + 1) if lines[u].kind == "prose"), None)
            if nxt is None:
                return region, None
            rest = sum(len(x.text) for x in lines[nxt:region.end + 1] if x.kind == "prose")
            return _Region(nxt, region.end, region.skipped, rest), first
    return region, None


# ----------------------------------------------------------------------------------- sentences

def _dot_ends_sentence(line: str, i: int, chrome: Chrome) -> bool:
    """'.' at ``i`` ends a sentence only after a Bengali word that is not an abbreviation
    ("ডা.", "মো.", "এ.কে.") or a Bengali number of two digits or more ("২০২৪."), and before a
    space and a Bengali letter (closing quotes may come between: "… দেখতে চাই." সিউলে …)."""
    end = i + 1
    while end < len(line) and line[end] in chrome.closers:
        end += 1
    if end >= len(line) or not line[end].isspace():
        return False
    after = line[end:].lstrip()
    if not after or not _BN_LETTER.match(after[0]):
        return False
    k = i
    while k > 0 and not line[k - 1].isspace() and line[k - 1] not in "(‘“\"'":
        k -= 1
    word = line[k:i].rstrip("".join(chrome.closers))
    if len(word) >= 2 and all("০" <= c <= "৯" for c in word):  # "… ২০২৪. পরে …" (not a list's "১.")
        return True
    if not word or not _BN_CHAR.match(word[-1]) or "." in word:
        return False
    return len(word) >= 3 and word not in chrome.abbreviations


@functools.cache
def _one_of(chars: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``chars``."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]" if chars else r"(?!x)x")


def split_sentences(line: str, chrome: Chrome) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one line: split after । ? ! (a '.' only between Bengali
    sentences), closing quotes and brackets kept with their sentence, spaces trimmed.

    A terminator needs no following space ("করেন।উত্তর" splits).
    """
    spans: list[tuple[int, int]] = []
    start = i = 0
    n = len(line)
    next_terminator = _one_of(chrome.terminators).search
    while i < n:
        found = next_terminator(line, i)  # (the words between terminators, skipped in one C call)
        if found is None:
            break
        i = found.start()
        c = line[i]
        if c != "." or _dot_ends_sentence(line, i, chrome):
            j = i + 1
            while j < n and line[j] in chrome.terminators and line[j] != ".":
                j += 1
            while j < n and line[j] in chrome.closers:
                j += 1
            k = j  # "থাকব। ’" — an unambiguous closer after a space still closes this sentence
            while k < n and line[k] == " ":
                k += 1
            if k < n and line[k] in _RIGHT_CLOSERS:
                while k < n and line[k] in chrome.closers:
                    k += 1
                if k == n or line[k].isspace():
                    j = k
            spans.append((start, j))
            start = i = j
            continue
        i += 1
    spans.append((start, n))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = line[s:e]
        s += len(piece) - len(piece.lstrip(_EDGE_JUNK))
        e -= len(piece) - len(piece.rstrip(_EDGE_JUNK))
        if s < e and any(ch.isalnum() for ch in line[s:e]):
            out.append((s, e))
    return out
