"""Coverage-guided fuzzing of the whole reading pipeline: bytes → read → segment → extract → graph.

Long runs, outside CI::

    pip install atheris
    python fuzz/atheris_target.py -atheris_runs=100000            # or -max_total_time=3600
    python fuzz/atheris_target.py CORPUS_DIR -atheris_runs=100000  # seeded, e.g. with copies of examples/*.txt

A crash is any exception other than :class:`bnkg.errors.InputError`, or a broken invariant: every
offset names the substring it claims (headline, sentences, mentions, evidence, claim texts), every
date is a valid calendar date of its precision, every IRI is safe, and the article's graph
serialises to N-Quads that another parser (Oxigraph) reads back in full.  libFuzzer saves the input
as ``crash-<sha1>``; replay it with ``python fuzz/atheris_target.py crash-<sha1>``.

The first input byte picks the entry point: odd → the bytes are a file (decoding, HTML, mojibake,
limits); even → the rest is UTF-8 text given to the segmenter directly, which reaches the later
stages more often.  :func:`check` is plain Python: ``tests/unit/test_fuzz.py`` runs it under hypothesis.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported in _reader(), so that atheris can instrument bnkg (and only bnkg)
    from bnkg.builder.article import ArticleReader
    from bnkg.builder.records import ArticleRecord, DateValue


@cache
def _reader() -> ArticleReader:
    """One reader (compiled mappings) for the whole run; built on first use."""
    from bnkg.builder.article import ArticleReader

    return ArticleReader()


def check(data: bytes) -> None:
    """Run the pipeline on ``data`` and assert its invariants; raise on any crash."""
    from bnkg.builder.read import normalise, text_from_bytes
    from bnkg.errors import InputError

    if not data:
        return
    try:
        if data[0] % 2:
            text = text_from_bytes(data[1:], "fuzz.txt", max_chars=50_000)
        else:
            text = normalise(data[1:].decode("utf-8", errors="replace"))
        rec = _reader().read_string(text, "fuzz.txt")
    except InputError:
        return
    check_record(rec)


def _valid_date(d: DateValue | None) -> None:
    if d is None:
        return
    if d.precision == "day":
        assert date.fromisoformat(d.value).isoformat() == d.value, d
    elif d.precision == "month":
        y, m = d.value.split("-")
        assert len(y) == 4 and y.isdigit() and len(m) == 2 and 1 <= int(m) <= 12, d
    else:
        assert d.precision == "year" and len(d.value) == 4 and d.value.isdigit(), d


def check_record(rec: ArticleRecord) -> None:
    """The invariants of one article's record and of its graph."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from bnkg.builder.graph import IRIs, add_record, new_dataset
    from bnkg.rdf.iri import SAFE_IRI
    from bnkg.rdf.serialize import serialize

    art = rec.article
    text = art.text
    if art.headline is not None:
        assert art.headline_span is not None
        assert text[art.headline_span[0]:art.headline_span[1]] == art.headline
    b0, b1 = art.body_span
    assert 0 <= b0 <= b1 <= len(text)
    for s in art.sentences:
        assert text[s.start:s.end] == s.text and s.text, s
    _valid_date(art.published)
    mentions, _ = _reader().finder.find(art)
    for ms in mentions:
        for m in ms:
            assert text[m.start:m.end] == m.surface, m
    for ev in (*rec.visits, *rec.meetings, *rec.agreements, *rec.claims):
        for e in ev.evidence:
            assert text[e.start:e.end] == e.quote, e
    for fact in (*rec.visits, *rec.meetings, *rec.agreements):
        _valid_date(fact.date)
    for c in rec.claims:
        assert text[c.text_span[0]:c.text_span[1]] == c.text, c
    ds = new_dataset(IRIs())
    add_record(ds, rec)
    for quad in ds.quads((None, None, None, None)):
        for term in quad[:3]:
            if isinstance(term, URIRef):
                assert SAFE_IRI.match(str(term)), term
    nq = serialize(ds, "nquads")
    assert len(list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))) == len(nq.splitlines())


def main() -> None:
    import atheris  # imported here: only the long fuzzing runs need it

    with atheris.instrument_imports(include=["bnkg"]):  # coverage of bnkg only: rdflib is not the target
        _reader()  # imports the pipeline and compiles the mappings before the first input
        check(b"\x01")  # imports the rest
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
