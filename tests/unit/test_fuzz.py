"""Property tests (hypothesis) for what the stage tests did not fuzz yet, and the atheris target's check.

Already fuzzed elsewhere: the segmenter on arbitrary text (tests/unit/test_segment.py), the date parser
(tests/unit/test_dates.py), ``read_string`` on text made of lexicon words (tests/unit/test_events.py).  Here:
the reader on arbitrary and on file-like bytes (only InputError, and a normalised Bengali text
when it succeeds), mojibake repair, HTML stripping, the mention matcher on arbitrary text (offsets
name their substrings), and ``fuzz/atheris_target.py``'s whole-pipeline check on both kinds of bytes.
"""

from __future__ import annotations

import importlib.util
import re
import types
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bnkg.builder.article import ArticleReader
from bnkg.builder.read import (
    html_to_text,
    looks_like_html,
    normalise,
    read_text,
    repair_mojibake,
    text_from_bytes,
)
from bnkg.builder.segment import segment
from bnkg.errors import InputError

from ..conftest import ROOT
from ..integration.test_bad_input import _as_browser_cp1252
from .test_events import PIECE


def _load_target() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("atheris_target", ROOT / "fuzz" / "atheris_target.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGET = _load_target()
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_BENGALI_LETTER = re.compile(r"[\u0985-\u09B9\u09CE\u09DC-\u09E1\u09F0\u09F1]")

# pieces of scraped pages: words, tags, entities, invisible and control characters, mojibake, Bijoy
_FRAGMENTS = st.sampled_from([
    "রাশিয়ার", "পুতিন", "কিম জং উনের", "সফরে", "বৈঠক", "করেন।", "বলেন,", "২০ জুন ২০২৪", "প্রকাশিত:", "।", "?",
    "<p>", "</p>", "<div class='x'>", "<br>", "<script>var a='<p>';</script>", "<style>p{}</style>", "<!-- c -->",
    "<!DOCTYPE html>", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "&e;", "&amp;", "&#x9a8;", "&nbsp;",
    "<html>", "<body>", "</body>", "<title>", "</title>", "<pre>", "\u200c", "\u200d", "\u00a0", "\ufeff", "\r\n",
    "\x00", "\x07", "\x1b[0m", "\x85", "\u2028", "à¦¬à¦¾à¦‚", "Ã ", "‡evsjv‡`k", "ˆeVK", "\ufffd", "\n", "\n\n", " ",
])
_PAGE = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join)
_CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1-garbled"]


def _encode(text: str, codec: str) -> bytes:
    if codec == "latin-1-garbled":  # UTF-8 read as latin-1 and saved again as UTF-8
        return text.encode("utf-8", "surrogatepass").decode("latin-1").encode("utf-8")
    return text.encode(codec, errors="replace")


@st.composite
def _file_bytes(draw: st.DrawFn) -> bytes:
    """Page-like text in some encoding, with now and then a few random bytes spliced in."""
    data = _encode(draw(_PAGE), draw(st.sampled_from(_CODECS)))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=6)) + data[at:]
    return data


def _check_text(data: bytes) -> None:
    try:
        text = text_from_bytes(data, "f.txt")
    except InputError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert normalise(text) == text
    assert _BENGALI_LETTER.search(text)
    assert not _CONTROL.search(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_reader_on_arbitrary_bytes_raises_only_input_error(data: bytes) -> None:
    _check_text(data)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(_file_bytes())
def test_reader_on_file_like_bytes_raises_only_input_error(data: bytes) -> None:
    _check_text(data)


def test_read_text_is_text_from_bytes(tmp_path: Path) -> None:
    data = "<p>রাশিয়া\u200c\r\n</p>".encode("utf-16")
    (tmp_path / "a.html").write_bytes(data)
    assert read_text(tmp_path / "a.html") == text_from_bytes(data)


_BENGALI_TEXT = st.text(alphabet=st.sampled_from(
    [chr(c) for c in range(0x0980, 0x0A00) if unicodedata.category(chr(c)) != "Cn"] + list(" ।,?!-:\n\"'‘’“”—…abcXYZ0123")),
    min_size=1, max_size=80).map(normalise).filter(lambda s: bool(_BENGALI_LETTER.search(s)))


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(_BENGALI_TEXT, st.sampled_from(["latin-1", "cp1252-as-browsers", "twice", "second-half"]))
def test_mojibake_is_always_repaired(text: str, how: str) -> None:
    raw = text.encode()
    # repaired only where that yields Bengali: a garbled half with no Bengali in it stays as it is
    assume(how != "second-half" or re.search("[\u0980-\u09ff]", text[len(text) // 2:]))
    garbled = {
        "latin-1": raw.decode("latin-1"),
        "cp1252-as-browsers": _as_browser_cp1252(raw),
        "twice": raw.decode("latin-1").encode().decode("latin-1"),
        "second-half": text[:len(text) // 2] + text[len(text) // 2:].encode().decode("latin-1"),
    }[how]
    assert repair_mojibake(garbled) == text
    assert repair_mojibake(text) == text  # clean text is left alone


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(_PAGE)
def test_html_to_text_never_raises(page: str) -> None:
    out = html_to_text(page)
    assert out.endswith("\n") and "<script" not in out.replace("&lt;script", "") or "<script" in page
    looks_like_html(page)


@pytest.fixture(scope="module")
def reader() -> ArticleReader:
    return ArticleReader()


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(PIECE, st.text(max_size=6), _FRAGMENTS), max_size=40).map("".join), st.booleans())
def test_mention_offsets_name_their_substrings(reader: ArticleReader, body: str, dated: bool) -> None:
    text = normalise(("শিরোনাম\n\nপ্রকাশিত: ২০ জুন ২০২৪\n\n" if dated else "") + body)
    art = segment(text, "m.txt", reader.mappings)
    per_sentence, entities = reader.finder.find(art)
    assert len(per_sentence) == len(art.sentences)
    for ms, sent in zip(per_sentence, art.sentences, strict=True):
        for m in ms:
            assert text[m.start:m.end] == m.surface and m.surface, m
            assert sent.start <= m.start < m.end <= sent.end, m
            assert m.key in entities or m.how.startswith("pronoun"), m


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(st.one_of(st.binary(max_size=1500), _file_bytes().map(lambda b: b"\x01" + b),
                 st.lists(PIECE, max_size=40).map(lambda ps: b"\x00" + "".join(ps).encode())))
def test_the_fuzz_target_check_holds(data: bytes) -> None:
    TARGET.check(data)
