"""Typed errors: the library raises these, the CLI turns them into one-line messages."""

from __future__ import annotations


class BnkgError(Exception):
    """Base class of every error bnkg raises on purpose."""


class InputError(BnkgError):
    """An input file could not be read or segmented; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class MappingError(BnkgError):
    """A mappings YAML file is malformed (names the file, the entry and what is wrong)."""


class QueryError(BnkgError):
    """An unknown canned query, a bad parameter, or a failing SPARQL evaluation."""
