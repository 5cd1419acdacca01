"""What every rule family shares: the sentence being read, the article's memory, and the
helpers the rules are made of (phrase lookup, case and role tests, dates, status, evidence).

:class:`Rules` holds the compiled lexicons; each family (:mod:`.visits`, :mod:`.meetings`,
:mod:`.agreements`, :mod:`.claims`, :mod:`.accusations`) extends it with its own rules, and
:class:`~bnkg.builder.events.extractor.EventExtractor` joins them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import accumulate
from typing import TypeVar

from bnkg.builder.dates import resolve_anaphors, stay_date
from bnkg.builder.mentions import MentionFinder, Token, published_day
from bnkg.builder.records import (
    Agreement,
    Article,
    DateMention,
    DateValue,
    Entity,
    Evidence,
    Meeting,
    Mention,
    Sentence,
    Status,
    Visit,
)
from bnkg.mappings import Mappings
from bnkg.mappings.lexicons import Phrase

# mentions that name an actor without making it act: "ইউক্রেন যুদ্ধ", "রুশ", a state inside a longer name
PASSIVE = ("topic", "adjective", "inner")
E = TypeVar("E", Visit, Meeting, Agreement)
# a dateline opening a body ("ঢাকা, ১ জুন, ২০১৮ (বাসস ডেস্ক) :"): how far it may run, and what ends it
_DATELINE_CHARS = 90
_DATELINE_ENDS = frozenset(":ঃ—–")
# distinct words the per-reader cache of their phrase-opening forms holds before it starts afresh
CACHE_WORDS = 200_000


@dataclass
class SentenceState:
    """One sentence with everything the rules look at."""

    sentence: Sentence
    toks: tuple[Token, ...]
    mentions: list[Mention]
    dates: list[DateMention]  # read as the past, anaphors resolved
    future_dates: tuple[DateMention, ...] = ()  # read as the future (for a planned event), anaphors not yet
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
class Memory:
    """What the rules remember from earlier sentences of the same article."""

    last_meeting: tuple[str, ...] = ()
    last_meeting_date: DateValue | None = None  # the date of that meeting ("বৈঠক শেষে …": then)
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
    previous: SentenceState | None = None  # the sentence read just before
    previous_persons: tuple[str, ...] = ()  # the persons it named (pronouns resolved), in order
    pending_accusers: frozenset[str] = frozenset()  # who alleged, in the sentence before, against no one named
    deniers: frozenset[str] = frozenset()  # who denied something in the sentence before (a counter-charge may follow)
    publisher: tuple[str, int] | None = None  # who published a document ("প্রতিবেদন প্রকাশ করে"), in which sentence
    delegation: Visit | None = None  # a delegation's visit told just before, its leader not yet named (visitor "")
    called: frozenset[str] = frozenset()  # the persons of the sentence before, when it told of a phone call
    one_named: Meeting | None = None  # a meeting of one person named, in the sentence before (others may be listed)
    held_here: Meeting | None = None  # the last meeting read in the sentence being read ("… বৈঠক হবে এবং … দুই মন্ত্রী")
    told_before: tuple[Meeting, ...] = ()  # the meetings read in the sentence before
    reported_before: bool = False  # … told there as a report ("… বৈঠক করেছেন বলে দাবি করেছে", "… বলা হয়, …")
    denied: tuple[Meeting, ...] = ()  # the meetings of the sentence before that this one denies ("এমন কোনো বৈঠক হয়নি")


class Rules:
    """The helpers every rule family uses; built once per :class:`Mappings`."""

    def __init__(self, mappings: Mappings, finder: MentionFinder | None = None) -> None:
        self.m = mappings
        self.lex = mappings.lexicons
        self.finder = finder or MentionFinder(mappings)
        g = self.lex.grammar
        self.with_words = frozenset(g.postpositions.get("with", ()) + g.postpositions.get("between", ()))
        self.against_words = frozenset(g.postpositions.get("against", ()))
        self.between_words = frozenset(g.postpositions.get("between", ()))
        self.post_words = frozenset(w for ws in g.postpositions.values() for w in ws)
        self.clitics = g.clitics
        self.demonstratives = g.demonstratives
        self.conjunctions = g.conjunctions | g.actor_conjunctions
        self.negated_endings = g.negated_endings
        self.genitive_endings = g.genitive_endings
        # phrase lists → their tables (the lists come from the immutable mappings; a per-reader cache)
        self._first_forms: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # see forms_of
        self._toks_forms: dict[int, tuple[Sequence[Token], frozenset[str]]] = {}  # see opening_forms
        self._by_first: dict[int, tuple[tuple[Phrase, ...], dict[str | None, list[Phrase]]]] = {}  # see has_phrase
        self._indexes: dict[int, tuple[Sequence[Phrase], tuple[frozenset[str], frozenset[Phrase], dict[Phrase, int]]]] = {}
        self._singles: dict[int, tuple[Sequence[Phrase], frozenset[str]]] = {}  # see single_words
        self._at_memo: tuple[list[Mention], dict[int, list[Mention]], dict[int, list[Mention]]] | None = None  # mentions_at
        self._speech_verbs = tuple(p for p, _ in self.lex.speech.verbs)
        self._speech_kinds = dict(self.lex.speech.verbs)
        # first words of the speech verbs made of a noun and a light verb ("অভিযোগ করেছেন")
        self._verb_nouns = frozenset(p[0] for p in self._speech_verbs if len(p) > 1)
        # auxiliaries and light verbs: the words an event's verb group is made of
        self._verb_words = frozenset(
            w for ps in (self.lex.agreement.light, self.lex.agreement.verbs,
                         self.lex.planned.words,
                         self.lex.visit.motion)
            for p in ps for w in p) | g.auxiliaries

    def find_phrases(self, toks: Sequence[Token], phrases: Sequence[Phrase], inflect_last: bool = True,
                     ) -> list[tuple[int, int, Phrase]]:
        """Non-overlapping matches, longest phrase first; the last word may carry a case ending.

        At each word, the first phrase of the list (in its order) that matches there: a word inside
        a phrase may carry the clitic "ও"/"ই" ("অভিযোগও তোলেন"), the last one a case ending.  The
        readings of the next words are looked up in a table (:meth:`phrase_table`), word by word
        while they still begin a phrase (looping over every phrase with the same first word, 1168
        speech verbs among them, was a tenth of the extraction)."""
        firsts, prefixes, rank_of = self.phrase_table(phrases)
        out: list[tuple[int, int, Phrase]] = []
        if len(toks) > 3 and firsts.isdisjoint(self.opening_forms(toks)):
            return out  # no word of the sentence opens a phrase of the list: one C call says so
        cached, endings = self._first_forms, self.finder.endings
        i, n_toks = 0, len(toks)
        while i < n_toks:
            word = toks[i].text
            if firsts.isdisjoint((cached.get(word) or self.forms_of(word))[inflect_last]):
                i += 1  # most words open no phrase: one C call says so
                continue
            best: tuple[int, Phrase] | None = None
            begun: list[Phrase] = [()]  # readings of words i..k-1 that begin a phrase
            for k in range(i, n_toks):
                w = toks[k].text
                for r in begun:  # … and end one at word k
                    for last in ([st for st, _ in endings(w)] if inflect_last else (w,)):
                        rank = rank_of.get(r + (last,))
                        if rank is not None and (best is None or rank < best[0]):
                            best = (rank, r + (last,))
                plain = (cached.get(w) or self.forms_of(w))[0]  # (as written, or without a clitic)
                begun = [r + (f,) for r in begun for f in plain if r + (f,) in prefixes]
                if not begun:
                    break
            if best is not None:
                out.append((i, i + len(best[1]), phrases[best[0]]))
                i += len(best[1])
            else:
                i += 1
        return out

    def phrase_table(self, phrases: Sequence[Phrase]) -> tuple[frozenset[str], frozenset[Phrase], dict[Phrase, int]]:
        """(the first words, the beginnings of the phrases of two words or more, phrase → its first
        position in ``phrases``).

        Cached by the identity of the list (the lexicons' lists live as long as the reader;
        hashing a long list at every call was a tenth of the build), checked on use."""
        entry = self._indexes.get(id(phrases))
        if entry is not None and entry[0] is phrases:
            return entry[1]
        rank_of: dict[Phrase, int] = {}
        for rank, p in enumerate(phrases):
            rank_of.setdefault(tuple(p), rank)
        table = (frozenset(p[0] for p in rank_of), frozenset(p[:k] for p in rank_of for k in range(1, len(p))),
                 rank_of)
        if len(self._indexes) < 256:  # (a list built for one call would only fill the cache)
            self._indexes[id(phrases)] = (phrases, table)
        return table

    def opening_forms(self, toks: Sequence[Token]) -> frozenset[str]:
        """Every form in which a word of ``toks`` may open a phrase (with case endings: a superset of
        those without).  Kept for the sentences last searched: each is searched for a dozen lists,
        and most lists have no phrase whose first word is in it."""
        entry = self._toks_forms.get(id(toks))
        if entry is not None and entry[0] is toks:
            return entry[1]
        cached = self._first_forms
        forms = frozenset(f for t in toks for f in (cached.get(t.text) or self.forms_of(t.text))[1])
        if len(self._toks_forms) >= 8:
            self._toks_forms.clear()
        self._toks_forms[id(toks)] = (toks, forms)  # (the entry keeps toks alive: its id is not reused)
        return forms

    def forms_of(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The forms in which ``word`` may open a phrase of :meth:`find_phrases`, without and with
        case endings: as written, without a clitic (inside a phrase), or as a stem (one-word
        phrase).  Cached per word on these rules: the same sentence is searched for a dozen
        phrase lists, and building these sets at every word was a third of find_phrases."""
        plain = (word, *(word[:-len(c)] for c in self.clitics if word.endswith(c)))
        forms = (plain, tuple(dict.fromkeys(plain + tuple(stem for stem, _ in self.finder.endings(word)))))
        if len(self._first_forms) > CACHE_WORDS:
            self._first_forms.clear()
        self._first_forms[word] = forms
        return forms

    def has_phrase(self, ws: Sequence[str], phrases: Sequence[Phrase]) -> bool:
        """Whether one of ``phrases`` occurs in ``ws``, word for word."""
        # a phrase is looked for word by word only when all its words are there (most are not) —
        # and, in a list of the lexicons, only among the phrases opening with a word that is there
        present = set(ws)
        if isinstance(phrases, tuple):
            by_first = self.by_first_word(phrases)
            phrases = [p for w in present.intersection(by_first) for p in by_first[w]] + by_first.get(None, [])
        return any(present.issuperset(p) and any(tuple(ws[k:k + len(p)]) == p for k in range(len(ws) - len(p) + 1))
                   for p in phrases)

    def by_first_word(self, phrases: tuple[Phrase, ...]) -> dict[str | None, list[Phrase]]:
        """The phrases of a lexicon list by their first word (None: the empty phrase, found
        anywhere); cached like :meth:`phrase_table`."""
        entry = self._by_first.get(id(phrases))
        if entry is not None and entry[0] is phrases:
            return entry[1]
        index: dict[str | None, list[Phrase]] = {}
        for p in phrases:
            index.setdefault(p[0] if p else None, []).append(p)
        if len(self._by_first) < 256:
            self._by_first[id(phrases)] = (phrases, index)
        return index

    def single_words(self, phrases: Sequence[Phrase]) -> frozenset[str]:
        """The phrases of one word in ``phrases``, as words; cached like :meth:`phrase_table`."""
        entry = self._singles.get(id(phrases))
        if entry is not None and entry[0] is phrases:
            return entry[1]
        words = frozenset(p[0] for p in phrases if len(p) == 1)
        if len(self._singles) < 256:
            self._singles[id(phrases)] = (phrases, words)
        return words

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

    def is_modifier(self, s: SentenceState, m: Mention) -> bool:
        """A genitive that describes the next noun ("পুতিনের মুখপাত্র"), not a participant."""
        if m.case != "gen":
            return False
        nxt = s.toks[m.end_token].text if m.end_token < len(s.toks) else ""
        return not self.is_post(nxt, self.post_words)

    def persons(self, s: SentenceState, entities: dict[str, Entity], i: int | None = None) -> list[Mention]:
        """Person mentions; for a trigger at word i inside reported speech, only those inside it
        ("ল্যাভরভ বলেন, … নেতাদের শীর্ষ বৈঠকে …": Lavrov was not at that summit)."""
        inside = i is not None and s.speech_from is not None and i >= s.speech_from
        return [m for m in s.mentions if m.key and self.etype(m.key, entities) == "Person"
                and (not inside or m.token >= (s.speech_from or 0)) and not self.label(s, m)]

    def label(self, s: SentenceState, m: Mention) -> bool:
        """ "নাসরিন হক: … বৈঠক হওয়ার কথা" (an interview's turn): a name opening the sentence, then a
        colon — who speaks the turn, in no event it tells of."""
        return m.token == 0 and 0 < m.end_token < len(s.toks) and not m.how.startswith("pronoun") \
            and ":" in s.own_words(m.end_token - 1, m.end_token + 1)

    def date_for(self, s: SentenceState, i: int, memory: Memory, status: str, article: Article,
                 inherit: bool = True) -> DateValue | None:
        """The date nearest the trigger at word i, skipping dates of another event: one separated
        from the trigger by "পর"/"আগে" ("১৯৯১ সালে … ভেঙে যাওয়ার পর এই প্রথম … সফর"), and "আজ"
        inside a person's reported speech (the speaker's today, not the page's)."""
        dates = s.dates
        if status == "Planned":
            dates = resolve_anaphors(list(s.future_dates), memory.previous_day, self.m.calendar)
        best: tuple[int, DateValue] | None = None
        own_time = False  # the sentence names a time of its own (even one we cannot resolve)
        # anchors among the first k tokens: "an anchor between date and trigger" in O(1) per date
        # ("প্রথমে A এবং পরে B-এর সঙ্গে": "পরে" after a conjunction is "then", no "after" of a date)
        anchored = list(accumulate((t.text in self.lex.grammar.anchors
                                    and not (k > 0 and s.toks[k - 1].text in self.conjunctions)
                                    for k, t in enumerate(s.toks)), initial=0))
        for d in dates:
            k = s.token_of(d.start)
            if d.value is None:
                own_time = own_time or (s.speech_from is None or k < s.speech_from)
                continue
            if s.person_speech and s.speech_from is not None and k >= s.speech_from \
                    and d.text.startswith(self.lex.grammar.deictic_days):
                continue
            after = s.token_of(d.end - 1) + 1
            lo, hi = (min(max(0, x), len(s.toks)) for x in sorted((after, i)))
            if anchored[hi] > anchored[lo]:
                continue
            if s.words(after, after + 1) and s.words(after, after + 1)[0] in self.lex.grammar.since:
                continue  # "২০০৬ সাল থেকে": since then, not when
            own_time = True
            dist = abs(k - i) + (0 if k <= i else 1)
            # "২০০০ সালের জুলাইয়ে … সফর করেছিলেন, আর গত বছর … গিয়েছিলেন": a date of the trigger's own
            # clause before one past a clause boundary, however near
            if self.boundary_between(s, after, i) if k <= i else self.boundary_between(s, i + 1, k):
                dist += len(s.toks) + 1
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

    def anchored(self, s: SentenceState, d: DateMention) -> bool:
        """A date that only anchors another time ("২০০০ সালের পরে", "২০০৬ সাল থেকে", "গত মে মাসে …
        হওয়ার পর"): not the time of what the sentence narrates."""
        after = s.token_of(d.end - 1) + 1
        g = self.lex.grammar
        return any(w in g.anchors or w in g.since for w in s.words(after, after + 6))

    def visit_day(self, s: SentenceState, memory: Memory, visits: Sequence[Visit]) -> DateValue | None:
        """ "সফরের তৃতীয় দিনে …": the Nth day of the visit told before (calendar.yaml ``visit_day``) — its
        first day plus N - 1, when that visit is dated to the day."""
        cal = self.m.calendar
        for k in range(len(s.toks) - 2):
            if s.toks[k].text not in cal.visit_day_of or s.toks[k + 2].text not in cal.visit_day_nouns:
                continue
            n = cal.visit_day_ordinals.get(s.toks[k + 1].text)
            told = [v for v in (*memory.visits, *visits) if v.status == "Occurred" and v.date is not None
                    and v.date.precision == "day"]
            if n and told:
                return DateValue((date.fromisoformat(told[-1].date.value) + timedelta(n - 1)).isoformat(), "day")
        return None

    def status_for(self, s: SentenceState, i: int, j: int) -> str:
        pl = self.lex.planned
        # the trigger itself may be future: "যাবেন"; a clitic does not change a word ("আমন্ত্রণও")
        after = tuple(self.strip_clitic(w) if w not in self._verb_words else w for w in s.words(i, j + pl.window))
        before = s.words(i - 3, i)
        if self.has_phrase(s.words(i - 4, j + pl.window), pl.phrases):
            return "Planned"
        if self.has_phrase(s.words(j, j + pl.window), pl.not_planned) or self.has_phrase(s.words(i - 4, i), pl.now):
            return "Occurred"
        if self.has_phrase(after, pl.words) or self.has_phrase(before, pl.before):
            return "Planned"
        last = s.toks[j - 1].text
        if pl.settled and not self.verbal(last) and not any(case == "loc" for _, case in self.finder.endings(last)):
            # "বৈঠকের দিনক্ষণ ঠিক হয়েছে" (not "বৈঠকে ঠিক হয়েছে যে …", "বৈঠক করেন এবং সেখানে ঠিক হয় …":
            # settled at it), in the trigger's clause
            ws = s.words(j, j + pl.window)
            if any(ws[k:k + len(p)] == p and not self.boundary_between(s, j, j + k)
                   for p in pl.settled for k in range(len(ws) - len(p) + 1)):
                return "Planned"
        return "Occurred"

    def evidence(self, s: SentenceState, rule: str, trigger: str) -> tuple[Evidence, ...]:
        sent = s.sentence
        return (Evidence(sent.start, sent.end, sent.text, rule, (trigger,) if trigger else ()),)

    def negated(self, s: SentenceState, j: int) -> bool:
        """ "… সই হবে না", "সফর করেননি": the event did not (or will not) happen — nor one denied."""
        if self.denied(s, j):
            return True
        ws = list(s.words(j, j + self.lex.planned.window))
        for p in self.lex.grammar.whether:  # "করবেন কি না" (whether or not) asks, it does not negate
            for k in range(len(ws) - len(p) + 1):
                if tuple(ws[k:k + len(p)]) == p:
                    ws[k + len(p) - 1] = ""
                    if self.has_phrase(s.words(j + k + len(p), len(s.toks)), self.lex.grammar.undecided):
                        return True  # "… সাক্ষাৎ দেবেন কি না, তা নিশ্চিত নয়": nobody says it will happen
        negs = self.lex.grammar.negations
        for k in range(len(ws)):
            if any(tuple(ws[k:k + len(p)]) == p for p in negs):
                # only the event's own verb group is negated: "বৈঠক হবে না", not "বৈঠক ফলপ্রসূ না হওয়ার পর"
                return all(self.verbal(w) for w in ws[:k])
        return False

    def denied(self, s: SentenceState, j: int) -> bool:
        """The event word ending before word j is denied: right after it maybe its happening
        ("হওয়ার"), maybe a report of it ("খবর", "দাবিকে"), then a denial ("বৈঠকের খবর নাকচ করেছে
        ক্রেমলিন", "সফর হওয়ার গুঞ্জন উড়িয়ে দিয়েছে", "বৈঠকের কথা অস্বীকার করেন")."""
        g = self.lex.grammar
        k = j
        if k < len(s.toks) and s.toks[k].text in g.happening:
            k += 1
        if k < len(s.toks) and any(stem in g.report_nouns for stem, _ in self.finder.endings(s.toks[k].text)):
            k += 1
        if self.has_phrase(s.words(k, k + 4), g.denials) and not self.boundary_between(s, j, k + 1):
            return True
        return self.reported_then_denied(s, j)

    def reported_then_denied(self, s: SentenceState, j: int) -> bool:
        """The event word ending before word j, its verb group, then "বলে" and a report of it, and a
        denial later in the sentence ("বৈঠক হয়েছে বলে খবর ছড়ালেও ক্রেমলিন তা অস্বীকার করেছে", "বৈঠক
        করেছেন বলে যে খবর বেরিয়েছে, তা সঠিক নয়"): the report denied, no event."""
        n = len(s.toks)
        k = j
        while k < min(n, j + 3) and self.verbal(s.toks[k].text) and s.toks[k].text not in self.lex.speech.complementizers:
            k += 1
        if k >= n or s.toks[k].text not in self.lex.speech.complementizers:
            return False
        nouns = self.lex.grammar.report_nouns
        report = next((r for r in range(k + 1, min(n, k + 4))
                       if any(stem in nouns for stem, _ in self.finder.endings(s.toks[r].text))), None)
        return report is not None and self.has_phrase(s.words(report + 1, report + 9), self.lex.grammar.denials)

    def verbal(self, word: str) -> bool:
        """A finite verb or an auxiliary ("হবে", "করেননি", "হয়"): part of an event's verb group."""
        g = self.lex.grammar
        return word in self._verb_words or word.endswith(g.verb_endings)

    def hypothetical(self, s: SentenceState, j: int) -> bool:
        """The event word ending before token j is in a condition: a conditional form ends it or
        follows it ("… বৈঠক হলে", "মস্কো সফর করলেই") and a future verb comes later in the same
        clause ("… হলে নতুন বিনিয়োগ আসবে", "… হলেই যে কারখানা বসবে") — not the "when" of past
        narration ("কিম পৌঁছালে তাঁকে স্বাগত জানান পুতিন"), nor a plan the sentence dates."""
        g = self.lex.grammar
        k = next((k for k in (j - 1, j) if 0 <= k < len(s.toks)
                  and self.strip_clitic(s.toks[k].text) in g.conditional_forms), None)
        if k is None or any(d.value is not None for d in s.future_dates):
            return False  # "আগামী মাসে … বৈঠক হলে তা হবে …": a plan with its time, told as a condition
        future = {p[0] for p in self.lex.planned.words if len(p) == 1}
        for t in range(k + 1, len(s.toks)):
            gap = s.sentence.text[s.toks[t - 1].end - s.sentence.start:s.toks[t].start - s.sentence.start]
            if any(c in gap for c in ",;—"):
                return False
            w = s.toks[t].text
            if w in future or (len(w) > 3 and w.endswith(g.future_endings)):
                return True
        return False

    def consequent(self, s: SentenceState, i: int) -> bool:
        """The event word at token i is told as what would follow a condition named before it in
        the sentence ("কিম মস্কো সফরে গেলে পুতিনের সঙ্গে তাঁর বৈঠক হবে", "পুতিন যদি … যান, তবে … বৈঠক
        করবেন"): a conditional form or "যদি" earlier, and a future verb after the word in its own
        clause — a hypothesis, unless the sentence dates it as a plan.  (Past narration, "কিম পৌঁছালে
        তাঁকে স্বাগত জানান পুতিন", has no future verb: the event took place.)"""
        g = self.lex.grammar
        if any(d.value is not None for d in s.future_dates):
            return False
        forms = [k for k in range(i) if self.strip_clitic(s.toks[k].text) in g.conditional_forms]
        if_words = {p[0] for p in self.lex.visit.conditional}
        ifs = [k for k in range(i) if s.toks[k].text in if_words]
        if not forms and not ifs:
            return False
        # from the condition on ("… গেলে সেটি হবে তাঁর দ্বিতীয় সফর"); past a comma only after "যদি"
        k = max(forms + ifs)
        future = {p[0] for p in self.lex.planned.words if len(p) == 1}
        for t in range(k + 1, len(s.toks)):
            gap = s.sentence.text[s.toks[t - 1].end - s.sentence.start:s.toks[t].start - s.sentence.start]
            if any(c in gap for c in ",;—") and (t > i or k not in ifs):
                return False
            w = s.toks[t].text
            if w in future or (len(w) > 3 and w.endswith(g.future_endings)):
                return True
        return False

    def boundary_between(self, s: SentenceState, i: int, j: int) -> bool:
        """Whether a clause boundary (comma, dash, "যে") separates token i-1 from token j."""
        if i <= 0 or j <= i - 1 or j > len(s.toks):
            return False
        lo = s.toks[i - 1].end - s.sentence.start
        hi = (s.toks[j].start if j < len(s.toks) else s.sentence.end) - s.sentence.start
        gap = s.sentence.text[lo:hi]
        return any(c in gap for c in ",;:—") or any(t.text in self.lex.speech.that for t in s.toks[i:j])

    def mentions_at(self, s: SentenceState) -> tuple[dict[int, list[Mention]], dict[int, list[Mention]]]:
        """The sentence's mentions by their first token and by their end token (kept for the last
        sentence looked at: a lookup per mention stays linear)."""
        memo = self._at_memo
        if memo is not None and memo[0] is s.mentions:
            return memo[1], memo[2]
        starts: dict[int, list[Mention]] = {}
        ends: dict[int, list[Mention]] = {}
        for n in s.mentions:
            starts.setdefault(n.token, []).append(n)
            ends.setdefault(n.end_token, []).append(n)
        self._at_memo = (s.mentions, starts, ends)
        return starts, ends

    def joined_to_genitive(self, s: SentenceState, m: Mention) -> bool:
        """ "ব্লিংকেন রাশিয়া ও উত্তর কোরিয়ার বিরুদ্ধে … অভিযোগ করেছেন": a bare name joined by "ও" to a
        genitive name right after it shares that genitive when a subject (a nominative name) stands
        at most two words before it, no boundary or conjunction between — an object, no second
        subject (not "কিম ও উত্তর কোরিয়ার নেতারা বলেন", which opens the sentence)."""
        if m.end_token >= len(s.toks) or s.toks[m.end_token].text not in self.conjunctions:
            return False
        starts, ends = self.mentions_at(s)
        if not any(n.case == "gen" and n.key for n in starts.get(m.end_token + 1, ())):
            return False
        for e in range(m.token, max(m.token - 3, 0), -1):
            for p in ends.get(e, ()):
                if p is not m and p.case == "nom" and p.key and p.how not in PASSIVE \
                        and not self.boundary_between(s, e, m.token) \
                        and not any(w in self.conjunctions for w in s.words(e, m.token)):
                    return True
        return False

    def nominalized_object(self, s: SentenceState, m: Mention, subject: Mention | None) -> bool:
        """ "দক্ষিণ কোরিয়া রাশিয়ায় উত্তর কোরীয় সেনা পাঠানোর নিন্দা জানিয়েছে": a nominative name (a goods
        word at most between) right before a move in the genitive (claims.yaml `arms_transfer.moves`:
        "পাঠানোর", "সরবরাহের") is what the verbal noun moves or who moves it, no speaker — when a
        subject (the actor named before) stands before it in its clause (not "উত্তর কোরিয়া সেনা পাঠানোর
        কথা স্বীকার করেছে": the subject)."""
        if subject is None:
            return False
        sp = self.lex.speech
        single = self.single_words(sp.arms_moves)
        goods = self.single_words(sp.arms_goods)
        for k in range(m.end_token, min(len(s.toks), m.end_token + 2)):
            forms = self.finder.endings(s.toks[k].text)
            if any(case == "gen" and st in single for st, case in forms):
                return not self.boundary_between(s, subject.end_token, m.token)  # (looked at only here)
            if not ({s.toks[k].text} | {st for st, _ in forms}) & goods:
                return False
        return False

    def coordinated(self, s: SentenceState, a: Mention, b: Mention) -> bool:
        """Two mentions joined by "ও"/"এবং" or a comma list, with nothing else between them."""
        lo, hi = sorted((a, b), key=lambda m: m.token)
        between = s.words(lo.end_token, hi.token)
        if len(between) == 1 and between[0] in self.conjunctions:
            return True
        return not between and "," in s.sentence.text[s.toks[lo.end_token - 1].end - s.sentence.start:
                                                      s.toks[hi.token].start - s.sentence.start]

    def place_in(self, s: SentenceState, i: int, entities: dict[str, Entity], state: str | None = None,
                 memory: Memory | None = None, not_visited: bool = False,
                 parties: frozenset[str | None] | None = None) -> str | None:
        """The place named nearest before the trigger (else after it); for "ওই সময়" (at that
        time) with no place named, the place of the event told just before.  For a meeting,
        ``not_visited`` skips a place that is the object of a visit ("কিমকে মস্কো সফরের আমন্ত্রণ")."""
        visit_words = self.lex.visit.words
        home, desk = self.dateline(s)
        if not desk and parties is not None and not any(
                m.token < home and m.key and self.etype(m.key, entities) == "Place" and entities[m.key].state in parties
                for m in s.mentions):
            desk = True  # "সিউল, ১২ মার্চ (ইয়োনহাপ) — পুতিন ও কিম … বৈঠক করেন": a dateline in none of the parties' states
        home = home if desk else 0
        actors = self.places_as_actors(s)
        places = [m for m in s.mentions if m.key and self.etype(m.key, entities) == "Place" and m.how != "inner"
                  and (state is None or entities[m.key].state == state) and m.token >= home
                  and m.token not in actors
                  # "পিয়ংইয়ং থেকে উড়ে আসা মন্ত্রী": where one came from, no place of the event
                  and not (m.end_token < len(s.toks) and s.toks[m.end_token].text in self.lex.grammar.since)
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

    def places_as_actors(self, s: SentenceState) -> set[int]:
        """The first words of mentions in the genitive before a postposition, and of those joined to
        one by "ও"/"এবং": a place so named stands for its government ("ওয়াশিংটন ও পিয়ংইয়ংয়ের মধ্যে
        টানাপোড়েন", "মস্কোর সঙ্গে আলোচনা", "বেইজিংয়ের বিরুদ্ধে") — no place of an event."""
        out: set[int] = set()
        for m in reversed(s.mentions):
            e = m.end_token
            if (m.case == "gen" and e < len(s.toks) and self.is_post(s.toks[e].text, self.post_words)) \
                    or (e + 1 in out and e < len(s.toks) and s.toks[e].text in self.conjunctions):
                out.add(m.token)
        return out

    def desk_dateline(self, s: SentenceState) -> int:
        """The words of a desk's dateline opening the sentence ("ঢাকা, ১ জুন, ২০১৮ (বাসস ডেস্ক) : …",
        "কলকাতা, ৩ মার্চ (নিজস্ব প্রতিবেদক) — …"): how many (0: none).  Its place is the outlet's home,
        where the report was written — not the place of the event it tells (a wire's or a correspondent's
        dateline, "মস্কো, ১২ মার্চ (রয়টার্স) —", is written where the news is, and counts).  Only the
        sentence's first words are looked at."""
        n, desk = self.dateline(s)
        return n if desk else 0

    def dateline(self, s: SentenceState) -> tuple[int, bool]:
        """The words of a dateline opening the sentence — a head of at most 90 characters ending in
        ":" or a dash that holds a date or a desk's word ("মস্কো, ১২ মার্চ (রয়টার্স) —", "ঢাকা, ১ জুন
        (বাসস ডেস্ক) :") — and whether it is a desk's: (0, False) if none."""
        text, st = s.sentence.text, s.sentence.start
        head = next((k for k, c in enumerate(text[:_DATELINE_CHARS]) if c in _DATELINE_ENDS), None)
        if head is None:
            return 0, False
        desk = self.lex.grammar.desk_words
        n = next((k for k, t in enumerate(s.toks) if t.end - st > head), len(s.toks))
        if any(t.text in desk for t in s.toks[:n]):
            return n, True
        # a wire's: a place opening it, a comma or a bracket after it, and a date ("সিউল, ১২ মার্চ (ইয়োনহাপ) —";
        # not "বুধবার বেইজিংয়ে পুতিন ও কিম বৈঠক করেন — …")
        first = next((m for m in s.mentions if m.token == 0 and m.key), None)
        if first is None or text[s.toks[first.end_token - 1].end - st:][:2].strip()[:1] not in (",", "("):
            return 0, False
        return (n, False) if any(d.start < st + head for d in (*s.dates, *s.future_dates)) else (0, False)

    def invited_to(self, s: SentenceState, k: int, visit_words: Sequence[Phrase]) -> bool:
        """Word k starts "সফরের আমন্ত্রণ": the place before it is where someone is invited to."""
        return bool(self.find_phrases(s.toks[k:k + 1], visit_words)) and self.has_phrase(
            s.words(k + 1, k + 3), self.lex.visit.host_words)

    def pair(self, s: SentenceState, memory: Memory, m: Mention | None = None, visits: list[Visit] | None = None,
             entities: dict[str, Entity] | None = None, article: Article | None = None) -> tuple[str, ...]:
        """ "দুই নেতা" / "তাঁরা": the last meeting's participants — for "নেতা" (leader) the last
        meeting between leaders (heads of state or government), if the article has one."""
        said = m.surface if m is not None else " ".join(x.surface for x in s.mentions if x.how.startswith("pronoun-"))
        leaders_named = any(w in said for w in self.lex.grammar.leader_words)
        pron = m if m is not None else next((x for x in s.mentions if x.how.startswith("pronoun-")), None)
        if pron is not None and entities is not None:
            # "পুতিন ও কিম জং ইলের দীর্ঘ আলোচনা হয়, এবং উভয় নেতা …": the two persons the sentence named before it
            named = {x.key for x in s.mentions if x.token < pron.token and x.key and not x.how.startswith("pronoun")
                     and self.etype(x.key, entities) == "Person"}
            if len(named) == 2:
                return tuple(sorted(named))
        if leaders_named and visits and entities is not None and article is not None:
            leaders = self.host_leaders(visits, entities, article)
            if len(leaders) == 2:  # "পুতিন পিয়ংইয়ং সফর করেন এবং সে সময় দুই নেতা …"
                return tuple(sorted(leaders))
        if leaders_named:
            for parts in reversed(memory.meetings):
                if all(self.is_leader(p) for p in parts):
                    return parts
        if memory.last_meeting:
            return memory.last_meeting
        return tuple(sorted(memory.persons_seen[-2:])) if len(memory.persons_seen) >= 2 else ()

    def is_leader(self, key: str) -> bool:
        a = self.m.gazetteer.actors.get(key)
        return bool(a and any(o.role in self.lex.meeting.roles for o in a.offices))

    def host_leaders(self, visits: list[Visit], entities: dict[str, Entity], article: Article) -> set[str]:
        """At a summit during a visit to S, S's leader takes part (the leader holding office that day)."""
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

    def two_states(self, visits: list[Visit], memory: Memory, entities: dict[str, Entity]) -> set[str | None]:
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

    def is_relay(self, key: str) -> bool:
        a = self.m.gazetteer.actors.get(key)
        return bool(a and a.relay)

    def strip_clitic(self, word: str) -> str:
        """ "সঙ্গেও" → "সঙ্গে": the clitics "ও" (also) and "ই" (only) do not change a word's role."""
        if len(word) > 2:
            for c in self.clitics:
                if word.endswith(c):
                    return word[:-len(c)]
        return word

    def clitic_of(self, word: str, base: str) -> bool:
        """``word`` is ``base`` with a clitic ("অভিযোগও" of "অভিযোগ")."""
        return word.startswith(base) and word[len(base):] in self.clitics



def compatible(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.refines(b) or b.refines(a)


def finer(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a.value) >= len(b.value) else b


def one_sentence(a: Meeting | Agreement, b: Meeting | Agreement) -> tuple[Status, DateValue | None]:
    """The status and date of two readings of one event told in one sentence (they share its IRI, so it
    must have one of each): told as held or signed by either, it occurred — a future elsewhere in the
    sentence is about a name or a sequel ("… ঘোষণায় সই করেন, যা '… ঘোষণা' নামে পরিচিত হবে") — and is
    dated by that reading; otherwise by the finer date, or the earlier one when they disagree."""
    if a.status != b.status:
        held = a if a.status == "Occurred" else b
        return "Occurred", held.date
    if compatible(a.date, b.date):
        return a.status, finer(a.date, b.date)
    return a.status, min(a.date, b.date, key=lambda d: d.value)  # type: ignore[arg-type,union-attr]


def days_apart(a: DateValue | None, b: DateValue | None) -> int | None:
    if a is None or b is None or a.precision != "day" or b.precision != "day":
        return None
    return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days)


def not_yet(events: list[E], published: DateValue | None) -> list[E]:
    """Events told as done but dated wholly after the page was published are plans the rules took
    for facts ("আগামী মাসে … ফের বৈঠকে বসার ব্যাপারে একমত হন": agreed to meet, not met): a page cannot
    report as held what has not happened yet, so the date decides and the reading becomes Planned
    (the rule of the SHACL constraint ``bnkgsh:Event-date-after-publication``)."""
    if published is None:
        return events
    return [replace(e, status="Planned") if e.status == "Occurred" and e.date is not None
            and e.date.after(published) else e for e in events]


def arrived_before(arrival: DateValue | None, day: DateValue | None) -> bool:
    """Whether a visit dated ``arrival`` is under way on ``day``: it began at most a week before (in
    the same month, when the arrival is known to the month only)."""
    if arrival is None or day is None or arrival.value > day.value:
        return False
    gap = days_apart(arrival, day)
    if gap is not None:
        return gap <= 7
    return arrival.precision == "month" and day.value.startswith(arrival.value)

