"""Bengali script → Latin letters, so that every actor has an English label.

The gazetteer gives the real English spelling of the actors it knows; people discovered in text
("উত্তর কোরিয়ার কৃষিমন্ত্রী পাক মিন সু") have none, and a reader who cannot read Bengali would
see only Bengali script.  This small rule-based scheme (its letters are data, in
``bnkg/mappings/transliteration.yaml``) gives them a readable, if approximate, name:

>>> transliterate("চোয়ে সন হুই")
'Choye Son Hui'
>>> transliterate("আলেকজান্ডার নোভাক")
'Alekjandar Novak'
>>> transliterate("দিমিত্রি পেসকভ")
'Dimitri Peskov'
>>> transliterate("কিম জং উন")
'Kim Jong Un'
>>> transliterate("কিম ইয়ো জং")
'Kim Yo Jong'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import Keys, Schema, read_mapping

_DEFAULT_PATH = Path(__file__).resolve().parent / "mappings" / "transliteration.yaml"
_BENGALI_RUN = re.compile(r"[\u0980-\u09FF\u200c\u200d]+")
_VIRAMA = "\u09cd"
_NUKTA = "\u09bc"
_YA = "য"
_AA_SIGN = "া"
_TABLES = ("vowels", "vowel_signs", "consonants", "phala", "glides", "signs", "digits")
SCHEMA: Schema = Keys((*_TABLES, "inherent", "ya_phala_before_aa"))  # the keys of transliteration.yaml


@dataclass(frozen=True, slots=True)
class Scheme:
    """The letter tables of ``transliteration.yaml`` (keys NFC-normalised)."""

    inherent: str
    vowels: dict[str, str]
    vowel_signs: dict[str, str]
    consonants: dict[str, str]
    phala: dict[str, str]
    glides: dict[str, str]
    signs: dict[str, str]
    digits: dict[str, str]
    ya_phala_before_aa: str = ""


def load_scheme(path: Path | str | None = None) -> Scheme:
    """Read a transliteration table; a malformed file raises :class:`MappingError` naming it."""
    p = Path(path) if path is not None else _DEFAULT_PATH
    data = read_mapping(p, SCHEMA)
    tables: dict[str, dict[str, str]] = {}
    for name in _TABLES:
        tables[name] = _table(p, name, data.get(name))
    inherent = data.get("inherent", "o")
    before_aa = data.get("ya_phala_before_aa", "")
    if not isinstance(inherent, str) or not isinstance(before_aa, str):
        raise MappingError(f"{p}: inherent and ya_phala_before_aa must be strings")
    return Scheme(inherent=inherent, ya_phala_before_aa=before_aa, **tables)


def _table(path: Path, name: str, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise MappingError(f"{path}: {name}: expected a mapping of Bengali letters to Latin letters")
    out: dict[str, str] = {}
    for k, v in value.items():
        if not isinstance(k, str) or not isinstance(v, str | int) or isinstance(v, bool):
            raise MappingError(f"{path}: {name}: {k!r}: expected a letter mapped to a string")
        out[unicodedata.normalize("NFC", k)] = str(v)
    return out


@cache
def default_scheme() -> Scheme:
    """The shipped table, read once per process (it is immutable)."""
    return load_scheme()


@dataclass(slots=True)
class _Unit:
    """A syllable-ish unit: a consonant cluster or an independent vowel, its vowel and its coda."""

    onset: str
    vowel: str
    inherent: bool  # the vowel is the consonant's inherent vowel (a candidate for deletion)
    coda: str = ""


def transliterate(text: str, scheme: Scheme | None = None) -> str:
    """Latin letters for the Bengali words of ``text``; other characters pass through unchanged.

    >>> transliterate("পাক মিন সু-এর ১২ সফর")
    'Pak Min Su-Er 12 Sofor'
    """
    s = scheme or default_scheme()
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    pos = 0
    for m in _BENGALI_RUN.finditer(text):
        out.append(text[pos:m.start()])
        word = _word(m.group(), s)
        out.append(word[:1].upper() + word[1:])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _word(word: str, s: Scheme) -> str:
    units = _units(word, s)
    for i, u in enumerate(units):
        if not u.inherent:
            continue
        last = i == len(units) - 1
        if last:
            if not u.coda and len(units) > 1:
                u.vowel = ""
            continue
        prev, nxt = units[i - 1] if i else None, units[i + 1]
        nxt_sounded = bool(nxt.onset) and (not nxt.inherent or i + 1 < len(units) - 1 or bool(nxt.coda))
        if prev is not None and prev.vowel and not prev.coda and not u.coda and nxt_sounded:
            u.vowel = ""
    return "".join(u.onset + u.vowel + u.coda for u in units)


def _units(word: str, s: Scheme) -> list[_Unit]:
    """Split a Bengali word into consonant clusters and vowels (ZWJ/ZWNJ and unknown signs dropped)."""
    units: list[_Unit] = []
    i, n = 0, len(word)
    while i < n:
        c = word[i]
        cons = _consonant(word, i, s)
        if cons is not None:
            letters, latin, i = [cons[0]], [cons[1]], cons[2]
            while i + 1 < n and word[i] == _VIRAMA:
                more = _consonant(word, i + 1, s)
                if more is None:
                    break
                letters.append(more[0])
                latin.append(s.phala.get(more[0], more[1]))
                i = more[2]
            if i < n and word[i] in s.vowel_signs:
                sign = word[i]
                i += 1
                if sign == _AA_SIGN and len(letters) > 1 and letters[-1] == _YA and _YA in s.phala:
                    latin[-1] = s.ya_phala_before_aa
                units.append(_Unit("".join(latin), s.vowel_signs[sign], False))
            elif i < n and word[i] == _VIRAMA:
                i += 1
                units.append(_Unit("".join(latin), "", False))
            else:
                units.append(_Unit("".join(latin), s.inherent, True))
        elif c in s.vowels:
            units.append(_Unit("", s.vowels[c], False))
            i += 1
        elif c in s.signs:
            if units:
                units[-1].coda += s.signs[c]
            else:
                units.append(_Unit("", "", False, s.signs[c]))
            i += 1
        elif c in s.digits:
            units.append(_Unit(s.digits[c], "", False))
            i += 1
        else:
            i += 1
    return units


def _consonant(word: str, i: int, s: Scheme) -> tuple[str, str, int] | None:
    """(letter, latin, next index) of the consonant at ``i``, with a following nukta if listed."""
    for seq, latin in s.glides.items():
        if word.startswith(seq, i):
            return seq, latin, i + len(seq)
    if i + 1 < len(word) and word[i + 1] == _NUKTA and word[i:i + 2] in s.consonants:
        return word[i:i + 2], s.consonants[word[i:i + 2]], i + 2
    if word[i] in s.consonants:
        return word[i], s.consonants[word[i]], i + 1
    return None
