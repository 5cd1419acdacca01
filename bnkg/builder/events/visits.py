"""Visit rules: a visit noun or motion verb, its visitor, destination, host and date; an
invitation; a visit inferred from a meeting held abroad."""

from __future__ import annotations

from dataclasses import replace

from bnkg.builder.events._common import (
    PASSIVE,
    Memory,
    Rules,
    SentenceState,
    compatible,
    days_apart,
    finer,
)
from bnkg.builder.records import (
    Article,
    DateValue,
    Entity,
    Meeting,
    Mention,
    Visit,
)


class VisitRules(Rules):
    """The visit rules (a family of :class:`Rules`)."""

    def visits(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory) -> list[Visit]:
        out: list[Visit] = []
        lex = self.lex.visit
        host_words = lex.host_words
        motion = lex.motion
        nouns = self.find_phrases(s.toks, lex.words)
        noun_ends = {j for _, j, _ in nouns}
        triggers = sorted(nouns + [
            (i, j, p) for i, j, p in self.find_phrases(s.toks, motion, inflect_last=False)
            if (self.destination_next_to(s, i, entities) or self.destination_right_after(s, j, entities))
            and not noun_ends & {i, i - 1} and not self.has_phrase(s.words(i - 1, i), lex.passive_before)]
            + [(i, j, p) for i, j, p in self.find_phrases(s.toks, lex.vehicle_verbs, inflect_last=False)
               if self.find_phrases(s.toks[max(0, i - 6):i], lex.vehicles) and not noun_ends & {i, i - 1}
               and (any(m.end_token == i and m.case == "loc" for m in s.mentions)  # ("পিয়ংইয়ং নামে": named so)
                    or any(self.described_place(s, m, i, entities, noun=False) for m in s.mentions))]
            + [(i, j, p) for i, j, p in self.find_phrases(s.toks, lex.attend, inflect_last=False)
               if i > 0 and self.find_phrases(s.toks[i - 1:i], lex.events)
               and (self.place_before(s, i, entities) or self.event_told_before(s, i, memory, entities))]
            + [(i, j, p) for i, j, p in self.find_phrases(s.toks, lex.stay, inflect_last=False)
               if self.destination_next_to(s, i, entities)]
            + self.find_phrases(s.toks, lex.guest_at, inflect_last=False))
        pending, memory.delegation = memory.delegation, None
        if pending is not None:
            out += self.delegation_leader(article, s, entities, pending)
        read_at: list[int] = []  # the triggers of this sentence a visit was read at
        for i, j, phrase in triggers:
            if s.words(i - 1, i) and s.words(i - 1, i)[0] in self.demonstratives:
                continue  # "এই সফর", "ওই সফরে": the visit told of before, not a new one
            if self.negated(s, j) or self.has_phrase(s.words(j, j + 2), lex.cancelled):
                continue  # "সফর বাতিল করেন": called off
            if self.has_phrase(s.words(j, j + 1), lex.delivered):
                continue  # "… আমন্ত্রণ কিমের কাছে পৌঁছে দিয়েছেন": delivered
            if i > 0 and self.find_phrases(s.toks[i - 1:i], self.lex.agreement.words):
                continue  # "… বাণিজ্য চুক্তিতে পৌঁছেছেন": reached an agreement, not a place
            if self.has_phrase(s.words(i - 6, i), lex.conditional) or self.hypothetical(s, j) or self.consequent(s, i):
                continue  # "পুতিন যদি আবার পিয়ংইয়ং যান", "… সফর করলে … বাড়বে": a hypothesis
            persons = self.persons(s, entities, i)
            visitor = host = None
            invited = self.has_phrase(s.words(j, j + 2), host_words) or (
                self.has_phrase(s.words(j, j + 1), lex.purpose) and self.has_phrase(s.words(j + 1, j + 4), host_words)
                and any(m.case == "acc" and j < m.token < j + 4 for m in persons))
            # "রাশিয়া সফরে যাওয়ার জন্য পুতিনের আমন্ত্রণও কিমের কাছে …": the invitation carried to a guest
            carried, inviter = self.carried_to(s, j, persons)
            invited = invited or carried is not None
            gens = [m for m in persons if m.case == "gen" and m.end_token <= i and i - m.end_token <= 4
                    and self.is_modifier(s, m)  # not "পুতিনের সঙ্গে দেখা করতে মস্কো সফর": that is a partner
                    and not any(p.token > m.token and p.end_token <= i for p in persons)]
            if phrase in lex.vehicle_verbs:
                # "পুতিনের বিশেষ বিমান … নামল": the owner of the vehicle, in the genitive right before it
                ride = [a for a, _, _ in self.find_phrases(s.toks[max(0, i - 6):i], lex.vehicles)]
                gens = [m for m in persons if m.case == "gen" and ride and m.end_token == max(0, i - 6) + ride[0]]
            if gens:
                if invited:
                    host = gens[-1].key
                else:
                    visitor = gens[-1].key
            if invited and visitor is None:
                guests = [m for m in persons if m.case == "acc"] or ([carried] if carried is not None else [])
                if guests:  # "X রুশ প্রেসিডেন্টকে … সফরের আমন্ত্রণ জানিয়েছেন": Putin is invited by X
                    visitor = guests[0].key
                    host = host or inviter or next((m.key for m in persons if m.case == "nom" and m.key != visitor), None)
            also: list[str] = []  # visitors coordinated with the one picked: "কিম জং উন ও পুতিন"
            led_by = self.lex.visit.led_by
            leader = [m for m in persons if m.case == "gen" and m.end_token < i
                      and any(s.words(m.end_token, m.end_token + len(p)) == p for p in led_by)
                      and not self.boundary_between(s, m.end_token, i)]
            if visitor is None and leader and not invited:
                visitor = leader[-1].key  # "… সংস্কৃতিমন্ত্রীর নেতৃত্বে একটি প্রতিনিধিদলের … সফর": the leader
            if visitor is None and self.has_phrase(s.words(j, j + 1), lex.due):
                # "… হ্যানয়ে যাওয়ার কথা পুতিনের": the one due to go, in the genitive after "কথা"
                visitor = next((m.key for m in persons if m.case == "gen" and j < m.token <= j + 2), None)
            if visitor is None:
                subjects = [m for m in persons if m.case == "nom" and m.key != host]
                before = [m for m in subjects if m.end_token <= i]
                after = [m for m in subjects if m.token >= j]
                # "পিয়ংইয়ংয়ে আসার আগে … ওয়াং ইর সঙ্গে আলোচনা করেন লাভরভ": a clause of "before/after
                # going" has the main verb's subject, the one that ends the sentence
                then = bool(s.words(j, j + 1)) and s.words(j, j + 1)[0] in self.lex.grammar.anchors
                pick = before[-1] if before else (after[-1] if then and after else after[0] if after else None)
                visitor = pick.key if pick else None
                if pick is not None:
                    also = [m.key for m in subjects if m.key != visitor and self.coordinated(s, m, pick)]
            if visitor is None:
                # "… প্রতিনিধিদল পৌঁছেছে", or after the verb: "পিয়ংইয়ংয়ে পৌঁছল রাশিয়ার একটি প্রতিনিধিদল"
                # ("… পৌঁছেছে রাশিয়ার প্রিমোরস্কি অঞ্চলের একটি প্রতিনিধিদল": its owners' names between)
                after = [k for k, _, _ in self.find_phrases(s.toks[j:j + 6], lex.delegation)]
                if not persons and (self.find_phrases(s.toks[:i], lex.delegation)
                                    or (after and not self.boundary_between(s, j, j + after[0]))):
                    memory.delegation = self.group_visit(article, s, i, j, memory, entities)
                continue
            own = self.state_of(visitor, entities)
            dest_m = self.destination(s, i, j, entities, own)
            if dest_m is None and phrase in lex.guest_at:
                # "মস্কোর রেড স্কয়ারে … অতিথিদের সারিতে ছিলেন": the place the clause names before, any case
                dest_m = next((m for m in reversed(s.mentions) if m.key and m.end_token <= i and m.how not in PASSIVE
                               and self.etype(m.key, entities) in ("State", "Place")
                               and self.state_of(m.key, entities) not in (own, None)
                               and not self.boundary_between(s, m.end_token, i)), None)
            there = memory.last_event_place if dest_m is None and (any(
                (w,) in self.lex.visit.there for w in s.words(i - 3, i))
                or (phrase in lex.attend and self.event_told_before(s, i, memory, entities))) else None
            if dest_m is None and there is None:
                continue
            if read_at and phrase not in motion and (dest_m is None or dest_m.token < read_at[-1]):
                continue  # "… মস্কো সফরের আমন্ত্রণ …; সফরের তারিখ শিগগির ঠিক হবে": the visit just told, again
            # "… ওনসানে বৈঠক … শুক্রবার সেখানে পৌঁছেই": the place of the event told just before
            dest = self.state_of(dest_m.key if dest_m is not None else there, entities)  # type: ignore[arg-type]
            if dest is None or dest == own:
                continue
            place = self.place_in(s, i, entities, dest, memory=memory) or there
            stay = phrase in lex.stay  # "… থেকেই চীনে অবস্থান করছেন": there now, since that day
            status = "Planned" if invited or phrase in lex.attend_purpose else "Occurred" if stay \
                else self.status_for(s, i, j)
            if phrase in lex.participles and not invited:  # "ঘুরে এসে … শুরু করেন": the main verb's tense
                status = "Planned" if self.has_phrase(s.words(len(s.toks) - 1, len(s.toks)),
                                                      self.lex.planned.words) else "Occurred"
            date = (self.since_date(s, i) if stay else None) or self.date_for(s, i, memory, status, article)
            same = [v for v in (*memory.visits, *out) if (v.visitor, v.destination, v.status) == (visitor, dest, status)
                    and v.date is not None]
            if same and not any(d.value is not None for d in s.dates):
                # "কিমের সফর ঘিরে মস্কোয় …" with no time of its own: the visit told before, not the
                # day the narrative is at
                date = same[0].date
            trig = s.surface(i, j, article.text)
            read_at.append(i)
            out.append(Visit(visitor, dest, self.evidence(s, "visit.trigger", trig), place, host, date, status))  # type: ignore[arg-type]
            out += [Visit(k, dest, self.evidence(s, "visit.trigger", trig), place, host, date, status)  # type: ignore[arg-type]
                    for k in dict.fromkeys(also) if self.state_of(k, entities) not in (dest, None)]
        return out + self.invited_visits(article, s, entities, memory) + self.welcomed_visits(article, s, entities, memory) \
            + self.came_from_visits(article, s, entities, memory) + self.returned_visits(article, s, entities, memory)

    def returned_visits(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                        ) -> list[Visit]:
        """ "মস্কো থেকে ফিরে এসেছেন কিম", "রাশিয়া থেকে পিয়ংইয়ংয়ে ফিরেছেন কিম": back from a place or state
        of another state named with "থেকে" within the three words before the verb — the traveller (the
        verb's subject, before it in its clause, else after it) was there: a visit that occurred."""
        since = self.lex.grammar.since
        out: list[Visit] = []
        for i, j, _ in self.find_phrases(s.toks, self.lex.visit.returned, inflect_last=False):
            if self.negated(s, j) or self.hypothetical(s, j):
                continue
            origin = next((m for m in s.mentions if i - 4 <= m.end_token < i and m.key and m.how not in PASSIVE
                           and s.toks[m.end_token].text in since and self.etype(m.key, entities) in ("State", "Place")
                           and not self.boundary_between(s, m.end_token, i)), None)
            if origin is None:
                continue
            persons = [m for m in self.persons(s, entities) if m.case == "nom"]
            before = [m for m in persons if m.end_token <= origin.token and not self.boundary_between(s, m.end_token, i)]
            pick = before[-1] if before else next((m for m in persons if m.token >= j), None)
            if pick is None:
                continue
            own, dest = self.state_of(pick.key, entities), self.state_of(origin.key, entities)  # type: ignore[arg-type]
            if own is None or dest is None or own == dest:
                continue
            place = origin.key if self.etype(origin.key, entities) == "Place" else None  # type: ignore[arg-type]
            date = self.date_for(s, i, memory, "Occurred", article)
            ev = self.evidence(s, "visit.returned", s.surface(origin.token, j, article.text))
            out.append(Visit(pick.key, dest, ev, place, None, date, "Occurred"))  # type: ignore[arg-type]
        return out

    def came_from_visits(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                         ) -> list[Visit]:
        """ "সপ্তাহের গোড়ায় পিয়ংইয়ং থেকে উড়ে আসা উত্তর কোরিয়ার মন্ত্রী X", "বেইজিং থেকে এসেছেন লাভরভ": a
        coming verb right after "<place or state> থেকে" — the place is where the traveller set off,
        never the destination; the destination is the place of another state the sentence names in
        the locative, else the one the sentence before names.  The traveller is the person the
        participle describes (right after it) or the verb's subject."""
        lex = self.lex.visit
        since = self.lex.grammar.since
        out: list[Visit] = []
        for i, j, phrase in self.find_phrases(s.toks, lex.came_from, inflect_last=False):
            if i < 2 or s.toks[i - 1].text not in since or self.negated(s, j) or self.hypothetical(s, j):
                continue
            origin = next((m for m in s.mentions if m.end_token == i - 1 and m.key and m.how not in PASSIVE
                           and self.etype(m.key, entities) in ("State", "Place")), None)
            if origin is None:
                continue
            persons = [m for m in self.persons(s, entities) if m.case == "nom"]
            if phrase in lex.came_adjective:
                pick = next((m for m in persons if j <= m.token <= j + 4), None)
            else:
                before = [m for m in persons if m.end_token < i and not self.boundary_between(s, m.end_token, i)]
                pick = before[-1] if before else next((m for m in persons if m.token >= j), None)
            if pick is None:
                continue
            own, start = self.state_of(pick.key, entities), self.state_of(origin.key, entities)  # type: ignore[arg-type]

            dest_m = None
            for st in (s, memory.previous):  # the sentence itself, else the one before
                dest_m = dest_m or next((
                    m for m in (st.mentions if st is not None else ()) if m.case == "loc" and m.key and m is not origin
                    and m.how not in PASSIVE and self.etype(m.key, entities) in ("State", "Place")
                    and self.state_of(m.key, entities) not in (own, start, None)
                    and not (m.end_token < len(st.toks) and st.toks[m.end_token].text in since)), None)  # type: ignore[union-attr]
            if dest_m is None:
                continue
            dest = self.state_of(dest_m.key, entities)  # type: ignore[arg-type]
            place = dest_m.key if self.etype(dest_m.key, entities) == "Place" else None  # type: ignore[arg-type]
            status = self.status_for(s, i, j)
            date = self.date_for(s, i, memory, status, article)
            ev = self.evidence(s, "visit.came-from", s.surface(origin.token, j, article.text))
            out.append(Visit(pick.key, dest, ev, place, None, date, status))  # type: ignore[arg-type]
        return out

    def event_told_before(self, s: SentenceState, i: int, memory: Memory, entities: dict[str, Entity]) -> bool:
        """ "চীনের প্রেসিডেন্ট শি জিনপিং অনুষ্ঠানে থাকছেন": the event word at i-1 names no place, nor does
        the sentence name any — the event told before, at the place of the last event read."""
        return memory.last_event_place is not None and not any(
            m.key and m.how not in PASSIVE and self.etype(m.key, entities) in ("State", "Place") and m.case == "loc"
            for m in s.mentions)

    def place_before(self, s: SentenceState, i: int, entities: dict[str, Entity]) -> bool:
        """ "মস্কোয় বিজয় দিবসের কুচকাওয়াজে যোগ দেবেন": a place or state in the locative within the five
        words before the event word at i-1, in its clause."""
        return any(m.case == "loc" and m.key and m.how not in PASSIVE and i - 6 <= m.token and m.end_token < i
                   and self.etype(m.key, entities) in ("State", "Place") and not self.boundary_between(s, m.end_token, i)
                   for m in s.mentions)

    def welcomed_visits(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                        ) -> list[Visit]:
        """ "মস্কোর ভনুকোভো বিমানবন্দরে চোয়ে সন হুইকে অভ্যর্থনা জানান রুশ উপপররাষ্ট্রমন্ত্রী": the guest in
        the accusative right before a word of welcome, at a place of another state named before the
        guest in the clause, arrived there — whoever welcomes (the host may be no one we can name)."""
        out: list[Visit] = []
        for i, j, _ in self.find_phrases(s.toks, self.lex.visit.welcomed, inflect_last=False):
            if self.negated(s, j) or self.hypothetical(s, j):
                continue
            guest = next((m for m in reversed(self.persons(s, entities, i)) if m.end_token <= i), None)
            if guest is None or guest.case != "acc" or self.boundary_between(s, guest.end_token, i):
                continue
            own = self.state_of(guest.key, entities)  # type: ignore[arg-type]
            # the place before the guest's description ("… বিমানবন্দরে উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়েকে")
            start = guest.token
            for m in reversed(s.mentions):
                if m.end_token in (start, start - 1) and m.case == "gen" and m.key \
                        and self.etype(m.key, entities) == "State":
                    start = m.token
                elif m.end_token < start - 1:
                    break
            dest_m = self.destination(s, start, guest.end_token, entities, own)
            if dest_m is None or self.boundary_between(s, dest_m.end_token, guest.token):
                continue
            dest = self.state_of(dest_m.key, entities)  # type: ignore[arg-type]
            if dest is None or own is None or dest == own:
                continue
            status = self.status_for(s, i, j)
            date = self.date_for(s, i, memory, status, article)
            ev = self.evidence(s, "visit.welcomed", s.surface(i, j, article.text))
            out.append(Visit(guest.key, dest, ev, self.place_in(s, i, entities, dest, memory=memory), None,  # type: ignore[arg-type]
                             date, status))  # type: ignore[arg-type]
        return out

    def carried_to(self, s: SentenceState, j: int, persons: list[Mention]) -> tuple[Mention | None, str | None]:
        """ "… সফরে যাওয়ার জন্য পুতিনের আমন্ত্রণ কিমের কাছে পৌঁছে দিয়েছেন": a purpose word within two
        words after the visit word ending at j, an invitation within three after it, then the guest in
        the genitive before "কাছে" — (the one invited, the one inviting: the genitive before the
        invitation), or (None, None) if the sentence says no such thing."""
        lex = self.lex.visit
        hosts = {p[0] for p in lex.host_words}
        k = next((k for k in (j, j + 1) if self.has_phrase(s.words(k, k + 1), lex.purpose)), None)
        if k is None:
            return None, None
        inv = next((t for t in range(k + 1, min(k + 4, len(s.toks))) if self.strip_clitic(s.toks[t].text) in hosts), None)
        if inv is None:
            return None, None
        guest = next((m for m in persons if m.case == "gen" and inv < m.token <= inv + 2 and m.end_token < len(s.toks)
                      and s.toks[m.end_token].text in self.lex.grammar.source_postpositions), None)
        inviter = next((m.key for m in persons if m.case == "gen" and m.end_token == inv), None)
        return guest, inviter if guest is not None else None

    def since_date(self, s: SentenceState, i: int) -> DateValue | None:
        """The date before word i that a "since" word follows ("গত রোববার থেকেই"): when a stay began."""
        days = []
        for d in s.dates:
            after = s.token_of(d.end - 1) + 1  # the word right after the date
            if d.value is not None and after < i and s.toks[after].text in self.lex.grammar.since:
                days.append(d.value)
        return days[-1] if days else None

    def group_visit(self, article: Article, s: SentenceState, i: int, j: int, memory: Memory,
                    entities: dict[str, Entity]) -> Visit | None:
        """ "রাশিয়ার একটি প্রতিনিধিদল পিয়ংইয়ংয়ে পৌঁছেছে": a delegation's visit, its visitor not
        yet known (""): the leader the next sentence names (:meth:`delegation_leader`)."""
        dest_m = self.destination(s, i, j, entities, None)
        dest = self.state_of(dest_m.key, entities) if dest_m is not None else None
        if dest is None:
            return None
        status = self.status_for(s, i, j)
        return Visit("", dest, self.evidence(s, "visit.delegation", s.surface(i, j, article.text)),
                     self.place_in(s, i, entities, dest, memory=memory), None,
                     self.date_for(s, i, memory, status, article), status)  # type: ignore[arg-type]

    def delegation_leader(self, article: Article, s: SentenceState, entities: dict[str, Entity],
                          pending: Visit) -> list[Visit]:
        """ "… প্রতিনিধিদল পৌঁছেছে। দলটির নেতৃত্বে আছেন মন্ত্রী X।": X, named in the sentence right
        after the delegation's visit with a word of leading, is its visitor."""
        lex = self.lex.visit
        found = self.find_phrases(s.toks, lex.leads)
        if not found:
            group = {p[-1] for p in lex.delegation}
            found = [(i, j, p) for i, j, p in self.find_phrases(s.toks, lex.heads)
                     if i > 0 and any(st in group for st, case in self.finder.endings(s.toks[i - 1].text) if case == "gen")]
        if not found:
            return []
        k = found[0][0]
        persons = [m for m in self.persons(s, entities) if m.case == "nom"]
        leader = next((m for m in persons if m.token >= k), persons[-1] if persons else None)
        # (a leader of no known state — a cleric, an artist — still led the delegation there)
        if leader is None or self.state_of(leader.key, entities) == pending.destination:
            return []
        ev = pending.evidence + self.evidence(s, "visit.delegation", s.surface(k, found[0][1], article.text))
        return [replace(pending, visitor=leader.key, evidence=ev)]

    def invited_visits(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                       ) -> list[Visit]:
        """ "কিম জং উনকে রাশিয়ায় আমন্ত্রণ জানিয়েছেন পুতিন": the guest (accusative) is invited to the
        state or place named right before the invitation word — a planned visit, hosted by the
        person who invites; "মস্কোয় … কুচকাওয়াজে কিমকে আমন্ত্রণ": to an event at the place named
        before the guest, in the same clause."""
        words = {p[0] for p in self.lex.visit.invited_to}
        out: list[Visit] = []
        for k, t in enumerate(s.toks):
            if self.strip_clitic(t.text) not in words or self.negated(s, k + 1):
                continue
            places = [m for m in s.mentions if m.case == "loc" and m.key and m.how not in PASSIVE
                      and self.etype(m.key, entities) in ("State", "Place") and m.end_token <= k]
            dest_m = next((m for m in places if m.end_token == k), None)
            persons = self.persons(s, entities, k)
            if dest_m is not None:
                guests = [m for m in persons if m.case == "acc" and m.end_token <= dest_m.token]
            else:
                # "আগামী ৯ মে মস্কোয় … কুচকাওয়াজে উত্তর কোরিয়ার নেতা কিম জং উনকে আমন্ত্রণ জানানো হয়েছে":
                # the guest right before the invitation, to an event at the place named before him
                guests = [m for m in persons if m.case == "acc" and m.end_token == k]
                dest_m = next((m for m in reversed(places) if guests and m.end_token <= guests[0].token
                               and not self.boundary_between(s, m.end_token, k)), None)
                if dest_m is None:
                    # "খুরেলসুখকে আগামী বছর মস্কোয় বিজয় দিবসের কুচকাওয়াজে আমন্ত্রণ জানিয়েছেন পুতিন": the guest,
                    # then the place of the event a few words before the invitation, in one clause
                    dest_m = next((m for m in reversed(places) if k - m.end_token <= 4
                                   and not self.boundary_between(s, m.end_token, k)), None)
                    guests = [m for m in persons if dest_m is not None and m.case == "acc"
                              and m.end_token <= dest_m.token and not self.boundary_between(s, m.end_token, k)]
            if not guests or dest_m is None:
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

    def destination_next_to(self, s: SentenceState, i: int, entities: dict[str, Entity]) -> bool:
        """A motion verb ("যাচ্ছেন", "যাওয়ার") is a visit only right after a place or state
        ("বেইজিং যাচ্ছেন"), not after its origin ("ভ্লাদিভস্তক থেকে")."""
        since = self.lex.grammar.since
        toward = {p[0] for p in self.lex.visit.toward}
        if any(self.described_place(s, m, i, entities, noun=False) for m in s.mentions):
            return True  # "রাশিয়ার বন্দরনগরী ভানিনোতে যাবেন"
        if any(self.state_place_toward(s, m, i, entities) for m in s.mentions if m.end_token == i - 2):
            return True  # "জাপানের ওকিনাওয়ার উদ্দেশে রওনা হবেন"
        return any(m.end_token in (i, i - 1) and (m.case in ("nom", "loc") or self.state_city(s, m, i, entities)
                                                  or (m.case == "gen" and m.end_token == i - 1
                                                      and s.toks[i - 1].text in toward))
                   and m.key and self.etype(m.key, entities) in ("State", "Place") and m.how not in PASSIVE
                   and not (m.end_token < len(s.toks) and s.toks[m.end_token].text in since)
                   for m in s.mentions)

    def destination_right_after(self, s: SentenceState, j: int, entities: dict[str, Entity]) -> bool:
        """ "পুতিন উড়ে যাবেন জাপানের ওকিনাওয়ায়", "… যাবেন রাশিয়ায়": the place gone to right after the
        verb (ending at word j), in the locative — or its state in the genitive before a place we do
        not know."""
        if j >= len(s.toks) or s.own_words(j - 1, j + 1).count(",") or s.own_words(j - 1, j + 1).count("—"):
            return False  # "… জানা গেছে, ইউক্রেনে …": another clause
        return any(m.token == j and m.key and m.how not in PASSIVE
                   and self.etype(m.key, entities) in ("State", "Place")
                   and (m.case == "loc" or self.state_city_after(s, m, entities)) for m in s.mentions)

    def state_place_toward(self, s: SentenceState, m: Mention, i: int, entities: dict[str, Entity]) -> bool:
        """ "জাপানের ওকিনাওয়ার উদ্দেশে রওনা হবেন", "রাশিয়ার কাজানের পথে": a state in the genitive, then one
        word we do not know in the genitive (a place of that state), then a word of heading to it
        ("উদ্দেশে", "পথে") right before the trigger at word i."""
        if m.case != "gen" or m.end_token != i - 2 or self.etype(m.key or "", entities) != "State" or m.how in PASSIVE:
            return False
        word = s.toks[i - 2].text
        return (s.toks[i - 1].text in {p[0] for p in self.lex.visit.toward} and word.endswith(self.genitive_endings)
                and not self.is_post(word, self.post_words) and not self.boundary_between(s, m.end_token, i)
                and not any(o.token <= i - 2 < o.end_token for o in s.mentions))

    def state_city_after(self, s: SentenceState, m: Mention, entities: dict[str, Entity]) -> bool:
        """A state in the genitive, then one word we do not know in the locative (a place of that
        state): "জাপানের ওকিনাওয়ায়" after the verb of going."""
        return m.end_token < len(s.toks) and self.state_city(s, m, m.end_token + 1, entities)

    def state_city(self, s: SentenceState, m: Mention, i: int, entities: dict[str, Entity]) -> bool:
        """ "জাপানের ওকিনাওয়ায় যাবেন": a state in the genitive, then one word we do not know in the
        locative (a place of that state) right before the trigger at word i."""
        if m.case != "gen" or m.end_token != i - 1 or self.etype(m.key or "", entities) != "State":
            return False
        word = s.toks[i - 1].text
        locative = tuple(e for e, case in self.lex.grammar.case_endings if case == "loc")
        return (word.endswith(locative) and not self.is_post(word, self.post_words)
                and not any(o.token <= i - 1 < o.end_token for o in s.mentions))

    def described_place(self, s: SentenceState, m: Mention, i: int, entities: dict[str, Entity], noun: bool) -> bool:
        """ "রাশিয়ার বন্দরনগরী ভানিনোতে যাবেন", "উত্তর কোরিয়ার পূর্ব উপকূলের শহর তানচনে", "রাশিয়ার ভানিনো
        বন্দর সফরে": a state in the genitive, then up to four words we do not know that name a kind of
        place (grammar.yaml ``place_nouns``), right before the trigger at word i — the last in the
        locative, or (``noun``: before a visit noun) the kind of place itself: a place of that state."""
        n = i - m.end_token
        if m.case != "gen" or not 1 <= n <= 4 or self.etype(m.key or "", entities) != "State" or m.how in PASSIVE:
            return False
        if any(m.end_token <= o.token < i for o in s.mentions if o is not m) or self.boundary_between(s, m.end_token, i):
            return False
        words = s.words(m.end_token, i)
        # (or a region of it: "রাশিয়ার সুদূর পূর্বাঞ্চলে যেতে পারেন")
        kinds = {p[-1] for p in (*self.lex.grammar.place_nouns, *self.lex.visit.regions, *self.lex.visit.site_kinds)}
        if any(self.is_post(w, self.post_words) or self.verbal(w) for w in words):
            return False
        stems = [{stem for stem, _ in self.finder.endings(w)} for w in words]
        if not any(st & kinds for st in stems):
            return False
        last = words[-1]
        locative = tuple(e for e, case in self.lex.grammar.case_endings if case == "loc")
        return (last.endswith(locative) and len(last) > 2) or (noun and last in kinds)

    def site_of(self, s: SentenceState, m: Mention, i: int) -> bool:
        """ "মস্কোর ইয়ারোস্লাভস্কি স্টেশনে পৌঁছলেন": a place in the genitive, then a few words we do
        not know naming a site of it, the last in the locative, right before the trigger at word i."""
        n = i - m.end_token
        if not 1 <= n <= self.lex.visit.site_words or any(m.end_token <= o.token < i for o in s.mentions if o is not m):
            return False
        locative = tuple(e for e, case in self.lex.grammar.case_endings if case == "loc")
        # (the site may open the trigger: "পিয়ংইয়ংয়ের সুনান বিমানবন্দরে নামেন")
        return any(w.endswith(locative) and not self.is_post(w, self.post_words) for w in s.words(i - 1, i + 1)) \
            and not self.boundary_between(s, m.end_token, i)

    def destination(self, s: SentenceState, i: int, j: int, entities: dict[str, Entity], own: str | None,
                    ) -> Mention | None:
        cands = []
        # inside reported speech only what the speech names: "দক্ষিণ কোরিয়া সেনাবাহিনী জানিয়েছে, কিম
        # … সফরে গেছেন" — the speaker's state is no destination
        inside = s.speech_from if s.speech_from is not None and i >= s.speech_from else 0
        inside = max(inside, self.desk_dateline(s))  # "ঢাকা, ১ জুন (বাসস ডেস্ক) :": the outlet's home
        soil = {p[0] for p in self.lex.visit.on_soil + self.lex.visit.toward}
        regions = self.lex.visit.regions
        for m in s.mentions:
            t = self.etype(m.key, entities) if m.key else None
            on_soil = m.case == "gen" and m.end_token < len(s.toks) and (
                s.toks[m.end_token].text in soil
                or any(m.end_token + len(p) == i and s.words(m.end_token, i) == p for p in regions)
                or (t == "Place" and self.site_of(s, m, i)) or self.state_place_toward(s, m, i, entities)
                or self.described_place(s, m, i, entities, noun=True))
            if t not in ("State", "Place") or m.how in PASSIVE or m.token < inside \
                    or (m.case not in ("nom", "loc") and not on_soil and not self.state_city(s, m, i, entities)
                        and not (m.token == j and self.state_city_after(s, m, entities))):
                continue
            if self.state_of(m.key, entities) == own:
                continue
            if m.end_token < len(s.toks) and s.toks[m.end_token].text in self.lex.grammar.since:
                continue  # "পিয়ংইয়ং থেকে … উড়ে যাবেন": where the trip starts
            cands.append(m)
        before = [m for m in cands if m.token < i]  # (or ending inside it: "সুনান বিমানবন্দরে নামেন")
        # after the trigger only "… সফরে গেছেন রাশিয়ায়": a nominative there is another clause's subject
        # … or "দুই দিনের সফরে মস্কো যাবেন": the place right after the visit noun, before a verb of going
        motion = {p[0] for p in self.lex.visit.motion}
        after = [m for m in cands if j <= m.token <= j + 3 and (m.case == "loc" or (m.token == j and m.case == "gen") or (
            m.token == j and m.case == "nom" and m.end_token < len(s.toks) and s.toks[m.end_token].text in motion))]
        return before[-1] if before else (after[0] if after else None)

    def visits_from_meetings(self, meetings: list[Meeting], entities: dict[str, Entity]) -> list[Visit]:
        """A meeting held in a place of state S is a visit to S by each participant from elsewhere —
        but an ambassador presenting credentials there is posted there, no visitor."""
        out = []
        for mt in meetings:
            if mt.place is None or any(e.rule == "meeting.credentials" for e in mt.evidence):
                continue
            dest = entities[mt.place].state
            for p in mt.participants:
                own = self.state_of(p, entities)
                if own is not None and dest is not None and own != dest:
                    ev = tuple(replace(e, rule="visit.from-meeting") for e in mt.evidence)
                    out.append(Visit(p, dest, ev, mt.place, None, mt.date, mt.status))
        return out


