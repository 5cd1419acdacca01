"""What ``bnkg build`` tells the person waiting for it: a progress bar, then a summary.

A build of thousands of pages takes minutes; on a terminal the user should see it move (a tqdm
bar on stderr).  When stderr is not a terminal (a pipe, a log file, CI) or with ``--quiet`` there
is no bar — control characters in logs help nobody.  Either way the build ends with a summary:
articles built, skipped and failed (with reasons), pages read although something about them was
odd (cut off mid-sentence, Latin full stops, broken characters …), facts per kind, and the SHACL
result.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from tqdm import tqdm

from bnkg.ontology.shacl_parallel import validate_fast

if TYPE_CHECKING:
    from bnkg.builder.corpus.pipeline import BuildResult
    from bnkg.ontology import ValidationReport


class ProgressBar:
    """A tqdm bar on ``stream``, created at the first report (when the number of files is known).

    Pass it as ``build_result(..., progress=bar)``; it removes itself after the last file (use it
    as a context manager as well when the build may stop early).
    """

    def __init__(self, stream: TextIO, desc: str = "bnkg build", unit: str = "file") -> None:
        self.stream = stream
        self.desc, self.unit = desc, unit
        self._bar: object | None = None

    def __call__(self, done: int, total: int, path: str) -> None:
        if self._bar is None:
            self._bar = tqdm(total=total, desc=self.desc, unit=self.unit, file=self.stream, leave=False,
                             dynamic_ncols=True, mininterval=0.2)
        bar = self._bar
        assert isinstance(bar, tqdm)
        bar.set_postfix_str(Path(path).name[-40:], refresh=False)
        bar.update(done - bar.n)
        if done >= total:
            self.close()  # gone before the summary is printed

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()  # type: ignore[attr-defined]
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def progress_bar(stream: TextIO, quiet: bool = False, desc: str = "bnkg build",
                 unit: str = "file") -> ProgressBar | None:
    """A bar when ``stream`` is a terminal and the user did not ask for quiet; else None."""
    if quiet:
        return None
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):  # closed or file-like objects without isatty
        return None
    return ProgressBar(stream, desc, unit) if tty else None


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """The end-of-build numbers, computed from a :class:`BuildResult` and an optional SHACL report."""

    built: int
    skipped: tuple[tuple[str, str], ...]  # (path, reason): inputs that could not be used
    failed: tuple[tuple[str, str], ...]  # (path, reason): errors of bnkg itself
    facts: dict[str, int]  # visits, meetings, agreements, claims, accusations
    triples: int
    output: str
    shacl: str  # "conforms" | "N violation(s)" | "not run (…)"
    conforms: bool | None = None
    # (file, note): pages that were read although something about them was odd (cut off, …)
    notes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, result: BuildResult, output: str, triples: int,
           report: ValidationReport | None = None, why_not: str = "--no-validate") -> BuildSummary:
        facts = dict(result.facts)
        skipped = tuple((s.path, s.reason) for s in result.skipped if not getattr(s, "failed", False))
        failed = tuple((s.path, s.reason) for s in result.skipped if getattr(s, "failed", False))
        if report is None:
            shacl, conforms = f"not run ({why_not})", None
        elif report.conforms:
            shacl, conforms = "conforms", True
        else:
            shacl, conforms = f"{len(report.violations)} violation(s) — see `bnkg validate {output}`", False
        return cls(result.built, skipped, failed, facts, triples, output, shacl, conforms, tuple(result.notes))

    def text(self) -> str:
        """The summary lines (each starting with ``bnkg:``), reasons grouped with their counts."""
        f = self.facts
        lines = [
            f"bnkg: built {self.built} article(s), skipped {len(self.skipped)}, failed {len(self.failed)}; "
            f"{self.triples} triples → {self.output}",
            f"bnkg: facts: {f['visits']} visits, {f['meetings']} meetings, {f['agreements']} agreements, "
            f"{f['claims']} claims ({f['accusations']} accusations)",
        ]
        for label, items in (("skipped", self.skipped), ("failed", self.failed)):
            for reason, n in sorted(Counter(_short(r) for _, r in items).items(), key=lambda x: (-x[1], x[0])):
                lines.append(f"bnkg: {label} {n} × {reason}")
        # pages read anyway: what was odd about them, how often, and the first few files
        by_note: dict[str, list[str]] = {}
        for path, note in self.notes:
            by_note.setdefault(note, []).append(path)
        for note, paths in sorted(by_note.items(), key=lambda x: (-len(x[1]), x[0])):
            shown = ", ".join(paths[:3]) + (", …" if len(paths) > 3 else "")
            lines.append(f"bnkg: read {len(paths)} × {note} ({shown})")
        lines.append(f"bnkg: SHACL: {self.shacl}")
        return "\n".join(lines) + "\n"


def summarize(result: BuildResult, output: str, validate: bool = True, triples: int | None = None,
              jobs: int = 1) -> BuildSummary:
    """The summary of a build, SHACL-validating its graph unless ``validate`` is false.

    ``triples``: the number written when the graphs were not kept in memory (a store-only build);
    such a build is not validated here (``bnkg validate --store DIR`` does it).  ``jobs``: validate
    with that many processes (:func:`bnkg.ontology.shacl_parallel.validate_fast`: the same report, sooner).
    """
    in_memory = len(result.dataset)
    if not validate:
        return BuildSummary.of(result, output, triples if triples is not None else in_memory)
    if in_memory == 0:
        return BuildSummary.of(result, output, triples or 0,
                               why_not="the graph went to the store only; run `bnkg validate --store DIR`")
    return BuildSummary.of(result, output, in_memory, validate_fast(result.dataset, jobs=jobs))


def _short(reason: str) -> str:
    """A reason without file-specific detail, so that equal reasons group ("same content as …")."""
    return reason.split(" as ", 1)[0] + " as another file" if reason.startswith("same content as ") else reason
