"""The shipped gazetteer (actors.yaml, places.yaml, roles.yaml) and its loader; the event lexicons (triggers.yaml).

``tests/data/verified_wikidata.tsv`` holds the ``qid`` and ``english_label`` columns of the project's
reference list of verified Wikidata ids: an entity may be linked only to an id listed there.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDF
from rdflib.term import Node

import bnkg.mappings.gazetteer as gazetteer_module
from bnkg.builder.article import ArticleReader
from bnkg.builder.graph import record_triples
from bnkg.errors import MappingError
from bnkg.mappings.gazetteer import Gazetteer, fold, load_gazetteer
from bnkg.mappings.lexicons import AgreementLexicon, MeetingLexicon, VisitLexicon, event_keys, load_lexicons
from bnkg.rdf.namespaces import BNKG
from bnkg.text import words

from .test_yaml_keys import shipped_copy

MAPPINGS_DIR = Path(gazetteer_module.__file__).parent
VERIFIED_TSV = Path(__file__).parents[1] / "data" / "verified_wikidata.tsv"

# Case endings the mention matcher strips (genitive, accusative, locative, emphatic).  An alias equal
# to another alias plus one of these is an inflected form and must not be listed.  Plural markers
# (গুলো, রা …) are not here: a Group's surface form may be a plural ("পশ্চিমা দেশগুলো").
CASE_ENDINGS = ("য়ের", "ের", "এর", "র", "দের", "কে", "য়ে", "য়", "েতে", "তে", "ে", "ও", "ই")

# Real names that merely look like an inflected alias: তুর্কিয়ে (Türkiye) is not তুর্কি + য়ে.
INFLECTION_LOOKALIKES = {"তুর্কিয়ে"}

# Offices with one holder at a time: successive holders must not overlap.
SINGLE_HOLDER_ROLES = {"president", "vice_president", "acting_president", "prime_minister", "chancellor",
                       "chief_adviser", "supreme_leader", "general_secretary", "secretary_general",
                       "director_general", "speaker", "foreign_minister", "defence_minister",
                       "national_security_adviser", "security_council_secretary", "chief_of_general_staff",
                       "chief_cabinet_secretary", "high_representative", "commander_in_chief",
                       "director_of_national_intelligence", "head_of_presidential_office", "press_secretary"}

# Aliases deliberately shared by two entries (none so far).  Format: alias -> set of keys.
SHARED_ALIASES: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer(MAPPINGS_DIR)


@pytest.fixture(scope="module")
def verified() -> dict[str, str]:
    with VERIFIED_TSV.open(encoding="utf-8", newline="") as fh:
        return {row["qid"]: row["english_label"] for row in csv.DictReader(fh, delimiter="\t")}


def _entries(gaz: Gazetteer):
    yield from gaz.actors.values()
    yield from gaz.places.values()


# ----------------------------------------------------------------------------- shipped data


def test_shipped_gazetteer_covers_the_story(gaz: Gazetteer) -> None:
    by_type = defaultdict(int)
    for a in gaz.actors.values():
        by_type[a.type] += 1
    assert by_type["State"] >= 25 and by_type["Person"] >= 60
    assert by_type["Organization"] >= 35 and by_type["Group"] >= 8
    assert len(gaz.places) >= 35 and len(gaz.roles) >= 25
    for key in ("putin", "kim_jong_un", "russia", "north_korea", "kcna", "tass", "western_countries"):
        assert key in gaz.actors
    for key in ("pyongyang", "moscow", "vostochny", "kursk", "wonsan", "vladivostok"):
        assert key in gaz.places


def test_keys_are_ascii_snake_case(gaz: Gazetteer) -> None:
    for key in itertools.chain(gaz.actors, gaz.places, gaz.roles):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", key), key


def test_wikidata_ids_are_verified_with_matching_english_label(gaz: Gazetteer, verified: dict[str, str]) -> None:
    for e in _entries(gaz):
        if e.wikidata:
            assert e.wikidata in verified, f"{e.key}: {e.wikidata} is not a verified id"
            assert e.en == verified[e.wikidata], f"{e.key}: en {e.en!r} ≠ {verified[e.wikidata]!r}"


def test_wikidata_ids_are_unique(gaz: Gazetteer) -> None:
    seen: dict[str, str] = {}
    for e in _entries(gaz):
        if e.wikidata:
            assert e.wikidata not in seen, f"{e.wikidata} on both {seen[e.wikidata]} and {e.key}"
            seen[e.wikidata] = e.key


def test_yaml_files_are_nfc() -> None:
    for name in ("actors.yaml", "places.yaml", "roles.yaml"):
        text = (MAPPINGS_DIR / name).read_text(encoding="utf-8")
        bad = [line for line in text.splitlines() if unicodedata.normalize("NFC", line) != line]
        assert not bad, f"{name}: not NFC: {bad[:3]}"


def test_every_entry_has_labels_and_clean_aliases(gaz: Gazetteer) -> None:
    for e in _entries(gaz):
        assert e.en, f"{e.key}: English label missing"
        assert e.aliases[0] == e.bn
        for alias in e.aliases:
            assert alias and alias == alias.strip() and "  " not in alias, f"{e.key}: {alias!r}"
            assert not re.search(r"[A-Za-z]", alias), f"{e.key}: Latin letters in {alias!r}"


def test_no_alias_is_an_inflected_form_of_another(gaz: Gazetteer) -> None:
    names = {alias for e in _entries(gaz) for alias in e.aliases}
    names |= {adj for a in gaz.actors.values() for adj in a.adjectives}
    inflected = sorted((n, n[: -len(end)]) for n in names - INFLECTION_LOOKALIKES for end in CASE_ENDINGS
                       if n.endswith(end) and n[: -len(end)] in names)
    assert not inflected, f"inflected forms listed as aliases: {inflected}"


def test_no_alias_names_two_entries(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for e in _entries(gaz):
        for alias in e.aliases:
            owners[alias].add(e.key)
    shared = {alias: keys for alias, keys in owners.items() if len(keys) > 1}
    assert shared == SHARED_ALIASES


def test_no_two_entries_match_the_same_words(gaz: Gazetteer) -> None:
    """The matcher compares words, so "কিম জং-উন" and "কিম জং উন" are the same alias."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for e in _entries(gaz):
        for alias in e.aliases:
            assert words(alias), f"{e.key}: {alias!r} has no words"
            owners[words(alias)].add(e.key)
    shared = {" ".join(w): keys for w, keys in owners.items() if len(keys) > 1}
    assert shared == SHARED_ALIASES


