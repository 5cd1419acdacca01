"""What an IRI bnkg writes may contain: ASCII letters, digits and the RFC 3986 delimiters only.

Why: every instance IRI is a base plus a gazetteer key or a hash, so the only way raw text could
reach an IRI is the ``--base`` a user gives; checking it up front turns a hostile or mistyped
base into a one-line error instead of a broken graph file.
"""

from __future__ import annotations

import re

from bnkg.errors import BnkgError

__all__ = ["IRI_RE", "SAFE_IRI", "check_base"]

SAFE_IRI = re.compile(r"^https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+$")
# any absolute IRI without the characters SPARQL and N-Triples forbid in one: what a query parameter
# resolved from a graph (or sent to an endpoint) may be
IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")


def check_base(base: str) -> str:
    """``base`` unchanged if it is a safe http(s) IRI, else :class:`BnkgError`.

    >>> check_base("https://example.org/kg/")
    'https://example.org/kg/'
    """
    if not SAFE_IRI.match(base):
        raise BnkgError(f"base IRI {base[:200]!r} must be an http(s) IRI of ASCII letters, digits and "
                        "-._~:/?#@!$&'()*+,;=% only (percent-encode anything else)")
    return base
