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
from re import _constants as sre_constants  # the parse tree of a pattern: see required_texts
from re import _parser as sre_parser
from typing import Any

from bnkg.errors import MappingError
from bnkg.mappings.yamlfile import Keys, Schema, read_mapping

__all__ = ["Chrome", "load_chrome", "GROUPS", "BN_LETTER", "strip_bullets"]

# Pattern groups of chrome.yaml (see the comments in that file for what each one means).
GROUPS = ("end", "soft_end", "initials", "byline", "caption", "skip", "attribution", "menu", "archive", "footer")
# A Bengali letter or vowel sign — not a digit, not the visarga (often written for a colon).
BN_LETTER = "\u0980-\u0982\u0984-\u09E5\u09F0-\u09FF"
# The keys of chrome.yaml; any other key is an error.
SCHEMA: Schema = Keys({**dict.fromkeys(("terminators", "closers", "abbreviations", "ticker_min_chars", "headline_words",
                                        "byline_max_words", "place_joiners", "interview_questions")),
                       "labels": Keys(("published", "updated", "issue", "issue_number")),
                       **{g: Keys(("lines", "contains", "regex")) for g in GROUPS}})
_BULLETS = re.compile(r"^[\s•·▪▫◦●○■□►▶»›\-–—*→➤➢◆◇♦‣⁃═─━]+")  # list bullets and box-drawing frames
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
    archive: tuple[re.Pattern[str], ...]
    footer: tuple[re.Pattern[str], ...]
    published_label: re.Pattern[str]  # search(): a "published" label and its separator
    updated_label: re.Pattern[str]  # search(): an "updated" label and its separator
    terminators: frozenset[str]
    closers: frozenset[str]
    abbreviations: frozenset[str]
    ticker_min_chars: int = 300
    headline_min_words: int = 2
    headline_max_words: int = 25
    byline_max_words: int = 8
    # words that join two places of one dateline ("নয়াদিল্লি ও উলানবাটর | 03 Sep 2024")
    place_joiners: frozenset[str] = frozenset()
    # labels of an interviewer's questions ("প্রশ্ন: …"): on a page with two or more, a line opening with
    # a short name and a colon ("নাসরিন হক: …") is that person's answer (the name is a sentence of its own)
    interview_questions: frozenset[str] = frozenset()
    # fullmatch(): a date followed by a word naming a print issue ("শনিবার, ১০ জানুয়ারি ২০২৬ সংখ্যা"):
    # group 1 is the date
    issue_suffix: re.Pattern[str] = re.compile(r"(?!x)x")
    # fullmatch(): a print issue's volume and number ("বর্ষ ১২, সংখ্যা ৪১", "Vol. 12, No. 41"): a line
    # with one is the issue's imprint, and the date beside it the issue's
    issue_number: re.Pattern[str] = re.compile(r"(?!x)x")
    # each group's patterns as one alternation (one regex call per line instead of one per pattern);
    # a group whose patterns cannot be joined (e.g. the same named group twice) is not here
    joined: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # the patterns that open with any text (".{0,300}…", "[^।?!]{0,80}…"), slow to fail on a long
    # line, joined, behind a search for the texts a line one of them matches must hold (see
    # required_texts): (that search, those patterns); they are not in ``joined``
    guarded: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=dict)

    def matches(self, group: str, line: str) -> bool:
        """Whether ``line`` (bullets and spaces stripped) is wholly matched by a ``group`` pattern."""
        s = strip_bullets(line)
        if not s:
            return False
        guarded = self.guarded.get(group)
        if guarded is not None and guarded[0].search(s) is not None and guarded[1].fullmatch(s) is not None:
            return True
        one = self.joined.get(group)
        if one is not None:
            return one.fullmatch(s) is not None
        if guarded is not None:
            return False  # (all its patterns are guarded)
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


def _suffix(path: Path, key: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """One fullmatch pattern for a text ending in one of ``words`` (not inside a word): group 1 the rest."""
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(s) for s in sorted(words, key=len, reverse=True))
    return _compile(path, key, rf"(.+?)[\s,]*(?<![{BN_LETTER}A-Za-z])(?:{alts})\s*")


