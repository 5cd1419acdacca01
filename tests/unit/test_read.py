"""bnkg.builder.read: decoding, HTML stripping, normalisation and every InputError reason."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bnkg.builder import read
from bnkg.builder.read import html_to_text, normalise, read_text
from bnkg.errors import InputError

# Invented text for the tests.
BN = "রাশিয়ার পররাষ্ট্রমন্ত্রী আজ পিয়ংইয়ং সফরে গেছেন।"


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _reason(path: Path, **kw: int) -> str:
    with pytest.raises(InputError) as exc:
        read_text(path, **kw)
    assert exc.value.path == str(path)
    return exc.value.reason


# ------------------------------------------------------------------------------------ decoding

def test_plain_utf8(tmp_path: Path) -> None:
    assert read_text(_write(tmp_path, BN.encode())) == unicodedata.normalize("NFC", BN)


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    text = read_text(_write(tmp_path, b"\xef\xbb\xbf" + BN.encode()))
    assert not text.startswith("\ufeff")
    assert text == normalise(BN)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, codec: str) -> None:
    data = BN.encode(codec)
    if codec != "utf-16":  # explicit BOM for the byte-order variants
        data = "\ufeff".encode(codec) + data
    assert read_text(_write(tmp_path, data)) == normalise(BN)


def test_utf16_without_bom(tmp_path: Path) -> None:
    assert read_text(_write(tmp_path, ("Title\n" + BN).encode("utf-16-le"))) == normalise("Title\n" + BN)


def test_broken_utf8_keeps_the_bengali(tmp_path: Path) -> None:
    data = BN.encode() + b"\xff\xfe broken " + BN.encode()
    text = read_text(_write(tmp_path, data))
    assert text.count("পররাষ্ট্রমন্ত্রী") == 2  # no cp1252 mojibake


def test_page_stored_to_a_byte_limit_is_read_to_its_last_whole_word(tmp_path: Path) -> None:
    from bnkg.builder.article import ArticleReader
    from bnkg.builder.segment import NOTE_BROKEN, NOTE_CUT_OFF

    page = ("পিয়ংইয়ংয়ে রুশ প্রতিনিধিদল\n\n" + BN + " দুই দেশের মধ্যে সামরিক সহযোগিতা নিয়ে আলোচনা হবে বলে জানা "
            "গেছে। বৈঠকে উপস্থিত ছিলেন উত্তর কোরিয়ার").encode()
    text = read_text(_write(tmp_path, page[:-2]))  # cut inside the last letter's three bytes
    assert text.endswith("\ufffd")
    rec = ArticleReader().read_file(_write(tmp_path, page[:-2]))
    assert rec.article.sentences[-1].text == "বৈঠকে উপস্থিত ছিলেন উত্তর কোরিয়া"
    assert {NOTE_BROKEN, NOTE_CUT_OFF} <= set(rec.article.notes)


def test_double_encoded_utf8_is_repaired(tmp_path: Path) -> None:
    garbled = BN.encode("utf-8").decode("latin-1")  # "à¦°à¦¾…": UTF-8 read as latin-1, saved again
    assert read_text(_write(tmp_path, garbled.encode("utf-8"))) == normalise(BN)


def test_latin1_file_without_bengali_is_rejected(tmp_path: Path) -> None:
    assert "no Bengali" in _reason(_write(tmp_path, "Caf\xe9 cr\xe8me br\xfbl\xe9e".encode("cp1252")))


# ---------------------------------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html><html><head><title>শিরোনাম | সাইট</title>
<style>p { color: red; }</style><script>var x = "<p>ভুল</p>";</script></head>
<body><nav>প্রচ্ছদ</nav><!-- মন্তব্য: দেখা যাবে না -->
<h1>কিম ও পুতিনের বৈঠক</h1>
<p>প্রথম অনুচ্ছেদ,
 দুই লাইনে লেখা &amp; শেষ।</p><p>দ্বিতীয়&nbsp;অনুচ্ছেদ।<br>নতুন লাইন।</p>
<noscript>জাভাস্ক্রিপ্ট চালু করুন</noscript><ul><li>এক</li><li>দুই</li></ul>
</body></html>"""


