"""Every key of every YAML file is known to its loader: a misspelt key is an error, never ignored.

Each loader declares the keys of its files as a schema (:mod:`bnkg.mappings.yamlfile`); ``read_mapping``
refuses a key the schema lacks, naming the file, the key and the allowed keys.  One test per loader
writes a copy of the shipped files with a misspelt key; one walks every YAML file shipped under
``bnkg/`` and checks it against the schemas, so a new file without a loader's schema fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bnkg
from bnkg.errors import MappingError
from bnkg.mappings import DEFAULT_DIR, SCHEMAS, load_mappings
from bnkg.mappings.calendar import load_calendar
from bnkg.mappings.chrome import load_chrome
from bnkg.mappings.gazetteer import load_gazetteer
from bnkg.mappings.lexicons import load_lexicons
from bnkg.mappings.yamlfile import Each, Keys, ListOf, Schema, check_schema, read_mapping
from bnkg.transliterate import SCHEMA as TRANSLITERATION_SCHEMA
from bnkg.transliterate import load_scheme

PACKAGE = Path(bnkg.__file__).parent
# Every YAML file the package ships → the schema of the loader that reads it.
SHIPPED: dict[Path, Schema] = {**{DEFAULT_DIR / name: schema for name, schema in SCHEMAS.items()},
                               DEFAULT_DIR / "transliteration.yaml": TRANSLITERATION_SCHEMA}


def unchecked_yaml(root: Path, schemas: dict[Path, Schema]) -> list[str]:
    """Problems of the YAML files under ``root``: a file no loader declares, or a key its schema lacks."""
    out = []
    for path in sorted((*root.rglob("*.yaml"), *root.rglob("*.yml"))):
        if path not in schemas:
            out.append(f"{path.relative_to(root)}: no loader declares its keys")
            continue
        try:
            check_schema(path, read_mapping(path), schemas[path])
        except MappingError as exc:
            out.append(str(exc))
    return out


def shipped_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    """The shipped YAML files copied to ``tmp_path``, ``old`` replaced by ``new`` in ``file`` (once)."""
    for path in DEFAULT_DIR.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == file:
            assert text.count(old) == 1, f"{old!r} must occur once in {file}"
            text = text.replace(old, new)
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    return tmp_path


def _refused(load: object, file: str, where: str, key: str, allowed: str) -> None:
    with pytest.raises(MappingError) as info:
        load()  # type: ignore[operator]
    message = str(info.value)
    assert f"{file}: {where}: unknown key(s) {key}; allowed: " in message, message
    assert allowed in message.split("allowed: ", 1)[1].split(", "), message


# ------------------------------------------------------------------------------ every shipped file
def test_every_shipped_yaml_file_has_a_loader_and_only_known_keys() -> None:
    assert unchecked_yaml(PACKAGE, SHIPPED) == []
    assert all(path.is_file() for path in SHIPPED), "a schema for a file bnkg does not ship"
    assert len(SHIPPED) == 9


def test_the_walk_catches_a_new_file_and_a_misspelt_key(tmp_path: Path) -> None:
    (tmp_path / "ontology").mkdir()
    (tmp_path / "ontology" / "fusion.yml").write_text("merge: [visit]\n", encoding="utf-8")
    (tmp_path / "known.yaml").write_text("actors:\n  tass: {bn: তাস, afiliation: russia}\n", encoding="utf-8")
    problems = unchecked_yaml(tmp_path, {tmp_path / "known.yaml": SCHEMAS["actors.yaml"]})
    assert problems[0].endswith("known.yaml: actors.tass: unknown key(s) afiliation; allowed: adjectives, "
                                "affiliation, aliases, bn, demonym, en, institution, offices, relay, role, "
                                "type, wikidata"), problems
    assert problems[1:] == ["ontology/fusion.yml: no loader declares its keys"]


# ------------------------------------------------------------------------------ one test per loader
@pytest.mark.parametrize(("file", "old", "new", "where", "key", "allowed"), [
    ("actors.yaml", "    wikidata: Q7747\n", "    wikidta: Q7747\n", "actors.putin", "wikidta", "wikidata"),
    ("actors.yaml", "{role: president, of: russia, from: 2012-05-07}", "{role: president, of: russia, since: 2012}",
     "actors.putin.offices[1]", "since", "from"),
    ("actors.yaml", "\nactors:\n", "\nactor:\n", "top level", "actor", "actors"),
    ("places.yaml", "  moscow:\n    bn: মস্কো\n", "  moscow:\n    bn: মস্কো\n    capitol: true\n", "places.moscow",
     "capitol", "capital"),
    ("roles.yaml", "  president: {en: President,", "  president: {en: President, plural: true,", "roles.president",
     "plural", "many"),
    ("roles.yaml", "  government: {en: government, type: State,", "  government: {en: government, kind: State,",
     "institutions.government", "kind", "type"),
    ("roles.yaml", "\ninstitutions:\n", "\ninstitution:\n", "top level", "institution", "institutions"),
])
def test_gazetteer_refuses_an_unknown_key(tmp_path: Path, file: str, old: str, new: str, where: str, key: str,
                                          allowed: str) -> None:
    d = shipped_copy(tmp_path, file, old, new)
    _refused(lambda: load_gazetteer(d), file, where, key, allowed)


@pytest.mark.parametrize(("old", "new", "where", "key", "allowed"), [
    ("\nrelative:\n", "\nrelatives:\n", "top level", "relatives", "relative"),
    ("  last: [গত, বিগত, গেল]\n", "  previous: [গত, বিগত, গেল]\n  last: [গত]\n", "relative", "previous", "last"),
    ("new_year: {month: 4, day: 14}", "new_year: {month: 4, date: 14}", "bangla_calendar.new_year", "date", "day"),
    ("  day_words: {পরদিন: 1,", "  daywords: {পরদিন: 1,", "anaphoric", "daywords", "day_words"),
])
def test_calendar_refuses_an_unknown_key(tmp_path: Path, old: str, new: str, where: str, key: str,
                                         allowed: str) -> None:
    d = shipped_copy(tmp_path, "calendar.yaml", old, new)
    _refused(lambda: load_calendar(d), "calendar.yaml", where, key, allowed)


@pytest.mark.parametrize(("old", "new", "where", "key", "allowed"), [
    ("\nlabels:\n", "\nlabel:\n", "top level", "label", "labels"),
    ("  updated: [শেষ আপডেট,", "  update: [শেষ আপডেট,", "labels", "update", "updated"),
    ("byline:\n  lines: [", "byline:\n  line: [", "byline", "line", "lines"),
])
def test_chrome_refuses_an_unknown_key(tmp_path: Path, old: str, new: str, where: str, key: str, allowed: str) -> None:
    d = shipped_copy(tmp_path, "chrome.yaml", old, new)
    _refused(lambda: load_chrome(d), "chrome.yaml", where, key, allowed)


@pytest.mark.parametrize(("file", "old", "new", "where", "key", "allowed"), [
    ("grammar.yaml", "  gen: [গুলোর,", "  genitive: [গুলোর,", "case_endings", "genitive", "gen"),
    ("grammar.yaml", "  with: [সঙ্গে,", "  wiht: [সঙ্গে,", "postpositions", "wiht", "with"),
    ("grammar.yaml", "  singular: [তিনি,", "  singluar: [তিনি,", "pronouns", "singluar", "singular"),
    ("grammar.yaml", "\nstopwords: [", "\nstop_words: [", "top level", "stop_words", "stopwords"),
    ("triggers.yaml", "  before: [আসন্ন,", "  befor: [আসন্ন,", "planned", "befor", "before"),
    ("triggers.yaml", "\nsame_time: [", "\nsametime: [", "top level", "sametime", "same_time"),
    ("triggers.yaml", "  on_soil: [", "  onsoil: [", "visit", "onsoil", "on_soil"),
    ("claims.yaml", "    simple: [বলেন,", "    simpel: [বলেন,", "verbs.said", "simpel", "simple"),
    ("claims.yaml", "  goods: [অস্ত্র,", "  good: [অস্ত্র,", "arms_transfer", "good", "goods"),
    ("claims.yaml", "\nanaphoric:\n", "\nanaphora:\n", "top level", "anaphora", "anaphoric"),
])
def test_lexicons_refuse_an_unknown_key(tmp_path: Path, file: str, old: str, new: str, where: str, key: str,
                                        allowed: str) -> None:
    d = shipped_copy(tmp_path, file, old, new)
    _refused(lambda: load_lexicons(d), file, where, key, allowed)


def test_transliteration_refuses_an_unknown_key(tmp_path: Path) -> None:
    d = shipped_copy(tmp_path, "transliteration.yaml", "\ninherent: o\n", "\ninherent_vowel: o\n")
    _refused(lambda: load_scheme(d / "transliteration.yaml"), "transliteration.yaml", "top level", "inherent_vowel",
             "inherent")


def test_load_mappings_refuses_an_unknown_key_in_any_of_its_files(tmp_path: Path) -> None:
    d = shipped_copy(tmp_path, "places.yaml", "\nplaces:\n", "\nplace:\n")
    _refused(lambda: load_mappings(d), "places.yaml", "top level", "place", "places")


# ------------------------------------------------------------------------------ the schema checker itself
def test_check_schema_checks_keys_at_every_level_and_leaves_types_to_the_loader() -> None:
    schema = Keys({"a": Each(Keys(("x", "y"))), "b": ListOf(Keys(("z",))), "c": None})
    path = Path("f.yaml")
    check_schema(path, {"a": {"k1": {"x": 1}, "k2": {"y": [1]}}, "b": [{"z": 1}], "c": {"any": "words"}}, schema)
    # a value of another type than the schema's is the loader's to report, with what it expected
    check_schema(path, {"a": ["k1"], "b": {"z": 1}, "c": 3}, schema)
    with pytest.raises(MappingError, match=r"^f\.yaml: b\[1\]: unknown key\(s\) w, zz; allowed: z$"):
        check_schema(path, {"b": [{"z": 1}, {"zz": 2, "w": 3}]}, schema)
    with pytest.raises(MappingError, match=r"^f\.yaml: a\.k2: unknown key\(s\) q; allowed: x, y$"):
        check_schema(path, {"a": {"k1": {}, "k2": {"q": 0}}}, schema)
    with pytest.raises(MappingError, match=r"^f\.yaml: top level: unknown key\(s\) 7; allowed: a, b, c$"):
        check_schema(path, {7: None}, schema)
