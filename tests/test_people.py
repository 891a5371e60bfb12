"""People named in the text: the labelled sentences, name forms, and the seed article's seven."""

import pytest

from archiver.extract import extract_article
from archiver.extract.people import people_in_text, surname_nominative
from tests.conftest import SEED_PAGE, TORUN
from tests.labelled.mentions import MENTIONS


@pytest.mark.parametrize("sentence,expected", MENTIONS, ids=[s[:50] for s, _ in MENTIONS])
def test_mention(sentence, expected):
    assert [(p.name, p.role) for p in people_in_text(sentence)] == expected


def test_the_labelled_set_is_large_enough():
    assert len(MENTIONS) >= 25


def test_the_seed_article_names_seven_people_with_roles():
    article = extract_article(SEED_PAGE.read_bytes(), "https://www.torun.pl/x", TORUN)
    assert [(p["name"], p["role"]) for p in article["people"]] == [
        ("Łukasz Walkusz", "Przewodniczący Rady Miasta Torunia"),
        ("Rafał Pietrucień", "zastępca Prezydenta Torunia"),
        ("Anna Głuszek", "dyrektor Wydziału Strategii i Projektów Rozwojowych"),
        ("Marcin Kowallek", "dyrektor Wydziału Gospodarki Komunalnej"),
        ("Ewa Banaszczyk-Kisiel", "dyrektor Biura Rozwoju Turystyki"),
        ("Łukasz Szarszewski", "dyrektor Centrum Wsparcia Biznesu"),
        ("Maja Lewandowska-Robak", "dyrektor Biura Metropolii"),
    ]


def test_every_form_of_a_name_is_kept():
    (person,) = people_in_text("Łukasz Walkusz otworzył sesję. Podziękowano Łukaszowi Walkuszowi. Z Łukaszem Walkuszem rozmawiano.")
    assert person.name == "Łukasz Walkusz"
    assert person.forms == ["Łukasz Walkusz", "Łukaszowi Walkuszowi", "Łukaszem Walkuszem"]


@pytest.mark.parametrize(
    "surname,female,ending,expected",
    [
        ("Walkusza", False, "a", "Walkusz"),
        ("Gulewskiego", False, "a", "Gulewski"),
        ("Pietrucienia", False, "a", "Pietrucień"),
        ("Kowallka", False, "a", "Kowallek"),
        ("Kowallkiem", False, "em", "Kowallek"),
        ("Walkuszowi", False, "owi", "Walkusz"),
        ("Zielińskiej", True, "y", "Zielińska"),
        ("Lewandowską-Robak", True, "ą", "Lewandowska-Robak"),
        ("Głuszek", True, "y", "Głuszek"),
        ("Nowak", False, "", "Nowak"),
    ],
)
def test_surnames_return_to_the_nominative(surname, female, ending, expected):
    assert surname_nominative(surname, female=female, case_ending=ending) == expected


def test_one_person_one_row_whatever_form_the_text_uses():
    (person,) = people_in_text("Adam Zakrzewski otworzył sesję.\nA. Zakrzewski podziękował radnym. Zakrzewski zapowiedział kolejne spotkanie.")
    assert person.name == "Adam Zakrzewski"
    assert person.forms == ["Adam Zakrzewski", "A. Zakrzewski", "Zakrzewski"]


def test_an_initial_is_not_merged_when_two_people_share_the_surname():
    people = people_in_text("Adam Nowak i Anna Nowak przyszli razem. A. Nowak zabrał głos.")
    assert [p.name for p in people] == ["Adam Nowak", "Anna Nowak", "A. Nowak"]


@pytest.mark.parametrize("text,name", [("Ślubowanie złożył Jan Lis na", "Jan Lis"), ("Wybrano Annę Kos na\nnastępną kadencję", "Anna Kos")])
def test_a_text_that_ends_right_after_a_name_and_na_is_read_without_an_error(text, name):
    # found by fuzzing: the role after "na" was looked for past the line's last word
    assert [p.name for p in people_in_text(text)] == [name]
