"""The real-text sets are what docs/extraction-quality.md says they are: every item sourced, labelled
in the documented shape, and the held-out set sharing no page with the development sets."""

import html
import json
import re
from pathlib import Path

import pytest

FOLDER = Path(__file__).parent / "labelled"
SETS = ["held_out_real.json", "dev_real.json", "dev_real_2.json", "dev_real_3.json", "dev_real_4.json", "dev_real_5.json",
        "dev_real_6.json", "dev_real_7.json", "dev_real_8.json", "dev_real_9.json", "dev_real_10.json", "dev_real_11.json",
        "dev_real_12.json", "dev_real_13.json", "dev_real_14.json", "dev_real_15.json",
        "dev_real_16.json", "dev_real_17.json", "dev_real_18.json", "dev_real_19.json", "dev_real_20.json", "dev_real_21.json", "dev_real_22.json", "dev_real_23.json", "dev_real_24.json", "dev_real_25.json", "dev_real_26.json", "dev_real_27.json", "dev_real_28.json", "dev_real_29.json", "dev_real_30.json", "dev_real_31.json", "dev_real_32.json"]
CREDIT_LINES_ONLY = {"dev_real_30.json", "dev_real_31.json", "dev_real_32.json"}  # a set built for credit lines alone
ROLES = {"text", "photo", "video", "graphics", "editing", "source"}
CREDIT_FIELDS = {"role", "person", "organisation", "copyright_holder", "year", "license", "source_kind"}


def load(name: str) -> dict:
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_every_item_has_its_source_and_the_documented_shape(name):
    labelled = load(name)
    assert labelled["credit_lines"] and (labelled["mentions"] or name in CREDIT_LINES_ONLY)
    for item in labelled["mentions"]:
        assert item["text"].strip() and item["source"].startswith("http")
        assert all(set(person) == {"name", "role"} and person["name"].strip() for person in item["people"])
    for item in labelled["credit_lines"]:
        assert item["text"].strip() and item["source"].startswith("http")
        assert all(set(credit) >= CREDIT_FIELDS - {"source_kind"} and credit["role"] in ROLES for credit in item["credits"])


@pytest.mark.parametrize("name", ["page_endings.json", "page_endings_2.json", "page_endings_3.json", "page_endings_4.json", "page_endings_5.json"])
def test_the_page_endings_written_blind_have_the_documented_shape(name):
    cases = load(name)["cases"]
    assert len(cases) >= 100 and sum(1 for case in cases if not case["credits"]) >= 10
    for case in cases:
        assert set(case) == {"ending", "credits", "body_ends", "why"} and case["ending"].lstrip().startswith("<")
        assert all(set(credit) == {"role", "person", "organisation"} and credit["role"] in ROLES for credit in case["credits"])
        # as shown on the page: a name split by tags ("Gaw<span>rych</span>") or a soft hyphen is the name
        shown = "".join(html.unescape(re.sub(r"<[^>]+>", " ", case["ending"])).replace("\u00ad", "").split())
        assert all("".join(name.split()) in shown for credit in case["credits"] for name in (credit["person"], credit["organisation"]) if name)


def test_the_held_out_set_shares_no_page_with_the_development_sets():
    def pages(name: str) -> set[str]:
        labelled = load(name)
        return {item["source"] for kind in ("mentions", "credit_lines") for item in labelled[kind]}

    held_out = pages("held_out_real.json")
    development = set().union(*(pages(name) for name in SETS if name != "held_out_real.json"))
    assert held_out and not held_out & development


def test_a_name_scores_as_found_whatever_its_letter_case_spacing_and_dash(tmp_path):
    from bench.quality import real_text

    labelled = {
        "mentions": [{"text": "Głos zabrał radny PAWEŁ GĄSIORSKI.", "source": "http://example.invalid/1",
                      "people": [{"name": "PAWEŁ GĄSIORSKI", "role": "radny"}]},
                     {"text": "Obrady prowadziła radna Anna Nowak – Wilk.", "source": "http://example.invalid/4",
                      "people": [{"name": "Anna Nowak-Wilk", "role": "radna"}]}],
        "credit_lines": [{"text": "Radni obradowali do wieczora.\nfot.K.Gonera", "source": "http://example.invalid/2",
                          "credits": [{"role": "photo", "person": "K.Gonera", "organisation": None,
                                       "copyright_holder": None, "year": None, "license": None}]},
                         {"text": "Radni obradowali do wieczora.\nfot. Jan Kowalski", "source": "http://example.invalid/3",
                          "credits": [{"role": "photo", "person": "Jan Kowalska", "organisation": None,
                                       "copyright_holder": None, "year": None, "license": None}]}],
    }  # fmt: skip
    path = tmp_path / "set.json"
    path.write_text(json.dumps(labelled, ensure_ascii=False), encoding="utf-8")
    figures = real_text(path, "set")
    assert figures["set: people"]["correct"] == 2 and figures["set: roles of the people found"]["correct"] == 2
    assert figures["set: credit lines"]["correct"] == 1 and figures["set: credit lines"]["predicted"] == 2


def test_a_year_scores_the_same_written_as_a_number_or_as_text(tmp_path):
    from bench.quality import real_text

    credit = {"role": "source", "person": None, "organisation": "Gmina Lisewo", "copyright_holder": "Gmina Lisewo", "year": "2016", "license": None}
    labelled = {"mentions": [{"text": "Radni obradowali.", "source": "http://example.invalid/1", "people": []}],
                "credit_lines": [{"text": "Radni obradowali.\n© 2016 Gmina Lisewo", "source": "http://example.invalid/2", "credits": [credit]},
                                 {"text": "Radni obradowali.\n© 2016 Gmina Lisewo", "source": "http://example.invalid/3",
                                  "credits": [{**credit, "year": 2016}]}]}  # fmt: skip
    path = tmp_path / "set.json"
    path.write_text(json.dumps(labelled, ensure_ascii=False), encoding="utf-8")
    assert real_text(path, "set")["set: credit lines"]["correct"] == 2
