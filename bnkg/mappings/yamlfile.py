"""Reading one mappings YAML file: the single place that turns YAML problems into MappingErrors.

Duplicate keys are an error (plain PyYAML silently keeps the last one, which would hide an edit).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bnkg.errors import MappingError


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def read_mapping(path: Path) -> dict[str, Any]:
    """The top-level mapping of a YAML file; :class:`MappingError` names the file on any problem."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise MappingError(f"{path}: expected a mapping at the top level")
    return data


def check_keys(path: Path, where: str, mapping: dict[Any, Any], allowed: Iterable[str]) -> None:
    """Refuse a key of ``mapping`` (at ``where`` in ``path``) that is not ``allowed``: a misspelt
    key would otherwise be silently ignored.  The error names the file, the key and the allowed keys."""
    known = frozenset(allowed)
    unknown = sorted(str(k) for k in mapping if k not in known)
    if unknown:
        raise MappingError(f"{path}: {where}: unknown key(s) {', '.join(unknown)}; "
                           f"allowed: {', '.join(sorted(known))}")
