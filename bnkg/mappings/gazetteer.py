"""Typed loader for the gazetteer: ``actors.yaml``, ``places.yaml`` and ``roles.yaml``.

The YAML files are the data; this module only reads and checks them.  Every Bengali string is
NFC-normalised on load, so it compares equal to text that went through :mod:`bnkg.builder.read`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import Each, Keys, ListOf, Schema, read_mapping
from bnkg.rdf.namespaces import ACTOR_TYPES

# The keys of each file (an entry's fields are those of its dataclass below); any other key is an error.
_OFFICE = Keys(("role", "of", "from", "to"))
SCHEMAS: dict[str, Schema] = {
    "actors.yaml": Keys({"actors": Each(Keys({
        **dict.fromkeys(("type", "bn", "en", "aliases", "wikidata", "affiliation", "role", "adjectives", "relay",
                         "demonym", "institution")), "offices": ListOf(_OFFICE)}))}),
    "places.yaml": Keys({"places": Each(Keys(("bn", "en", "aliases", "state", "wikidata", "capital")))}),
    "roles.yaml": Keys({"roles": Each(Keys(("bn", "en", "many", "or_else"))),
                        "institutions": Each(Keys(("bn", "en", "type", "as_written"))),
                        "bodies": Keys(("regional", "region_words", "regional_anaphors", "firms", "named_heads",
                                                         "outlets", "reports")),
                        "people": Keys(("honorifics", "abbreviations", "name_openers", "professions", "named",
                                         "initials", "common_words", "ministries", "noun_followers",
                                         "patronymic_endings")),
                        **dict.fromkeys(("not_current", "indefinite", "not_names", "voices", "back_titles"))}),
}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Spelling variation of names across outlets, folded away: ya-phala and the virama (্য, ্), the
# nukta (য় → য, ড় → ড), nasal marks (ঁ, ঙ → ং), long and short vowels (ী/ি, ূ/ু, ঈ/ই, ঊ/উ), ৌ/ো,
# ৎ/ত, visarga, retroflex/dental and sibilant pairs of transliterated names (ট/ত, ড/দ, ঠ/থ, ঢ/ধ,
# ণ/ন, ষ/শ/স).  Hyphens and spaces are folded by the matcher (it compares words, and joins them).
_FOLD_DROP = str.maketrans("", "", "\u0981\u09bc\u0983\u200c\u200d")  # ঁ ় ঃ ZWNJ ZWJ
_FOLD_MAP = str.maketrans({"ী": "ি", "ূ": "ু", "ঈ": "ই", "ঊ": "উ", "ৌ": "ো", "ঔ": "ও", "ৎ": "ত", "ঙ": "ং",
                           "ট": "ত", "ড": "দ", "ঠ": "থ", "ঢ": "ধ", "ণ": "ন", "ষ": "স", "শ": "স"})


def fold(text: str) -> str:
    """The spelling-folded form of a Bengali word or name (see the table above).

    >>> fold("ভ্লাদিমীর") == fold("ভলাদিমির"), fold("পুটিন") == fold("পুতিন"), fold("জঙ") == fold("জং")
    (True, True, True)
    >>> fold("ল্যাভরভ") == fold("লাভরভ"), fold("চৌধুরী") == fold("চোধুরি")
    (True, True)
    """
    text = unicodedata.normalize("NFD", text).replace("\u09cd\u09af", "")  # ্য (ya-phala)
    text = text.translate(_FOLD_DROP).replace("\u09cd", "")  # the virama
    return unicodedata.normalize("NFC", text).translate(_FOLD_MAP)


def genitive(name: str) -> str:
    """The genitive of a Bengali name: "রাশিয়া" → "রাশিয়ার", "চীন" → "চীনের" (a label, not a parser)."""
    vowels = "ািীুূৃেৈোৌঅআইঈউঊএঐওঔ"
    return name + ("র" if name[-1:] in vowels else "ের")


@dataclass(frozen=True, slots=True)
class Office:
    """A role an actor holds: ``{role: president, of: russia, from: 2012-05-07, to: null}``."""

    role: str  # key into roles.yaml
    of: str  # actor key of the State / Organization
    start: str | None = None  # ISO date, inclusive
    end: str | None = None  # ISO date, inclusive; None = still in office

    def holds_on(self, day: str | None) -> bool:
        """Whether the office was held on ``day`` (ISO date).

        An unknown day matches no term: a title is never resolved to today's holder."""
        if day is None:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    key: str
    type: str  # one of ACTOR_TYPES
    bn: str  # canonical Bengali name
    en: str | None
    aliases: tuple[str, ...]  # Bengali surface forms, uninflected, including ``bn`` and short names
    wikidata: str | None = None
    affiliation: str | None = None  # actor key
    role: str | None = None  # role key (roles.yaml) describing the actor, e.g. "foreign_minister"
    adjectives: tuple[str, ...] = ()  # States: demonym adjectives ("রুশ", "মার্কিন")
    offices: tuple[Office, ...] = ()
    relay: bool = False  # news outlets / agencies: relay other people's words ("খবর রয়টার্সের")
    demonym: str | None = None  # States: the English adjective ("North Korean"), for labels of institutions
    institution: tuple[str, ...] = ()  # kinds (roles.yaml ``institutions``) this body is, of its affiliation


