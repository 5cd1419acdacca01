"""Agreement rules: an agreement word with a verb that concludes it, its parties,
signatories, kind and date (and the meeting of two signatories)."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import replace

from bnkg.builder.events._common import (
    PASSIVE,
    Memory,
    Rules,
    SentenceState,
    compatible,
    finer,
    one_sentence,
)
from bnkg.builder.records import (
    Agreement,
    Article,
    DateValue,
    Entity,
    Meeting,
    Mention,
    Visit,
)
from bnkg.transliterate import transliterate


class AgreementRules(Rules):
    """The agreement rules (a family of :class:`Rules`)."""

    def agreements(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                   visits: list[Visit], earlier: list[Agreement]) -> list[Agreement]:
        out: list[Agreement] = []
        lex = self.lex.agreement
        verbs = lex.verbs
        light = lex.light
        blockers = lex.blockers
        found = self.find_phrases(s.toks, lex.words)
        taken = {k for i, j, _ in found for k in range(i, j)}
        found += [(i, j, p) for i, j, p in self.find_phrases(s.toks, lex.signed_nouns) if i not in taken]
        taken = {k for i, j, _ in found for k in range(i, j)}
        found += [(i, j, p) for i, j, p in self.find_phrases(s.toks, lex.signed_plans)
                  if i not in taken and self.find_phrases(s.toks[j:j + 2], lex.plan_signing)]
        quotatives = [k for k, t in enumerate(s.toks) if (t.text,) in lex.quoted]
        # "… চুক্তিতে সই করে, যার আওতায় রাশিয়া চলতি বছর … পাঠাবে": the dates of the agreement's terms, after
        # the first agreement word, are no signing day — read the sentence without them
        terms = next((a for a, _, _ in self.find_phrases(s.toks, lex.terms, inflect_last=False)
                      if found and a > min(i for i, _, _ in found)), None)
        if terms is not None:
            cut = s.toks[terms].start
            s = replace(s, dates=[d for d in s.dates if d.start < cut],
                        future_dates=tuple(d for d in s.future_dates if d.start < cut))
        for i, j, phrase in sorted(found):
            # (a signed declaration is often described before it: "সই করলেন আট দফার মস্কো ঘোষণা")
            reach = lex.window + (2 if phrase in lex.signed_nouns else 0)
            plan = phrase in lex.signed_plans  # (signed only by the word right after it)
            signed_before = not plan and bool(self.find_phrases(s.toks[max(0, i - reach):i], verbs))
            # "জুনে সই হওয়া ‘সমন্বিত কৌশলগত অংশীদারি চুক্তি’": a participle, the noun's name between
            lo = max(0, i - lex.window - 3)
            signed_at = None if plan else next((lo + a for a, b, _ in self.find_phrases(s.toks[lo:i], verbs)
                                                if self.has_phrase(s.words(lo + b, lo + b + 1), lex.participles)
                                                and not self.boundary_between(s, lo + b, i)), None)
            signed_before = signed_before or signed_at is not None
            blocked = self.has_phrase(s.words(j, j + 1), blockers)
            if blocked and not signed_before:
                continue  # "চুক্তির লঙ্ঘন": the agreement is talked about, not concluded here
            concluded = (signed_before or self.find_phrases(s.toks[j:j + lex.window], verbs)
                         or (phrase not in lex.signed_nouns and not plan and any(s.words(j, j + len(p)) == p for p in light)))
            if (plan or phrase in lex.plan_nouns) and not self.states_sign(s, entities):
                continue  # a company's roadmap is a business plan, no agreement of states
            if not concluded or self.negated(s, j) or any(w in self.lex.grammar.indefinites for w in s.words(i - 2, i)):
                continue
            # "ল্যাভরভ বলেন, … পুতিন ও কিমের মধ্যে … সমঝোতা হয়েছে": the speaker reports it, not a party
            said_from = s.speech_from if s.speech_from is not None and i >= s.speech_from else 0
            # "… স্মারক সই হবে বলে জানান তিনি": the speaker after the quotative
            at = bisect_left(quotatives, j)
            quoted = quotatives[at] if at < len(quotatives) else len(s.toks)
            signatories = sorted({m.key for m in self.persons(s, entities) if said_from <= m.token < quoted and (
                                  m.case in ("nom",) or (m.case == "gen" and not self.is_modifier(s, m)))}
                                 | {k for m in s.mentions if m.how == "pronoun-pair" and m.case == "nom"
                                    for k in self.pair_here(s, memory, m, visits, entities, article)})
            bodies = self.bodies_between(article, s, i, entities)
            if bodies:  # "A বিশ্ববিদ্যালয় ও B ইউনিভার্সিটির মধ্যে … সমঝোতা স্মারক": theirs, not their states'
                status = self.status_for(s, i, j)
                date = self.visit_day(s, memory, visits) or self.date_for(s, i, memory, status, article)
                ev = self.evidence(s, "agreement.bodies", s.surface(i, j, article.text))
                kind = next((k for k, ps in lex.kinds.items() if self.has_phrase(s.words(i - 3, j), ps)), "other")
                out.append(Agreement(bodies, ev, (), kind, date, status))  # type: ignore[arg-type]
                continue
            parties = {self.state_of(m.key, entities) for m in s.mentions
                       if m.key and self.etype(m.key, entities) in ("State", "Organization")
                       and m.how not in ("topic", "inner") and self.etype(m.key, entities) == "State"}
            # "মস্কো ও পিয়ংইয়ং নতুন একটি বাণিজ্য চুক্তি করেছে": capitals as subjects, joined — their states
            places = self.m.gazetteer.places
            capitals = [m for m in s.mentions if m.key in places and places[m.key].capital and m.case == "nom"
                        and m.how not in ("topic", "inner") and m.token < i]
            parties |= {self.state_of(m.key, entities) for m in capitals
                        if any(o is not m and self.coordinated(s, m, o) for o in capitals)}
            # "পিয়ংইয়ংয়ের সঙ্গে গত জুনে সই হওয়া … চুক্তি": a capital signed with stands for its state
            partner = {self.state_of(m.key, entities) for m in s.mentions
                       if m.key in places and places[m.key].capital and m.case == "gen" and m.how not in PASSIVE
                       and m.token < i and m.end_token < len(s.toks) and s.toks[m.end_token].text in self.with_words
                       and not self.boundary_between(s, m.end_token, i)} - {None}
            if len(partner) == 1 and not parties - partner:
                # (the other party, unnamed, the state of the one person the sentence names: "… চুক্তি
                # 'কোনও তৃতীয় দেশের বিরুদ্ধে নয়', মন্তব্য পুতিনের")
                others = {self.state_of(m.key, entities) for m in self.persons(s, entities)} - partner - {None}
                parties |= others if len(others) == 1 else set()
            parties |= partner
            parties |= {self.state_of(p, entities) for p in signatories}
            if any(m.how == "pronoun-two_states" for m in s.mentions) or (
                    not signatories and any(m.how == "pronoun-pair" for m in s.mentions)):
                # "দুই দেশ", or "দুই পক্ষ" when no people are named: the two states of the story
                both = self.two_states(visits or memory.visits[-1:], memory, entities) - {None}
                own = {self.state_of(m.key, entities) for m in self.persons(s, entities)
                       if not m.how.startswith("pronoun")} - {None}
                if len(both) < 2 and len(own) == 2:
                    both = own  # "পুতিন ও কিমের শীর্ষ বৈঠকে দুই দেশের মধ্যে … চুক্তি সই হয়": the states of the two who met
                parties |= both
            parties.discard(None)
            kind = next((k for k, ps in lex.kinds.items() if self.has_phrase(s.words(i - 3, j), ps)), "other")
            status = self.status_for(s, i, j)
            # "স্বাক্ষরিত এই চুক্তি", "… স্বাক্ষরিত চুক্তি অনুযায়ী": the agreement told of before
            anaphoric = blocked or any(w in self.demonstratives for w in s.words(i - 3, i))
            # (signed in a participle clause: signed when its own date says, not on the narrative's day)
            date = self.date_for(s, i if signed_at is None else signed_at, memory, status, article,
                                 inherit=not anaphoric and signed_at is None)
            date = self.met_date(s, memory, visits, entities, article) or self.visit_day(s, memory, visits) or date
            trig = s.surface(i, j, article.text)
            # "বছরের শুরুতে … যে মৈত্রী চুক্তি সই করেছিলেন": an earlier agreement, not the one signed now
            told_earlier = not anaphoric and self.has_phrase(s.words(j, j + lex.window + 1), lex.pluperfect) \
                and self.has_phrase(s.words(0, len(s.toks)), lex.earlier)
            ev = self.evidence(s, EARLIER if told_earlier else "agreement.trigger", trig)
            if told_earlier:  # (its date only the sentence's own, never the narrative's day)
                date = self.date_for(s, i, memory, status, article, inherit=False)
            if (anaphoric or not parties) and (earlier or out):
                target = (out or earlier)[-1]
                rec = Agreement(target.parties, ev, tuple(signatories), kind, date, status)  # type: ignore[arg-type]
                out.append(rec)
                continue
            if not parties and signed_at is not None:
                # "জুনে সই হওয়া চুক্তি কার্যকর হয়েছে" naming no party: the two states of the story
                parties = self.two_states(visits or memory.visits[-1:], memory, entities) - {None}
            if not parties and not signatories and self.passive(s, j) and (visits or memory.visits or memory.last_meeting):
                # "আলোচনার পর … একটি চুক্তি সই হয়।": signed with no subject — by the two states of the
                # story's visit or meeting (never merely the last two states named)
                parties = self.two_states(visits or memory.visits[-1:], memory, entities) - {None}
                parties = parties if len(parties) == 2 else set()
            if len(parties) == 1 and visits:
                # "রাশিয়ার পরিবহনমন্ত্রী … পিয়ংইয়ং সফরে যাবেন; সেখানে … একটি চুক্তি সইয়ের পরিকল্পনা": signed on
                # the visit this sentence tells — by the visitor's state and the host
                both = self.two_states(visits, memory, entities) - {None}
                if len(both) == 2 and parties <= both:
                    parties = set(both)
            if len(parties) == 1 and not signatories:
                parties |= self.visited_before(s, i, entities, parties)
            if len(parties) < 2 and phrase in lex.two_party_nouns:
                continue  # ("… বিনিময় কর্মসূচিতে সই করবেন মেদিনস্কি": with whom, the sentence does not say)
            if not parties or (len(parties) == 1 and not signatories):
                continue  # ("… সেখানে একটি সমঝোতাপত্রে সই হতে পারে": one state and nobody who signs is no reading)
            out.append(Agreement(tuple(sorted(parties)), ev, tuple(signatories), kind, date, status))  # type: ignore[arg-type]
            if len(signatories) >= 2:  # "X Y-এর সঙ্গে চুক্তি স্বাক্ষর করেন": they met to sign it
                mev = tuple(replace(e, rule="meeting.from-agreement") for e in ev)
                place = self.place_in(s, i, entities, memory=memory)
                memory.signing_meetings.append(Meeting(tuple(signatories), mev, place, date, status))  # type: ignore[arg-type]
        out += self.agreed(article, s, entities, memory, visits)
        if out and memory.last_meeting_date is not None and self.at_meeting_end(s) \
                and not any(d.value is not None for d in s.dates):
            # "বৈঠক শেষে মেদভেদেভ বলেন, দুই দেশ … সম্মত হয়েছে": agreed at the meeting just told, that day
            out = [replace(a, date=memory.last_meeting_date) for a in out]
        if not out:
            out += self.signed_by(article, s, entities, memory, earlier)
        # one agreement per sentence and parties: "চুক্তি স্বাক্ষরের পর … চুক্তি স্বাক্ষরিত হলো"
        return merge_agreements(out)

    def pair_here(self, s: SentenceState, memory: Memory, m: Mention, visits: list[Visit], entities: dict[str, Entity],
                  article: Article) -> tuple[str, ...]:
        """ "দুই মন্ত্রী" after a meeting told earlier in this sentence ("… মেদিনস্কির সঙ্গে পাকের বৈঠক হবে এবং
        সেখানেই … কর্মসূচিতে সই করবেন দুই মন্ত্রী"): those who meet there; else the pair told before."""
        held = memory.held_here
        if held is not None and held.evidence[0].start == s.sentence.start and len(held.participants) == 2 \
                and held.evidence[0].triggers and m.token > 0 and held.evidence[0].triggers[0] in s.own_words(0, m.token):
            return held.participants
        return self.pair(s, memory, m, visits, entities, article)

    def visited_before(self, s: SentenceState, i: int, entities: dict[str, Entity], parties: set[str | None],
                       ) -> set[str | None]:
        """ "রাশিয়ার পরিবহনমন্ত্রী … পিয়ংইয়ং সফরে যাবেন; সেখানে … একটি চুক্তি সইয়ের পরিকল্পনা" (its visitor no
        one we can name): the state of the place or state named right before a visit word earlier in the
        sentence, when it is not the one party named — the host, the other party."""
        for k, _, _ in self.find_phrases(s.toks[:i], self.lex.visit.words):
            dest = next((m for m in s.mentions if m.end_token == k and m.case in ("nom", "loc") and m.key
                         and m.how not in PASSIVE and self.etype(m.key, entities) in ("State", "Place")), None)
            if dest is not None and self.state_of(dest.key, entities) not in (*parties, None):  # type: ignore[arg-type]
                return {self.state_of(dest.key, entities)}  # type: ignore[arg-type]
        return set()

    def bodies_between(self, article: Article, s: SentenceState, i: int, entities: dict[str, Entity],
                       ) -> tuple[str, ...]:
        """ "কিম ইল সুং বিশ্ববিদ্যালয় ও মস্কো স্টেট ইউনিভার্সিটির মধ্যে … একটি সমঝোতা স্মারক" (before the
        noun at i, in its clause): two bodies named, each ending in a word of triggers.yaml
        ``agreement.institutions`` — the agreement's parties, as organisations of their own (the state of
        a place their name holds), never the states of the story."""
        between = self.lex.grammar.postpositions.get("between", ())
        nouns = {p[-1] for p in self.lex.agreement.institutions}
        k = next((k for k in range(i - 1, max(i - 12, 1), -1) if s.toks[k].text in between), None)
        if k is None or self.boundary_between(s, k + 1, i):
            return ()
        second_end = k - 1  # "… ইউনিভার্সিটির": the second body's last word, in the genitive
        stem = next((st for st, case in self.finder.endings(s.toks[second_end].text) if case == "gen" and st in nouns), None)
        conj = next((c for c in range(second_end - 1, max(second_end - 6, 0), -1) if s.toks[c].text in self.conjunctions), None)
        if stem is None or conj is None or s.toks[conj - 1].text not in nouns or conj + 1 >= second_end + 1:
            return ()
        # the first body's name: back from its last word to a word in a case, a stop word or a clause's start
        # ("ভ্লাদিভস্তকের", "দিনে"; a final "র" alone may be the name's own: "সুদূর")
        start = conj - 1
        while start > 0 and conj - start < 5 and not self.boundary_between(s, start, start) \
                and s.toks[start - 1].text not in self.finder.not_name \
                and not any(case == "loc" or (case != "nom" and len(s.toks[start - 1].text) - len(st) >= 2)
                            for st, case in self.finder.endings(s.toks[start - 1].text)[1:]) \
                and not any(m.key and m.end_token == start and m.case != "nom" for m in s.mentions) \
                and not any(ch.isdigit() for ch in s.toks[start - 1].text):
            start -= 1
        if start == conj - 1:
            return ()  # a bare "বিশ্ববিদ্যালয়" names no body
        first = s.surface(start, conj, article.text)
        second = s.surface(conj + 1, second_end, article.text) + " " + stem
        out = []
        for label, lo, hi in ((first, start, conj), (second, conj + 1, second_end + 1)):
            states = {self.state_of(m.key, entities) for m in s.mentions
                      if m.key and lo <= m.token < hi and self.etype(m.key, entities) in ("Place", "State")} - {None}
            key = "org-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
            entities.setdefault(key, Entity(key, "Organization", label, transliterate(label),
                                            affiliation=states.pop() if len(states) == 1 else None, from_gazetteer=False))
            out.append(key)
        return tuple(sorted(out))

    def states_sign(self, s: SentenceState, entities: dict[str, Entity]) -> bool:
        """The sentence's parties are states themselves: "দুই দেশের মধ্যে", or two states named as
        such (not a state's company: "রাশিয়ার গ্যাজপ্রম", "দক্ষিণ কোরিয়ার কোগাসের সঙ্গে")."""
        if any(m.how == "pronoun-two_states" for m in s.mentions):
            return True
        own = {m.key for m in s.mentions if m.key and m.how == "alias" and self.etype(m.key, entities) == "State"
               and (m.case == "nom" or (m.case == "gen" and not self.is_modifier(s, m)))}
        return len(own) >= 2

    def passive(self, s: SentenceState, j: int) -> bool:
        """A signing word within the window after the noun ending at j, followed by a passive
        "হয়/হবে/হয়েছে" (triggers.yaml agreement.passive): "চুক্তি সই হয়"."""
        lex = self.lex.agreement
        return any(self.has_phrase(s.words(j + b, j + b + 1), lex.passive)
                   or any(s.words(j + b, j + b + len(p)) == p for p in lex.passive if len(p) > 1)
                   for _, b, _ in self.find_phrases(s.toks[j:j + lex.window], lex.verbs))

    def met_date(self, s: SentenceState, memory: Memory, visits: list[Visit], entities: dict[str, Entity],
                 article: Article) -> DateValue | None:
        """ "… বুধবার বৈঠক করেছেন। গত শনিবার … পৌঁছান। … দুই নেতা সম্মত হয়েছেন": the two leaders of
        the summit told before ("দুই নেতা") agreed there — its day, when the sentence names
        no time of its own (not the day the narrative went back to)."""
        if memory.last_meeting_date is None or any(d.value is not None for d in s.dates):
            return None
        pair = next((m for m in s.mentions if m.how == "pronoun-pair" and m.case == "nom"
                     and any(w in m.surface for w in self.lex.grammar.leader_words)), None)
        if pair is None or set(self.pair(s, memory, pair, visits, entities, article)) != set(memory.last_meeting) \
                or not all(self.is_leader(k) for k in memory.last_meeting):
            return None  # ("দুই পক্ষ" may be the sides of a later visit's talks)
        return memory.last_meeting_date

    def at_meeting_end(self, s: SentenceState) -> bool:
        """The sentence opens on the meeting told before: "বৈঠক শেষে …", "বৈঠকের শুরুতেই …"."""
        found = self.find_phrases(s.toks[:2], self.lex.meeting.words)
        lex = self.lex.meeting
        return bool(found) and found[0][0] == 0 and self.has_phrase(s.words(found[0][1], found[0][1] + 2),
                                                                    lex.end_words + lex.opening_words)

    def signed_by(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                  earlier: list[Agreement]) -> list[Agreement]:
        """ "… একটি যৌথ ঘোষণাপত্র সই হয়। তাতে পুতিন এবং কিমের সই রয়েছে।": a signing word with no
        agreement noun, in the sentence right after an agreement, names its signatories — two of
        them, or one when the sentence names the agreement before them, its signing word too far
        to conclude a new one ("চুক্তিতে রাশিয়ার পক্ষে লুত এবং উত্তর কোরিয়ার পক্ষে দেশটির কৃষিমন্ত্রী
        সই করেন": the other side's signatory unnamed)."""
        prev = memory.previous
        if not earlier or prev is None or not prev.sentence.start <= earlier[-1].evidence[0].start < prev.sentence.end:
            return []
        found = self.find_phrases(s.toks, self.lex.agreement.verbs)
        if not found or self.negated(s, found[0][1]):
            return []
        i, j, _ = found[0]
        signatories = {m.key for m in self.persons(s, entities) if m.token < i and m.key}
        named = any(a < i for a, _, _ in self.find_phrases(s.toks[:i], self.lex.agreement.words))
        if len(signatories) < (1 if named else 2) \
                or any(self.state_of(k, entities) not in earlier[-1].parties for k in signatories):
            return []
        target = earlier[-1]
        ev = self.evidence(s, "agreement.signatories", s.surface(i, j, article.text))
        return [replace(target, evidence=ev, signatories=tuple(sorted(signatories)))]

    def agreed(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
               visits: list[Visit]) -> list[Agreement]:
        """ "দুই দেশ একটি কমিশন গঠনে সম্মত হয়েছে": two states agreed to do something — an agreement,
        its parties "দুই দেশ" (the two states of the story), the states of "দুই নেতা" (the two who met)
        or the states named as the verb's subject,
        in its clause (inside reported speech, the speech's: not the speaker's state)."""
        out: list[Agreement] = []
        for i, j, _ in self.find_phrases(s.toks, self.lex.agreement.agreed, inflect_last=False):
            if self.negated(s, j):
                continue
            start = s.speech_from if s.speech_from is not None and i >= s.speech_from else 0
            subject = [m for m in s.mentions if start <= m.token < i and m.how not in PASSIVE]
            pair = next((m for m in subject if m.how == "pronoun-pair" and m.case == "nom"), None)
            if any(m.how == "pronoun-two_states" and m.case == "nom" for m in subject):
                parties = self.two_states(visits or memory.visits[-1:], memory, entities)
            elif pair is not None:  # "… কমিশন গঠনে দুই নেতা সম্মত হয়েছেন": the states of the two who met
                parties = {self.state_of(k, entities) for k in self.pair(s, memory, pair, visits, entities, article)}
            else:
                parties = {self.state_of(m.key, entities) for m in subject
                           if m.key and m.case == "nom" and self.etype(m.key, entities) == "State"}
            parties.discard(None)
            if len(parties) < 2:
                continue
            status = self.status_for(s, i, j)
            ev = self.evidence(s, "agreement.agreed", s.surface(i, j, article.text))
            date = self.met_date(s, memory, visits, entities, article) or self.date_for(s, i, memory, status, article)
            out.append(Agreement(tuple(sorted(parties)), ev, (), "other", date, status))  # type: ignore[arg-type]
        return out


EARLIER = "agreement.earlier"  # the rule of an agreement told as an earlier one


def merge_agreements(agreements: list[Agreement]) -> list[Agreement]:
    out: list[Agreement] = []
    for a in agreements:
        for k, o in enumerate(out):
            pa, po = set(a.parties), set(o.parties)
            # an agreement still planned is another one than the one signed ("… প্রটোকলে সই করেন।
            # … আলাদা একটি চুক্তি করবে")
            same = o.evidence[0].start == a.evidence[0].start  # one sentence: one agreement of these parties
            # (an agreement told as an earlier one is another than one told otherwise)
            apart = (o.evidence[0].rule == EARLIER) != (a.evidence[0].rule == EARLIER)
            if (pa <= po or po <= pa) and ((compatible(o.date, a.date) and o.status == a.status and not apart) or same):
                status, when = one_sentence(o, a) if same else (o.status, finer(o.date, a.date))
                out[k] = replace(o, parties=tuple(sorted(pa | po)), evidence=o.evidence + a.evidence,
                                 signatories=tuple(sorted(set(o.signatories) | set(a.signatories))),
                                 kind=o.kind if o.kind != "other" else a.kind, status=status, date=when)
                break
        else:
            out.append(a)
    return out
