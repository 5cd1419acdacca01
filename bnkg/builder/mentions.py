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
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import overload

from bnkg.builder.records import Article, DateValue, Entity, Mention, Sentence, SentenceRecord, Token
from bnkg.builder.segment import sentence_records
from bnkg.mappings import Mappings
from bnkg.mappings.gazetteer import fold, genitive
from bnkg.mappings.lexicons import Phrase
from bnkg.text import words
from bnkg.transliterate import transliterate


@dataclass(frozen=True, slots=True)
class _Alias:
    words: Phrase
    key: str
    kind: str  # actor | place | adjective
    folded: tuple[str, ...] = ()  # the words spelling-folded (bnkg.mappings.gazetteer.fold)
    exact: bool = False  # a one-word alias under four letters matches only as written ("শি", "কিম")


# an alias or title shorter than this (folded) must be spelt exactly: "শি" must not catch "সি"
_MIN_FOLDED = 4
# distinct words the per-reader caches of word readings hold before they start afresh
_CACHE_WORDS = 200_000
_RECENT_PERSONS = 24  # the persons named last that a bare title may stand for (a few: linear in the text)
# what joins the two ends of a line named after them: "খাসান–তুমানগাং", "রাজিন – খাসান"
_NAME_DASHES = frozenset(("–", "—", " – ", " — ", "-"))


class _PhraseIndex:
    """Phrases by folded first word (one-word phrases) or folded first two words (longer ones),
    longest first: a sentence's word looks up only the few phrases that can start there."""

    def __init__(self, phrases: list[_Alias]) -> None:
        one: dict[str, dict[tuple[object, ...], _Alias]] = {}
        many: dict[tuple[str, str], dict[tuple[object, ...], _Alias]] = {}
        for a in phrases:
            ident = (a.words if a.exact else a.folded, a.key, a.kind)
            if len(a.words) == 1:
                one.setdefault(a.folded[0], {}).setdefault(ident, a)
            else:
                many.setdefault((a.folded[0], a.folded[1]), {}).setdefault(ident, a)
        self.one = {k: list(v.values()) for k, v in one.items()}
        self.many = {k: sorted(v.values(), key=lambda a: -len(a.words)) for k, v in many.items()}
        self.firsts = frozenset(f for f, _ in self.many)
        # word → whether a phrase may start at it (most words start none); filled by MentionFinder.opens
        self.opens: dict[str, bool] = {}

    def __len__(self) -> int:
        return sum(map(len, self.one.values())) + sum(map(len, self.many.values()))


def _phrases(text: str, key: str, kind: str) -> list[_Alias]:
    """``text`` and its joined spellings as phrases of the index (folded; short ones exact)."""
    out = []
    for variant in spellings(words(text)):
        folded = tuple(fold(x) for x in variant)
        out.append(_Alias(variant, key, kind, folded, len(variant) == 1 and len(folded[0]) < _MIN_FOLDED))
    return out


def spellings(phrase: Phrase) -> list[Phrase]:
    """The phrase as written and with neighbouring words joined ("কিম জং উন" → "কিম জংউন" …):
    outlets write the parts of names and titles apart, hyphenated or run together.

    >>> spellings(("জং", "উন"))
    [('জং', 'উন'), ('জংউন',)]
    """
    if len(phrase) > 4:
        return [phrase]
    out: list[Phrase] = []
    for mask in range(1 << (len(phrase) - 1)):  # bit k set: word k+1 is glued to word k
        joined = [phrase[0]]
        for k, w in enumerate(phrase[1:]):
            if mask >> k & 1:
                joined[-1] += w
            else:
                joined.append(w)
        out.append(tuple(joined))
    return out