@pytest.mark.parametrize(("a", "b"), [
    ("পুটিন", "পুতিন"), ("ভ্লাদিমীর", "ভ্লাদিমির"), ("জঙ", "জং"), ("সোন-হুই", "সোনহুই"), ("ল্যাভরভ", "লাভরভ"),
    ("সেরগেই", "সের্গেই"), ("কোরিয়া", "কোরিযা"), ("ডুমা", "দুমা"), ("মৌ", "মো"), ("কাঁচা", "কাচা"),
])
def test_fold_folds_spelling_variants(a: str, b: str) -> None:
    assert fold(a.replace("-", "")) == fold(b.replace("-", ""))


@pytest.mark.parametrize(("a", "b"), [("কিম", "কাম"), ("পুতিন", "পুতান"), ("রুশ", "রাশ"), ("চীন", "চান")])
def test_fold_keeps_different_vowels_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_no_spelling_variant_links_two_actors(gaz: Gazetteer) -> None:
    """The matcher compares folded words, spaces and hyphens removed: no two entries (nor a State's
    demonym adjective and another entry) may meet there, or a variant would link two actors."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in _entries(gaz):
        for alias in e.aliases:
            owners["".join(fold(w) for w in words(alias))].add(e.key)
    for a in gaz.actors.values():
        for adj in a.adjectives:
            owners["".join(fold(w) for w in words(adj))].add(a.key)
    shared = {form: keys for form, keys in owners.items() if len(keys) > 1}
    assert shared == {}


def test_no_spelling_variant_links_two_roles(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in gaz.roles.values():
        for form in r.bn:
            owners["".join(fold(w) for w in words(form))].add(r.key)
    assert {form: keys for form, keys in owners.items() if len(keys) > 1} == {}


def test_institutions_are_known_kinds_one_per_state(gaz: Gazetteer) -> None:
    seen: dict[tuple[str, str], str] = {}
    for a in gaz.actors.values():
        for kind in a.institution:
            assert kind in gaz.institutions and a.affiliation, a.key
            assert (a.affiliation, kind) not in seen, (a.key, seen.get((a.affiliation, kind)))
            seen[a.affiliation, kind] = a.key
    assert gaz.institution("south_korea", "intelligence") == "south_korea_intelligence"
    assert gaz.institution("north_korea", "government") == "north_korea"
    assert gaz.institution("japan", "intelligence") is None
    assert gaz.institution("usa", "intelligence") == "us_intelligence"  # by its label, "US intelligence"
    for key in ("russia", "north_korea", "south_korea", "usa", "ukraine", "china", "japan"):
        assert gaz.actors[key].demonym, key


def test_adjectives_belong_to_states_and_are_unique(gaz: Gazetteer) -> None:
    aliases = {alias for e in _entries(gaz) for alias in e.aliases}
    seen: dict[str, str] = {}
    for a in gaz.actors.values():
        assert not a.adjectives or a.type == "State", f"{a.key}: adjectives on a {a.type}"
        for adj in a.adjectives:
            assert adj not in seen, f"adjective {adj} on both {seen[adj]} and {a.key}"
            assert adj not in aliases, f"adjective {adj} is also an alias"
            seen[adj] = a.key


def test_role_forms_name_one_role(gaz: Gazetteer) -> None:
    seen: dict[str, str] = {}
    for r in gaz.roles.values():
        assert r.bn and len(set(r.bn)) == len(r.bn), r.key  # listed order: the first form is the label
        for form in r.bn:
            assert form not in seen, f"role form {form} in both {seen[form]} and {r.key}"
            seen[form] = r.key


def test_references_resolve(gaz: Gazetteer) -> None:
    for a in gaz.actors.values():
        assert a.affiliation is None or a.affiliation in gaz.actors, a.key
        assert a.role is None or a.role in gaz.roles, a.key
        assert not a.relay or a.type == "Organization", f"{a.key}: only organisations relay"
        for o in a.offices:
            assert o.role in gaz.roles and o.of in gaz.actors, (a.key, o)
            assert gaz.actors[o.of].type in ("State", "Organization"), (a.key, o)
    for p in gaz.places.values():
        assert gaz.actors[p.state].type == "State", p.key


def test_offices_start_before_they_end(gaz: Gazetteer) -> None:
    for a in gaz.actors.values():
        for o in a.offices:
            for day in (o.start, o.end):
                assert day is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", day), (a.key, o)
            assert not (o.start and o.end) or o.start <= o.end, (a.key, o)


def test_single_holder_offices_do_not_overlap(gaz: Gazetteer) -> None:
    terms = defaultdict(list)
    for a in gaz.actors.values():
        for o in a.offices:
            if o.role in SINGLE_HOLDER_ROLES:
                terms[o.role, o.of].append((o.start or "0000-00-00", o.end or "9999-99-99", a.key))
    for (role, of), spans in terms.items():
        spans.sort()
        for (_, end1, who1), (start2, _, who2) in itertools.pairwise(spans):
            assert end1 < start2, f"{role} of {of}: {who1} and {who2} overlap"


@pytest.mark.parametrize(("role", "of", "day", "expected"), [
    ("president", "russia", "2024-06-19", ["putin"]),
    ("president", "russia", "2010-01-01", ["medvedev"]),
    ("president", "usa", "2023-09-07", ["biden"]),
    ("president", "usa", "2025-07-12", ["trump"]),
    ("president", "usa", "2019-02-27", ["trump"]),
    ("president", "south_korea", "2025-07-12", ["lee_jae_myung"]),
    ("president", "south_korea", "2023-09-07", ["yoon_suk_yeol"]),
    ("supreme_leader", "north_korea", "2024-06-19", ["kim_jong_un"]),
    ("foreign_minister", "russia", "2024-06-19", ["lavrov"]),
    ("foreign_minister", "north_korea", "2024-11-04", ["choe_son_hui"]),
    ("foreign_minister", "usa", "2024-06-19", ["blinken"]),
    ("foreign_minister", "usa", "2025-03-01", ["rubio"]),
    ("defence_minister", "russia", "2023-07-27", ["shoigu"]),
    ("defence_minister", "russia", "2024-11-29", ["belousov"]),
    ("security_council_secretary", "russia", "2024-06-04", ["shoigu"]),
    ("security_council_secretary", "russia", "2023-01-01", ["nikolai_patrushev"]),
    ("secretary", "russia_security_council", "2024-06-04", ["shoigu"]),
    ("spokesperson", "kremlin", "2024-06-19", ["peskov"]),
    ("spokesperson", "russia_foreign_ministry", "2024-06-19", ["zakharova"]),
    ("spokesperson", "china_foreign_ministry", "2024-06-19", ["mao_ning", "lin_jian"]),
    ("national_security_adviser", "usa", "2024-06-19", ["sullivan"]),
    ("prime_minister", "japan", "2025-01-15", ["ishiba"]),
    ("president", "ukraine", "2024-12-01", ["zelensky"]),
    ("president", "south_korea", "2025-05-01", []),
    ("supreme_leader", "russia", "2024-06-19", ["putin"]),  # or_else: president — no one else leads Russia
    ("supreme_leader", "north_korea", "2024-06-19", ["kim_jong_un"]),
    ("foreign_minister", "north_korea", "2018-04-27", ["ri_yong_ho"]),
    ("defence_minister", "usa", "2005-06-01", ["rumsfeld"]),
    ("prime_minister", "japan", "2003-01-01", ["koizumi"]),
    ("president", "ukraine", "2012-01-01", ["yanukovych"]),
    ("foreign_minister", "china", "2010-01-01", ["yang_jiechi"]),
    ("president", "south_korea", "2016-01-01", ["park_geun_hye"]),
])
def test_holders(gaz: Gazetteer, role: str, of: str, day: str, expected: list[str]) -> None:
    assert [a.key for a in gaz.holders(role, of, day)] == expected


def test_one_title_two_dates_two_holders_and_no_date_no_holder(gaz: Gazetteer) -> None:
    """Roles in time: North Korea's foreign minister is Ri Yong Ho in 2018 and Choe Son Hui in
    2024; with no date there is no holder — never today's."""
    assert [a.key for a in gaz.holders("foreign_minister", "north_korea", "2018-04-27")] == ["ri_yong_ho"]
    assert [a.key for a in gaz.holders("foreign_minister", "north_korea", "2024-11-04")] == ["choe_son_hui"]
    assert gaz.holders("foreign_minister", "north_korea", None) == []
    assert gaz.holders("president", "russia", None) == []
    assert {"ri_yong_ho", "choe_son_hui"} <= {a.key for a in gaz.ever_held("foreign_minister", "north_korea")}


