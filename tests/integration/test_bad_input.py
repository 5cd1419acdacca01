"""What bnkg does with bad input: one test per row of the README table "What bnkg does with bad input".

Every input here is generated in a temporary folder.  Each file is either built or skipped with a
one-line reason (also in ``--report`` as JSON lines); a build fails only when nothing could be built
or with ``--strict``; no traceback reaches the user unless ``--debug``.  Time limits are generous
(CI machines are shared): they catch hangs and quadratic blow-ups, not slowness.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import random
import time
from pathlib import Path

import pytest

import bnkg
from bnkg.builder.article import ArticleReader
from bnkg.builder.corpus.pipeline import build_result
from bnkg.builder.dates import find_dates
from bnkg.builder.read import MAX_BYTES, MAX_CHARS, normalise, read_text
from bnkg.builder.segment import segment
from bnkg.cli.main import main
from bnkg.errors import InputError

from ..conftest import EXAMPLES
from ..unit.test_events import check_offsets

ARTICLE = (EXAMPLES / "lavrov-pyongyang.txt").read_text(encoding="utf-8")
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def article(i: int = 0) -> str:
    """The example article with one varying sentence, so that copies are distinct articles."""
    extra = f"অনুষ্ঠানে {str(i).translate(BN_DIGITS)} জন সাংবাদিক উপস্থিত ছিলেন।"
    return ARTICLE.replace("\n\nশুক্রবার", f"\n\n{extra}\n\nশুক্রবার", 1)


def tiny(i: int) -> str:
    """A short article (two sentences): cheap to build by the thousand."""
    return (f"ল্যাভরভের সফর {str(i).translate(BN_DIGITS)}\n\nপ্রকাশিত: ১২ অক্টোবর ২০২৪\n\n"
            f"রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ উত্তর কোরিয়া সফরে গেছেন। "
            f"সেখানে {str(i).translate(BN_DIGITS)} জন সাংবাদিক ছিলেন।\n")


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    p = folder / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def _reason(path: Path, **kw: int) -> str:
    with pytest.raises(InputError) as exc:
        read_text(path, **kw)
    return exc.value.reason


@pytest.fixture(scope="module")
def reader() -> ArticleReader:
    return ArticleReader()


def _built(reader: ArticleReader, path: Path) -> None:
    rec = reader.read_file(path)
    check_offsets(rec)
    assert rec.visits, "the article's visit was not read"


# ------------------------------------------------------------------------------------ encodings

def test_utf8(tmp_path: Path, reader: ArticleReader) -> None:
    _built(reader, _write(tmp_path, "a.txt", ARTICLE))


def test_utf8_with_bom(tmp_path: Path, reader: ArticleReader) -> None:
    p = _write(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    assert read_text(p) == normalise(ARTICLE)
    _built(reader, p)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_with_or_without_bom(tmp_path: Path, codec: str) -> None:
    assert read_text(_write(tmp_path, "a.txt", ARTICLE.encode(codec))) == normalise(ARTICLE)


BIJOY = ("ivwkqvi ‡cÖwm‡W›U cywZb DËi ‡Kvwiqv md‡i wM‡q‡Qb| ‡mLv‡b wZwb wKg Rs D‡bi m‡½ ˆeVK K‡ib| "
         "`yB ‡bZv mn‡hvwMZv evov‡bvi wel‡q GKgZ n‡q‡Qb|\n")  # SutonnyMJ keystrokes for a Bengali text


@pytest.mark.parametrize("data", [BIJOY.encode("cp1252"), BIJOY.encode("utf-8"),
                                  ("<html><body><nav>প্রচ্ছদ</nav><p>" + BIJOY * 3 + "</p></body></html>").encode()],
                         ids=["cp1252", "utf8", "html-with-unicode-menu"])
def test_legacy_bijoy_encoding_is_skipped_with_its_reason(tmp_path: Path, data: bytes) -> None:
    assert _reason(_write(tmp_path, "a.txt", data)) == "legacy Bijoy/ANSI-encoded Bengali; convert to Unicode first"


def _as_browser_cp1252(raw: bytes) -> str:
    """Bytes decoded as a browser decodes windows-1252 (the 5 undefined bytes as C1 controls)."""
    return raw.decode("latin-1").translate(
        {b: ord(bytes([b]).decode("cp1252")) for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})


@pytest.mark.parametrize("garble", [
    lambda t: t.encode().decode("latin-1"),
    lambda t: _as_browser_cp1252(t.encode()),
    lambda t: t.encode().decode("latin-1").encode().decode("latin-1"),  # twice
    lambda t: t[:300] + t[300:].encode().decode("latin-1"),  # headline fine, body garbled
], ids=["latin-1", "cp1252-as-browsers", "double", "partial"])
def test_mojibake_is_repaired(tmp_path: Path, reader: ArticleReader, garble) -> None:  # type: ignore[no-untyped-def]
    garbled = garble(ARTICLE)
    assert "সের্গেই" not in garbled and garbled.isprintable() is False
    p = _write(tmp_path, "a.txt", garbled)
    assert read_text(p) == normalise(ARTICLE)
    _built(reader, p)


def test_legacy_8bit_text_without_bengali_is_skipped(tmp_path: Path) -> None:
    p = _write(tmp_path, "a.txt", "Café crème brûlée — “déjà vu”, Ñandú, Œuvre.".encode("cp1252"))
    assert "no Bengali letters" in _reason(p)


# ---------------------------------------------------------------------------------------- HTML

def test_html_page_keeps_the_article_and_drops_scripts_styles_and_tags(tmp_path: Path, reader: ArticleReader) -> None:
    paras = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n") if line.strip())
    page = ("<!DOCTYPE html><html><head><title>t</title><style>body{color:red}</style>"
            "<script>document.write('<p>রাশিয়া ভুল খবর।</p>')</script></head><body>"
            f"<nav><a href='/'>প্রচ্ছদ</a></nav><article>{paras}</article>"
            "<script type='application/ld+json'>{\"headline\": \"ভুল\"}</script>"
            "<iframe src='http://ads.example/'>বিজ্ঞাপন</iframe></body></html>")
    p = _write(tmp_path, "a.html", page)
    text = read_text(p)
    for gone in ("color:red", "document.write", "ভুল", "বিজ্ঞাপন", "<", ">", "headline"):
        assert gone not in text
    assert "সের্গেই ল্যাভরভ" in text
    _built(reader, p)


# ------------------------------------------------------------------------------- empty, binary

@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", b"\xef\xbb\xbf", b"\xff\xfe", "\u200b\u00a0\n".encode(),
                                  b"<html><body><script>x()</script></body></html>"],
                         ids=["zero-bytes", "whitespace", "utf8-bom-only", "utf16-bom-only", "invisible", "html-no-text"])
def test_empty_files_are_skipped(tmp_path: Path, data: bytes) -> None:
    assert "empty" in _reason(_write(tmp_path, "a.txt", data))


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    random.Random(5).randbytes(20_000),
    gzip.compress(ARTICLE.encode(), mtime=0),
    b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + bytes(range(256)) * 4 + ARTICLE.encode(),
    b"%PDF-1.7\n" + bytes(range(32)) * 200,
], ids=["png", "random", "gzip", "elf-with-text", "pdf"])
def test_binary_files_are_skipped(tmp_path: Path, data: bytes) -> None:
    assert _reason(_write(tmp_path, "a.txt", data)) == "binary file (not text)"


# -------------------------------------------------------------------------------- large inputs

def test_a_50_mb_file_is_skipped_at_once(tmp_path: Path) -> None:
    """Over the 50 MB limit: skipped from its size alone, without reading it."""
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.write(ARTICLE.encode())
        fh.truncate(50 * 1024 * 1024)  # 52.4 MB, sparse
    t = time.monotonic()
    assert _reason(p) == f"too large (52.4 MB > {MAX_BYTES / 1e6:.1f} MB limit)"
    assert time.monotonic() - t < 5


@pytest.mark.slow
def test_a_page_just_under_the_limit_is_built_or_skipped_quickly(tmp_path: Path, reader: ArticleReader) -> None:
    """A 45 MB page that is mostly an inline image is built; 45 MB of text is not one article."""
    image = base64.b64encode(random.Random(1).randbytes(33_000_000)).decode()
    page = f"<html><body><img src='data:image/png;base64,{image}'><pre>{ARTICLE}</pre></body></html>"
    t = time.monotonic()
    _built(reader, _write(tmp_path, "page.html", page))
    prose = (ARTICLE + "\n") * (45_000_000 // len(ARTICLE.encode()))
    reason = _reason(_write(tmp_path, "dump.txt", prose))
    assert reason.startswith("too long for one article (") and f"> {MAX_CHARS:,}); split it" in reason
    assert time.monotonic() - t < 90


BODY = " ".join(ln for ln in ARTICLE.split("\n") if ln.count("।") > 1)  # the article's paragraphs
ONE_MB_LINE_OF_PROSE = " ".join([BODY] * (1_050_000 // len(BODY.encode()) + 1))  # no newline


@pytest.mark.slow
def test_a_1_mb_line_without_newline(tmp_path: Path, reader: ArticleReader) -> None:
    """A minified page (1 MB on one line) is built; 1 MB of prose on one line is too long for one article."""
    filler = "".join(f"<div class='menu-{i}'><a href='/section/{i}'>বিভাগ</a></div>" for i in range(12000))
    script = "<script>var s='" + "x" * 300_000 + "';</script>"
    paras = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n") if line.strip())
    page = f"<html><head>{script}</head><body>{filler}<article>{paras}</article></body></html>"
    assert "\n" not in page and len(page.encode()) > 1_000_000
    t = time.monotonic()
    _built(reader, _write(tmp_path, "min.html", page))
    prose = ONE_MB_LINE_OF_PROSE
    assert len(prose.encode()) > 1_000_000 and "\n" not in prose
    assert _reason(_write(tmp_path, "line.txt", prose)).startswith("too long for one article")
    assert time.monotonic() - t < 60


@pytest.mark.slow
def test_a_1_mb_line_costs_linear_time_in_every_stage(reader: ArticleReader) -> None:
    """Not quadratic: the regex stages take one pass over a 1 MB line, extraction grows with the text."""
    prose = ONE_MB_LINE_OF_PROSE
    t = time.monotonic()
    art = segment(normalise(prose), "line.txt", reader.mappings)
    find_dates(prose, None, reader.mappings.calendar)
    reader.finder.find(art)
    assert time.monotonic() - t < 60
    assert len(art.sentences) > 1000

    def extraction_time(n: int) -> float:
        art = segment(prose[:n], "x.txt", reader.mappings)
        mentions, entities = reader.finder.find(art)
        start = time.process_time()  # this process's CPU: other test workers share the cores
        reader.extractor.extract(art, mentions, entities)
        return time.process_time() - start

    small, large = extraction_time(6_000), extraction_time(24_000)
    assert large < 8 * small + 0.5, (small, large)  # 4× the text: quadratic would be 16×


# --------------------------------------------------------------------------- text-level oddities

def test_file_without_bengali_is_skipped(tmp_path: Path) -> None:
    p = _write(tmp_path, "en.txt", "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday.\n")
    assert "no Bengali letters" in _reason(p)


def test_control_characters_are_removed_and_the_article_built(tmp_path: Path, reader: ArticleReader) -> None:
    noisy = (ARTICLE.replace("সের্গেই", "সের\x07্গেই").replace("গেছেন।", "গেছেন।\x1b[0m\x0c")
             .replace("\n\n", "\n\x00\x7f\x85\u2028\n", 3).replace("চোয়ে", "চো\u200dয়ে\x9b"))
    p = _write(tmp_path, "a.txt", noisy)
    text = read_text(p)
    assert not any(c in text for c in "\x00\x07\x0c\x1b\x7f\x85\x9b\u2028\u200d")
    _built(reader, p)


# ------------------------------------------------------------------------------ folders and files

@pytest.mark.slow
def test_thousands_of_files_in_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """2,000 files: every one is built or in the report exactly once, in reasonable time."""
    d = tmp_path / "many"
    d.mkdir()
    kinds: list[bytes | str] = [b"", "Only English here.\n", b"\x00\x01\x02" * 50, "প্রচ্ছদ | খেলা\n", "<html></html>"]
    for i in range(2000):
        if i < 300:
            data: bytes | str = tiny(i)
        elif i < 400:
            data = tiny(i - 300)  # a copy: built once
        else:
            data = kinds[i % len(kinds)]
        _write(d, f"{i:04d}.txt", data)
    out, report = tmp_path / "g.nq", tmp_path / "skipped.jsonl"
    t = time.monotonic()
    assert main(["build", str(d), "-o", str(out), "--report", str(report), "--no-validate", "-q"]) == 0
    elapsed = time.monotonic() - t
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2000 - 300
    assert len({r["path"] for r in rows}) == len(rows) and all(r["reason"] and "\n" not in r["reason"] for r in rows)
    assert sum("same content" in r["reason"] for r in rows) == 100
    assert len(capsys.readouterr().err.splitlines()) == len(rows)  # one line per skipped file
    assert elapsed < 120, elapsed


def test_symlink_loops_and_broken_links_are_reported(tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    _write(d, "good.txt", ARTICLE)
    (d / "loop").symlink_to(d, target_is_directory=True)  # a folder loop
    (d / "a.txt").symlink_to(d / "b.txt")  # a file loop: a → b → a
    (d / "b.txt").symlink_to(d / "a.txt")
    (d / "self.txt").symlink_to(d / "self.txt")
    (d / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    result = build_result([d, d / "a.txt"])
    assert len(result.records) == 1
    reasons = {(Path(s.path).name, s.reason) for s in result.skipped}
    assert ("a.txt", "symlink loop") in reasons and ("b.txt", "symlink loop") in reasons
    assert ("self.txt", "symlink loop") in reasons
    assert ("dangling.txt", "broken symlink (its target does not exist)") in reasons
    assert any("symlink loop" in r and n == "loop" for n, r in reasons)


def test_unreadable_files_and_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied (simulated: tests may run as root), a FIFO and an unlistable folder."""
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    _write(d, "good.txt", ARTICLE)
    _write(d, "secret.txt", article(1))
    _write(d / "sub", "hidden-by-error.txt", article(2))
    os.mkfifo(d / "pipe.txt")  # reading it would block forever
    real_read, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def scandir(path: object = ".") -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)
    t = time.monotonic()
    result = build_result([d])
    assert time.monotonic() - t < 10  # the FIFO was not opened
    assert [r.article.source_file for r in result.records] == ["good.txt"]
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons == {"secret.txt": "unreadable (Permission denied)", "pipe.txt": "not a file (a FIFO)",
                       "sub": "unreadable folder (Permission denied)"}


