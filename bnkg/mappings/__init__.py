"""Data that maps Bengali text to ontology terms — YAML files beside this module.

* ``actors.yaml``, ``places.yaml``, ``roles.yaml`` — the gazetteer (:mod:`.gazetteer`)
* ``calendar.yaml`` — digits, months, weekdays, Bangla calendar, relative-date words (:mod:`.calendar`)
* ``triggers.yaml``, ``claims.yaml`` — event triggers, modality and speech verbs (:mod:`.lexicons`)
* ``chrome.yaml`` — page chrome: bylines, captions, end-of-article markers (:mod:`.chrome`)

Adding an actor, an alias or a trigger word is a data edit, never a code edit.  The code here only
loads and checks the files; :func:`load_mappings` returns one immutable :class:`Mappings`.  Each
loader declares the keys of its files (:data:`SCHEMAS`, checked by :mod:`.yamlfile`): a misspelt key
is an error naming the file, the key and the allowed keys, never silently ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bnkg.mappings import calendar, chrome, gazetteer, lexicons
from bnkg.mappings.calendar import Calendar, load_calendar
from bnkg.mappings.chrome import Chrome, load_chrome
from bnkg.mappings.gazetteer import ActorEntry, Gazetteer, Office, PlaceEntry, RoleEntry, load_gazetteer
from bnkg.mappings.lexicons import Lexicons, load_lexicons
from bnkg.mappings.yamlfile import Schema

__all__ = ["ActorEntry", "Calendar", "Chrome", "Gazetteer", "Lexicons", "Mappings", "Office", "PlaceEntry", "RoleEntry",
           "DEFAULT_DIR", "SCHEMAS", "default_mappings", "load_mappings"]

DEFAULT_DIR = Path(__file__).resolve().parent
# file name → its keys, for every file load_mappings reads (transliteration.yaml: bnkg.transliterate.SCHEMA)
SCHEMAS: dict[str, Schema] = {**gazetteer.SCHEMAS, **lexicons.SCHEMAS, "calendar.yaml": calendar.SCHEMA,
                              "chrome.yaml": chrome.SCHEMA}


@dataclass(frozen=True, slots=True)
class Mappings:
    gazetteer: Gazetteer
    calendar: Calendar
    lexicons: Lexicons
    chrome: Chrome


def load_mappings(directory: Path | str | None = None) -> Mappings:
    """Load every mappings file from ``directory`` (default: the files shipped with bnkg)."""
    d = Path(directory) if directory is not None else DEFAULT_DIR
    return Mappings(load_gazetteer(d), load_calendar(d), load_lexicons(d), load_chrome(d))


@cache
def default_mappings() -> Mappings:
    """The shipped mappings, loaded once per process (they are immutable)."""
    return load_mappings(DEFAULT_DIR)
