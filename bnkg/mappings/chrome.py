"""Typed loader for ``chrome.yaml``: what a scraped news page has besides the article.

Bylines, photo captions, date labels, "read more" links, comment boxes, reporter initials … are
data, not code, so a new outlet's quirks are a YAML edit.  Every pattern is NFC-normalised and
compiled once here; an invalid regex is a :class:`~bnkg.errors.MappingError` naming the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import Keys, Schema, read_mapping

__all__ = ["Chrome", "load_chrome", "GROUPS", "BN_LETTER", "strip_bullets"]

# Pattern groups of chrome.yaml (see the comments in that file for what each one means).
GROUPS = ("end", "soft_end", "initials", "byline", "caption", "skip", "attribution", "menu")
# A Bengali letter or vowel sign — not a digit, not the visarga (often written for a colon).
BN_LETTER = "\u0980-\u0982\u0984-\u09E5\u09F0-\u09FF"
# The keys of chrome.yaml; any other key is an error.
SCHEMA: Schema = Keys({**dict.fromkeys(("terminators", "closers", "abbreviations", "ticker_min_chars", "headline_words",
                                        "byline_max_words")),
                       "labels": Keys(("published", "updated")),
                       **{g: Keys(("lines", "contains", "regex")) for g in GROUPS}})
_BULLETS = re.compile(r"^[\s•·▪▫◦●○■□►▶»›\-–—*]+")
_TRAILING_COLON = r"\s*[:ঃ：]?"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_bullets(line: str) -> str:
    """The line without surrounding spaces and leading list bullets (how patterns see it)."""
    return _BULLETS.sub("", line).strip()


@dataclass(frozen=True, slots=True)
class Chrome:
    # One tuple of compiled fullmatch patterns per group of chrome.yaml (names as in GROUPS).
    end: tuple[re.Pattern[str], ...]
    soft_end: tuple[re.Pattern[str], ...]
    initials: tuple[re.Pattern[str], ...]
    byline: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    skip: tuple[re.Pattern[str], ...]
    attribution: tuple[re.Pattern[str], ...]
    menu: tuple[re.Pattern[str], ...]
    published_label: re.Pattern[str]  # search(): a "published" label and its separator
    updated_label: re.Pattern[str]  # search(): an "updated" label and its separator
    terminators: frozenset[str]
    closers: frozenset[str]
    abbreviations: frozenset[str]
    ticker_min_chars: int = 300
    headline_min_words: int = 2
    headline_max_words: int = 25
    byline_max_words: int = 8
    # each group's patterns as one alternation (one regex call per line instead of one per pattern);
    # a group whose patterns cannot be joined (e.g. the same named group twice) is not here
    joined: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def matches(self, group: str, line: str) -> bool:
        """Whether ``line`` (bullets and spaces stripped) is wholly matched by a ``group`` pattern."""
        s = strip_bullets(line)
        if not s:
            return False
        one = self.joined.get(group)
        if one is not None:
            return one.fullmatch(s) is not None
        patterns: tuple[re.Pattern[str], ...] = getattr(self, group)
        return any(p.fullmatch(s) for p in patterns)


def _strs(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise MappingError(f"{path}: {key}: expected a list of strings")
    return tuple(nfc(str(v).strip()) for v in value if str(v).strip())


def _compile(path: Path, key: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise MappingError(f"{path}: {key}: invalid regex {source!r}: {exc}") from exc


def _group(path: Path, name: str, spec: Any) -> tuple[re.Pattern[str], ...]:
    if spec is None:
        return ()
    if not isinstance(spec, dict) or set(spec) - {"lines", "contains", "regex"}:
        raise MappingError(f"{path}: {name}: expected a mapping with 'lines', 'contains' and/or 'regex'")
    pats = [_compile(path, name, re.escape(s) + _TRAILING_COLON) for s in _strs(path, f"{name}.lines", spec.get("lines"))]
    pats += [_compile(path, name, ".*" + re.escape(s) + ".*") for s in _strs(path, f"{name}.contains", spec.get("contains"))]
    pats += [_compile(path, name, s) for s in _strs(path, f"{name}.regex", spec.get("regex"))]
    return tuple(pats)


def _label(path: Path, key: str, labels: tuple[str, ...]) -> re.Pattern[str]:
    """One search pattern for a set of labels; a label never starts or ends inside a word."""
    if not labels:
        return re.compile(r"(?!x)x")  # matches nothing
    alts = "|".join(re.escape(s) for s in sorted(labels, key=len, reverse=True))
    word = f"{BN_LETTER}A-Za-z"
    return _compile(path, key, rf"(?<![{word}])(?:{alts})(?![{word}])\s*[:ঃ：\-–—]?\s*")


def _int(path: Path, key: str, value: Any, default: int) -> int:
    if value is None:
        return default
    if not isinstance(value, int) or value < 0:
        raise MappingError(f"{path}: {key}: expected a non-negative integer")
    return value


def load_chrome(directory: Path) -> Chrome:
    """Read ``chrome.yaml`` from ``directory``; compile its patterns once."""
    path = Path(directory) / "chrome.yaml"
    data = read_mapping(path, SCHEMA)
    groups = {g: _group(path, g, data.get(g)) for g in GROUPS}
    labels = data.get("labels") or {}
    if not isinstance(labels, dict):
        raise MappingError(f"{path}: labels: expected a mapping with 'published' and 'updated'")
    words = data.get("headline_words") or [2, 25]
    if not (isinstance(words, list) and len(words) == 2 and all(isinstance(w, int) for w in words)):
        raise MappingError(f"{path}: headline_words: expected [min, max]")
    terminators = _strs(path, "terminators", data.get("terminators")) or ("।", "?", "!", ".")
    return Chrome(
        **groups,
        published_label=_label(path, "labels.published", _strs(path, "labels.published", labels.get("published"))),
        updated_label=_label(path, "labels.updated", _strs(path, "labels.updated", labels.get("updated"))),
        terminators=frozenset(c for t in terminators for c in t),
        closers=frozenset(c for t in _strs(path, "closers", data.get("closers")) for c in t),
        abbreviations=frozenset(_strs(path, "abbreviations", data.get("abbreviations"))),
        ticker_min_chars=_int(path, "ticker_min_chars", data.get("ticker_min_chars"), 300),
        headline_min_words=words[0],
        headline_max_words=words[1],
        byline_max_words=_int(path, "byline_max_words", data.get("byline_max_words"), 8),
        joined={g: j for g, pats in groups.items() if (j := _joined(pats)) is not None},
    )


def _joined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """``(?:p1)|(?:p2)|…``: fully matches exactly the strings one of the patterns fully matches."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None
