"""bnkg.builder.records: the sentence record's direct copies equal ``dataclasses.replace``."""

from __future__ import annotations

from dataclasses import fields, replace

from bnkg.builder.records import DateMention, DateValue, Mention, Sentence, SentenceRecord, Token

# Invented text for the tests.
TEXT = "গতকাল দুই নেতা বৈঠক করেন।"


def _record() -> SentenceRecord:
    tokens = (Token(3, 8, "গতকাল", False), Token(9, 12, "দুই", False))
    past = (DateMention(3, 8, "গতকাল", DateValue("2024-06-19", "day"), True),)
    future = (DateMention(3, 8, "গতকাল", None, True),)
    mention = (Mention(9, 12, "দুই", "russia", 0, "alias", "nom", 1, 2),)
    return SentenceRecord(Sentence(0, 3, 3 + len(TEXT), TEXT), tokens, past, future, mention)


def test_with_dates_and_with_mentions_equal_replace_and_keep_every_other_field() -> None:
    rec = _record()
    new_dates = (DateMention(9, 12, "দুই", None, False),)
    assert rec.with_dates(new_dates, ()) == replace(rec, dates=new_dates, future_dates=())
    assert rec.with_dates(rec.dates, rec.future_dates) == rec
    assert rec.with_mentions(()) == replace(rec, mentions=()) != rec
    assert rec.with_mentions(()).dates == rec.dates and rec.with_dates((), ()).mentions == rec.mentions


def test_the_direct_copies_know_every_field_of_the_record() -> None:
    # a field added to SentenceRecord must be carried by with_dates and with_mentions too
    assert [f.name for f in fields(SentenceRecord)] == ["sentence", "tokens", "dates", "future_dates", "mentions"]
