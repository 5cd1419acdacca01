"""Sentences → mentions of actors and places, through Bengali inflection, roles and pronouns.

A name in a Bengali sentence carries its case ending glued on ("পুতিনের", "রাশিয়ায়",
"পিয়ংইয়ংয়ে", "চোয়ে সন হুই-এর"): the matcher strips the endings listed in ``grammar.yaml`` from
the last word of a gazetteer alias and records the case, which the event rules read (a genitive
person before "সঙ্গে" is a participant; a genitive state before a role is a modifier).

Beyond gazetteer aliases it resolves

* role references — "রুশ প্রেসিডেন্ট", "উত্তর কোরিয়ার নেতা" — to the office holder on the
  publication date (``offices`` in actors.yaml);
* people introduced by a title — "উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী চোয়ে সন হুই" — whom the
  gazetteer lacks, as a new Person with that affiliation and role;
* pronouns — "তিনি", "তাঁর" — to the person last named.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from bnkg.builder.records import Article, DateValue, Entity, Mention, Sentence
from bnkg.mappings import Mappings
from bnkg.mappings.lexicons import Phrase
from bnkg.text import WORD_RE, words
from bnkg.transliterate import transliterate


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence with its offsets into the article text."""

    start: int
    end: int
    text: str
    hyphen_before: bool  # glued to the previous word by a hyphen ("হুই-এর")


def tokenize(sentence: Sentence) -> tuple[Token, ...]:
    """Split a sentence into words, keeping article offsets.

    >>> s = Sentence(0, 10, 28, "কিম-পুতিনের বৈঠক")
    >>> [(t.text, t.start, t.hyphen_before) for t in tokenize(s)]
    [('কিম', 10, False), ('পুতিনের', 14, True), ('বৈঠক', 22, False)]
    """
    out: list[Token] = []
    prev_end = None
    for m in WORD_RE.finditer(sentence.text):
        gap = sentence.text[prev_end:m.start()] if prev_end is not None else ""
        out.append(Token(sentence.start + m.start(), sentence.start + m.end(), m.group(),
                         gap in ("-", "‐", "‑")))
        prev_end = m.end()
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Alias:
    words: Phrase
    key: str
    kind: str  # actor | place | adjective