def test_scorer_conventions_for_key_names(gaz: Gazetteer) -> None:
    """Labels and short forms of the story's main actors follow the usual Bangla spellings."""
    expect = {"putin": "পুতিন", "kim_jong_un": "কিম জং-উন", "shoigu": "শোইগু", "lavrov": "ল্যাভরভ",
              "peskov": "পেসকভ", "choe_son_hui": "চোয়ে সন হুই", "sullivan": "সুলিভান", "zelensky": "জেলেনস্কি",
              "north_korea": "উ. কোরিয়া", "usa": "মার্কিন যুক্তরাষ্ট্র", "kcna": "কেসিএনএ", "al_jazeera": "আল জাজিরা"}
    for key, alias in expect.items():
        assert alias in gaz.actors[key].aliases, key
    assert "ভোসতোচনি" in gaz.places["vostochny"].aliases
    assert "কুর্স্ক" in gaz.places["kursk"].aliases


# ----------------------------------------------------------------------------- loader errors

ROLES_OK = "roles:\n  president: {en: President, bn: [প্রেসিডেন্ট]}\n"
ACTORS_OK = """actors:
  russia: {type: State, bn: রাশিয়া, en: Russia, adjectives: [রুশ]}
  putin:
    type: Person
    bn: ভ্লাদিমির পুতিন
    aliases: [পুতিন]
    affiliation: russia
    offices:
      - {role: president, of: russia, from: 2012-05-07}
"""
PLACES_OK = "places:\n  moscow: {bn: মস্কো, en: Moscow, state: russia, capital: true}\n"