def test_html_is_reduced_to_visible_text(tmp_path: Path) -> None:
    text = read_text(_write(tmp_path, HTML.encode(), "page.html"))
    lines = [ln for ln in text.split("\n") if ln]
    assert "কিম ও পুতিনের বৈঠক" in lines
    assert "প্রথম অনুচ্ছেদ, দুই লাইনে লেখা & শেষ।" in lines  # HTML wrapping is not a line break
    assert "দ্বিতীয় অনুচ্ছেদ।" in lines and "নতুন লাইন।" in lines  # <br>, &nbsp;
    assert "এক" in lines and "দুই" in lines
    for hidden in ("color", "var x", "ভুল", "মন্তব্য", "জাভাস্ক্রিপ্ট", "<", ">"):
        assert hidden not in text


@pytest.mark.parametrize("tag", [
    '<meta property="article:published_time" content="2024-06-19T10:15:00+06:00">',
    '<meta itemprop="datePublished" content="2024-06-19T10:15:00+06:00"/>',
    '<time itemprop="datePublished" datetime="2024-06-19T10:15:00+06:00">১৯ জুন</time>',
])
def test_html_publication_time_becomes_a_labelled_first_line(tag: str) -> None:
    text = html_to_text(f"<html><head>{tag}</head><body><p>{BN}</p>{tag}</body></html>")
    assert text.splitlines()[0] == "Published: 2024-06-19T10:15:00+06:00"
    assert text.count("Published:") == 1
    assert not html_to_text(f'<html><head><meta name="pubdate" content="&lt;b&gt;x"></head><p>{BN}</p></html>'
                            ).startswith("Published")


def test_html_to_text_survives_broken_markup() -> None:
    assert "লেখা" in html_to_text("<div><p>লেখা<span></div></p></p><script>")


def test_plain_text_with_angle_brackets_is_not_html(tmp_path: Path) -> None:
    text = read_text(_write(tmp_path, ("দাম <১০০ টাকা> হবে।\n" + BN).encode()))
    assert "<১০০ টাকা>" in text


# ------------------------------------------------------------------------------------ errors

def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in _reason(_write(tmp_path, b""))
    assert "empty" in _reason(_write(tmp_path, b" \n\t\n", "b.txt"))


def test_html_without_visible_text_is_empty(tmp_path: Path) -> None:
    assert "empty" in _reason(_write(tmp_path, b"<html><body><script>x()</script></body></html>"))


def test_binary_nul_bytes(tmp_path: Path) -> None:
    assert "binary" in _reason(_write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + BN.encode()))


def test_binary_mostly_control_characters(tmp_path: Path) -> None:
    assert "binary" in _reason(_write(tmp_path, bytes(range(1, 32)) * 20 + BN.encode()))


def test_too_large(tmp_path: Path) -> None:
    assert "too large" in _reason(_write(tmp_path, BN.encode()), max_bytes=10)


def test_not_a_file(tmp_path: Path) -> None:
    assert "not a file" in _reason(tmp_path)
    assert "no such file" in _reason(tmp_path / "missing.txt")


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = _write(tmp_path, BN.encode())

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert "unreadable" in _reason(p)


def test_no_bengali_letters(tmp_path: Path) -> None:
    assert "no Bengali" in _reason(_write(tmp_path, b"Putin met Kim on 19 June 2024."))
    assert "no Bengali" in _reason(_write(tmp_path, "১৯ ০৬ ২০২৪".encode(), "digits.txt"))  # digits only


# ------------------------------------------------------------------------------ normalisation

def test_zero_width_and_invisible_characters_removed() -> None:
    raw = "র\u200d্যাব\u200b কিম\u200c\u2060 জং\ufeff উন\u00ad\u200e"
    assert normalise(raw) == unicodedata.normalize("NFC", "র্যাব কিম জং উন")


def test_unicode_spaces_become_space_and_tabs_stay() -> None:
    assert normalise("এক\u00a0দুই\u2009তিন\u3000চার\tপাঁচ") == "এক দুই তিন চার\tপাঁচ"


