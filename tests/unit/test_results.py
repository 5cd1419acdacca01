"""bnkg.queries.results: SPARQL TSV results read as rows, and the packed form of kept listings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from bnkg.errors import BnkgError
from bnkg.queries.results import pack, read_tsv, unpack

TSV = b'?who\t?label\n<https://w3id.org/bnkg/id/actor/putin>\t"\xe0\xa6\xaa\xe0\xa7\x81\xe0\xa6\xa4\xe0\xa6\xbf\xe0\xa6\xa8"@bn\n\t"x\\ty"\n'


def test_rows_hold_canonical_terms_and_none_where_unbound() -> None:
    names, rows = read_tsv(TSV)
    assert names == ("who", "label")
    assert rows == [(URIRef("https://w3id.org/bnkg/id/actor/putin"), Literal("পুতিন", lang="bn")),
                    (None, Literal("x\ty"))]


def test_a_packed_answer_is_smaller_and_gives_the_same_rows() -> None:
    many = b"?a\t?b\n" + b"".join(b'<https://ex.org/%d>\t"same label"@bn\n' % (i % 7) for i in range(1000))
    assert unpack(pack(many)) == read_tsv(many)
    assert len(pack(many)) < len(many) / 3


@pytest.mark.parametrize("damaged", [b"", b"?a\n", b"?a\nx y z\n", b"?a\n2 3 3\n<http://x>\n\x00\x00",
                                     pack(b"?a\n<http://x>\n")[:-2], pack(b"?a\n<http://x>\n") + b"\x05\x00\x00\x00",
                                     pack(b"?a\n<http://x>\n")[:-4] + b"\x09\x00\x00\x00"])
def test_damaged_packed_results_are_an_error_not_wrong_rows(damaged: bytes) -> None:
    with pytest.raises(BnkgError, match="packed results are damaged"):
        unpack(damaged)


def test_results_whose_rows_do_not_fill_the_columns_are_an_error() -> None:
    with pytest.raises(BnkgError, match="2 cells for 2 rows of 2 columns"):
        read_tsv(b"?a\t?b\n<http://x>\n<http://y>\n")


_CELL = st.one_of(st.just(""), st.sampled_from(['"a"@bn', '"b"', "<https://ex.org/1>", "12", '"x\\ny"']),
                  st.text(alphabet="abcকু", min_size=1, max_size=5).map(lambda t: f'"{t}"'))


@settings(max_examples=200, deadline=None)
@given(columns=st.integers(0, 4), rows=st.integers(0, 6), data=st.data())
def test_packing_keeps_every_row(columns: int, rows: int, data: st.DataObject) -> None:
    header = "\t".join(f"?v{i}" for i in range(columns))
    lines = ["\t".join(data.draw(_CELL) for _ in range(columns)) for _ in range(rows)]
    tsv = (header + "\n" + "".join(line + "\n" for line in lines)).encode()
    assert unpack(pack(tsv)) == read_tsv(tsv)
    assert len(read_tsv(tsv)[1]) == rows


def test_packing_results_whose_row_does_not_fill_the_columns_is_an_error() -> None:
    with pytest.raises(BnkgError, match="a row of 1 cells for 2 columns"):
        pack(b"?a\t?b\n<http://x>\n")