def _write(tmp_path: Path, roles: str = ROLES_OK, actors: str = ACTORS_OK, places: str = PLACES_OK) -> Path:
    for name, text in (("roles.yaml", roles), ("actors.yaml", actors), ("places.yaml", places)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_minimal_files_load(tmp_path: Path) -> None:
    gaz = load_gazetteer(_write(tmp_path))
    assert gaz.actors["putin"].aliases == ("ভ্লাদিমির পুতিন", "পুতিন")
    assert gaz.actors["putin"].offices[0].start == "2012-05-07"
    assert [a.key for a in gaz.holders("president", "russia", "2024-06-19")] == ["putin"]
    assert gaz.places["moscow"].capital


def test_loader_normalises_to_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "রাশিয়া")
    gaz = load_gazetteer(_write(tmp_path, actors=ACTORS_OK.replace("bn: রাশিয়া", f"bn: {decomposed}")))
    assert gaz.actors["russia"].bn == unicodedata.normalize("NFC", "রাশিয়া")


def test_yaml_syntax_error_names_the_file(tmp_path: Path) -> None:
    _write(tmp_path, places="places:\n  moscow: {bn: মস্কো, state: russia\n")
    with pytest.raises(MappingError, match=r"places\.yaml"):
        load_gazetteer(tmp_path)


