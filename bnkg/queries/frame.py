"""A query result as a pandas DataFrame with a proper dtype per column (issue 18).

pandas is an optional dependency (``pip install 'bnkg[analysis]'``); this module imports it, so only
:meth:`bnkg.queries.QueryResult.to_pandas` imports this module.

The dtype of a column follows from its *name* when it is a column of a canned query, so that a
result of a given query has the same dtypes whatever rows it holds (none, or only unbound cells),
on every engine:

* ``date`` columns: ``object`` holding a :class:`pandas.Period` at the date's own precision
  (``xsd:date`` → day, ``xsd:gYearMonth`` → month, ``xsd:gYear`` → year) or ``NaT`` where the event
  has no date; a column ``date_precision`` (``"day"``, ``"month"``, ``"year"`` or ``<NA>``, dtype
  ``string``) follows it.  (A ``period[D]`` dtype cannot hold a month: one column of mixed
  precisions is a column of Period objects.)
* counts and offsets (``articles``, ``begin_index``, ``end_index``): ``Int64`` (pandas' integer
  dtype that allows ``<NA>``);
* everything else (IRIs, labels in Bengali or English, file names, kinds, lists joined with "; "):
  ``string``, the text exactly as in the graph (Bengali intact, NFC as bnkg wrote it).

A column of another query (a name not in :data:`COLUMN_KINDS`) takes its dtype from its values:
all ``xsd:boolean`` → ``boolean``; all integers → ``Int64``; all decimals or doubles → ``Float64``;
all dates → Periods as above; anything else, or no bound value at all → ``string``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal as TypingLiteral

import pandas as pd
from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node

__all__ = ["COLUMN_KINDS", "DATE_PRECISIONS", "Kind", "date_period", "to_dataframe"]

Kind = TypingLiteral["date", "int", "float", "bool", "str"]

# The columns of the canned queries (bnkg/queries/*.rq and readings/*.rq) that are not plain text.
# tests/integration/test_analysis.py checks that every canned column is in this table or in STRING_COLUMNS.
COLUMN_KINDS: dict[str, Kind] = {
    "date": "date",
    "articles": "int",
    "begin_index": "int",
    "end_index": "int",
}
# The text columns of the canned queries: typed str even when every cell is unbound.
STRING_COLUMNS = frozenset({
    "about", "about_en", "about_iri", "accusation", "accused", "accused_en", "accused_iri", "accuser",
    "accuser_en", "accuser_iri", "actor", "agreement", "article", "claim", "claimant", "claimant_en",
    "claimant_iri", "conflicts", "destination", "destination_en", "destination_iri", "event", "evidence",
    "headline", "host", "host_en", "host_iri", "host_iris", "hosts", "hosts_en", "kind", "label_bn",
    "label_en", "meeting", "participant1", "participant1_en", "participant1_iri", "participant2",
    "participant2_en", "participant2_iri", "participant_iris", "participants", "participants_en",
    "parties", "parties_en", "party_iris", "place", "place_en", "place_iri", "precision", "property",
    "quote", "reading", "signatories", "signatories_en", "source_file", "sources", "status", "summary",
    "text", "type", "value", "via", "via_iri", "visit", "visitor", "visitor_en", "visitor_iri", "wikidata",
})

DATE_PRECISIONS: dict[str, tuple[str, str]] = {  # datatype → (precision, pandas frequency)
    str(XSD.date): ("day", "D"),
    str(XSD.gYearMonth): ("month", "M"),
    str(XSD.gYear): ("year", "Y"),
}
_DATE_FORMS = {
    "day": re.compile(r"^-?[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
    "month": re.compile(r"^-?[0-9]{4}-[0-9]{2}$"),
    "year": re.compile(r"^-?[0-9]{4}$"),
}
_INTEGERS = frozenset(str(XSD[t]) for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
_FLOATS = frozenset(str(XSD[t]) for t in ("decimal", "double", "float"))


def to_dataframe(columns: Sequence[str], rows: Sequence[Sequence[Node | None]]) -> pd.DataFrame:
    """One column per variable, in order, with the dtypes of the module doc (and a
    ``<date column>_precision`` column after each date column)."""
    data: dict[str, pd.Series] = {}
    for i, name in enumerate(columns):
        cells = [row[i] for row in rows]
        kind = kind_of(name, cells)
        if kind == "date":
            periods, precisions = zip(*map(date_period, cells), strict=True) if cells else ((), ())
            data[name] = pd.Series(list(periods), dtype=object)
            data[f"{name}_precision"] = pd.Series(list(precisions), dtype="string")
        elif kind == "int":
            data[name] = pd.Series([_number(v, int) for v in cells], dtype="Int64")
        elif kind == "float":
            data[name] = pd.Series([_number(v, float) for v in cells], dtype="Float64")
        elif kind == "bool":
            data[name] = pd.Series([_boolean(v) for v in cells], dtype="boolean")
        else:
            data[name] = pd.Series([None if v is None else str(v) for v in cells], dtype="string")
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def kind_of(name: str, cells: Sequence[Node | None]) -> Kind:
    """The kind of column ``name``: from :data:`COLUMN_KINDS`, else from its values."""
    if name in COLUMN_KINDS:
        return COLUMN_KINDS[name]
    if name in STRING_COLUMNS:
        return "str"
    datatypes = {str(v.datatype) if isinstance(v, Literal) and v.datatype is not None else None
                 for v in cells if v is not None}
    if not datatypes or None in datatypes:
        return "str"
    if datatypes == {str(XSD.boolean)}:
        return "bool"
    if datatypes <= _INTEGERS:
        return "int"
    if datatypes <= _INTEGERS | _FLOATS:
        return "float"
    if datatypes <= set(DATE_PRECISIONS):
        return "date"
    return "str"


def date_period(value: Node | None) -> tuple[object, str | None]:
    """A date literal as (Period at its precision, precision); (NaT, None) when unbound or not a
    date of bnkg's three datatypes (a plain string in the date form counts by its length)."""
    if not isinstance(value, Literal):
        return pd.NaT, None
    text = str(value)
    known = DATE_PRECISIONS.get(str(value.datatype)) if value.datatype is not None else None
    for precision, freq in DATE_PRECISIONS.values():
        if (known is None or known[0] == precision) and _DATE_FORMS[precision].match(text):
            try:
                return pd.Period(text, freq=freq), precision
            except ValueError:  # 2024-02-31, month 13
                return pd.NaT, None
    return pd.NaT, None


def _number(value: Node | None, kind: type[int] | type[float]) -> int | float | None:
    if value is None:
        return None
    try:
        return kind(str(value))
    except ValueError:
        return None


def _boolean(value: Node | None) -> bool | None:
    text = None if value is None else str(value).strip().lower()
    return {"true": True, "1": True, "false": False, "0": False}.get(text) if text is not None else None