def _numbered(path: Path, key: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """One fullmatch pattern for one to three numbers, each after one of ``words`` ("বর্ষ ১২, সংখ্যা ৪১")."""
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(s) for s in sorted(words, key=len, reverse=True))
    one = rf"(?:{alts})\s*[0-9০-৯]{{1,5}}"
    return _compile(path, key, rf"{one}(?:\s*[,;]?\s*{one}){{0,2}}")


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
    guarded = {g: gate for g, pats in groups.items() if (gate := _guard(pats)) is not None}
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
        place_joiners=frozenset(_strs(path, "place_joiners", data.get("place_joiners"))),
        interview_questions=frozenset(_strs(path, "interview_questions", data.get("interview_questions"))),
        issue_suffix=_suffix(path, "labels.issue", _strs(path, "labels.issue", labels.get("issue"))),
        issue_number=_numbered(path, "labels.issue_number",
                               _strs(path, "labels.issue_number", labels.get("issue_number"))),
        joined={g: j for g, pats in groups.items()
                if (j := _joined(tuple(p for p in pats if g not in guarded or p not in guarded[g][2]))) is not None},
        guarded={g: gate[:2] for g, gate in guarded.items()},
    )


def _joined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """``(?:p1)|(?:p2)|…``: fully matches exactly the strings one of the patterns fully matches."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _guard(patterns: tuple[re.Pattern[str], ...],
           ) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[re.Pattern[str]]] | None:
    """(a search for texts, the patterns it guards joined, those patterns): the patterns of a group
    that open with any text and hold known texts (:func:`required_texts`) — a line holding none of
    the texts (each pattern's most telling set) matches none of them.  None when no pattern is so,
    or the patterns (guarded, or the others) cannot be joined."""
    slow = {p: max(needs, key=lambda n: min(map(len, n))) for p in patterns
            if _opens_with_any_text(p) and (needs := required_texts(p))}
    if not slow:
        return None
    joined = _joined(tuple(slow))
    rest = tuple(p for p in patterns if p not in slow)
    if joined is None or (rest and _joined(rest) is None):
        return None
    texts = sorted({t for n in slow.values() for t in n}, key=lambda t: (-len(t), t))
    return re.compile("|".join(re.escape(t) for t in texts)), joined, frozenset(slow)


def _opens_with_any_text(pattern: re.Pattern[str]) -> bool:
    """ ".{0,80}…", ".*…", "[^।?!]{0,80}…": a repeat of any character, or of all but a few."""
    try:
        tree = list(sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # (a parser of another Python version: no shortcut)
        return False
    if not tree or tree[0][0] not in _REPEATS or len(tree[0][1][2]) != 1:
        return False
    op, av = list(tree[0][1][2])[0]
    return op in (sre_constants.ANY, sre_constants.NOT_LITERAL) or (
        op is sre_constants.IN and bool(av) and av[0][0] is sre_constants.NEGATE)


def required_texts(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of texts such that every string ``pattern`` wholly matches holds one text of each set:
    the runs of letters every match has, and the alternatives of a group every match goes through
    ("(অনুসরণ|ফলো) করুন" → {"অনুসরণ", "ফলো"}, {" করুন"}).  Only texts without case (Bengali,
    digits, punctuation): under IGNORECASE they match only themselves, so ``text in line`` decides.
    Nothing (an empty tuple) for a pattern this cannot read."""
    try:
        tree = sre_parser.parse(pattern.pattern, pattern.flags)
        return tuple(dict.fromkeys(_needs(list(tree))))
    except Exception:  # (a parser of another Python version: no shortcut)
        return ()


def _caseless(text: str) -> bool:
    return all(c.lower() == c == c.upper() for c in text)


def _needs(seq: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """What every match of the sequence ``seq`` (a parse tree) holds: each item is matched in turn."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in [*seq, (None, None)]:
        if op is sre_constants.LITERAL:
            run += chr(av)
            continue
        if run and _caseless(run):
            out.append(frozenset({run}))
        run = ""
        one = _one_of(op, av)
        if one is not None:
            out.append(one)
        elif op is sre_constants.SUBPATTERN and not av[1] and not av[2]:  # (a group, no flags of its own)
            out += _needs(list(av[3]))
        elif op in _REPEATS and av[0] >= 1:
            out += _needs(list(av[2]))
    return out


def _one_of(op: Any, av: Any) -> frozenset[str] | None:
    """The texts one of which the item matches whole: a set of characters, or alternatives."""
    if op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in av):
        chars = frozenset(chr(c) for _, c in av)
        return chars if all(_caseless(c) for c in chars) else None
    if op is sre_constants.BRANCH:
        texts: set[str] = set()
        for alternative in av[1]:  # each must hold a known text: one of its sets (the most telling)
            needs = _needs(list(alternative))
            if not needs:
                return None
            texts |= max(needs, key=lambda n: min(map(len, n)))
        return frozenset(texts)
    return None