@pytest.mark.parametrize(("file", "text", "entry", "what"), [
    ("actors", ACTORS_OK + "  tass: {type: Agency, bn: তাস}\n", "tass", "type"),
    ("actors", ACTORS_OK + "  tass: {type: Organization, en: TASS}\n", "tass", "bn"),
    ("actors", ACTORS_OK + "  tass: {type: Organization, bn: তাস, afiliation: russia}\n", "tass", "afiliation"),
    ("actors", ACTORS_OK + "  tass: {type: Organization, bn: তাস, affiliation: rusia}\n", "tass", "rusia"),
    ("actors", ACTORS_OK + "  tass: {type: Organization, bn: তাস, wikidata: 223799}\n", "tass", "wikidata"),
    ("actors", ACTORS_OK + "  tass: {type: Organization, bn: তাস, aliases: {a: b}}\n", "tass", "aliases"),
    ("actors", ACTORS_OK + "  tass: {type: Organization, bn: তাস, relay: 'yes'}\n", "tass", "relay"),
    ("actors", ACTORS_OK + "  tass: [Organization, তাস]\n", "tass", "mapping"),
    ("actors", ACTORS_OK + "  russia: {type: State, bn: রুশ}\n", "russia", "duplicate"),
    ("actors", ACTORS_OK.replace("from: 2012-05-07", "from: 2012"), "putin", "ISO date"),
    ("actors", ACTORS_OK.replace("from: 2012-05-07", "from: 2012-05-07, to: 2008-05-07"), "putin", "ends before"),
    ("actors", ACTORS_OK.replace("role: president", "role: tsar"), "putin", "unknown role"),
    ("actors", ACTORS_OK.replace("{role: president, ", "{"), "putin", "'role' and 'of'"),
    ("places", "places:\n  moscow: {bn: মস্কো, state: moscow}\n", "moscow", "State"),
    ("places", "places:\n  moscow: {bn: মস্কো, state: putin}\n", "moscow", "State"),
    ("places", "places:\n  moscow: {en: Moscow, state: russia}\n", "moscow", "bn"),
    ("roles", "roles:\n  president: {en: President}\n", "president", "bn"),
    ("roles", ROLES_OK + "institutions:\n  army: {en: army, type: Army, bn: [সেনাবাহিনী]}\n", "army", "type"),
    ("roles", ROLES_OK + "  leader: {en: Leader, bn: [নেতা], or_else: tsar}\n", "leader", "or_else"),
    ("roles", ROLES_OK + "voices:\n  president: embassy\n", "president", "voices"),
    ("actors", ACTORS_OK + "  kpa: {type: Organization, bn: কেপিএ, affiliation: russia, institution: army}\n", "kpa",
     "institution"),
])
def test_malformed_entry_names_file_and_entry(tmp_path: Path, file: str, text: str, entry: str, what: str) -> None:
    _write(tmp_path, **{file: text})
    with pytest.raises(MappingError) as info:
        load_gazetteer(tmp_path)
    message = str(info.value)
    assert f"{file}.yaml" in message and entry in message and what in message, message


