"""Accusation rules: who a claim is about and, for an accusation, who is accused (the
agent of a wrongdoing the words name, or an allegation spelt out by the next statement)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bnkg.builder.events._common import (
    PASSIVE,
    Memory,
    Rules,
    SentenceState,
)
from bnkg.builder.records import (
    Claim,
    Entity,
    Mention,
)
from bnkg.mappings.lexicons import Phrase
from bnkg.rdf.namespaces import ACTOR_TYPES


class AccusationRules(Rules):
    """Who a claim is about, and who it accuses (a family of :class:`Rules`)."""

    def then_accused(self, s: SentenceState, claims: list[Claim], entities: dict[str, Entity],
                     memory: Memory) -> list[Claim]:
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
                    and not any(w in sp.negated or w.endswith(self.negated_endings) for w in words):
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

    def judge(self, s: SentenceState, who: list[str], kind: str, a: int, b: int, entities: dict[str, Entity],
              memory: Memory, i: int, j: int) -> tuple[tuple[str, ...], bool]:
        """(about, is it an accusation) for a claim whose words lie between offsets a and b: an
        allegation, or a statement that names a wrongdoing (claims.yaml `arms_transfer`)."""
        sp = self.lex.speech
        explicit = kind in sp.accusation_kinds
        agents: tuple[str, ...] = ()
        if (explicit or kind in sp.arms_kinds) and (a, b) != (s.sentence.start, s.sentence.end) \
                and not all(self.is_relay(x) or x in sp.observers for x in who):
            agents = self.wrongdoers(s, a, b, who, entities, memory)
        return agents or self.about(s, a, b, who, entities, explicit, i, j), explicit or bool(agents)

    def wrongdoers(self, s: SentenceState, a: int, b: int, who: list[str], entities: dict[str, Entity],
                   memory: Memory, look_back: bool = True) -> tuple[str, ...]:
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
        ws = [self.strip_clitic(t.text) for t in toks[lo:hi]]
        if any(w in sp.accusation_nouns for w in ws):
            return ()  # "… এমন অভিযোগের জবাবে": someone else's allegation, reported
        if not any(w in sp.negated or w.endswith(self.negated_endings) for w in ws):
            blamed = self.blamed(s, lo, hi, who, entities)
            if blamed:
                return blamed  # "… এর দায় রাশিয়াকেই নিতে হবে"
        stems = [{w} | {st for st, _ in self.finder.endings(w)} for w in ws]

        def head(k: int) -> bool:  # word k makes the goods word before it a modifier ("সেনা কর্মকর্তা")
            return k < len(toks) and bool(({toks[k].text} | {st for st, _ in self.finder.endings(toks[k].text)})
                                          & sp.compound_heads)

        def has(ps: Sequence[Phrase], stems: list[set[str]] = stems) -> bool:  # "উপগ্রহ প্রযুক্তিতে": inflected
            singles = self.single_words(ps)
            return any(not singles.isdisjoint(st) and not head(lo + x + 1) for x, st in enumerate(stems)) \
                or any(not head(lo + y) for _, y, _ in self.find_phrases(toks[lo:hi], ps))

        def moved(stems: list[set[str]] = stems) -> bool:  # a move, but not "কথা দিয়েছেন" (promised)
            single = {p[0] for p in sp.arms_moves if len(p) == 1}
            if self.has_phrase(ws, [p for p in sp.arms_moves if len(p) > 1]):
                return True
            return any(st & single and not (x and stems[x - 1] & sp.arms_idioms) for x, st in enumerate(stems))

        # "… উত্তর কোরিয়ার ক্ষেপণাস্ত্র দিয়ে কিয়েভে হামলা চালিয়েছে": goods an attack was made with are used
        last_attack = max((x for x, st in enumerate(stems) if st & sp.attacks), default=-1)
        goods_words = self.single_words(sp.arms_goods)
        _, ends_at = self.mentions_at(s)
        used = any(stems[x] & sp.arms_with and not goods_words.isdisjoint(stems[x - 1])
                   and any(m.key and (m.case == "gen" or m.how == "adjective")  # (someone's goods: "নিজের" is not)
                           for e in range(lo + x - 3, lo + x) for m in ends_at.get(e, ()))
                   for x in range(1, last_attack))
        protested = self.protested(s, lo, hi, who, entities)
        if protested:
            return protested  # "… টোকিও পিয়ংইয়ংয়ের কাছে কড়া প্রতিবাদ জানিয়েছে"
        found_acts = self.find_phrases(toks[lo:hi], sp.wrong_acts)
        acts = [lo + x for x, _, _ in found_acts]
        made_only = not acts and not (has(sp.arms_goods) and (used or moved()))  # only "made in X" may make it one
        inside = {k for a0, b0, _ in found_acts for k in range(a0, b0)}  # ("তোয়াক্কা না করে": defiance, no denial)
        until = next((x for x in range(hi - lo) if toks[lo + x].text in sp.concessive), len(ws))  # ("…, যদিও … যায়নি")
        denied = any((w in sp.negated or w.endswith(self.negated_endings)) and x not in inside
                     for x, w in enumerate(ws[:until]))
        if made_only and not denied and has(sp.arms_goods) and self.has_phrase(ws[:until], sp.origin_moves):
            origin = self.sent_from(s, lo, lo + until, who, entities)
            if origin:
                return origin  # "উত্তর কোরিয়া থেকে রাশিয়ায় … গোলা গেছে": the origin sent them
        if made_only and not (has(sp.arms_goods) and any(w in sp.made for w in ws)):
            return ()
        if denied:
            return ()  # "… রাশিয়াকে কোনো অস্ত্র সরবরাহ করেনি": a denial, not an accusation
        goods = {p[0] for p in sp.arms_goods}

        def troops(k: int) -> bool:  # word k is a goods word ("সেনা", "সৈন্যরা") — not "সেনা কর্মকর্তা" (an officer)
            return k < len(toks) and any(st in goods for st in {self.strip_clitic(toks[k].text)}
                                         | {st for st, _ in self.finder.endings(toks[k].text)}) and not head(k + 1)

        def counted(k: int) -> int:  # past words of number ("অন্তত কয়েক ডজন", "প্রায় ১০ হাজার") from word k
            while k < hi and (toks[k].text in sp.counts or toks[k].text.replace(",", "").isdigit()):
                k += 1
            return k

        noms: list[str] = []
        gens: list[str] = []
        makers: list[str] = []
        owners: set[str] = set()  # genitive owners of the goods ("রাশিয়ার গোলাবারুদ")
        receivers: set[str | None] = set()
        places = {m.token for m in s.mentions if m.key and self.etype(m.key, entities) == "Place"}
        # "মস্কো ও পিয়ংইয়ংয়ের সহযোগিতা": the last name's genitive ending covers the bare one before
        # it, joined by "ও" — both own what follows (or send it: read as if it stood in the other's
        # it: read as if it stood in the other's place); not a pronoun's ("আমেরিকা ও তার দোসররা …":
        # America and its allies — America acts)
        at: dict[int, list[Mention]] = {}  # mentions by their first token (a lookup, not a scan per mention)
        for n in s.mentions:
            at.setdefault(n.token, []).append(n)
        joined = [m for m in s.mentions if m.case == "nom" and m.end_token < len(toks)
                  and toks[m.end_token].text in self.conjunctions]
        shared = {m.token: n.end_token for m in joined for n in at.get(m.end_token + 1, ())
                  if n.case == "gen" and n.key and not n.how.startswith("pronoun")}
        located = {m.token for m in joined for n in at.get(m.end_token + 1, ())  # "রাশিয়া ও চীনে কাজ করছেন": where, both
                   if n.case == "loc" and n.key}
        for m in s.mentions:
            if not (lo <= m.token and m.end_token <= hi) or m.token in located:
                continue
            if m.token in shared:
                m = replace(m, case="gen", end_token=shared[m.token])
            if m.how == "pronoun-two_states":
                if m.end_token < len(toks) and self.is_post(toks[m.end_token].text, self.post_words) \
                        and not (acts and self.dealt_between(s, m.end_token, hi)):
                    continue  # "দুই দেশের মধ্যে সই হওয়া চুক্তি": between them, not their act
                (gens if m.case == "gen" else noms).extend(
                    k for k in self.two_states(memory.visits[-1:], memory, entities) if k)
                continue
            if not m.key:
                continue
            t = self.etype(m.key, entities)
            if m.how == "adjective":  # "উত্তর কোরীয় সেনা মোতায়েন": the troops' state sends them;
                # "উত্তর কোরীয় সরকার … লঙ্ঘন করছে": the state's government (nominative) acts
                # ("রুশ-উত্তর কোরীয় সামরিক সহযোগিতা … লঙ্ঘন": the states of a dealing that breaks a rule)
                if (troops(m.end_token) or self.agent_head(s, m.end_token) or (acts and self.dealing_after(s, m.end_token, hi))) \
                        and self.state_of(m.key, entities):
                    noms.append(self.state_of(m.key, entities))  # type: ignore[arg-type]
                continue
            if m.how in PASSIVE:
                continue
            if m.case == "nom" and m.end_token < len(toks) and toks[m.end_token].text in sp.about_words:
                continue  # "… উত্তর কোরিয়া নিয়ে অপপ্রচার চালাচ্ছে": the topic, not the agent
            if m.case == "acc":
                receivers.add(self.state_of(m.key, entities))
                continue
            if m.case in ("loc", "gen") and m.end_token < len(toks) and toks[m.end_token].text in sp.made \
                    and has(sp.arms_goods):
                # "… ক্ষেপণাস্ত্রটি উত্তর কোরিয়ায় তৈরি": the maker (a capital for its state) supplied it
                maker = entities[m.key].state if t == "Place" and self.m.gazetteer.places[m.key].capital \
                    else self.state_of(m.key, entities) if t in ACTOR_TYPES else None
                if maker is not None:
                    makers.append(maker)
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
                if troops(counted(m.end_token)) or any(nxt == p[0] or nxt.startswith(p[0]) for p in sp.arms_moves):
                    noms.append(key)  # "উত্তর কোরিয়ার সরবরাহ করা গোলাবারুদ", "… উত্তর কোরিয়ার (অন্তত ১০ হাজার) সেনারা"
                    if troops(counted(m.end_token)):
                        owners.add(key)
                    continue
                if not acts and has(sp.arms_goods) and any(x == 0 for x, _, _ in self.find_phrases(
                        toks[m.end_token:min(hi, m.end_token + 3)], sp.bought_from)):
                    noms.append(key)  # "রাশিয়া উত্তর কোরিয়ার কাছ থেকে … ক্ষেপণাস্ত্র কিনেছে": the seller (when the
                    continue          # transfer is the charge, not "… কিনে … রাশিয়া প্রস্তাব লঙ্ঘন করেছে": the violator's)
                if acts and self.dealt_between(s, m.end_token, hi):
                    gens.append(key)  # "রাশিয়া ও উত্তর কোরিয়ার মধ্যে অস্ত্র লেনদেন … লঙ্ঘন": both deal
                    continue
                if self.is_post(nxt, self.post_words) or any(c == "loc" for _, c in self.finder.endings(nxt)) \
                        or m.end_token in places:
                    continue  # "রাশিয়ার সঙ্গে", "রাশিয়ার ভূখণ্ডে", "রাশিয়ার কুরস্ক অঞ্চলে": not the agent
                if t == "Organization" and any(0 <= k - m.end_token <= 3 for k in acts):
                    continue  # "জাতিসংঘের নিষেধাজ্ঞা লঙ্ঘন": whose rule is broken
                gens.append(key)
        noms += makers
        if made_only:
            noms, gens = makers, []
        own = {self.state_of(k, entities) for k in who} - {None}
        if own & receivers:
            return ()
        # (a subject of the speaker's own side, "… বলে দাবি করেছে ইউক্রেনের গোয়েন্দা সংস্থা" told before, is
        # no sender: the owner of the troops is — "… উত্তর কোরিয়ার প্রকৌশলী কাজ করছেন")
        noms = [k for k in noms if k not in who and self.state_of(k, entities) not in own]
        senders = {self.state_of(k, entities) or k for k in noms if k not in owners}
        if senders and not used and not any(w in sp.arms_uses or st & sp.arms_uses for w, st in zip(ws, stems, strict=True)):
            # "রাশিয়ার গোলাবারুদের অর্ধেক সরবরাহ করে উত্তর কোরিয়া": the goods' owner of another state
            # than the sender's receives them
            noms = [k for k in noms if k not in owners or (self.state_of(k, entities) or k) in senders]
        prev = memory.previous
        if not noms and not gens and look_back and prev is not None and prev is not s \
                and prev.sentence.index == s.sentence.index - 1 \
                and any(toks[k].text in self.demonstratives and (troops(k + 1) or self.find_phrases(toks[k + 1:k + 2], sp.arms_moves))
                        for k in range(lo, hi - 1)):
            # "এই সেনা মোতায়েন … প্রস্তাবের লঙ্ঘন": the deployment told in the sentence before, by its agent
            start = prev.toks[prev.speech_from].start if prev.speech_from is not None else prev.sentence.start
            return self.wrongdoers(prev, start, prev.sentence.end, who, entities, memory, look_back=False)
        if acts and not noms and not gens and look_back and prev is not None and prev is not s \
                and prev.sentence.index == s.sentence.index - 1 and any(w in sp.back_pointers for w in ws):
            # "… উত্তর কোরিয়ার ট্যাংকার থেকে তেল সরানো হচ্ছিল। … জানায়, এভাবে পণ্য সরানো নিষেধাজ্ঞার
            # লঙ্ঘন": the act told just before — by the one state named there, other than the speaker's
            told: set[str] = set()
            for m in prev.mentions:
                if not m.key or m.how in PASSIVE or m.how == "inner" or m.case not in ("nom", "gen"):
                    continue
                t = self.etype(m.key, entities)
                if t == "Place":
                    state = entities[m.key].state if self.m.gazetteer.places[m.key].capital else None
                else:
                    state = self.state_of(m.key, entities) if t in ACTOR_TYPES else None
                if state is not None:
                    told.add(state)
            told -= own | {self.state_of(k, entities) for k in who}
            if len(told) == 1:
                return tuple(told)
        if acts and not noms and not gens:
            # "জেলেনস্কি রাশিয়াকে সন্ত্রাসী রাষ্ট্র বলে আখ্যা দেন": the one labelled (the accusative right
            # before the wrongdoing, a word at most between, a word of labelling right after it)
            _, ends = self.mentions_at(s)
            labelled = [lo + x for x, y, _ in found_acts
                        if any(w in sp.labels for w in s.words(lo + y, lo + y + 3))]  # (the label may close the claim)
            noms = [self.actor_or_capital(n.key, entities) or n.key for k in labelled for e in (k, k - 1)
                    for n in ends.get(e, ()) if n.key and n.case == "acc" and n.how not in PASSIVE and lo <= n.token]
            noms = [k for k in noms if self.etype(k, entities) == "State"]  # (not "জাতিসংঘকে … লঙ্ঘনের তথ্য জানিয়েছে": told)
        mine = self.own_bodies(who, entities)
        return tuple(k for k in dict.fromkeys(noms or gens)
                     if k not in who and k not in mine and self.state_of(k, entities) not in own)

    def sent_from(self, s: SentenceState, lo: int, hi: int, who: list[str], entities: dict[str, Entity],
                  ) -> tuple[str, ...]:
        """The actors (a capital for its state) named right before an origin word ("থেকে") between
        tokens lo and hi — not the speaker's own side (claims.yaml `arms_transfer.origins`)."""
        sp = self.lex.speech
        own = {self.state_of(k, entities) for k in who} - {None}
        out = []
        for m in s.mentions:
            if not (m.key and lo <= m.token and m.end_token < hi) or m.how in PASSIVE \
                    or s.toks[m.end_token].text not in sp.origins:
                continue
            key = self.actor_or_capital(m.key, entities)
            if key and key not in who and self.state_of(key, entities) not in own:
                out.append(key)
        return tuple(dict.fromkeys(out))

    def dealing_after(self, s: SentenceState, k: int, hi: int) -> bool:
        """A dealing (claims.yaml `arms_transfer.dealings`) within five words from token k, before
        token hi: "রুশ-উত্তর কোরীয় সামরিক সহযোগিতা", "রুশ ও উত্তর কোরীয় অস্ত্র বাণিজ্য"."""
        deal = self.lex.speech.dealings
        return any(self.strip_clitic(s.toks[x].text) in deal or any(st in deal for st, _ in self.finder.endings(s.toks[x].text))
                   for x in range(k, min(hi, k + 5)))

    def dealt_between(self, s: SentenceState, k: int, hi: int) -> bool:
        """Token k is "মধ্যে" and a dealing (claims.yaml `arms_transfer.dealings`) follows within three
        words, before token hi: "… কোরিয়ার মধ্যে (সামরিক) সহযোগিতা"."""
        toks = s.toks
        if k >= hi or not self.is_post(toks[k].text, self.between_words):
            return False
        deal = self.lex.speech.dealings
        return any(self.strip_clitic(toks[x].text) in deal or any(st in deal for st, _ in self.finder.endings(toks[x].text))
                   for x in range(k + 1, min(hi, k + 4)))

    def own_bodies(self, who: list[str], entities: dict[str, Entity]) -> set[str]:
        """The bodies the speakers belong to, following affiliations ("কায়া কাল্লাস" → the EU): a
        speaker does not accuse their own body ("… এবং ইইউ এর জবাবে নিষেধাজ্ঞার কথা ভাবছে")."""
        gaz = self.m.gazetteer
        out: set[str] = set()
        for key in who:
            for _ in range(4):
                e = entities.get(key)
                aff = e.affiliation if e is not None else gaz.actors[key].affiliation if key in gaz.actors else None
                if not aff or aff in out:
                    break
                out.add(aff)
                key = aff
        return out

    def protested(self, s: SentenceState, lo: int, hi: int, who: list[str], entities: dict[str, Entity],
                  ) -> tuple[str, ...]:
        """ "… পিয়ংইয়ংয়ের কাছে কড়া প্রতিবাদ জানিয়েছে": the actor (a capital for its state) in the
        genitive before "কাছে", a protest noun at most three words on, between tokens lo and hi —
        not the speaker's own side (claims.yaml `protest`)."""
        sp = self.lex.speech
        own = {self.state_of(k, entities) for k in who} - {None}
        out = []
        for m in s.mentions:
            if not (m.key and m.case == "gen" and lo <= m.token and m.end_token < hi) \
                    or s.toks[m.end_token].text not in sp.protest_to:
                continue
            if not any(self.strip_clitic(w) in sp.protest_nouns for w in s.words(m.end_token + 1, min(hi, m.end_token + 4))):
                continue
            key = self.actor_or_capital(m.key, entities)
            if self.etype(m.key, entities) == "Organization":
                continue  # "জাতিসংঘের কাছে প্রতিবাদ": a complaint to a body, about someone else
            if key and key not in who and self.state_of(key, entities) not in own:
                out.append(key)
        return tuple(dict.fromkeys(out))

    def actor_or_capital(self, key: str, entities: dict[str, Entity]) -> str | None:
        """An actor's key, a capital's state ("পিয়ংইয়ং" acts for North Korea), else None (a place)."""
        t = self.etype(key, entities)
        if t == "Place" and self.m.gazetteer.places[key].capital:
            return entities[key].state
        return key if t in ACTOR_TYPES else None

    def blamed(self, s: SentenceState, lo: int, hi: int, who: list[str], entities: dict[str, Entity],
               ) -> tuple[str, ...]:
        """ "… এর দায় রাশিয়াকেই নিতে হবে": the actor in the accusative right after a blame noun and
        before a verb of bearing (claims.yaml `blame`) — not the speaker's own side."""
        sp = self.lex.speech
        own = {self.state_of(k, entities) for k in who} - {None}
        for k in range(lo, hi):
            if self.strip_clitic(s.toks[k].text) not in sp.blame_nouns:
                continue
            for m in s.mentions:
                if not m.key or m.case != "acc" or not k < m.token <= k + 2 or m.end_token > hi \
                        or not any(w in sp.blame_verbs for w in s.words(m.end_token, min(hi, m.end_token + 2))):
                    continue
                key = self.actor_or_capital(m.key, entities)
                if key and key not in who and self.state_of(key, entities) not in own:
                    return (key,)
        return ()

    def counter_charged(self, s: SentenceState, a: int, b: int, who: list[str], entities: dict[str, Entity],
                        ) -> tuple[str, ...]:
        """ "অভিযোগ নাকচ করে বলেন, যুক্তরাষ্ট্র নিজেই …": the subject of a denial's clause marked by a
        counter word (claims.yaml `counter_charge`) is charged back — not the speaker or the
        speaker's own state, and nothing when the clause is negated."""
        sp = self.lex.speech
        if (a, b) == (s.sentence.start, s.sentence.end):
            return ()
        ws = [t.text for t in s.toks if a <= t.start and t.end <= b]
        if not any(w in sp.counter_words for w in ws) \
                or any(w in sp.negated or w.endswith(self.negated_endings) for w in ws):
            return ()
        own = {self.state_of(k, entities) for k in who} - {None}
        for m in s.mentions:
            if not (a <= m.start and m.end <= b) or m.case != "nom" or not m.key or m.how in PASSIVE:
                continue
            key = self.actor_or_capital(m.key, entities)
            if key is not None:  # the clause's subject: charged back, unless it is the speaker's side
                return () if key in who or self.state_of(key, entities) in own else (key,)
        return ()

    def agent_head(self, s: SentenceState, k: int) -> bool:
        """Word k is a nominative head that makes a state act ("সরকার", "বাহিনী": claims.yaml)."""
        if k >= len(s.toks):
            return False
        w = s.toks[k].text
        heads = self.lex.speech.agent_heads
        return w in heads or any(st in heads and c == "nom" for st, c in self.finder.endings(w))

    def troop_state(self, m: Mention, s: SentenceState, entities: dict[str, Entity]) -> str | None:
        """The state of a group of troops ("উত্তর কোরিয়ার সেনারা"): who sends them."""
        if not m.key or self.etype(m.key, entities) != "Group":
            return None
        goods = {p[0] for p in self.lex.speech.arms_goods}
        if any(w in goods or any(st in goods for st, _ in self.finder.endings(w))
               for w in s.words(m.token, m.end_token)):
            return self.state_of(m.key, entities)
        return None

    def refers_to_accusation(self, s: SentenceState) -> bool:
        """ "… এ অভিযোগ অস্বীকার করেছে": the previous sentence's claim was an accusation."""
        nouns = self.lex.speech.accusation_nouns
        return any(a in self.demonstratives and b in nouns for a, b in zip(s.words(0, len(s.toks)),
                                                                       s.words(1, len(s.toks)), strict=False))

    def as_accusations(self, claims: list[Claim], s: SentenceState, here: Sequence[Claim] = (),
                       entities: dict[str, Entity] | None = None, told: SentenceState | None = None) -> list[Claim]:
        """Turn the claims of the sentence before ``s`` into accusations (their `about` = accused).

        Whoever denies "এ অভিযোগ" in ``s`` (a claim of ``here`` of a denial kind: "মস্কো অবশ্য এ অভিযোগ
        নাকচ করেছে"; a spokesman or a ministry for its state) is the one accused — of the statement
        just before, whatever its words (not the speaker's own side, and not a denial itself); of an
        accusation of others (``told``: the sentence before), only when its words name the denier
        ("… প্রস্তাবের লঙ্ঘন। … জাখারোভা এসব অভিযোগকে উড়িয়ে দিয়েছেন": a launch by another, not Russia's)."""
        prev = [c for c in claims if c.evidence[0].end <= s.sentence.start]
        if not prev:
            return claims
        last_start = prev[-1].evidence[0].start
        deniers: list[str] = []
        if entities is not None:
            for d in here:  # (a spokesman or ministry denies for its state: the state is accused)
                key = self.actor_or_capital(d.claimant, entities) if d.claimant in entities else None
                if d.kind in self.lex.speech.counter_kinds and key:
                    deniers.append(self.state_of(key, entities) or key)
        out = []
        named: dict[tuple[int, int], set[str]] = {}
        for c in claims:
            if c.evidence[0].start != last_start or c.kind in self.lex.speech.counter_kinds:
                out.append(c)
                continue
            own = ({c.claimant, self.state_of(c.claimant, entities)} if entities is not None else {c.claimant}) - {None}
            charged = tuple(k for k in deniers if k not in own and (entities is None or self.state_of(k, entities) not in own))
            if charged and c.accusation and entities is not None:
                a, b = c.text_span
                if (a, b) not in named:  # (once per span: many speakers of one clause stay linear)
                    named[(a, b)] = {self.state_of(k, entities) or k for m in (told.mentions if told is not None else ())
                                     if m.key and a <= m.start and m.end <= b and m.how not in PASSIVE
                                     for k in [self.actor_or_capital(m.key, entities)] if k}
                charged = tuple(k for k in charged if k in named[(a, b)] or k in c.about)
            if charged:
                c = replace(c, accusation=True, about=tuple(dict.fromkeys(charged + (c.about if c.accusation else ()))))
            elif not c.accusation and c.accused and c.kind in ("said", "claimed", "warned"):
                c = replace(c, accusation=True, about=c.accused)
            out.append(c)
        return out

    def about(self, s: SentenceState, a: int, b: int, who: list[str], entities: dict[str, Entity],
              accusation: bool, i: int, j: int) -> tuple[str, ...]:
        """Actors the claim is about; for an accusation, the accused."""
        out: list[str] = []
        objects = [m for m in s.mentions if m.case == "acc" and m.key]
        own = {self.state_of(k, entities) for k in who} - {None}
        if accusation and self.has_phrase(s.words(i, j), self.lex.speech.object_accused):
            # "রাশিয়াকে ক্ষেপণাস্ত্র দেওয়ার জন্য উত্তর কোরিয়াকে দায়ী করেছে": the object right before the
            # verb (and those joined to it), not the receiver told before it
            before = [m for m in s.mentions if m.key and m.end_token <= i and (m.case == "acc" or (
                m.end_token == i and m.surface.endswith(self.lex.grammar.plural_endings)))]  # "পশ্চিমাদের দায়ী করেন"
            if before:
                group = [before[-1]]
                for m in sorted((m for m in s.mentions if m.key and m.end_token <= group[0].token), key=lambda m: -m.token):
                    if m.how in PASSIVE or not self.coordinated(s, m, group[-1]):
                        break
                    group.append(m)  # "যুক্তরাষ্ট্র ও জাপানকে": the bare name shares the ending
                out = [m.key for m in reversed(group)]
            else:
                out = [m.key for m in objects]
        if accusation:  # "X-এর বিরুদ্ধে অভিযোগ" (not "ইউক্রেনীয় বাহিনীর বিরুদ্ধে লড়াইয়ে … অংশ নিচ্ছে বলে
            # অভিযোগ": inside the reported clause, whom the fight is against — the victim)
            after = [t.text for t in s.toks if t.start >= b][:1]
            clause = (a, b) != (s.sentence.start, s.sentence.end) and (
                (j > 0 and a >= s.toks[j - 1].end) or bool(set(after) & set(self.lex.speech.complementizers)))
            against = [m for m in s.mentions if m.key and m.case == "gen" and m.end_token < len(s.toks)
                       and self.is_post(s.toks[m.end_token].text, self.against_words)
                       and not (clause and a <= m.start and m.end <= b)]
            _, ends = self.mentions_at(s)
            for m in against:  # "রাশিয়া ও উত্তর কোরিয়ার বিরুদ্ধে": the bare name before shares the ending
                if m.token >= 2 and s.toks[m.token - 1].text in self.conjunctions:
                    out += [p.key for p in ends.get(m.token - 1, ()) if p.key and p.case == "nom" and p.how not in PASSIVE]
                out.append(m.key)  # type: ignore[arg-type]
        if not out:
            starts = {n.token for n in s.mentions}  # (once: looked up per genitive below)
            first_subject = min((n.token for n in s.mentions if n.case == "nom" and n.key and n.how not in PASSIVE
                                 and n.key not in who and a <= n.start and self.actor_or_capital(n.key, entities)),
                                default=len(s.toks))
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
                if accusation and m.case == "gen" and any(n.token == m.end_token and n.key
                                                          and self.etype(n.key, entities) == "Place" for n in s.mentions):
                    continue  # "রাশিয়ার কুরস্ক অঞ্চলে": the region's state, where it happens
                if accusation and m.case == "gen" and self.state_of(key, entities) in own:
                    continue  # "… উত্তর কোরিয়ার ভাবমূর্তি ক্ষুণ্ন করছে" (a North Korean speaking): his own, harmed
                if accusation and m.case == "gen" and first_subject < m.token and self.goal_owner(s, m, b, starts):
                    continue  # "রাশিয়া উত্তর কোরিয়ার পারমাণবিক কর্মসূচিতে সহায়তা দিচ্ছে": the subject acts; whose programme is helped
                out.append(key)
        return tuple(k for k in dict.fromkeys(self.as_actor(k, entities) for k in out) if k and k not in who)

    def goal_owner(self, s: SentenceState, m: Mention, b: int, starts: set[int]) -> bool:
        """The genitive m owns a noun in the locative a word or two on, no name (``starts``: the
        first tokens of the mentions) or postposition between ("উত্তর কোরিয়ার পারমাণবিক কর্মসূচিতে"):
        what is acted on, not who acts."""
        for k in range(m.end_token, min(len(s.toks), m.end_token + 3)):
            w = s.toks[k].text
            if s.toks[k].end > b or k in starts or self.is_post(w, self.post_words):
                return False
            if k > m.end_token and any(c == "loc" for _, c in self.finder.endings(w)):
                return True
        return False

    def as_actor(self, key: str, entities: dict[str, Entity]) -> str | None:
        """A claim is about actors: a capital stands for its state ("পিয়ংইয়ংয়ের বিরুদ্ধে অভিযোগ" accuses
        North Korea); another place is where, not who (None)."""
        if self.etype(key, entities) != "Place":
            return key
        place = self.m.gazetteer.places.get(key)
        return entities[key].state if place is not None and place.capital else None
