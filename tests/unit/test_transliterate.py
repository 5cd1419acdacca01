"""English labels for everyone: the Bengali → Latin fallback for names the gazetteer lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from bnkg.builder.article import ArticleReader
from bnkg.builder.corpus.pipeline import build_result
from bnkg.builder.graph import IRIs, add_record, new_dataset
from bnkg.errors import MappingError
from bnkg.rdf.namespaces import BNKG
from bnkg.transliterate import load_scheme, transliterate
from bnkg.views.story import read_story, union_view

from ..conftest import EXAMPLES


@pytest.mark.parametrize(("bn", "en"), [
    ("চোয়ে সন হুই", "Choye Son Hui"),
    ("আলেকজান্ডার নোভাক", "Alekjandar Novak"),
    ("পাক মিন সু", "Pak Min Su"),
    ("ভ্লাদিমির পুতিন", "Vladimir Putin"),
    ("সের্গেই ল্যাভরভ", "Sergei Lavrov"),
    ("আন্দ্রেই বেলোউসভ", "Andrei Belousov"),
    ("কিম ইয়ো জং", "Kim Yo Jong"),
    ("রি সন গোয়ন", "Ri Son Goyon"),
])
def test_names(bn: str, en: str) -> None:
    assert transliterate(bn) == en


def test_other_text_passes_through() -> None:
    assert transliterate("Putin-এর ১৯ জুন") == "Putin-Er 19 Jun"
    assert transliterate("") == ""


def test_every_actor_and_place_in_a_built_graph_has_an_english_label() -> None:
    ds = build_result([EXAMPLES]).dataset
    g = union_view(ds)
    kinds = [BNKG.Person, BNKG.State, BNKG.Organization, BNKG.Group, BNKG.Place]
    nodes = {s for k in kinds for s in g.subjects(RDF.type, k)}
    assert nodes
    for node in nodes:
        assert any(lab.language == "en" for lab in g.objects(node, RDFS.label) if isinstance(lab, Literal)), node


def test_a_person_introduced_by_a_title_gets_a_transliterated_english_label() -> None:
    reader = ArticleReader()
    page = ("মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক নিয়ে নতুন প্রতিবেদন\n\nপ্রকাশিত: ১৪ সেপ্টেম্বর ২০২৩\n\n"
            "উত্তর কোরিয়ার কৃষিমন্ত্রী পাক মিন সু সোমবার মস্কোয় গিয়েছেন।\n")
    rec = reader.read_string(page, "t.txt")
    [person] = [e for e in rec.entities if e.key.startswith("person-")]
    assert (person.label_bn, person.label_en) == ("পাক মিন সু", "Pak Min Su")
    iris = IRIs()
    ds = new_dataset(iris)
    g = ds.graph(add_record(ds, rec, iris))
    assert Literal("Pak Min Su", lang="en") in set(g.objects(iris.entity(person), RDFS.label))
    assert read_story(ds).actor(str(iris.entity(person))).en_transliterated  # the report marks it †


def test_a_malformed_table_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "transliteration.yaml"
    bad.write_text("consonants: [ক]\n", encoding="utf-8")
    with pytest.raises(MappingError, match="transliteration.yaml: consonants"):
        load_scheme(bad)