def merge_visits(visits: list[Visit], earlier: set[int] | frozenset[int] = frozenset()) -> list[Visit]:
    """One visit per visitor, destination and status (one sentence's readings: one visit, made if either says so); a
    visit lasts days, so day-precise dates up to
    a week apart are one visit (dated by its earliest day: the arrival), and so are two readings of one
    sentence whatever their dates.  A visit told as an earlier
    one (ids in ``earlier``) does not merge with an undated one."""
    out: list[Visit] = []
    old: set[int] = set()  # positions in ``out`` that hold an earlier visit
    for v in visits:
        for k, o in enumerate(out):
            # (two rules reading one sentence's trip as planned and as made — "… বৈঠকে যোগ দিতে … যান": to attend,
            # went — tell one visit, made: a planned reading there would share its IRI with two statuses)
            one_sentence = o.evidence[0].start == v.evidence[0].start
            if (o.visitor, o.destination) != (v.visitor, v.destination) or (o.status != v.status and not one_sentence):
                continue
            if ((k in old) != (id(v) in earlier)) and (o.date is None or v.date is None):
                continue
            gap = days_apart(o.date, v.date)
            # one sentence tells of one visit of a visitor to a place: two rules reading it with two dates
            # (one the narrative's day) are one visit, dated by the earlier (the arrival)
            same = o.evidence[0].start == v.evidence[0].start and o.date is not None and v.date is not None
            if compatible(o.date, v.date) or (gap is not None and gap <= 7) or same:
                when = finer(o.date, v.date) if gap is None and not same \
                    else min(o.date, v.date, key=lambda d: d.value)  # type: ignore[union-attr]
                out[k] = replace(o, evidence=o.evidence + v.evidence, place=o.place or v.place,
                                 host=o.host or v.host, date=when,
                                 status="Occurred" if "Occurred" in (o.status, v.status) else o.status)
                break
        else:
            if id(v) in earlier:
                old.add(len(out))
            out.append(v)
    return out
