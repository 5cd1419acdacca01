"""The progress bar of ``bnkg build`` and its end-of-build summary."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bnkg.builder import article
from bnkg.builder.corpus.pipeline import build_result
from bnkg.cli.main import main
from bnkg.progress import BuildSummary, ProgressBar, progress_bar

from ..conftest import EXAMPLES


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_only_on_a_terminal_and_never_when_quiet() -> None:
    assert progress_bar(io.StringIO()) is None
    assert progress_bar(FakeTerminal(), quiet=True) is None
    assert isinstance(progress_bar(FakeTerminal()), ProgressBar)


def test_bar_draws_and_removes_itself_after_the_last_file() -> None:
    term = FakeTerminal()
    bar = ProgressBar(term)
    for n in range(1, 4):
        bar(n, 3, f"in/{n}.txt")
    out = term.getvalue()
    assert "bnkg build" in out and "0/3" in out
    assert out.endswith("\r")  # cleared (leave=False)
    assert bar._bar is None


def test_build_reports_every_input_once(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    result = build_result([EXAMPLES], progress=lambda d, t, p: calls.append((d, t, p)))
    total = len(result.records) + len(result.skipped)
    assert [c[:2] for c in calls] == [(n, total) for n in range(1, total + 1)]
    assert {Path(p).name for _, _, p in calls} >= {"lavrov-pyongyang.txt", "README.md"}


def test_summary_counts_skipped_failed_and_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    real = article.ArticleReader.read_file

    def flaky(self, path: Path):
        if path.name == "moscow-agreement.txt":
            raise RuntimeError("boom")
        return real(self, path)

    monkeypatch.setattr(article.ArticleReader, "read_file", flaky)
    result = build_result([EXAMPLES])
    s = BuildSummary.of(result, "out.trig", len(result.dataset))
    assert (s.built, len(s.skipped), len(s.failed)) == (2, 2, 1)  # examples/README.md and analysis.ipynb
    text = s.text()
    assert "built 2 article(s), skipped 2, failed 1" in text
    assert "failed 1 × internal error: RuntimeError: boom" in text
    assert "skipped 1 × not an article file (.md)" in text
    assert "skipped 1 × not an article file (.ipynb)" in text
    assert f"{s.facts['visits']} visits" in text and "SHACL: not run (--no-validate)" in text


@pytest.mark.slow
def test_cli_build_ends_with_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "g.trig"
    assert main(["build", str(EXAMPLES), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "built 3 article(s), skipped 2, failed 0" in err  # examples/README.md and analysis.ipynb
    assert "bnkg: facts: " in err and "claims (" in err
    assert "bnkg: SHACL: conforms" in err
    assert "\r" not in err  # stderr is not a terminal here: no bar
    assert main(["build", str(EXAMPLES), "-o", str(out), "--no-validate"]) == 0
    assert "SHACL: not run" in capsys.readouterr().err
    assert main(["build", str(EXAMPLES / "lavrov-pyongyang.txt"), "-o", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""
