"""The credit grammar, table-driven: each line with the credits it must yield (or none)."""

import pytest

from archiver.extract.credits import parse_credit_line, split_caption_credit

UMT_CC = {"copyright_holder": "Urząd Miasta Torunia", "license_url": "https://creativecommons.org/licenses/by-nc/4.0/"}

# line → list of (role, person, organisation) plus, where given, extra expected fields
CREDIT_LINES = [
    ("Tekst: Anna Grzybowska, Biuro Rady Miasta.", [("text", "Anna Grzybowska", "Biuro Rady Miasta", {})]),
    ("Fot. © UMT 2025, autor: Magdalena Dębczyńska-Wróblewska, licencja: CC BY-NC 4.0",
     [("photo", "Magdalena Dębczyńska-Wróblewska", None, {**UMT_CC, "year": 2025, "license": "CC-BY-NC-4.0"})]),
    ("Fot. © UMT 2024, autorka: Anna Kowalska, licencja CC BY-SA 3.0",
     [("photo", "Anna Kowalska", None, {"year": 2024, "license": "CC-BY-SA-3.0",
                                         "license_url": "https://creativecommons.org/licenses/by-sa/3.0/"})]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY-NC-ND 4.0", [("photo", "Jan Nowak", None, {"license": "CC-BY-NC-ND-4.0"})]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC BY 4.0", [("photo", "Jan Nowak", None, {"license": "CC-BY-4.0"})]),
    ("Fot. © UMT 2023, autor: Jan Nowak, licencja: CC0", [("photo", "Jan Nowak", None, {"license": "CC0-1.0"})]),
    ("Fot. Adam Zakrzewski", [("photo", "Adam Zakrzewski", None, {})]),
    ("fot. A. Zakrzewski", [("photo", "A. Zakrzewski", None, {})]),
    ("/ fot. Paula Gałązka", [("photo", "Paula Gałązka", None, {})]),
    ("fot. Małgorzata Litwin, torun.pl", [("photo", "Małgorzata Litwin", "torun.pl", {})]),
    ("Fot. Jan Nowak, Anna Kowalska", [("photo", "Jan Nowak", None, {}), ("photo", "Anna Kowalska", None, {})]),
    ("Tekst i fot.: Jan Nowak", [("text", "Jan Nowak", None, {}), ("photo", "Jan Nowak", None, {})]),
    ("Tekst: Jan Nowak; fot. Anna Kowalska", [("text", "Jan Nowak", None, {}), ("photo", "Anna Kowalska", None, {})]),
    ("Zdjęcia: Jan Nowak", [("photo", "Jan Nowak", None, {})]),
    ("Film: Jan Nowak", [("video", "Jan Nowak", None, {})]),
    ("Grafika: Jan Nowak", [("graphics", "Jan Nowak", None, {})]),
    ("Opracowanie: Biuro Rady Miasta", [("editing", None, "Biuro Rady Miasta", {})]),
    ("Oprac. Jan Nowak", [("editing", "Jan Nowak", None, {})]),
    ("Źródło: Wydział Komunikacji Społecznej UMT", [("source", None, "Wydział Komunikacji Społecznej UMT", {})]),
    ("Fot. archiwum UMT", [("photo", None, "archiwum UMT", {})]),
    ("Fot. materiały prasowe Muzeum Okręgowego w Toruniu", [("photo", None, "materiały prasowe Muzeum Okręgowego w Toruniu", {})]),
    ("Fot. Jan Nowak, wszelkie prawa zastrzeżone", [("photo", "Jan Nowak", None, {"license": "LicenseRef-All-Rights-Reserved"})]),
]
NOT_CREDITS = [
    "Tekst porozumienia jest dostępny na stronie BIP.",
    "Fotografie z wystawy można oglądać do końca miesiąca.",
    "Zdjęcia z sesji można obejrzeć w galerii.",
    "Film: premiera odbędzie się w sobotę w kinie Orzeł o godzinie 18.",
    "Tekst jednolity statutu miasta przyjęto w 2019 roku.",
    "Źródłem finansowania jest budżet miasta.",
    "",
    "Fot. " + "bardzo długi opis " * 20,
]


@pytest.mark.parametrize("line,expected", CREDIT_LINES, ids=[line for line, _ in CREDIT_LINES])
def test_credit_line(line, expected):
    credits = parse_credit_line(line)
    assert [(c.role, c.person, c.organisation) for c in credits] == [e[:3] for e in expected]
    for credit, (*_, extra) in zip(credits, expected):
        for field, value in extra.items():
            assert getattr(credit, field) == value, field
        assert credit.raw == " ".join(line.split())


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_not_a_credit(line):
    assert parse_credit_line(line) == []


@pytest.mark.parametrize(
    "caption,expected",
    [
        ("Radni podczas sesji, fot. Lech Kamiński", ("Radni podczas sesji", "fot. Lech Kamiński", "Lech Kamiński")),
        ("Głosowanie / fot. Paula Gałązka", ("Głosowanie", "fot. Paula Gałązka", "Paula Gałązka")),
        ("Panorama Torunia (fot. Adam Zakrzewski)", ("Panorama Torunia", "fot. Adam Zakrzewski", "Adam Zakrzewski")),
        ("Fotografie radnych z 2024 roku", ("Fotografie radnych z 2024 roku", None, None)),
    ],
)
def test_caption_credit(caption, expected):
    text, credit, credits = split_caption_credit(caption)
    assert (text, credit, credits[0].person if credits else None) == expected