@dataclass(frozen=True, slots=True)
class InstitutionKind:
    """A kind of state body named by "<state> <form>": "মার্কিন গোয়েন্দা সংস্থা", "উত্তর কোরিয়ার সেনাবাহিনী"."""

    key: str
    bn: tuple[str, ...]  # Bengali forms (the first is the label)
    en: str  # English, after the state's demonym: "intelligence" → "US intelligence"
    type: str = "Organization"  # Organization | Group | State (the government is the state itself)
    # a body of this kind we make is also labelled as the text names it ("রুশ ফেডারেল কাস্টমস সার্ভিস"):
    # states name theirs in many ways, none of which our label may be
    surface_label: bool = False


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    key: str
    bn: str
    en: str | None
    aliases: tuple[str, ...]
    state: str  # actor key of the State the place lies in
    wikidata: str | None = None
    capital: bool = False  # a capital may stand for its state ("মস্কো জানিয়েছে")


@dataclass(frozen=True, slots=True)
class RoleEntry:
    key: str
    bn: tuple[str, ...]  # Bengali forms as listed; the first is the label (the matcher tries longest first)
    en: str
    many: bool = False  # several holders at a time (ministers, deputies, lawmakers): no holder by the day alone
    or_else: str | None = None  # where no one holds this title, the holder of that role ("রুশ নেতা": president)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    actors: dict[str, ActorEntry]
    places: dict[str, PlaceEntry]
    roles: dict[str, RoleEntry]
    institutions: dict[str, InstitutionKind] = field(default_factory=dict)
    # words before a title that make it someone else than the holder on the day ("সাবেক প্রেসিডেন্ট")
    not_current: tuple[str, ...] = ()
    # words before a title that introduce an unnamed holder ("দক্ষিণ কোরিয়ার একজন আইনপ্রণেতা")
    indefinite: tuple[str, ...] = ()
    # words that never begin a personal name introduced by a title ("মুখপাত্র সেখানে বলেন")
    not_names: frozenset[str] = frozenset()
    # titles whose holder, unnamed and not on record for the day, speaks for the body ("… মুখপাত্র"):
    # the role's key → the kind of body it speaks for when a state owns the title, or None
    voices: dict[str, str | None] = field(default_factory=dict)
    # bodies the gazetteer lacks (roles.yaml `bodies`): a region's administration ("প্রিমোরস্কি
    # প্রশাসন"), the words that may stand between ("… অঞ্চলের প্রশাসন"), the administration of the
    # region named last ("প্রাদেশিক প্রশাসন"), and kinds of firm before a firm's name ("ট্যুর সংস্থা …")
    regional_bodies: tuple[str, ...] = ()
    region_words: tuple[str, ...] = ()
    regional_anaphors: tuple[str, ...] = ()
    firm_kinds: tuple[str, ...] = ()
    named_heads: tuple[str, ...] = ()  # "বাংলাদেশ … অ্যাসোসিয়েশন": a body named after its country
    # persons the gazetteer lacks, introduced by no state's office (roles.yaml `people`): a word of
    # address before the name ("অধ্যাপক"), the same abbreviated with a dot ("ড."), a word that opens
    # a name itself ("মোহাম্মদ"), a trade or standing before a name a verb follows ("অর্থনীতিবিদ")
    honorifics: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    name_openers: frozenset[str] = frozenset()
    professions: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()  # "রহিম নামে এক শ্রমিক": the words before are a name
    initials: frozenset[str] = frozenset()  # "এস এম সাইফুল হক": letters spelt out before a name
    # one-word names that are also common words ("রুটে": on the route): a name only after a title or
    # a first name, or once the article has named the person
    common_word_names: frozenset[str] = frozenset()
    ministries: frozenset[str] = frozenset()  # "তাঁর মন্ত্রণালয়": the ministry of the minister just named
    # kinds of news outlet before its name ("জাপানের দৈনিক আসাহি শিম্বুনের এক প্রতিবেদন"), and the words
    # of a report after an outlet's or firm's name in the genitive
    outlet_kinds: tuple[str, ...] = ()
    reports: frozenset[str] = frozenset()
    # words after which a word is a noun, not a name ("কৃষিমন্ত্রী স্বাক্ষর করেন", "কোচ বদলি হিসাবে")
    noun_followers: frozenset[str] = frozenset()
    # endings of a Russian patronymic ("পেত্রোভিচ"): a name's middle word that lets a third word follow
    patronymic_endings: tuple[str, ...] = ()
    # titles that, bare and singular after a state ("রুশ কর্মকর্তা বলেন"), are the person of that state the
    # article named last (roles.yaml `back_titles`)
    back_titles: frozenset[str] = frozenset()

    def holders(self, role: str, of: str, day: str | None) -> list[ActorEntry]:
        """Actors holding ``role`` of ``of`` on ``day`` (ISO date); none when the day is unknown.
        Where no one ever held ``role`` of ``of``, the holders of its ``or_else`` role."""
        out = [a for a in self.actors.values()
               if any(o.role == role and o.of == of and o.holds_on(day) for o in a.offices)]
        fallback = self.roles[role].or_else if role in self.roles else None
        if not out and fallback and not self.ever_held(role, of, fallback=False):
            return self.holders(fallback, of, day)
        return out

    def ever_held(self, role: str, of: str, fallback: bool = True) -> list[ActorEntry]:
        """Actors who held ``role`` of ``of`` at any time on record (or its ``or_else`` role, as above)."""
        out = [a for a in self.actors.values() if any(o.role == role and o.of == of for o in a.offices)]
        alt = self.roles[role].or_else if role in self.roles else None
        if not out and fallback and alt:
            return self.ever_held(alt, of, fallback=False)
        return out

    def institution(self, state: str, kind: str) -> str | None:
        """The gazetteer's actor key of ``state``'s institution of ``kind``, if it has one: the entry
        whose ``institution`` lists the kind, or one of the state named as the body would be
        labelled ("US intelligence")."""
        k = self.institutions.get(kind)
        if k is not None and k.type == "State":
            return state
        for a in self.actors.values():
            if a.affiliation == state and kind in a.institution:
                return a.key
        st = self.actors.get(state)
        if k is not None and st is not None and st.demonym and "{state}" not in k.en:
            label = f"{st.demonym} {k.en}".casefold()
            for a in self.actors.values():
                if a.affiliation == state and a.type == k.type and (a.en or "").casefold() == label:
                    return a.key
        return None


