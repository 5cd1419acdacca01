"""The canned queries: one ``.rq`` file per question in this package, with a header of comment lines
(``# question:``, ``# param:``, ``# columns:``) read into a :class:`CannedQuery` (see :mod:`bnkg.queries`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from bnkg.errors import QueryError
from bnkg.queries.specialise import WHERE_RE

__all__ = ["CannedQuery", "Param", "catalogue", "describe", "parse"]

_HEADER_RE = re.compile(r"^#\s*(question|param|columns):\s*(.*?)\s*$")
_PARAM_RE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_]*)\s+[—–-]+\s*(?P<req>optional|required)"
                       r"(?:\s+(?P<kind>date))?\s*;?\s*(?P<desc>.*)$")


@dataclass(frozen=True)
class Param:
    """A parameter of a canned query; bound to the SPARQL variable ``?{name}Param``."""

    name: str
    description: str
    required: bool
    kind: str = "resource"  # "resource": an IRI or a label; "date": YYYY, YYYY-MM or YYYY-MM-DD

    @property
    def variable(self) -> str:
        """The SPARQL variable name (without ``?``) the value is bound to."""
        return f"{self.name}Param"


@dataclass(frozen=True)
class CannedQuery:
    """A question with its parameters, result columns and SPARQL text (header included)."""

    name: str
    question: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    sparql: str
    # the query of a page's entities, in the answer's order (``pages/NAME.rq``; "" if none): see "Paging" in
    # bnkg/queries/__init__.py
    page: str = ""


def catalogue(*, readings: bool = False) -> dict[str, CannedQuery]:
    """All canned queries by name (the ``.rq`` file name without its suffix), sorted by name.

    ``who-met-whom``, ``visits``, ``agreements`` and ``timeline`` answer one row per real-world event
    (the fused events); ``readings=True`` gives, for those, the per-article variant in ``readings/``
    (one row per article's reading, the answers before fusion), and the other queries unchanged."""
    root = resources.files("bnkg.queries")
    queries: dict[str, CannedQuery] = {}
    folders = [root, root.joinpath("readings")] if readings else [root]
    for folder in folders:
        for entry in sorted((e for e in folder.iterdir() if e.name.endswith(".rq")), key=lambda e: e.name):
            name = entry.name[: -len(".rq")]
            page = folder.joinpath("pages", entry.name)
            queries[name] = parse(name, entry.read_text(encoding="utf-8"),
                                  page.read_text(encoding="utf-8") if page.is_file() else "")
    return dict(sorted(queries.items()))


def parse(name: str, text: str, page: str = "") -> CannedQuery:
    """A canned query from the text of its ``.rq`` file (the header of comment lines, then SPARQL) and of its
    page query (``pages/NAME.rq``, if any)."""
    question = ""
    columns: tuple[str, ...] = ()
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER_RE.match(line)
        if m is None:
            continue
        key, value = m.groups()
        if key == "question":
            question = value
        elif key == "columns":
            columns = tuple(c.strip() for c in value.split(",") if c.strip())
        else:
            pm = _PARAM_RE.match(value)
            if pm is None:
                raise QueryError(f"{name}.rq: malformed param header: {value!r}")
            params.append(Param(pm["name"], pm["desc"].strip(), pm["req"] == "required", pm["kind"] or "resource"))
    if not question or not columns:
        raise QueryError(f"{name}.rq: header needs '# question:' and '# columns:' lines")
    if params and len(WHERE_RE.findall(text)) != 1:
        raise QueryError(f"{name}.rq: a query with parameters needs exactly one unindented 'WHERE {{' line")
    if page and params and len(WHERE_RE.findall(page)) != 1:
        raise QueryError(f"pages/{name}.rq: a page query needs exactly one unindented 'WHERE {{' line")
    return CannedQuery(name, question, tuple(params), columns, text, page)


def describe(query: CannedQuery) -> str:
    """The parameters of ``query`` for a message: ``actor (optional), since (optional)``."""
    return ", ".join(f"{p.name} ({'required' if p.required else 'optional'})" for p in query.params)