def test_line_ends() -> None:
    assert normalise("এক\r\nদুই\rতিন\u2028চার\n") == "এক\nদুই\nতিন\nচার\n"


def test_control_characters_removed() -> None:
    assert normalise("এক\x00দুই\x07তিন\x1b\x7fচার\x85পাঁচ") == "একদুইতিনচার\nপাঁচ"


def test_nfc_and_nothing_else() -> None:
    decomposed = "\u09df"  # য় (a composition exclusion: NFC is য + ়)
    assert normalise(decomposed) == "\u09af\u09bc"
    kept = "  ১৯ জুন ২০২৪ ,  ‘উষ্ণ’  --  ...  "
    assert normalise(kept) == kept  # Bengali digits, punctuation and spacing untouched


def test_read_text_normalises(tmp_path: Path) -> None:
    text = read_text(_write(tmp_path, "কিম\u200c জং\u00a0উন।\r\nপুতিন।".encode()))
    assert text == "কিম জং উন।\nপুতিন।"


# ------------------------------------------------------------------------- the binary check
def _mostly_binary_by_category(text: str) -> bool:
    """The definition: more than 10% control (category Cc, but \\n \\r \\t \\f) or replacement characters."""
    sample = text[:100_000]
    bad = sum(1 for c in sample if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\n\r\t\f"))
    return bool(text) and bad > 0.10 * len(sample)


def test_the_binary_regex_is_the_control_category_of_every_code_point() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    want = [c for c in every if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")]
    assert read._BINARY.findall(every) == want
    assert len(want) == 65 - 4 + 1  # U+0000–U+001F and U+007F–U+009F but \t \n \f \r, and U+FFFD


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"\x00\x07\x0b\x0c\x0d\n\t\x1f\x7f\x85\x9f\xa0\ufffd\ufeffকখ a.।"]),
               max_size=60) | st.text(max_size=60))
def test_the_binary_check_equals_its_definition_on_any_text(text: str) -> None:
    assert read._mostly_binary(text) is _mostly_binary_by_category(text)


# ------------------------------------------------------------------ NFC word by word, kept
_MARKS = "\u09bc\u09be\u09c7\u09cb\u09cd\u09d7\u0301\u0323\u0327\u1161\u11a8\u00a0\u200c"


@settings(max_examples=120, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from([*"কখড়যএ aeAC \n", *_MARKS, "\u1100", "\uac00"]), max_size=12)
                | st.text(max_size=40), max_size=4))
def test_nfc_through_a_kept_word_memo_equals_nfc_of_the_whole_text(texts: list[str]) -> None:
    words: dict[str, str] = {}
    for text in texts + texts:  # the second time from the memo
        assert normalise(text, words) == normalise(text) == unicodedata.normalize("NFC", normalise(text))


def test_nfc_by_words_composes_and_keeps_each_word_once() -> None:
    words: dict[str, str] = {}
    decomposed = "কে\u09be ক\u09c7\u09d7 কে\u09be"  # e-kar + aa-kar: o-kar; e-kar + au length mark: au-kar
    assert normalise(decomposed, words) == "কো কৌ কো" == normalise(decomposed)
    assert words == {"কে\u09be": "কো", "ক\u09c7\u09d7": "কৌ"}
    assert normalise("ড\u09bc", words) == "ড\u09bc"  # a composition exclusion stays decomposed


def test_a_reader_reads_a_file_the_same_with_its_word_memo(tmp_path: Path) -> None:
    p = _write(tmp_path, ("শিরোনাম\n\nকে\u09be " + BN + "\n").encode("utf-8"))
    assert read_text(p, words={}) == read_text(p) == normalise("শিরোনাম\n\nকো " + BN + "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"কখ a.\n\u0080\u00a0\u00e0\u00a6\u00ff\u0100\u2018\u2019\u201c\u2026\u0152"]),
               max_size=40))
def test_the_mojibake_run_regex_finds_the_runs_of_two_or_more(text: str) -> None:
    as_written = re.compile(read._MOJIBAKE_CHAR + "{2,}")
    assert [m.span() for m in read._MOJIBAKE_RUN.finditer(text)] == [m.span() for m in as_written.finditer(text)]