def _read(path: Path, section: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``section`` mapping (``actors``, ``places`` or ``roles``) of a YAML file (``data``: already read)."""
    entries = (data if data is not None else read_mapping(path, SCHEMAS[path.name])).get(section) or {}
    if not isinstance(entries, dict):
        raise MappingError(f"{path}: {section!r} must be a mapping of key → entry")
    for key, spec in entries.items():
        if not isinstance(spec, dict):
            raise MappingError(f"{path}: {key}: expected a mapping, got {type(spec).__name__}")
    return entries


def _strs(path: Path, key: str, value: Any, field: str = "aliases") -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MappingError(f"{path}: {key}: {field}: expected a list of strings")
    return tuple(nfc(v.strip()) for v in value)


def _day(path: Path, key: str, value: Any) -> str | None:
    """An office bound as an ISO date string; YAML may hand it over as a ``date`` already."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        dt.date.fromisoformat(text)
    except ValueError:
        raise MappingError(f"{path}: {key}: office date {value!r} is not an ISO date YYYY-MM-DD") from None
    return text


def _offices(path: Path, key: str, value: Any) -> tuple[Office, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise MappingError(f"{path}: {key}: offices: expected a list")
    out = []
    for o in value:
        if not isinstance(o, dict) or not o.get("role") or not o.get("of"):
            raise MappingError(f"{path}: {key}: offices: each office needs 'role' and 'of', got {o!r}")
        office = Office(str(o["role"]), str(o["of"]), _day(path, key, o.get("from")), _day(path, key, o.get("to")))
        if office.start and office.end and office.start > office.end:
            raise MappingError(f"{path}: {key}: office {office.role} of {office.of} ends before it starts")
        out.append(office)
    return tuple(out)


def _flag(path: Path, key: str, spec: dict[str, Any], field: str) -> bool:
    value = spec.get(field, False)
    if not isinstance(value, bool):
        raise MappingError(f"{path}: {key}: {field} must be true or false, got {value!r}")
    return value


def _qid(path: Path, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and re.fullmatch(r"Q[1-9]\d*", value)):
        raise MappingError(f"{path}: {key}: wikidata must look like Q123, got {value!r}")
    return value


def load_gazetteer(directory: Path) -> Gazetteer:
    """Read actors.yaml, places.yaml and roles.yaml from ``directory`` and cross-check them.

    Raises :class:`MappingError` naming the file and the entry on any malformed entry.
    """
    roles_path, actors_path, places_path = (directory / n for n in ("roles.yaml", "actors.yaml", "places.yaml"))
    roles: dict[str, RoleEntry] = {}
    roles_file = read_mapping(roles_path, SCHEMAS["roles.yaml"])
    for key, spec in _read(roles_path, "roles", roles_file).items():
        forms = _strs(roles_path, key, spec.get("bn"), "bn")
        if not forms:
            raise MappingError(f"{roles_path}: {key}: 'bn' (Bengali forms) is required")
        roles[key] = RoleEntry(key, forms, str(spec.get("en", key)), _flag(roles_path, key, spec, "many"),
                               str(spec["or_else"]) if spec.get("or_else") else None)
    for r in roles.values():
        if r.or_else is not None and r.or_else not in roles:
            raise MappingError(f"{roles_path}: {r.key}: or_else {r.or_else!r} is not a role")
    institutions: dict[str, InstitutionKind] = {}
    for key, spec in _read(roles_path, "institutions", roles_file).items():
        forms = _strs(roles_path, key, spec.get("bn"), "bn")
        kind_type = str(spec.get("type", "Organization"))
        if not forms or kind_type not in ACTOR_TYPES or kind_type == "Person":
            raise MappingError(f"{roles_path}: {key}: an institution needs 'bn' forms and a type of "
                               "Organization, Group or State")
        institutions[key] = InstitutionKind(key, forms, str(spec.get("en", key)), kind_type,
                                            _flag(roles_path, key, spec, "as_written"))
    not_current = _strs(roles_path, "not_current", roles_file.get("not_current"), "not_current")
    indefinite = _strs(roles_path, "indefinite", roles_file.get("indefinite"), "indefinite")
    not_names = frozenset(_strs(roles_path, "not_names", roles_file.get("not_names"), "not_names"))
    voices_spec = roles_file.get("voices") or {}
    if not isinstance(voices_spec, dict):
        raise MappingError(f"{roles_path}: voices: expected a mapping of role → kind of body (or null)")
    voices: dict[str, str | None] = {str(k): (str(v) if v else None) for k, v in voices_spec.items()}
    for role_key, kind_key in voices.items():
        if role_key not in roles or (kind_key is not None and kind_key not in institutions):
            raise MappingError(f"{roles_path}: voices: {role_key}: unknown role or kind of body {kind_key!r}")
    actors: dict[str, ActorEntry] = {}
    for key, spec in _read(actors_path, "actors").items():
        if spec.get("type") not in ACTOR_TYPES:
            raise MappingError(f"{actors_path}: {key}: type must be one of {ACTOR_TYPES}")
        bn = nfc(str(spec.get("bn") or "").strip())
        if not bn:
            raise MappingError(f"{actors_path}: {key}: 'bn' (Bengali name) is required")
        aliases = tuple(dict.fromkeys((bn, *_strs(actors_path, key, spec.get("aliases")))))
        actors[key] = ActorEntry(
            key=key, type=spec["type"], bn=bn, en=spec.get("en"), aliases=aliases,
            wikidata=_qid(actors_path, key, spec.get("wikidata")), affiliation=spec.get("affiliation"),
            role=spec.get("role"), adjectives=_strs(actors_path, key, spec.get("adjectives"), "adjectives"),
            offices=_offices(actors_path, key, spec.get("offices")), relay=_flag(actors_path, key, spec, "relay"),
            demonym=spec.get("demonym"), institution=_strs(actors_path, key, spec.get("institution"), "institution"))
    places: dict[str, PlaceEntry] = {}
    for key, spec in _read(places_path, "places").items():
        bn = nfc(str(spec.get("bn") or "").strip())
        if not bn:
            raise MappingError(f"{places_path}: {key}: 'bn' (Bengali name) is required")
        aliases = tuple(dict.fromkeys((bn, *_strs(places_path, key, spec.get("aliases")))))
        places[key] = PlaceEntry(key=key, bn=bn, en=spec.get("en"), aliases=aliases, state=str(spec.get("state")),
                                 wikidata=_qid(places_path, key, spec.get("wikidata")),
                                 capital=_flag(places_path, key, spec, "capital"))
    bodies = roles_file.get("bodies") or {}
    gaz = Gazetteer(actors, places, roles, institutions, not_current, indefinite, not_names, voices,
                    *(_strs(roles_path, "bodies", bodies.get(k), k)
                      for k in ("regional", "region_words", "regional_anaphors", "firms", "named_heads")),
                    *(frozenset(_strs(roles_path, "people", (roles_file.get("people") or {}).get(k), k))
                      for k in ("honorifics", "abbreviations", "name_openers", "professions", "named", "initials",
                                "common_words", "ministries")),
                    outlet_kinds=_strs(roles_path, "bodies", bodies.get("outlets"), "outlets"),
                    reports=frozenset(_strs(roles_path, "bodies", bodies.get("reports"), "reports")),
                    noun_followers=frozenset(_strs(roles_path, "people", (roles_file.get("people") or {}).get(
                        "noun_followers"), "noun_followers")),
                    patronymic_endings=_strs(roles_path, "people", (roles_file.get("people") or {}).get(
                        "patronymic_endings"), "patronymic_endings"),
                    back_titles=frozenset(_strs(roles_path, "back_titles", roles_file.get("back_titles"), "back_titles")))
    _check(gaz, actors_path, places_path)
    return gaz


def _check(gaz: Gazetteer, actors_path: Path, places_path: Path) -> None:
    for a in gaz.actors.values():
        if a.affiliation and a.affiliation not in gaz.actors:
            raise MappingError(f"{actors_path}: {a.key}: affiliation {a.affiliation!r} is not an actor key")
        if a.role and a.role not in gaz.roles:
            raise MappingError(f"{actors_path}: {a.key}: role {a.role!r} is not in roles.yaml")
        for o in a.offices:
            if o.role not in gaz.roles or o.of not in gaz.actors:
                raise MappingError(f"{actors_path}: {a.key}: office {o} names an unknown role or actor")
        for kind in a.institution:
            if kind not in gaz.institutions or not a.affiliation:
                raise MappingError(f"{actors_path}: {a.key}: institution {kind!r} is not in roles.yaml, or the "
                                   "entry has no affiliation")
    seen: dict[tuple[str, str], str] = {}
    for a in gaz.actors.values():
        for kind in a.institution:
            other = seen.setdefault((a.affiliation or "", kind), a.key)
            if other != a.key:
                raise MappingError(f"{actors_path}: {a.key} and {other} are both the {kind} of {a.affiliation}")
    for p in gaz.places.values():
        if p.state not in gaz.actors or gaz.actors[p.state].type != "State":
            raise MappingError(f"{places_path}: {p.key}: state {p.state!r} is not a State key")