class MentionFinder:
    """Finds mentions in an article; built once per :class:`Mappings` and reused for every article."""

    def __init__(self, mappings: Mappings) -> None:
        self.mappings = mappings
        self._endings: dict[str, tuple[tuple[str, str], ...]] = {}
        gaz = mappings.gazetteer
        self.grammar = mappings.lexicons.grammar
        self._folded: dict[str, str] = {}
        self._fendings: dict[str, tuple[tuple[str, str, str], ...]] = {}
        self._tail_fendings: dict[str, tuple[tuple[str, str, str], ...]] = {}
        self._entities: dict[str, Entity] = {}  # see _entity (one per gazetteer key at most)
        self._title_suffixes = tuple(self.grammar.title_suffixes)
        self._named_after_words = max((len(p) for p in self.grammar.named_after), default=0)
        self._names_after: dict[tuple[tuple[str, ...], bool], bool] = {}  # see _named_after
        # aliases are looked up by folded words, so "পুটিন", "ভ্লাদিমীর পুতিন", "কিম জঙ উন" find their actor
        aliases: list[_Alias] = []
        for a in gaz.actors.values():
            for alias in a.aliases:
                aliases += _phrases(alias, a.key, "actor")
            for adj in a.adjectives:
                aliases += _phrases(adj, a.key, "adjective")
        for p in gaz.places.values():
            for alias in p.aliases:
                aliases += _phrases(alias, p.key, "place")
        self.index = _PhraseIndex([a for a in aliases if a.words])
        self.roles = _PhraseIndex([a for r in gaz.roles.values() for form in r.bn for a in _phrases(form, r.key, "role")])
        # kinds of state bodies ("<state> গোয়েন্দা সংস্থা")
        self.institutions = _PhraseIndex([a for inst in gaz.institutions.values() for form in inst.bn
                                          for a in _phrases(form, inst.key, "institution")])
        lex = mappings.lexicons
        # words that cannot be part of a personal name introduced by a title
        self.not_name: frozenset[str] = frozenset(self.grammar.stopwords) | frozenset(
            w for group in (lex.visit.words, lex.meeting.words, lex.agreement.words, lex.planned.words)
            for p in group for w in p) | frozenset(w for p, _ in lex.speech.verbs for w in p) \
            | frozenset(p[0] for p in lex.agreement.verbs if len(p) == 1)  # ("… কৃষিমন্ত্রী স্বাক্ষর করেন")
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
        # "রাশিয়ার একটি প্রতিনিধিদল …": a state's group acting as the subject ("দেশটির" is then that state)
        self._group_words = frozenset(p[0] for p in lex.visit.delegation if len(p) == 1)
        # every word of every spelling of each person's name, for surname-only mentions
        self.name_words: dict[str, frozenset[str]] = {
            k: frozenset(w for n in a.aliases for w in words(n)) for k, a in gaz.actors.items() if a.type == "Person"}
        self.any_name_word = frozenset().union(*self.name_words.values())  # (a word in none names no one)
        # the first words of the gazetteer's persons' full names ("ইউরি", "সের্গেই"): a name after an
        # ambiguous title ("প্রধান" is also "main") is one only when it opens with one of these
        self.given_names = frozenset(ws[0] for k, a in gaz.actors.items() if a.type == "Person" for n in a.aliases
                                     for ws in [words(n)] if len(ws) >= 2 and len(ws[0]) >= 3) - self.not_name
        self._word_phrases: dict[int, tuple[tuple[str, ...], tuple[dict[str, list[tuple[str, ...]]],
                                                                dict[str, list[tuple[str, ...]]]]]] = {}
        self._named_bodies = frozenset(k for k, a in gaz.actors.items() if a.type in ("Organization", "Person"))
        self.persons = frozenset(k for k, a in gaz.actors.items() if a.type == "Person")
        self.calendar = mappings.calendar
        # the first words of speech verbs ("বলেন", "মনে করেন"): after a name a trade introduces, its verb
        self._speech_openers = frozenset(p[0] for p, _ in lex.speech.verbs if p)
        # nor pronouns ("গভর্নর তাকে …") nor the adverbs of roles.yaml `not_names` ("মুখপাত্র সেখানে …")
        self.not_name = self.not_name | frozenset(
            p[0] for group in self.grammar.pronouns.values() for p in group if len(p) == 1) | gaz.not_names
        self._common_word_names = frozenset(self.folded(w) for w in gaz.common_word_names)

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

    def folded(self, word: str) -> str:
        """``fold(word)``, cached on this finder (the caches are emptied when they grow past
        :data:`_CACHE_WORDS`, so a reader kept for 10^5 articles stays small)."""
        hit = self._folded.get(word)
        if hit is None:
            if len(self._folded) > _CACHE_WORDS:
                self._folded.clear()
                self._fendings.clear()
                self._tail_fendings.clear()
                self._endings.clear()
            hit = self._folded[word] = fold(word)
        return hit

    def fendings(self, word: str) -> tuple[tuple[str, str, str], ...]:
        """(stem, case, folded stem) readings of ``word``, as :meth:`endings`; cached."""
        hit = self._fendings.get(word)
        if hit is None:
            readings = tuple((stem, case, self.folded(stem)) for stem, case in self.endings(word))
            hit = self._fendings[word] = readings
        return hit

    def tail_fendings(self, word: str) -> tuple[tuple[str, str, str], ...]:
        """:meth:`fendings`, and the readings whose stem is one letter: the last word of a name of
        several words may be that short ("ওয়াং ইর", "ওয়াং ইকে": Wang Yi's) — never a name alone."""
        hit = self._tail_fendings.get(word)
        if hit is None:
            short = tuple((word[: -len(e)], case, self.folded(word[: -len(e)])) for e, case in self.grammar.case_endings
                          if len(word) == len(e) + 1 and word.endswith(e))
            hit = self._tail_fendings[word] = self.fendings(word) + short
        return hit

    def _last_folded_case(self, word: str, expected: str) -> str | None:
        for _, case, f in self.tail_fendings(word):
            if f == expected:
                return case
        return None

    def _match_phrase(self, index: _PhraseIndex, toks: Sequence[Token], i: int, max_words: int = 99,
                      only: frozenset[str] | None = None) -> tuple[_Alias, int, str] | None:
        """The longest phrase of ``index`` starting at word i, through spelling folds and the case
        ending of its last word (a phrase of several words starts with an uninflected word)."""
        best: tuple[_Alias, int, str] | None = None
        word = toks[i].text
        opens = index.opens.get(word)
        if not (self.opens(index, word) if opens is None else opens):
            return None
        if max_words >= 2 and i + 1 < len(toks):
            f0 = self.folded(word)
            for _, case2, f1 in self.tail_fendings(toks[i + 1].text):
                for alias in index.many.get((f0, f1), ()):
                    n = len(alias.words)
                    if best is not None and n <= len(best[0].words):
                        break
                    if n > max_words or i + n > len(toks) or (only is not None and alias.key not in only):
                        continue
                    if n == 2:
                        best = (alias, i + 2, case2)
                        continue
                    if case2 != "nom" or any(self.folded(toks[i + k].text) != alias.folded[k] for k in range(2, n - 1)):
                        continue
                    last = self._last_folded_case(toks[i + n - 1].text, alias.folded[-1])
                    if last is not None:
                        best = (alias, i + n, last)
            if best is not None:
                return best
        for stem, case, fstem in self.fendings(word):
            for alias in index.one.get(fstem, ()):
                if (only is None or alias.key in only) and (not alias.exact or stem == alias.words[0]):
                    return alias, i + 1, case
        return None

    def opens(self, index: _PhraseIndex, word: str) -> bool:
        """Whether a phrase of ``index`` may start at ``word``: its folded form starts a longer one,
        or one of its folded stems is a one-word phrase.  Cached per word on the index (every word
        of every sentence is looked up in the aliases and the titles; most are neither)."""
        hit = index.opens.get(word)
        if hit is None:
            if len(index.opens) > _CACHE_WORDS:
                index.opens.clear()
            hit = index.opens[word] = self.folded(word) in index.firsts or any(
                f in index.one for _, _, f in self.fendings(word))
        return hit

    def _match_alias(self, toks: Sequence[Token], i: int, max_words: int = 99,
                     only: frozenset[str] | None = None) -> tuple[_Alias, int, str] | None:
        """The longest alias starting at word i (``only``: restrict to these keys)."""
        return self._match_phrase(self.index, toks, i, max_words, only)

    def _visitor_before(self, toks: Sequence[Token], i: int, found: list[Mention]) -> str | None:
        """The person whose visit the words just before word i tell ("পুতিনের পিয়ংইয়ং সফরের সময়
        তিনি"): a person in the genitive, then at most two words (the place), a visit word and one
        more word ("সময়", "সময়ে", "শেষে") right before the pronoun."""
        visit = {p[0] for p in self.mappings.lexicons.visit.words if len(p) == 1}
        for f in reversed(found):
            if f.case != "gen" or not f.key or f.key not in self.persons or not 1 <= i - f.end_token <= 4:
                continue
            between = [t.text for t in toks[f.end_token:i]]
            if len(between) >= 2 and any(st in visit for st, _ in self.endings(between[-2])):
                return f.key
        return None

    def _one_of_group(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int,
                      m: tuple[_Alias, int, str], found: list[Mention], entities: dict[str, Entity]) -> Mention | None:
        """ "এক পশ্চিমা কূটনীতিক", "সিউলের এক সাবেক কূটনীতিক": one unnamed member of a group the
        gazetteer knows (an indefinite word, roles.yaml ``indefinite``, at most two words before
        its singular name) — a person of its own, labelled by the words after the indefinite, of
        the state named in the genitive right before it."""
        alias, j, case = m
        gaz = self.mappings.gazetteer
        actor = gaz.actors.get(alias.key)
        if actor is None or actor.type != "Group" or alias.words[-1].endswith(self.grammar.plural_nominatives):
            return None
        k = next((k for k in (i - 1, i - 2) if k >= 0 and toks[k].text in gaz.indefinite), None)
        if k is None:
            return None
        label = " ".join([t.text for t in toks[k + 1:i]] + list(alias.words))
        # the state: named in the genitive before ("সিউলের এক …") or as an adjective ("এক রুশ …")
        owner = next((f for f in found if f.key and ((f.end_token == k and f.case == "gen")
                                                     or (f.token > k and f.how == "adjective"))), None)
        of = None if owner is None else gaz.places[owner.key].state if owner.key in gaz.places \
            and gaz.places[owner.key].capital else self._state_of(owner.key, entities)
        key = "person-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        en = f"one of the {actor.en}" if actor.en else transliterate(label)  # (no name to transliterate)
        entities.setdefault(key, Entity(key, "Person", label, en, None, of, None, None, False))
        return self._mention(article, sent, toks, i, j, key, "role", case)

    def _diverging_name(self, toks: Sequence[Token], i: int, key: str) -> tuple[str, int] | None:
        """ "কিম জং গিউ": a bare name the gazetteer gives a person ("কিম" is Kim Jong Un) that runs
        on word for word like one of that person's full names of three words or more but ends in
        another name word — someone else whose name starts alike: (the name, the word after it)."""
        actor = self.mappings.gazetteer.actors.get(key)
        if actor is None or actor.type != "Person":
            return None
        for name in (actor.bn, *actor.aliases):
            ws = name.split()
            n = len(ws)
            if n < 3 or i + n > len(toks) or any(self.folded(toks[i + k].text) != self.folded(ws[k]) for k in range(n - 1)):
                continue
            last = toks[i + n - 1].text
            if self._last_folded_case(last, self.folded(ws[-1])) is not None or last in self.not_name \
                    or any(c.isdigit() for c in last) or last.endswith(self.grammar.verb_endings) \
                    or self._match_alias(toks, i + n - 1) or self._match_role(toks, i + n - 1) \
                    or self.calendar.lookup(last) is not None:
                continue
            return " ".join(t.text for t in toks[i:i + n]), i + n
        return None

    def _not_yet_public(self, key: str, day: str | None) -> bool:
        """Whether the person ``key`` took their first office after ``day`` (the time rule of
        titles, for names): a short name then means someone else."""
        actor = self.mappings.gazetteer.actors.get(key)
        if day is None or actor is None or actor.type != "Person" or not actor.offices:
            return False
        starts = [o.start for o in actor.offices]
        return all(start is not None and day < start for start in starts)

    def _full_name_before(self, word: str, key: str, memory: _Recent) -> str | None:
        """The person last named in the article (other than ``key``) whose name has ``word``."""
        for other in reversed(memory.persons):
            if other != key and word in self.name_words.get(other, ()):
                return other
        return None

    def _own_ministry(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int, person: str,
                      entities: dict[str, Entity], day: str | None) -> Mention | None:
        """ "তাঁর মন্ত্রণালয়" (roles.yaml `people.ministries`) after a minister: the ministry of his state his
        title names — a kind of body roles.yaml knows ("পররাষ্ট্রমন্ত্রী" → "পররাষ্ট্র মন্ত্রণালয়"), else one
        labelled from the title ("রাশিয়ার সুদূর প্রাচ্য উন্নয়নমন্ত্রী …" → "রাশিয়ার সুদূর প্রাচ্য উন্নয়ন
        মন্ত্রণালয়") — not the minister himself."""
        if j >= len(toks) or not person:
            return None
        gaz = self.mappings.gazetteer
        head = next(((st, c) for st, c in self.endings(toks[j].text) if st in gaz.ministries), None)
        e = entities.get(person)
        if head is None or e is None or e.type != "Person":
            return None
        title, state = e.role_bn, e.affiliation
        actor = gaz.actors.get(person) if e.from_gazetteer else None
        if actor is not None:  # a known minister: the office he holds that day (or his last)
            held = [o for o in actor.offices if o.holds_on(day)] or list(actor.offices[-1:])
            title, state = (gaz.roles[held[0].role].bn[0], held[0].of) if held and held[0].role in gaz.roles else (None, None)
        suffixes = [sfx for sfx, role in self.grammar.title_suffixes.items() if role == "minister"]
        suffix = next((sfx for sfx in suffixes if title and title.endswith(sfx) and len(title) > len(sfx)), None)
        if suffix is None or state not in self.states:
            return None
        stem = title[: -len(suffix)].strip()
        kind = next((k for k, inst in gaz.institutions.items()
                     if f"{stem} {head[0]}" in inst.bn or f"{stem}{head[0]}" in inst.bn), None)
        if kind is not None:  # "পররাষ্ট্র মন্ত্রণালয়": the state's foreign ministry
            return self._mention(article, sent, toks, i, j + 1, self._institution(state, kind, entities), "institution", head[1])
        label = " ".join([genitive(gaz.actors[state].bn), stem, head[0]])
        key = "org-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        entities.setdefault(key, Entity(key, "Organization", label, None, None, state, from_gazetteer=False))
        return self._mention(article, sent, toks, i, j + 1, key, "discovered", head[1])

    def _titled(self, toks: Sequence[Token], i: int) -> bool:
        """A title ends right before word i ("ন্যাটো মহাসচিব রুটে")."""
        for k in range(max(0, i - 4), i):
            hit = self._match_role(toks, k)
            if hit is not None and hit[1] == i:
                return True
        return False

    def _titled_namesake(self, toks: Sequence[Token], i: int, word: str, memory: _Recent) -> str | None:
        """ "উত্তর কোরিয়ার রাষ্ট্রদূত কিম হিয়ং জুন … রাষ্ট্রদূত কিম বলেন": a bare name after a title is the
        person the article named before whose name opens with it and who holds that title (actors.yaml
        `role`/`offices`) — not the gazetteer's better-known bearer of the name."""
        role = next((hit[0] for k in range(max(0, i - 4), i)
                     if (hit := self._match_role(toks, k)) is not None and hit[1] == i), None)
        if role is None:
            return None
        for other in reversed(memory.persons):
            a = self.mappings.gazetteer.actors.get(other)
            if a is not None and self.folded(a.bn.split()[0]) == self.folded(word) \
                    and (a.role == role or any(o.role == role for o in a.offices)):
                return other
        return None

    def _namesake_before(self, word: str, memory: _Recent, entities: dict[str, Entity]) -> str | None:
        """The person last named in the article, one the gazetteer lacks, whose name opens with ``word``."""
        for other in reversed(memory.persons):
            e = entities.get(other)
            if e is not None and not e.from_gazetteer and self.folded(e.label_bn.split()[0]) == self.folded(word):
                return other
        return None

    def _hyphen_case(self, toks: Sequence[Token], j: int, case: str) -> tuple[int, str]:
        """Absorb an ending written after a hyphen: "হুই-এর" → gen."""
        if j < len(toks) and toks[j].hyphen_before and toks[j].text in self.grammar.hyphen_endings:
            return j + 1, self.grammar.hyphen_endings[toks[j].text]
        return j, case

    def _match_role(self, toks: Sequence[Token], i: int) -> tuple[str, int, str] | None:
        hit = self._match_phrase(self.roles, toks, i)
        if hit is not None:
            return hit[0].key, hit[1], hit[2]
        for stem, case in self.endings(toks[i].text):  # "বহির্বাণিজ্যমন্ত্রী": a compound title
            if not stem.endswith(self._title_suffixes):
                continue  # (one C call for most words)
            for suffix, role in self.grammar.title_suffixes.items():
                if stem.endswith(suffix) and len(stem) > len(suffix) and role in self.mappings.gazetteer.roles:
                    return role, i + 1, case
        return None

    def _place_as_name(self, toks: Sequence[Token], j: int) -> bool:
        """Whether a place that cannot act (not a capital) stands right after a title where its
        holder's name would: in the genitive before "সঙ্গে" (with).  "Title + name" makes the name
        the person; a place there is a misprint, and the title is left unresolved.  (A place as the
        object — "… কুরস্ককে মুক্ত ঘোষণা করেন", "… খাবারোভস্কের কারখানা" — leaves the title alone.)"""
        hit = self._match_alias(toks, j) if j < len(toks) else None
        if hit is None or hit[0].kind != "place" or self.mappings.gazetteer.places[hit[0].key].capital:
            return False
        _, end, case = hit
        after = toks[end].text if end < len(toks) else ""
        return case == "gen" and after in self.grammar.postpositions.get("with", ())

    def _name_after(self, toks: Sequence[Token], j: int) -> tuple[str, int, str] | None:
        """A personal name of 1–3 words right after a title, or None ("এস এম সাইফুল হক": two initials
        or more before it are in its span, not its label)."""
        parts: list[str] = []
        initials = self.mappings.gazetteer.initials
        n = 0
        while j + n < len(toks) and toks[j + n].text in initials:
            n += 1
        if n >= 2 and j + n < len(toks):
            j += n
        k = j
        case = "nom"
        given = self.grammar.given_name_words
        while k < len(toks) and len(parts) < 3:
            w = toks[k].text
            if len(parts) == 2 and not toks[k].hyphen_before and parts[-1] not in given \
                    and not parts[-1].endswith(self.mappings.gazetteer.patronymic_endings) \
                    and not any(st in given for st in (w, *(st for st, _ in self.endings(w)))):
                break  # a third word only in a Korean name or joined by a hyphen: "ভালেরি কারপিন ম্যাচ শেষে"
            syllable = self._last_syllable(toks, k, parts)
            if syllable is not None:  # "মন্ত্রী রি রিয়ং নামের সঙ্গে": Ri Ryong Nam's, not "named"
                parts.append(syllable[0])
                case = syllable[1]
                k += 1
                break
            if len(parts) == 2 and parts[-1] in given and w in given and not toks[k].hyphen_before and (
                    k + 1 == len(toks) or toks[k + 1].start - toks[k].end > 1 or toks[k + 1].text in self._speech_openers
                    or self._match_alias(toks, k + 1) is not None):  # ("… পাক চুন নাম মস্কো পৌঁছেছেন")
                parts.append(w)  # "সংস্কৃতিমন্ত্রী পাক চুন নাম, যিনি …": a Korean name's last syllable, though a common word
                k += 1
                break
            if len(parts) == 1 and w in given and k + 1 < len(toks) and toks[k + 1].hyphen_before \
                    and toks[k + 1].text in given:
                parts.append(w)  # "সদস্য পার্ক সন-ওন": a given name's syllables joined by a hyphen ("সন": also "year")
                k += 1
                continue
            if (w in self.not_name or any(c.isdigit() for c in w) or self._match_alias(toks, k)
                    or (k + 1 < len(toks) and toks[k + 1].text in self.mappings.gazetteer.noun_followers)
                    or w.endswith(self.grammar.plural_endings)  # "মুখপাত্র সাংবাদিকদের জানান": a plural, not a name
                    or self._match_role(toks, k)
                    or (parts and toks[k].hyphen_before and w in self.grammar.hyphen_endings)
                    or self.calendar.lookup(w) is not None
                    or any(w.endswith(e) and len(w) > len(e) for e in self.grammar.verb_endings)):
                # (a word that is only an ending is a name: "বেন ঝৌ" is Ben Zhou, not "will")
                break
            for ending, ending_case, kept in self.grammar.name_endings:
                if w.endswith(ending) and len(w) > len(ending) + 1:
                    # "লিউবিমোভার": a Russian woman's name (-ova, -eva) in the genitive
                    parts.append(w[: -len(ending)] + kept)
                    case = ending_case
                    k += 1
                    break
            else:
                parts.append(w)
                k += 1
                continue
            break
        if not parts:
            return None
        end, case = self._hyphen_case(toks, k, case)
        # written as in the text: "লিম বিয়ং-চিয়ল", not "লিম বিয়ং চিয়ল"
        label = "".join(("-" if x and toks[j + x].hyphen_before else " " if x else "") + p for x, p in enumerate(parts))
        return label, end, case

    def _place_noun(self, toks: Sequence[Token], j: int, case: str) -> tuple[int, str]:
        """The end and case of a place's mention with the noun of its kind after its name
        (grammar.yaml ``place_nouns``: "রাসোন অর্থনৈতিক অঞ্চলে" → loc, "ওনসান শহরের" → gen)."""
        for p in self.grammar.place_nouns:
            n = len(p)
            if j + n > len(toks) or any(toks[j + k].text != p[k] for k in range(n - 1)):
                continue
            for stem, c in self.endings(toks[j + n - 1].text):
                if stem == p[-1]:
                    return j + n, c
        return j, case

    def _names_project(self, text: str, toks: Sequence[Token], j: int) -> bool:
        """A place ending before word j names a railway, bridge or project (grammar.yaml
        ``project_nouns``): "খাসান রেলপথে", "খাসান–তুমানগাং রেলপথ", "রাজিন-খাসান প্রকল্পকে"."""
        if j < len(toks) and (toks[j].hyphen_before or text[toks[j - 1].end:toks[j].start] in _NAME_DASHES) \
                and j + 1 < len(toks):
            j += 1  # the other end of the line, joined by a dash
        if j >= len(toks):
            return False
        return any(stem in self.grammar.project_nouns for stem, _ in self.endings(toks[j].text))

    def _last_syllable(self, toks: Sequence[Token], k: int, parts: list[str]) -> tuple[str, str] | None:
        """Word k ends a Korean name begun in ``parts`` though it is also a common word ("নামের": of
        the name / Nam's): a given-name syllable (grammar.yaml ``given_name_words``) with a case ending
        after one, before a postposition ("… নামের সঙ্গে") — "X নামের এক কর্মকর্তা" (an official named X)
        has a noun there.  (stem, case), or None."""
        if not parts or parts[-1] not in self.grammar.given_name_words or k + 1 >= len(toks):
            return None
        after = toks[k + 1].text
        if not any(after in ws for ws in self.grammar.postpositions.values()) and after not in self.grammar.source_postpositions:
            return None
        for stem, case in self.endings(toks[k].text):
            if stem != toks[k].text and stem in self.grammar.given_name_words:
                return stem, case
        return None

    def _longer_name(self, toks: Sequence[Token], i: int) -> tuple[str, int, str] | None:
        """ "কিম দাই জুং", "কিম ইয়ং জে": a one-word name the gazetteer knows (as written, uninflected)
        followed by two syllables of a given name (grammar.yaml ``given_name_words``; the last may
        carry a case ending) is an unknown person's full name — not the known person's short name."""
        if i + 2 >= len(toks) or toks[i + 1].text not in self.grammar.given_name_words:
            return None
        hit = self._match_alias(toks, i, only=self.persons)
        hyphened = self._hyphen_case(toks, i + 3, "nom")[0] > i + 3  # ("কিম ইউন মি-র": the name ends there)
        if hit is None or len(hit[0].words) != 1 or hit[1] != i + 1 or hit[2] != "nom" \
                or (self._match_alias(toks, i + 1) is not None and not hyphened):
            return None
        last = toks[i + 2].text
        for stem, case in self.endings(last):
            if stem in self.grammar.given_name_words and stem not in self.not_name:
                k, case = self._hyphen_case(toks, i + 3, case)
                return f"{toks[i].text} {toks[i + 1].text} {stem}", k, case
        k, case = self._hyphen_case(toks, i + 3, "nom")
        if hyphened and last not in self.not_name and self._match_alias(toks, i + 2) is None:
            return f"{toks[i].text} {toks[i + 1].text} {last}", k, case  # "কিম ইউন মি-র": an ending after a hyphen ends the name
        return None

    def _named_back(self, toks: Sequence[Token], i: int, j: int, key: str, case: str, memory: _Recent,
                    entities: dict[str, Entity]) -> str | None:
        """ "রুশ কর্মকর্তা বলেন", "রাশিয়ার কর্মকর্তা জানান": a state's officials (words i..j, the group
        ``key``) named by a title of roles.yaml ``back_titles`` in the singular, in the nominative, with
        no "এক" before — the person of that state the article named last, if any."""
        gaz = self.mappings.gazetteer
        kinds = {gaz.voices.get(r) for r in gaz.back_titles} - {None}
        actor = gaz.actors.get(key)
        group = (actor is not None and actor.type == "Group" and bool(kinds & set(actor.institution))) or (
            actor is None and any(key.endswith("-" + str(k).replace("_", "-")) for k in kinds))
        if not group or case != "nom" or toks[j - 1].text.endswith(self.grammar.plural_nominatives) \
                or (i > 0 and toks[i - 1].text in gaz.indefinite) or self._match_role(toks, j - 1) is None:
            return None
        state = self._state_of(key, entities)
        return next((p for p in reversed(memory.persons) if self._state_of(p, entities) == state), None)

    _label_article: Article | None = None  # the page whose answer labels were counted, and the counts
    _label_lines: dict[str, int] = {}  # noqa: RUF012 — replaced per page, never mutated across pages

    def _answer_label(self, article: Article, sent: Sentence, toks: Sequence[Token], entities: dict[str, Entity],
                      discovered: dict[str, str]) -> Mention | None:
        """An interview's speaker label ("মাহমুদুল করিম:", a sentence of its own — see segment) that opens
        two lines or more of the page: the person answering, a name of two or three words we may not
        know (no title, no common word, no known name in it)."""
        text = sent.text.rstrip()
        if not 2 <= len(toks) <= 3 or not text.endswith((":", "ঃ")) or article.text[sent.start - 1:sent.start] not in ("\n", ""):
            return None
        label = " ".join(t.text for t in toks)
        if label in discovered:
            return self._mention(article, sent, toks, 0, len(toks), discovered[label], "short-name", "nom")
        if any(t.text in self.not_name or t.text in self.mappings.gazetteer.professions or any(c.isdigit() for c in t.text)
               or self._match_alias(toks, k) is not None or self._match_role(toks, k) is not None
               or t.text.endswith(self.grammar.genitive_endings) for k, t in enumerate(toks)):
            return None
        head = article.text[sent.start:toks[-1].end]
        seen = self._label_lines.get(head) if self._label_article is article else None
        if seen is None:
            if self._label_article is not article:
                self._label_article, self._label_lines = article, {}
            seen = self._label_lines[head] = article.text.count("\n" + head)  # (once per label and page)
        if seen < 2:
            return None
        key = self._new_person(label, None, None, entities, discovered)
        discovered.setdefault(toks[-1].text, key)
        return self._mention(article, sent, toks, 0, len(toks), key, "title-intro", "nom")

    def _patronymic_name(self, toks: Sequence[Token], i: int) -> tuple[str, int, str] | None:
        """ "ভিক্তর পেত্রোভিচ সামোইলভ": a first name the gazetteer's persons use, a patronymic (roles.yaml
        ``patronymic_endings``) and a surname — a Russian's full name, whoever it is, with no title before."""
        if i + 2 >= len(toks) or toks[i].text not in self.given_names:
            return None
        middle = toks[i + 1].text
        if not any(middle.endswith(e) and len(middle) > len(e) + 2 for e in self.mappings.gazetteer.patronymic_endings):
            return None
        name = self._name_after(toks, i)
        if name is None or len(name[0].split()) != 3:
            return None
        return name

    def _new_person(self, label: str, of: str | None, role_bn: str | None, entities: dict[str, Entity],
                    discovered: dict[str, str]) -> str:
        """The key of a person the gazetteer lacks, named ``label`` (an entity with a transliterated
        English label, remembered for later mentions of the name)."""
        key = "person-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        # no gazetteer spelling: a transliteration, so English readers still get a name
        entities.setdefault(key, Entity(key, "Person", label, transliterate(label), None, of, role_bn, None, False))
        discovered[label] = key
        return key

    # -- the article ---------------------------------------------------------------------------
    def read(self, article: Article, sentences: Sequence[SentenceRecord],
             ) -> tuple[tuple[SentenceRecord, ...], dict[str, Entity]]:
        """The mentions stage: each of ``sentences`` with its mentions, and every entity they
        refer to, by key."""
        found, entities = self.find(article, sentences)
        return tuple(s.with_mentions(tuple(ms)) for s, ms in zip(sentences, found, strict=True)), entities

    def find(self, article: Article, sentences: Sequence[SentenceRecord] | None = None,
             ) -> tuple[list[list[Mention]], dict[str, Entity]]:
        """Mentions per sentence (in text order) and every entity they refer to, by key;
        ``sentences`` are the article's, tokenised (:func:`bnkg.builder.segment.sentence_records`
        when not given)."""
        day = published_day(article.published)
        entities: dict[str, Entity] = {}
        per_sentence: list[list[Mention]] = []
        discovered: dict[str, str] = {}  # surface name → key, for later short mentions
        memory = _Recent()
        pending: list[_Pending] = []  # titles that only a person named later in the article can resolve
        for record in sentences if sentences is not None else sentence_records(article):
            sent, toks = record.sentence, record.tokens
            found: list[Mention] = []

            def add(m: Mention, found: list[Mention] = found) -> None:
                found.append(m)
                memory.saw(m, entities, self)

            i = 0
            turn = self._answer_label(article, sent, toks, entities, discovered)
            if turn is not None:  # "মাহমুদুল করিম:" opening the answers of an interview
                add(turn)
                i = len(toks)
            while i < len(toks):
                person = self._introduced_person(article, sent, toks, i, entities, discovered)
                if person is not None:  # "ড. তানভীর হাসান", "অর্থনীতিবিদ … বলেন", "মোহাম্মদ রফিকুল ইসলাম"
                    add(person)
                    i = person.end_token
                    continue
                if toks[i].text in self.mappings.gazetteer.indefinite and i + 1 < len(toks) \
                        and toks[i + 1].text in self.mappings.gazetteer.professions \
                        and not (i > 0 and toks[i - 1].text in self.mappings.gazetteer.named):  # ("… নামে এক শ্রমিক")
                    person = self._introduced_person(article, sent, toks, i + 1, entities, discovered)
                    if person is None:  # "নোয়াখালীর এক শ্রমিক বললেন": someone unnamed is now the subject —
                        memory.unnamed()  # "তিনি" after him is not the person named before
                        i += 2
                        continue
                longer = self._longer_name(toks, i) or self._patronymic_name(toks, i)
                if longer is not None:  # "কিম দাই জুং": not Kim Jong Un
                    label, j, case = longer
                    add(self._mention(article, sent, toks, i, j, self._new_person(label, None, None, entities, discovered),
                                      "title-intro", case))
                    i = j
                    continue
                m = self._match_alias(toks, i)
                if m is not None and len(m[0].words) == 1 and day is None and m[0].key in self.persons \
                        and m[0].key not in memory.persons:
                    # no date: "কিম" after "কিম জং ইল" (and no "কিম জং উন") is the one named in full
                    earlier = self._full_name_before(m[0].words[0], m[0].key, memory)
                    if earlier is not None:
                        m = (replace(m[0], key=earlier), m[1], m[2])
                if m is not None and len(m[0].words) == 1 and m[0].key in self.persons and m[0].key not in memory.persons \
                        and self.folded(m[0].words[0]) in self._common_word_names and not self._titled(toks, i):
                    i = m[1]  # "এই রুটে ফ্লাইট চলবে": on the route, not Rutte (no title, not named before)
                    continue
                if m is not None and len(m[0].words) == 1 and m[0].key in self.persons and m[0].key not in memory.persons:
                    # "ক্রীড়ামন্ত্রী কিম ইল গুক … কিম বলেন": the one of that family name the article has
                    # introduced (and not yet the gazetteer's Kim Jong Un)
                    earlier = self._namesake_before(m[0].words[0], memory, entities) \
                        or self._titled_namesake(toks, i, m[0].words[0], memory)
                    if earlier is not None:
                        m = (replace(m[0], key=earlier), m[1], m[2])
                if m is not None and len(m[0].words) == 1 and self._not_yet_public(m[0].key, day):
                    # "কিম" in a 2001 page: not the man who took office in 2011, but the one the
                    # article has named in full ("কিম জং ইল"); else nobody
                    alias, j, case = m
                    earlier = self._full_name_before(alias.words[0], alias.key, memory)
                    if earlier is None:
                        i = j
                        continue
                    m = (replace(alias, key=earlier), j, case)
                if m is not None and len(m[0].words) == 1 and m[1] == i + 1:
                    other = self._diverging_name(toks, i, m[0].key)
                    if other is not None:  # "কিম জং গিউ": not Kim Jong Un, someone named like him
                        label, j = other
                        key = "person-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
                        entities.setdefault(key, Entity(key, "Person", label, transliterate(label), from_gazetteer=False))
                        discovered[label] = key
                        add(self._mention(article, sent, toks, i, j, key, "title-intro", "nom"))
                        i = j
                        continue
                if m is not None and m[0].key in self.states and m[2] == "nom" and m[1] < len(toks) \
                        and any(st in self.grammar.sea_nouns for st, _ in self.endings(toks[m[1]].text)):
                    i = m[1] + 1  # "জাপান সাগরে": a sea, not the state
                    continue
                if m is not None and m[0].key in self.persons and self._named_after(toks, i, m[1]) \
                        and not self._titled(toks, i):  # ("প্রধানমন্ত্রী পাক থে সং সেতুর মাঝখানে": the man, on the bridge)
                    i = m[1] + 1  # "কিম ইল সাং স্টেডিয়ামে": a stadium, not the man
                    continue
                if m is not None and (back := self._named_back(toks, i, m[1], m[0].key, m[2], memory, entities)) is not None:
                    add(self._mention(article, sent, toks, i, m[1], back, "role", m[2]))  # "রুশ কর্মকর্তা বলেন":
                    i = m[1]  # the Russian named last, not "Russian officials"
                    continue
                if m is not None:
                    one = self._one_of_group(article, sent, toks, i, m, found, entities)
                    if one is not None:  # "সিউলের এক সাবেক কূটনীতিক বলেন": one diplomat, not "diplomats"
                        add(one)
                        i = one.end_token
                        continue
                    alias, j, case = m
                    j, case = self._hyphen_case(toks, j, case)
                    if alias.kind == "place" and case == "nom":  # "রাসোন অর্থনৈতিক অঞ্চলে": loc
                        j, case = self._place_noun(toks, j, case)
                    how = alias.kind if alias.kind == "adjective" else "alias"
                    if alias.kind != "adjective" and j < len(toks) and toks[j].text in self.grammar.topic_nouns:
                        how = "topic"
                    elif alias.kind == "place" and self._names_project(article.text, toks, j):
                        how = "inner"  # "খাসান–তুমানগাং রেলপথ": a railway, not the place
                    elif alias.kind == "place" and case == "nom" and self._named_after(toks, i, j):
                        how = "inner"  # "ঢাকা বিশ্ববিদ্যালয়ের অধ্যাপক": a university, not the city (nor its state)
                    if case == "nom" and how == "alias" and self._is_body(alias.key) and j < len(toks) \
                            and self._match_role(toks, j) is not None:
                        case = "gen"  # "রুশ নিরাপত্তা পরিষদ সচিব শোইগু", "ক্রেমলিন মুখপাত্র": the body qualifies a title
                    named = self._named_after_state(article, sent, toks, i, j, alias, case, entities) \
                        if how == "alias" and case == "nom" else None
                    if named is not None:  # "বাংলাদেশ মার্চেন্ট মেরিন অফিসার্স অ্যাসোসিয়েশন": a body, not the state
                        self._remember(entities, alias.key, alias.kind)
                        add(self._mention(article, sent, toks, i, j, alias.key, "inner", case))
                        add(named)
                        i = named.end_token
                        continue
                    self._remember(entities, alias.key, alias.kind)
                    add(self._mention(article, sent, toks, i, j, alias.key, how, case))
                    if case == "gen" and how == "alias" and alias.key in self.states \
                            and any(t.text in self._group_words for t in toks[j:j + 3]):
                        # "রাশিয়ার একটি উচ্চপর্যায়ের প্রতিনিধিদল … পৌঁছেছে। … দেশটির মন্ত্রী": Russia's
                        memory.subject_state, memory.subject_state_sentence = alias.key, sent.index
                    inst = self._institution_after(article, sent, toks, i, j, self._state_of_alias(alias),
                                                   "gen" if how != "alias" else case if case != "loc" or alias.kind == "place"
                                                   else "acc", entities)  # (a capital's locative only)
                    if inst is not None and (back := self._named_back(
                            toks, i, inst.end_token, inst.key, inst.case, memory, entities)) is not None:
                        inst = self._mention(article, sent, toks, j, inst.end_token, back, "role", inst.case)
                    if inst is not None:  # "মার্কিন গোয়েন্দা সংস্থা", "পিয়ংইয়ং এর সামরিক বাহিনী"
                        add(inst)
                        i = inst.end_token
                        continue
                    region = self._regional_body(article, sent, toks, i, j, alias, entities, memory)
                    if region is not None:  # "প্রিমোরস্কি প্রশাসন": the region's administration
                        add(region)
                        i = region.end_token
                        continue
                    org = None if j < len(toks) and self._match_role(toks, j) is not None else \
                        self._organisation_after(article, sent, toks, i, j, alias, case, entities)
                    if org is not None:  # "দক্ষিণ কোরিয়ার একীকরণ মন্ত্রণালয়": an organisation of the state
                        add(org)
                        i = org.end_token
                        continue
                    for inner in self._inner_states(article, sent, toks, i, j, alias, entities):
                        add(inner)
                    i = j
                    continue
                body = self._named_body(article, sent, toks, i, found, entities, memory)
                if body is not None:  # "ট্যুর সংস্থা ভস্তক ইনট্যুর", "প্রাদেশিক প্রশাসন"
                    add(body)
                    if body.key.startswith("org-") and body.key in entities:
                        discovered.setdefault(entities[body.key].label_bn, body.key)  # its name alone, later
                    i = body.end_token
                    continue
                r = self._match_role(toks, i)
                bare = self._bare_institution(article, sent, toks, i, r, found, entities) if r is not None else None
                if bare is not None:  # "… খবরে বলা হয়েছে, প্রেসিডেন্টের কার্যালয় …": the office, not the president
                    add(bare)
                    i = bare.end_token
                    continue
                if r is not None:
                    role, j, case = r
                    mention = self._resolve_role(article, sent, toks, found, i, j, role, case, day,
                                                 entities, discovered, memory, pending)
                    if mention is not None and mention.how == "role" and i > 0 \
                            and toks[i - 1].text in self.grammar.lesser_ranks \
                            and mention.key in entities and entities[mention.key].type == "Person":
                        mention = None  # "সহকারী পররাষ্ট্রমন্ত্রী বলেন": an assistant, not the minister
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
                body = self._body_anaphor(article, sent, toks, i, memory, entities)
                if body is not None:  # "কার্যালয়টি বলেছে", "মন্ত্রণালয়ের মুখপাত্র"
                    add(body)
                    i = body.end_token
                    continue
                pron = self._pronoun(toks, i)
                if pron is not None:
                    group, j = pron
                    ends = self.grammar.pronoun_endings
                    case = "gen" if word.endswith(ends.get("gen", ())) else "acc" if word.endswith(ends.get("acc", ())) \
                        else "loc" if toks[j - 1].text.endswith(ends.get("loc", ())) else "nom"  # "দেশটিতে": there
                    target = ""
                    if group == "singular":
                        # the discourse's subject, even for "তাঁর": "শোইগুর স্থলাভিষিক্ত হওয়ার পর এটিই
                        # তাঁর প্রথম সফর" is about the minister the article is about, not Shoigu —
                        # but an object right after its subject is someone else ("কিম তাঁকে …")
                        target = memory.subject or memory.person or ""
                        if case != "nom" and found and found[-1].end_token == i and found[-1].key == target \
                                and found[-1].case == "nom":
                            # the one other person this sentence named before that subject ("লাভরভকে … নিয়ে
                            # যাওয়া হয়, যেখানে কিম তাঁকে …": Lavrov), else the subject before it
                            before = {m.key for m in found[-9:-1] if m.key and m.key != target  # (a few: linear)
                                      and not m.how.startswith("pronoun") and m.key in entities
                                      and entities[m.key].type == "Person"}
                            target = before.pop() if len(before) == 1 else memory.previous_subject or ""
                        if case == "nom":  # "পুতিনের পিয়ংইয়ং সফরের সময় তিনি …": the visitor, named just before
                            target = self._visitor_before(toks, i, found) or target
                    elif group == "this_state":  # "দেশটির নেতা": the state just named
                        target = self._this_state(toks, j, memory, sent.index)
                    ministry = self._own_ministry(article, sent, toks, i, j, target, entities, day) \
                        if group == "singular" and case == "gen" else None
                    if ministry is not None:  # "… যাবেন বলে তাঁর মন্ত্রণালয় জানিয়েছে": the minister's ministry
                        add(ministry)
                        i = ministry.end_token
                        continue
                    add(self._mention(article, sent, toks, i, j, target, f"pronoun-{group}", case))
                    inst = self._institution_after(article, sent, toks, i, j, (target or None) if group == "this_state" else None,
                                                   case, entities) if case == "gen" else None
                    if inst is not None:  # "দেশটির গুপ্তচর সংস্থা"
                        add(inst)
                        i = inst.end_token
                        continue
                    i = j
                    continue
                i += 1
            found.sort(key=lambda x: (x.token, x.start))  # (a group named after its members: "… ও জাপানের পররাষ্ট্রমন্ত্রীরা")
            per_sentence.append(found)
        self._resolve_pending(pending, per_sentence, memory, entities)
        self._titled_only(article, per_sentence, entities)
        return per_sentence, entities

    def _titled_only(self, article: Article, per_sentence: list[list[Mention]], entities: dict[str, Entity]) -> None:
        """A known person the article names only by the office held that day ("জাপানের মুখ্য
        মন্ত্রিসভা সচিব বলেন"): the title as written, with its owner, is one more label of the person
        in this article (readers — and lists of who spoke — know the speaker by that title)."""
        titles: dict[str, list[str]] = {}
        named: set[str] = set()
        for found in per_sentence:
            for n, m in enumerate(found):
                e = entities.get(m.key)
                if e is None or e.type != "Person" or not e.from_gazetteer or m.how.startswith("pronoun"):
                    continue
                if m.how != "role":
                    named.add(m.key)
                    continue
                # the owner written right before the title ("জাপানের", "রুশ"), and the title's case ending off
                # (a state or body named so, not "সংস্থাটির" — no title of anyone in particular)
                owner = next((o for o in found[max(n - 1, 0):n] if o.end_token == m.token and o.key != m.key
                              and o.how in ("alias", "adjective")), None)
                if owner is None:
                    continue
                words = article.text[owner.start:m.end].split()
                last = next((words[-1][: -len(c)] for c in self.grammar.clitics
                             if words[-1].endswith(c) and len(words[-1]) > len(c) + 1), words[-1])  # ("প্রধানও")
                words[-1] = next((stem for stem, case in self.endings(last) if case == m.case), last)
                titles.setdefault(m.key, []).append(" ".join(words))
        for key, labels in titles.items():
            e = entities[key]
            names = (e.label_bn, *e.aliases)
            # ("দক্ষিণ কোরিয়ার প্রেসিডেন্ট কিম দাই জুং": a title and the name, not the title alone)
            new = tuple(x for x in dict.fromkeys(labels) if not any(n in x for n in names))
            if key not in named and new:
                entities[key] = replace(e, aliases=e.aliases + new)

    def _resolve_pending(self, pending: list[_Pending], per_sentence: list[list[Mention]], memory: _Recent,
                         entities: dict[str, Entity]) -> None:
        """Titles in an undated article, resolved through a person the article names after them
        ("রুশ পররাষ্ট্রমন্ত্রী … সের্গেই ল্যাভরভ"): the one named person who ever held that office."""
        gaz = self.mappings.gazetteer
        for p in pending:
            held = [a.key for a in gaz.ever_held(p.role, p.of) if a.key in memory.persons]
            if len(held) == 1:
                key = held[0]
                self._remember(entities, key, "actor")
            elif p.of in self.states and not gaz.roles[p.role].many and p.role != "head":
                key = self._unnamed_holder(p.role, p.of, entities)  # the one holder, not named (see _resolve_role)
            else:
                # "রাশিয়ার পরিবহনমন্ত্রী পিয়ংইয়ং যাবেন": a portfolio's minister (a title of many holders
                # written with its portfolio), named nowhere — the one holder of that portfolio, not named
                words = p.mention.surface.split()
                words[-1] = next((st for st, c in self.endings(words[-1]) if c == p.mention.case), words[-1])
                title = " ".join(words)
                if p.of not in self.states or title in gaz.roles[p.role].bn or not title.endswith(gaz.roles[p.role].bn):
                    continue
                named = {k for k, e in entities.items() if e.type == "Person" and e.affiliation == p.of
                         and e.role_bn and e.role_bn.endswith(title)}
                key = named.pop() if len(named) == 1 else self._unnamed_holder(p.role, p.of, entities, title)
            m = p.mention
            found = per_sentence[m.sentence]
            found.append(Mention(m.start, m.end, m.surface, key, m.sentence, "role", m.case, m.token, m.end_token))
            found.sort(key=lambda x: (x.token, x.start))

    def _is_body(self, key: str) -> bool:
        """An organisation of the gazetteer (not a news outlet): "ক্রেমলিন", "রুশ নিরাপত্তা পরিষদ"."""
        a = self.mappings.gazetteer.actors.get(key)
        return a is not None and a.type == "Organization" and not a.relay

    def _state_of_alias(self, alias: _Alias) -> str | None:
        """The State a state-like mention stands for: the state, its adjective, or its capital."""
        gaz = self.mappings.gazetteer
        if alias.kind == "place":
            p = gaz.places[alias.key]
            return p.state if p.capital else None
        return alias.key if alias.key in self.states else None

    def _institution_after(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                           state: str | None, case: str, entities: dict[str, Entity]) -> Mention | None:
        """"<state> <kind of body>" (roles.yaml ``institutions``) after the state-like words i..j: the
        state's body of that kind — the gazetteer's, or one made for it ("Japanese intelligence").
        After a capital in the locative the body is there, named on its own ("সিউলে একীকরণ মন্ত্রণালয়ের
        মুখপাত্র": Seoul's — South Korea's — ministry, from word j)."""
        if state is None or j >= len(toks) or case not in ("gen", "nom", "loc"):
            return None
        if case == "loc":
            hit = self._match_phrase(self.institutions, toks, j)
            if hit is None or self.mappings.gazetteer.institutions[hit[0].key].type != "Organization":
                return None
            return self._institution_after(article, sent, toks, j, j, state, "gen", entities)
        k = j
        if toks[k].text in self.grammar.detached_genitives and case == "nom" and k + 1 < len(toks):  # "পিয়ংইয়ং এর সামরিক বাহিনী"
            k += 1
        hit = self._match_phrase(self.institutions, toks, k)
        if hit is None:
            return None
        form, end, inst_case = hit
        if case == "nom" and k == j and inst_case not in ("nom", "gen"):
            return None  # "রাশিয়া গণমাধ্যমকে বলেছে": the state speaks to the media, no compound name
        role = self._match_role(toks, k)
        if role is not None and role[1] > end:
            return None  # "সংসদ সদস্য": a title, longer than the body "সংসদ"
        if end < len(toks) and self._match_alias(toks, end, only=self._named_bodies) is not None:
            return None  # "রাষ্ট্রীয় বার্তা সংস্থা কেসিএনএ": the name follows
        end, inst_case = self._hyphen_case(toks, end, inst_case)
        key = self._institution(state, form.key, entities)
        made = entities.get(key)
        if made is not None and not made.from_gazetteer and inst_case == "nom" and j - i == 1 \
                and self.mappings.gazetteer.institutions[form.key].surface_label:
            # "রুশ ফেডারেল কাস্টমস সার্ভিস": a body we made, also under the name the text gives it
            said = article.text[toks[i].start:toks[end - 1].end]
            if said != made.label_bn and said not in made.aliases:
                entities[key] = replace(made, aliases=(*made.aliases, said))
        return self._mention(article, sent, toks, i, end, key, "institution", inst_case)

    def _institution(self, state: str, kind_key: str, entities: dict[str, Entity]) -> str:
        """The key of ``state``'s body of a kind: the gazetteer's, or one made for it (and remembered)."""
        gaz = self.mappings.gazetteer
        kind = gaz.institutions[kind_key]
        key = gaz.institution(state, kind.key)
        if key is not None:
            self._remember(entities, key, "actor")
            return key
        st = gaz.actors[state]
        key = f"{state}-{kind.key}".replace("_", "-")
        label = f"{genitive(st.bn)} {kind.bn[0]}"
        en = kind.en.format(state=st.en) if "{state}" in kind.en else f"{st.demonym or st.en} {kind.en}"
        also = tuple(f"{adj} {kind.bn[0]}" for adj in st.adjectives[:1])  # "মার্কিন গোয়েন্দা সংস্থা"
        entities.setdefault(key, Entity(key, kind.type, label, en, None, state, None, None,  # type: ignore[arg-type]
                                        False, also))
        self._remember(entities, state, "actor")
        return key

    def _named_after(self, toks: Sequence[Token], i: int, j: int) -> bool:
        """Whether the person's name at tokens i..j names a place or building (grammar.yaml
        ``named_after_nouns`` after it): "কিম ইল সাং স্টেডিয়াম", "… স্টেডিয়ামের".  A locative noun
        ("… বিমানবন্দরে") may be where the person is ("কিম বিমানবন্দরে পুতিনকে স্বাগত জানান"): only
        after a genitive ("পিয়ংইয়ংয়ের কিম ইল সাং স্টেডিয়ামে") is it the building's name."""
        ahead = tuple(t.text for t in toks[j:j + self._named_after_words])  # (the words, taken once)
        # a pure function of those words and of whether a genitive comes before: kept per reader
        key = (ahead, i > 0 and toks[i - 1].text.endswith(self.grammar.genitive_endings))
        hit = self._names_after.get(key)
        if hit is None:
            if len(self._names_after) > _CACHE_WORDS:
                self._names_after.clear()
            hit = self._names_after[key] = self._names_place(*key)
        return hit

    def _names_place(self, ahead: tuple[str, ...], after_genitive: bool) -> bool:
        """:meth:`_named_after` on the words after the name (``ahead``, as many as its longest noun)."""
        for p in self.grammar.named_after:
            n = len(p)
            if n > len(ahead) or ahead[:n - 1] != p[:-1]:
                continue
            last = ahead[n - 1]
            cases = {"nom"} if last == p[-1] else {c for stem, c in self.endings(last) if stem == p[-1]}
            if cases & {"nom", "gen"}:
                return True
            if cases and after_genitive:
                return True
        return False

    def _bare_institution(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int,
                          role: tuple[str, int, str], found: list[Mention], entities: dict[str, Entity],
                          ) -> Mention | None:
        """A body named by a title in the genitive with no state before it ("প্রেসিডেন্টের কার্যালয়",
        "প্রসিকিউটরের দপ্তর"): the office of the state an actor named earlier in the sentence belongs
        to ("দক্ষিণ কোরিয়ার বার্তা সংস্থা ইয়োনহাপের খবরে বলা হয়েছে, প্রেসিডেন্টের কার্যালয় …"); with
        no such actor, nothing — never the office-holder."""
        if found and found[-1].end_token == i:
            return None  # "দক্ষিণ কোরিয়ার প্রেসিডেন্টের কার্যালয়": the state's own (read with it)
        hit = self._match_phrase(self.institutions, toks, i)
        if hit is None or hit[1] <= role[1]:
            return None
        state = next((st for m in reversed(found) if m.key
                      for st in [self._state_of(m.key, entities)] if st), None)
        if state is None:
            return None
        form, end, inst_case = hit
        end, inst_case = self._hyphen_case(toks, end, inst_case)
        return self._mention(article, sent, toks, i, end, self._institution(state, form.key, entities),
                             "institution", inst_case)

    def _body_anaphor(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, memory: _Recent,
                      entities: dict[str, Entity]) -> Mention | None:
        """A body noun that points back (grammar.yaml ``body_nouns``): with a definite ending
        ("কার্যালয়টি বলেছে", "সংস্থাটির মতে"), or bare in the genitive before a title
        ("মন্ত্রণালয়ের মুখপাত্র বলেছেন") or, opening a sentence, before a noun that opens a claim
        ("মন্ত্রণালয়ের অভিযোগ, …"): the organisation of that kind named last in the article."""
        g = self.grammar
        w = toks[i].text
        for stem, case in self.endings(w):
            definite = next((d for d in g.definite_endings if stem.endswith(d) and stem[:-len(d)] in g.body_nouns), None)
            noun = stem[:-len(definite)] if definite else stem
            # … or opening the sentence before what it says ("মন্ত্রণালয়ের অভিযোগ, …")
            if definite is None and not (stem in g.body_nouns and case == "gen" and i + 1 < len(toks)
                                         and (self._match_role(toks, i + 1) is not None
                                              or (i == 0 and (toks[i + 1].text in self.mappings.lexicons.speech.noun_comma
                                                              or self._document_after(toks, i + 1))))):
                continue
            if definite is None and i > 0 and not toks[i - 1].text.endswith(tuple(g.genitive_endings)) \
                    and self._match_alias(toks, i - 1) is None and i > 0 and toks[i - 1].text not in g.stopwords:
                return None  # "বাণিজ্য মন্ত্রণালয়ের মুখপাত্র": a body of its own, not the one before
            for key in reversed(memory.bodies):
                e = entities.get(key)
                if e is not None and any(n.split()[-1] == noun for n in (e.label_bn, *e.aliases)):
                    return self._mention(article, sent, toks, i, i + 1, key, "body-anaphor", case)
            return None
        return None

    def _document_after(self, toks: Sequence[Token], k: int) -> bool:
        """Whether a document (claims.yaml published_there.documents) is named at word k or k+1:
        "প্যানেলের (সর্বশেষ) প্রতিবেদনে বলা হয়েছে" — the body named before published it."""
        docs = self.mappings.lexicons.speech.documents
        return any(st in docs for t in toks[k:k + 2] for st, _ in self.endings(t.text))

    def _this_state(self, toks: Sequence[Token], j: int, memory: _Recent, sentence: int) -> str:
        """The state "দেশটির" refers to: the state of a person named right after it ("দেশটির নেতা কিম"),
        else the state of the last subject actor of this or the previous sentence, else the last state."""
        k = j
        while k < min(j + 4, len(toks)):
            m = self._match_alias(toks, k)
            if m is not None:
                state = self._state_of(m[0].key) if m[0].key in self.persons else None
                if state:
                    return state
                break
            r = self._match_role(toks, k)
            if r is None:
                break  # only a title may come between: "দেশটির সর্বোচ্চ নেতা কিম"
            k = r[1]
        if memory.subject_state and memory.subject_state_sentence >= sentence - 2:
            return memory.subject_state
        return memory.state or ""

    def _state_of(self, key: str, entities: dict[str, Entity] | None = None) -> str | None:
        """The State an actor belongs to, through its affiliations (``entities``: those found so far)."""
        gaz = self.mappings.gazetteer
        seen = set()
        while key and key not in seen:
            seen.add(key)
            if key in self.states:
                return key
            a = gaz.actors.get(key)
            if a is not None:
                key = a.affiliation or ""
            else:
                e = entities.get(key) if entities is not None else None
                key = e.affiliation or "" if e is not None else ""
        return None

    def _named_after_state(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                           state: _Alias, case: str, entities: dict[str, Entity]) -> Mention | None:
        """An organisation named after its country, the bare name first: "বাংলাদেশ মার্চেন্ট মেরিন
        অফিসার্স অ্যাসোসিয়েশন", "উত্তর কোরিয়া ফুটবল ফেডারেশন" — up to four plain words, then a head
        noun of roles.yaml `bodies.named_heads` (which may carry a case ending): that body, labelled as
        written, not the state."""
        if state.kind != "actor" or state.key not in self.states:
            return None
        heads = self.mappings.gazetteer.named_heads
        for k in range(j, min(j + 5, len(toks))):
            w = toks[k].text
            hit = next(((st, c) for st, c in self.endings(w) if st in heads), None)
            if hit is not None:
                label = " ".join([*(t.text for t in toks[i:k]), hit[0]])
                key = "org-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
                entities.setdefault(key, Entity(key, "Organization", label, transliterate(label), None, state.key,
                                                from_gazetteer=False))
                return self._mention(article, sent, toks, i, k + 1, key, "discovered", hit[1])
            if w in self.not_org or any(c.isdigit() for c in w) or self._match_alias(toks, k) \
                    or self._match_role(toks, k) or w.endswith(self.grammar.verb_endings):
                return None
        return None

    def _organisation_after(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                            state: _Alias, case: str, entities: dict[str, Entity]) -> Mention | None:
        """A state's organisation the gazetteer lacks: the state (genitive, or its adjective: words
        i..j), 1–3 plain words, and an organisation head noun (grammar.yaml), which may carry a case
        ending.  One actor however the state is written: "রুশ পরিবহন মন্ত্রণালয়" is labelled
        "রাশিয়ার পরিবহন মন্ত্রণালয়", as the genitive gives it."""
        if (case != "gen" and state.kind != "adjective") or state.key not in self.states:
            return None
        st = self.mappings.gazetteer.actors[state.key]
        heads = self.grammar.organisation_heads
        for k in range(j, min(j + 4, len(toks))):  # (0–3 words between: "দক্ষিণ কোরিয়ার সেনাবাহিনী")
            between = toks[j:k]
            if any(t.text in self.not_org or self._match_alias(toks, j + n) for n, t in enumerate(between)):
                return None
            for stem, c in self.endings(toks[k].text):
                if stem in heads:
                    rest = [*(t.text for t in between), stem]
                    label = " ".join([genitive(st.bn), *rest])
                    key = "org-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
                    also = tuple(" ".join([adj, *rest]) for adj in st.adjectives[:1])
                    entities.setdefault(key, Entity(key, "Organization", label, None, None, state.key,
                                                    from_gazetteer=False, aliases=also))
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
            m = self._match_alias(_Upto(toks, j), k, max_words=len(outer.words) - 1, only=self.states)
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
                      entities: dict[str, Entity], discovered: dict[str, str], memory: _Recent,
                      pending: list[_Pending]) -> Mention | None:
        gaz = self.mappings.gazetteer
        # the state (or organisation) whose office this is: the mention just before the role
        of = None
        of_start = of_end = i
        # the state or organisation named just before ("রাশিয়ার প্রেসিডেন্ট"), or a few words before
        # when titles are chained ("রাশিয়ার উপপ্রধানমন্ত্রী ও শিল্প-বাণিজ্যমন্ত্রী"); a region's
        # governor belongs to the region's state ("খাবারভস্ক অঞ্চলের গভর্নর")
        for prev in reversed(found):
            if prev.how == "inner":
                continue  # the state inside a body's name ("রুশ পররাষ্ট্র মন্ত্রণালয়"): the body owns the title
            if prev.end_token < i - 4 or prev.case not in ("gen", "nom") or not prev.key:
                break
            if prev.key in gaz.actors and gaz.actors[prev.key].type in ("State", "Organization"):
                of = prev.key
            elif prev.how in ("institution", "discovered") and prev.key in entities \
                    and entities[prev.key].type == "Organization":  # ("রুশ দূতাবাসের কাউন্সেলর …": a body found)
                of = prev.key  # "… পার্লামেন্টের গোয়েন্দা কমিটির সদস্য ও আইনপ্রণেতা"
            elif prev.key in gaz.places and prev.end_token >= i - 1:
                of = gaz.places[prev.key].state
            elif prev.end_token == i and prev.case == "gen" and gaz.roles[role].many \
                    and prev.key in gaz.actors and gaz.actors[prev.key].type == "Person":
                # "পুতিনের বিশেষ দূত …", "প্রেসিডেন্টের বিশেষ দূত …": a leader's envoy serves the leader's state
                of = self._state_of(prev.key, entities)
            if of is not None:
                of_start, of_end = prev.token, prev.end_token
            if of is not None or prev.end_token == i:
                break
        if of is None and case == "nom":
            holder = self._holder_of_unnamed_body(article, sent, toks, found, i, j, role, entities)
            if holder is not None:  # "নৌপরিবহন অধিদপ্তরের মহাপরিচালক … বলেন": the department's head speaks
                return holder
        group = self._officials_of_states(article, sent, toks, found, i, j, role, of, case, entities)
        if group is not None:  # "যুক্তরাষ্ট্র, দক্ষিণ কোরিয়া ও জাপানের পররাষ্ট্রমন্ত্রীরা": one group
            return group
        # "উপপ্রধানমন্ত্রী ও শিল্পমন্ত্রী দেনিস মানতুরভ": two titles of the one person named after them
        if j + 1 < len(toks) and toks[j].text in self.grammar.conjunctions and self._match_role(toks, j + 1) is not None:
            return None
        # "… পররাষ্ট্রমন্ত্রীর পদ থেকে": the office, not its holder
        after = tuple(t.text for t in toks[j:j + 2])
        if any(after[: len(p)] == p for p in self.grammar.office_words):
            return None
        longer = self._longer_name(toks, j) if case == "nom" else None  # "প্রেসিডেন্ট কিম দাই জুং"
        if longer is None and case == "nom" and j < len(toks):
            longer = self._other_namesake(toks, j, role)  # "ক্রীড়ামন্ত্রী কিম ইল গুক": not Kim Jong Un
        if longer is None and case == "nom" and j < len(toks) and self._match_alias(toks, j, only=self.persons) is not None:
            return None  # "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন": the name is the mention
        if case == "nom" and self._place_as_name(toks, j):
            return None  # "… প্রতিরক্ষামন্ত্রী খাবারোভস্কের সঙ্গে" (a misprint): the name is no person, so no one
        # the word before the title, or before the state that owns it ("একজন দক্ষিণ কোরীয় আইনপ্রণেতা")
        before = {toks[k].text for k in {i - 1, of_start - 1} if k >= 0}
        was = bool(before & set(gaz.not_current))  # "সাবেক প্রেসিডেন্ট": only a name after it counts
        former = was
        if before & set(gaz.indefinite):
            former = True  # "এক মুখপাত্র": one of several, not the holder of the office
        # the holder on the article's day; with no day, the one person the article names who ever held it
        holders = gaz.holders(role, of, day) if of and not former else []
        if of and (day is None or gaz.roles[role].many) and not former:
            holders = [a for a in gaz.ever_held(role, of) if a.key in memory.persons]
        name = (longer or self._name_after(toks, j)) if case == "nom" and of else None
        if name is None and case == "nom" and of is None and role != "head" and not before & set(gaz.indefinite):
            # "সে দেশের সংস্কৃতিমন্ত্রী পাক চুন নাম, যিনি …", "… আন্ডার সেক্রেটারি ব্র্যাডলি স্মিথ বিবৃতিতে বলেন":
            # no owner we can name, but a name of two words or more in a speaker's frame after the title
            unowned = self._name_after(toks, j)
            if unowned is not None and len(unowned[0].replace("-", " ").split()) >= 2 \
                    and not any(self._match_alias(toks, x) for x in range(j, unowned[1])):
                if self._name_frame(article.text, toks, unowned[1]):
                    name = unowned
                else:  # "বাণিজ্যমন্ত্রী টিপু মুনশির সঙ্গে বৈঠক", "সভাপতি ফারুক হাসানের নেতৃত্বে": a partner, a leader
                    name = self._partner_name(toks, unowned)
        if name is not None and name[2] == "nom" and len(name[0].split()) >= 2:
            name = self._partner_name(toks, name) or name  # "… মন্ত্রী আলেক্সেই ভলকভের সঙ্গে": the ending off
        if name is None and of is None and case == "nom" and not former and role != "head":
            # "বাণিজ্যমন্ত্রী আশ্বাস দিয়েছেন": the title alone, as the article wrote it before a name it
            # introduced with no owner ("বাণিজ্যমন্ত্রী টিপু মুনশির সঙ্গে …"): that one person
            title = " ".join(t.text for t in toks[i:j])
            same = {k for k, e in entities.items() if e.type == "Person" and not e.from_gazetteer
                    and e.affiliation is None and e.role_bn and (e.role_bn == title or e.role_bn.endswith(" " + title))}
            # ("রাশিয়ার উপপররাষ্ট্রমন্ত্রী আন্দ্রেই রুদেনকো … উপপররাষ্ট্রমন্ত্রী বলেন": the one person named so
            # far who holds that office, if the office has several holders)
            if gaz.roles[role].many:
                same |= {k for k in islice(reversed(memory.persons), _RECENT_PERSONS) if k in gaz.actors
                         and (gaz.actors[k].role == role or any(o.role == role for o in gaz.actors[k].offices))}
            if len(same) == 1:
                return self._mention(article, sent, toks, i, j, same.pop(), "role", case)
        if name is not None and longer is None and len(name[0].split()) == 1 and name[1] < len(toks):
            known = self._match_alias(toks, name[1], only=self.persons)
            if known is not None and known[0].kind == "actor":
                # "মুখপাত্র আন্দ্রিই ইউসভ": a first name spelt otherwise before a known surname — that person
                self._remember(entities, known[0].key, "actor")
                return self._mention(article, sent, toks, j, known[1], known[0].key, "alias", known[2])
        # the one known holder on the article's date wins: "দেশটির নেতা নিজে …" is Kim, not a new
        # "নিজে …"; where the office has several holders (ministers) a name after it is a new person
        if (role == "head" and not (name is not None and len(name[0].split()) >= 2 and name[0].split()[0] in self.given_names
                                    and of in gaz.actors and gaz.actors[of].type == "Organization")) \
                or before & set(gaz.indefinite):
            # "প্রধান" is also an adjective ("প্রধান মিত্র চীন"): only a gazetteer name follows it, or a
            # full name opening with a known given name after a body ("রসকসমসের প্রধান ইউরি বরিসভ"); "এক
            # মুখপাত্র কড়া প্রতিক্রিয়া দিয়েছেন": one unnamed official, the words after it are no name
            name = None
        if name is not None and len(holders) != 1:
            label, k, name_case = name
            # the title with the words that qualify it after its owner ("রাশিয়ার সুদূর প্রাচ্য উন্নয়নমন্ত্রী")
            key = self._new_person(label, of, " ".join(t.text for t in toks[min(i, max(of_end, i - 3)):j]), entities, discovered)
            if len(label.split()) > 1 and longer is None:  # the family name may come first ("হান সং মিন") or last
                discovered.setdefault(label.split()[-1], key)
                discovered.setdefault(label.split()[0], key)
            name_start = j
            return self._mention(article, sent, toks, name_start, k, key, "title-intro", name_case)
        if len(holders) == 1:
            key = holders[0].key
            self._remember(entities, key, "actor")
            if longer is not None:  # "প্রেসিডেন্ট কিম দাই জুং" on his day: the holder, named in full
                return self._mention(article, sent, toks, i, longer[1], key, "role", longer[2])
            return self._mention(article, sent, toks, i, j, key, "role", case)
        if of in self.states and name is None and not former and role in gaz.back_titles and case == "nom" \
                and not toks[j - 1].text.endswith(self.grammar.plural_nominatives):
            back = next((p for p in reversed(memory.persons) if self._state_of(p, entities) == of), None)
            if back is not None:  # "রাশিয়ার কর্মকর্তা জানান": the Russian named last, not "Russian officials"
                return self._mention(article, sent, toks, i, j, back, "role", case)
        if of in self.states and name is None and not was and gaz.voices.get(role):
            # "জাপানের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র" (no holder of record that day): the ministry speaks
            of = self._institution(of, gaz.voices[role], entities)
        body = of is not None and of not in self.states
        if body and name is None and (before & set(gaz.indefinite) or role in gaz.voices):
            # "মার্কিন পররাষ্ট্র দপ্তরের এক মুখপাত্র", "উত্তর কোরিয়ার পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র" (no
            # holder of record that day): the body speaks through an unnamed official
            if of in gaz.actors:
                self._remember(entities, of, "actor")
            return self._mention(article, sent, toks, i, j, of, "role", case)
        plural = toks[j - 1].text.endswith(self.grammar.plural_nominatives)  # "জাপানের পররাষ্ট্রমন্ত্রীরা": several
        if plural and name is None and of in gaz.actors and gaz.actors[of].type == "Organization":
            # "জি-৭-এর পররাষ্ট্রমন্ত্রীরা", "ন্যাটোর প্রতিরক্ষামন্ত্রীরা": a bloc's ministers speak as the bloc
            self._remember(entities, of, "actor")
            return self._mention(article, sent, toks, i, j, of, "role", case)
        if of and name is None and not plural and (before & set(gaz.indefinite) or (
                of in self.states and day is not None and not was and not gaz.roles[role].many and role != "head")):
            # "দক্ষিণ কোরিয়ার একজন আইনপ্রণেতা": an unnamed holder, an actor of its own; so is the one
            # holder of a state's office the gazetteer has no record of that day ("জাপানের মুখ্য
            # মন্ত্রিপরিষদ সচিব বলেন"): that official speaks, not the state
            return self._mention(article, sent, toks, i, j, self._unnamed_holder(role, of, entities), "role", case)
        if of and gaz.roles[role].many and not holders and name is None and not former and not plural:
            # "উত্তর কোরীয় মন্ত্রী আশা প্রকাশ করেছেন" after "উত্তর কোরিয়ার উচ্চশিক্ষামন্ত্রী থে হিয়ং চোল":
            # a title of many holders, its owner named — the one person of that owner the article has
            # named with a title of that kind
            # (the title as written, its ending off, ends that person's: "মন্ত্রী" of "উচ্চশিক্ষামন্ত্রী",
            # never "পরিবহনমন্ত্রী" of "পররাষ্ট্রমন্ত্রী")
            written = [t.text for t in toks[i:j]]
            written[-1] = next((st for st, c in self.endings(written[-1]) if c == case), written[-1])
            title = " ".join(written)
            # (or who holds that very office of that owner: "রাশিয়ার উপপররাষ্ট্রমন্ত্রী আন্দ্রেই রুদেনকো …
            # রুশ উপপররাষ্ট্রমন্ত্রী বলেন"; among the persons named last — a few: linear)
            recent = [(k, entities[k]) for k in islice(reversed(memory.persons), _RECENT_PERSONS) if k in entities]
            same = {k for k, e in recent if e.type == "Person" and e.affiliation == of and e.role_bn
                    and e.role_bn.endswith(title)}
            same |= {k for k, _ in recent if k in gaz.actors
                     and ((gaz.actors[k].role == role and self._state_of(k, entities) == of)
                          or any(o.role == role and o.of == of for o in gaz.actors[k].offices))}
            if len(same) == 1:
                return self._mention(article, sent, toks, i, j, same.pop(), "role", case)
        if of and (day is None or gaz.roles[role].many) and not holders and name is None and not former and not plural:
            pending.append(_Pending(role, of, self._mention(article, sent, toks, i, j, "", "role", case)))
        return None

    def _other_namesake(self, toks: Sequence[Token], j: int, role: str) -> tuple[str, int, str] | None:
        """ "উত্তর কোরিয়ার ক্রীড়ামন্ত্রী কিম ইল গুক": after a title, a known person's one-word name
        ("কিম" is Kim Jong Un) that runs on into a longer name, where that person never held the
        title (the offices of actors.yaml) — someone else of the same family name: (the full name,
        the word after it, its case), or None."""
        hit = self._match_alias(toks, j, only=self.persons)
        if hit is None or len(hit[0].words) != 1 or hit[1] != j + 1 or hit[2] != "nom":
            return None
        actor = self.mappings.gazetteer.actors.get(hit[0].key)
        if actor is None or not actor.offices or any(o.role == role for o in actor.offices):
            return None
        rest = self._name_after(toks, j + 1) if j + 1 < len(toks) else None
        if rest is None or len(rest[0].split()) > 2:
            return None
        return f"{toks[j].text} {rest[0]}", rest[1], rest[2]

    def _address_at(self, text: str, toks: Sequence[Token], k: int) -> bool:
        """Word k is a word of address before a name: "অধ্যাপক", or "ড." (an abbreviation, its dot written)."""
        gaz = self.mappings.gazetteer
        if toks[k].text in gaz.honorifics:
            return True
        return toks[k].text in gaz.abbreviations and text[toks[k].end:toks[k].end + 1] == "."

    def _introduced_person(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int,
                           entities: dict[str, Entity], discovered: dict[str, str]) -> Mention | None:
        """A person the gazetteer lacks, introduced by no state's office (roles.yaml ``people``): after
        words of address ("অধ্যাপক ড. আনিসুর রহমান"), opening the name ("মোহাম্মদ রফিকুল ইসলাম"), or
        after a trade or standing when a verb follows the name ("বিশ্লেষক আনিসুর রহমান বলেন")."""
        gaz = self.mappings.gazetteer
        text = article.text
        for n in (1, 2):  # "ইভান পেত্রভ নামে এক বাসিন্দা": the n words before "নামে", a trade after "এক"
            if i + n + 2 >= len(toks) or toks[i + n].text not in gaz.named or toks[i + n + 1].text not in gaz.indefinite \
                    or toks[i + n + 2].text not in gaz.professions:
                continue
            ws = [t.text for t in toks[i:i + n]]
            if any(w in self.not_name or w in gaz.named or w in gaz.professions or any(c.isdigit() for c in w)
                   or w.endswith(self.grammar.verb_endings) for w in ws) \
                    or any(self._match_alias(toks, x) or self._match_role(toks, x) for x in range(i, i + n)):
                continue
            key = self._new_person(" ".join(ws), None, None, entities, discovered)
            if n > 1:
                discovered.setdefault(ws[-1], key)
            return self._mention(article, sent, toks, i, i + n, key, "title-intro", "nom")
        k = i
        profession = False
        if toks[k].text in gaz.professions or (toks[k].hyphen_before and k + 1 < len(toks) and (
                hit := self._match_role(toks, k)) is not None and hit[1] == k + 1):
            profession = True  # (a compound title the hyphen makes: "গবেষণা-প্রধান")
            k += 1
        start = k
        while k < len(toks) and self._address_at(text, toks, k):
            k += 1
        addressed = k > start
        if not addressed and not profession and k + 2 < len(toks) and toks[k].text in gaz.initials \
                and toks[k + 1].text in gaz.initials:
            # "এস এম রেজাউল করিম বলেন": initials open a name (its label is the name without them)
            n = k
            while n < len(toks) and toks[n].text in gaz.initials:
                n += 1
            name = self._name_after(toks, k) if n < len(toks) and self._match_alias(toks, n) is None else None
            if name is None or name[0].split()[0] in self.not_name:
                return None
            label, end, case = name
            if any(t.text in self.not_name for t in toks[k:n]) and not (
                    end < len(toks) and toks[end].text in self._speech_openers) and not self._name_frame(text, toks, end):
                return None  # "আর এ ঘটনা দেখাল": initials that are also words ("and", "this") need a speaker's verb
            key = self._new_person(label, None, None, entities, discovered)
            if len(label.split()) > 1:
                discovered.setdefault(label.split()[-1], key)
            return self._mention(article, sent, toks, k, end, key, "title-intro", case)
        if not addressed and k < len(toks) and toks[k].text in gaz.name_openers and k + 1 < len(toks):
            name = self._name_after(toks, k + 1)
            if name is None or self._match_alias(toks, k) is not None or self._match_alias(toks, k + 1) is not None:
                return None
            label, end, case = name
            label = f"{toks[k].text} {label}"
        elif addressed or profession:
            if k >= len(toks) or self._match_alias(toks, k) is not None \
                    or self._discovered(toks, k, discovered) is not None:
                return None  # ("মেট্রোপলিটান কিরিল অনুষ্ঠানের পরে বলেন": the one named before)
            name = self._name_after(toks, k)
            if name is None:
                return None
            label, end, case = name
            if not addressed:  # a trade alone: a name of two words or more, a verb right after it
                after = toks[end].text if end < len(toks) else ""
                if len(label.split()) < 2:
                    return None
                if after not in self._speech_openers and not self._name_frame(text, toks, end):
                    source = self._source_name(toks, end, label, case)
                    if source is None:
                        return None
                    label, case = source  # "বিশ্লেষক অনির্বাণ সেনগুপ্তের মতে, …"
        else:
            return None
        key = self._new_person(label, None, None, entities, discovered)
        words_ = label.split()
        if len(words_) > 1 and words_[0] not in gaz.name_openers:
            discovered.setdefault(words_[-1], key)  # "… হাসান বলেন": the surname alone later
        return self._mention(article, sent, toks, k, end, key, "title-intro", case)

    def _partner_name(self, toks: Sequence[Token], name: tuple[str, int, str]) -> tuple[str, int, str] | None:
        """A name of two words or more in the genitive right before "with" or "led by" (grammar.yaml
        ``postpositions.with``, triggers.yaml ``led_by``): (label without the ending, end, "gen"), or None."""
        label, end, case = name
        with_ = self.grammar.postpositions.get("with", ())
        if end >= len(toks) or not (any(st in with_ for st, _ in self.endings(toks[end].text))  # ("সঙ্গেও")
                                    or any(p[0] == toks[end].text for p in self.mappings.lexicons.visit.led_by if p)):
            return None
        if case == "gen":
            return name
        last = label.split()[-1]
        stems = [st for st, c in self.endings(last) if c == "gen" and len(st) >= 2]
        if not stems:
            return None
        return label[: len(label) - len(last)] + max(stems, key=len), end, "gen"

    def _name_frame(self, text: str, toks: Sequence[Token], end: int) -> bool:
        """Whether the words from token ``end`` on frame the name before it as a speaker's: the sentence
        ends there ("… বলে মনে করেন অর্থনীতিবিদ দিলনোজা রাখিমোভা।"), a comma and a relative pronoun
        follow ("…, যিনি বলেছেন"), or a speech verb after at most two adverbs or words of a statement
        ("… অবশ্য মনে করিয়ে দেন", "… বিবৃতিতে বলেন")."""
        if end >= len(toks):
            return True
        if toks[end].text in self.grammar.relatives and "," in text[toks[end - 1].end:toks[end].start]:
            return True
        k = end
        while k < len(toks) and k - end < 2 and toks[k].text not in self._speech_openers and (
                toks[k].text in self.not_name or toks[k].text.endswith(self.grammar.plural_endings)):
            k += 1  # (an adverb, or whom he tells it: "… সাংবাদিকদের বলেন")
        return k < len(toks) and toks[k].text in self._speech_openers

    def _source_name(self, toks: Sequence[Token], end: int, label: str, case: str) -> tuple[str, str] | None:
        """A name whose last word is in the genitive, an "according to" phrase after it (claims.yaml
        `according_to`: "… সেনগুপ্তের মতে"): (the name without the ending, "gen"), or None."""
        if not any(tuple(t.text for t in toks[end:end + len(p)]) == p for p in self.mappings.lexicons.speech.according_to):
            return None
        if case == "gen":
            return label, case
        ws = label.split()
        stem = next((st for st, c in self.endings(ws[-1]) if c == "gen" and st != ws[-1] and len(st) >= 2), None)
        return (" ".join([*ws[:-1], stem]), "gen") if stem is not None else None

    def _words_at(self, toks: Sequence[Token], k: int, phrases: tuple[str, ...]) -> tuple[int, str] | None:
        """The longest of ``phrases`` (space-separated words) at word k, its last word perhaps
        inflected: (the word after it, the case)."""
        # kept by the identity of the list (the gazetteer's live as long as the reader; hashing a
        # tuple of 49 firm kinds at each word was most of this call), checked on use
        entry = self._word_phrases.get(id(phrases))
        if entry is not None and entry[0] is phrases:
            index = entry[1]
        else:  # by first word (phrases of several words) or by the word (one-word phrases)
            index = ({}, {})
            for phrase in phrases:
                ws = tuple(phrase.split())
                index[len(ws) == 1].setdefault(ws[0], []).append(ws)
            if len(self._word_phrases) < 256:
                self._word_phrases[id(phrases)] = (phrases, index)
        word = toks[k].text
        candidates = list(index[0].get(word, ()))
        if index[1]:
            candidates += [ws for st, _ in self.endings(word) for ws in index[1].get(st, ())]
        best: tuple[int, str] | None = None
        for ws in candidates:
            n = len(ws)
            if k + n > len(toks) or any(toks[k + x].text != w for x, w in enumerate(ws[:-1])):
                continue
            case = next((c for st, c in self.endings(toks[k + n - 1].text) if st == ws[-1]), None)
            if case is not None and (best is None or k + n > best[0]):
                best = (k + n, case)
        return best

    def _regional_body(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, j: int,
                       alias: _Alias, entities: dict[str, Entity], memory: _Recent) -> Mention | None:
        """ "প্রিমোরস্কি প্রশাসন", "খাবারভস্ক অঞ্চলের প্রশাসন": a region (a place that is no capital)
        and a regional head (roles.yaml `bodies`) — the region's administration, an organisation of
        its state; a region word after the place makes it the region "প্রাদেশিক প্রশাসন" refers to."""
        gaz = self.mappings.gazetteer
        if alias.kind != "place" or gaz.places[alias.key].capital or j >= len(toks):
            return None
        k = j
        if self._words_at(toks, k, gaz.region_words) is not None:
            memory.region = (alias.key, " ".join(alias.words))  # "রাশিয়ার প্রিমোরস্কি অঞ্চলের গভর্নর …"
            k += 1
        elif j - i == len(alias.words) + 1 and self._words_at(toks, j - 1, gaz.region_words) is not None:
            # the region word read into the place's mention, right after its name (not "রাসোন অর্থনৈতিক
            # অঞ্চল": an economic zone, no province with an administration)
            memory.region = (alias.key, " ".join(alias.words))
        hit = self._words_at(toks, k, gaz.regional_bodies) if k < len(toks) else None
        if hit is None:
            return None
        label = " ".join((*alias.words, *gaz.regional_bodies[0].split()))
        key = self._region_administration(alias.key, label, entities)
        return self._mention(article, sent, toks, i, hit[0], key, "discovered", hit[1])

    def _region_administration(self, place: str, label: str, entities: dict[str, Entity]) -> str:
        """The key of a region's administration (one per region, however it is written)."""
        gaz = self.mappings.gazetteer
        key = "org-" + hashlib.sha256(f"{place} administration".encode()).hexdigest()[:12]
        en = f"{gaz.places[place].en or place} administration"
        entities.setdefault(key, Entity(key, "Organization", label, en, None, gaz.places[place].state,
                                        from_gazetteer=False))
        return key

    def _named_body(self, article: Article, sent: Sentence, toks: Sequence[Token], i: int, found: list[Mention],
                    entities: dict[str, Entity], memory: _Recent) -> Mention | None:
        """ "প্রাদেশিক প্রশাসন জানিয়েছে": the administration of the region named last; "ট্যুর সংস্থা
        ভস্তক ইনট্যুর জানিয়েছে": a kind of firm, a name of one or two words the gazetteer lacks, then a
        verb — that firm, of the state of a place or state named just before it (roles.yaml `bodies`)."""
        gaz = self.mappings.gazetteer
        anaphor = self._words_at(toks, i, gaz.regional_anaphors)
        if anaphor is not None:
            if memory.region is None:
                return None
            place, written = memory.region
            key = self._region_administration(place, f"{written} {gaz.regional_bodies[0]}", entities)
            return self._mention(article, sent, toks, i, anaphor[0], key, "discovered", anaphor[1])
        kind = self._words_at(toks, i, gaz.firm_kinds)
        outlet = kind is None
        if outlet:
            kind = self._words_at(toks, i, gaz.outlet_kinds)
        if kind is None or kind[1] != "nom":
            return None
        k = kind[0]
        while k < len(toks) and k - kind[0] < 4:
            w = toks[k].text
            if w in self.not_org or w in self.not_name or any(c.isdigit() for c in w) or self._match_alias(toks, k) \
                    or self._match_role(toks, k) or self.calendar.lookup(w) is not None or w.endswith(self.grammar.verb_endings):
                break
            k += 1
        k = self._firm_name_end(article.text, toks, kind[0], k, outlet)
        if k is None:
            return None  # a name, then what the firm does (a verb or the noun of a speech verb), or the end
        names = [t.text for t in toks[kind[0]:k]]
        abbr = ()
        if k < len(toks) and "(" in article.text[toks[k - 1].end:toks[k].start] \
                and ")" in article.text[toks[k].end:toks[k].end + 2]:
            abbr = (toks[k].text,)  # "… সার্ভিসেস ইনস্টিটিউট (রুসি)": its short name, in its mention
            k += 1
        case = "nom"
        people = not abbr and not outlet and self._people_of(toks, k)
        if people:  # "ফায়ারআইয়ের বিশ্লেষকরা": the shortest stem of the genitive ("-য়ের", not "-ের")
            names[-1], case = min((st for st, c in self.endings(names[-1]) if c == "gen"), key=len), "gen"
        for ending, ending_case, kept in self.grammar.name_endings:  # "গ্যারেক্সের বিরুদ্ধে": the firm's, not its name
            if people:
                break
            if k < len(toks) and not abbr and names[-1].endswith(ending) and len(names[-1]) > len(ending) + 1:
                names[-1], case = names[-1][: -len(ending)] + kept, ending_case
                break
        else:
            if k < len(toks) and not abbr and any(t.text in gaz.reports for t in toks[k:k + 3]):
                gen = next((st for st, c in self.endings(names[-1]) if c == "gen" and st != names[-1]), None)
                if gen is not None:  # "… চোসুন ইলবোর এক প্রতিবেদন": the genitive after a vowel
                    names[-1], case = gen, "gen"
        label = " ".join(names)
        of = None
        if found and found[-1].end_token == i and found[-1].key:
            prev = found[-1].key
            of = gaz.places[prev].state if prev in gaz.places else prev if prev in self.states else None
        key = "org-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        entities.setdefault(key, Entity(key, "Organization", label, transliterate(label), None, of, from_gazetteer=False,
                                        aliases=abbr))
        return self._mention(article, sent, toks, kind[0], k, key, "discovered", case)

    def _firm_name_end(self, text: str, toks: Sequence[Token], start: int, k: int, outlet: bool) -> int | None:
        """Where the name of a firm or outlet (words start..k-1, after the word of its kind) ends, or
        None: one or two words before a verb, a word that is no name, or the end (not for an outlet:
        "দৈনিক" is also "daily"); up to four words ending in a body's head noun ("… ইনস্টিটিউট") or before an
        abbreviation in brackets; up to three before a speech verb, or in the genitive before a report
        ("দৈনিক আসাহি শিম্বুনের এক তদন্ত-প্রতিবেদন")."""
        gaz = self.mappings.gazetteer
        if not outlet:
            for n in range(start + 1, min(start + 2, k) + 1):
                if self._people_of(toks, n):
                    return n  # "সাইবার-নিরাপত্তা সংস্থা ফায়ারআইয়ের বিশ্লেষকরা": the firm's own people
        for n in range(k, start, -1):
            last = toks[n - 1].text
            nxt = toks[n].text if n < len(toks) else ""
            if n < len(toks) and "(" in text[toks[n - 1].end:toks[n].start]:
                return n  # "… ইনস্টিটিউট (রুসি)"
            if any(st in gaz.named_heads for st, _ in self.endings(last)) and n - start >= 2:
                return n
            if n - start <= 3 and nxt in self._speech_openers and not (
                    outlet and any(c == "loc" for st, c in self.endings(last) if st != last)):
                return n  # (not "দৈনিক ব্রিফিংয়ে বলেন": at the daily briefing)
            if n < len(toks) and any(c == "gen" and st != last for st, c in self.endings(last)) \
                    and any(t.text in gaz.reports for t in toks[n:n + 3]):
                return n  # "… আসাহি শিম্বুনের এক (তদন্ত-)প্রতিবেদন", "… চোসুন ইলবোর এক প্রতিবেদন"
            if not outlet and n - start <= 2 and n == k and (
                    n == len(toks) or nxt.endswith(self.grammar.verb_endings) or nxt in self.not_name):
                return n
        return None

    def _people_of(self, toks: Sequence[Token], n: int) -> bool:
        """The word before token ``n`` is in the genitive and token ``n`` is a plural in the nominative
        ("… ফায়ারআইয়ের বিশ্লেষকরাই", "… কর্মকর্তারা"): people of the body named before."""
        if n >= len(toks) or n == 0:
            return False
        last, nxt = toks[n - 1].text, toks[n].text
        return nxt not in self.not_name and any(c == "gen" and st != last for st, c in self.endings(last)) \
            and any(c == "nom" and st.endswith(self.grammar.plural_nominatives) for st, c in self.endings(nxt))

    def _officials_of_states(self, article: Article, sent: Sentence, toks: Sequence[Token], found: list[Mention],
                             i: int, j: int, role: str, of: str | None, case: str, entities: dict[str, Entity],
                             ) -> Mention | None:
        """ "যুক্তরাষ্ট্র, দক্ষিণ কোরিয়া ও জাপানের পররাষ্ট্রমন্ত্রীরা": a plural title after two or more
        states in a list (the last in the genitive) is one group — those states' officials, who speak
        together; the states inside it are no speakers of their own."""
        if of not in self.states or case != "nom" or not toks[j - 1].text.endswith(self.grammar.plural_nominatives):
            return None
        members = [k for k in range(len(found)) if found[k].key == of and found[k].end_token == i and found[k].case == "gen"]
        if not members:
            return None
        start = found[members[0]].token
        for k in range(members[0] - 1, -1, -1):
            m = found[k]
            gap = [t.text for t in toks[m.end_token:start]]
            comma = "," in article.text[toks[m.end_token - 1].end:toks[start].start]
            if m.key not in self.states or m.how not in ("alias",) or m.case != "nom" \
                    or not ((not gap and comma) or (len(gap) == 1 and gap[0] in self.grammar.conjunctions)):
                break
            members.insert(0, k)
            start = m.token
        if len(members) < 2:
            return None
        gaz = self.mappings.gazetteer
        states = [found[k].key for k in members]
        label = article.text[toks[start].start:toks[j - 1].end]
        key = "group-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        names = [gaz.actors[s].en or s for s in states]
        en = f"{gaz.roles[role].en}s of {', '.join(names[:-1])} and {names[-1]}"
        entities.setdefault(key, Entity(key, "Group", label, en, None, None, gaz.roles[role].bn[0], None, False))
        # (the states stay as they were read: parties to what the group signs; they speak only through it)
        return self._mention(article, sent, toks, start, j, key, "discovered", "nom")

    def _holder_of_unnamed_body(self, article: Article, sent: Sentence, toks: Sequence[Token], found: list[Mention],
                                i: int, j: int, role: str, entities: dict[str, Entity]) -> Mention | None:
        """ "নৌপরিবহন অধিদপ্তরের মহাপরিচালক চট্টগ্রামে সাংবাদিকদের বলেন": a title right after a body the
        gazetteer lacks and no state owns (1–3 plain words and an organisation head in the genitive,
        grammar.yaml), no name after it — that body's unnamed office-holder, labelled as written."""
        if i < 2 or self.mappings.gazetteer.roles[role].many and role not in self.mappings.gazetteer.voices:
            return None
        if not any(c == "gen" and st in self.grammar.organisation_heads for st, c in self.endings(toks[i - 1].text)):
            return None
        start = i - 1
        while start > 0 and i - 1 - start < 3:
            w = toks[start - 1].text
            if w in self.not_org or w in self.not_name or any(c.isdigit() for c in w) \
                    or self.calendar.lookup(w) is not None or any(m.end_token >= start for m in found) \
                    or self._match_alias(toks, start - 1) or self._match_role(toks, start - 1) \
                    or (start - 1 > 0 and self._address_at(article.text, toks, start - 1)):
                break
            start -= 1
        if start == i - 1 or (start > 0 and not any(m.end_token == start for m in found) and toks[start - 1].text
                               not in self.not_org and toks[start - 1].text not in self.not_name):
            return None  # no words name the body, or it runs on before them
        name = self._name_after(toks, j) if j < len(toks) else None
        if name is not None and not (len(name[0].split()) == 1 and any(
                c == "loc" and st != toks[j].text for st, c in self.endings(toks[j].text))):
            return None  # a name follows: the person, not an unnamed holder ("চট্টগ্রামে": where he spoke)
        label = " ".join(t.text for t in toks[start:j])
        key = "person-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        entities.setdefault(key, Entity(key, "Person", label, transliterate(label), None, None,
                                        " ".join(t.text for t in toks[i:j]), None, False))
        return self._mention(article, sent, toks, start, j, key, "role", "nom")

    def _unnamed_holder(self, role: str, of: str, entities: dict[str, Entity], title: str | None = None) -> str:
        """The key of an office-holder the article does not name, labelled "<owner's> <title>"
        (``title``: as the article wrote it, a portfolio's "পরিবহনমন্ত্রী" for the role "মন্ত্রী")."""
        gaz = self.mappings.gazetteer
        owner = gaz.actors[of]
        r = gaz.roles[role]
        bn = title or r.bn[0]
        label = f"{genitive(owner.bn)} {bn}"
        key = "person-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]
        if title is not None:  # (no English for the portfolio: the title transliterated)
            en = f"{transliterate(bn)} of {owner.en or owner.bn}"
        else:
            en = f"{owner.demonym} {r.en.lower()}" if owner.demonym else f"{r.en} of {owner.en or owner.bn}"
        also = tuple(f"{adj} {bn}" for adj in owner.adjectives[:1])  # "দক্ষিণ কোরীয় আইনপ্রণেতা"
        entities.setdefault(key, Entity(key, "Person", label, en, None, of, bn, None, False, also))
        return key

    def _remember(self, entities: dict[str, Entity], key: str, kind: str) -> None:
        if key in entities:
            return
        e = self._entity(key)
        entities[key] = e
        for dep in (e.affiliation, e.state):
            if dep and dep not in entities:
                self._remember(entities, dep, "actor")

    def _entity(self, key: str) -> Entity:
        """The gazetteer's entity ``key`` (immutable: made once per finder, transliteration and all)."""
        e = self._entities.get(key)
        if e is None:
            e = self._entities[key] = self._gazetteer_entity(key)
        return e

    def _gazetteer_entity(self, key: str) -> Entity:
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