# ------------------------------------------------------------------------------ triggers.yaml (lexicons)
def test_event_lexicons_are_typed_fields_read_from_triggers_yaml() -> None:
    lex = load_lexicons(MAPPINGS_DIR)
    assert isinstance(lex.visit, VisitLexicon) and isinstance(lex.meeting, MeetingLexicon)
    assert isinstance(lex.agreement, AgreementLexicon)
    assert (lex.visit.cameo, lex.meeting.cameo, lex.agreement.cameo) == ("042", "040", "057")
    assert ("আমন্ত্রণে",) in lex.visit.host_words and ("মাটিতে",) in lex.visit.on_soil
    assert ("শীর্ষ", "সম্মেলন") in lex.meeting.summit_words and lex.meeting.roles == ("supreme_leader", "president")
    assert ("চুক্তি",) in lex.agreement.words  # the agreement's trigger words are its `nouns`
    assert ("লঙ্ঘন",) in lex.agreement.blockers and lex.agreement.window == 4
    assert set(lex.agreement.kinds) == {"defense", "strategic", "economic"}
    # each kind has only its own word lists: a visit has no blockers, an agreement no host words
    assert not hasattr(lex.visit, "blockers") and not hasattr(lex.agreement, "host_words")
    assert event_keys(VisitLexicon) >= {"cameo", "words", "host_words", "motion"}
    assert event_keys(MeetingLexicon) >= {"leader_roles", "summit_words"} and "roles" not in event_keys(MeetingLexicon)
    assert "nouns" in event_keys(AgreementLexicon) and "words" not in event_keys(AgreementLexicon)


@pytest.mark.parametrize(("old", "new", "where", "key"), [
    ("  host_words: [", "  host_word: [", "visit", "host_word"),  # misspelt
    ("  summit_words: [", "  sumit_words: [", "meeting", "sumit_words"),
    ("  blockers: [", "  blocker: [", "agreement", "blocker"),
    ("  nouns: [চুক্তি,", "  words: [চুক্তি,", "agreement", "words"),  # an agreement's triggers are `nouns`
    ("  leader_roles: [", "  roles: [", "meeting", "roles"),
    ("visit:\n  cameo: \"042\"\n", "visit:\n  cameo: \"042\"\n  window: 3\n", "visit", "window"),  # an agreement's key
])
def test_unknown_event_key_names_file_entry_key_and_allowed_keys(tmp_path: Path, old: str, new: str, where: str,
                                                                  key: str) -> None:
    with pytest.raises(MappingError) as info:
        load_lexicons(shipped_copy(tmp_path, "triggers.yaml", old, new))
    message = str(info.value)
    assert "triggers.yaml" in message and f"{where}: unknown key(s) {key};" in message, message
    assert "allowed: " in message and "cameo" in message.split("allowed: ")[1], message


