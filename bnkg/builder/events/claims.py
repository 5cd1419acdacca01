"""Claim rules: speech verbs and their speakers, passive and "according to" reports,
"X-এর অভিযোগ, …", the claim's words, and outlets that relay them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from bnkg.builder.events._common import (
    PASSIVE,
    Memory,
    SentenceState,
)
from bnkg.builder.events.accusations import AccusationRules
from bnkg.builder.records import (
    Article,
    Claim,
    Entity,
    Evidence,
    Mention,
    SentenceRecord,
)
from bnkg.rdf.namespaces import ACTOR_TYPES

# an agency's dateline opening the first sentence: "লন্ডন, ৩ মার্চ (এএফপি) – ", "ঢাকা, ৫ মে: " (a place, a
# comma, a date with its digits, an agency in brackets or not, a dash or colon)
_DATELINE = re.compile(r"[^,।]{1,40},[^।,]{0,30}[0-9০-৯][^।]{0,40}?(?:\)\s*[:–—-]|\s[–—-]|:)\s+")


class ClaimRules(AccusationRules):
    """The claim rules; a claim may turn out to be an accusation (:class:`AccusationRules`)."""

    _speaker_memo: tuple[tuple[int, int, str | None, int], SentenceState, list[Mention]] | None = None
    # the article being read and its interview answers' speakers, by the offset of the answer's line
    _answers: tuple[Article, dict[int, str]] | None = None
    _quote: tuple[Article, tuple[str, ...], int] | None = None  # an open quotation: (page, speakers, its end)
    _first_memo: tuple[list[Mention], Mention | None] | None = None
    _quiet: tuple[Article, int] | None = None  # the last sentence that told no one's words

    def claims(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
               relay: str | None) -> list[Claim]:
        """The claims of sentence ``s``; on an interview page (see segment: an answer's label, "নাসরিন
        হক:", is a sentence of its own), a sentence of an answer that tells no one else's words is
        the answerer's."""
        state = self._answers
        if state is None or state[0] is not article:
            state = self._answers = (article, {})
        if not state[1] and not s.sentence.text.rstrip().endswith((":", "ঃ")):
            # (no interview: the line start never looked up)
            return self.quote_goes_on(article, s, entities, memory, relay,
                                      self.told(article, s, entities, memory, relay))
        line = article.text.rfind("\n", 0, s.sentence.start) + 1
        label = self.answer_label(article, s, line, entities)
        if label is not None:
            state[1][line] = label
            return []
        out = self.told(article, s, entities, memory, relay)
        speaker = state[1].get(line)
        if speaker and not out and len(s.toks) >= 3:
            a, b = s.sentence.start, s.sentence.end
            about, acc = self.judge(s, [speaker], "said", a, b, entities, memory, 0, 0)
            out = self.make_claims(article, s, [speaker], "said", a, b, about, acc, "claim.interview-answer",
                                   "", relay, entities)
            memory.last_claimant, memory.last_claim_sentence = speaker, s.sentence.index
        return out

    def quote_goes_on(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
                      relay: str | None, out: list[Claim]) -> list[Claim]:
        """ "X বলেন, “… । … । …”": a sentence inside a quotation opened in an earlier sentence by a
        speaker's words (claims.yaml `quotation`), up to its closing mark, is that speaker's too — when
        it tells no one's words itself.  A sentence whose claimed words open a quotation left open at
        its end keeps (speakers, closing offset) for the sentences after it."""
        q = self._quote
        if q is not None and (q[0] is not article or s.sentence.start >= q[2]):
            q = self._quote = None
        quiet = self._quiet  # (the sentence before told no one's words)
        self._quiet = (article, s.sentence.index) if not out else None
        prev = memory.previous
        if out and q is None and quiet is not None and quiet[0] is article and prev is not None \
                and quiet[1] == prev.sentence.index == s.sentence.index - 1:
            out = out + self.quote_began_before(article, s, prev, entities, memory, relay, out)
        if q is not None and not out and len(s.toks) >= 2:
            a, b = self.trim(s, s.sentence.start, min(s.sentence.end, q[2]))
            who = list(q[1])
            about, acc = self.judge(s, who, "said", a, b, entities, memory, 0, 0)
            out = self.make_claims(article, s, who, "said", a, b, about, acc, "claim.quotation-goes-on", "",
                                   relay, entities)
            memory.last_claimant, memory.last_claim_sentence = who[-1], s.sentence.index
            return out
        if not out or q is not None:
            return out
        text = s.sentence.text
        for opener, closer in self.lex.speech.quote_pairs:
            at = text.rfind(opener)
            if at < 0 or (opener == closer and text.count(opener) % 2 == 0) \
                    or (opener != closer and text.find(closer, at + 1) >= 0):
                continue
            at += s.sentence.start
            who = list(dict.fromkeys(c.claimant for c in out if c.text_span[1] > at))
            end = article.text.find(closer, s.sentence.end, s.sentence.end + self.lex.speech.quote_reach)
            if who and end > 0 and "\n" not in article.text[s.sentence.end:end]:
                self._quote = (article, tuple(who), end)
            break
        return out

    def quote_began_before(self, article: Article, s: SentenceState, prev: SentenceState, entities: dict[str, Entity],
                           memory: Memory, relay: str | None, out: list[Claim]) -> list[Claim]:
        """ "“… । …,” বলেন লাভরভ।": words of a quotation that closes in this sentence, told by its
        speaker, and opened in the sentence before (which told no one's words): that sentence is the
        speaker's too."""
        text, ptext = s.sentence.text, prev.sentence.text
        for opener, closer in self.lex.speech.quote_pairs:
            if opener == closer:
                if text.count(closer) % 2 == 0 or ptext.count(opener) % 2 == 0:
                    continue
                close = text.find(closer)
            else:
                close = text.find(closer)
                if close < 0 or 0 <= text.find(opener) < close:
                    continue
                at = ptext.rfind(opener)
                if at < 0 or ptext.find(closer, at + 1) >= 0:
                    continue
            close += s.sentence.start
            who = list(dict.fromkeys(c.claimant for c in out if c.text_span[0] < close))
            if not who:
                return []
            a, b = self.trim(prev, prev.sentence.start + ptext.rfind(opener) + 1, prev.sentence.end)
            about, acc = self.judge(prev, who, "said", a, b, entities, memory, 0, 0)
            return self.make_claims(article, prev, who, "said", a, b, about, acc, "claim.quotation-goes-on", "",
                                    relay, entities)
        return []

    def answer_label(self, article: Article, s: SentenceState, line: int, entities: dict[str, Entity]) -> str | None:
        """ "নাসরিন হক:" opening its line, a sentence of its own: the person (or body) answering."""
        text = s.sentence.text.rstrip()
        if not text.endswith((":", "ঃ")) or article.text[line:s.sentence.start].strip() or not s.toks:
            return None
        whole = [m for m in s.mentions if m.key and m.token == 0 and m.end_token == len(s.toks)]
        if len(whole) == 1 and self.etype(whole[0].key, entities) in ACTOR_TYPES:
            return whole[0].key
        return None

    def told(self, article: Article, s: SentenceState, entities: dict[str, Entity], memory: Memory,
             relay: str | None) -> list[Claim]:
        sp = self.lex.speech
        out: list[Claim] = []
        by_verb: list[tuple[int, list[Claim]]] = []  # the claims each speech verb made, by its first word
        deniers = memory.deniers  # who denied something in the sentence before …
        denying: set[str] = set()  # … and in this one
        toks = s.toks
        verbs = [(i, j, self._speech_kinds[p])
                 for i, j, p in self.find_phrases(toks, self._speech_verbs, inflect_last=False)]
        tag = self.speaker_tag(s, verbs, entities)
        inner_from = self.in_words_of(s, entities)
        owned = self.own_clauses(s, verbs)
        own = sorted(owned)
        quotable: dict[int, list[Mention]] = {}  # named persons in the nominative, by the token after them
        for m in s.mentions:
            if m.case == "nom" and m.key and m.how not in PASSIVE and not m.how.startswith("pronoun"):
                quotable.setdefault(m.end_token, []).append(m)
        relay_tag = self.relay_tag(s, verbs, entities)
        for i, j, kind in verbs:
            if tag is not None and i < tag:
                continue  # "… বলে মেদভেদেভকে জানিয়েছেন, তিমাকোভা বলেন।": inside Timakova's words
            if relay_tag is not None and i >= relay_tag[0]:
                continue  # "…, জানিয়েছে কেসিএনএ।": the outlet's tag, not words of its own (below)
            if inner_from is not None and i >= inner_from:
                continue  # "ইউসভের ভাষায়, আটক এক কর্মকর্তা স্বীকার করেছেন যে …": inside Yusov's words
            if s.speech_from is not None and i >= s.speech_from \
                    and not any(s.speech_from <= c < i and c in owned for c in range(max(0, i - 12), i)) \
                    and not self.quoted_person(s, i, j, entities, quotable):
                continue  # "পুতিন বলেন, মস্কো … প্রশংসা করে": a verb inside reported speech (not "…, এবং তিনি … করেন")
            if j < len(toks) and toks[j].text in sp.negated:
                continue
            if j == len(toks) and s.sentence.text.rstrip().endswith("?") \
                    and any(w in sp.interrogatives for w in s.words(max(0, i - 3), i)):
                continue  # "যুক্তরাষ্ট্র কী বলেছিল?": a question about what was said
            if toks[i].text in sp.only_before_that and not (
                    j < len(toks) and (toks[j].text in sp.that or self.boundary_between(s, j, j))):
                continue  # "… বিষয়ে একমত হয়েছেন বলে জানিয়েছে X": an accord reported, no words of their own
            if i > 0 and toks[i - 1].text in sp.not_speech_before:
                continue
            if self.has_phrase(self.before_verb(s, i), sp.not_speech_phrases):
                continue  # "সাংবাদিকদের সঙ্গে (টেলিফোনে) কথা বলেন": talked with, not said
            # "এ অভিযোগ করেছেন X", "… — এমন দাবি করেছে X": the words told just before
            det = self.anaphoric(s, i)
            inner, cut = self.clause_before(s, det) if det is not None else (None, 0)
            who, rule, after_speaker = self.speakers(s, i, j, entities, memory,
                                                     min_token=cut if inner is not None else 0)
            if not who:
                continue
            text_span = self.claim_text(s, i, j, rule, after_speaker, tag)
            if text_span is None:
                continue
            a, b = self.until_next_statement(s, *text_span, verbs)
            at = bisect_right(own, j)
            nxt = own[at] if at < len(own) and a < toks[own[at]].start < b else None
            if nxt is not None:  # "কিম বলেছেন, …, এবং তিনি … দায়ী করেন": his words end before his next clause
                a, b = self.trim(s, a, toks[nxt - 2].end)
            relayed_by = self.relayed_tail(s, a, b, entities, verbs) if a >= toks[j - 1].end else None
            if relayed_by is None and relay_tag is not None:
                # "কিম … সমর্থন জানিয়েছেন, জানিয়েছে কেসিএনএ।": the words end before the outlet's tag —
                # read as after the comma, they were the tag: the speaker's own clause up to the verb
                if a >= toks[relay_tag[0]].start:
                    a, b = self.trim(s, toks[after_speaker].start if after_speaker < i else s.sentence.start,
                                     toks[j - 1].end)
                relayed_by = (min(b, self.trim(s, a, toks[relay_tag[0] - 1].end)[1]), relay_tag[1])
            if relayed_by is not None:  # "পুতিন বলেন, … হয়েছে বলে জানিয়েছে তাস": via TASS, not its words
                b, via = relayed_by
            else:
                via = relay
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
            if explicit and not agents and self.strip_clitic(toks[i].text) in sp.protest_nouns:
                # "… রাশিয়ার কাছে কড়া প্রতিবাদলিপি পাঠিয়েছে জাপান": the protest is the verb itself —
                # whom it is lodged with is accused, not whom its reason names
                agents = self.protested(s, 0, j, who, entities)
            if explicit and not agents and toks[i].text in sp.summon:
                agents = self.summoned(s, i, who, entities)  # "রুশ রাষ্ট্রদূতকে তলব করেছে X"
                if not agents:
                    continue  # "… নিজের রাষ্ট্রদূতকে দেশে তলব করেছে": a recall, no statement
            accusation = explicit or bool(agents)
            vi, vj = (i, j) if told is s else (0, 0)
            about = agents or self.about(told, a, b, who, entities, explicit, vi, vj)
            accused = about if accusation else self.about(told, a, b, who, entities, True, vi, vj)
            if kind in sp.counter_kinds:
                denying |= set(who)
            if not accusation and told is s and (kind in sp.counter_kinds or any(k in deniers for k in who)):
                charged = self.counter_charged(s, a, b, who, entities)
                if charged:  # "অভিযোগ নাকচ করে বলেন, যুক্তরাষ্ট্র নিজেই …": a counter-charge
                    kind, accusation, about, accused = "alleged", True, charged, charged
            made = self.make_claims(article, s, who, kind, a, b, about, accusation, rule, s.surface(i, j, article.text),
                                    via, entities, accused, extra)
            if relayed_by is not None:  # the outlets (all: "… জানিয়েছে তাস ও রয়টার্স") tell of those words too
                outlets = [k for k in dict.fromkeys(m.key for m in s.mentions if m.key and m.start >= b
                                                    and m.how not in ("adjective", "inner") and self.is_relay(m.key))
                           if k not in who] or ([via] if via and via not in who else [])
                out += self.make_claims(article, s, outlets, "said", a, b, (), False, "claim.relayed-by",
                                        s.surface(i, j, article.text), None, entities, (), extra)
            by_verb.append((i, made))
            out += made
        # passive ("… গণমাধ্যমে বলা হয়েছে"), "according to X", "X-এর অভিযোগ"
        for i, j, p in self.find_phrases(toks, sp.passive, inflect_last=False):
            if i > 0 and toks[i - 1].text in sp.not_speech_before:
                continue  # "পুতিনের পক্ষ থেকে কিমকে আমন্ত্রণ জানানো হয়েছে": a gesture, not words
            src = self.on_behalf_of(s, i, entities) or self.genitive_or_locative_before(s, i, entities) \
                or self.publisher(s, i, memory) or self.posted_by(s, i, entities)
            framed_after = self.frame_after(s, j, entities) if not src else None
            if framed_after is not None:  # "… বলে দাবি করা হয়েছে রুসি-এর এক নতুন প্রতিবেদনে।": the report's author
                src = framed_after
                memory.publisher = (src, s.sentence.index)  # ("প্রতিবেদনটিতে বলা হয়েছে, …" next)
            # "পুতিন ও কিমের যৌথ বিবৃতিতে": both owners; "… প্রকাশিত যৌথ বিবৃতিতে": those who met
            srcs = self.gen_conjuncts(s, i, src, entities) if src else \
                list(memory.last_meeting) if any(w in sp.joint for w in s.words(i - 3, i)) else []
            if src and any(st in sp.documents for w in s.words(i - 2, i) for st, _ in self.finder.endings(w)):
                memory.publisher = (src, s.sentence.index)  # "প্যানেলের প্রতিবেদনে বলা হয়েছে। প্রতিবেদনে আরও …"
            if srcs:  # "X-এর বিবৃতিতে বলা হয়েছে, …"; "… অভিযোগ করা হয়েছে": an allegation
                kind = next((self._speech_kinds[v] for v in self._speech_verbs if v[0] == p[0] and len(v) > 1), "said")
                if kind == "said" and i > 0 and toks[i - 1].text in self._verb_nouns:
                    # "… উৎক্ষেপণের কড়া নিন্দা জানানো হয়েছে": the noun before the light verb says what kind
                    noun = toks[i - 1].text
                    # (not a document's "reported": "প্রতিবেদনে বলা হয়েছে" is its words, judged as a statement)
                    kind = next((k for k in (self._speech_kinds[v] for v in self._speech_verbs if v[0] == noun and len(v) > 1)
                                 if k != "reported"), kind)
                a, b = self.after_comma(s, j)
                comp = [k for k in range(max(1, i - 3), i) if toks[k].text in sp.complementizers]
                if framed_after is not None and a >= toks[j - 1].end:
                    # "… ব্যবহার হচ্ছে বলে দাবি করা হয়েছে X-এর প্রতিবেদনে": the words before the verb
                    head = _DATELINE.match(s.sentence.text, 0, 120)
                    a, b = self.trim(s, s.sentence.start + (head.end() if head else 0),
                                     toks[(comp[-1] if comp else i) - 1].end)
                elif (a, b) == (s.sentence.start, s.sentence.end) and comp:
                    # "… দিয়েছে বলেও প্রতিবেদনে দাবি করা হয়": the clause before "বলে"
                    a, b = self.trim(s, s.sentence.start, toks[comp[-1] - 1].end)
                about, acc = self.judge(s, srcs, kind, a, b, entities, memory, i, j)
                out += self.make_claims(article, s, srcs, kind, a, b, about, acc, "claim.passive",
                                        s.surface(i, j, article.text), relay, entities)
        for i, j, _ in self.find_phrases(toks, sp.heard_saying, inflect_last=False):
            src = self.genitive_or_locative_before(s, i, entities, cases=("acc",))
            if src:  # "ভিডিওতে বেলোসভকে বলতে শোনা যায়, …"
                a, b = self.after_comma(s, j)
                about, acc = self.judge(s, [src], "said", a, b, entities, memory, i, j)
                out += self.make_claims(article, s, [src], "said", a, b, about, acc, "claim.heard-saying",
                                        s.surface(i, j, article.text), relay, entities)
        for i, j, _ in self.find_phrases(toks, sp.according_to, inflect_last=False):
            if j < len(toks) and (toks[j].text,) in self.lex.grammar.negations:
                continue  # "পিয়ংইয়ংয়ের প্রতিশ্রুতি 'কথায় নয়, কাজে' …": not in words (but in deeds), no source
            src = self.genitive_or_locative_before(s, i, entities, cases=("gen", "loc", "acc")) \
                or next((m.key for m in s.mentions if m.end_token == i and m.case == "nom" and m.key
                         and self.is_relay(m.key)), None)  # ("রয়টার্স সূত্রে খবর, …": an outlet, uninflected)
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
            if t.text in sp.by_count and self.boundary_between(s, k + 1, k + 1):
                src = self.genitive_or_locative_before(s, k, entities, window=0, cases=("gen",))
                if src:  # "দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থার হিসাবে, …": by its count
                    a, b = self.after_comma(s, k + 1)
                    about, acc = self.judge(s, [src], "said", a, b, entities, memory, k, k + 1)
                    out += self.make_claims(article, s, [src], "said", a, b, about, acc, "claim.according-to",
                                            t.text, relay, entities)
        for k, t in enumerate(toks):
            kind = sp.noun_comma.get(t.text)
            if kind is None or not self.boundary_between(s, k + 1, k + 1) or any(i <= k < j for i, j, _ in verbs):
                continue
            src = self.genitive_or_locative_before(s, k, entities, window=1, cases=("gen",))
            if src:  # "তাঁর অভিযোগ, …", "সিউলের আশঙ্কা, …", "যুক্তরাষ্ট্র ও জাপানের দাবি, …"
                srcs = self.gen_conjuncts(s, k, src, entities)
                a, b = self.until_next_statement(s, *self.after_comma(s, k + 1), verbs)
                about, acc = self.judge(s, srcs, kind, a, b, entities, memory, k, k + 1)
                out += self.make_claims(article, s, srcs, kind, a, b, about, acc, "claim.noun-comma",
                                        t.text, relay, entities)
        for k, t in enumerate(toks):
            kind = sp.noun_comma.get(t.text)
            if kind is None or k < 2 or k + 1 >= len(toks) or not self.boundary_between(s, k, k) \
                    or any(i <= k < j for i, j, _ in verbs):
                continue
            # "… তৃতীয় দেশের বিরুদ্ধে নয়", মন্তব্য পুটিনের।", "…, দাবি মস্কোর।": the noun after the
            # comma, owned by the actor closing the sentence — the words before the comma are that actor's
            if not any(m.key and m.token == k + 1 and m.end_token == len(toks) and m.case == "gen" for m in s.mentions):
                continue
            src = self.genitive_or_locative_before(s, len(toks), entities, window=0, cases=("gen",))
            if src:
                a, b = self.trim(s, s.sentence.start, toks[k - 1].end)
                about, acc = self.judge(s, [src], kind, a, b, entities, memory, k, k + 1)
                out += self.make_claims(article, s, [src], kind, a, b, about, acc, "claim.noun-comma",
                                        t.text, relay, entities)
        for k, t in enumerate(toks):
            kind = sp.noun_comma.get(t.text)
            if kind is None or any(i <= k < j for i, j, _ in verbs) or self.boundary_between(s, k + 1, k + 1):
                continue
            quote = self.quote_after_colon(s, k)
            src = self.genitive_or_locative_before(s, k, entities, window=2, cases=("gen",)) if quote else None
            if src and quote:  # "প্রধানমন্ত্রী পাকের একটি দীর্ঘ মন্তব্য প্রচার করেছে কেসিএনএ: “…”": Pak's words
                a, b = quote
                about, acc = self.judge(s, [src], kind, a, b, entities, memory, k, k + 1)
                out += self.make_claims(article, s, [src], kind, a, b, about, acc, "claim.noun-colon",
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
        memory.deniers = frozenset(denying)
        out = self.then_accused(s, out, entities, memory)
        out = self.resolve_relays(out, relay)
        if out:
            memory.last_claimant = out[-1].claimant
            memory.last_claim_sentence = s.sentence.index
        return out

    def quote_after_colon(self, s: SentenceState, k: int) -> tuple[int, int] | None:
        """The quoted words after a colon that closes the clause of a statement's noun at token k, at
        most five words on ("… মন্তব্য প্রচার করেছে কেসিএনএ: “…”"): (start, end) offsets, or None."""
        toks, text, base = s.toks, s.sentence.text, s.sentence.start
        stop = toks[min(k + 5, len(toks) - 1)].end - base
        colon = text.find(":", toks[k].end - base, stop + 1)
        if colon < 0:
            return None
        rest = text[colon + 1:].lstrip()
        if not rest or rest[0] not in "“‘\"'" or toks[-1].start - base <= colon + 1:
            return None
        return self.trim(s, base + colon + 1, s.sentence.end)

    def summoned(self, s: SentenceState, i: int, who: list[str], entities: dict[str, Entity]) -> tuple[str, ...]:
        """ "সিউলে নিযুক্ত রুশ রাষ্ট্রদূতকে তলব করেছে X": before the summons at token i, an envoy word
        (claims.yaml `protest.envoys`) after a state (genitive or adjective), or an envoy named in the
        accusative — that state is accused, not the speaker's own."""
        sp = self.lex.speech
        own = {self.state_of(k, entities) for k in who} - {None}
        for m in sorted((m for m in s.mentions if m.key and i - 6 <= m.token and m.end_token <= i), key=lambda m: -m.token):
            state = self.state_of(m.key, entities) if m.how != "inner" else None
            if state is None or state in own or m.key in who:
                continue
            if m.case == "acc" and m.end_token == i and self.etype(m.key, entities) == "Person":
                return (state,)  # "… রাষ্ট্রদূত মাতসেগোরাকে তলব করেছে"
            if (m.case == "gen" or m.how == "adjective") and any(w in sp.envoys for w in s.words(m.end_token, i)):
                return (state,)
        return ()

    def on_behalf_of(self, s: SentenceState, i: int, entities: dict[str, Entity]) -> str | None:
        """ "ক্রেমলিনের পক্ষ থেকে মস্কোয় প্রচারিত এক বিবৃতিতে বলা হয়েছে": the actor in the genitive right
        before an agent phrase (claims.yaml `passive_agents`) in the clause of the passive verb at token i,
        at most ten words before it."""
        lo = max(0, i - 12)
        agents = self.find_phrases(s.toks[lo:i], self.lex.speech.passive_agents, inflect_last=False)
        for a, b, _ in reversed(agents):
            if i - (lo + b) > 10 or self.boundary_between(s, lo + b, i):
                break
            src = self.genitive_or_locative_before(s, lo + a, entities, window=0, cases=("gen",))
            if src is not None:
                return src
        return None

    def posted_by(self, s: SentenceState, i: int, entities: dict[str, Entity]) -> str | None:
        """ "রুশ দূতাবাসের ফেসবুক পেজে দেওয়া পোস্টে বলা হয়েছে": the actor in the genitive before words
        of a post or page only (claims.yaml `media_words`), right before the passive verb at token i."""
        media = self.lex.speech.media_words
        k = i
        while k > 0 and s.toks[k - 1].text in media:
            k -= 1
        if k == i or i - k < 2:
            return None
        return self.genitive_or_locative_before(s, k, entities, window=0, cases=("gen",))

    def first_relative(self, s: SentenceState) -> int:
        """Index of the sentence's first relative pronoun (grammar.yaml `relatives`), else its length:
        a person named after it ("… ভোলোদিন, যিনি রুশ প্রেসিডেন্ট পুতিনের ঘনিষ্ঠ সহযোগী") is named in
        passing — not one of "দুই পক্ষ" (both sides) — and a time named after it does not move the story."""
        return next((k for k, t in enumerate(s.toks) if t.text in self.lex.grammar.relatives), len(s.toks))

    def in_words_of(self, s: SentenceState, entities: dict[str, Entity]) -> int | None:
        """ "X-এর ভাষায়, …" (claims.yaml `in_words_of`) with X an actor in the genitive right before it and
        a comma after it, X no news agency: the first word after the comma (the words from there on are
        X's), or None."""
        for i, j, _ in self.find_phrases(s.toks, self.lex.speech.in_words_of, inflect_last=False):
            src = self.genitive_or_locative_before(s, i, entities, window=0, cases=("gen",)) \
                if j < len(s.toks) and self.boundary_between(s, j, j) else None
            if src is not None and not self.is_relay(src):  # ("কেসিএনএর ভাষ্য অনুযায়ী, কিম বলেছেন": a report)
                return j
        return None

    def relay_tag(self, s: SentenceState, verbs: list[tuple[int, int, str]], entities: dict[str, Entity],
                  ) -> tuple[int, str] | None:
        """ "…, জানিয়েছে কেসিএনএ।", "…, এ খবর দিয়েছে রুশ বার্তা সংস্থা তাস।": after a comma that
        closes someone's statement, a speech verb and the outlets that relay it, ending the sentence
        (and a demonstrative before the verb, nothing else): (the tag's first token, the outlet) — only
        when another speech verb comes before it (else the outlet is the one speaker)."""
        toks = s.toks
        if not verbs:
            return None
        i, j, _ = verbs[-1]
        start = i - 1 if i > 0 and toks[i - 1].text in self.demonstratives else i
        if len(verbs) >= 2 and start >= 2 and self.boundary_between(s, start, start) and verbs[-2][0] < start:
            after = [m for m in s.mentions if m.token >= j and m.key and m.how not in ("adjective", "inner")]
            if after and all(self.is_relay(m.key) for m in after) and after[-1].end_token == len(toks):
                return start, after[0].key
        # "…, এএফপির খবরে বলা হয়েছে।": an outlet's report, told in the passive after the comma
        off = max(0, len(toks) - 4)
        for pi, pj, _ in self.find_phrases(toks[off:], self.lex.speech.passive, inflect_last=False):
            if pj + off != len(toks):
                continue
            src = [m for m in s.mentions if pi + off - 3 <= m.token < pi + off and m.key and m.case == "gen"]
            if src and self.is_relay(src[0].key) and src[0].token >= 2 \
                    and self.boundary_between(s, src[0].token, src[0].token) and any(v < src[0].token for v, _, _ in verbs):
                return src[0].token, src[0].key
        return None

    def relayed_tail(self, s: SentenceState, a: int, b: int, entities: dict[str, Entity],
                     verbs: list[tuple[int, int, str]]) -> tuple[int, str] | None:
        """ "… হয়েছে বলে জানিয়েছে রুশ বার্তা সংস্থা তাস": the claim's words between a and b end in
        "বলে" + a speech verb + an outlet that relays them (and nothing else): (where the words
        end, the outlet)."""
        comp = self.lex.speech.complementizers
        for k, t in enumerate(s.toks):
            if not (a < t.start and t.end <= b) or t.text not in comp:
                continue
            verb = next((j for i, j, _ in verbs if i == k + 1), None)
            if verb is None:
                continue
            after = [m for m in s.mentions if m.token >= verb and m.key and m.how not in ("adjective", "inner")]  # ("রুশ বার্তা সংস্থা")
            if after and all(self.is_relay(m.key) for m in after) and after[-1].end_token == len(s.toks):
                return self.trim(s, a, s.toks[k - 1].end)[1], after[0].key
        return None

    def until_next_statement(self, s: SentenceState, a: int, b: int, verbs: list[tuple[int, int, str]],
                             ) -> tuple[int, int]:
        """The words between offsets a and b, up to a semicolon that opens someone else's statement
        ("সিউলের অভিযোগ, পিয়ংইয়ং … দিচ্ছে; তবে মস্কো তা অস্বীকার করেছে")."""
        text, base = s.sentence.text, s.sentence.start
        for i, _, _ in verbs:
            at = s.toks[i].start
            if a < at < b:
                semi = text.rfind(";", a - base, at - base)
                if semi >= 0 and any(m.case == "nom" and m.key and a <= m.start and semi + base < m.start < at
                                     for m in s.mentions):
                    return self.trim(s, a, base + semi)
        return a, b

    def speaker_tag(self, s: SentenceState, verbs: list[tuple[int, int, str]], entities: dict[str, Entity],
                    ) -> int | None:
        """ "…, তিমাকোভা বলেন।": a sentence that ends in a comma, a speaker and a speech verb tells
        that speaker's words before the comma (verbs there are inside them): the tag's first token
        (the speaker's), or None."""
        last = next(((i, j) for i, j, _ in verbs if j == len(s.toks)), None)
        if last is None:
            return None
        i = last[0]
        named = [m for m in s.mentions if m.end_token <= i and m.case == "nom" and m.key
                 and (self.etype(m.key, entities) in ACTOR_TYPES or m.how.startswith("pronoun"))]
        start = i
        for m in sorted(named, key=lambda m: -m.end_token):
            if m.end_token != start and not (m.end_token < start and all(
                    w in self.conjunctions for w in s.words(m.end_token, start))):
                break
            start = m.token
        if start == i or start < 2 or not self.boundary_between(s, start, start):
            return None
        return start

    def before_verb(self, s: SentenceState, i: int) -> list[str]:
        """The two words before the verb at token i, clitics off, a manner of talking skipped
        ("রুবিওর সঙ্গে টেলিফোনে কথা বলেন": the words "সঙ্গে কথা")."""
        phone = {p[0] for p in self.lex.meeting.phone_words if len(p) == 1}
        return [w for w in (self.strip_clitic(w) for w in s.words(i - 4, i)) if w not in phone][-2:]

    def article_relay(self, sentences: Sequence[SentenceRecord], entities: dict[str, Entity]) -> str | None:
        """ "খবর আল-জাজিরার।", "সূত্র: রয়টার্স": the outlet that relays the whole article."""
        prefixes = self.lex.speech.article_relay_prefixes
        for s in sentences:
            toks = s.tokens
            if 1 < len(toks) <= 5 and toks[0].text in prefixes:
                for m in s.mentions:
                    if m.key and self.etype(m.key, entities) == "Organization":
                        return m.key
        return None

    def speakers(self, s: SentenceState, i: int, j: int, entities: dict[str, Entity], memory: Memory,
                 min_token: int = 0) -> tuple[list[str], str, int]:
        """Who speaks through the verb at [i, j): (actor keys, rule, word after the speaker).

        ``min_token``: the words before it are the claim itself ("উত্তর কোরিয়া … পাঠিয়েছে— এমন দাবি
        করেছে X"), so no one named there speaks."""
        # (the same for every verb of the sentence: looked up once per sentence, so many verbs stay linear)
        key = (s.sentence.index, s.sentence.start, memory.last_claimant, memory.last_claim_sentence)
        if self._speaker_memo is None or self._speaker_memo[0] != key or self._speaker_memo[1] is not s:
            self._speaker_memo = (key, s, self.speaker_mentions(s, entities, memory))
        actors = self._speaker_memo[2]
        # "… বলে জানিয়েছেন রুশ মুখপাত্র পেসকভ": the speaker follows the verb, before any comma —
        # unless the verb is subordinate ("X সতর্ক করে দেওয়ার পর কিম …": X warned, not Kim)
        after = []
        comp = self.lex.speech.complementizers
        subordinate = bool(s.words(j - 1, j)) and s.words(j - 1, j)[0] in self.lex.grammar.anchors
        for m in actors:
            if m.token >= j and not subordinate and not self.boundary_between(s, j, m.token) \
                    and not any(t.text in comp for t in s.toks[j:m.token]):
                after.append(m)
        if after and len(s.toks) - after[0].end_token >= 3 and any(
                m.end_token == i and m.case == "nom" and m.token >= min_token for m in actors):
            after = []  # "মন্ত্রণালয় মনে করে রাশিয়া উত্তর কোরিয়াকে … দিচ্ছে": its subject speaks, the words follow
        if after:
            pick = self.person_after(s, after[0], actors, entities)
            return self.with_conjuncts(s, pick, actors, entities, memory), "claim.speaker-after-verb", j
        report = self.report_subject(s, i, j, actors, entities)
        if report is not None:  # "জাতিসংঘের এক প্রতিবেদন বলছে, …": the report's author, or no one we can name
            return ([report], "claim.speech-verb", i) if report else ([], "", i)
        before = [m for m in actors if m.end_token <= i and m.token >= min_token]
        if not before or self.unnamed_speaker(s, i) or self.unnamed_after(s, i, j):
            return [], "", i
        # a capital speaks for its state only when no actor proper is there ("পুতিন পিয়ংইয়ং সফর
        # করেন এবং বলেন": the capital is the object of the visit, Putin speaks)
        proper = [m for m in before if self.etype(m.key, entities) != "Place" or not m.key]
        before = proper or before
        if s.words(i - 1, i) and s.words(i - 1, i)[0] in self.lex.speech.complementizers:
            # "X … বলে দাবি করেন": X opens the sentence — not someone named inside the reported
            # clause after other actors ("রাশিয়ার হয়ে … উত্তর কোরীয় সেনা মোতায়েন করা হয়েছে বলে দাবি …")
            start = self.phrase_start(s, before[0])
            # (a place right before the speaker says where it sits: "টোকিওতে রুশ দূতাবাস … বলে নাকচ করেছে")
            where = {m.token for m in s.mentions if m.case == "loc" and m.end_token == start and m.key
                     and self.etype(m.key, entities) == "Place" and self.etype(before[0].key, entities) != "Group"}
            # (nor does a statement's medium right before him: "কেসিএনএ-তে প্রকাশিত এক বিবৃতিতে দেশটির
            # পররাষ্ট্র মন্ত্রণালয়ের একজন মুখপাত্র … বলে আখ্যা দিয়েছেন" — what comes before it says where)
            framed = start > 0 and s.toks[start - 1].text in self.lex.speech.statement_frames
            if not framed and any(m.token < start and m.token not in where for m in s.mentions
                                  if m.key or m.how.startswith("pronoun")):
                return [], "", i
            pick = before[0]
        else:
            pick = before[-1]
        return self.with_conjuncts(s, pick, actors, entities, memory), "claim.speech-verb", pick.end_token

    def phrase_start(self, s: SentenceState, m: Mention) -> int:
        """The first token of the speaker's noun phrase: genitives chained right before it qualify it
        ("রাশিয়ার পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মারিয়া জাখারোভা"), and a place right before them says
        where the speaker serves ("জাতিসংঘে উত্তর কোরিয়ার রাষ্ট্রদূত কিম সং")."""
        start = m.token
        for n in sorted((n for n in s.mentions if n.end_token <= m.token), key=lambda n: -n.end_token):
            if self.boundary_between(s, n.end_token, start):
                break
            if n.case == "loc" and n.end_token == start and start < m.token:
                start = n.token
                break
            if (n.case != "gen" and n.how != "adjective") or start - n.end_token > 2:
                break  # (a state's adjective before the title: "রুশ উপপররাষ্ট্রমন্ত্রী আন্দ্রেই রুদেনকো")
            start = n.token
        return start

    def person_after(self, s: SentenceState, m: Mention, actors: list[Mention], entities: dict[str, Entity],
                     ) -> Mention:
        """ "… বলেন রুশ নিরাপত্তা পরিষদ সচিব সের্গেই শোইগু": an organisation or state followed by a
        title and a person's name is that person's affiliation; the person speaks."""
        if self.etype(m.key, entities) == "Person" or not m.key:
            return m
        for other in actors:
            if other.token >= m.end_token and other.token - m.end_token <= 3 and other.key \
                    and self.etype(other.key, entities) == "Person" \
                    and not self.boundary_between(s, m.end_token, other.token) \
                    and not any(w in self.conjunctions for w in s.words(m.end_token, other.token)):
                return other
        return m

    def speaker_mentions(self, s: SentenceState, entities: dict[str, Entity], memory: Memory | None = None,
                         ) -> list[Mention]:
        # "তিনি" that the mentions could not resolve stands for the last speaker, if recent and a
        # person ("… জানান, …। … এমন দাবি করেছেন তিনি।"; the mentions resolve it to an unnamed
        # office-holder themselves)
        recent = memory is not None and memory.last_claimant is not None \
            and memory.last_claim_sentence >= s.sentence.index - 2 \
            and self.etype(memory.last_claimant, entities) == "Person"
        out = []
        groups = [g for g in s.mentions if g.how == "discovered" and g.key and self.etype(g.key, entities) == "Group"]
        for m in s.mentions:
            if m.case != "nom" or m.how in PASSIVE or self.shares_a_case(s, m) \
                    or self.nominalized_object(s, m, out[-1] if out else None):
                continue
            if any(g is not m and g.token <= m.token and m.end_token <= g.end_token for g in groups):
                continue  # "যুক্তরাষ্ট্র, … ও জাপানের পররাষ্ট্রমন্ত্রীরা": the states speak through the group
            t = self.etype(m.key, entities) if m.key else None
            if m.how in ("pronoun-pair", "pronoun-plural") or t in ACTOR_TYPES \
                    or (recent and m.how == "pronoun-singular" and not m.key):
                out.append(m)
            elif t == "Place" and self.m.gazetteer.places[m.key].capital:
                out.append(m)  # "মস্কো জানিয়েছে": the capital speaks for its state
        return out

    def shares_a_case(self, s: SentenceState, m: Mention) -> bool:
        """ "কিম জং উন ও উত্তর কোরীয় সেনাদের ধন্যবাদ জানান": in a list only the last member carries
        the case ending, so a bare name joined by "ও" to an object ("…কে", plural "…দের") is one too
        (not to a genitive that qualifies a head: "কিম ও উত্তর কোরিয়ার নেতারা বলেন")."""
        if m.end_token >= len(s.toks) or s.toks[m.end_token].text not in self.conjunctions:
            return False  # (one word between, a conjunction: looked at once, not per mention)
        return any(n.token == m.end_token + 1 and n.how == "alias"
                   and (n.case == "acc" or n.surface.endswith(self.lex.grammar.plural_endings)) for n in s.mentions) \
            or self.joined_to_genitive(s, m)  # ("ব্লিংকেন রাশিয়া ও উত্তর কোরিয়ার বিরুদ্ধে …")

    def with_conjuncts(self, s: SentenceState, m: Mention, actors: list[Mention], entities: dict[str, Entity],
                       memory: Memory) -> list[str]:
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
                    if hi.token - lo.end_token > 4:
                        continue  # (too far apart to be listed or joined: no slice of the words between)
                    between = s.words(lo.end_token, hi.token)
                    listed = not between and lo.case == hi.case and "," in s.sentence.text[
                        s.toks[lo.end_token - 1].end - s.sentence.start:s.toks[hi.token].start - s.sentence.start]
                    if listed or (between and between[0] in self.conjunctions and len(between) <= 4
                                  and abs(other.token - g.token) <= 8):
                        group.append(other)
                        grown = True
                        break
        keys: list[str] = []
        # "মস্কো ও পিয়ংইয়ং দুই পক্ষই …": the pair right after the two it sums up is those two
        named = [g for g in group if g.key and not g.how.startswith("pronoun")]
        for g in sorted(group, key=lambda x: x.token):
            if g.how == "pronoun-pair" and len(named) >= 2 and any(n.end_token == g.token for n in named):
                continue
            if g.how in ("pronoun-pair", "pronoun-plural"):
                keys += list(self.pair(s, memory, g))
            elif g.how == "pronoun-singular" and g.case == "nom" and self.in_sentence_antecedent(s, g, entities):
                keys.append(self.in_sentence_antecedent(s, g, entities) or "")
            elif g.how == "pronoun-singular" and memory.last_claimant and \
                    memory.last_claim_sentence >= s.sentence.index - 2 and \
                    self.etype(memory.last_claimant, entities) == "Person" and not self.subject_since(g, s, memory):
                keys.append(memory.last_claimant)  # "… বলেন। তিনি আরও বলেন": the speaker goes on
            elif g.key:
                e = entities.get(g.key)
                keys.append(e.state if e is not None and e.type == "Place" and e.state else g.key)
        return list(dict.fromkeys(keys))

    def in_sentence_antecedent(self, s: SentenceState, g: Mention, entities: dict[str, Entity]) -> str | None:
        """The person a singular pronoun subject stands for inside its own sentence (claims.yaml
        `answerer`): the one asked just before ("লিন জিয়ানকে প্রশ্ন করা হলে তিনি বলেন", "X-এর কাছে জানতে
        চাইলে তিনি …"), or the sentence's person subject when a semicolon or a turn ("তবে") opens the
        pronoun's clause ("মাও নিং মন্তব্য করতে রাজি হননি; তিনি শুধু বলেন") — None otherwise."""
        sp = self.lex.speech
        k = g.token
        _, ends = self.mentions_at(s)

        def person(m: Mention) -> bool:
            return bool(m.key) and not m.how.startswith("pronoun") and self.etype(m.key, entities) == "Person"

        end = k - 1 if k and s.toks[k - 1].text in sp.replies else k  # ("… করা হলে জবাবে তিনি")
        lo = max(0, end - 5)
        hit = [a for a, b, _ in self.find_phrases(s.toks[lo:end], sp.asked, inflect_last=False) if lo + b == end]
        if hit:
            start = lo + hit[-1]
            for e in range(start, max(-1, start - 5), -1):
                ms = [m for m in ends.get(e, ()) if m.key]
                if not ms:
                    continue
                m = ms[0]
                to = m.case == "gen" and any(w in sp.asked_to for w in s.words(m.end_token, start))
                return m.key if person(m) and (m.case == "acc" or to) else None
            return None
        if k == 0:
            return None
        gap = s.sentence.text[s.toks[k - 1].end - s.sentence.start:s.toks[k].start - s.sentence.start]
        turn = s.toks[k - 1].text in sp.turns and k >= 2 and self.boundary_between(s, k - 1, k - 1)
        if ";" not in gap and not turn:
            return None
        first = self.first_person(s, entities)
        if first is None or first.token >= k or k - first.end_token > 20:
            return None
        if any(m.case == "nom" and m.key for e in range(first.end_token + 1, k) for m in ends.get(e, ())):
            return None  # another subject between
        return first.key

    def subject_since(self, g: Mention, s: SentenceState, memory: Memory) -> bool:
        """Whether the person a pronoun resolved to was the subject of the sentence just before,
        told after the last claim: "… মন্তব্য করতে রাজি হননি। তিনি বলেন, …" is the one who refused,
        not the speaker before him."""
        prev = memory.previous
        return bool(g.key) and prev is not None and prev.sentence.index == s.sentence.index - 1 \
            and memory.last_claim_sentence < prev.sentence.index \
            and any(m.key == g.key and m.case == "nom" for m in prev.mentions)

    def unnamed_speaker(self, s: SentenceState, i: int) -> bool:
        """"… পৌঁছেছে বলেও খাদ্য মন্ত্রণালয় জানিয়েছে", "… হবে বলে কর্মকর্তারা জানিয়েছেন": between the
        clause's "বলে" and the verb at token i stands a body or people the gazetteer cannot name (an
        organisation's head noun, or a plural) — they speak, not an actor named inside the clause."""
        comp = [k for k in range(max(0, i - 4), i - 1) if s.toks[k].text in self.lex.speech.complementizers]
        if not comp:
            return False
        heads = self.lex.grammar.organisation_heads
        plural = self.lex.grammar.plural_nominatives
        for k in range(comp[-1] + 1, i):
            if any(m.token <= k < m.end_token for m in s.mentions):
                return False
        between = s.words(comp[-1] + 1, i)
        return any(w in heads or w.endswith(plural) or w in self.lex.speech.unnamed_speakers
                   or any(st in heads for st, _ in self.finder.endings(w)) for w in between) \
            or " ".join(between) in self.lex.speech.unnamed_speakers

    def report_subject(self, s: SentenceState, i: int, j: int, actors: list[Mention], entities: dict[str, Entity],
                       ) -> str | None:
        """ "জাতিসংঘের এক প্রতিবেদন বলছে, …", "আসাহি শিম্বুনের এক তদন্ত-প্রতিবেদন বলছে": a report (claims.yaml
        `report_subjects`) right before the speech verb at [i, j) is its subject — its author, the actor in
        the genitive before it, speaks; "" when none is named ("নতুন এক প্রতিবেদন বলছে"); None when no report
        is the subject (or an actor of the clause is: "রয়টার্স এ প্রতিবেদন দাবি করেছে")."""
        sp = self.lex.speech
        if i == 0 or s.toks[i - 1].text not in sp.report_subjects \
                or (i > 1 and s.toks[i - 2].text in sp.anaphoric_determiners):
            return None
        if any(m.end_token <= i - 1 and i - 1 - m.end_token <= 8 and not self.boundary_between(s, m.end_token, i - 1)
               for m in actors):
            return None
        return self.genitive_or_locative_before(s, i - 1, entities, window=3, cases=("gen",)) or ""

    def quoted_person(self, s: SentenceState, i: int, j: int, entities: dict[str, Entity],
                      quotable: dict[int, list[Mention]]) -> bool:
        """ "পুতিন সাংবাদিকদের জানান, কিম জং ইল তাঁকে বলেছেন যে …": inside someone's words, a person named
        (not a state, a capital or a pronoun) as the subject of a speech verb at [i, j) that opens words
        of its own ("যে" or a comma after it) — speech told inside speech: that person says them too."""
        sp = self.lex.speech
        if s.speech_from is None or j >= len(s.toks) or not (s.toks[j].text in sp.that or self.boundary_between(s, j, j)):
            return False
        return any(s.speech_from <= m.token and i - m.token <= 8 and not self.boundary_between(s, m.end_token, i)
                   and self.etype(m.key, entities) == "Person"
                   for end in (i, i - 1, i - 2) for m in quotable.get(end, ()))

    def own_clauses(self, s: SentenceState, verbs: list[tuple[int, int, str]]) -> set[int]:
        """ "কিম বলেছেন, …, এবং তিনি যুক্তরাষ্ট্রকে … দায়ী করেন": after a comma, a conjunction and a pronoun
        subject ("তিনি") open the speaker's own next clause, with a speech verb of its own later in it —
        not words inside his speech: the pronoun's token indexes."""
        out = set()
        starts = [i for i, _, _ in verbs]
        for m in s.mentions:
            k = m.token
            if m.how == "pronoun-singular" and m.case == "nom" and k >= 2 and s.toks[k - 1].text in self.conjunctions \
                    and self.boundary_between(s, k - 1, k - 1):
                # the first speech verb after it, near and in its clause (one look, so the rule stays linear)
                nxt = starts[bisect_right(starts, k)] if bisect_right(starts, k) < len(starts) else None
                if nxt is not None and nxt - k <= 12 and not self.boundary_between(s, k, nxt):
                    out.add(k)
        return out

    def unnamed_after(self, s: SentenceState, i: int, j: int) -> bool:
        """ "… মস্কো আসেননি বলে জানিয়েছেন দূতাবাসের কর্মীরা": after "বলে" and the verb at [i, j), the
        sentence ends in a few words naming people or a body the gazetteer cannot name (a plural, an
        organisation's head noun) — they speak, not an actor named inside the reported clause."""
        n = len(s.toks)
        if i == 0 or s.toks[i - 1].text not in self.lex.speech.complementizers or not 0 < n - j <= 6 \
                or self.boundary_between(s, j, n) or any(m.key and m.end_token > j for m in s.mentions):
            return False
        last = s.toks[-1].text
        g = self.lex.grammar
        return last.endswith(g.plural_nominatives) or last in g.organisation_heads \
            or last in self.lex.speech.unnamed_speakers \
            or any(w in self.m.gazetteer.indefinite for w in s.words(j, n - 1))  # "… কমিটির এক সদস্য"

    def anaphoric(self, s: SentenceState, i: int) -> int | None:
        """The determiner of a speech verb's object that points back ("এ অভিযোগ করেছেন", "এ কথা
        বলেন", "এমন দাবি করেছে"), as a token index."""
        an = self.lex.speech
        w1 = s.words(i - 1, i)
        if w1 and w1[0] in an.anaphoric_determiners and s.words(i, i + 1)[0] in self._verb_nouns:
            return i - 1
        if w1 and w1[0] in an.anaphoric_pronouns:  # "… এমনটাই জানিয়েছে"
            return i - 1
        w2 = s.words(i - 2, i)
        if len(w2) == 2 and w2[0] in an.anaphoric_determiners and w2[1] in an.anaphoric_objects:
            return i - 2
        return None

    def clause_before(self, s: SentenceState, det: int) -> tuple[tuple[int, int] | None, int]:
        """ "উত্তর কোরিয়া … পাঠিয়েছে— এমন দাবি করেছে X": the clause before the dash or comma that
        ends right before the determiner, when it holds words of its own — or a few words before it,
        when those only say when or where ("… দিয়ে আসছে—বুধবার পার্লামেন্টে এমন দাবি করেছেন X") or
        who ("… পাঠিয়েছে—গোয়েন্দা সংস্থা আইনপ্রণেতাদের এমনটাই জানিয়েছে"): (the words, the first word
        after the boundary — no speaker stands before it), or (None, 0)."""
        if det < 2:
            return None, 0
        # (a day in brackets, a place and a long name of the speaker may stand between: "… —বুধবার (১২
        # ফেব্রুয়ারি) রুদ্ধদ্বার শুনানিতে দক্ষিণ কোরিয়ার জাতীয় গোয়েন্দা সংস্থা এনআইএস এমনটাই জানিয়েছে")
        cut = next((k for k in range(det, max(1, det - 16), -1) if self.boundary_between(s, k, k)), None)
        if cut is None or any(self.verbal(t.text) for t in s.toks[cut:det]):
            return None, 0
        # (after a report's own speech verb and comma: "ইয়োনহাপ জানিয়েছে, … পাঠিয়েছে—গোয়েন্দা সংস্থা এমনটাই …";
        # not after a clause of the words themselves: "… সেনা পাঠিয়েছে, আর … হতাহত হয়েছে—… এমনটাই জানিয়েছে")
        opening = next((k for k in range(cut - 1, 1, -1) if self.boundary_between(s, k, k)
                        and self.verbal(s.toks[k - 1].text) and self.speech_verb_ends(s, k)), None)
        start = s.toks[opening].start if opening is not None else s.sentence.start
        span = self.trim(s, start, s.toks[cut - 1].end)
        return (None, 0) if span == (s.sentence.start, s.sentence.end) else (span, cut)

    def speech_verb_ends(self, s: SentenceState, k: int) -> bool:
        """Whether a speech verb (claims.yaml `verbs`) ends right before token k."""
        lo = max(0, k - 4)
        return any(lo + j == k for _, j, _ in self.find_phrases(s.toks[lo:k], self._speech_verbs, inflect_last=False))

    def claim_text(self, s: SentenceState, i: int, j: int, rule: str, after_speaker: int,
                   tag: int | None = None) -> tuple[int, int] | None:
        """The claim's words: after "X বলেন," / "… যে", before "… বলে জানিয়েছেন X", between the
        speaker and a sentence-final verb ("X এই চুক্তির নিন্দা জানিয়েছে"), else the sentence."""
        sp = self.lex.speech
        if tag is not None and j >= len(s.toks) and after_speaker == i and rule == "claim.speech-verb":
            return self.trim(s, s.sentence.start, s.toks[tag - 1].end)  # "…, তিমাকোভা বলেন।": before the comma
        if j < len(s.toks) and (self.boundary_between(s, j, j) or s.toks[j].text in sp.that):
            k = j + 1 if s.toks[j].text in sp.that else j
            return self.after_comma(s, k)
        if i > 0 and s.toks[i - 1].text in sp.complementizers:
            return self.trim(s, s.sentence.start, s.toks[i - 1].start)
        named = {k for m in s.mentions for k in range(m.token, m.end_token)}
        comp = next((c for c in range(i - 2, max(0, i - 6), -1) if s.toks[c].text in sp.complementizers), None)
        if comp is not None and all(k in named for k in range(comp + 1, i)):
            # "… ছোড়ে বলে জাপান জানিয়েছে": the clause before "বলে", its speaker named after it
            return self.trim(s, s.sentence.start, s.toks[comp].start)
        if rule == "claim.speaker-after-verb" and i > 0:
            return self.trim(s, s.sentence.start, s.toks[i].start)
        if j >= len(s.toks) and i - after_speaker >= 2:
            return self.trim(s, s.toks[after_speaker].start, s.toks[j - 1].end)
        if rule == "claim.speech-verb" and after_speaker == i and i > 0 and len(s.toks) - j >= 3:
            # "ইয়োনহাপ জানিয়েছে, মন্ত্রণালয় মনে করে এই চেকপোস্ট দিয়ে …": a speaker right before the verb
            # says what follows it
            return self.after_comma(s, j)
        if rule == "claim.speech-verb" and j >= len(s.toks):
            # "ইয়োনহাপের খবরে বলা হয়েছে, মন্ত্রণালয় চুক্তিটির নিন্দা জানিয়েছে": the speaker's own clause
            k = next((k for k in range(after_speaker - 1, 0, -1) if self.boundary_between(s, k, k)), None)
            if k is not None:
                return self.trim(s, s.toks[k].start, s.sentence.end)
        return s.sentence.start, s.sentence.end

    def after_comma(self, s: SentenceState, j: int) -> tuple[int, int]:
        start = s.toks[j].start if j < len(s.toks) else s.sentence.end
        rel = start - s.sentence.start
        return self.trim(s, s.sentence.start + rel, s.sentence.end)

    def trim(self, s: SentenceState, a: int, b: int) -> tuple[int, int]:
        text = s.sentence.text
        lo, hi = a - s.sentence.start, b - s.sentence.start
        while lo < hi and text[lo] in " ,:;—-–":
            lo += 1
        while hi > lo and text[hi - 1] == " ":
            hi -= 1
        if lo >= hi:
            return s.sentence.start, s.sentence.end
        return s.sentence.start + lo, s.sentence.start + hi

    def genitive_or_locative_before(self, s: SentenceState, i: int, entities: dict[str, Entity], window: int = 3,
                                    cases: tuple[str, ...] = ("gen", "loc")) -> str | None:
        """The nearest actor in one of ``cases`` ending at most ``window`` words before token i."""
        cands = [m for m in s.mentions if m.key and m.end_token <= i and i - m.end_token <= window
                 and m.case in cases and m.how not in PASSIVE
                 and not (m.end_token < i and self.is_post(s.toks[m.end_token].text, self.post_words | self.lex.grammar.source_postpositions))]
        for m in sorted(cands, key=lambda m: -m.end_token):
            if any(w.endswith(self.genitive_endings) and len(w) > 3 for w in s.words(m.end_token, i)) \
                    and not any(n.token >= m.end_token and n.end_token <= i for n in s.mentions if n.key):
                return None  # "দেশটির গুপ্তচর সংস্থার বরাত দিয়ে": the source is a body we cannot name
            if m.how == "pronoun-singular":
                return self.genitive_person_before(s, m, entities) or m.key
            t = self.etype(m.key, entities)
            if t in ACTOR_TYPES:
                return m.key
            if t == "Place" and self.m.gazetteer.places[m.key].capital:
                return entities[m.key].state
        return None

    def genitive_person_before(self, s: SentenceState, g: Mention, entities: dict[str, Entity]) -> str | None:
        """ "মাও নিংয়ের কাছে জানতে চাইলে তাঁর ভাষায়, …", "জাখারোভার বক্তব্য ছিল স্পষ্ট; তাঁর মতে, …": a
        singular pronoun, source of words, after a person named in the genitive in its own sentence (the
        last person named before it, at most twelve words before, no person the sentence's subject
        before it) is that person — not the discourse's subject."""
        first = self.first_person(s, entities)
        if first is not None and first.token < g.token:
            return None
        _, ends = self.mentions_at(s)
        for e in range(g.token, max(-1, g.token - 13), -1):  # (the last person before it: a few words, linear)
            ms = [m for m in ends.get(e, ()) if m.key and not m.how.startswith("pronoun") and m.how not in PASSIVE
                  and self.etype(m.key, entities) == "Person"]
            if ms:
                return ms[0].key if ms[0].case == "gen" else None
        return None

    def first_person(self, s: SentenceState, entities: dict[str, Entity]) -> Mention | None:
        """The sentence's first person named in the nominative (looked up once per sentence)."""
        memo = self._first_memo
        if memo is not None and memo[0] is s.mentions:
            return memo[1]
        first = next((m for m in s.mentions if m.case == "nom" and m.key and not m.how.startswith("pronoun")
                      and m.how not in PASSIVE and self.etype(m.key, entities) == "Person"), None)
        self._first_memo = (s.mentions, first)
        return first

    def frame_after(self, s: SentenceState, j: int, entities: dict[str, Entity]) -> str | None:
        """The actor whose statement or report ends the sentence after a passive verb ending at token j
        ("… দাবি করা হয়েছে <X>-এর এক নতুন প্রতিবেদনে।", "… বলা হয়েছে <X>-এর বিবৃতিতে"): X, or None."""
        toks = s.toks
        if not toks or j >= len(toks) or toks[-1].text not in self.lex.speech.statement_frames:
            return None
        owner = [m for m in s.mentions if m.key and m.token >= j and len(toks) - 1 - m.end_token <= 4
                 and m.how not in PASSIVE and self.etype(m.key, entities) in ACTOR_TYPES]
        if not owner or any(n.key and n.token > owner[-1].token for n in s.mentions):
            return None
        return owner[-1].key

    def publisher(self, s: SentenceState, i: int, memory: Memory) -> str | None:
        """ "X … প্রতিবেদন প্রকাশ করে। সেখানে বলা হয়েছে, …": who published the document that the
        words right before the passive verb at token i point to, in one of the two sentences before
        (claims.yaml `published_there`)."""
        if memory.publisher is None or memory.publisher[1] < s.sentence.index - 2 \
                or not any(s.words(i - len(p), i) == p for p in self.lex.speech.there):
            return None
        return memory.publisher[0]

    def published_by(self, s: SentenceState, entities: dict[str, Entity]) -> str | None:
        """The actor who publishes (or sends) a document in sentence s: the subject that ends the
        sentence after the verb ("… রাশিয়ার কাছে প্রতিবাদলিপি পাঠিয়েছে জাপান"), else the one named last
        before the document's word — not the one it is sent to ("রাশিয়ার কাছে")."""
        sp = self.lex.speech
        toks = s.toks
        for k, t in enumerate(toks):
            if t.text in sp.documents and any(w in sp.publish for w in s.words(k + 1, k + 3)):
                last = [m for m in s.mentions if m.key and m.token > k and m.end_token == len(toks) and m.case == "nom"
                        and m.how not in PASSIVE and self.etype(m.key, entities) in ACTOR_TYPES]
                if last:
                    return last[-1].key
                actors = [m for m in s.mentions if m.key and m.end_token <= k and m.how not in PASSIVE
                          and self.etype(m.key, entities) in ACTOR_TYPES and m.case in ("nom", "gen")
                          and not (m.end_token < len(toks) and toks[m.end_token].text in sp.protest_to)]
                return actors[-1].key if actors else None
        return None

    def gen_conjuncts(self, s: SentenceState, k: int, src: str, entities: dict[str, Entity]) -> list[str]:
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
        """An outlet that relays another speaker's words in the same sentence is their `via`, and
        tells of them in a plain claim of its own.

        "… তিনি এ কথা বলেছিলেন বলে জানিয়েছে তাস": Peskov's claim, via TASS (and TASS's).  An outlet that is the
        only speaker ("নিউইয়র্ক টাইমস খবরে জানায়, …") stays the claimant.
        """
        relayed = [c for c in claims if self.is_relay(c.claimant)]
        own = [c for c in claims if not self.is_relay(c.claimant)]
        if not relayed or not own:
            return claims
        via = relayed[0].claimant
        # "কেসিএনএ জানায়, বৈঠকে কিম বলেছেন, …": the agency, the subject of its own verb, reports —
        # it says that Kim said it (a claim of its own); "… বলে জানিয়েছে তাস" only relays
        reports = [c for c in relayed if c.evidence[0].rule in ("claim.speech-verb", "claim.passive", "claim.noun-comma")
                   and any(c.text_span[0] <= o.text_span[0] and o.text_span[1] <= c.text_span[1] for o in own)]
        inner = {o.claimant for o in own}
        # (a report of what a speaker holds accuses that speaker of nothing: "ইয়োনহাপ জানিয়েছে, মন্ত্রণালয়
        # মনে করে … পরিপন্থী" is the ministry's charge, not the agency's against the ministry)
        reports = [c if not (set(c.about) | set(c.accused)) & inner else
                   replace(c, about=tuple(k for k in c.about if k not in inner),
                           accused=tuple(k for k in c.accused if k not in inner),
                           accusation=c.accusation and any(k not in inner for k in c.about))
                   for c in reports]
        # "… আখ্যা দিয়েছেন বলে জানিয়েছে কেসিএনএ": the outlet that relays them tells of those words too —
        # a claim of its own (it reports, it accuses no one), before the speakers' (the last claimant
        # stays the speaker, whom a pronoun in the next sentence means)
        tellers = [replace(c, kind="said", accusation=False, accused=(), about=(), via=None)
                   for c in {c.claimant: c for c in reversed(relayed) if c not in reports}.values()
                   if not any(r.claimant == c.claimant for r in reports)]
        return reports + tellers + [replace(c, via=via) if c.via in (None, relay) else c for c in own]

    def make_claims(self, article: Article, s: SentenceState, who: list[str], kind: str, a: int, b: int,
                    about: tuple[str, ...], accusation: bool, rule: str, trigger: str, relay: str | None,
                    entities: dict[str, Entity], accused: tuple[str, ...] = (),
                    extra: tuple[Evidence, ...] = ()) -> list[Claim]:
        ev = self.evidence(s, rule, trigger) + extra
        text = article.text[a:b]
        # an Accusation names the accused; an allegation against no one we can name stays a Claim; a news
        # outlet (a dateline's "(এএফপি)") relays, it is accused of nothing
        if accusation:
            about = tuple(k for k in about if not self.is_relay(k))
            accused = tuple(k for k in accused if not self.is_relay(k))
        accusation = accusation and bool(about)
        if accusation:  # "যুক্তরাষ্ট্র ও তার মিত্ররা …": a group led by a state accuses that state too
            about, accused = self.with_leading_states(about, entities), self.with_leading_states(accused, entities)
        return [Claim(k, text, (a, b), kind, ev, about, accusation, relay if relay != k else None,
                      accused or (about if accusation else ())) for k in who]

    def with_leading_states(self, keys: tuple[str, ...], entities: dict[str, Entity]) -> tuple[str, ...]:
        """``keys`` and, after each group affiliated with a state ("যুক্তরাষ্ট্র ও তার মিত্ররা"), that state."""
        out: list[str] = []
        for k in keys:
            out.append(k)
            e = entities.get(k)
            state = self.m.gazetteer.actors.get(e.affiliation) if e is not None and e.type == "Group" and e.affiliation else None
            if state is not None and state.type == "State":
                self.finder._remember(entities, state.key, "actor")
                out.append(state.key)
        return tuple(dict.fromkeys(out))


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per speaker and sentence: several verbs in one sentence are one statement."""
    out: list[Claim] = []
    for c in claims:
        for k, o in enumerate(out):
            if o.claimant == c.claimant and o.evidence[0].start == c.evidence[0].start:
                # an accusation's "about" is the accused: a plain statement's topics do not join them
                # ("কিম বলেছেন, পিয়ংইয়ং মস্কোর পাশে থাকবে, এবং তিনি যুক্তরাষ্ট্রকে … দায়ী করেন")
                about = c.about if c.accusation and not o.accusation else \
                    o.about if o.accusation and not c.accusation else tuple(dict.fromkeys(o.about + c.about))
                out[k] = replace(o, accusation=o.accusation or c.accusation,
                                 kind=c.kind if c.accusation and not o.accusation else o.kind,
                                 about=about,
                                 evidence=o.evidence if c.evidence == o.evidence else o.evidence + c.evidence)
                break
        else:
            out.append(c)
    return out
