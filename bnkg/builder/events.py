"""Sentences + mentions + dates → Visit, Meeting, Agreement and Claim records.

Rules read one sentence at a time, with a little memory of the article (the last meeting's
participants for "দুই নেতা", the last event's date for "ওই সময়").  Each rule is small and named;
its name goes into the evidence (``bnkg:rule``) so a user can see why a fact exists.

Word order in Bengali news is mostly subject–object–verb, with the speaker often moved after the
verb ("… বলে জানিয়েছেন রুশ মুখপাত্র পেসকভ"), so the rules look at case endings (read off by
:mod:`bnkg.builder.mentions`) more than at positions.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import accumulate

from bnkg.builder.dates import find_dates, resolve_anaphors, stay_date
from bnkg.builder.mentions import MentionFinder, Token, tokenize
from bnkg.builder.records import (
    Agreement,
    Article,
    Claim,
    DateMention,
    DateValue,
    Entity,
    Evidence,
    Meeting,
    Mention,
    Sentence,
    Visit,
)
from bnkg.mappings import Mappings
from bnkg.mappings.lexicons import Phrase
from bnkg.rdf.namespaces import ACTOR_TYPES

# mentions that name an actor without making it act: "ইউক্রেন যুদ্ধ", "রুশ", a state inside a longer name
PASSIVE = ("topic", "adjective", "inner")
DEICTIC_DAYS = ("আজ", "গতকাল", "আগামীকাল")
DEMONSTRATIVES = ("এই", "ওই", "এ", "সেই", "উক্ত", "এসব", "ওইসব")
CONJUNCTIONS = ("ও", "এবং", "আর")
# endings of negated finite verbs ("করেনি", "করেননি", "পাঠায়নি")
NEGATED_ENDINGS = tuple(unicodedata.normalize("NFC", e) for e in ("েনি", "েননি", "য়নি", "য়নি", "ায়নি"))
GENITIVE_ENDINGS = tuple(unicodedata.normalize("NFC", e) for e in ("ের", "য়ের", "টির", "দের", "ার", "ির", "ীর", "ুর"))
AUXILIARIES = ("হয়", "হচ্ছে", "হলো", "হল", "হয়েছে", "হয়নি", "হয়েছিল")
# distinct words the per-extractor cache of their phrase-opening forms holds before it starts afresh
_CACHE_WORDS = 200_000


@dataclass
class _Sentence:
    """One sentence with everything the rules look at."""

    sentence: Sentence
    toks: tuple[Token, ...]
    mentions: list[Mention]
    dates: list[DateMention]
    speech_from: int | None = None  # token index where reported speech starts ("X বলেন, …")
    person_speech: bool = False  # that speech is a person's (not an agency's report)
    speakers: tuple[str, ...] = ()  # who speaks from speech_from on

    def words(self, i: int, j: int) -> tuple[str, ...]:
        return tuple(t.text for t in self.toks[max(0, i):max(0, j)])

    def surface(self, i: int, j: int, text: str) -> str:
        return text[self.toks[i].start:self.toks[j - 1].end]

    def own_words(self, i: int, j: int) -> str:
        """The sentence's text of tokens i..j-1 (as written)."""
        st = self.sentence.start
        return self.sentence.text[self.toks[i].start - st:self.toks[j - 1].end - st]

    def token_of(self, offset: int) -> int:
        """The first token ending after ``offset`` (tokens are in text order: a binary search)."""
        return bisect.bisect_right(self.toks, offset, key=lambda t: t.end)


@dataclass
class _Memory:
    """What the rules remember from earlier sentences of the same article."""

    last_meeting: tuple[str, ...] = ()
    visits: list[Visit] = field(default_factory=list)
    meetings: list[tuple[str, ...]] = field(default_factory=list)
    last_event_date: DateValue | None = None
    last_claimant: str | None = None
    last_claim_sentence: int = -9
    states_seen: list[str] = field(default_factory=list)
    persons_seen: list[str] = field(default_factory=list)  # distinct, most recent last
    previous_day: DateValue | None = None  # the date the narrative is at: the last one a sentence named
    last_event_place: str | None = None  # for "ওই সময়" (at that time): the place of the last event
    signing_meetings: list[Meeting] = field(default_factory=list)
    previous: _Sentence | None = None  # the sentence read just before
    previous_persons: tuple[str, ...] = ()  # the persons it named (pronouns resolved), in order
    pending_accusers: frozenset[str] = frozenset()  # who alleged, in the sentence before, against no one named
    publisher: tuple[str, int] | None = None  # who published a document ("প্রতিবেদন প্রকাশ করে"), in which sentence