def test_event_without_cameo_or_as_a_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MappingError, match=r"triggers\.yaml: meeting: 'cameo' is required"):
        load_lexicons(shipped_copy(tmp_path, "triggers.yaml", "  cameo: \"040\"\n", ""))
    (tmp_path / "triggers.yaml").write_text("visit: {cameo: '042'}\nmeeting: {cameo: '040'}\nagreement: [057]\n",
                                            encoding="utf-8")
    with pytest.raises(MappingError, match=r"triggers\.yaml: agreement: expected a mapping"):
        load_lexicons(tmp_path)


# ------------------------------------------------------------------------------ CAMEO codes: one source
CAMEO_TEXT = ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মঙ্গলবার পিয়ংইয়ং সফর করেন। সেখানে কিম জং উনের সঙ্গে তাঁর বৈঠক হয়। "
              "দুই নেতা একটি প্রতিরক্ষা চুক্তিতে স্বাক্ষর করেন। পুতিন বলেন, দুই দেশের বন্ধুত্ব আরও গভীর হবে। "
              "উত্তর কোরিয়া অভিযোগ করেছে যে যুক্তরাষ্ট্র উত্তেজনা বাড়াচ্ছে।")


def _cameo_codes(triples: list[tuple[Node, Node, Node]]) -> dict[str, set[str]]:
    types = {s: str(o).rsplit("#", 1)[-1] for s, p, o in triples if p == RDF.type}
    out: dict[str, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if p == BNKG.cameoCode:
            out[types[s]].add(str(o))
    return dict(out)


def test_graph_writes_the_cameo_codes_of_the_lexicons() -> None:
    rec = ArticleReader().read_string(CAMEO_TEXT, "cameo.txt")
    shipped = _cameo_codes(record_triples(rec))
    assert shipped == {"Visit": {"042"}, "Meeting": {"040"}, "Agreement": {"057"}, "Claim": {"010"},
                       "Accusation": {"112"}}
    lex = load_lexicons(MAPPINGS_DIR)
    other = replace(lex, visit=replace(lex.visit, cameo="043"), meeting=replace(lex.meeting, cameo="046"),
                    agreement=replace(lex.agreement, cameo="0571"),
                    speech=replace(lex.speech, claim_cameo="012", accusation_cameo="1121"))
    assert _cameo_codes(record_triples(rec, lexicons=other)) == {
        "Visit": {"043"}, "Meeting": {"046"}, "Agreement": {"0571"}, "Claim": {"012"}, "Accusation": {"1121"}}


@pytest.mark.parametrize(("file", "old", "new", "what"), [
    ("triggers.yaml", 'cameo: "042"', "cameo: 042", "visit.cameo: expected a quoted CAMEO code"),  # YAML: octal 34
    ("triggers.yaml", 'cameo: "040"', 'cameo: "4"', "meeting.cameo: expected a quoted CAMEO code"),
    ("triggers.yaml", 'cameo: "057"', 'cameo: "05a"', "agreement.cameo: expected a quoted CAMEO code"),
    ("claims.yaml", 'cameo: {claim: "010", accusation: "112"}\n', "", "cameo: a mapping with the 'claim'"),
    ("claims.yaml", 'accusation: "112"}', 'accusation: "11200"}', "cameo.accusation: expected a quoted CAMEO"),
    ("claims.yaml", 'accusation: "112"}', 'acusation: "112"}', "cameo: unknown key(s) acusation;"),
])
def test_malformed_cameo_code_is_refused(tmp_path: Path, file: str, old: str, new: str, what: str) -> None:
    with pytest.raises(MappingError) as info:
        load_lexicons(shipped_copy(tmp_path, file, old, new))
    assert file in str(info.value) and what in str(info.value), str(info.value)