class MentionFinder:
    """Finds mentions in an article; built once per :class:`Mappings` and reused for every article."""

    def __init__(self, mappings: Mappings) -> None:
        self.mappings = mappings
        self._endings: dict[str, tuple[tuple[str, str], ...]] = {}
        gaz = mappings.gazetteer
        self.grammar = mappings.lexicons.grammar
        index: dict[str, list[_Alias]] = {}

        def add(text: str, key: str, kind: str) -> None:
            w = words(text)
            if w:
                index.setdefault(w[0], []).append(_Alias(w, key, kind))

        for a in gaz.actors.values():
            for alias in a.aliases:
                add(alias, a.key, "actor")
            for adj in a.adjectives:
                add(adj, a.key, "adjective")
        for p in gaz.places.values():
            for alias in p.aliases:
                add(alias, p.key, "place")
        # longest alias first, so "উত্তর কোরিয়ার রাষ্ট্রীয় বার্তা সংস্থা কেসিএনএ" beats "উত্তর কোরিয়া"
        self.index = {k: sorted(v, key=lambda a: -len(a.words)) for k, v in index.items()}
        self.roles: dict[str, list[tuple[Phrase, str]]] = {}
        for r in gaz.roles.values():
            for form in r.bn:
                w = words(form)
                self.roles.setdefault(w[0], []).append((w, r.key))
        for v in self.roles.values():
            v.sort(key=lambda x: -len(x[0]))
        lex = mappings.lexicons
        # words that cannot be part of a personal name introduced by a title
        self.not_name: frozenset[str] = frozenset(self.grammar.stopwords) | frozenset(
            w for group in (lex.visit.words, lex.meeting.words, lex.agreement.words, lex.planned.words)
            for p in group for w in p) | frozenset(w for p, _ in lex.speech.verbs for w in p)
        # words that cannot stand inside an organisation's name: as above, but a word that only
        # opens an event phrase ("রাষ্ট্রীয় সফর") may ("উত্তর কোরিয়ার রাষ্ট্রীয় টেলিভিশন")
        self.not_org: frozenset[str] = frozenset(self.grammar.stopwords) | frozenset(
            p[-1] for group in (lex.visit.words, lex.meeting.words, lex.agreement.words, lex.planned.words)
            for p in group) | frozenset(w for p, _ in lex.speech.verbs for w in p)
        self.pronouns = self.grammar.pronouns
        # pronoun phrases by first word, in the order they are tried (group, then list order)
        self._pronouns_by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for group in ("pair", "two_states", "this_state", "plural", "singular"):
            for phrase in self.pronouns.get(group, ()):
                if phrase:
                    self._pronouns_by_first.setdefault(phrase[0], []).append((group, tuple(phrase)))
        self.states = frozenset(k for k, a in gaz.actors.items() if a.type == "State")
        self.persons = frozenset(k for k, a in gaz.actors.items() if a.type == "Person")
        self.calendar = mappings.calendar

    # -- morphology --------------------------------------------------------------------------
    def endings(self, word: str) -> tuple[tuple[str, str], ...]:
        """(stem, case) readings of ``word``: the word itself (nominative) first, then each ending.

        Cached per word on this finder (the mappings are immutable; profiling showed this is hot)."""
        hit = self._endings.get(word)
        if hit is None:
            hit = ((word, "nom"), *((word[: -len(e)], case) for e, case in self.grammar.case_endings
                                    if word.endswith(e) and len(word) > len(e) + 1))
            self._endings[word] = hit
        return hit

    def _last_word_case(self, word: str, expected: str) -> str | None:
        for stem, case in self.endings(word):
            if stem == expected:
                return case
        return None

    # -- matching ------------------------------------------------------------------------------
    def _match_alias(self, toks: Sequence[Token], i: int, max_words: int = 99,
                     only: frozenset[str] | None = None) -> tuple[_Alias, int, str] | None:
        """The longest alias starting at word i (``only``: restrict to these keys)."""
        best: tuple[_Alias, int, str] | None = None
        for stem, case in self.endings(toks[i].text):
            for alias in self.index.get(stem, ()):
                n = len(alias.words)
                if n > max_words or (best is not None and n <= len(best[0].words)):
                    continue
                if only is not None and alias.key not in only:
                    continue
                if n == 1:
                    best = (alias, i + 1, case)
                    continue
                if case != "nom" or stem != toks[i].text or i + n > len(toks):
                    continue
                if any(toks[i + k].text != alias.words[k] for k in range(1, n - 1)):
                    continue
                last = self._last_word_case(toks[i + n - 1].text, alias.words[-1])
                if last is not None:
                    best = (alias, i + n, last)
        return best

    def _hyphen_case(self, toks: Sequence[Token], j: int, case: str) -> tuple[int, str]:
        """Absorb an ending written after a hyphen: "হুই-এর" → gen."""
        if j < len(toks) and toks[j].hyphen_before and toks[j].text in self.grammar.hyphen_endings:
            return j + 1, self.grammar.hyphen_endings[toks[j].text]
        return j, case

    def _match_role(self, toks: Sequence[Token], i: int) -> tuple[str, int, str] | None:
        for form, role in [*self.roles.get(toks[i].text, ()), *self._inflected_roles(toks[i].text)]:
            n = len(form)
            if i + n > len(toks) or any(toks[i + k].text != form[k] for k in range(n - 1)):
                continue
            case = self._last_word_case(toks[i + n - 1].text, form[-1])
            if case is not None:
                return role, i + n, case
        return None

    def _inflected_roles(self, word: str) -> list[tuple[Phrase, str]]:
        out: list[tuple[Phrase, str]] = []
        for stem, case in self.endings(word):
            if case != "nom" or stem != word:
                out.extend((f, r) for f, r in self.roles.get(stem, ()) if len(f) == 1)
        for stem, _ in self.endings(word):  # "বহির্বাণিজ্যমন্ত্রী": a compound title
            for suffix, role in self.grammar.title_suffixes.items():
                if stem.endswith(suffix) and len(stem) > len(suffix) and role in self.mappings.gazetteer.roles:
                    out.append(((stem,), role))
        return out

    def _name_after(self, toks: Sequence[Token], j: int) -> tuple[str, int, str] | None:
        """A personal name of 1–3 words right after a title, or None."""
        parts: list[str] = []
        k = j
        case = "nom"
        while k < len(toks) and len(parts) < 3:
            w = toks[k].text
            if (w in self.not_name or any(c.isdigit() for c in w) or self._match_alias(toks, k)
                    or self._match_role(toks, k)
                    or (parts and toks[k].hyphen_before and w in self.grammar.hyphen_endings)
                    or self.calendar.lookup(w) is not None or w.endswith(self.grammar.verb_endings)):
                break
            for ending in ("ের", "এর", "কে"):
                if w.endswith(ending) and len(w) > len(ending) + 1:
                    parts.append(w[: -len(ending)])
                    case = "gen" if ending != "কে" else "acc"
                    k += 1
                    break
            else:
                parts.append(w)
                k += 1
                continue
            break
        if not parts:
            return None
        k, case = self._hyphen_case(toks, k, case)
        return " ".join(parts), k, case

    # -- the article ---------------------------------------------------------------------------
    def find(self, article: Article) -> tuple[list[list[Mention]], dict[str, Entity]]:
        """Mentions per sentence (in text order) and every entity they refer to, by key."""
        day = published_day(article.published)
        entities: dict[str, Entity] = {}
        per_sentence: list[list[Mention]] = []
        discovered: dict[str, str] = {}  # surface name → key, for later short mentions
        memory = _Recent()
        for sent in article.sentences:
            toks = tokenize(sent)
            found: list[Mention] = []

            def add(m: Mention, found: list[Mention] = found) -> None:
                found.append(m)
                memory.saw(m, entities, self)

            i = 0
            while i < len(toks):
                m = self._match_alias(toks, i)
                if m is not None:
                    alias, j, case = m
                    j, case = self._hyphen_case(toks, j, case)
                    how = alias.kind if alias.kind == "adjective" else "alias"
                    if alias.kind != "adjective" and j < len(toks) and toks[j].text in self.grammar.topic_nouns:
                        how = "topic"
                    self._remember(entities, alias.key, alias.kind)
                    add(self._mention(article, sent, toks, i, j, alias.key, how, case))
                    org = self._organisation_after(article, sent, toks, i, j, alias, case, entities)
                    if org is not None:  # "দক্ষিণ কোরিয়ার একীকরণ মন্ত্রণালয়": an organisation of the state
                        add(org)
                        i = org.end_token
                        continue
                    for inner in self._inner_states(article, sent, toks, i, j, alias, entities):
                        add(inner)
                    i = j
                    continue
                r = self._match_role(toks, i)
                if r is not None:
                    role, j, case = r
                    mention = self._resolve_role(article, sent, toks, found, i, j, role, case, day,
                                                 entities, discovered)
                    if mention is not None:
                        add(mention)
                        i = mention.end_token
                        continue
                    i = j
                    continue
                word = toks[i].text
                hit = self._discovered(toks, i, discovered) or memory.short_name(toks, i, self)
                if hit is not None:
                    key, j, case = hit
                    add(self._mention(article, sent, toks, i, j, key, "short-name", case))
                    i = j
                    continue
                pron = self._pronoun(toks, i)
                if pron is not None:
                    group, j = pron
                    case = "gen" if word.endswith(("র", "দের")) else "acc" if word.endswith("কে") else "nom"
                    target = ""
                    if group == "singular":
                        # the discourse's subject, even for "তাঁর": "শোইগুর স্থলাভিষিক্ত হওয়ার পর এটিই
                        # তাঁর প্রথম সফর" is about the minister the article is about, not Shoigu —
                        # but an object right after its subject is someone else ("কিম তাঁকে …")
                        target = memory.subject or memory.person or ""
                        if case != "nom" and found and found[-1].end_token == i and found[-1].key == target \
                                and found[-1].case == "nom":
                            target = memory.previous_subject or ""
                    elif group == "this_state":  # "দেশটির নেতা": the state just named
                        target = memory.state or ""
                    add(self._mention(article, sent, toks, i, j, target, f"pronoun-{group}", case))
                    i = j
                    continue
                i += 1
            per_sentence.append(found)
        return per_sentence, entities

    def _organisation_after(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                            state: _Alias, case: str, entities: dict[str, Entity]) -> Mention | None:
        """A state's organisation the gazetteer lacks: the state (genitive, words i..j), 1–3 plain
        words, and an organisation head noun (grammar.yaml), which may carry a case ending."""
        if case != "gen" or state.key not in self.states:
            return None
        heads = self.grammar.organisation_heads
        for k in range(j, min(j + 4, len(toks))):  # (0–3 words between: "দক্ষিণ কোরিয়ার সেনাবাহিনী")
            between = toks[j:k]
            if any(t.text in self.not_org or self._match_alias(toks, j + n) for n, t in enumerate(between)):
                return None
            for stem, c in self.endings(toks[k].text):
                if stem in heads:
                    label = " ".join([article.text[toks[i].start:toks[j - 1].end], *(t.text for t in between), stem])
                    key = "org-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
                    entities.setdefault(key, Entity(key, "Organization", label, None, None, state.key,
                                                    from_gazetteer=False))
                    return self._mention(article, sent, toks, i, k + 1, key, "discovered", c)
        return None

    def _inner_states(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                      outer: _Alias, entities: dict[str, Entity]) -> list[Mention]:
        """States named inside a longer name ("ব্রিটিশ প্রতিরক্ষা গোয়েন্দা সংস্থা"): mentioned, not acting."""
        gaz = self.mappings.gazetteer
        if len(outer.words) < 2 or (outer.kind == "actor" and gaz.actors[outer.key].type == "State"):
            return []
        out = []
        k = i
        while k < j:
            m = self._match_alias(toks[:j], k, max_words=len(outer.words) - 1, only=self.states)
            if m is not None:
                out.append(self._mention(article, sent, toks, k, m[1], m[0].key, "inner", m[2]))
                self._remember(entities, m[0].key, "actor")
                k = m[1]
            else:
                k += 1
        return out

    def _mention(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                 key: str, how: str, case: str) -> Mention:
        start, end = toks[i].start, toks[j - 1].end
        return Mention(start, end, article.text[start:end], key, sent.index, how, case, i, j)

    def _pronoun(self, toks: Sequence[Token], i: int) -> tuple[str, int] | None:
        for group, p in self._pronouns_by_first.get(toks[i].text, ()):
            n = len(p)
            if tuple(t.text for t in toks[i:i + n]) == p:
                return group, i + n
        return None

    def _discovered(self, toks: Sequence[Token], i: int, discovered: dict[str, str]) -> tuple[str, int, str] | None:
        for name, key in discovered.items():
            w = name.split()
            n = len(w)
            if i + n > len(toks) or any(toks[i + k].text != w[k] for k in range(n - 1)):
                continue
            case = self._last_word_case(toks[i + n - 1].text, w[-1])
            if case is not None:
                j, case = self._hyphen_case(toks, i + n, case)
                return key, j, case
        return None

    def _resolve_role(self, article: Article, sent: Sentence, toks: Sequence[Token], found: list[Mention],
                      i: int, j: int, role: str, case: str, day: str | None,
                      entities: dict[str, Entity], discovered: dict[str, str]) -> Mention | None:
        gaz = self.mappings.gazetteer
        # the state (or organisation) whose office this is: the mention just before the role
        of = None
        # the state or organisation named just before ("রাশিয়ার প্রেসিডেন্ট"), or a few words before
        # when titles are chained ("রাশিয়ার উপপ্রধানমন্ত্রী ও শিল্প-বাণিজ্যমন্ত্রী"); a region's
        # governor belongs to the region's state ("খাবারভস্ক অঞ্চলের গভর্নর")
        for prev in reversed(found):
            if prev.end_token < i - 4 or prev.case not in ("gen", "nom") or not prev.key:
                break
            if prev.key in gaz.actors and gaz.actors[prev.key].type in ("State", "Organization"):
                of = prev.key
            elif prev.key in gaz.places and prev.end_token >= i - 1:
                of = gaz.places[prev.key].state
            if of is not None or prev.end_token == i:
                break
        # "উপপ্রধানমন্ত্রী ও শিল্পমন্ত্রী দেনিস মানতুরভ": two titles of the one person named after them
        if j + 1 < len(toks) and toks[j].text in ("ও", "এবং") and self._match_role(toks, j + 1) is not None:
            return None
        # "… পররাষ্ট্রমন্ত্রীর পদ থেকে": the office, not its holder
        after = tuple(t.text for t in toks[j:j + 2])
        if any(after[: len(p)] == p for p in self.grammar.office_words):
            return None
        if case == "nom" and j < len(toks) and self._match_alias(toks, j, only=self.persons) is not None:
            return None  # "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন": the name is the mention
        holders = gaz.holders(role, of, day) if of else []
        name = self._name_after(toks, j) if case == "nom" and of else None
        # the one known holder on the article's date wins: "দেশটির নেতা নিজে …" is Kim, not a new
        # "নিজে …"; where the office has several holders (ministers) a name after it is a new person
        if name is not None and len(holders) != 1:
            label, k, name_case = name
            key = "person-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
            role_bn = " ".join(t.text for t in toks[i:j])
            # no gazetteer spelling: a transliteration, so English readers still get a name
            entities.setdefault(key, Entity(key, "Person", label, transliterate(label), None, of, role_bn,
                                            None, False))
            discovered[label] = key
            if len(label.split()) > 1:  # the family name may come first ("হান সং মিন") or last
                discovered.setdefault(label.split()[-1], key)
                discovered.setdefault(label.split()[0], key)
            name_start = j
            return self._mention(article, sent, toks, name_start, k, key, "title-intro", name_case)
        if len(holders) == 1:
            key = holders[0].key
            self._remember(entities, key, "actor")
            return self._mention(article, sent, toks, i, j, key, "role", case)
        return None

    def _remember(self, entities: dict[str, Entity], key: str, kind: str) -> None:
        if key in entities:
            return
        e = self._entity(key)
        entities[key] = e
        for dep in (e.affiliation, e.state):
            if dep and dep not in entities:
                self._remember(entities, dep, "actor")

    def _entity(self, key: str) -> Entity:
        gaz = self.mappings.gazetteer
        if key in gaz.places:
            p = gaz.places[key]
            return Entity(p.key, "Place", p.bn, p.en or transliterate(p.bn), p.wikidata, None, None, p.state,
                          aliases=tuple(x for x in p.aliases if x != p.bn))
        a = gaz.actors[key]
        role_bn = gaz.roles[a.role].bn[0] if a.role and a.role in gaz.roles else None
        return Entity(a.key, a.type, a.bn, a.en or transliterate(a.bn), a.wikidata, a.affiliation,  # type: ignore[arg-type]
                      role_bn,
                      aliases=tuple(x for x in a.aliases if x != a.bn))


