"""Reading untrusted graph files without touching the network or other files.

Why: rdflib's JSON-LD parser dereferences every ``@context`` (and ``@import``) given as an IRI —
``http://…`` is fetched, and ``file:///etc/passwd`` is read — so a graph file someone sent could
make bnkg contact a server or read a local file.  :func:`offline_jsonld` rewrites the document
first: bnkg's own context IRI is replaced by the copy shipped in the package, and any other
remote or file context is refused with a clear error.  (Turtle, TriG, N-Triples and N-Quads
have no such feature; Oxigraph's JSON-LD parser never loads remote contexts.)
"""

from __future__ import annotations

import json
from typing import Any

from bnkg.errors import BnkgError

__all__ = ["BNKG_CONTEXT_IRI", "offline_jsonld"]

# where bnkg's context is to be published (README); replaced by the local copy, never fetched
BNKG_CONTEXT_IRI = "https://w3id.org/bnkg/context.jsonld"


def offline_jsonld(text: str, name: str, local_context: dict[str, Any]) -> str:
    """The JSON-LD document ``text`` with every context inline, or :class:`BnkgError`.

    ``name`` (the file) is only used in messages; ``local_context`` is bnkg's ``@context`` object.
    """
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise BnkgError(f"{name}: not JSON: {exc}") from exc
    return json.dumps(_inline(doc, name, local_context), ensure_ascii=False)


def _inline(node: Any, name: str, local: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_inline(x, name, local) for x in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "@context":
            out[key] = _context(value, name, local)
        elif key == "@import":
            raise BnkgError(f"{name}: JSON-LD @import of {str(value)[:200]!r} is not loaded; inline that context")
        else:
            out[key] = _inline(value, name, local)
    return out


def _context(value: Any, name: str, local: dict[str, Any]) -> Any:
    if isinstance(value, list):
        return [_context(v, name, local) for v in value]
    if isinstance(value, str):
        if value.rstrip("#") == BNKG_CONTEXT_IRI:
            return local
        raise BnkgError(f"{name}: the JSON-LD @context {value[:200]!r} is not fetched (bnkg reads no network "
                        "or other files while parsing); inline that context")
    return _inline(value, name, local)  # an object: its term definitions may hold scoped contexts