class EventExtractor:
    """Reads events and claims from an article; built once per :class:`Mappings`."""

    def __init__(self, mappings: Mappings, finder: MentionFinder | None = None) -> None:
        self.m = mappings
        self.lex = mappings.lexicons
        self.finder = finder or MentionFinder(mappings)
        g = self.lex.grammar
        self.with_words = frozenset(g.postpositions.get("with", ()) + g.postpositions.get("between", ()))
        self.against_words = frozenset(g.postpositions.get("against", ()))
        self.post_words = frozenset(w for ws in g.postpositions.values() for w in ws)
        # phrase lists → first-word index (the lists come from the immutable mappings; a per-reader cache)
        self._indexes: dict[int, tuple[Sequence[Phrase], dict[str, list[tuple[int, Phrase]]]]] = {}
        self._first_forms: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # see _forms_of
        self._speech_verbs = tuple(p for p, _ in self.lex.speech.verbs)
        self._speech_kinds = dict(self.lex.speech.verbs)
        # first words of the speech verbs made of a noun and a light verb ("অভিযোগ করেছেন")
        self._verb_nouns = frozenset(p[0] for p in self._speech_verbs if len(p) > 1)
        # auxiliaries and light verbs: the words an event's verb group is made of
        self._verb_words = frozenset(
            w for ps in (self.lex.agreement.extra.get("light", ()), self.lex.agreement.extra.get("verbs", ()),
                         self.lex.planned.words,
                         self.lex.visit.extra.get("motion", ()))
            for p in ps for w in p) | {unicodedata.normalize("NFC", w) for w in AUXILIARIES}

    # -- helpers -------------------------------------------------------------------------------
    def find_phrases(self, toks: Sequence[Token], phrases: Sequence[Phrase], inflect_last: bool = True,
                     ) -> list[tuple[int, int, Phrase]]:
        """Non-overlapping matches, longest phrase first; the last word may carry a case ending.

        Phrases are looked up by their first word (the profile showed the plain loop over every
        phrase at every word was three quarters of the build time)."""
        index = self._phrase_index(phrases)
        out: list[tuple[int, int, Phrase]] = []
        cached, firsts = self._first_forms, index.keys()
        i = 0
        while i < len(toks):
            word = toks[i].text
            forms = (cached.get(word) or self._forms_of(word))[inflect_last]
            if firsts.isdisjoint(forms):  # most words open no phrase: one C call says so
                i += 1
                continue
            cands = [c for f in forms for c in index.get(f, ())]
            if len(forms) > 1:  # (one form's list is in rank order already)
                cands = sorted(set(cands))
            hit = None
            for _, p in cands:
                n = len(p)
                # a word inside a phrase may carry the clitic "ও"/"ই": "অভিযোগও তোলেন"
                if i + n > len(toks) or any(toks[i + k].text not in (p[k], p[k] + "ও", p[k] + "ই")
                                            for k in range(n - 1)):
                    continue
                last = toks[i + n - 1].text
                if last == p[-1] or (inflect_last and any(st == p[-1] for st, _ in self.finder.endings(last))):
                    hit = (i, i + n, p)
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def _forms_of(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The forms in which ``word`` may open a phrase of :meth:`find_phrases`, without and with
        case endings: as written, without a clitic (inside a phrase), or as a stem (one-word
        phrase).  Cached per word on this extractor: the same sentence is searched for a dozen
        phrase lists, and building these sets at every word was a third of find_phrases."""
        plain = (word, word[:-1]) if word.endswith(("ও", "ই")) else (word,)
        forms = (plain, tuple(dict.fromkeys(plain + tuple(stem for stem, _ in self.finder.endings(word)))))
        if len(self._first_forms) > _CACHE_WORDS:
            self._first_forms.clear()
        self._first_forms[word] = forms
        return forms

    def _phrase_index(self, phrases: Sequence[Phrase]) -> dict[str, list[tuple[int, Phrase]]]:
        """First word → (position in ``phrases``, phrase): the order of the list is kept.

        Cached by the identity of the list (the lexicons' lists live as long as the reader;
        hashing a long list at every call was a tenth of the build), checked on use."""
        entry = self._indexes.get(id(phrases))
        if entry is not None and entry[0] is phrases:
            return entry[1]
        index: dict[str, list[tuple[int, Phrase]]] = {}
        for rank, p in enumerate(phrases):
            index.setdefault(p[0], []).append((rank, p))
        if len(self._indexes) < 256:  # (a list built for one call would only fill the cache)
            self._indexes[id(phrases)] = (phrases, index)
        return index

    def has_phrase(self, ws: Sequence[str], phrases: Sequence[Phrase]) -> bool:
        # a phrase is looked for word by word only when all its words are there (most are not)
        present = set(ws)
        return any(present.issuperset(p) and any(tuple(ws[k:k + len(p)]) == p for k in range(len(ws) - len(p) + 1))
                   for p in phrases)

    def etype(self, key: str, entities: dict[str, Entity]) -> str | None:
        e = entities.get(key)
        return e.type if e else None

    def state_of(self, key: str, entities: dict[str, Entity]) -> str | None:
        """The State of a State, a Place, or an actor (following affiliations: spokesperson →
        ministry → state)."""
        gaz = self.m.gazetteer
        for _ in range(4):
            e = entities.get(key)
            if e is None and key in gaz.actors:
                a = gaz.actors[key]
                e = Entity(a.key, a.type, a.bn, affiliation=a.affiliation)  # type: ignore[arg-type]
            if e is None:
                return None
            if e.type == "State":
                return key
            if e.type == "Place":
                return e.state
            if not e.affiliation:
                return None
            key = e.affiliation
        return None

    def is_post(self, word: str, group: frozenset[str]) -> bool:
        """``word`` is one of the postpositions in ``group``, maybe with "ও"/"ই" ("সঙ্গেও")."""
        return word in group or any(stem in group for stem, _ in self.finder.endings(word))

    def is_modifier(self, s: _Sentence, m: Mention) -> bool:
        """A genitive that describes the next noun ("পুতিনের মুখপাত্র"), not a participant."""
        if m.case != "gen":
            return False
        nxt = s.toks[m.end_token].text if m.end_token < len(s.toks) else ""
        return not self.is_post(nxt, self.post_words)

    def persons(self, s: _Sentence, entities: dict[str, Entity], i: int | None = None) -> list[Mention]:
        """Person mentions; for a trigger at word i inside reported speech, only those inside it
        ("ল্যাভরভ বলেন, … নেতাদের শীর্ষ বৈঠকে …": Lavrov was not at that summit)."""
        inside = i is not None and s.speech_from is not None and i >= s.speech_from
        return [m for m in s.mentions if m.key and self.etype(m.key, entities) == "Person"
                and (not inside or m.token >= (s.speech_from or 0))]

    def date_for(self, s: _Sentence, i: int, memory: _Memory, status: str, article: Article,
                 inherit: bool = True) -> DateValue | None:
        """The date nearest the trigger at word i, skipping dates of another event: one separated
        from the trigger by "পর"/"আগে" ("১৯৯১ সালে … ভেঙে যাওয়ার পর এই প্রথম … সফর"), and "আজ"
        inside a person's reported speech (the speaker's today, not the page's)."""
        dates = s.dates
        if status == "Planned":
            dates = resolve_anaphors(find_dates(s.sentence.text, article.published, self.m.calendar,
                                                offset=s.sentence.start, direction="future"),
                                     memory.previous_day, self.m.calendar)
        best: tuple[int, DateValue] | None = None
        own_time = False  # the sentence names a time of its own (even one we cannot resolve)
        # anchors among the first k tokens: "an anchor between date and trigger" in O(1) per date
        anchored = list(accumulate((t.text in self.lex.grammar.anchors for t in s.toks), initial=0))
        for d in dates:
            k = s.token_of(d.start)
            if d.value is None:
                own_time = own_time or (s.speech_from is None or k < s.speech_from)
                continue
            if s.person_speech and s.speech_from is not None and k >= s.speech_from \
                    and d.text.startswith(DEICTIC_DAYS):
                continue
            after = s.token_of(d.end - 1) + 1
            lo, hi = (min(max(0, x), len(s.toks)) for x in sorted((after, i)))
            if anchored[hi] > anchored[lo]:
                continue
            if s.words(after, after + 1) and s.words(after, after + 1)[0] in self.lex.grammar.since:
                continue  # "২০০৬ সাল থেকে": since then, not when
            own_time = True
            dist = abs(k - i) + (0 if k <= i else 1)
            if best is None or dist < best[0]:
                best = (dist, d.value)
        if best:
            return best[1]
        if self.has_phrase(s.words(0, len(s.toks)), self.lex.same_time):
            return memory.last_event_date
        if not own_time and status == "Occurred":  # "ছয় দিনের রাশিয়া সফর শেষ করেছেন": just before publication
            is_stay, stay = stay_date(s.words(i - 4, i), s.words(i + 1, i + 4), article.published, self.m.calendar)
            if is_stay:
                return stay
        if inherit and not own_time and status == "Occurred" and memory.previous_day is not None \
                and not (article.published and memory.previous_day.after(article.published)):
            # news narrative: "বুধবার ভোররাতে পৌঁছান পুতিন। … দুই নেতা চুক্তিতে সই করেন।" — but what
            # happened is not dated by a plan told before it ("আগামী আগস্টে সফর করবেন। … বৈঠকে বসেন।")
            return memory.previous_day
        return None

    def anchored(self, s: _Sentence, d: DateMention) -> bool:
        """A date that only anchors another time ("২০০০ সালের পরে", "২০০৬ সাল থেকে", "গত মে মাসে …
        হওয়ার পর"): not the time of what the sentence narrates."""
        after = s.token_of(d.end - 1) + 1
        g = self.lex.grammar
        return any(w in g.anchors or w in g.since for w in s.words(after, after + 6))

    def status_for(self, s: _Sentence, i: int, j: int) -> str:
        pl = self.lex.planned
        after = s.words(i, j + pl.window)  # the trigger itself may be future: "যাবেন"
        before = s.words(i - 3, i)
        if self.has_phrase(s.words(i - 4, j + pl.window), pl.phrases):
            return "Planned"
        if self.has_phrase(s.words(j, j + pl.window), pl.not_planned):
            return "Occurred"
        if self.has_phrase(after, pl.words) or self.has_phrase(before, pl.before):
            return "Planned"
        return "Occurred"

    def evidence(self, s: _Sentence, rule: str, trigger: str) -> tuple[Evidence, ...]:
        sent = s.sentence
        return (Evidence(sent.start, sent.end, sent.text, rule, (trigger,) if trigger else ()),)

    # -- the article ---------------------------------------------------------------------------
    def extract(self, article: Article, mentions: list[list[Mention]], entities: dict[str, Entity],
                ) -> tuple[list[Visit], list[Meeting], list[Agreement], list[Claim]]:
        memory = _Memory()
        visits: list[Visit] = []
        meetings: list[Meeting] = []
        agreements: list[Agreement] = []
        claims: list[Claim] = []
        earlier: set[int] = set()  # ids of visits told as earlier ones ("এর আগে", "বছর আগে")
        relay = self.article_relay(article, mentions, entities)
        for sent, ms in zip(article.sentences, mentions, strict=True):
            toks = tokenize(sent)
            # "পরদিন", "এর পরের মাসে": counted from the date the narrative is at
            dates = resolve_anaphors(find_dates(sent.text, article.published, self.m.calendar, offset=sent.start),
                                     memory.previous_day, self.m.calendar)
            s = _Sentence(sent, toks, sorted(ms, key=lambda m: m.token), dates)
            sent_claims = self.claims(article, s, entities, memory, relay)
            sent_visits = self.visits(article, s, entities, memory)
            sent_meetings = self.meetings(article, s, entities, memory, sent_visits)
            sent_agreements = self.agreements(article, s, entities, memory, sent_visits, agreements)
            signing, memory.signing_meetings = memory.signing_meetings, []
            for ev in (*sent_visits, *sent_meetings, *sent_agreements):
                if ev.date is not None:
                    memory.last_event_date = ev.date
            for ev in (*sent_visits, *sent_meetings):
                if ev.place is not None:
                    memory.last_event_place = ev.place
            if sent_meetings:  # (a meeting inferred from a signing is not what "দুই নেতা" refers to)
                memory.last_meeting = sent_meetings[-1].participants
                memory.meetings += [m.participants for m in sent_meetings]
            sent_meetings += signing
            for m in s.mentions:
                if m.key and self.etype(m.key, entities) == "State" and m.how not in PASSIVE:
                    memory.states_seen.append(m.key)
                if m.key and self.etype(m.key, entities) == "Person" and not m.how.startswith("pronoun"):
                    if m.key in memory.persons_seen:
                        memory.persons_seen.remove(m.key)
                    memory.persons_seen.append(m.key)
            # a time the sentence names moves the narrative there, even one we cannot resolve
            # ("… গত সপ্তাহে পৌঁছান। সফরকালে … বৈঠকে বসেন।": not the month named before)
            named = [d.value for d in dates if not self.anchored(s, d)
                     and (s.speech_from is None or s.token_of(d.start) < s.speech_from)]
            memory.previous_day = named[-1] if named else memory.previous_day
            if claims and self.refers_to_accusation(s):
                claims = self.as_accusations(claims, s)
            if self.has_phrase(s.words(0, len(s.toks)), self.lex.visit.extra.get("earlier", ())):
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

    # -- visits --------------------------------------------------------------------------------
    def visits(self, article: Article, s: _Sentence, entities: dict[str, Entity], memory: _Memory) -> list[Visit]:
        out: list[Visit] = []
        lex = self.lex.visit
        host_words = lex.extra.get("host_words", ())
        motion = lex.extra.get("motion", ())
        nouns = self.find_phrases(s.toks, lex.words)
        noun_ends = {j for _, j, _ in nouns}
        triggers = sorted(nouns + [
            (i, j, p) for i, j, p in self.find_phrases(s.toks, motion, inflect_last=False)
            if self.destination_next_to(s, i, entities) and not noun_ends & {i, i - 1}])
        for i, j, _ in triggers:
            if s.words(i - 1, i) and s.words(i - 1, i)[0] in DEMONSTRATIVES:
                continue  # "এই সফর", "ওই সফরে": the visit told of before, not a new one
            if self.negated(s, j):
                continue
            persons = self.persons(s, entities, i)
            visitor = host = None
            invited = self.has_phrase(s.words(j, j + 2), host_words)
            gens = [m for m in persons if m.case == "gen" and m.end_token <= i and i - m.end_token <= 4
                    and self.is_modifier(s, m)  # not "পুতিনের সঙ্গে দেখা করতে মস্কো সফর": that is a partner
                    and not any(p.token > m.token and p.end_token <= i for p in persons)]
            if gens:
                if invited:
                    host = gens[-1].key
                else:
                    visitor = gens[-1].key
            if invited and visitor is None:
                guests = [m for m in persons if m.case == "acc"]
                if guests:  # "X রুশ প্রেসিডেন্টকে … সফরের আমন্ত্রণ জানিয়েছেন": Putin is invited by X
                    visitor = guests[0].key
                    host = host or next((m.key for m in persons if m.case == "nom" and m.key != visitor), None)
            also: list[str] = []  # visitors coordinated with the one picked: "কিম জং উন ও পুতিন"
            led_by = self.lex.visit.extra.get("led_by", ())
            leader = [m for m in persons if m.case == "gen" and m.end_token < i
                      and any(s.words(m.end_token, m.end_token + len(p)) == p for p in led_by)
                      and not self.boundary_between(s, m.end_token, i)]
            if visitor is None and leader and not invited:
                visitor = leader[-1].key  # "… সংস্কৃতিমন্ত্রীর নেতৃত্বে একটি প্রতিনিধিদলের … সফর": the leader
            if visitor is None:
                subjects = [m for m in persons if m.case == "nom" and m.key != host]
                before = [m for m in subjects if m.end_token <= i]
                after = [m for m in subjects if m.token >= j]
                pick = before[-1] if before else (after[0] if after else None)
                visitor = pick.key if pick else None
                if pick is not None:
                    also = [m.key for m in subjects if m.key != visitor and self.coordinated(s, m, pick)]
            if visitor is None:
                continue
            own = self.state_of(visitor, entities)
            dest_m = self.destination(s, i, j, entities, own)
            there = memory.last_event_place if dest_m is None and any(
                (w,) in self.lex.visit.extra.get("there", ()) for w in s.words(i - 3, i)) else None
            if dest_m is None and there is None:
                continue
            # "… ওনসানে বৈঠক … শুক্রবার সেখানে পৌঁছেই": the place of the event told just before
            dest = self.state_of(dest_m.key if dest_m is not None else there, entities)  # type: ignore[arg-type]
            if dest is None or dest == own:
                continue
            place = self.place_in(s, i, entities, dest, memory=memory) or there
            status = "Planned" if invited else self.status_for(s, i, j)
            date = self.date_for(s, i, memory, status, article)
            trig = s.surface(i, j, article.text)
            out.append(Visit(visitor, dest, self.evidence(s, "visit.trigger", trig), place, host, date, status))  # type: ignore[arg-type]
            out += [Visit(k, dest, self.evidence(s, "visit.trigger", trig), place, host, date, status)  # type: ignore[arg-type]
                    for k in dict.fromkeys(also) if self.state_of(k, entities) not in (dest, None)]
        return out + self.invited_visits(article, s, entities, memory)

    def coordinated(self, s: _Sentence, a: Mention, b: Mention) -> bool:
        """Two mentions joined by "ও"/"এবং" or a comma list, with nothing else between them."""
        lo, hi = sorted((a, b), key=lambda m: m.token)
        between = s.words(lo.end_token, hi.token)
        if len(between) == 1 and between[0] in CONJUNCTIONS:
            return True
        return not between and "," in s.sentence.text[s.toks[lo.end_token - 1].end - s.sentence.start:
                                                      s.toks[hi.token].start - s.sentence.start]

    def invited_visits(self, article: Article, s: _Sentence, entities: dict[str, Entity], memory: _Memory,
                       ) -> list[Visit]:
        """ "কিম জং উনকে রাশিয়ায় আমন্ত্রণ জানিয়েছেন পুতিন": the guest (accusative) is invited to the
        state or place named right before the invitation word — a planned visit, hosted by the
        person who invites."""
        words = {p[0] for p in self.lex.visit.extra.get("invited_to", ())}
        out: list[Visit] = []
        for k, t in enumerate(s.toks):
            if strip_clitic(t.text) not in words or self.negated(s, k + 1):
                continue
            dest_m = next((m for m in s.mentions if m.end_token == k and m.case == "loc" and m.key
                           and m.how not in PASSIVE and self.etype(m.key, entities) in ("State", "Place")), None)
            if dest_m is None:
                continue
            persons = self.persons(s, entities, k)
            guests = [m for m in persons if m.case == "acc" and m.end_token <= dest_m.token]
            if not guests:
                continue
            visitor = guests[-1].key
            dest = self.state_of(dest_m.key, entities)
            if dest is None or dest == self.state_of(visitor, entities):
                continue
            host = next((m.key for m in persons if m.case == "nom" and m.key != visitor), None)
            place = dest_m.key if self.etype(dest_m.key, entities) == "Place" else None
            date = self.date_for(s, k, memory, "Planned", article)
            ev = self.evidence(s, "visit.invitation", s.surface(dest_m.token, k + 1, article.text))
            out.append(Visit(visitor, dest, ev, place, host, date, "Planned"))
        return out

    def destination_next_to(self, s: _Sentence, i: int, entities: dict[str, Entity]) -> bool:
        """A motion verb ("যাচ্ছেন", "যাওয়ার") is a visit only right after a place or state
        ("বেইজিং যাচ্ছেন"), not after its origin ("ভ্লাদিভস্তক থেকে")."""
        since = self.lex.grammar.since
        return any(m.end_token in (i, i - 1) and m.case in ("nom", "loc") and m.key
                   and self.etype(m.key, entities) in ("State", "Place") and m.how not in PASSIVE
                   and not (m.end_token < len(s.toks) and s.toks[m.end_token].text in since)
                   for m in s.mentions)

    def destination(self, s: _Sentence, i: int, j: int, entities: dict[str, Entity], own: str | None,
                    ) -> Mention | None:
        cands = []
        # inside reported speech only what the speech names: "দক্ষিণ কোরিয়া সেনাবাহিনী জানিয়েছে, কিম
        # … সফরে গেছেন" — the speaker's state is no destination
        inside = s.speech_from if s.speech_from is not None and i >= s.speech_from else 0
        soil = {p[0] for p in self.lex.visit.extra.get("on_soil", ())}
        regions = self.lex.visit.extra.get("regions", ())
        for m in s.mentions:
            t = self.etype(m.key, entities) if m.key else None
            on_soil = m.case == "gen" and m.end_token < len(s.toks) and (
                s.toks[m.end_token].text in soil
                or any(m.end_token + len(p) == i and s.words(m.end_token, i) == p for p in regions))
            if t not in ("State", "Place") or m.how in PASSIVE or m.token < inside \
                    or (m.case not in ("nom", "loc") and not on_soil):
                continue
            if self.state_of(m.key, entities) == own:
                continue
            cands.append(m)
        before = [m for m in cands if m.end_token <= i]
        # after the trigger only "… সফরে গেছেন রাশিয়ায়": a nominative there is another clause's subject
        after = [m for m in cands if j <= m.token <= j + 3 and m.case == "loc"]
        return before[-1] if before else (after[0] if after else None)

    def place_in(self, s: _Sentence, i: int, entities: dict[str, Entity], state: str | None = None,
                 memory: _Memory | None = None, not_visited: bool = False) -> str | None:
        """The place named nearest before the trigger (else after it); for "ওই সময়" (at that
        time) with no place named, the place of the event told just before.  For a meeting,
        ``not_visited`` skips a place that is the object of a visit ("কিমকে মস্কো সফরের আমন্ত্রণ")."""
        visit_words = self.lex.visit.words
        places = [m for m in s.mentions if m.key and self.etype(m.key, entities) == "Place"
                  and (state is None or entities[m.key].state == state)
                  and not (not_visited and self.invited_to(s, m.end_token, visit_words))]
        if s.speech_from is not None and i >= s.speech_from:  # a place outside the speech is the speaker's
            places = [m for m in places if m.token >= s.speech_from]
        before = [m for m in places if m.end_token <= i]
        if before:
            return before[-1].key
        # after the trigger only in its own clause: "পুতিন ও কিমের বৈঠক নিয়ে উদ্বিগ্ন যুক্তরাষ্ট্র,
        # ওয়াশিংটনে এক সংবাদ সম্মেলনে …" — Washington is where the concern was voiced
        places = [m for m in places if not self.boundary_between(s, i + 1, m.token)]
        if places:
            return places[0].key
        if memory is not None and memory.last_event_place and self.has_phrase(s.words(0, len(s.toks)),
                                                                              self.lex.same_time):
            last = entities.get(memory.last_event_place)
            if state is None or (last is not None and last.state == state):
                return memory.last_event_place
        return None

    def invited_to(self, s: _Sentence, k: int, visit_words: Sequence[Phrase]) -> bool:
        """Word k starts "সফরের আমন্ত্রণ": the place before it is where someone is invited to."""
        return bool(self.find_phrases(s.toks[k:k + 1], visit_words)) and self.has_phrase(
            s.words(k + 1, k + 3), self.lex.visit.extra.get("host_words", ()))

    def visits_from_meetings(self, meetings: list[Meeting], entities: dict[str, Entity]) -> list[Visit]:
        """A meeting held in a place of state S is a visit to S by each participant from elsewhere."""
        out = []
        for mt in meetings:
            if mt.place is None:
                continue
            dest = entities[mt.place].state
            for p in mt.participants:
                own = self.state_of(p, entities)
                if own is not None and dest is not None and own != dest:
                    ev = tuple(replace(e, rule="visit.from-meeting") for e in mt.evidence)
                    out.append(Visit(p, dest, ev, mt.place, None, mt.date, mt.status))
        return out

    # -- meetings ------------------------------------------------------------------------------
    def meetings(self, article: Article, s: _Sentence, entities: dict[str, Entity], memory: _Memory,
                 visits: list[Visit]) -> list[Meeting]:
        out: list[Meeting] = []
        lex = self.lex.meeting
        weak = lex.extra.get("weak_words", ())
        to_guest = lex.extra.get("guest_words", ())
        strong = self.find_phrases(s.toks, lex.words)
        covered = {k for i, j, _ in strong for k in range(i, j)}
        found = strong + [(i, j, p) for i, j, p in self.find_phrases(s.toks, weak) if i not in covered]
        covered |= {k for i, j, _ in found for k in range(i, j)}
        found += [(i, j, p) for i, j, p in self.find_phrases(s.toks, to_guest, inflect_last=False)
                  if i not in covered]
        anchors = self.lex.grammar.anchors | {"শেষে"}
        for i, j, phrase in sorted(found):
            if self.negated(s, j):
                continue
            is_weak = phrase in weak or phrase in to_guest
            persons = self.persons(s, entities, i)
            if phrase in to_guest and not any(m.case == "acc" and m.end_token <= i for m in persons):
                continue  # "কিম শোইগুকে ক্ষেপণাস্ত্র দেখালেন": only with the guest named, before the verb
            # "ট্রাম্পের সঙ্গে বৈঠকের আগে কিমের সঙ্গে কথা বলেছেন": a partner after "বৈঠকের আগে/পরে"
            # belongs to the main verb, not to that meeting
            subordinate = bool(s.words(j, j + 1)) and s.words(j, j + 1)[0] in anchors
            if is_weak and subordinate and i == 0:
                continue  # "আলোচনার পর ল্যাভরভ বলেন, …": after the talks just told, no new meeting
            # "X-এর সঙ্গে (আসন্ন) বৈঠক": the partner is named; an object elsewhere is another verb's
            partnered = any(m.case == "gen" and 0 <= i - m.end_token <= 3 and not self.is_modifier(s, m)
                            for m in persons)
            parts: list[str] = []
            for m in persons:
                if subordinate and m.token >= j and m.case != "nom":
                    continue
                if partnered and m.case == "acc" and phrase not in to_guest:
                    continue
                if m.case in ("nom", "acc") or not self.is_modifier(s, m) or 0 <= i - m.end_token <= 2:
                    parts.append(m.key)
            if any(m.how in ("pronoun-pair", "pronoun-plural") for m in s.mentions):
                parts += self.pair(s, memory, visits=visits, entities=entities, article=article)
            if s.speech_from is not None and i >= s.speech_from and len(set(parts)) == 1 and any(
                    m.key == parts[0] and m.end_token < len(s.toks)
                    and self.is_post(s.toks[m.end_token].text, self.with_words) for m in s.mentions):
                # "পুতিন বলেন, আজ কিমের সঙ্গে বৈঠক হয়েছে": the speaker met Kim
                parts += [k for k in s.speakers if self.etype(k, entities) == "Person"]
            parts = sorted(set(parts))
            if is_weak and len(parts) < 2:
                continue  # "আলোচনা" alone is a meeting only between the people the sentence names
            if len(parts) < 2 and memory.last_meeting and (not parts or parts[0] in memory.last_meeting) \
                    and self.bare_reference(s, i, entities):
                parts = sorted(set(parts) | set(memory.last_meeting))
            if len(parts) < 2 and memory.last_meeting and (not parts or parts[0] in memory.last_meeting) \
                    and s.words(i - 1, i) and s.words(i - 1, i)[0] in DEMONSTRATIVES \
                    and self.bare_reference(s, i, entities, places_ok=True):
                # "… বৈঠক করেছেন ল্যাভরভ। বৃহস্পতিবার পিয়ংইয়ংয়ে এ বৈঠক হয়।": "this meeting" is the
                # one just told, even when the sentence gives its own day or place
                parts = sorted(set(parts) | set(memory.last_meeting))
            if len(parts) < 2 and not memory.last_meeting and s.words(i - 1, i) \
                    and s.words(i - 1, i)[0] in DEMONSTRATIVES and len(set(parts) | set(memory.previous_persons)) == 2:
                # "… ল্যাভরভের কাছে … তুলে ধরেন তিনি। … হয় এই বৈঠক।": the two just named met
                parts = sorted(set(parts) | set(memory.previous_persons))
            owned = i > 0 and s.toks[i - 1].text.endswith(GENITIVE_ENDINGS) \
                and not any(m.end_token == i for m in s.mentions if m.key)  # "দলের বৈঠকে": a body's meeting
            if len(parts) == 1 and not is_weak and not owned and parts[0] not in memory.last_meeting \
                    and self.bare_reference(s, i, entities, places_ok=True):
                # "ল্যাভরভ পিয়ংইয়ং পৌঁছেছেন। শুক্রবার কিম জং উন বৈঠক করেন।": the host meets the visitor
                # who has just arrived in the host's state (this sentence or the one before)
                own = self.state_of(parts[0], entities)
                since = memory.previous.sentence.start if memory.previous is not None else s.sentence.start
                guests = {v.visitor for v in (*memory.visits, *visits) if v.destination == own and own
                          and v.visitor != parts[0] and v.evidence[0].start >= since and v.status == "Occurred"}
                if len(guests) == 1:
                    parts = sorted(set(parts) | guests)
            if len(parts) < 2 and phrase in lex.extra.get("summit_words", ()):
                parts = sorted(set(parts) | self.host_leaders(visits, entities, article))
            if len(parts) < 2:
                continue
            status = self.status_for(s, i, j)
            place = self.place_in(s, i, entities, memory=memory, not_visited=True)
            date = self.date_for(s, i, memory, status, article)
            trig = s.surface(i, j, article.text)
            guests = {m.key for m in persons if m.case == "acc" and m.key in parts}
            hosts = [k for k in parts if k not in guests]
            # "কিমকে স্বাগত জানান X এবং Y": the guest meets each host; the co-hosts do not meet
            groups = [tuple(sorted(guests | {h})) for h in hosts] if len(guests) == 1 and len(hosts) > 1 \
                and all(m.case == "nom" for m in persons if m.key in hosts) else [tuple(parts)]
            for group in groups:
                out.append(Meeting(group, self.evidence(s, "meeting.trigger", trig), place, date, status))  # type: ignore[arg-type]
        return out

    def pair(self, s: _Sentence, memory: _Memory, m: Mention | None = None, visits: list[Visit] | None = None,
             entities: dict[str, Entity] | None = None, article: Article | None = None) -> tuple[str, ...]:
        """ "দুই নেতা" / "তাঁরা": the last meeting's participants — for "নেতা" (leader) the last
        meeting between leaders (heads of state or government), if the article has one."""
        said = m.surface if m is not None else " ".join(x.surface for x in s.mentions if x.how.startswith("pronoun-"))
        if "নেতা" in said and visits and entities is not None and article is not None:
            leaders = self.host_leaders(visits, entities, article)
            if len(leaders) == 2:  # "পুতিন পিয়ংইয়ং সফর করেন এবং সে সময় দুই নেতা …"
                return tuple(sorted(leaders))
        if "নেতা" in said:
            for parts in reversed(memory.meetings):
                if all(self.is_leader(p) for p in parts):
                    return parts
        if memory.last_meeting:
            return memory.last_meeting
        return tuple(sorted(memory.persons_seen[-2:])) if len(memory.persons_seen) >= 2 else ()

    def is_leader(self, key: str) -> bool:
        a = self.m.gazetteer.actors.get(key)
        return bool(a and any(o.role in self.lex.meeting.roles for o in a.offices))

    def bare_reference(self, s: _Sentence, i: int, entities: dict[str, Entity], places_ok: bool = False) -> bool:
        """ "বৈঠকে …", "বৈঠক শেষে …": the meeting told of before — unless the sentence names its own
        date, place or an unknown partner ("লির সঙ্গেও বৈঠক করেন কিম").  With ``places_ok`` only an
        unknown partner counts."""
        if not places_ok and any(d.value is not None for d in s.dates):
            return False
        if not places_ok and any(m.key and self.etype(m.key, entities) == "Place" for m in s.mentions):
            return False
        with_words = frozenset(self.lex.grammar.postpositions.get("with", ()))
        named_ends = {m.end_token for m in s.mentions}
        return not any(self.is_post(t.text, with_words) and k not in named_ends for k, t in enumerate(s.toks))

    def negated(self, s: _Sentence, j: int) -> bool:
        """ "… সই হবে না", "সফর করেননি": the event did not (or will not) happen."""
        ws = list(s.words(j, j + self.lex.planned.window))
        for k in range(len(ws) - 1):  # "করবেন কি না" (whether or not) asks, it does not negate
            if ws[k] == "কি" and ws[k + 1] == "না":
                ws[k + 1] = ""
        negs = self.lex.grammar.negations
        for k in range(len(ws)):
            if any(tuple(ws[k:k + len(p)]) == p for p in negs):
                # only the event's own verb group is negated: "বৈঠক হবে না", not "বৈঠক ফলপ্রসূ না হওয়ার পর"
                return all(self.verbal(w) for w in ws[:k])
        return False

    def verbal(self, word: str) -> bool:
        """A finite verb or an auxiliary ("হবে", "করেননি", "হয়"): part of an event's verb group."""
        g = self.lex.grammar
        return word in self._verb_words or word.endswith(g.verb_endings)

    def host_leaders(self, visits: list[Visit], entities: dict[str, Entity], article: Article) -> set[str]:
        """At a summit during a visit to S, S's leader takes part (the leader holding office that day)."""
        from bnkg.builder.mentions import published_day

        out: set[str] = set()
        day = published_day(article.published)
        for v in visits:
            out.add(v.visitor)
            for role in self.lex.meeting.roles:
                holders = self.m.gazetteer.holders(role, v.destination, day)
                if day is None:  # an undated article: the one person it names who ever held the office
                    holders = [a for a in self.m.gazetteer.ever_held(role, v.destination) if a.key in entities]
                if len(holders) == 1:
                    out.add(holders[0].key)
                    self.finder._remember(entities, holders[0].key, "actor")
                    break
        return out

    # -- agreements ----------------------------------------------------------------------------
    def agreements(self, article: Article, s: _Sentence, entities: dict[str, Entity], memory: _Memory,
                   visits: list[Visit], earlier: list[Agreement]) -> list[Agreement]:
        out: list[Agreement] = []
        lex = self.lex.agreement
        verbs = lex.extra.get("verbs", ())
        light = lex.extra.get("light", ())
        blockers = lex.extra.get("blockers", ())
        for i, j, _ in self.find_phrases(s.toks, lex.words):
            signed_before = bool(self.find_phrases(s.toks[max(0, i - lex.window):i], verbs))
            blocked = self.has_phrase(s.words(j, j + 1), blockers)
            if blocked and not signed_before:
                continue  # "চুক্তির লঙ্ঘন": the agreement is talked about, not concluded here
            concluded = (signed_before or self.find_phrases(s.toks[j:j + lex.window], verbs)
                         or any(s.words(j, j + len(p)) == p for p in light))
            if not concluded or self.negated(s, j) or "কোনো" in s.words(i - 2, i) or "কোনও" in s.words(i - 2, i):
                continue
            # "ল্যাভরভ বলেন, … পুতিন ও কিমের মধ্যে … সমঝোতা হয়েছে": the speaker reports it, not a party
            said_from = s.speech_from if s.speech_from is not None and i >= s.speech_from else 0
            signatories = sorted({m.key for m in self.persons(s, entities) if m.token >= said_from and (
                                  m.case in ("nom",) or (m.case == "gen" and not self.is_modifier(s, m)))}
                                 | {k for m in s.mentions if m.how == "pronoun-pair" and m.case == "nom"
                                    for k in self.pair(s, memory, m, visits, entities, article)})
            parties = {self.state_of(m.key, entities) for m in s.mentions
                       if m.key and self.etype(m.key, entities) in ("State", "Organization")
                       and m.how not in ("topic", "inner") and self.etype(m.key, entities) == "State"}
            parties |= {self.state_of(p, entities) for p in signatories}
            if any(m.how == "pronoun-two_states" for m in s.mentions) or (
                    not signatories and any(m.how == "pronoun-pair" for m in s.mentions)):
                # "দুই দেশ", or "দুই পক্ষ" when no people are named: the two states of the story
                parties |= self.two_states(visits or memory.visits[-1:], memory, entities)
            parties.discard(None)
            kind = next((k for k, ps in lex.kinds.items() if self.has_phrase(s.words(i - 3, j), ps)), "other")
            status = self.status_for(s, i, j)
            # "স্বাক্ষরিত এই চুক্তি", "… স্বাক্ষরিত চুক্তি অনুযায়ী": the agreement told of before
            anaphoric = blocked or any(w in DEMONSTRATIVES for w in s.words(i - 3, i))
            date = self.date_for(s, i, memory, status, article, inherit=not anaphoric)
            trig = s.surface(i, j, article.text)
            ev = self.evidence(s, "agreement.trigger", trig)
            if (anaphoric or not parties) and (earlier or out):
                target = (out or earlier)[-1]
                rec = Agreement(target.parties, ev, tuple(signatories), kind, date, status)  # type: ignore[arg-type]
                out.append(rec)
                continue
            if not parties:
                continue
            out.append(Agreement(tuple(sorted(parties)), ev, tuple(signatories), kind, date, status))  # type: ignore[arg-type]
            if len(signatories) >= 2:  # "X Y-এর সঙ্গে চুক্তি স্বাক্ষর করেন": they met to sign it
                mev = tuple(replace(e, rule="meeting.from-agreement") for e in ev)
                place = self.place_in(s, i, entities, memory=memory)
                memory.signing_meetings.append(Meeting(tuple(signatories), mev, place, date, status))  # type: ignore[arg-type]
        # one agreement per sentence and parties: "চুক্তি স্বাক্ষরের পর … চুক্তি স্বাক্ষরিত হলো"
        return merge_agreements(out)

    def two_states(self, visits: list[Visit], memory: _Memory, entities: dict[str, Entity]) -> set[str | None]:
        """ "দুই দেশ": the visitor's state and the destination, else the last two states named."""
        for v in visits:
            own = self.state_of(v.visitor, entities)
            if own:
                return {own, v.destination}
        met = {self.state_of(p, entities) for p in memory.last_meeting} - {None}
        if len(met) == 2:  # "পুতিন ও কিম বৈঠক করেন। … দুই দেশের …": the states of the two who met
            return met  # type: ignore[return-value]
        seen: list[str] = []
        for k in reversed(memory.states_seen):
            if k not in seen:
                seen.append(k)
            if len(seen) == 2:
                return set(seen)
        return set()

    # -- claims --------------------------------------------------------------------------------
    def article_relay(self, article: Article, mentions: list[list[Mention]], entities: dict[str, Entity],
                      ) -> str | None:
        """ "খবর আল-জাজিরার।", "সূত্র: রয়টার্স": the outlet that relays the whole article."""
        prefixes = self.lex.speech.article_relay_prefixes
        for sent, ms in zip(article.sentences, mentions, strict=True):
            toks = tokenize(sent)
            if 1 < len(toks) <= 5 and toks[0].text in prefixes:
                for m in ms:
                    if m.key and self.etype(m.key, entities) == "Organization":
                        return m.key
        return None

    def speakers(self, s: _Sentence, i: int, j: int, entities: dict[str, Entity], memory: _Memory,
                 min_token: int = 0) -> tuple[list[str], str, int]:
        """Who speaks through the verb at [i, j): (actor keys, rule, word after the speaker).

        ``min_token``: the words before it are the claim itself ("উত্তর কোরিয়া … পাঠিয়েছে— এমন দাবি
        করেছে X"), so no one named there speaks."""
        actors = self.speaker_mentions(s, entities, memory)
        # "… বলে জানিয়েছেন রুশ মুখপাত্র পেসকভ": the speaker follows the verb, before any comma —
        # unless the verb is subordinate ("X সতর্ক করে দেওয়ার পর কিম …": X warned, not Kim)
        after = []
        comp = self.lex.speech.complementizers
        subordinate = bool(s.words(j - 1, j)) and s.words(j - 1, j)[0] in self.lex.grammar.anchors
        for m in actors:
            if m.token >= j and not subordinate and not self.boundary_between(s, j, m.token) \
                    and not any(t.text in comp for t in s.toks[j:m.token]):
                after.append(m)
        if after:
            pick = self.person_after(s, after[0], actors, entities)
            return self.with_conjuncts(s, pick, actors, entities, memory), "claim.speaker-after-verb", j
        before = [m for m in actors if m.end_token <= i and m.token >= min_token]
        if not before:
            return [], "", i
        # a capital speaks for its state only when no actor proper is there ("পুতিন পিয়ংইয়ং সফর
        # করেন এবং বলেন": the capital is the object of the visit, Putin speaks)
        proper = [m for m in before if self.etype(m.key, entities) != "Place" or not m.key]
        before = proper or before
        if s.words(i - 1, i) and s.words(i - 1, i)[0] in self.lex.speech.complementizers:
            # "X … বলে দাবি করেন": X opens the sentence — not someone named inside the reported
            # clause after other actors ("রাশিয়ার হয়ে … উত্তর কোরীয় সেনা মোতায়েন করা হয়েছে বলে দাবি …")
            if any(m.token < before[0].token for m in s.mentions if m.key or m.how.startswith("pronoun")):
                return [], "", i
            pick = before[0]
        else:
            pick = before[-1]
        return self.with_conjuncts(s, pick, actors, entities, memory), "claim.speech-verb", pick.end_token

    def person_after(self, s: _Sentence, m: Mention, actors: list[Mention], entities: dict[str, Entity],
                     ) -> Mention:
        """ "… বলেন রুশ নিরাপত্তা পরিষদ সচিব সের্গেই শোইগু": an organisation or state followed by a
        title and a person's name is that person's affiliation; the person speaks."""
        if self.etype(m.key, entities) == "Person" or not m.key:
            return m
        for other in actors:
            if other.token >= m.end_token and other.token - m.end_token <= 3 and other.key \
                    and self.etype(other.key, entities) == "Person" \
                    and not self.boundary_between(s, m.end_token, other.token) \
                    and not any(w in CONJUNCTIONS for w in s.words(m.end_token, other.token)):
                return other
        return m

    def speaker_mentions(self, s: _Sentence, entities: dict[str, Entity], memory: _Memory | None = None,
                         ) -> list[Mention]:
        # "তিনি" that the mentions could not resolve stands for the last speaker, if recent and a
        # person ("… জানান, …। … এমন দাবি করেছেন তিনি।"; the mentions resolve it to an unnamed
        # office-holder themselves)
        recent = memory is not None and memory.last_claimant is not None \
            and memory.last_claim_sentence >= s.sentence.index - 2 \
            and self.etype(memory.last_claimant, entities) == "Person"
        out = []
        for m in s.mentions:
            if m.case != "nom" or m.how in PASSIVE or self.shares_a_case(s, m):
                continue
            t = self.etype(m.key, entities) if m.key else None
            if m.how in ("pronoun-pair", "pronoun-plural") or t in ACTOR_TYPES \
                    or (recent and m.how == "pronoun-singular" and not m.key):
                out.append(m)
            elif t == "Place" and self.m.gazetteer.places[m.key].capital:
                out.append(m)  # "মস্কো জানিয়েছে": the capital speaks for its state
        return out

    def shares_a_case(self, s: _Sentence, m: Mention) -> bool:
        """ "কিম জং উন ও উত্তর কোরীয় সেনাদের ধন্যবাদ জানান": in a list only the last member carries
        the case ending, so a bare name joined by "ও" to an object ("…কে", plural "…দের") is one too
        (not to a genitive that qualifies a head: "কিম ও উত্তর কোরিয়ার নেতারা বলেন")."""
        for n in s.mentions:
            if n.token >= m.end_token and n.how == "alias" and (n.case == "acc" or n.surface.endswith("দের")):
                between = s.words(m.end_token, n.token)
                if len(between) == 1 and between[0] in CONJUNCTIONS:
                    return True
        return False

    def boundary_between(self, s: _Sentence, i: int, j: int) -> bool:
        """Whether a clause boundary (comma, dash, "যে") separates token i-1 from token j."""
        if i <= 0 or j <= i - 1 or j > len(s.toks):
            return False
        lo = s.toks[i - 1].end - s.sentence.start
        hi = (s.toks[j].start if j < len(s.toks) else s.sentence.end) - s.sentence.start
        gap = s.sentence.text[lo:hi]
        return any(c in gap for c in ",;:—") or any(t.text in self.lex.speech.that for t in s.toks[i:j])

    def with_conjuncts(self, s: _Sentence, m: Mention, actors: list[Mention], entities: dict[str, Entity],
                       memory: _Memory) -> list[str]:
        """The speaker and those coordinated with it: "যুক্তরাষ্ট্র ও দক্ষিণ কোরিয়া …"."""
        group = [m]
        grown = True
        while grown:  # a list is a chain: "যুক্তরাষ্ট্র, জাপান ও দক্ষিণ কোরিয়া"
            grown = False
            for other in actors:
                if any(other is g for g in group):
                    continue
                for g in group:
                    lo, hi = sorted((other, g), key=lambda x: x.token)
                    between = s.words(lo.end_token, hi.token)
                    listed = not between and lo.case == hi.case and "," in s.sentence.text[
                        s.toks[lo.end_token - 1].end - s.sentence.start:s.toks[hi.token].start - s.sentence.start]
                    if listed or (between and between[0] in CONJUNCTIONS and len(between) <= 4
                                  and abs(other.token - g.token) <= 8):
                        group.append(other)
                        grown = True
                        break
        keys: list[str] = []
        for g in sorted(group, key=lambda x: x.token):
            if g.how in ("pronoun-pair", "pronoun-plural"):
                keys += list(self.pair(s, memory, g))
            elif g.how == "pronoun-singular" and memory.last_claimant and \
                    memory.last_claim_sentence >= s.sentence.index - 2 and \
                    self.etype(memory.last_claimant, entities) == "Person":
                keys.append(memory.last_claimant)  # "… বলেন। তিনি আরও বলেন": the speaker goes on
            elif g.key:
                e = entities.get(g.key)
                keys.append(e.state if e is not None and e.type == "Place" and e.state else g.key)
        return list(dict.fromkeys(keys))

    def claims(self, article: Article, s: _Sentence, entities: dict[str, Entity], memory: _Memory,
               relay: str | None) -> list[Claim]:
        sp = self.lex.speech
        out: list[Claim] = []
        by_verb: list[tuple[int, list[Claim]]] = []  # the claims each speech verb made, by its first word
        toks = s.toks
        verbs = [(i, j, self._speech_kinds[p])
                 for i, j, p in self.find_phrases(toks, self._speech_verbs, inflect_last=False)]
        for i, j, kind in verbs:
            if s.speech_from is not None and i >= s.speech_from:
                continue  # "পুতিন বলেন, মস্কো … প্রশংসা করে": a verb inside reported speech
            if j < len(toks) and toks[j].text in sp.negated:
                continue
            if i > 0 and toks[i - 1].text in sp.not_speech_before:
                continue
            if self.has_phrase([strip_clitic(w) for w in s.words(i - 2, i)], sp.not_speech_phrases):
                continue  # "সাংবাদিকদের সঙ্গে কথা বলেন": talked with, not said
            # "এ অভিযোগ করেছেন X", "… — এমন দাবি করেছে X": the words told just before
            det = self.anaphoric(s, i)
            inner = self.clause_before(s, det) if det is not None else None
            who, rule, after_speaker = self.speakers(s, i, j, entities, memory,
                                                     min_token=det if inner is not None else 0)
            if not who:
                continue
            text_span = self.claim_text(s, i, j, rule, after_speaker)
            if text_span is None:
                continue
            a, b = text_span
            told, extra = s, ()  # the sentence that holds the claim's words
            if inner is not None:
                a, b = inner
            elif det is not None and memory.previous is not None \
                    and memory.previous.sentence.index == s.sentence.index - 1:
                told = memory.previous
                a, b = told.sentence.start, told.sentence.end
                extra = self.evidence(told, "claim.told-before", "")
            if rule == "claim.speech-verb" and a >= toks[j - 1].end and s.speech_from is None \
                    and not all(self.is_relay(k) for k in who):
                # an agency's report may quote someone ("কেসিএনএ জানায়, কিম বলেছেন, …"); a person's
                # speech embeds no new speaker ("পুতিন বলেন, মস্কো … প্রশংসা করে")
                s.speech_from = s.token_of(a)
                s.person_speech = any(self.etype(k, entities) == "Person" for k in who)
                s.speakers = tuple(who)
            explicit = kind in sp.accusation_kinds
            agents: tuple[str, ...] = ()
            if (explicit or kind in sp.arms_kinds) and not all(self.is_relay(k) or k in sp.observers for k in who) \
                    and (told is not s or (a, b) != (s.sentence.start, s.sentence.end)):
                agents = self.wrongdoers(told, a, b, who, entities, memory)
            accusation = explicit or bool(agents)
            vi, vj = (i, j) if told is s else (0, 0)
            about = agents or self.about(told, a, b, who, entities, explicit, vi, vj)
            accused = about if accusation else self.about(told, a, b, who, entities, True, vi, vj)
            made = self.make_claims(article, s, who, kind, a, b, about, accusation, rule, s.surface(i, j, article.text),
                                    relay, entities, accused, extra)
            by_verb.append((i, made))
            out += made
        # passive ("… গণমাধ্যমে বলা হয়েছে"), "according to X", "X-এর অভিযোগ"
        for i, j, p in self.find_phrases(toks, sp.passive, inflect_last=False):
            src = self.genitive_or_locative_before(s, i, entities) or self.publisher(s, i, memory)
            if src:  # "X-এর বিবৃতিতে বলা হয়েছে, …"; "… অভিযোগ করা হয়েছে": an allegation
                kind = next((self._speech_kinds[v] for v in self._speech_verbs if v[0] == p[0] and len(v) > 1), "said")
                a, b = self.after_comma(s, j)
                comp = [k for k in range(max(1, i - 3), i) if toks[k].text in sp.complementizers]
                if (a, b) == (s.sentence.start, s.sentence.end) and comp:
                    # "… দিয়েছে বলেও প্রতিবেদনে দাবি করা হয়": the clause before "বলে"
                    a, b = self._trim(s, s.sentence.start, toks[comp[-1] - 1].end)
                about, acc = self.judge(s, [src], kind, a, b, entities, memory, i, j)
                out += self.make_claims(article, s, [src], kind, a, b, about, acc, "claim.passive",
                                        s.surface(i, j, article.text), relay, entities)
        for i, j, _ in self.find_phrases(toks, sp.heard_saying, inflect_last=False):
            src = self.genitive_or_locative_before(s, i, entities, cases=("acc",))
            if src:  # "ভিডিওতে বেলোসভকে বলতে শোনা যায়, …"
                a, b = self.after_comma(s, j)
                about, acc = self.judge(s, [src], "said", a, b, entities, memory, i, j)
                out += self.make_claims(article, s, [src], "said", a, b, about, acc, "claim.heard-saying",
                                        s.surface(i, j, article.text), relay, entities)
        for i, j, _ in self.find_phrases(toks, sp.according_to, inflect_last=False):
            src = self.genitive_or_locative_before(s, i, entities)
            # "X-এর বরাত দিয়ে এমন দাবি করেছেন তিনি": the source of what the speaker of a verb in the same
            # clause says — X says those words too, whatever they are (told before, or after a comma)
            relayed = next((made for k, made in by_verb if k >= j and not self.boundary_between(s, j, k)), None)
            if src and relayed is not None:
                for c in {c.text_span: c for c in relayed if c.claimant != src}.values():
                    a, b = c.text_span
                    if s.sentence.start <= a and b <= s.sentence.end:  # judged as the source's own words
                        about, acc = self.judge(s, [src], c.kind, a, b, entities, memory, i, j)
                        out += self.make_claims(article, s, [src], c.kind, a, b, about, acc, "claim.according-to",
                                                s.surface(i, j, article.text), relay, entities)
                    else:  # words told before ("এমন দাবি"), read as the speaker's
                        out.append(replace(c, claimant=src, via=relay if relay != src else None, evidence=(
                            replace(c.evidence[0], rule="claim.according-to"), *c.evidence[1:])))
            elif src:
                a, b = self.after_comma(s, j)
                about, acc = self.judge(s, [src], "said", a, b, entities, memory, i, j)
                out += self.make_claims(article, s, [src], "said", a, b, about, acc, "claim.according-to",
                                        s.surface(i, j, article.text), relay, entities)
        for k, t in enumerate(toks):
            kind = sp.noun_comma.get(t.text)
            if kind is None or not self.boundary_between(s, k + 1, k + 1) or any(i <= k < j for i, j, _ in verbs):
                continue
            src = self.genitive_or_locative_before(s, k, entities, window=1, cases=("gen",))
            if src:  # "তাঁর অভিযোগ, …", "সিউলের আশঙ্কা, …", "যুক্তরাষ্ট্র ও জাপানের দাবি, …"
                srcs = self.gen_conjuncts(s, k, src, entities)
                a, b = self.after_comma(s, k + 1)
                about, acc = self.judge(s, srcs, kind, a, b, entities, memory, k, k + 1)
                out += self.make_claims(article, s, srcs, kind, a, b, about, acc, "claim.noun-comma",
                                        t.text, relay, entities)
        denials = {i for i, _, kind in verbs if kind == "denied"}
        for k, t in enumerate(toks):
            if t.text not in sp.accusation_nouns or any(i <= k < j for i, j, _ in verbs):
                continue
            if self.boundary_between(s, k + 1, k + 1) or any(k < i <= k + 3 for i in denials):
                continue  # handled above, or "… অভিযোগ নাকচ করেছে": an accusation denied
            src = self.genitive_or_locative_before(s, k, entities, window=2, cases=("gen",))
            if src:
                dash = s.sentence.text.find("—")
                if dash >= 0 and s.sentence.start + dash < toks[k].start:
                    a, b = s.sentence.start, s.sentence.start + dash
                else:
                    a, b = s.sentence.start, s.sentence.end
                about = self.about(s, a, b, [src], entities, True, k, k + 1)
                out += self.make_claims(article, s, [src], "alleged", a, b, about, True, "claim.accusation-noun",
                                        t.text, relay, entities)
        out = self.then_accused(s, out, entities, memory)
        out = self.resolve_relays(out, relay)
        if out:
            memory.last_claimant = out[-1].claimant
            memory.last_claim_sentence = s.sentence.index
        return out

    def then_accused(self, s: _Sentence, claims: list[Claim], entities: dict[str, Entity],
                     memory: _Memory) -> list[Claim]:
        """ "পাল্টা অভিযোগ তোলেন X। তাঁর কথায়, …": an allegation that names no one is spelt out by
        the same speaker's next statement — whom that statement names (as agent) is accused."""
        sp = self.lex.speech
        pending, memory.pending_accusers = memory.pending_accusers, frozenset()
        out = []
        for c in claims:
            a, b = c.text_span
            words = [t.text for t in s.toks if a <= t.start and t.end <= b]
            if c.claimant in pending and not c.accusation and c.kind in sp.arms_kinds | {"said"} \
                    and s.sentence.start <= a and b <= s.sentence.end and (a, b) != (s.sentence.start, s.sentence.end) \
                    and not any(w in sp.negated or w.endswith(NEGATED_ENDINGS) for w in words):
                who = [c.claimant]
                about = self.wrongdoers(s, a, b, who, entities, memory) or self.about(s, a, b, who, entities, True, 0, 0)
                if about:
                    c = replace(c, accusation=True, about=about, accused=about)
            out.append(c)
        # (only an allegation with no clause of its own: "ব্লিংকেন কড়া অভিযোগ করেন।", "… পাল্টা অভিযোগ তোলেন X।")
        memory.pending_accusers = frozenset(
            c.claimant for c in out if c.kind in sp.accusation_kinds and not c.accusation
            and (c.text_span == (s.sentence.start, s.sentence.end)
                 or not any(self.verbal(t.text) for t in s.toks if c.text_span[0] <= t.start and t.end <= c.text_span[1])))
        return out

    def judge(self, s: _Sentence, who: list[str], kind: str, a: int, b: int, entities: dict[str, Entity],
              memory: _Memory, i: int, j: int) -> tuple[tuple[str, ...], bool]:
        """(about, is it an accusation) for a claim whose words lie between offsets a and b: an
        allegation, or a statement that names a wrongdoing (claims.yaml `arms_transfer`)."""
        sp = self.lex.speech
        explicit = kind in sp.accusation_kinds
        agents: tuple[str, ...] = ()
        if (explicit or kind in sp.arms_kinds) and (a, b) != (s.sentence.start, s.sentence.end) \
                and not all(self.is_relay(x) or x in sp.observers for x in who):
            agents = self.wrongdoers(s, a, b, who, entities, memory)
        return agents or self.about(s, a, b, who, entities, explicit, i, j), explicit or bool(agents)

    def gen_conjuncts(self, s: _Sentence, k: int, src: str, entities: dict[str, Entity]) -> list[str]:
        """ "যুক্তরাষ্ট্র ও দক্ষিণ কোরিয়ার অভিযোগ": the genitive ending of the last name covers the
        names coordinated before it — all of them own the noun at word k."""
        owner = next((m for m in sorted(s.mentions, key=lambda m: -m.end_token)
                      if m.end_token <= k and m.key and self.state_of(m.key, entities) is not None
                      and (m.key == src or self.state_of(m.key, entities) == src)), None)
        if owner is None:
            return [src]
        out, cur = [src], owner
        for m in sorted((m for m in s.mentions if m.end_token <= owner.token), key=lambda m: -m.end_token):
            if m.how in PASSIVE or not m.key or not self.coordinated(s, m, cur):
                break
            t = self.etype(m.key, entities)
            key = entities[m.key].state if t == "Place" and self.m.gazetteer.places[m.key].capital else m.key
            if t not in ACTOR_TYPES and key == m.key:
                break
            out.insert(0, key)  # type: ignore[arg-type]
            cur = m
        return list(dict.fromkeys(out))

    def resolve_relays(self, claims: list[Claim], relay: str | None) -> list[Claim]:
        """An outlet that relays another speaker's words in the same sentence is `via`, not a speaker.

        "… তিনি এ কথা বলেছিলেন বলে জানিয়েছে তাস": Peskov's claim, via TASS.  An outlet that is the
        only speaker ("নিউইয়র্ক টাইমস খবরে জানায়, …") stays the claimant.
        """
        relayed = [c for c in claims if self.is_relay(c.claimant)]
        own = [c for c in claims if not self.is_relay(c.claimant)]
        if not relayed or not own:
            return claims
        via = relayed[0].claimant
        # "কেসিএনএ জানায়, বৈঠকে কিম বলেছেন, …": the agency, the subject of its own verb, reports —
        # it says that Kim said it (a claim of its own); "… বলে জানিয়েছে তাস" only relays
        reports = [c for c in relayed if c.evidence[0].rule == "claim.speech-verb"
                   and any(c.text_span[0] <= o.text_span[0] and o.text_span[1] <= c.text_span[1] for o in own)]
        return reports + [replace(c, via=via) if c.via in (None, relay) else c for c in own]

    def wrongdoers(self, s: _Sentence, a: int, b: int, who: list[str], entities: dict[str, Entity],
                   memory: _Memory, look_back: bool = True) -> tuple[str, ...]:
        """Who the clause between offsets a and b says did wrong (claims.yaml `arms_transfer`): the
        agent of sending arms, troops or workers, or of an act such as breaking sanctions.

        The agent is the clause's subject (a capital for its state, "দুই দেশ" for both states,
        "উত্তর কোরীয় সেনা" for the state whose troops are sent), else a genitive owner ("দুই দেশের
        সহযোগিতা … পরিপন্থী").  Not the receiver, not an organisation whose rule is broken
        ("জাতিসংঘের নিষেধাজ্ঞা লঙ্ঘন"), not the speaker or the speaker's state, and nothing when the
        speaker's own state is the receiver (a confirmation, not an accusation)."""
        sp = self.lex.speech
        toks = s.toks
        idx = [k for k, t in enumerate(toks) if a <= t.start and t.end <= b]
        if not idx:
            return ()
        lo, hi = idx[0], idx[-1] + 1
        ws = [strip_clitic(t.text) for t in toks[lo:hi]]
        if any(w in sp.accusation_nouns for w in ws):
            return ()  # "… এমন অভিযোগের জবাবে": someone else's allegation, reported
        stems = [{w} | {st for st, _ in self.finder.endings(w)} for w in ws]

        def has(ps: Sequence[Phrase], stems: list[set[str]] = stems) -> bool:
            return any(len(p) == 1 and p[0] in st for p in ps for st in stems) or self.has_phrase(ws, ps)

        def moved(stems: list[set[str]] = stems) -> bool:  # a move, but not "কথা দিয়েছেন" (promised)
            single = {p[0] for p in sp.arms_moves if len(p) == 1}
            if self.has_phrase(ws, [p for p in sp.arms_moves if len(p) > 1]):
                return True
            return any(st & single and not (x and stems[x - 1] & sp.arms_idioms) for x, st in enumerate(stems))

        acts = [lo + x for x, _, _ in self.find_phrases(toks[lo:hi], sp.wrong_acts)]
        if not acts and not (has(sp.arms_goods) and moved()):
            return ()
        if any(w in sp.negated or w.endswith(NEGATED_ENDINGS) for w in ws):
            return ()  # "… রাশিয়াকে কোনো অস্ত্র সরবরাহ করেনি": a denial, not an accusation
        goods = {p[0] for p in sp.arms_goods}

        def troops(k: int) -> bool:  # word k is a goods word ("সেনা", "সৈন্যরা")
            return k < len(toks) and any(st in goods for st in {strip_clitic(toks[k].text)}
                                         | {st for st, _ in self.finder.endings(toks[k].text)})

        noms: list[str] = []
        gens: list[str] = []
        owners: set[str] = set()  # genitive owners of the goods ("রাশিয়ার গোলাবারুদ")
        receivers: set[str | None] = set()
        places = {m.token for m in s.mentions if m.key and self.etype(m.key, entities) == "Place"}
        for m in s.mentions:
            if not (lo <= m.token and m.end_token <= hi):
                continue
            if m.how == "pronoun-two_states":
                (gens if m.case == "gen" else noms).extend(
                    k for k in self.two_states(memory.visits[-1:], memory, entities) if k)
                continue
            if not m.key:
                continue
            t = self.etype(m.key, entities)
            if m.how == "adjective":  # "উত্তর কোরীয় সেনা মোতায়েন": the troops' state sends them;
                # "উত্তর কোরীয় সরকার … লঙ্ঘন করছে": the state's government (nominative) acts
                if (troops(m.end_token) or self.agent_head(s, m.end_token)) and self.state_of(m.key, entities):
                    noms.append(self.state_of(m.key, entities))  # type: ignore[arg-type]
                continue
            if m.how in PASSIVE:
                continue
            if m.case == "acc":
                receivers.add(self.state_of(m.key, entities))
                continue
            if t == "Place" and self.m.gazetteer.places[m.key].capital:
                key: str | None = entities[m.key].state
            elif t in ACTOR_TYPES:
                key = m.key
                if t == "Group" and any(troops(k) for k in range(m.token, m.end_token)):
                    key = self.state_of(m.key, entities) or key  # "উত্তর কোরীয় সেনারা"
                elif t == "Organization" and not entities[m.key].from_gazetteer:
                    key = self.state_of(m.key, entities) or key  # "রাশিয়ার সেনাবাহিনী": the state acts
            else:
                continue
            if key is None:
                continue
            if m.case == "nom":
                noms.append(key)
            elif m.case == "gen":
                nxt = toks[m.end_token].text if m.end_token < len(toks) else ""
                if troops(m.end_token) or any(nxt == p[0] or nxt.startswith(p[0]) for p in sp.arms_moves):
                    noms.append(key)  # "উত্তর কোরিয়ার সরবরাহ করা গোলাবারুদ", "… উত্তর কোরিয়ার সেনারা"
                    if troops(m.end_token):
                        owners.add(key)
                    continue
                if self.is_post(nxt, self.post_words) or any(c == "loc" for _, c in self.finder.endings(nxt)) \
                        or m.end_token in places:
                    continue  # "রাশিয়ার সঙ্গে", "রাশিয়ার ভূখণ্ডে", "রাশিয়ার কুরস্ক অঞ্চলে": not the agent
                if t == "Organization" and any(0 <= k - m.end_token <= 3 for k in acts):
                    continue  # "জাতিসংঘের নিষেধাজ্ঞা লঙ্ঘন": whose rule is broken
                gens.append(key)
        own = {self.state_of(k, entities) for k in who} - {None}
        if own & receivers:
            return ()
        senders = {self.state_of(k, entities) or k for k in noms if k not in owners}
        if senders and not any(w in sp.arms_uses or st & sp.arms_uses for w, st in zip(ws, stems, strict=True)):
            # "রাশিয়ার গোলাবারুদের অর্ধেক সরবরাহ করে উত্তর কোরিয়া": the goods' owner of another state
            # than the sender's receives them
            noms = [k for k in noms if k not in owners or (self.state_of(k, entities) or k) in senders]
        prev = memory.previous
        if not noms and not gens and look_back and prev is not None and prev is not s \
                and prev.sentence.index == s.sentence.index - 1 \
                and any(toks[k].text in DEMONSTRATIVES and (troops(k + 1) or self.find_phrases(toks[k + 1:k + 2], sp.arms_moves))
                        for k in range(lo, hi - 1)):
            # "এই সেনা মোতায়েন … প্রস্তাবের লঙ্ঘন": the deployment told in the sentence before, by its agent
            start = prev.toks[prev.speech_from].start if prev.speech_from is not None else prev.sentence.start
            return self.wrongdoers(prev, start, prev.sentence.end, who, entities, memory, look_back=False)
        return tuple(k for k in dict.fromkeys(noms or gens)
                     if k not in who and self.state_of(k, entities) not in own)

    def agent_head(self, s: _Sentence, k: int) -> bool:
        """Word k is a nominative head that makes a state act ("সরকার", "বাহিনী": claims.yaml)."""
        if k >= len(s.toks):
            return False
        w = s.toks[k].text
        heads = self.lex.speech.agent_heads
        return w in heads or any(st in heads and c == "nom" for st, c in self.finder.endings(w))

    def troop_state(self, m: Mention, s: _Sentence, entities: dict[str, Entity]) -> str | None:
        """The state of a group of troops ("উত্তর কোরিয়ার সেনারা"): who sends them."""
        if not m.key or self.etype(m.key, entities) != "Group":
            return None
        goods = {p[0] for p in self.lex.speech.arms_goods}
        if any(w in goods or any(st in goods for st, _ in self.finder.endings(w))
               for w in s.words(m.token, m.end_token)):
            return self.state_of(m.key, entities)
        return None

    def anaphoric(self, s: _Sentence, i: int) -> int | None:
        """The determiner of a speech verb's object that points back ("এ অভিযোগ করেছেন", "এ কথা
        বলেন", "এমন দাবি করেছে"), as a token index."""
        an = self.lex.speech
        w1 = s.words(i - 1, i)
        if w1 and w1[0] in an.anaphoric_determiners and s.words(i, i + 1)[0] in self._verb_nouns:
            return i - 1
        w2 = s.words(i - 2, i)
        if len(w2) == 2 and w2[0] in an.anaphoric_determiners and w2[1] in an.anaphoric_objects:
            return i - 2
        return None

    def clause_before(self, s: _Sentence, det: int) -> tuple[int, int] | None:
        """ "উত্তর কোরিয়া … পাঠিয়েছে— এমন দাবি করেছে X": the clause before the dash or comma that
        ends right before the determiner, when it holds words of its own."""
        if det < 2 or not self.boundary_between(s, det, det):
            return None
        span = self._trim(s, s.sentence.start, s.toks[det - 1].end)
        return None if span == (s.sentence.start, s.sentence.end) else span

    def refers_to_accusation(self, s: _Sentence) -> bool:
        """ "… এ অভিযোগ অস্বীকার করেছে": the previous sentence's claim was an accusation."""
        nouns = self.lex.speech.accusation_nouns
        return any(a in DEMONSTRATIVES and b in nouns for a, b in zip(s.words(0, len(s.toks)),
                                                                       s.words(1, len(s.toks)), strict=False))

    def as_accusations(self, claims: list[Claim], s: _Sentence) -> list[Claim]:
        """Turn the claims of the sentence before ``s`` into accusations (their `about` = accused)."""
        prev = [c for c in claims if c.evidence[0].end <= s.sentence.start]
        if not prev:
            return claims
        last_start = prev[-1].evidence[0].start
        return [replace(c, accusation=True, about=c.accused) if c.evidence[0].start == last_start
                and not c.accusation and c.accused and c.kind in ("said", "claimed", "warned") else c
                for c in claims]

    def publisher(self, s: _Sentence, i: int, memory: _Memory) -> str | None:
        """ "X … প্রতিবেদন প্রকাশ করে। সেখানে বলা হয়েছে, …": who published the document that the
        words right before the passive verb at token i point to, in one of the two sentences before
        (claims.yaml `published_there`)."""
        if memory.publisher is None or memory.publisher[1] < s.sentence.index - 2 \
                or not any(s.words(i - len(p), i) == p for p in self.lex.speech.there):
            return None
        return memory.publisher[0]

    def published_by(self, s: _Sentence, entities: dict[str, Entity]) -> str | None:
        """The actor who publishes a document in sentence s: named last before the document's word."""
        sp = self.lex.speech
        for k, t in enumerate(s.toks):
            if t.text in sp.documents and any(w in sp.publish for w in s.words(k + 1, k + 3)):
                actors = [m for m in s.mentions if m.key and m.end_token <= k and m.how not in PASSIVE
                          and self.etype(m.key, entities) in ACTOR_TYPES and m.case in ("nom", "gen")]
                return actors[-1].key if actors else None
        return None

    def genitive_or_locative_before(self, s: _Sentence, i: int, entities: dict[str, Entity], window: int = 3,
                                    cases: tuple[str, ...] = ("gen", "loc")) -> str | None:
        """The nearest actor in one of ``cases`` ending at most ``window`` words before token i."""
        cands = [m for m in s.mentions if m.key and m.end_token <= i and i - m.end_token <= window
                 and m.case in cases and m.how not in PASSIVE
                 and not (m.end_token < i and self.is_post(s.toks[m.end_token].text, self.post_words | {"কাছে", "কাছ"}))]
        for m in sorted(cands, key=lambda m: -m.end_token):
            if any(w.endswith(GENITIVE_ENDINGS) and len(w) > 3 for w in s.words(m.end_token, i)) \
                    and not any(n.token >= m.end_token and n.end_token <= i for n in s.mentions if n.key):
                return None  # "দেশটির গুপ্তচর সংস্থার বরাত দিয়ে": the source is a body we cannot name
            t = self.etype(m.key, entities)
            if t in ACTOR_TYPES:
                return m.key
            if t == "Place" and self.m.gazetteer.places[m.key].capital:
                return entities[m.key].state
        return None

    def after_comma(self, s: _Sentence, j: int) -> tuple[int, int]:
        start = s.toks[j].start if j < len(s.toks) else s.sentence.end
        rel = start - s.sentence.start
        return self._trim(s, s.sentence.start + rel, s.sentence.end)

    def _trim(self, s: _Sentence, a: int, b: int) -> tuple[int, int]:
        text = s.sentence.text
        lo, hi = a - s.sentence.start, b - s.sentence.start
        while lo < hi and text[lo] in " ,:;—-–":
            lo += 1
        while hi > lo and text[hi - 1] == " ":
            hi -= 1
        if lo >= hi:
            return s.sentence.start, s.sentence.end
        return s.sentence.start + lo, s.sentence.start + hi

    def claim_text(self, s: _Sentence, i: int, j: int, rule: str, after_speaker: int) -> tuple[int, int] | None:
        """The claim's words: after "X বলেন," / "… যে", before "… বলে জানিয়েছেন X", between the
        speaker and a sentence-final verb ("X এই চুক্তির নিন্দা জানিয়েছে"), else the sentence."""
        sp = self.lex.speech
        if j < len(s.toks) and (self.boundary_between(s, j, j) or s.toks[j].text in sp.that):
            k = j + 1 if s.toks[j].text in sp.that else j
            return self.after_comma(s, k)
        if i > 0 and s.toks[i - 1].text in sp.complementizers:
            return self._trim(s, s.sentence.start, s.toks[i - 1].start)
        if rule == "claim.speaker-after-verb" and i > 0:
            return self._trim(s, s.sentence.start, s.toks[i].start)
        if j >= len(s.toks) and i - after_speaker >= 2:
            return self._trim(s, s.toks[after_speaker].start, s.toks[j - 1].end)
        return s.sentence.start, s.sentence.end

    def about(self, s: _Sentence, a: int, b: int, who: list[str], entities: dict[str, Entity],
              accusation: bool, i: int, j: int) -> tuple[str, ...]:
        """Actors the claim is about; for an accusation, the accused."""
        out: list[str] = []
        objects = [m for m in s.mentions if m.case == "acc" and m.key]
        own = {self.state_of(k, entities) for k in who} - {None}
        if accusation and self.has_phrase(s.words(i, j), [("অভিযুক্ত",), ("দায়ী",)]):
            out = [m.key for m in objects]
        if accusation:  # "X-এর বিরুদ্ধে অভিযোগ" (not "ইউক্রেনের বিরুদ্ধে লড়তে" in a reported clause)
            out += [m.key for m in s.mentions if m.key and m.case == "gen" and m.end_token < len(s.toks)
                    and self.is_post(s.toks[m.end_token].text, self.against_words)]
        if not out:
            for m in s.mentions:
                if not m.key or not (a <= m.start and m.end <= b) or m.how in PASSIVE:
                    continue
                t = self.etype(m.key, entities)
                key = m.key
                if t == "Place" and self.m.gazetteer.places[m.key].capital and m.case in ("nom", "gen"):
                    key = entities[m.key].state or m.key  # "… সরবরাহ করেছে পিয়ংইয়ং", "মস্কো ও পিয়ংইয়ংয়ের মধ্যে"
                    if m.case == "gen" and not (m.end_token < len(s.toks)
                                                and self.is_post(s.toks[m.end_token].text, self.with_words)):
                        continue  # "মস্কোর রাস্তায়": a city, not an actor
                elif t not in ACTOR_TYPES:
                    continue
                if accusation and m.case not in ("nom", "gen"):
                    continue
                if accusation:  # "… লড়ছে উত্তর কোরিয়ার সেনারা": the state whose troops they are
                    key = self.troop_state(m, s, entities) or key
                if accusation and m.case == "gen" and m.end_token < len(s.toks) and any(
                        c == "loc" for _, c in self.finder.endings(s.toks[m.end_token].text)) \
                        and not self.is_post(s.toks[m.end_token].text, self.with_words):
                    continue  # "রাশিয়ার ভূখণ্ডে হামলা": where, not who ("… উত্তর কোরিয়ার মধ্যে": who)
                if accusation and m.case == "gen" and self.state_of(key, entities) in own:
                    continue  # "… উত্তর কোরিয়ার ভাবমূর্তি ক্ষুণ্ন করছে" (a North Korean speaking): his own, harmed
                out.append(key)
        return tuple(k for k in dict.fromkeys(out) if k not in who)

    def make_claims(self, article: Article, s: _Sentence, who: list[str], kind: str, a: int, b: int,
                    about: tuple[str, ...], accusation: bool, rule: str, trigger: str, relay: str | None,
                    entities: dict[str, Entity], accused: tuple[str, ...] = (),
                    extra: tuple[Evidence, ...] = ()) -> list[Claim]:
        ev = self.evidence(s, rule, trigger) + extra
        text = article.text[a:b]
        # an Accusation names the accused; an allegation against no one we can name stays a Claim
        accusation = accusation and bool(about)
        return [Claim(k, text, (a, b), kind, ev, about, accusation, relay if relay != k else None,
                      accused or (about if accusation else ())) for k in who]

    def is_relay(self, key: str) -> bool:
        a = self.m.gazetteer.actors.get(key)
        return bool(a and a.relay)


def strip_clitic(word: str) -> str:
    """ "সঙ্গেও" → "সঙ্গে": the clitics "ও" (also) and "ই" (only) do not change a word's role."""
    return word[:-1] if len(word) > 2 and word.endswith(("ও", "ই")) else word


# -- merging the readings of one article -------------------------------------------------------
def compatible(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.refines(b) or b.refines(a)


def finer(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a.value) >= len(b.value) else b


def days_apart(a: DateValue | None, b: DateValue | None) -> int | None:
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return None
    return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days)


def arrived_before(arrival: DateValue | None, day: DateValue | None) -> bool:
    """Whether a visit dated ``arrival`` is under way on ``day``: it began at most a week before (in
    the same month, when the arrival is known to the month only)."""
    if arrival is None or day is None or arrival.value > day.value:
        return False
    gap = days_apart(arrival, day)
    if gap is not None:
        return gap <= 7
    return arrival.precision == "month" and day.value.startswith(arrival.value)


def merge_visits(visits: list[Visit], earlier: set[int] | frozenset[int] = frozenset()) -> list[Visit]:
    """One visit per visitor, destination and status; a visit lasts days, so day-precise dates up to
    a week apart are one visit (dated by its earliest day: the arrival).  A visit told as an earlier
    one (ids in ``earlier``) does not merge with an undated one."""
    out: list[Visit] = []
    old: set[int] = set()  # positions in ``out`` that hold an earlier visit
    for v in visits:
        for k, o in enumerate(out):
            if (o.visitor, o.destination, o.status) != (v.visitor, v.destination, v.status):
                continue
            if ((k in old) != (id(v) in earlier)) and (o.date is None or v.date is None):
                continue
            gap = days_apart(o.date, v.date)
            if compatible(o.date, v.date) or (gap is not None and gap <= 7):
                when = finer(o.date, v.date) if gap is None else min(o.date, v.date, key=lambda d: d.value)  # type: ignore[union-attr]
                out[k] = replace(o, evidence=o.evidence + v.evidence, place=o.place or v.place,
                                 host=o.host or v.host, date=when)
                break
        else:
            if id(v) in earlier:
                old.add(len(out))
            out.append(v)
    return out


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    out: list[Meeting] = []
    for m in meetings:
        for k, o in enumerate(out):
            if o.participants == m.participants and o.status == m.status and compatible(o.date, m.date):
                out[k] = replace(o, evidence=o.evidence + m.evidence, place=o.place or m.place,
                                 date=finer(o.date, m.date))
                break
        else:
            out.append(m)
    return out


def merge_agreements(agreements: list[Agreement]) -> list[Agreement]:
    out: list[Agreement] = []
    for a in agreements:
        for k, o in enumerate(out):
            pa, po = set(a.parties), set(o.parties)
            if (pa <= po or po <= pa) and compatible(o.date, a.date):
                out[k] = replace(o, parties=tuple(sorted(pa | po)), evidence=o.evidence + a.evidence,
                                 signatories=tuple(sorted(set(o.signatories) | set(a.signatories))),
                                 kind=o.kind if o.kind != "other" else a.kind, date=finer(o.date, a.date),
                                 status="Occurred" if "Occurred" in (o.status, a.status) else "Planned")
                break
        else:
            out.append(a)
    return out


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per speaker and sentence: several verbs in one sentence are one statement."""
    out: list[Claim] = []
    for c in claims:
        for k, o in enumerate(out):
            if o.claimant == c.claimant and o.evidence[0].start == c.evidence[0].start:
                out[k] = replace(o, accusation=o.accusation or c.accusation,
                                 kind=c.kind if c.accusation and not o.accusation else o.kind,
                                 about=tuple(dict.fromkeys(o.about + c.about)),
                                 evidence=o.evidence if c.evidence == o.evidence else o.evidence + c.evidence)
                break
        else:
            out.append(c)
    return out
