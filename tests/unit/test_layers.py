"""The import structure of bnkg: layers that point one way, no circles, no private names across
modules, and no imports hidden inside functions (issue 12).

Layers, lowest first (a module may import its own layer and the layers below it):

    base     bnkg._version, bnkg.errors, bnkg.text, bnkg._infra (process pool, atomic writes, interrupts)
    rdf      bnkg.rdf (namespaces, terms, serialize, nquads, iri, offline)
    vocab    bnkg.mappings, bnkg.ontology, bnkg.transliterate
    article  bnkg.builder (one article's stages: records, read, segment, dates, mentions, graph)
    events   bnkg.builder.events (the rules: _common, visits, meetings, agreements, claims, accusations,
             extractor)
    reader   bnkg.builder.article (ArticleReader: segment → dates → mentions → events, one article)
    corpus   bnkg.builder.corpus (inputs, parallel, pipeline, stream, fusion, incremental)
    stores   bnkg.stores (embedded, remote)
    queries  bnkg.queries (catalogue and runner, specialise, engines)
    views    bnkg.views (story, report, explain), bnkg.progress
    cli      bnkg.cli (main, _common, one module per command)

``bnkg/__init__.py`` is the public API: it imports nothing at module level (every ``import bnkg.x``
runs it first) and reaches the library from inside its functions, each marked as a measured
start-up cost.  An import inside any other function must carry such a comment too
(``# measured start-up cost: …``, see ``python -X importtime``).

``python tests/unit/test_layers.py`` prints the graph: each module's layer and what it imports.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "bnkg"

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("bnkg._version", "bnkg.errors", "bnkg.text", "bnkg._infra")),
    ("rdf", ("bnkg.rdf",)),
    ("vocab", ("bnkg.mappings", "bnkg.ontology", "bnkg.transliterate")),
    ("article", ("bnkg.builder",)),
    ("events", ("bnkg.builder.events",)),
    ("reader", ("bnkg.builder.article",)),
    ("corpus", ("bnkg.builder.corpus",)),
    ("stores", ("bnkg.stores",)),
    ("queries", ("bnkg.queries",)),
    ("views", ("bnkg.views", "bnkg.progress")),
    ("cli", ("bnkg.cli",)),
)
FACADE = "bnkg"  # the package root: the public API
MEASURED = re.compile(r"#.*measured start-up cost")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported bnkg module
    names: tuple[str, ...]  # the names taken from it (empty for a plain ``import``)
    line: int
    in_function: bool
    type_checking: bool
    text: str  # the source line
    internal: bool = True  # a bnkg module (else another package, recorded only when inside a function)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its ``__init__``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def layer_of(module: str) -> int:
    """The index of ``module``'s layer (the longest matching prefix wins)."""
    best, rank = -1, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, rank = len(p), i
    if rank < 0:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in tests/unit/test_layers.py")
    return rank


def imports(internal_only: bool = True) -> list[Import]:
    """Every import of a bnkg module by a bnkg module (and of other packages inside functions)."""
    return [i for i in _all_imports(PACKAGE) if i.internal or not internal_only]


@functools.cache
def _all_imports(package: Path) -> tuple[Import, ...]:
    known = modules()
    return tuple(i for module, path in known.items() for i in _imports_of(module, path, known))


