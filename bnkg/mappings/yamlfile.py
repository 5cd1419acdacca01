"""Reading one mappings YAML file: the single place that turns YAML problems into MappingErrors.

Duplicate keys are an error (plain PyYAML silently keeps the last one, which would hide an edit), and
so is a key the file's :data:`Schema` does not know (a misspelt key would otherwise be silently
ignored): each loader declares the keys it reads and :func:`read_mapping` checks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from bnkg.errors import MappingError


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses a key given twice in one mapping.  On libyaml's parser where PyYAML has
    it (actors.yaml reads in 0.1 s instead of 0.66 s); the constructor and resolver are the same."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@dataclass(frozen=True, slots=True)
class Keys:
    """A mapping whose keys are the schema's own (the only ones allowed), each with its value's schema."""

    keys: Mapping[str, Schema]

    def __init__(self, keys: Mapping[str, Schema] | Iterable[str]) -> None:
        """``keys``: key → schema, or just the key names (values that hold no schema keys)."""
        object.__setattr__(self, "keys", dict(keys) if isinstance(keys, Mapping) else dict.fromkeys(keys))


@dataclass(frozen=True, slots=True)
class Each:
    """A mapping whose keys are data (actor keys, kinds, words), every value of one schema."""

    value: Schema


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list, every item of one schema."""

    item: Schema


# None: a value that holds no schema keys (a scalar, a list of words, a mapping of words to values).
Schema: TypeAlias = Keys | Each | ListOf | None


def check_schema(path: Path, data: Any, schema: Schema, where: str = "top level") -> None:
    """Refuse any key of ``data`` that ``schema`` does not know (see :func:`check_keys`).

    Only keys are checked here: a value of the wrong type is left to the loader, which says what it expected.
    """
    if isinstance(schema, Keys) and isinstance(data, dict):
        check_keys(path, where, data, schema.keys)
        for k, v in data.items():
            check_schema(path, v, schema.keys[k], str(k) if where == "top level" else f"{where}.{k}")
    elif isinstance(schema, Each) and isinstance(data, dict):
        for k, v in data.items():
            check_schema(path, v, schema.value, str(k) if where == "top level" else f"{where}.{k}")
    elif isinstance(schema, ListOf) and isinstance(data, list):
        for i, v in enumerate(data):
            check_schema(path, v, schema.item, f"{where}[{i}]")


def read_mapping(path: Path, schema: Schema = None) -> dict[str, Any]:
    """The top-level mapping of a YAML file, its keys checked against ``schema`` (None: not checked);
    :class:`MappingError` names the file on any problem."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise MappingError(f"{path}: expected a mapping at the top level")
    check_schema(path, data, schema)
    return data


def check_keys(path: Path, where: str, mapping: dict[Any, Any], allowed: Iterable[str]) -> None:
    """Refuse a key of ``mapping`` (at ``where`` in ``path``) that is not ``allowed``: a misspelt
    key would otherwise be silently ignored.  The error names the file, the key and the allowed keys."""
    known = frozenset(allowed)
    unknown = sorted(str(k) for k in mapping if k not in known)
    if unknown:
        raise MappingError(f"{path}: {where}: unknown key(s) {', '.join(unknown)}; "
                           f"allowed: {', '.join(sorted(known))}")
