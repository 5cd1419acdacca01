"""Read an input file into the normalised text every later stage indexes.

Scraped pages arrive in many shapes: UTF-8 with or without a BOM, UTF-16, the odd legacy
single-byte file, raw HTML.  :func:`read_text` turns all of them into one ``str`` or raises
:class:`~bnkg.errors.InputError` with a one-line reason.  :func:`normalise` makes only the changes
that matter for matching (NFC, invisible characters, exotic spaces, line ends, control characters)
and otherwise keeps the text as the source had it, because evidence offsets point into it.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from bnkg.errors import InputError

__all__ = ["read_text", "normalise", "html_to_text", "looks_like_html"]

_BENGALI = re.compile(r"[\u0980-\u09FF]")
_BENGALI_LETTER = re.compile(r"[\u0985-\u09B9\u09CE\u09DC-\u09E1\u09F0\u09F1]")
# Zero-width and other invisible format characters (ZWSP, ZWNJ, ZWJ, LRM/RLM, bidi controls,
# word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\u180e]")
# Unicode space separators other than ' ' (NBSP, en/em spaces, thin spaces, ideographic space …).
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029\u0085]")
# C0 controls except \t and \n, DEL and the C1 controls (NEL is handled above).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x84\x86-\x9f]")
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|body|p|div|br|article|section|h[1-6])[\s/>]", re.IGNORECASE)
_MOJIBAKE = ("à¦", "à§")  # UTF-8 Bengali bytes (E0 A6 / E0 A7) read as cp1252/latin-1


def read_text(path: Path, *, max_bytes: int = 50_000_000) -> str:
    """Read ``path`` and return its normalised text (HTML is reduced to its visible text).

    Raises :class:`InputError` when the file is missing, unreadable, empty, binary, too large or
    holds no Bengali letter at all (such a file cannot be a Bengali news article).
    """
    p = Path(path)
    name = str(path)
    if not p.is_file():
        raise InputError(name, "not a file" if p.exists() else "no such file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"too large ({size} bytes; the limit is {max_bytes})")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"unreadable ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # the file grew between stat() and read
        raise InputError(name, f"too large ({len(data)} bytes; the limit is {max_bytes})")
    if not data.strip():
        raise InputError(name, "empty file")
    text = _decode(data)
    if text is None or _mostly_binary(text):
        raise InputError(name, "binary file (not text)")
    if looks_like_html(text):
        text = html_to_text(text)
    text = normalise(text)
    if not text.strip():
        raise InputError(name, "empty file (no visible text)")
    if not _BENGALI_LETTER.search(text):
        raise InputError(name, "no Bengali letters (U+0980–U+09FF); not a Bengali article, or a legacy "
                               "(non-Unicode) encoding")
    return text


def _decode(data: bytes) -> str | None:
    """Decode bytes, or return None for binary data.

    BOMs win; then strict UTF-8; then BOM-less UTF-16 (recognised by its NUL bytes); then, for
    bytes that are mostly UTF-8 Bengali with a few broken bytes, UTF-8 with replacement characters
    (better than mojibake); finally cp1252 / latin-1, which never fails.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        return _repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if data.count(b"\xe0\xa6") + data.count(b"\xe0\xa7") >= 3:
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _utf16_without_bom(data: bytes) -> str | None:
    """A BOM-less UTF-16 file has NULs in its ASCII; any other file with NULs is binary."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _BENGALI_LETTER.search(text) and not _mostly_binary(text):
            return text
    return None


def _repair_mojibake(text: str) -> str:
    """Undo one round of 'UTF-8 read as cp1252' when the text has no Bengali but its traces."""
    if _BENGALI.search(text) or not any(m in text for m in _MOJIBAKE):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _BENGALI_LETTER.search(fixed):
            return fixed
    return text


def _mostly_binary(text: str) -> bool:
    """More than 10% control or replacement characters: not a text file."""
    if not text:
        return False
    sample = text[:100_000]
    bad = sum(1 for c in sample if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\n\r\t\f"))
    return bad > 0.10 * len(sample)


def looks_like_html(text: str) -> bool:
    """True when the text has typical HTML tags (``<html``, ``<body``, ``<p>``, ``<div`` …)."""
    return _HTML_HINT.search(text) is not None


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head"})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "article",
    "section", "header", "footer", "nav", "aside", "main", "blockquote", "figure", "figcaption", "hr",
    "pre", "dd", "dt", "dl", "title", "address", "form", "details", "summary", "caption",
})


class _TextExtractor(HTMLParser):
    """Collect visible text; block elements become line breaks, whitespace runs one space."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag == "body":  # an unclosed <head> must not hide the page
            self.skip_depth = 0
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # The <title> (inside <head>) often carries the headline: keep it as its own line.
        if self.skip_depth and not self.in_title:
            return
        self.parts.append(data if self.pre_depth else re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block element per line.

    Scripts, styles and comments are dropped, entities unescaped; HTML's own line wrapping is
    not meaningful, so whitespace inside a block collapses to one space (except in ``<pre>``).
    """
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # very malformed markup: keep what was parsed so far
        pass
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def normalise(raw: str) -> str:
    """Normalise text for matching, changing nothing else.

    NFC; zero-width / invisible characters removed; NBSP and other Unicode spaces → ' ';
    CRLF / CR (and Unicode line separators) → LF; other control characters removed.  Bengali
    digits, punctuation and spacing are left as they are.

    >>> normalise("এক\\u00a0দুই\\u200c\\r\\nতিন")
    'এক দুই\\nতিন'
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)