def _imports_of(module: str, path: Path, known: dict[str, Path]) -> list[Import]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[Import] = []

    def add(target: str, names: tuple[str, ...], node: ast.stmt, in_function: bool, type_checking: bool) -> None:
        out.append(Import(module, target, names, node.lineno, in_function, type_checking, lines[node.lineno - 1]))

    def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
        for child in ast.iter_child_nodes(node):
            fn = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            tc = type_checking or (isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] == "bnkg":
                        add(alias.name, (), child, in_function, type_checking)
                    elif in_function:
                        out.append(Import(module, alias.name, (), child.lineno, True, type_checking,
                                          lines[child.lineno - 1], internal=False))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:  # relative: from the package, up level - 1
                    up = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join(up + ([base] if base else []))
                if base.split(".")[0] != "bnkg":
                    if in_function:
                        out.append(Import(module, base, tuple(a.name for a in child.names), child.lineno, True,
                                          type_checking, lines[child.lineno - 1], internal=False))
                    continue
                for a in child.names:  # ``from bnkg.x import module``
                    if f"{base}.{a.name}" in known:
                        add(f"{base}.{a.name}", (), child, in_function, type_checking)
                plain = tuple(a.name for a in child.names if f"{base}.{a.name}" not in known)
                if plain:
                    add(base, plain, child, in_function, type_checking)
            visit(child, fn, tc)

    visit(ast.parse(text), False, False)
    return out


def test_every_import_names_a_module_of_the_package() -> None:
    known = modules()
    assert not [f"{i.source}:{i.line} {i.target}" for i in imports() if i.target not in known]


def test_layers_point_down() -> None:
    upward = [f"{i.source} ({LAYERS[layer_of(i.source)][0]}) imports {i.target} ({LAYERS[layer_of(i.target)][0]})"
              for i in imports()
              if i.source != FACADE and i.target != FACADE and layer_of(i.target) > layer_of(i.source)]
    assert not upward, "imports from a lower layer to a higher one:\n" + "\n".join(upward)


def test_the_facade_imports_only_its_version_at_module_level_and_nothing_imports_from_it() -> None:
    found = imports()
    assert [i.target for i in found if i.source == FACADE and not i.in_function and not i.type_checking] \
        == ["bnkg._version"]
    assert not [i for i in found if i.target == FACADE]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in edges.get(v, ()):
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            connect(v)
    return found


def test_no_import_circles() -> None:
    edges: dict[str, set[str]] = defaultdict(set)
    for i in imports():
        if i.source != i.target:
            edges[i.source].add(i.target)
    assert cycles(edges) == []


def test_no_private_name_is_imported_across_modules() -> None:
    bad = []
    for i in imports():
        bad += [f"{i.source}:{i.line} takes {n} from {i.target}" for n in i.names
                if n.startswith("_") and not n.startswith("__")]
        parts = i.target.split(".")
        for k, part in enumerate(parts):  # a private module only from inside its parent package
            parent = ".".join(parts[:k])
            if part.startswith("_") and not (i.source == parent or i.source.startswith(parent + ".")):
                bad.append(f"{i.source}:{i.line} imports the private module {i.target}")
    assert not bad, "\n".join(bad)


def test_no_import_inside_a_function_unless_a_measured_start_up_cost() -> None:
    """An import inside a function hides a dependency (and once hid the circles): each must say,
    in a comment on its line, that it is a measured start-up cost."""
    hidden = [f"{i.source}:{i.line}: {i.text.strip()}" for i in imports(internal_only=False)
              if i.in_function and not MEASURED.search(i.text)]
    assert not hidden, "imports inside functions:\n" + "\n".join(hidden)


def describe() -> str:
    """The import graph in words: each layer's modules and the modules each imports."""
    edges: dict[str, set[str]] = defaultdict(set)
    lazy: dict[str, set[str]] = defaultdict(set)
    for i in imports(internal_only=False):
        (lazy if i.in_function else edges)[i.source].add(i.target)
    lines = []
    for n, (name, _) in reversed(list(enumerate(LAYERS))):
        lines.append(f"{name}:")
        for m in sorted(x for x in modules() if x != FACADE and layer_of(x) == n):
            deps = ", ".join(sorted(edges[m])) or "-"
            more = f"  (lazily: {', '.join(sorted(lazy[m]))})" if lazy[m] else ""
            lines.append(f"  {m} -> {deps}{more}")
    lines.append(f"facade: {FACADE} -> lazily: {', '.join(sorted(lazy[FACADE]))}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(describe())
    sys.exit(0)
