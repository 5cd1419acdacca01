"""Meeting rules: a meeting word and its participants (named, paired, or the host of a
visitor just arrived)."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import replace

from bnkg.builder.events._common import (
    Memory,
    Rules,
    SentenceState,
    compatible,
    finer,
    one_sentence,
)
from bnkg.builder.records import (
    Article,
    Entity,
    Meeting,
    Mention,
    Visit,
)
from bnkg.mappings.lexicons import Phrase
from bnkg.transliterate import transliterate


class MeetingRules(Rules):
    """The meeting rules (a family of :class:`Rules`)."""

    def meetings(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                 visits: list[Visit]) -> list[Meeting]:
        out: list[Meeting] = []
        lex = self.lex.meeting
        weak = lex.weak_words
        to_guest = lex.guest_words
        credentials = lex.credentials_words
        strong = self.find_phrases(s.toks, lex.words)
        covered = {k for i, j, _ in strong for k in range(i, j)}
        found = strong + [(i, j, p) for i, j, p in self.find_phrases(s.toks, weak) if i not in covered]
        covered |= {k for i, j, _ in found for k in range(i, j)}
        found += [(i, j, p) for i, j, p in self.find_phrases(s.toks, credentials) if i not in covered]
        covered |= {k for i, j, _ in found for k in range(i, j)}
        found += [(i, j, p) for i, j, p in self.find_phrases(s.toks, to_guest, inflect_last=False)
                  if i not in covered]
        anchors = self.lex.grammar.anchors | {w for p in lex.end_words for w in p}
        # who spoke by phone in the sentence before ("… টেলিফোনে কথা বলেন। আলাপে দুই মন্ত্রী … নিয়ে
        # মতবিনিময় করেন": the talk is that call)
        called_before, memory.called = memory.called, self.called(s, entities)
        one_named, memory.one_named = memory.one_named, None
        if one_named is not None:
            out += self.among_them(s, entities, one_named)
        told_before, memory.told_before = memory.told_before, ()
        reported_before, memory.reported_before = memory.reported_before, False
        if told_before and self.denies_before(s, found, reported_before):
            memory.denied = told_before  # "… বৈঠক করেছেন বলে খবর। তবে এমন কোনো বৈঠক হয়নি": none held
        reported = False
        # the ends of meeting words that open a clause of "after/before" ("বৈঠকের পর")
        subordinate_ends = sorted(j0 for _, j0, _ in found if s.words(j0, j0 + 1) and s.words(j0, j0 + 1)[0] in anchors)
        for i, j, phrase in sorted(found):
            if self.negated(s, j) or self.by_phone(s, i, j) or self.hypothetical(s, j) or self.consequent(s, i):
                continue  # not held, held by phone, or only supposed ("… বৈঠক হলে … আসবে")
            is_weak = phrase in weak or phrase in to_guest or phrase in credentials
            handed_to = {p[0] for p in lex.credentials_to} if phrase in credentials else set()
            persons = self.persons(s, entities, i)
            # "লাভরভের সঙ্গে বৈঠকের পর চোয়ে পুতিনের সঙ্গেও বৈঠক করেন": the partner of a meeting told in a
            # clause of "after/before" earlier in the sentence met only then, not at this one
            at = bisect_left(subordinate_ends, i)
            done = subordinate_ends[at - 1] if at else -1
            persons = [m for m in persons if not (m.case == "gen" and m.end_token <= done)]
            described = self.described_guest(s, i, entities, memory, visits)
            if phrase in to_guest and not any(m.case == "acc" and m.end_token <= i for m in persons) \
                    and described is None:
                continue  # "কিম শোইগুকে ক্ষেপণাস্ত্র দেখালেন": only with the guest named, before the verb
            # "ট্রাম্পের সঙ্গে বৈঠকের আগে কিমের সঙ্গে কথা বলেছেন": a partner after "বৈঠকের আগে/পরে"
            # belongs to the main verb, not to that meeting
            subordinate = bool(s.words(j, j + 1)) and s.words(j, j + 1)[0] in anchors
            if subordinate and i == 0 and (is_weak or memory.last_meeting):
                continue  # "আলোচনার পর ল্যাভরভ বলেন, …", "বৈঠকের পর মুখপাত্র … বলেন": after the talks just told, no new meeting
            opening = subordinate or self.has_phrase(s.words(j, j + 1), lex.opening_words)
            if opening and i == 0 and memory.last_meeting and {m.key for m in persons} <= set(memory.last_meeting):
                # "বৈঠকের শুরুতেই কুরস্ক … কিমকে ধন্যবাদ জানান পুতিন": what was said at the meeting just told —
                # no second reading of it (with the place the words are about)
                continue
            # "X-এর সঙ্গে (আসন্ন) বৈঠক": the partner is named; an object elsewhere is another verb's
            partnered = any(m.case == "gen" and 0 <= i - m.end_token <= 3 and not self.is_modifier(s, m)
                            for m in persons)
            # "পুতিন চোয়েকে সাক্ষাৎ দেন বলে জানিয়েছেন পেসকভ": after "বলে", the one who tells of the
            # meeting (when its clause has its own subject) — and "কিমকে অবহিত করেন": the one told
            # "আলোচনায় ফিরতে … কিম আশ্বাস দিয়েছেন বলে জানিয়েছেন তিমাকোভা": talks are held only by those the
            # clause names — never by the one who tells of them after "বলে"
            subject = any(m.case == "nom" and m.end_token <= i for m in persons) or is_weak
            reported_from = next((k for k in range(j, len(s.toks))
                                  if s.toks[k].text in self.lex.speech.complementizers), None) if subject else None
            persons = [m for m in persons if not (reported_from is not None and m.token > reported_from)
                       and not (m.case == "acc" and self.has_phrase(s.words(m.end_token, m.end_token + 1),
                                                                    lex.told_words))]
            parts: list[str] = []
            # "কিম ও পুতিনের শীর্ষ বৈঠকের পর থেকেই … —বুধবার … দাবি করেছেন … শিন": the pair named before
            # "বৈঠকের পর" held it; who speaks after it, or past a clause boundary, did not
            named_before = len({m.key for m in persons if m.end_token <= i}) >= 2
            later = self.next_clause(s, j)
            for m in persons:
                if m.token >= later:
                    continue  # "… আলোচনা করেন, পরে শোইগু … বিবৃতি পড়ে শোনান": another clause's subject
                if subordinate and m.token >= j and (m.case != "nom" or named_before
                                                     or self.boundary_between(s, j, m.token)):
                    continue
                if partnered and m.case == "acc" and phrase not in to_guest:
                    continue
                if m.case in ("nom", "acc") or not self.is_modifier(s, m) or 0 <= i - m.end_token <= 2 \
                        or self.leads_group(s, m, i) \
                        or self.owner_after_partner(s, m, i) \
                        or (m.case == "gen" and m.token >= j and m.end_token >= len(s.toks)) \
                        or (m.end_token < min(i, len(s.toks)) and s.toks[m.end_token].text in handed_to):
                    parts.append(m.key)
            if any(m.how in ("pronoun-pair", "pronoun-plural") for m in s.mentions):
                parts += self.pair(s, memory, visits=visits, entities=entities, article=article)
            if s.speech_from is not None and i >= s.speech_from and len(set(parts)) == 1 and any(
                    m.key == parts[0] and m.end_token < len(s.toks)
                    and self.is_post(s.toks[m.end_token].text, self.with_words) for m in s.mentions):
                # "পুতিন বলেন, আজ কিমের সঙ্গে বৈঠক হয়েছে": the speaker met Kim
                parts += [k for k in s.speakers if self.etype(k, entities) == "Person"]
            parts = sorted(set(parts))
            if len(parts) == 1 and described is not None and described[1] != self.state_of(parts[0], entities) \
                    and self.etype(parts[0], entities) == "Person":
                # "রুশ মন্ত্রীকে নিজ কার্যালয়ে স্বাগত জানান কিম": the Russian visiting Kim's state
                guest = described[0].get(self.state_of(parts[0], entities))
                parts = sorted({parts[0], guest}) if guest and guest != parts[0] else parts
            if len(parts) == 1 and self.etype(parts[0], entities) == "Person":
                # "পুতিনের কাছে … ১৫টি দেশের রাষ্ট্রদূত পরিচয়পত্র পেশ করেন।": those met may be listed next
                status = self.status_for(s, i, j)
                rule = "meeting.credentials" if phrase in credentials else "meeting.among"
                memory.one_named = Meeting((parts[0],), self.evidence(s, rule, s.surface(i, j, article.text)),
                                           self.place_in(s, i, entities, memory=memory, not_visited=True),
                                           self.date_for(s, i, memory, status, article), status)
            # "রুশ প্রতিনিধিদলের সঙ্গে আলোচনায় বসেন চোয়ে": with the delegation told of — its leader
            with_delegation = self.with_delegation(s, i)
            if is_weak and len(parts) < 2 and not (partnered and len(parts) == 1):
                continue  # "আলোচনা" alone is a meeting only between the people the sentence names
            if is_weak and called_before and set(parts) <= called_before \
                    and not any(m.key in parts and not m.how.startswith("pronoun") for m in s.mentions):
                continue  # "দুই মন্ত্রী … মতবিনিময় করেন" right after they spoke by phone: the call
            referred = False  # the meeting told before: "মেদভেদেভ বৈঠকের পর বলেন, …"
            if len(parts) < 2 and memory.last_meeting and (not parts or parts[0] in memory.last_meeting) \
                    and self.bare_reference(s, i, entities):
                parts = sorted(set(parts) | set(memory.last_meeting))
                referred = True
            if len(parts) < 2 and memory.last_meeting and (not parts or parts[0] in memory.last_meeting) \
                    and s.words(i - 1, i) and s.words(i - 1, i)[0] in self.demonstratives \
                    and self.bare_reference(s, i, entities, places_ok=True):
                # "… বৈঠক করেছেন ল্যাভরভ। বৃহস্পতিবার পিয়ংইয়ংয়ে এ বৈঠক হয়।": "this meeting" is the
                # one just told, even when the sentence gives its own day or place
                parts = sorted(set(parts) | set(memory.last_meeting))
                referred = True
            if len(parts) < 2 and not memory.last_meeting and s.words(i - 1, i) \
                    and s.words(i - 1, i)[0] in self.demonstratives and len(set(parts) | set(memory.previous_persons)) == 2:
                # "… ল্যাভরভের কাছে … তুলে ধরেন তিনি। … হয় এই বৈঠক।": the two just named met
                parts = sorted(set(parts) | set(memory.previous_persons))
            owned = i > 0 and s.toks[i - 1].text.endswith(self.genitive_endings) \
                and not any(m.end_token == i for m in s.mentions if m.key) \
                and not (len(phrase) > 1 and s.toks[i - 1].text.endswith(self.lex.grammar.plural_endings))
            # ("দলের বৈঠকে": a body's meeting; "অতিথিদের স্বাগত জানান": a plural's "-দের" before a verb is its object)
            if len(parts) == 1 and (not is_weak or partnered) and not owned and parts[0] not in memory.last_meeting \
                    and (with_delegation or self.bare_reference(s, i, entities, places_ok=True)):
                # ("… পৌঁছেছেন। পরে স্বাগতিক চোয়ের সঙ্গে আলোচনা হয়": the talks with the host, the visitor's)
                # "ল্যাভরভ পিয়ংইয়ং পৌঁছেছেন। শুক্রবার কিম জং উন বৈঠক করেন।": the host meets the visitor
                # who has just arrived in the host's state (this sentence or the one before)
                own = self.state_of(parts[0], entities)
                since = memory.previous.sentence.start if memory.previous is not None else s.sentence.start
                guests = {v.visitor for v in (*memory.visits, *visits) if v.destination == own and own
                          and v.visitor != parts[0] and v.status == "Occurred"
                          and any(e.start >= since for e in v.evidence)}  # (a delegation's leader told next)
                if len(guests) == 1:
                    parts = sorted(set(parts) | guests)
            of_body = owned or any(m.end_token == i and m.case == "gen" and m.key
                                   and self.etype(m.key, entities) == "Organization" for m in s.mentions)
            if len(parts) == 1 and not is_weak:
                group = self.counterpart(article, s, i, entities)
                if group is not None:  # "… প্রশাসনের কর্মকর্তাদের সঙ্গে তাঁর বৈঠক": a meeting with officials
                    parts = sorted({*parts, group})
            if len(parts) < 2 and phrase in lex.summit_words and not of_body:
                # (not "সাংহাই সহযোগিতা সংস্থার শীর্ষ সম্মেলনে যোগ দিয়ে": a body's summit, of many)
                parts = sorted(set(parts) | self.host_leaders(visits, entities, article))
            if len(parts) < 2:
                continue
            memory.one_named = None
            status = self.status_for(s, i, j)
            place = self.place_in(s, i, entities, memory=memory, not_visited=True,
                                  parties=frozenset(self.state_of(k, entities) for k in parts))
            date = self.visit_day(s, memory, visits) or self.date_for(s, i, memory, status, article)
            if referred and status == "Occurred" and memory.last_meeting_date is not None and not any(d.value is not None for d in s.dates):
                # "… বুধবার বৈঠক করেন। গত শনিবার … প্রবেশ করেন। মেদভেদেভ বৈঠকের পর বলেন": that meeting's
                # day, not the day the narrative has gone back to
                date = memory.last_meeting_date
            trig = s.surface(i, j, article.text)
            guests = {m.key for m in persons if m.case == "acc" and m.key in parts}
            hosts = [k for k in parts if k not in guests]
            # "কিমকে স্বাগত জানান X এবং Y": the guest meets each host; the co-hosts do not meet
            groups = [tuple(sorted(guests | {h})) for h in hosts] if len(guests) == 1 and len(hosts) > 1 \
                and all(m.case == "nom" for m in persons if m.key in hosts) else [tuple(parts)]
            # "পুতিন প্রথমে A এবং পরে B-এর সঙ্গে আলাদাভাবে বৈঠক করেন": the one named first, the subject,
            # meets each of the others on their own — no three-way meeting
            first = min((m for m in persons if m.key in parts), key=lambda m: m.token, default=None)
            if len(parts) > 2 and first is not None and first.case == "nom" \
                    and self.has_phrase(s.words(i - 4, i), lex.separate_words):
                groups = [tuple(sorted((first.key, k))) for k in parts if k != first.key]
            reported = reported or self.reported_clause(s, i, j)
            for group in groups:
                rule = "meeting.credentials" if phrase in credentials else "meeting.trigger"
                out.append(Meeting(group, self.evidence(s, rule, trig), place, date, status))  # type: ignore[arg-type]
        memory.held_here = out[-1] if out else None
        memory.told_before, memory.reported_before = tuple(out), reported
        return out

    def leads_group(self, s: SentenceState, m: Mention, i: int) -> bool:
        """ "শোইগুর নেতৃত্বে একটি প্রতিনিধিদল কিমের সঙ্গে বৈঠক করে": one in the genitive right before a
        word of leading, before the meeting word at i in its clause, met for the group he led."""
        led = next((p for p in self.lex.visit.led_by if s.words(m.end_token, m.end_token + len(p)) == p), None)
        if m.case != "gen" or led is None or m.end_token >= i or self.boundary_between(s, m.end_token, i):
            return False
        after = m.end_token + len(led)
        return bool(self.find_phrases(s.toks[after:min(i, after + 7)], self.lex.visit.delegation))

    def reported_clause(self, s: SentenceState, i: int, j: int) -> bool:
        """The meeting word at i..j is told as a report: inside what someone says ("গণমাধ্যমে বলা হয়, …
        বৈঠক করেছেন"), or its verb group then "বলে" ("… বৈঠক করেছেন বলে দাবি করেছে সিউল")."""
        if s.speech_from is not None and i >= s.speech_from:
            return True
        k = j
        while k < min(len(s.toks), j + 3) and s.toks[k].text not in self.lex.speech.complementizers \
                and self.verbal(s.toks[k].text):
            k += 1
        return k < len(s.toks) and s.toks[k].text in self.lex.speech.complementizers

    def denies_before(self, s: SentenceState, found: list[tuple[int, int, Phrase]], reported_before: bool) -> bool:
        """This sentence denies the meetings of the sentence before: a meeting word not held, "such" right
        before it ("তবে এমন কোনো বৈঠক হয়নি বলে দাবি করেছে মস্কো"); or, after a meeting told as a report,
        a denial with "that" within the three words before it ("মস্কো অবশ্য তা নাকচ করেছে")."""
        lex = self.lex.meeting
        if any(self.has_phrase(s.words(i - 3, i), lex.such_words) and self.negated(s, j) for i, j, _ in found):
            return True
        if not reported_before or found:
            return False
        denials = self.lex.grammar.denials
        return any(self.has_phrase(s.words(k - 3, k), lex.back_words)
                   for k, _, _ in self.find_phrases(s.toks, denials))

    def described_guest(self, s: SentenceState, i: int, entities: dict[str, Entity], memory: Memory,
                        visits: list[Visit]) -> tuple[dict[str | None, str], str | None] | None:
        """A guest named by a state's adjective and a word, or by a word for a guest, in the accusative
        or in the genitive before "সঙ্গে", before the meeting word at i ("রুশ মন্ত্রীকে স্বাগত জানান …",
        "চীনা অতিথির সঙ্গে বৈঠক করেন …", "অতিথিকে অভ্যর্থনা জানান …"): ({host state: the one person (of
        that state) told to have arrived there}, the adjective's state or None), or None."""
        starts = {o.token for o in s.mentions}

        def guest_word(k: int) -> bool:
            if k >= i or k in starts:
                return False
            cases = {case for _, case in self.finder.endings(s.toks[k].text)}
            return "acc" in cases or ("gen" in cases and k + 1 < len(s.toks)
                                      and self.is_post(s.toks[k + 1].text, self.with_words))

        adj = next((m for m in s.mentions if m.how == "adjective" and m.key and m.end_token < i
                    and self.etype(m.key, entities) == "State" and guest_word(m.end_token)), None)
        if adj is None:
            nouns = {p[0] for p in self.lex.meeting.guest_nouns}
            if not any(guest_word(k) and any(st in nouns for st, _ in self.finder.endings(s.toks[k].text))
                       for k in range(max(0, i - 4), i)):
                return None
        state = adj.key if adj is not None else None
        found: dict[str | None, set[str]] = {}
        for v in (*memory.visits, *visits):
            if v.visitor and v.status == "Occurred" and (state is None or self.state_of(v.visitor, entities) == state):
                found.setdefault(v.destination, set()).add(v.visitor)
        return {d: next(iter(vs)) for d, vs in found.items() if len(vs) == 1}, state

    def next_clause(self, s: SentenceState, j: int) -> int:
        """Where a clause of its own starts after the meeting word's clause (ending at word j): the
        first clause boundary after it, when words follow the last name after it ("দুই মন্ত্রী আলোচনা
        করেন, তারপর লাভরভকে … নিয়ে যাওয়া হয়", "… বৈঠক করেন, পরে শোইগু … বিবৃতি পড়ে শোনান") — not a
        list of names ending the sentence ("বৈঠক করেন পুতিন, কিম ও লুকাশেঙ্কো"); past the sentence's end if none."""
        n = len(s.toks)
        b = next((k for k in range(j + 1, n) if self.boundary_between(s, k, k)), None)
        if b is None:
            return n + 1
        # a clause ends with its verb, a list with its last name
        last = max((m.end_token for m in s.mentions if m.token >= b), default=n)
        return b if any(w not in self.conjunctions for w in s.words(last, n)) else n + 1

    def among_them(self, s: SentenceState, entities: dict[str, Entity], told: Meeting) -> list[Meeting]:
        """ "তাঁদের মধ্যে ছিলেন উত্তর কোরিয়ার রাষ্ট্রদূত কিম হিয়ং জুন এবং …" right after a meeting of one
        person named with others unnamed ("… পুতিনের কাছে ১৫টি দেশের নতুন রাষ্ট্রদূত পরিচয়পত্র পেশ করেন"):
        each person this sentence lists met that one."""
        among = next((p for p in self.lex.meeting.among_words if s.words(0, len(p)) == p), None)
        if among is None:
            return []
        host = told.participants[0]
        listed = sorted({m.key for m in s.mentions if m.key and m.key != host and m.token >= len(among)
                         and m.case == "nom" and not m.how.startswith("pronoun")
                         and self.etype(m.key, entities) == "Person"})
        evidence = told.evidence + self.evidence(s, "meeting.among", "")
        return [replace(told, participants=tuple(sorted((host, k))), evidence=evidence) for k in listed]

    def with_delegation(self, s: SentenceState, i: int) -> bool:
        """A delegation word in the genitive before "সঙ্গে/সাথে", within the four words before the
        meeting word at i ("রুশ প্রতিনিধিদলের সঙ্গে আলোচনায় বসেন"): the partner is the delegation told of."""
        with_words = frozenset(self.lex.grammar.postpositions.get("with", ()))
        delegation = {p[-1] for p in self.lex.visit.delegation}
        return any(self.is_post(s.toks[k].text, with_words)
                   and any(st in delegation for st, case in self.finder.endings(s.toks[k - 1].text) if case == "gen")
                   for k in range(max(1, i - 4), i))

    def by_phone(self, s: SentenceState, i: int, j: int) -> bool:
        """The talks at [i, j) are held by phone or video ("পুতিন মঙ্গলবার ফোনে কিমের সঙ্গে আলোচনা করেন",
        "ফোনালাপে দুই মন্ত্রী … নিয়ে মতবিনিময় করেন", "ভিডিও কনফারেন্সে বৈঠক করেন", "আলোচনা করেন
        টেলিফোনে"): a phone word earlier in the sentence with no "পর/আগে", "যে/বলে" or reported speech's
        start between ("ফোনে কথা বলার পর দুই নেতা বৈঠকে বসেন": the meeting followed the call), or
        within the three words after."""
        phone = self.lex.meeting.phone_words
        if self.has_phrase(s.words(j, j + 3), phone):
            return True
        stops = self.lex.grammar.anchors | self.lex.speech.that | self.lex.speech.complementizers
        for k in range(i - 1, -1, -1):
            if s.toks[k].text in stops or (s.speech_from is not None and k < s.speech_from <= i):
                return False  # ("ফোনালাপে পুতিন বলেন, কিমের সঙ্গে শিগগিরই বৈঠক হবে": told on the phone, held in person)
            if any(s.words(k, k + len(p)) == p for p in phone):
                return True
        return False

    def called(self, s: SentenceState, entities: dict[str, Entity]) -> frozenset[str]:
        """The persons of a sentence that tells of a phone call ("… টেলিফোনে কথা বলেন")."""
        if not self.has_phrase(s.words(0, len(s.toks)), self.lex.meeting.phone_words):
            return frozenset()
        return frozenset(m.key for m in s.mentions if m.key and self.etype(m.key, entities) == "Person")

    def owner_after_partner(self, s: SentenceState, m: Mention, i: int) -> bool:
        """ "X-এর সঙ্গে তাঁর প্রায় তিন ঘণ্টার বৈঠক হয়": a genitive right after the partner's "সঙ্গে"
        owns the meeting word a few words on (its length, "প্রায় পাঁচ ঘণ্টা", between) — a party."""
        if m.case != "gen" or not 0 < i - m.end_token <= 5 or m.token < 1 \
                or not self.is_post(s.toks[m.token - 1].text, self.with_words):
            return False
        return any(o.key and o.case == "gen" and o.end_token == m.token - 1 for o in s.mentions) \
            and not self.boundary_between(s, m.end_token + 1, i) \
            and not any(m.end_token <= o.token < i for o in s.mentions if o.key)

    def counterpart(self, article: Article, s: SentenceState, i: int, entities: dict[str, Entity]) -> str | None:
        """The unnamed officials of a body met, named right before the meeting word at i as its partner
        ("উত্তর কোরিয়ার জাতীয় পর্যটন প্রশাসনের কর্মকর্তাদের সঙ্গে তাঁর বৈঠক"): a group of their own,
        labelled by the state, the body's name and the group's noun ("… প্রশাসনের কর্মকর্তারা"),
        affiliated with the state.  Only with a body's name between the state and the officials: "রুশ
        কর্মকর্তাদের সঙ্গে" alone is too vague a partner."""
        for m in s.mentions:
            if not (m.key and m.case == "gen" and m.how == "role" and self.etype(m.key, entities) == "Group"
                    and m.end_token < i <= m.end_token + 3 and self.is_post(s.toks[m.end_token].text, self.with_words)):
                continue
            owner = next((o for o in s.mentions if o.key and o.case == "gen" and o.how == "alias"
                          and self.etype(o.key, entities) == "State" and 1 <= m.token - o.end_token <= 4), None)
            group = self.m.gazetteer.actors.get(m.key)
            if owner is None or group is None or any(owner.end_token <= o.token < m.token for o in s.mentions):
                return None
            label = " ".join([s.surface(owner.token, m.token, article.text), group.bn.split()[-1]])
            key = "group-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
            en = f"{group.en} ({transliterate(label)})" if group.en else transliterate(label)
            entities.setdefault(key, Entity(key, "Group", label, en, None, owner.key, None, None, False))
            return key
        return None

    def bare_reference(self, s: SentenceState, i: int, entities: dict[str, Entity], places_ok: bool = False) -> bool:
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


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    out: list[Meeting] = []
    for m in meetings:
        for k, o in enumerate(out):
            if o.participants == m.participants and o.status == m.status and compatible(o.date, m.date):
                out[k] = replace(o, evidence=o.evidence + m.evidence, place=o.place or m.place,
                                 date=finer(o.date, m.date))
                break
            if o.participants == m.participants and o.evidence[0].start == m.evidence[0].start:
                status, when = one_sentence(o, m)  # one sentence, one meeting of these people
                out[k] = replace(o, evidence=o.evidence + m.evidence, place=o.place or m.place,
                                 status=status, date=when)
                break
        else:
            out.append(m)
    return out
