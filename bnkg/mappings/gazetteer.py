"""Typed loader for the gazetteer: ``actors.yaml``, ``places.yaml`` and ``roles.yaml``.

The YAML files are the data; this module only reads and checks them.  Every Bengali string is
NFC-normalised on load, so it compares equal to text that went through :mod:`bnkg.builder.read`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bnkg.errors import MappingError

ACTOR_TYPES = ("Person", "State", "Organization", "Group")


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
    bn: tuple[str, ...]  # Bengali forms, longest first ("সর্বোচ্চ নেতা", "নেতা")
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


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise MappingError(f"{path}: expected a mapping at the top level")
    return data


def _strs(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MappingError(f"{path}: {key}: expected a list of strings")
    return tuple(nfc(v.strip()) for v in value)


def load_gazetteer(directory: Path) -> Gazetteer:
    """Read actors.yaml, places.yaml and roles.yaml from ``directory`` and cross-check them."""
    roles_path, actors_path, places_path = (directory / n for n in ("roles.yaml", "actors.yaml", "places.yaml"))
    roles: dict[str, RoleEntry] = {}
    for key, spec in _read(roles_path).get("roles", {}).items():
        forms = _strs(roles_path, key, spec.get("bn"))
        roles[key] = RoleEntry(key, tuple(sorted(forms, key=len, reverse=True)), str(spec.get("en", key)))
    actors: dict[str, ActorEntry] = {}
    for key, spec in _read(actors_path).get("actors", {}).items():
        if spec.get("type") not in ACTOR_TYPES:
            raise MappingError(f"{actors_path}: {key}: type must be one of {ACTOR_TYPES}")
        bn = nfc(str(spec.get("bn", "")).strip())
        if not bn:
            raise MappingError(f"{actors_path}: {key}: 'bn' (Bengali name) is required")
        aliases = tuple(dict.fromkeys((bn, *_strs(actors_path, key, spec.get("aliases")))))
        offices = tuple(
            Office(str(o["role"]), str(o["of"]),
                   str(o["from"]) if o.get("from") else None, str(o["to"]) if o.get("to") else None)
            for o in spec.get("offices", []) or [])
        actors[key] = ActorEntry(
            key=key, type=spec["type"], bn=bn, en=spec.get("en"), aliases=aliases,
            wikidata=spec.get("wikidata"), affiliation=spec.get("affiliation"), role=spec.get("role"),
            adjectives=_strs(actors_path, key, spec.get("adjectives")), offices=offices,
            relay=bool(spec.get("relay", False)))
    places: dict[str, PlaceEntry] = {}
    for key, spec in _read(places_path).get("places", {}).items():
        bn = nfc(str(spec.get("bn", "")).strip())
        aliases = tuple(dict.fromkeys((bn, *_strs(places_path, key, spec.get("aliases")))))
        places[key] = PlaceEntry(key=key, bn=bn, en=spec.get("en"), aliases=aliases, state=str(spec.get("state")),
                                 wikidata=spec.get("wikidata"), capital=bool(spec.get("capital", False)))
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
        if a.wikidata and not (a.wikidata.startswith("Q") and a.wikidata[1:].isdigit()):
            raise MappingError(f"{actors_path}: {a.key}: wikidata must look like Q123")
    for p in gaz.places.values():
        if p.state not in gaz.actors or gaz.actors[p.state].type != "State":
            raise MappingError(f"{places_path}: {p.key}: state {p.state!r} is not a State key")
