"""Typed loader for the gazetteer: ``actors.yaml``, ``places.yaml`` and ``roles.yaml``.

The YAML files are the data; this module only reads and checks them.  Every Bengali string is
NFC-normalised on load, so it compares equal to text that went through :mod:`bnkg.builder.read`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import read_mapping
from bnkg.rdf.namespaces import ACTOR_TYPES

_ACTOR_FIELDS = frozenset({"type", "bn", "en", "aliases", "wikidata", "affiliation", "role", "adjectives", "offices",
                           "relay"})
_PLACE_FIELDS = frozenset({"bn", "en", "aliases", "state", "wikidata", "capital"})
_ROLE_FIELDS = frozenset({"bn", "en"})
_OFFICE_FIELDS = frozenset({"role", "of", "from", "to"})
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Office:
    """A role an actor holds: ``{role: president, of: russia, from: 2012-05-07, to: null}``."""

    role: str  # key into roles.yaml
    of: str  # actor key of the State / Organization
    start: str | None = None  # ISO date, inclusive
    end: str | None = None  # ISO date, inclusive; None = still in office

    def holds_on(self, day: str | None) -> bool:
        """Whether the office was held on ``day`` (ISO date); an unknown day matches open offices."""
        if day is None:
            return self.end is None
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


@dataclass(frozen=True, slots=True)
class Gazetteer:
    actors: dict[str, ActorEntry]
    places: dict[str, PlaceEntry]
    roles: dict[str, RoleEntry]

    def holders(self, role: str, of: str, day: str | None) -> list[ActorEntry]:
        """Actors holding ``role`` of ``of`` on ``day`` (ISO date or None = unknown)."""
        return [a for a in self.actors.values()
                if any(o.role == role and o.of == of and o.holds_on(day) for o in a.offices)]


def _read(path: Path, section: str) -> dict[str, Any]:
    """The ``section`` mapping (``actors``, ``places`` or ``roles``) of a YAML file."""
    entries = read_mapping(path).get(section) or {}
    if not isinstance(entries, dict):
        raise MappingError(f"{path}: {section!r} must be a mapping of key → entry")
    for key, spec in entries.items():
        if not isinstance(spec, dict):
            raise MappingError(f"{path}: {key}: expected a mapping, got {type(spec).__name__}")
    return entries


def _fields(path: Path, key: str, spec: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(str(k) for k in spec if k not in allowed)
    if unknown:
        raise MappingError(f"{path}: {key}: unknown field(s) {', '.join(unknown)}")


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
        _fields(path, key, o, _OFFICE_FIELDS)
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
    for key, spec in _read(roles_path, "roles").items():
        _fields(roles_path, key, spec, _ROLE_FIELDS)
        forms = _strs(roles_path, key, spec.get("bn"), "bn")
        if not forms:
            raise MappingError(f"{roles_path}: {key}: 'bn' (Bengali forms) is required")
        roles[key] = RoleEntry(key, forms, str(spec.get("en", key)))  # the first form is the label
    actors: dict[str, ActorEntry] = {}
    for key, spec in _read(actors_path, "actors").items():
        _fields(actors_path, key, spec, _ACTOR_FIELDS)
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
            offices=_offices(actors_path, key, spec.get("offices")), relay=_flag(actors_path, key, spec, "relay"))
    places: dict[str, PlaceEntry] = {}
    for key, spec in _read(places_path, "places").items():
        _fields(places_path, key, spec, _PLACE_FIELDS)
        bn = nfc(str(spec.get("bn") or "").strip())
        if not bn:
            raise MappingError(f"{places_path}: {key}: 'bn' (Bengali name) is required")
        aliases = tuple(dict.fromkeys((bn, *_strs(places_path, key, spec.get("aliases")))))
        places[key] = PlaceEntry(key=key, bn=bn, en=spec.get("en"), aliases=aliases, state=str(spec.get("state")),
                                 wikidata=_qid(places_path, key, spec.get("wikidata")),
                                 capital=_flag(places_path, key, spec, "capital"))
    gaz = Gazetteer(actors, places, roles)
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
    for p in gaz.places.values():
        if p.state not in gaz.actors or gaz.actors[p.state].type != "State":
            raise MappingError(f"{places_path}: {p.key}: state {p.state!r} is not a State key")