@dataclass(frozen=True, slots=True)
class _Pending:
    """A title no holder could be found for yet (an undated article): resolved at the article's end."""

    role: str
    of: str
    mention: Mention  # with an empty key


@dataclass
class _Recent:
    """Who was named last in the article: for pronouns, "দেশটির" and surname-only mentions."""

    person: str | None = None
    subject: str | None = None  # the last person named in the nominative
    previous_subject: str | None = None  # the one before, when a different person
    state: str | None = None
    subject_state: str | None = None  # the state of the last actor named in the nominative
    subject_state_sentence: int = -1
    persons: dict[str, None] = field(default_factory=dict)  # every person named so far, in order
    bodies: list[str] = field(default_factory=list)  # organisations named so far, the last one last
    # the region named last as one ("প্রিমোরস্কি অঞ্চলের"), and as written: "প্রাদেশিক প্রশাসন" is its administration
    region: tuple[str, str] | None = None

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
        elif e.type == "Organization":
            if m.how == "role" and m.case == "nom":
                # "মার্কিন পররাষ্ট্র দপ্তরের এক মুখপাত্র … দিয়েছেন। তিনি বলেন, …": an unnamed official,
                # standing for the body, is the subject "তিনি" goes back to
                if self.subject != m.key:
                    self.previous_subject = self.subject
                self.subject = m.key
            if m.key in self.bodies:
                self.bodies.remove(m.key)
            self.bodies.append(m.key)
        if m.case == "nom" and m.how in ("alias", "role", "title-intro", "institution", "short-name"):
            state = finder._state_of(m.key, entities) if e.type != "Place" else None
            if state:
                self.subject_state, self.subject_state_sentence = state, m.sentence

    def unnamed(self) -> None:
        """Someone no one names is the subject now ("এক শ্রমিক বললেন"): a pronoun after it has no antecedent."""
        if self.subject is not None:
            self.previous_subject = self.subject
        self.subject = None
        self.person = None

    def short_name(self, toks: Sequence[Token], i: int, finder: MentionFinder) -> tuple[str, int, str] | None:
        """A single word of the name of exactly one person named earlier ("শিন" after "শিন ওন-সিক",
        "চোয়ে" after "চোয়ে সন হুই"; a family name of two letters only with a case ending and as
        the name's first word: "লির" after "লি হংঝং", never a bare "লি"): that person."""
        hits: set[str] = set()
        case = "nom"
        name_words = finder.name_words
        gaz = finder.mappings.gazetteer.actors
        for stem, c in finder.endings(toks[i].text):
            if len(stem) < 2 or stem not in finder.any_name_word or stem in finder.not_name \
                    or finder.calendar.lookup(stem) is not None:
                continue
            for key in self.persons:
                if stem in name_words.get(key, ()) and (len(stem) >= 3 or (
                        stem != toks[i].text and key in gaz and gaz[key].bn.startswith(stem + " "))):
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


class _Upto(Sequence[Token]):
    """The first ``end`` tokens of a sentence, without copying them: a slice ``toks[:end]`` for each
    name inside a longer name made a sentence packed with names quadratic in its length."""

    __slots__ = ("end", "toks")

    def __init__(self, toks: Sequence[Token], end: int) -> None:
        self.toks, self.end = toks, end

    def __len__(self) -> int:
        return self.end

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Token]: ...
    def __getitem__(self, i: int | slice) -> Token | Sequence[Token]:
        if isinstance(i, slice):
            return self.toks[slice(*i.indices(self.end))]
        if i < 0:
            i += self.end
        if not 0 <= i < self.end:
            raise IndexError(i)
        return self.toks[i]