@dataclass
class _Recent:
    """Who was named last in the article: for pronouns, "দেশটির" and surname-only mentions."""

    person: str | None = None
    subject: str | None = None  # the last person named in the nominative
    previous_subject: str | None = None  # the one before, when a different person
    state: str | None = None
    persons: dict[str, None] = field(default_factory=dict)  # every person named so far, in order

    def saw(self, m: Mention, entities: dict[str, Entity], finder: MentionFinder) -> None:
        e = entities.get(m.key) if m.key else None
        if e is None:
            return
        if e.type == "Person":
            self.person = m.key
            if m.case == "nom":
                if self.subject != m.key:
                    self.previous_subject = self.subject
                self.subject = m.key
            self.persons[m.key] = None
        elif e.type == "State" and m.how not in ("inner",):
            self.state = m.key

    def short_name(self, toks: Sequence[Token], i: int, finder: MentionFinder) -> tuple[str, int, str] | None:
        """A single word of the name of exactly one person named earlier ("শিন" after "শিন ওন-সিক",
        "চোয়ে" after "চোয়ে সন হুই"): that person."""
        hits: set[str] = set()
        case = "nom"
        gaz = finder.mappings.gazetteer
        for stem, c in finder.endings(toks[i].text):
            if len(stem) < 3 or stem in finder.not_name or finder.calendar.lookup(stem) is not None:
                continue
            for key in self.persons:
                a = gaz.actors.get(key)
                names = a.aliases if a is not None else ()
                if any(stem in words(n) for n in names):
                    hits.add(key)
                    case = c
            if hits:
                break
        if len(hits) != 1:
            return None
        j, case = finder._hyphen_case(toks, i + 1, case)
        return hits.pop(), j, case


def published_day(published: DateValue | None) -> str | None:
    """The ISO day of publication, when the page gives one (offices are looked up on it)."""
    return published.value if published is not None and published.precision == "day" else None
