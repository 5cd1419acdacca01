"""The article driver: reads sentence by sentence through every rule family, keeps the memory
of the article, and merges the readings of one article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bnkg.builder.dates import body_day, resolve_anaphors, sentence_dates
from bnkg.builder.events._common import (
    PASSIVE,
    Memory,
    SentenceState,
    arrived_before,
    not_yet,
)
from bnkg.builder.events.agreements import AgreementRules, merge_agreements
from bnkg.builder.events.claims import ClaimRules, merge_claims
from bnkg.builder.events.meetings import MeetingRules, merge_meetings
from bnkg.builder.events.visits import VisitRules, merge_visits
from bnkg.builder.records import (
    Agreement,
    Article,
    Claim,
    Entity,
    Meeting,
    Mention,
    SentenceRecord,
    Visit,
)
from bnkg.builder.segment import sentence_records


class EventExtractor(VisitRules, MeetingRules, AgreementRules, ClaimRules):
    """Reads events and claims from an article; built once per :class:`Mappings`."""

    def extract(self, article: Article, mentions: Sequence[Sequence[Mention]], entities: dict[str, Entity],
                ) -> tuple[list[Visit], list[Meeting], list[Agreement], list[Claim]]:
        """:meth:`read` for ``mentions`` per sentence (as :meth:`MentionFinder.find` gives them):
        the sentences are tokenised and dated here."""
        records = sentence_records(article)
        today = body_day(records, article.published, self.m.calendar)
        sentences = tuple(replace(sentence_dates(s, today, self.m.calendar), mentions=tuple(ms))
                          for s, ms in zip(records, mentions, strict=True))
        return self.read(article, sentences, entities)

    def read(self, article: Article, sentences: Sequence[SentenceRecord], entities: dict[str, Entity],
             ) -> tuple[list[Visit], list[Meeting], list[Agreement], list[Claim]]:
        """The events stage: the article's sentences, with their words, dates and mentions → its
        visits, meetings, agreements and claims."""
        memory = Memory()
        visits: list[Visit] = []
        meetings: list[Meeting] = []
        agreements: list[Agreement] = []
        claims: list[Claim] = []
        earlier: set[int] = set()  # ids of visits told as earlier ones ("এর আগে", "বছর আগে")
        relay = self.article_relay(sentences, entities)
        for record in sentences:
            # "পরদিন", "এর পরের মাসে": counted from the date the narrative is at
            dates = resolve_anaphors(list(record.dates), memory.previous_day, self.m.calendar)
            s = SentenceState(record.sentence, record.tokens, sorted(record.mentions, key=lambda m: m.token), dates,
                              record.future_dates)
            sent_claims = self.claims(article, s, entities, memory, relay)
            sent_visits = not_yet(self.visits(article, s, entities, memory), article.published)
            sent_meetings = not_yet(self.meetings(article, s, entities, memory, sent_visits), article.published)
            sent_agreements = not_yet(self.agreements(article, s, entities, memory, sent_visits, agreements),
                                      article.published)
            if memory.denied:  # the meetings of the sentence before, denied by this one
                meetings = [m for m in meetings if m not in memory.denied]
                memory.denied = ()
            signing, memory.signing_meetings = memory.signing_meetings, []
            for ev in (*sent_visits, *sent_meetings, *sent_agreements):
                if ev.date is not None:
                    memory.last_event_date = ev.date
            for ev in (*sent_visits, *sent_meetings):
                if ev.place is not None:
                    memory.last_event_place = ev.place
            if sent_meetings:  # (a meeting inferred from a signing is not what "দুই নেতা" refers to)
                memory.last_meeting = sent_meetings[-1].participants
                memory.last_meeting_date = sent_meetings[-1].date
                memory.meetings += [m.participants for m in sent_meetings]
            sent_meetings += signing
            relative = self.first_relative(s)
            for m in s.mentions:
                if m.key and self.etype(m.key, entities) == "State" and m.how not in PASSIVE:
                    memory.states_seen.append(m.key)
                if m.key and self.etype(m.key, entities) == "Person" and not m.how.startswith("pronoun") \
                        and m.token <= relative:  # (not "…, যিনি পুতিনের ঘনিষ্ঠ": named in passing)
                    if m.key in memory.persons_seen:
                        memory.persons_seen.remove(m.key)
                    memory.persons_seen.append(m.key)
            # a time the sentence names moves the narrative there, even one we cannot resolve
            # ("… গত সপ্তাহে পৌঁছান। সফরকালে … বৈঠকে বসেন।": not the month named before)
            # (… nor one in a relative clause: "…চোয়ে রিয়ং হে, যিনি শুক্রবার রাতে মস্কোয় পৌঁছান")
            named = [d.value for d in dates if not self.anchored(s, d)
                     and (s.speech_from is None or s.token_of(d.start) < s.speech_from)
                     and s.token_of(d.start) < relative]
            memory.previous_day = named[-1] if named else memory.previous_day
            if claims and self.refers_to_accusation(s):
                claims = self.as_accusations(claims, s, sent_claims, entities, memory.previous)
            if self.has_phrase(s.words(0, len(s.toks)), self.lex.visit.earlier):
                # "সর্বশেষ ২৪ বছর আগে ২০০০ সালে … সফর করেন": an earlier visit, not today's undated one
                earlier |= {id(v) for v in sent_visits if v.date is not None and v.status == "Occurred"}
            visits += sent_visits
            memory.visits += sent_visits
            meetings += sent_meetings
            agreements += sent_agreements
            claims += sent_claims
            publisher = self.published_by(s, entities)
            memory.publisher = (publisher, s.sentence.index) if publisher else memory.publisher
            memory.previous = s
            memory.previous_persons = tuple(dict.fromkeys(
                m.key for m in s.mentions if m.key and self.etype(m.key, entities) == "Person"))
        # a meeting held abroad is a visit — unless the article already tells that visit otherwise
        # ("কিম রাশিয়ায় পৌঁছেছেন … বৃহস্পতিবার পুতিন-কিম বৈঠক হবে": he is there, no visit is planned)
        told: dict[tuple[str, str], set[str]] = {}
        for v in visits:
            told.setdefault((v.visitor, v.destination), set()).add(v.status)
        derived = [v for v in self.visits_from_meetings(meetings, entities)
                   if v.status in told.get((v.visitor, v.destination), {v.status})]
        there = [v for v in (*visits, *derived) if v.status == "Occurred"]
        # "… বুধবার কিম পুতিনের সঙ্গে বৈঠক করেন … শনিবার শোইগুর সঙ্গে কিমের দেখা করার কথা": he is there
        # already (arrived within the week before), so the meeting planned there plans no new visit
        visits += [v for v in derived if v.status != "Planned" or not any(
            (o.visitor, o.destination) == (v.visitor, v.destination) and arrived_before(o.date, v.date) for o in there)]
        return (merge_visits(visits, earlier), merge_meetings(meetings), merge_agreements(agreements),
                merge_claims(claims))