def test_file_names_that_are_not_utf8_or_hold_newlines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Linux allows any bytes in a name: the graph and the JSON report still come out valid."""
    d = tmp_path / "in"
    d.mkdir()
    (d / os.fsdecode(b"bad\xffname.txt")).write_text(ARTICLE, encoding="utf-8")
    (d / "new\nline.txt").write_text(article(1), encoding="utf-8")
    (d / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    out, report = tmp_path / "g.trig", tmp_path / "r.jsonl"
    assert main(["build", str(d), "-o", str(out), "--report", str(report), "-q", "--no-validate"]) == 0
    [row] = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert row == {"path": str(d / os.fsdecode(b"empty\xfe.txt")), "reason": "empty file"}
    assert len(list(bnkg.load(out).graphs())) >= 2
    assert capsys.readouterr().err == f"bnkg: skipped {d}/empty\\udcfe.txt: empty file\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway; the simulated test covers it")
def test_chmod_000_file_is_unreadable(tmp_path: Path) -> None:
    p = _write(tmp_path, "a.txt", ARTICLE)
    p.chmod(0)
    try:
        assert _reason(p).startswith("unreadable")
    finally:
        p.chmod(0o644)


# --------------------------------------------------------------------- report, exit code, tracebacks

@pytest.mark.slow
def test_report_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Skipped files go to --report as JSON lines; exit 1 only when nothing was built, or with --strict."""
    d = tmp_path / "in"
    d.mkdir()
    _write(d, "good.txt", ARTICLE)
    _write(d, "empty.txt", b"")
    _write(d, "bijoy.txt", BIJOY.encode("cp1252"))
    out, report = tmp_path / "g.trig", tmp_path / "r.jsonl"
    assert main(["build", str(d), "-o", str(out), "--report", str(report), "-q", "--no-validate"]) == 0
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {Path(r["path"]).name: r["reason"] for r in rows} == {
        "empty.txt": "empty file", "bijoy.txt": "legacy Bijoy/ANSI-encoded Bengali; convert to Unicode first"}
    assert main(["build", str(d), "-o", str(out), "-q", "--strict", "--no-validate"]) == 1
    before = out.read_bytes()
    assert main(["build", str(d / "empty.txt"), str(d / "bijoy.txt"), "-o", str(out), "--report", str(report)]) == 1
    assert out.read_bytes() == before  # nothing built: the previous graph is kept
    assert len(report.read_text(encoding="utf-8").splitlines()) == 2
    err = capsys.readouterr().err
    assert "no article could be built" in err and "Traceback" not in err


