"""Read an input file into the normalised text every later stage indexes.

Scraped pages arrive in many shapes: UTF-8 with or without a BOM, UTF-16, the odd legacy
single-byte file, raw HTML.  :func:`read_text` turns all of them into one ``str`` or raises
:class:`~bnkg.errors.InputError` with a one-line reason.  :func:`normalise` makes only the changes
that matter for matching (NFC, invisible characters, exotic spaces, line ends, control characters)
and otherwise keeps the text as the source had it, because evidence offsets point into it.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from bnkg.errors import InputError

__all__ = ["read_text", "text_from_bytes", "normalise", "html_to_text", "looks_like_html", "repair_mojibake", "looks_like_bijoy",
           "MAX_BYTES", "MAX_CHARS"]

_LOG = logging.getLogger(__name__)

# The raw file: scraped pages with inline images or scripts can weigh megabytes, so the byte limit
# is generous; it is checked before reading, so a huge file costs nothing.
MAX_BYTES = 50_000_000
# The article's text after HTML stripping: extraction takes time linear in the text (tens of
# thousands of characters a second), and no news article comes near 300,000 characters (about
# 60,000 words), so a longer text is a dump of many pages that must be split, not one article.
MAX_CHARS = 300_000

_BENGALI_CHAR = re.compile(r"[\u0980-\u09FF]")
_BENGALI_LETTER = re.compile(r"[\u0985-\u09B9\u09CE\u09DC-\u09E1\u09F0\u09F1]")
# Zero-width and other invisible format characters (ZWSP, ZWNJ, ZWJ, LRM/RLM, bidi controls,
# word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\u180e]")
# Unicode space separators other than ' ' (NBSP, en/em spaces, thin spaces, ideographic space …).
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029\u0085]")
# C0 controls except \t and \n, DEL and the C1 controls (NEL is handled above).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x84\x86-\x9f]")
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|br|article|section|h[1-6]|span|a|script|style"
                        r"|meta|title|table|td|li|ul|ol|img|nav|header|footer|main)[\s/>]", re.IGNORECASE)
# A DOCTYPE with an internal subset (entity declarations): never expanded, and dropped entirely.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[[^\]]*\]\s*>", re.IGNORECASE)
# cp1252's printable characters in 0x80–0x9F → the latin-1 character of the same byte, so that
# text mis-decoded with either codec (browsers mix them: 0x81 is undefined in cp1252) re-encodes.
_CP1252_SPECIALS = {ord(bytes([b]).decode("cp1252")): b for b in range(0x80, 0xA0)
                    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_TO_LATIN1 = {cp: chr(b) for cp, b in _CP1252_SPECIALS.items()}
_FROM_C1 = {b: cp for cp, b in _CP1252_SPECIALS.items()}  # latin-1 decoding → cp1252 decoding
_MOJIBAKE_CHAR = "[\u0080-\u00ff" + "".join(map(chr, _CP1252_SPECIALS)) + "]"
# two of them and more: written as a class then a class repeated, not ``{2,}``, so the regex engine
# skips to the next such character (pages have quotes ‘’ from cp1252's range) instead of trying a
# repeat at every position (a fifth of reading a page)
_MOJIBAKE_RUN = re.compile(_MOJIBAKE_CHAR + _MOJIBAKE_CHAR + "+")
# Bijoy / SutonnyMJ ("ANSI") Bengali: Bengali glyphs typed as Latin-1 letters; the e-kar and
# ai-kar come out as these signs, which Latin text almost never uses.
_BIJOY_SIGNS = ("\u2021", "\u2020", "\u02c6")  # ‡ † ˆ
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def read_text(path: Path, *, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS,
              words: dict[str, str] | None = None) -> str:
    """Read ``path`` and return its normalised text (HTML is reduced to its visible text).

    Raises :class:`InputError` when the file is missing, not a regular file (folder, FIFO, device,
    broken symlink or symlink loop), unreadable, empty, binary, too large (``max_bytes``), too long
    for one article (``max_chars`` characters of text), in a legacy Bijoy encoding, or holds no
    Bengali letter at all (such a file cannot be a Bengali news article).  ``words``: see
    :func:`normalise`.
    """
    p = Path(path)
    name = str(path)
    size = _regular_file_size(p, name)
    if size > max_bytes:
        raise InputError(name, f"too large ({_mb(size)} > {_mb(max_bytes)} limit)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, f"unreadable ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # the file grew between stat() and read
        raise InputError(name, f"too large ({_mb(len(data))} > {_mb(max_bytes)} limit)")
    return text_from_bytes(data, name, max_chars=max_chars, words=words)


def text_from_bytes(data: bytes, name: str = "<bytes>", *, max_chars: int = MAX_CHARS,
                    words: dict[str, str] | None = None) -> str:
    """The normalised text of a file's bytes (what :func:`read_text` does after reading).

    ``name`` is only used in the :class:`InputError` it raises.  Fuzzers call this directly.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    text = _decode(data)
    if text is None or _mostly_binary(text):
        raise InputError(name, "binary file (not text)")
    if looks_like_html(text):
        text = html_to_text(text)
    _check_length(name, text, max_chars)  # before normalising, so a huge text costs little
    text = normalise(text, words)
    _check_length(name, text, max_chars)
    if not text.strip():
        raise InputError(name, "empty file (no visible text)")
    if looks_like_bijoy(text):
        raise InputError(name, "legacy Bijoy/ANSI-encoded Bengali; convert to Unicode first")
    if not _BENGALI_LETTER.search(text):
        raise InputError(name, "no Bengali letters (U+0980–U+09FF); not a Bengali article, or a legacy "
                               "(non-Unicode) encoding")
    return text


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _check_length(name: str, text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(name, f"too long for one article ({len(text):,} characters > {max_chars:,}); "
                               "split it into articles")


def _regular_file_size(p: Path, name: str) -> int:
    """The size of ``p``, or an InputError saying why it is not a regular file we may read.

    Why before reading: a FIFO or a device would block or never end, and a symlink loop or a
    dangling link deserves its own reason rather than "no such file".
    """
    try:
        st = os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(name, "symlink loop") from exc
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(name, "broken symlink (its target does not exist)" if p.is_symlink()
                             else "no such file") from exc
        raise InputError(name, f"unreadable ({exc.strerror or exc})") from exc
    if stat.S_ISREG(st.st_mode):
        return st.st_size
    kind = ("a folder" if stat.S_ISDIR(st.st_mode) else "a FIFO" if stat.S_ISFIFO(st.st_mode)
            else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device")
    raise InputError(name, f"not a file ({kind})")


def looks_like_bijoy(text: str) -> bool:
    """Bengali typed in a legacy Bijoy/SutonnyMJ font: Latin letters with many ‡ † ˆ signs.

    Why skip it: without the font it is gibberish, and a converter needs to know the font; a
    wrong guess would put invented words into the graph.  A few Bengali letters (a site menu in
    Unicode) do not make such a page readable.
    """
    sample = text[:200_000]
    signs = sum(sample.count(c) for c in _BIJOY_SIGNS)
    if signs < 5:
        return False
    letters = len(_ASCII_LETTER.findall(sample))
    return signs >= 0.04 * letters and len(_BENGALI_LETTER.findall(sample)) < letters / 4


def _decode(data: bytes) -> str | None:
    """Decode bytes, or return None for binary data.

    BOMs win; then BOM-less UTF-32 / UTF-16 (recognised by their NUL bytes); a file with other
    NULs is binary unless they are a stray few in valid UTF-8; then strict UTF-8 (with mojibake
    repaired); then, for bytes that are mostly UTF-8 Bengali with a few broken bytes, UTF-8 with
    replacement characters (better than mojibake); finally cp1252, which never fails here.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return repair_mojibake(data[3:].decode("utf-8", errors="replace"))
    if b"\x00" in data:
        wide = _wide_without_bom(data)
        if wide is not None:
            return wide
        nuls = data.count(b"\x00")
        data = data.replace(b"\x00", b"")
        if nuls > len(data) // 100 + 1 or not _is_utf8(data):
            return None
    try:
        return repair_mojibake(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if data.count(b"\xe0\xa6") + data.count(b"\xe0\xa7") >= 3:
        return data.decode("utf-8", errors="replace")
    return _cp1252(data)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cp1252(data: bytes) -> str:
    """cp1252, with the five bytes it leaves undefined read as latin-1 (as browsers do)."""
    return data.decode("latin-1").translate(_FROM_C1)


def _wide_without_bom(data: bytes) -> str | None:
    """A BOM-less UTF-32 or UTF-16 file: it has NULs in its ASCII and decodes to Bengali text."""
    codecs = (("utf-32-le", "utf-32-be") if len(data) % 4 == 0 else ()) + (
        ("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())
    for codec in codecs:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _BENGALI_LETTER.search(text) and not _mostly_binary(text):
            return text
    return None


def repair_mojibake(text: str) -> str:
    """Undo 'UTF-8 read as cp1252 or latin-1' (up to three rounds) where that yields Bengali.

    Mojibake comes in runs of Latin-1 / cp1252 characters ("à¦¬à¦¾à¦‚"); each run that re-encodes
    to valid UTF-8 is replaced, so a page with a good headline and a garbled body is repaired
    too.  A round that yields no Bengali may still be progress (double mojibake), so the rounds
    run first and the result is kept only if it has more Bengali characters than the input.
    """
    fixed = text
    for _ in range(3):
        if not _MOJIBAKE_RUN.search(fixed):
            break
        again = _MOJIBAKE_RUN.sub(_unmojibake, fixed)
        if again == fixed:
            break
        fixed = again
    if fixed is text or len(_BENGALI_CHAR.findall(fixed)) <= len(_BENGALI_CHAR.findall(text)):
        return text
    _LOG.debug("repaired UTF-8 text that had been decoded as cp1252/latin-1")
    return fixed


def _unmojibake(m: re.Match[str]) -> str:
    """One run re-encoded (one byte per character) and decoded as UTF-8; bytes that are not
    part of a valid UTF-8 sequence (a genuine "—" or "é" next to the garble) keep their character."""
    run = m.group()
    decoded = run.translate(_TO_LATIN1).encode("latin-1").decode("utf-8", errors="surrogateescape")
    out: list[str] = []
    i = 0
    for c in decoded:
        if "\udc80" <= c <= "\udcff":
            out.append(run[i])
            i += 1
        else:
            out.append(c)
            i += len(c.encode("utf-8"))
    return "".join(out)


_CACHE_WORDS = 200_000  # entries of a ``words`` memo (see normalise) before it starts afresh
# the control characters (Unicode category Cc, which is fixed: U+0000–U+001F and U+007F–U+009F) but
# tab, newline, form feed and carriage return, and the replacement character (one regex, not a
# category lookup per character: a fifth of reading a page)
_BINARY = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _mostly_binary(text: str) -> bool:
    """More than 10% control or replacement characters: not a text file."""
    if not text:
        return False
    sample = text[:100_000]
    return len(_BINARY.findall(sample)) > 0.10 * len(sample)


def looks_like_html(text: str) -> bool:
    """True when the text has typical HTML tags (``<html``, ``<body``, ``<p>``, ``<div`` …)."""
    return _HTML_HINT.search(text) is not None


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head"})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "article",
    "section", "header", "footer", "nav", "aside", "main", "blockquote", "figure", "figcaption", "hr",
    "pre", "dd", "dt", "dl", "title", "address", "form", "details", "summary", "caption",
})


# Where a page's markup states its publication time: <meta property="article:published_time" …>,
# schema.org's itemprop="datePublished" (on <meta> or <time>), <time pubdate>.
_PUBLISHED_META = frozenset({"article:published_time", "og:published_time", "datepublished", "pubdate",
                             "publishdate", "publish-date", "dc.date.issued", "sailthru.date"})
_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")


class _TextExtractor(HTMLParser):
    """Collect visible text; block elements become line breaks, whitespace runs one space.

    The first publication time the markup states (an ISO stamp) is kept in ``published``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.foreign = 0  # open skipped elements other than <head> (an <svg>'s <title> is not the page's)
        self.in_title = False
        self.pre_depth = 0
        self.published: str | None = None

    def _stamp(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.published is not None or tag not in ("meta", "time"):
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if tag == "meta" and key in _PUBLISHED_META:
            value = a.get("content", "")
        elif tag == "time" and (key == "datepublished" or "pubdate" in a):
            value = a.get("datetime", "")
        else:
            return
        m = _ISO_STAMP.fullmatch(value.strip()[:40])
        if m:
            self.published = m.group()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stamp(tag, attrs)
        if tag == "title":
            self.in_title = True
        if tag == "body":  # an unclosed <head> must not hide the page
            self.skip_depth = self.foreign = 0
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            self.foreign += tag != "head"
        elif tag == "pre":
            self.pre_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stamp(tag, attrs)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
            self.foreign -= tag != "head" and self.foreign > 0
        elif tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # The <title> (inside <head>) often carries the headline: keep it as its own line.
        if self.skip_depth and not (self.in_title and not self.foreign):
            return
        self.parts.append(data if self.pre_depth else re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block element per line.

    Scripts, styles and comments are dropped, character entities unescaped (a DOCTYPE's own
    entity declarations are dropped, never expanded or fetched); HTML's own line wrapping is
    not meaningful, so whitespace inside a block collapses to one space (except in ``<pre>``).
    A publication time the markup states (``article:published_time``, ``datePublished``) becomes
    a first line "Published: 2024-06-19T10:15:00+06:00"; the page's own dateline still wins.
    """
    parser = _TextExtractor()
    try:
        # a DOCTYPE comes first: looking only near the start keeps a hostile page linear
        parser.feed(_DOCTYPE_SUBSET.sub("", html[:20_000], count=1) + html[20_000:])
        parser.close()
    except (AssertionError, ValueError):  # very malformed markup: keep what was parsed so far
        pass
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    if parser.published is not None:  # the markup's own publication time, as a labelled first line
        lines.insert(0, f"Published: {parser.published}")
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def normalise(raw: str, words: dict[str, str] | None = None) -> str:
    """Normalise text for matching, changing nothing else.

    NFC; zero-width / invisible characters removed; NBSP and other Unicode spaces → ' ';
    CRLF / CR (and Unicode line separators) → LF; other control characters removed.  Bengali
    digits, punctuation and spacing are left as they are.

    >>> normalise("এক\\u00a0দুই\\u200c\\r\\nতিন")
    'এক দুই\\nতিন'

    ``words``: the NFC form of each space-separated word, kept by the caller across texts (a
    reader's): CPython composes Bengali at ~0.1 µs a character (a tenth of reading a page), and
    words recur.  A space neither composes nor reorders with its neighbours, so the text's NFC
    is its words' NFC joined by spaces.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text) if words is None else _nfc_by_words(text, words)


def _nfc_by_words(text: str, words: dict[str, str]) -> str:
    if len(words) > _CACHE_WORDS:
        words.clear()
    out: list[str] = []
    append, get = out.append, words.get
    for w in text.split(" "):
        n = get(w)
        if n is None:
            n = words[w] = unicodedata.normalize("NFC", w)
        append(n)
    return " ".join(out)
