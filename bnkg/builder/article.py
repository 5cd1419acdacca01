"""One article: its text → an :class:`ArticleRecord`, or a :class:`Skipped` saying why not.

:class:`ArticleReader` runs the one-article stages — segment → dates → mentions → events — with the
compiled mappings, handing each body sentence on as a :class:`~bnkg.builder.records.SentenceRecord`
(its words, then its dates, then its mentions); :func:`extract_file` is the one place that maps an error to a skip reason, for
the serial, parallel, streaming and distributed builds alike (:mod:`bnkg.builder.corpus`).
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from bnkg.builder.dates import body_day, sentence_dates
from bnkg.builder.events import EventExtractor
from bnkg.builder.mentions import MentionFinder
from bnkg.builder.read import read_text
from bnkg.builder.records import ArticleRecord
from bnkg.builder.segment import SegmentMemo, segment, sentence_records
from bnkg.errors import BnkgError, InputError
from bnkg.mappings import Mappings, default_mappings
from bnkg.rdf.namespaces import ACTOR_TYPES

__all__ = ["ArticleReader", "Skipped", "extract_file"]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not built, and why (one line)."""

    path: str
    reason: str
    detail: str | None = None  # a traceback, for --debug
    failed: bool = False  # an error of bnkg or its mappings, not an unusable input file



class ArticleReader:
    """Text of one article → :class:`ArticleRecord`; holds the compiled mappings for reuse."""

    def __init__(self, mappings: Mappings | None = None) -> None:
        self.mappings = mappings or default_mappings()
        self.finder = MentionFinder(self.mappings)
        self.extractor = EventExtractor(self.mappings, self.finder)
        self.memo = SegmentMemo()  # what the pages' lines are, for the pages of this reader
        self.words: dict[str, str] = {}  # the NFC form of the pages' words (read.normalise)

    def read_file(self, path: Path) -> ArticleRecord:
        return self.read_string(read_text(path, words=self.words), path.name)

    def read_string(self, text: str, source_file: str) -> ArticleRecord:
        """Extract from already-normalised text (see :func:`bnkg.builder.read.normalise`)."""
        article = segment(text, source_file, self.mappings, self.memo)
        if not article.sentences:
            raise InputError(source_file, "no article body found (no sentence ending in '।', '?' or '!')")
        records = sentence_records(article)
        today = body_day(records, article.published, self.mappings.calendar)  # "আজ" under a dateline
        sentences = tuple(sentence_dates(s, today, self.mappings.calendar) for s in records)
        sentences, entities = self.finder.read(article, sentences)
        visits, meetings, agreements, claims = self.extractor.read(article, sentences, entities)
        used: set[str] = set()
        for v in visits:
            used |= {v.visitor, v.destination} | {k for k in (v.place, v.host) if k}
        for m in meetings:
            used |= set(m.participants) | ({m.place} if m.place else set())
        for a in agreements:
            used |= set(a.parties) | set(a.signatories)
        for c in claims:
            used |= {c.claimant, *c.about} | ({c.via} if c.via else set())
        # the actors the body names: not those a pronoun stands for, nor an unnamed office-holder
        # ("দক্ষিণ কোরিয়ার একজন আইনপ্রণেতা": a title the gazetteer resolves to no one, no name)
        mentioned = sorted({m.key for s in sentences for m in s.mentions
                            if m.key and not m.how.startswith("pronoun")
                            and m.key in entities and entities[m.key].type in ACTOR_TYPES
                            and not (m.how == "role" and entities[m.key].type == "Person"
                                     and not entities[m.key].from_gazetteer)})
        used |= set(mentioned)
        keep = _closure(used, entities)
        return ArticleRecord(article, tuple(entities[k] for k in sorted(keep)), tuple(mentioned),
                             tuple(visits), tuple(meetings), tuple(agreements), tuple(claims))


def _closure(keys: set[str], entities: dict) -> set[str]:
    out: set[str] = set()
    todo = [k for k in keys if k in entities]
    while todo:
        k = todo.pop()
        if k in out:
            continue
        out.add(k)
        e = entities[k]
        todo += [d for d in (e.affiliation, e.state) if d and d in entities]
    return out


def extract_file(reader: ArticleReader, path: Path, debug: bool = False) -> ArticleRecord | Skipped:
    """One file → its record, or why it was skipped; a bug must not cost the user the rest of the batch."""
    try:
        return reader.read_file(path)
    except InputError as exc:
        return Skipped(str(path), exc.reason)
    except BnkgError as exc:
        return Skipped(str(path), str(exc), failed=True)
    except Exception as exc:
        return Skipped(str(path), f"internal error: {type(exc).__name__}: {exc}",
                       traceback.format_exc() if debug else None, failed=True)