@pytest.mark.slow
def test_no_traceback_unless_debug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A bug in one article, or anywhere else, is one line; --debug shows the traceback."""
    d = tmp_path / "in"
    d.mkdir()
    _write(d, "good.txt", ARTICLE)
    _write(d, "crash.txt", article(1))
    real = ArticleReader.read_file

    def flaky(self: ArticleReader, path: Path):  # type: ignore[no-untyped-def]
        if path.name == "crash.txt":
            raise RuntimeError("boom")
        return real(self, path)

    monkeypatch.setattr(ArticleReader, "read_file", flaky)
    out = tmp_path / "g.trig"
    assert main(["build", str(d), "-o", str(out), "-q", "--no-validate"]) == 0
    err = capsys.readouterr().err
    assert "crash.txt: internal error: RuntimeError: boom" in err and "Traceback" not in err
    assert main(["--debug", "build", str(d), "-o", str(out), "-q", "--no-validate"]) == 0
    assert "Traceback" in capsys.readouterr().err
    not_a_folder = tmp_path / "file-not-folder"
    not_a_folder.write_text("x")
    assert main(["build", str(d / "good.txt"), "-o", str(not_a_folder / "g.trig"), "-q", "--no-validate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bnkg: error: ") and "Traceback" not in err  # an OSError is not a bug

    def broken(*args: object, **kw: object) -> bytes:
        raise ValueError("serialiser bug")

    monkeypatch.setattr("bnkg.cli.build.serialize", broken)
    union = tmp_path / "g.ttl"  # serialised in memory (.trig and .nq are streamed)
    assert main(["build", str(d), "-o", str(union), "-q", "--no-validate"]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("bnkg: internal error: ValueError: serialiser bug")
    assert "Traceback" not in err
    assert main(["--debug", "build", str(d), "-o", str(union), "-q", "--no-validate"]) == 1
    assert "Traceback" in capsys.readouterr().err
