"""The credit grammar, table-driven: each line with the credits it must yield (or none)."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.extract.credits import byline_credits, credits_at_end, parse_credit_line, prose_credits, split_caption_credit
from archiver.extract.people import people_in_text
from tests.conftest import TORUN
from tests.labelled.credit_lines import BYLINES, CREDIT_LINES, PROSE_CREDITS, TEXT_ENDINGS

FIELDS = ("role", "person", "organisation", "copyright_holder", "year", "license", "license_url", "source_kind")


@pytest.mark.parametrize("line,expected", CREDIT_LINES, ids=[line or "empty" for line, _ in CREDIT_LINES])
def test_credit_line(line, expected):
    credits = parse_credit_line(line, TORUN.abbreviations)
    assert [{field: getattr(c, field) for field in FIELDS} for c in credits] == expected
    assert all(c.raw == " ".join(line.split()) for c in credits)


def test_the_labelled_set_is_large_enough():
    assert len(CREDIT_LINES) >= 50
    assert sum(1 for _, expected in CREDIT_LINES if not expected) >= 8


@pytest.mark.parametrize("line", ["", "Fot. " + "bardzo długi opis " * 20, "   ", "Fot."])
def test_degenerate_lines_are_not_credits(line):
    assert parse_credit_line(line, TORUN.abbreviations) == []


@pytest.mark.parametrize(
    "caption,expected",
    [
        ("Radni podczas sesji, fot. Lech Kamiński", ("Radni podczas sesji", "fot. Lech Kamiński", "Lech Kamiński")),
        ("Głosowanie / fot. Paula Gałązka", ("Głosowanie", "fot. Paula Gałązka", "Paula Gałązka")),
        ("Panorama Torunia (fot. Adam Zakrzewski)", ("Panorama Torunia", "fot. Adam Zakrzewski", "Adam Zakrzewski")),
        ("Fotografie radnych z 2024 roku", ("Fotografie radnych z 2024 roku", None, None)),
        ("Widok na rynek, fot. Ewa Sikorska/UM Lublin", ("Widok na rynek", "fot. Ewa Sikorska/UM Lublin", "Ewa Sikorska")),
        ("Autor projektu przy makiecie", ("Autor projektu przy makiecie", None, None)),
        ("Makieta dworca, autor: Jan Nowak", ("Makieta dworca, autor: Jan Nowak", None, None)),
        ("Opole, Rynek [fot. Maciej Marciński]", ("Opole, Rynek", "fot. Maciej Marciński", "Maciej Marciński")),
        ("Medal dla miasta fot. Adam Nowak (UM Toruń)", ("Medal dla miasta", "fot. Adam Nowak (UM Toruń)", "Adam Nowak")),
        ("Lublin, 20.03.2025, fot. Krzysztof Radzki", ("Lublin, 20.03.2025", "fot. Krzysztof Radzki", "Krzysztof Radzki")),
        # a journalist's signature ends the last sentence
        ("Prace potrwają do maja. (tos)", ("Prace potrwają do maja.", "(tos)", "tos")),
        ("Burmistrz (Jan Lis) otworzył sesję.", ("Burmistrz (Jan Lis) otworzył sesję.", None, None)),
        ("Sesja odbędzie się w grudniu (jk).", ("Sesja odbędzie się w grudniu", "(jk).", "jk")),
        ("Spotkano się przy ognisku. (PK)", ("Spotkano się przy ognisku.", "(PK)", "PK")),
        ("Radni przyjęli budżet. (jk, PAP)", ("Radni przyjęli budżet.", "(jk, PAP)", "jk")),
        ("Mapy znajdziecie [tutaj]. ak", ("Mapy znajdziecie [tutaj].", "ak", "ak")),
        ("Widok na rzekę. fot", ("Widok na rzekę. fot", None, None)),
        ("Pracował wtedy w PZU (SA).", ("Pracował wtedy w PZU (SA).", None, None)),
        ("Zamek warto zwiedzićFot. Jan Lis", ("Zamek warto zwiedzić", "Fot. Jan Lis", "Jan Lis")),
        ("Zarząd koła (druga od prawej)Fot. Ewa Sowa", ("Zarząd koła (druga od prawej)", "Fot. Ewa Sowa", "Ewa Sowa")),
        ("Na korcie w Lisewie. Zdjęcie z archiwum Jana Kosa", ("Na korcie w Lisewie.", "Zdjęcie z archiwum Jana Kosa", "Jan Kos")),
        # a newspaper's photographer in capitals, in brackets
        ("Nowy dyrektor teatru Jan Lis (MIECZYSŁAW WRONA)", ("Nowy dyrektor teatru Jan Lis", "(MIECZYSŁAW WRONA)", "Mieczysław Wrona")),
        ("Posiedzenie klubu (PIS KO)", ("Posiedzenie klubu (PIS KO)", None, None)),
        # a stock library or photo agency after a slash
        ("Widok na Wisłę / Shutterstock", ("Widok na Wisłę", "/ Shutterstock", None)),
        ("Obrady sejmiku/East News", ("Obrady sejmiku", "/East News", None)),
        ("Wyjazd na forum / Forum", ("Wyjazd na forum", "/ Forum", None)),
        ("Dyskusja na miejskim forum/Forum", ("Dyskusja na miejskim forum/Forum", None, None)),
        # the photographer and his office, or press materials, after the caption's last sentence
        ("Nagrody rozdano w amfiteatrze. Ewa Sowa/UMWKP", ("Nagrody rozdano w amfiteatrze.", "Ewa Sowa/UMWKP", "Ewa Sowa")),
        ("Spotkali się w Lisewie. Warszawa/Kraków", ("Spotkali się w Lisewie. Warszawa/Kraków", None, None)),
        ("Wyspa z bulwarami. mat. pr.", ("Wyspa z bulwarami.", "mat. pr.", None)),
        # a bare "Fot" and a full name ending a caption; not a town
        ("Rada wraz z prezydent miasta  Fot  Ewa Sowa", ("Rada wraz z prezydent miasta", "Fot Ewa Sowa", "Ewa Sowa")),
        ("Jedziemy do Fot Kraków", ("Jedziemy do Fot Kraków", None, None)),
        # Wikimedia's attribution after the caption
        ("Zamek w Lisewie. Jan Sowa, CC BY-SA 4.0, via Wikimedia Commons",
         ("Zamek w Lisewie.", "Jan Sowa, CC BY-SA 4.0, via Wikimedia Commons", "Jan Sowa")),
        ("Pojedziemy via Berlin. Jan Sowa wróci via Poznań", ("Pojedziemy via Berlin. Jan Sowa wróci via Poznań", None, None)),
        # a copyright notice ending the caption: who holds the photo's rights
        ("Jubileusz koła gospodyń © Ewa Sowa", ("Jubileusz koła gospodyń", "© Ewa Sowa", "Ewa Sowa")),
        ("Wszystkie prawa © zastrzeżone", ("Wszystkie prawa © zastrzeżone", None, None)),
        # a full stop after the credit's bracket, which the caption keeps; a Roman numeral ending a title is no signature
        ("Jan Wrona przy wykopie (fot. Ewa Sowa).", ("Jan Wrona przy wykopie.", "fot. Ewa Sowa", "Ewa Sowa")),
        ("Spotkanie w Lisewie, cz. II", ("Spotkanie w Lisewie, cz. II", None, None)),
        ("Spotkanie w auli (fot. J. Sowa) |", ("Spotkanie w auli", "fot. J. Sowa", "J. Sowa")),
        ("Poczty sztandarowe szkół. fot. Jan Sowa[1]", ("Poczty sztandarowe szkół.", "fot. Jan Sowa", "Jan Sowa")),
    ],
)
def test_caption_credit(caption, expected):
    text, credit, credits = split_caption_credit(caption, TORUN.abbreviations)
    assert (text, credit, credits[0].person if credits else None) == expected


def test_the_kind_of_source_is_in_every_record():
    archive, = parse_credit_line("Fot. archiwum UMT", TORUN.abbreviations)
    plain, = parse_credit_line("Fot. Jan Nowak", TORUN.abbreviations)
    assert (archive.as_dict()["source_kind"], archive.organisation) == ("archive", "Urząd Miasta Torunia")
    assert plain.as_dict()["source_kind"] is None


def _fields(credits) -> list[dict]:
    return [{field: getattr(c, field) for field in FIELDS} for c in credits]


@pytest.mark.parametrize("line,expected", BYLINES, ids=[line for line, _ in BYLINES])
def test_byline_of_names_alone(line, expected):
    assert _fields(byline_credits(line, TORUN.abbreviations)) == expected


@pytest.mark.parametrize("sentence,expected", PROSE_CREDITS, ids=[s for s, _ in PROSE_CREDITS])
def test_credits_in_prose(sentence, expected):
    assert _fields(prose_credits(sentence)) == expected


@pytest.mark.parametrize("text,expected", TEXT_ENDINGS, ids=[text for text, _ in TEXT_ENDINGS])
def test_the_credits_a_text_ends_with(text, expected):
    assert _fields(credits_at_end(text, TORUN.abbreviations)[1]) == expected


def test_the_signers_post_above_the_name_leaves_the_text_with_the_signature():
    assert credits_at_end("Dziękujemy za pomoc.\n\nStarosta Lisewski\n\nJan Wrona", TORUN.abbreviations)[0] == "Dziękujemy za pomoc."
    # a signed document: the post above "/-/", the authority above the name
    assert credits_at_end("Wisi przez 7 dni.\nWójt Gminy Stara Wieś\n/-/ Jan Wrona", TORUN.abbreviations)[0] == "Wisi przez 7 dni."
    assert credits_at_end("Uwagi przez 14 dni.\nz up. Wójta\nAnna Kos\nZastępca Wójta", TORUN.abbreviations)[0] == "Uwagi przez 14 dni."
    text, credits = credits_at_end("Kandydaci na burmistrza Lisewa przed drugą turą\n\nJan Wrona", TORUN.abbreviations)
    assert text.endswith("przed drugą turą")  # a heading, though it starts with a function


def test_text_keeps_a_prose_credit_and_loses_a_byline():
    text, credits = credits_at_end("Wiosna w parku w obiektywie Anny Zając.", TORUN.abbreviations)
    assert text == "Wiosna w parku w obiektywie Anny Zając." and credits[0].person == "Anna Zając"
    text, credits = credits_at_end("Radni przyjęli budżet.\nJan Kowalczyk", TORUN.abbreviations)
    assert text == "Radni przyjęli budżet." and [c.person for c in credits] == ["Jan Kowalczyk"]
    text, credits = credits_at_end("Skład komisji:\nJan Kowalczyk\nAnna Lis", TORUN.abbreviations)
    assert credits == [] and text.endswith("Anna Lis")
    text, credits = credits_at_end("Nagrodę główną otrzymała:\nAnna Lis", TORUN.abbreviations)
    assert credits == [] and text.endswith("Anna Lis")


def test_a_signer_with_the_office_she_works_in_on_a_paragraph_below():
    text, credits = credits_at_end("Zapraszamy na spotkanie autorskie.\n\nEwa Sowa\n\nSekretariat Książnicy Lisewskiej", TORUN.abbreviations)
    assert text.rstrip() == "Zapraszamy na spotkanie autorskie."
    assert [(c.role, c.person, c.organisation) for c in credits] == [("text", "Ewa Sowa", "Sekretariat Książnicy Lisewskiej")]


def test_a_credit_in_prose_above_the_credit_lines_is_kept_with_them():
    text, credits = credits_at_end("Strażacy zdali egzamin.\n\nMateriał przygotował Jan Wrona.\n\nred.: ak", TORUN.abbreviations)
    assert text.rstrip().endswith("Materiał przygotował Jan Wrona.")
    assert [(c.role, c.person) for c in credits] == [("text", "Jan Wrona"), ("editing", "ak")]


def test_a_credit_inside_a_caption_leaves_the_next_sentence_in_it():
    caption, _, credits = split_caption_credit("Wernisaż w bibliotece. Fot. M.Lis. Występ zespołu „Lisewianki”.", TORUN.abbreviations)
    assert caption == "Wernisaż w bibliotece. Występ zespołu „Lisewianki”."
    assert [(c.role, c.person, c.organisation) for c in credits] == [("photo", "M. Lis", None)]


@pytest.mark.parametrize("text,author", [
    ("Kto będzie dyrektorem teatru? Upłynął czas na zgłaszanie kandydatur Anna Lis", "Anna Lis"),
    ("Burmistrz zapowiada budowę krytego basenu w przyszłej kadencji Ewa Sowa", "Ewa Sowa"),
    ("W finale konkursu piosenki wystąpi Anna Lis", None),
    ("Na scenie pojawiła się wraz z mężem jego żona Anna Lis", None),
    ("Nagrodę otrzymała uczennica klasy piątej Anna Lis", None),
    ("Ten numer biuletynu powstał pod redakcją Bożeny Lis", None),
    ("Skład i łamanie wykonała w tym roku korekta Anna Lis", None),
])
def test_a_byline_right_after_an_unended_headline(text, author):
    credits = [c for c in credits_at_end(text, TORUN.abbreviations)[1] if c.role == "text"]
    assert [c.person for c in credits] == ([author] if author else [])


def test_a_label_left_empty_and_a_notice_against_copying_end_no_credit():
    text, credits = credits_at_end("Wieniec oceni komisja.\ntekst pochodzi z lisewo.pl\n\nWprowadził:", TORUN.abbreviations)
    assert [(c.role, c.organisation) for c in credits] == [("source", "lisewo.pl")]
    text, credits = credits_at_end("© 2015 OSP Lisewo\nWszystkie treści są chronione prawem autorskim", TORUN.abbreviations)
    assert [(c.organisation, c.year) for c in credits] == [("OSP Lisewo", 2015)]


@pytest.mark.parametrize("text", [
    "Dziękujemy za pomoc przy festynie.\n\nproboszcz    ks. Jan Lis",
    "Życzenia dla parafian.\nWasz Proboszcz Ks. Jan Lis",
    "Szczęść Boże,\n\nWasz Ks. Jan Lis",
    "Pozdrawiam z kapłańskim błogosławieństwem\nKs. Jan Lis, proboszcz",
    "Błogosławionych Świąt!\n\nks. Jan Lis MS, proboszcz",
    "Ks. kanonik Jan Lis\nproboszcz parafii Najświętszego Salwatora\nw Lisewie",
    "Dziękujemy za udział w zbiórce.\n\nJan Lis, wójt",
    "Wielkanocne życzenia dla parafian\nWasz Proboszcz Ks. Jan Lis",
])
def test_a_priest_or_an_official_signs_with_his_post(text):
    assert [(c.role, c.person) for c in credits_at_end(text, TORUN.abbreviations)[1]] == [("text", "Jan Lis")]


def test_the_priests_of_a_parish_sign_its_wishes_one_under_another():
    text, credits = credits_at_end("Błogosławionych Świąt.\n\nks. prałat Jan Lis\nproboszcz katedry\n\nks. Adam Kos\nks. Marek Sowa",
                                   TORUN.abbreviations)
    assert text.rstrip() == "Błogosławionych Świąt."
    assert [(c.role, c.person) for c in credits] == [("text", "Jan Lis"), ("text", "Adam Kos"), ("text", "Marek Sowa")]


def test_each_caption_of_a_gallery_keeps_its_own_credit():
    text, credits = credits_at_end("Nowi wójtowie gmin.\nJan Kos [fot. Ewa Lis]\nAnna Wrona(zdj. Piotr Sowa)", TORUN.abbreviations)
    assert text == "Nowi wójtowie gmin.\nJan Kos\nAnna Wrona"
    assert [(c.role, c.person) for c in credits] == [("photo", "Ewa Lis"), ("photo", "Piotr Sowa")]


def test_a_licence_on_a_line_of_its_own_is_the_credits_above_it():
    text, credits = credits_at_end("Radni przyjęli budżet.\nFot. Jan Lis\nLicencja: CC BY 4.0", TORUN.abbreviations)
    assert text == "Radni przyjęli budżet." and [(c.person, c.license) for c in credits] == [("Jan Lis", "CC-BY-4.0")]
    text, credits = credits_at_end("Tekst: Ewa Kos\nFot. Jan Lis, CC BY-SA 3.0\nUznanie autorstwa 4.0", TORUN.abbreviations)
    assert [(c.person, c.license) for c in credits] == [("Ewa Kos", "CC-BY-4.0"), ("Jan Lis", "CC-BY-SA-3.0")]
    text, credits = credits_at_end("Radni przyjęli budżet.\nLicencja: CC BY 4.0", TORUN.abbreviations)
    assert credits == [] and text.endswith("CC BY 4.0")
    text, credits = credits_at_end("Fot. Jan Lis\nWszelkie prawa autorskie zastrzeżone", TORUN.abbreviations)
    assert [(c.person, c.license) for c in credits] == [("Jan Lis", "LicenseRef-All-Rights-Reserved")]


def test_a_block_starting_with_a_dated_byline_and_a_caption_credit_above_the_credit_lines():
    text, credits = credits_at_end("2019-05-03, 17:19 Autor: Jan Wrona\n\nSesja rady.\n\nRadni przyjęli budżet.", TORUN.abbreviations)
    assert text == "\nSesja rady.\n\nRadni przyjęli budżet." and [(c.role, c.person) for c in credits] == [("text", "Jan Wrona")]
    text, credits = credits_at_end("Husarze na rynku. Fot. Ewa Sowa\n\nFoto: UM Lisewo", TORUN.abbreviations)
    assert text == "Husarze na rynku." and [(c.role, c.person, c.organisation) for c in credits] == [
        ("photo", "Ewa Sowa", None), ("photo", None, "UM Lisewo")]
    text, credits = credits_at_end("2024-01-01 Nowy rok w gminie\nRadni przyjęli budżet.", TORUN.abbreviations)
    assert credits == []


@pytest.mark.parametrize("text", [
    "\n".join(["2024-01-01 10:00 Autor: Jan Lis"] * 3000 + ["Radni przyjęli budżet."]),
    "Fot. Jan Lis\n" + "\n".join(["CC BY 4.0", "2024-01-01"] * 3000),
])
def test_thousands_of_bylines_licences_or_dates_never_recurse_past_the_stack(text):
    before, credits = credits_at_end(text, TORUN.abbreviations)  # a RecursionError here would fail the page
    assert len(credits) <= 1 and before


def test_credit_lines_right_above_a_caption_credit():
    text, credits = credits_at_end("Zapraszamy!\nTekst: Ewa Sowa\n- Otwarcie wystawy, fot. E. Sowa", TORUN.abbreviations)
    assert text == "Zapraszamy!\n- Otwarcie wystawy" and [(c.role, c.person) for c in credits] == [("text", "Ewa Sowa"), ("photo", "E. Sowa")]


def test_an_author_with_the_editor_in_brackets():
    text, credits = credits_at_end("Radni przyjęli budżet.\nPiotr Wrona (oprac. WK)", TORUN.abbreviations)
    assert text == "Radni przyjęli budżet." and [(c.role, c.person) for c in credits] == [("text", "Piotr Wrona"), ("editing", "WK")]
    text, credits = credits_at_end("Radni przyjęli budżet.\nPiotr Wrona (fot. Ewa Kos)", TORUN.abbreviations)
    assert text.endswith("Piotr Wrona") and [(c.role, c.person) for c in credits] == [("photo", "Ewa Kos")]


def test_an_embedded_post_names_its_publisher_as_the_source():
    text, credits = credits_at_end("Zdjęcia z festynu.\nOpublikowany przez Gmina Lisewo Wtorek, 20 października 2020", TORUN.abbreviations)
    assert text == "Zdjęcia z festynu." and [(c.role, c.organisation) for c in credits] == [("source", "Gmina Lisewo")]
    text, credits = credits_at_end("Opublikowany przez nas raport jest dostępny online.", TORUN.abbreviations)
    assert credits == []


def test_credit_lines_above_a_credit_in_prose_are_kept_with_it():
    text, credits = credits_at_end("Opracowała: Ewa Kos\nRelacja Anny Lis.", TORUN.abbreviations)
    assert text == "Relacja Anny Lis." and [(c.role, c.person) for c in credits] == [("editing", "Ewa Kos"), ("text", "Anna Lis")]
    text, credits = credits_at_end("Radni obradowali.\nRelacja Anny Lis.", TORUN.abbreviations)
    assert text.startswith("Radni obradowali.") and [(c.role, c.person) for c in credits] == [("text", "Anna Lis")]


def test_a_caption_ending_in_where_the_photo_is_kept():
    text, credit_text, credits = split_caption_credit("Koncert finałowy/Materiały filharmonii", TORUN.abbreviations)
    assert (text, credit_text) == ("Koncert finałowy", "/Materiały filharmonii")
    assert [(c.role, c.organisation, c.source_kind) for c in credits] == [("photo", "filharmonia", "press materials")]


def test_credit_lines_above_a_signature_are_kept_with_it_and_a_name_right_above_credit_lines_is_a_caption():
    text, credits = credits_at_end("Fot. Anna Kos\nJan Wrona", TORUN.abbreviations)
    assert text == "" and [(c.role, c.person) for c in credits] == [("photo", "Anna Kos"), ("text", "Jan Wrona")]
    text, credits = credits_at_end("Jan Wrona\nFot. Anna Kos", TORUN.abbreviations)  # under a photo: who it shows
    assert text == "Jan Wrona" and [(c.role, c.person) for c in credits] == [("photo", "Anna Kos")]
    # a paragraph of its own: the article's signature, then its credits
    text, credits = credits_at_end("Radni przyjęli budżet.\n\nJan Wrona\n\nŹródło: Kurier Lisewski nr 4", TORUN.abbreviations)
    assert text == "Radni przyjęli budżet." and [(c.role, c.person or c.organisation) for c in credits] == [
        ("text", "Jan Wrona"), ("source", "Kurier Lisewski")]
    text, credits = credits_at_end("Od lewej:\n\nJan Wrona – prezes klubu\n\nFot. Anna Kos", TORUN.abbreviations)
    assert text.endswith("Jan Wrona – prezes klubu") and [(c.role, c.person) for c in credits] == [("photo", "Anna Kos")]


def test_a_journalist_s_signature_ends_the_text_above_its_credit_lines():
    text, credits = credits_at_end("Remont potrwa do maja. (rwi)\n\nRysunek: Ewa Sowa", TORUN.abbreviations)
    assert text == "Remont potrwa do maja." and [(c.role, c.person) for c in credits] == [("text", "rwi"), ("graphics", "Ewa Sowa")]
    text, credits = credits_at_end("Zabawa trwała do rana. RB", TORUN.abbreviations)
    assert text == "Zabawa trwała do rana." and [(c.role, c.person) for c in credits] == [("text", "RB")]
    # an office is no signature; an editor's initials after a short role word neither (the author stands before them)
    assert not any(c.role == "text" for c in credits_at_end("Zebranie odbyło się w ratuszu. UMT", TORUN.abbreviations)[1])
    assert [(c.role, c.person) for c in credits_at_end("Ewa Sowa / opr. WM", TORUN.abbreviations)[1]] == [("text", "Ewa Sowa"), ("editing", "WM")]
    text, credits = credits_at_end("Druhowie opanowali ogień.\n(k)", TORUN.abbreviations)
    assert text == "Druhowie opanowali ogień." and [(c.role, c.person) for c in credits] == [("text", "k")]


def test_a_caption_ending_in_its_photographer_and_medium_after_slashes():
    text, credit_text, credits = split_caption_credit("Urna wyborcza w Lisewie / Jan Wrona / Radio Lisewo", TORUN.abbreviations)
    assert text == "Urna wyborcza w Lisewie" and [(c.role, c.person, c.organisation) for c in credits] == [
        ("photo", "Jan Wrona", "Radio Lisewo")]
    assert split_caption_credit("Droga Toruń / Bydgoszcz / Gdańsk", TORUN.abbreviations)[2] == []


def test_a_signature_above_the_page_s_date_ends_the_text():
    text, credits = credits_at_end("Sołectwo dołączy do gmin. (jaz)\n\nData: 08.08.2012", TORUN.abbreviations)
    assert text == "Sołectwo dołączy do gmin." and [(c.role, c.person) for c in credits] == [("text", "jaz")]


def test_a_signer_s_post_under_the_name_is_no_credit_line():
    text, credits = credits_at_end("Dziękujemy za pomoc.\nZ poważaniem\nEwa Sowa\nRedaktor naczelny\nKurier Lisewski", TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in credits] == [("text", "Ewa Sowa", "Kurier Lisewski")]
    assert text.startswith("Dziękujemy za pomoc.") and "Ewa Sowa" not in text
    text, credits = credits_at_end("Przewodniczący Rady Gminy\n/-/ Marek Lis", TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == [("text", "Marek Lis")]


@pytest.mark.parametrize("caption", ["Zobacz zdjęcia. Galeria Sztuki Współczesnej", "Zmienił się skład. Nowym prezesem został Jan Lis",
                                     "Obejrzyj nasz materiał. Relacja z sesji rady"])
def test_a_role_word_ending_a_sentence_of_a_caption_is_no_credit(caption):
    assert split_caption_credit(caption, TORUN.abbreviations) == (caption, None, [])
    assert split_caption_credit("Nowy most. Zdj. Jan Lis", TORUN.abbreviations)[2][0].person == "Jan Lis"
    # "projekt." ends the sentence: the name after it is the photographer's, no designer's
    found = split_caption_credit("Radni omówili projekt. Ewa Kos", TORUN.abbreviations, under_image=True)[2]
    assert [(c.role, c.person) for c in found] == [("photo", "Ewa Kos")]


@pytest.mark.parametrize("caption,photographer", [
    ("Pogrzeb byłego radnego Lisewa. Piotr Sowa", "Piotr Sowa"),
    ("Zwycięzcy konkursu „Mój przyjaciel Bałwan”. Ewa Kos", "Ewa Kos"),
    ("Sesja rady, 30 grudnia 2021. Jan Lis", "Jan Lis"),
    ("Mszę odprawił ks. Paweł Lis", None),
    ("Na zdjęciach: 1. Prof. Jan Lis 2. Prof. dr hab. Adam Kos", None),
    ("Biblioteka Publiczna im. Stanisława Wyspiańskiego", None),
    ("Trasa wycieczki po powiecie, aut. Marcin Kos", None),
    ("Gratulujemy. Jan Lis", None),
])
def test_a_name_after_a_caption_s_last_sentence_is_its_photographer(caption, photographer):
    _, _, credits = split_caption_credit(caption, TORUN.abbreviations, under_image=True)
    assert [(c.role, c.person) for c in credits if c.role == "photo"] == ([("photo", photographer)] if photographer else [])


def test_a_name_after_a_paragraph_s_last_sentence_signs_the_text():
    _, found = credits_at_end("Uczniowie długo będą wspominać ten dzień. Anna Kosowska", TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == [("text", "Anna Kosowska")]


PIECES = ["fot.", "Zdjęcia:", "Tekst:", "/", " / ", "–", ",", ";", "(", ")", "©", "2024", "Jan", "Lis", "Anna", "Kowalska", "UMT",
          "PAP", "Redakcja", "red.", "oprac.", "i", "\n", "\n\n", "•", "|", "Źródło:", "na podst.", "Materiał oryginalny:", "dla",
          "Wydział", "Kultury", "nad", "ks.", "(k)", "RB", "www.lisewo.pl", "Warszawa,", "10", "lipca", "roku", "Z-ca", "GOK-u", "Duda",
          "via", "Wikimedia Commons", "CC BY-SA 4.0", "Uznanie autorstwa", "Licencja:", "2024-01-01 10:00", "Autor:", "zmieniono",
          "przez", "Shutterstock", "(jk, PAP)", "mat. pr.", "Relacja", "MARII", "Gazeta Lisewska,", "1963-2017", "Photo by", "sołtys",
          "Dąbrówki", "Leśnej", "von", "Sacka", "Knitter", "powierzono", "Funkcję", "jako", "Szufel", "Goiński/UMWKP"]


def test_random_runs_of_credit_words_never_raise():
    chance = random.Random(12)  # a fixed seed: the same 1,500 texts every run
    for _ in range(1500):
        text = " ".join(chance.choice(PIECES) for _ in range(chance.randint(1, 40)))
        text_left, credits = credits_at_end(text, TORUN.abbreviations)
        people_in_text(text)
        assert isinstance(text_left, str) and all(c.role in ("text", "photo", "video", "graphics", "editing", "source") for c in credits)


@pytest.mark.parametrize("line", ["; | fot. Jan Lis", " ; fot. Jan Lis | Zdjęcia: Anna", "; fot. Jan Lis | a"])
def test_an_empty_segment_before_a_bar_is_no_byline_and_no_crash(line):
    # found by fuzzing: an empty first segment beside " | " was taken for a byline's name
    assert all(c.person != "" for c in parse_credit_line(line, TORUN.abbreviations))


def test_a_long_block_of_repeated_credit_wordings_is_read_from_its_end_only():
    prose = "\n".join(["Wiosna w obiektywie Jana Nowaka."] * 500)
    text, credits = credits_at_end(prose, TORUN.abbreviations)
    assert [c.person for c in credits] == ["Jan Nowak"] and text == prose
    names = "\n".join(["Jan Nowak"] * 500)
    assert credits_at_end(names, TORUN.abbreviations) == (names, [])


@pytest.mark.parametrize("office", ["Urząd Gminy w Lisewie", "Zakład Karny w Lisewie", "Redakcja Kuriera Lisewskiego", "Zespół redakcyjny",
                                    "Szkoła Podstawowa nr 2 w Lisewie", "Redakcja", "Dyrekcja szkoły", "Sekretarz Gminy", "Wójt Gminy Lisewo"])
def test_an_office_alone_under_the_text_signs_it(office):
    text, credits = credits_at_end(f"Dziękujemy wszystkim za udział.\n\n{office}", TORUN.abbreviations)
    assert (text, [(c.role, c.organisation) for c in credits]) == ("Dziękujemy wszystkim za udział.", [("text", office)])


@pytest.mark.parametrize("text", ["Zgłoszenia przyjmuje:\nUrząd Gminy w Lisewie", "Radni przyjęli budżet.\n\nMuzeum",
                                  "Radni przyjęli budżet.\n\nUrząd zaprasza mieszkańców", "Sesja\nUrząd Gminy w Lisewie"])
def test_an_office_named_after_a_label_or_in_a_sentence_signs_nothing(text):
    assert credits_at_end(text, TORUN.abbreviations) == (text, [])


def test_a_person_after_his_function_signs_as_himself_not_as_an_office():
    text, credits = credits_at_end("Radni przyjęli budżet.\n\nRadny Jan Lis", TORUN.abbreviations)
    assert text == "Radni przyjęli budżet." and [(c.role, c.person, c.organisation) for c in credits] == [("text", "Jan Lis", None)]


def test_an_office_signs_after_a_closing_formula_which_leaves_the_text_with_it():
    text, credits = credits_at_end("Dziękujemy za pomoc.\nZ poważaniem\n\nDyrekcja szkoły", TORUN.abbreviations)
    assert (text, [(c.role, c.organisation) for c in credits]) == ("Dziękujemy za pomoc.", [("text", "Dyrekcja szkoły")])


def test_a_credit_line_above_a_short_caption_credits_it():
    text, credits = credits_at_end("Fot. NAC\nModlitwa dzieci pod krzyżem, 1932 r.", TORUN.abbreviations)
    assert (text, [(c.role, c.organisation) for c in credits]) == ("Modlitwa dzieci pod krzyżem, 1932 r.", [("photo", "NAC")])
    text, credits = credits_at_end("Z archiwum Jana Wrony\n\nKlasa IV A w 1972 roku.", TORUN.abbreviations)
    assert (text, [(c.person, c.source_kind) for c in credits]) == ("Klasa IV A w 1972 roku.", [("Jan Wrona", "archive")])
    long_text = "Fotografie z sesji.\n" + "Radni przyjęli budżet na przyszły rok po długiej dyskusji. " * 6
    assert credits_at_end(long_text, TORUN.abbreviations) == (long_text, [])


def test_the_editorial_desk_alone_signs_even_under_a_headline():
    for text in ("Redakcja", "O kinach, których już nie ma\n\nRedakcja"):
        assert [(c.role, c.organisation) for c in credits_at_end(text, TORUN.abbreviations)[1]] == [("text", "Redakcja")]


def test_a_person_and_an_agency_right_under_a_caption_took_the_photo_and_in_a_paragraph_of_their_own_wrote_the_text():
    under = credits_at_end("Premiera monografii w Muzeum Miasta\nTomasz Wrona / BAM", TORUN.abbreviations)[1]
    apart = credits_at_end("Premiera monografii w Muzeum Miasta\n\nTomasz Wrona / Biuro Rady Miejskiej", TORUN.abbreviations)[1]
    dated = credits_at_end("Premiera monografii\n2024-05-02, 10:15  Tomasz Wrona/PAP", TORUN.abbreviations)[1]
    assert [(c.role, c.person, c.organisation) for c in under] == [("photo", "Tomasz Wrona", "BAM")]
    assert [(c.role, c.person, c.organisation) for c in apart] == [("text", "Tomasz Wrona", "Biuro Rady Miejskiej")]
    assert [c.role for c in dated] == ["text"]


def test_a_name_right_above_its_own_photo_credit_is_the_byline():
    text, credits = credits_at_end("Zapraszamy na wystawę.\nEwa Sowa\nfot. Ewa Sowa", TORUN.abbreviations)
    assert (text, [(c.role, c.person) for c in credits]) == ("Zapraszamy na wystawę.", [("text", "Ewa Sowa"), ("photo", "Ewa Sowa")])
    assert [(c.role, c.person) for c in credits_at_end("Jan Wrona\nFot. Anna Kos", TORUN.abbreviations)[1]] == [("photo", "Anna Kos")]


@pytest.mark.parametrize("text,signature", [("Sesja zacznie się o 15.00.\npd", "pd"), ("(PAP)\ngn/", "gn"), ("Radni obradowali.\ntak", None),
                                              ("Radni przyjęli strategię. E.B.", "E.B."), ("Tak się zaczęła historia.\ncdn", None),
                                              # the dictionary knows "ab" only as an abbreviation (Abdiasz), "ok" as a word
                                              ("Wystawę otwarto w piątek.\nab", "ab"), ("Wystawę otwarto w piątek.\nok", None)])
def test_a_journalist_s_signature_alone_on_the_last_line(text, signature):
    people = [c.person for c in credits_at_end(text, TORUN.abbreviations)[1] if c.person]
    assert people == ([signature] if signature else [])


def test_an_office_on_the_only_line_left_signs_but_a_credit_word_with_a_name_is_no_office():
    assert [(c.role, c.organisation) for c in credits_at_end("Starostwo Powiatowe w Lisewie", TORUN.abbreviations)[1]] == [
        ("text", "Starostwo Powiatowe w Lisewie")]
    assert credits_at_end("Autor NN", TORUN.abbreviations)[1] == []


def test_a_person_and_an_agency_under_a_sentence_stay_a_byline():
    credits = credits_at_end("Spotkanie z autorem książki.\nJan Lis / Wydawnictwo Lisewskie", TORUN.abbreviations)[1]
    assert [(c.role, c.person) for c in credits] == [("text", "Jan Lis")]


def test_a_caption_s_credit_line_above_the_byline_that_ends_the_text():
    text, credits = credits_at_end("Dzień Śląski w szkole\n\nzdjęcia: p. Marek Lis\nEwa Sowa", TORUN.abbreviations)
    assert text == "Dzień Śląski w szkole" and [(c.role, c.person) for c in credits] == [("photo", "Marek Lis"), ("text", "Ewa Sowa")]
    # a name alone under a caption that is no credit line stays the byline, the caption the text
    text, credits = credits_at_end("Dzień Śląski w szkole\n\nEwa Sowa", TORUN.abbreviations)
    assert text.strip() == "Dzień Śląski w szkole" and [(c.role, c.person) for c in credits] == [("text", "Ewa Sowa")]


def test_a_copyright_holder_and_the_photographer_after_a_bar():
    credits = parse_credit_line("Źródło zdjęć: © Polska Press Grupa | Marek Lis", TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation, c.copyright_holder) for c in credits] == [
        ("photo", "Marek Lis", "Polska Press Grupa", "Polska Press Grupa")]


def test_a_signer_after_her_function_under_the_text():
    text, credits = credits_at_end("Zapraszamy do obejrzenia prezentacji.\nDyrektor SP nr 1 w Lisewie- Ewa Sowa", TORUN.abbreviations)
    assert text == "Zapraszamy do obejrzenia prezentacji." and [(c.role, c.person, c.organisation) for c in credits] == [
        ("text", "Ewa Sowa", "SP nr 1 w Lisewie")]
    assert [(c.person, c.organisation) for c in credits_at_end("Zapraszamy.\nWójt Gminy Lisewo – Jan Lis", TORUN.abbreviations)[1]] == [
        ("Jan Lis", None)]
    # a name in the genitive after a dash is what the sentence is about, not a signature
    assert credits_at_end("Zapraszamy.\nNagroda prezesa klubu – Jana Lisa", TORUN.abbreviations)[1] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Wyróżniono dwóch mieszkańców. (inf. prasowa)", [("source", None, "press materials")]),
    ("Wyróżniono dwóch mieszkańców. (mat. pras. UM Lisewo)", [("source", "UM Lisewo", "press materials")]),
    ("Katedra powstała w gotyku. (Wikipedia)", [("source", "Wikipedia", None)]),
    ("Spotkanie odbyło się w ratuszu. (Lisewo)", []),
])
def test_where_the_text_comes_from_in_brackets_after_its_last_sentence(text, expected):
    assert [(c.role, c.organisation, c.source_kind) for c in credits_at_end(text, TORUN.abbreviations)[1]] == expected


@pytest.mark.parametrize("desk", ["red", "red.", "Red."])
def test_the_desk_alone_under_the_text_signs_it(desk):
    text, credits = credits_at_end(f"Zapraszamy na festyn w sobotę.\n{desk}", TORUN.abbreviations)
    assert text == "Zapraszamy na festyn w sobotę." and [(c.role, c.organisation) for c in credits] == [("text", desk)]


def test_a_signature_with_the_editor_s_slash_alone_under_the_text():
    assert [(c.role, c.person) for c in credits_at_end("Radni przyjęli budżet.\nmp/", TORUN.abbreviations)[1]] == [("text", "mp")]
    assert [(c.role, c.person) for c in credits_at_end("mp/", TORUN.abbreviations)[1]] == [("text", "mp")]
    assert credits_at_end("itd/", TORUN.abbreviations)[1] == []


def test_an_office_s_short_name_above_the_credit_lines_signs_the_text():
    text, credits = credits_at_end("Radni przyjęli budżet.\n\nUG Lisewo\nfot. Jan Lis", TORUN.abbreviations)
    assert text == "Radni przyjęli budżet." and [(c.role, c.person, c.organisation) for c in credits] == [
        ("text", None, "UG Lisewo"), ("photo", "Jan Lis", None)]
    # right under a sentence, the office's name is no paragraph of its own
    assert [(c.role, c.person) for c in credits_at_end("Radni przyjęli budżet.\nUG Lisewo\nfot. Jan Lis", TORUN.abbreviations)[1]] == [
        ("photo", "Jan Lis")]


@pytest.mark.parametrize(("caption", "expected"), [
    ("Nowe organy poświęcił biskup. Jan Lis /Foto Gość", ("Nowe organy poświęcił biskup.", "Jan Lis", "Foto Gość")),
    ("Wejście na Jasną Górę.Zdjęcia: Anna Kos /Foto Gość", ("Wejście na Jasną Górę.", "Anna Kos", "Foto Gość")),
])
def test_a_photo_agency_s_photographer_after_the_caption_s_last_sentence(caption, expected):
    text, _, credits = split_caption_credit(caption, TORUN.abbreviations)
    assert (text, *[(c.person, c.organisation) for c in credits if c.role == "photo"][0]) == expected


def test_a_signature_between_slashes_after_the_last_sentence():
    text, credits = credits_at_end("Policjant ma się kojarzyć z pomocą. /AK/", TORUN.abbreviations)
    assert text == "Policjant ma się kojarzyć z pomocą." and [(c.role, c.person) for c in credits] == [("text", "AK")]
    assert [(c.role, c.person) for c in credits_at_end("publ. /ps/", TORUN.abbreviations)[1]] == [("editing", "ps")]


def test_names_one_under_another_after_the_last_sentence_sign_the_text():
    text, credits = credits_at_end("Gratulujemy uczestnikom.\n\nAnna Lis\nEwa Kos-Wrona\nMarek Sowa", TORUN.abbreviations)
    assert text == "Gratulujemy uczestnikom." and [(c.role, c.person) for c in credits] == [
        ("text", "Anna Lis"), ("text", "Ewa Kos-Wrona"), ("text", "Marek Sowa")]
    # announced by a colon they are a list; the same name twice is an author box, one author
    assert credits_at_end("Skład komisji:\nJan Kowalczyk\nAnna Lis", TORUN.abbreviations)[1] == []
    assert [c.person for c in credits_at_end("Relacja z sesji.\n\nJan Lis\nJan Lis", TORUN.abbreviations)[1]] == ["Jan Lis"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruszamy z przebudową ulicy.\nBurmistrz Andrzej Lis.", [("text", "Andrzej Lis")]),
    ("Zapraszamy.\nWójt Gminy Lisewo Jan Kos", [("text", "Jan Kos")]),
    ("Na koniec wypito kawę.\n\nm.n.", [("text", "m.n.")]),
    # a list after a colon, a caption naming a cardinal, a credit in prose are no such signature
    ("Organizatorki konkursu: M. Lis i E. Kos.", []),
    ("Prymas Tysiąclecia Kardynał Stefan Wyszyński", []),
])
def test_a_signer_under_the_text_after_his_function_or_by_initials(text, expected):
    assert [(c.role, c.person) for c in credits_at_end(text, TORUN.abbreviations)[1]] == expected


def test_a_journalist_s_signature_ends_the_caption_before_its_photo_credit():
    text, credit_text, credits = split_caption_credit("Nagrody wręczał wójt gminy. (ak); foto: Jan Lis", TORUN.abbreviations)
    assert text == "Nagrody wręczał wójt gminy." and [(c.role, c.person) for c in credits] == [("text", "ak"), ("photo", "Jan Lis")]
    assert [c.organisation for c in parse_credit_line("Autor: redakcja lisewo.pl 5 min. czytania", TORUN.abbreviations)] == ["redakcja lisewo.pl"]


@pytest.mark.parametrize("text,signature", [
    ("Dziękujemy sponsorom.\n\nMagdalena Lis\n\nWięcej zdjęć w Galerii.", "Magdalena Lis"),
    ("Dziękujemy sponsorom.\nJolanta Kos\nZAPRASZAMY DO FOTOGALERII:", "Jolanta Kos"),
    ("Dziękujemy sponsorom.\n\nZdjęcia\n\nDodaj komentarz", None),
    ("Sklep odzyskał towar.\n\nAutor: sierż. szt. Monika Lis\n\nPowrót na górę strony", "Monika Lis"),
    ("Wyróżniono sołtysów.\n\n(hm)\n\nCo sądzisz na ten temat?", "hm"),
])
def test_the_page_speaking_to_its_reader_under_the_text_names_nobody(text, signature):
    _, credits = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in credits] == ([("text", signature, None)] if signature else [])


def test_a_byline_glued_to_the_page_s_date_ends_the_text():
    text, credits = credits_at_end("Turniej wygrali gospodarze.\nMateusz Lis29.10.2023, 18:45", TORUN.abbreviations)
    assert text == "Turniej wygrali gospodarze." and [(c.role, c.person) for c in credits] == [("text", "Mateusz Lis")]


@pytest.mark.parametrize("text,signature", [
    ("Trudy trasy zintegrowały klasę.\n\nWidomski Tadeusz", "Tadeusz Widomski"),
    ("Zapraszam do współpracy.\nŻach Joanna – opiekun Szkolnego Koła Wolontariatu.", "Joanna Żach"),
    ("Dzieci bawiły się z gościem.\n\nŚwięty Mikołaj", None),
    ("Dzieci bawiły się z gościem.\n\nKsiężniczka Anna", None),
])
def test_a_signature_with_the_surname_first(text, signature):
    _, credits = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == ([("text", signature)] if signature else [])


@pytest.mark.parametrize("line,signature", [("/AK/", "AK"), ("/PSiejka/", "PSiejka"), ("mp/", "mp"), ("/Urząd/", None)])
def test_a_signature_between_slashes_on_a_line_of_its_own(line, signature):
    _, credits = credits_at_end(f"Na pewno jeszcze tam wrócimy.\n{line}", TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == ([("text", signature)] if signature else [])


def test_a_byline_printed_twice_credits_its_author_once():
    _, credits = credits_at_end("wtorek, 09 kwietnia 2024 09:14 / Autor: Ewa Lis\nRadio Lisewo\nEwa Lis", TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == [("text", "Ewa Lis")]
    _, credits = credits_at_end("Tekst: Jan Lis\nFot. Anna Kos\nTekst: Jan Lis", TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == [("text", "Jan Lis"), ("photo", "Anna Kos")]


@pytest.mark.parametrize("text,signature", [
    ("„Biblioteka jest instytucją, która świadczy o rozwoju kultury…”\n\nJan Paweł II", None),
    ("„Polska - to taka kraina,\nktóra się w sercu zaczyna.”\nRyszard Lis", None),
    ("„Odeszli żyją w wieczności tylko,\npóki ktoś ich wspomina.”\nAnna Kos\nEwa Sowa", None),
    ("“World”\nWritten by Anna Kos", "Anna Kos"),
    ("Wójt powiedział: „Dziękuję wszystkim”.\nJan Lis", "Jan Lis"),
])
def test_a_name_under_a_quotation_is_who_said_it(text, signature):
    _, credits = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == ([("text", signature)] if signature else [])


def test_a_credit_glued_to_the_page_s_date_in_either_spelling():
    _, credits = credits_at_end("Strażacy mieli 23 interwencje.\n\nZdjęcie: OSP Lisewo10-04-2018", TORUN.abbreviations)
    assert [(c.role, c.organisation) for c in credits] == [("photo", "OSP Lisewo")]


@pytest.mark.parametrize("text,credit", [
    ("Laureaci odebrali dyplomy.\n\nfot. Ewa Lis\n\nData dodania: 2024-05-02", ("photo", "Ewa Lis", None)),
    ("Strażacy wrócili do remizy.\nOSP Lisewo\nKomentarze (0)", ("text", None, "OSP Lisewo")),
    ("Zdjęcia: Jan Kos\n\nGaleria zdjęć", ("photo", "Jan Kos", None)),
    ("Zdjęcia: Jan Kos\n\nGaleria zdięć", ("photo", "Jan Kos", None)),
    ("Kiermasz trwał do wieczora.\nTekst: Anna Kos\nimage_printDrukuj", ("text", "Anna Kos", None)),
    ("Marek Sowa\nKategoria: Kultura", ("text", "Marek Sowa", None)),
])
def test_the_page_s_furniture_under_the_credits_is_passed_over(text, credit):
    _, credits = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in credits] == [credit]


def test_a_platform_s_name_in_either_order_is_no_person():
    _, credits = credits_at_end("Most nad rzeką.\nFot. Jan Lis. Źródło: Commons Wikimedia", TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in credits] == [("photo", "Jan Lis", None), ("source", None, "Commons Wikimedia")]


@pytest.mark.parametrize("line", ["Tekst: Anna Kos / Fot.: ilustracyjna", "Tekst: Anna Kos, fot. ilustracyjne"])
def test_a_stock_picture_beside_a_credit_leaves_the_credit(line):
    _, credits = credits_at_end(f"Pożar gasiły trzy zastępy.\n{line}", TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == [("text", "Anna Kos")]
    assert credits_at_end("Pożar gasiły trzy zastępy.\nFot. ilustracyjne", TORUN.abbreviations)[1] == []


def test_a_signed_document_s_copy_marks_the_signer_with_a_dash_in_brackets():
    _, credits = credits_at_end("Zebranie wiejskie odbędzie się w piątek.\n\n(-) Jan Lisowski\nWójt Gminy Lisewo", TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == [("text", "Jan Lisowski")]


@pytest.mark.parametrize("text,signers", [
    ("Z wyrazami szacunku\n\nStarosta Jan Lisowski          Wójt Anna Kosowska", ["Jan Lisowski", "Anna Kosowska"]),
    ("Życzenia dla mieszkańców składają:\nWójt Gminy Lisewo\nmgr inż. Jan Lisowski\nPrzewodnicząca Rady Gminy\nAnna Kosowska",
     ["Jan Lisowski", "Anna Kosowska"]),
    ("Życzą\nBurmistrz Lisewa Marek Sowa\noraz\nPrzewodniczący Rady Miejskiej Piotr Zając", ["Marek Sowa", "Piotr Zając"]),
    ("Wesołych Świąt!\nMAREK SOWA\nBurmistrz Lisewa\nPIOTR ZAJĄC\nPrzewodniczący Rady Miejskiej", ["Marek Sowa", "Piotr Zając"]),
    ("Wesołych Świąt!\nMarek Sowa Burmistrz Lisewa Piotr Zając Przewodniczący Rady Miejskiej", ["Marek Sowa", "Piotr Zając"]),
    ("Wybrano nowy zarząd.\nPrezes – Marek Sowa\nSkarbnik – Piotr Zając", []),
    ("Zarząd koła:\nPrezes Marek Sowa\nSkarbnik Piotr Zając", []),
])
def test_officials_signing_wishes_each_with_a_post(text, signers):
    _, credits = credits_at_end(text, TORUN.abbreviations)
    assert [c.person for c in credits if c.role == "text"] == signers


@pytest.mark.parametrize("text,credit", [
    ("Cmentarz odnowiono.\n\nOpracował: Jan Lisowski\nprzewodnik beskidzki", ("editing", "Jan Lisowski")),
    ("Cmentarz odnowiono.\n\nTekst: Anna Kos\nrzecznik prasowy", ("text", "Anna Kos")),
])
def test_the_author_s_function_under_a_credit_line_is_part_of_it(text, credit):
    before, credits = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in credits] == [credit]
    assert before == "Cmentarz odnowiono."


@pytest.mark.parametrize("text,credits", [
    ("Zapraszam do powiatu.\nMarek Sowa\nStarosta Lisewski\nfot. Jan Kos", [("text", "Marek Sowa"), ("photo", "Jan Kos")]),
    ("Urząd będzie nieczynny.\n\nWójt\nMarek Sowa\n\nAutor: Anna Kos", [("text", "Marek Sowa"), ("text", "Anna Kos")]),
    ("Urząd będzie nieczynny.\nBurmistrz Lisewa Marek Sowa\nFot. Jan Kos", [("text", "Marek Sowa"), ("photo", "Jan Kos")]),
    ("Nauczyciel Marek Sowa\nFot. Jan Kos", [("photo", "Jan Kos")]),
])
def test_a_signer_with_a_post_above_the_credit_lines(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == credits


@pytest.mark.parametrize("text,credits", [
    ("Nowy wóz.\nTekst i zdjęcia GOK w Lisewie.", [("text", "GOK w Lisewie"), ("photo", "GOK w Lisewie")]),
    ("Seniorzy podziękowali.\n\nźródło: Informacja z serwisu lisewo.pl", [("source", "lisewo.pl")]),
])
def test_an_office_by_its_short_name_after_a_role_word_without_a_colon_and_a_site_named_after_its_kind(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.organisation) for c in found] == credits


def test_an_editorial_team_listed_after_in_its_composition():
    found = parse_credit_line("Redakcja: zespół w składzie: Jan Lis, Anna Kos", TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in found] == [("editing", "Jan Lis", None), ("editing", "Anna Kos", None)]


@pytest.mark.parametrize("text,credits", [
    ("Dzieci sprzątały park.\nAnna Lisowska\nzdj. Ewa Kos", [("text", "Anna Lisowska"), ("photo", "Ewa Kos")]),
    ("Dzieci w parku\nAnna Lisowska\nzdj. Ewa Kos", [("photo", "Ewa Kos")]),
])
def test_a_name_under_the_last_sentence_and_above_a_credit_line_signs_the_text(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == credits


def test_bilingual_labels_each_on_a_line_above_the_names():
    _, found = credits_at_end("Opracowanie graficzne / Graphic Design:\nJan Lis\nFotografie / Photos:\nAnna Kos, Ewa Sowa", TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == [("graphics", "Jan Lis"), ("photo", "Anna Kos"), ("photo", "Ewa Sowa")]


@pytest.mark.parametrize("text,credits", [
    ("Skład redakcji:\n- Redaktor naczelna: Anna Kos – anna.kos@lisewo.pl\n- Zastępca redaktor naczelnej: Jan Lis – jan.lis@lisewo.pl",
     [("editing", "Anna Kos"), ("editing", "Jan Lis")]),
    ("Redaktor naczelny: Jan Lis (jl), tel. 600 100 200", [("editing", "Jan Lis")]),
    ("Nagrody wręczał wójt.\nOprac. (woj)", [("editing", "woj")]),
    ("ZESPÓŁ REDAKCYJNY:\nJan Lis - tekst\nAnna Kos - zdjęcia", [("text", "Jan Lis"), ("photo", "Anna Kos")]),
])
def test_a_masthead_with_its_contacts_and_headings(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == credits


@pytest.mark.parametrize("sentence", ["Fotografie wykonał Jan Lis w 1925 roku.", "Fotografię wykonał Jan Lis.", "Zdjęcie zrobił Jan Lis."])
def test_who_took_the_photographs_in_prose(sentence):
    _, found = credits_at_end(sentence, TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == [("photo", "Jan Lis")]


@pytest.mark.parametrize("text,holder", [
    ("Katedra.\nAutorstwa Jan Lis - Praca własna, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=5678", None),
    ("Katedra. Autorstwa Jan Lis - Praca własna, CC BY-SA 4.0, Link", None),
    ("Katedra.\n© By Jan Lis - Own work, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=5678", "Jan Lis"),
    ("Katedra.\nBy Jan Lis - Flickr, CC BY-SA 4.0, Link", None),
])
def test_wikimedia_commons_own_attribution_names_the_author_and_licence(text, holder):
    before, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person, c.copyright_holder, c.license) for c in found] == [("photo", "Jan Lis", holder, "CC-BY-SA-4.0")]
    assert before == "Katedra."


@pytest.mark.parametrize("text,credits", [
    ("Ogłoszono dnia: 2011-09-02 przez Jan Lis", [("text", "Jan Lis", None)]),
    ("Jan Lis  24 czerwca 2017\nprzeczytanie zajmie 7 min", [("text", "Jan Lis", None)]),
    ("Piknik dla rodzin.\nŹródło: PCPR Lisewo\nPlakat_Piknik2024", [("source", None, "PCPR Lisewo")]),
    ("Jan Maria Lis, Wójt Gminy Lisewo\noraz\nAnna Kos, Przewodnicząca Rady Gminy Lisewo", [("text", "Jan Maria Lis", None), ("text", "Anna Kos", None)]),
    ("Święto Konstytucji.\nfot. Jan Lis / Anna Kos", [("photo", "Jan Lis", None), ("photo", "Anna Kos", None)]),
    ("Wójt złożył ślubowanie. (UG Lisewo)", [("text", None, "UG Lisewo")]),
    ("Pożar domu w Lisewie. (© Jan Lis)", [("source", "Jan Lis", None)]),
    ("Zdjęcia udostępnione przez Jana Lisa.", [("photo", "Jan Lis", None)]),
])
def test_more_shapes_of_credits_at_a_text_s_end(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in found] == credits


@pytest.mark.parametrize("text,credits", [
    ("Redaktor naczelny: Jan Lis Sekretarz redakcji: Anna Kos Adres redakcji: Lisewo, ul. Polna 5", [("editing", "Jan Lis"), ("editing", "Anna Kos")]),
    ("Proboszcz poświęcił nowe instrumenty.\nAdmin", [("text", "Admin")]),
])
def test_a_masthead_s_address_after_the_names_and_the_site_s_own_account(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == credits


@pytest.mark.parametrize("byline", ["Robert Środecki, 29 listopada 2018, 10:35", "Anna Sobczak, 29.11.2018", "Jan Ponikowski 4 listopada 2025 07:00",
                                    "Jan Lis wt., 4 listopada 2025 07:00", "Jan Lis, wtorek, 4 listopada 2025"])
def test_a_byline_with_its_date_whatever_the_surname_starts_with(byline):
    """ "Środecki", "Sobczak": a surname that begins like a weekday's short name ("śr", "sob") is no weekday."""
    _, found = credits_at_end(f"Radni przyjęli budżet.\n{byline}", TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == [("text", byline.split(",")[0].split(" wt.")[0].split(" 4 ")[0])]


@pytest.mark.parametrize("text,signers", [
    ("Wieczny odpoczynek…\nMarek Sowa - Starosta Lisewski\nAnna Kos - Wicestarosta Lisewska", ["Marek Sowa", "Anna Kos"]),
    ("Wybrano nowy zarząd.\nMarek Sowa – prezes\nPiotr Zając – skarbnik", []),
])
def test_officials_signing_with_a_dash_before_their_title(text, signers):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [c.person for c in found if c.role == "text"] == signers


def test_a_page_s_modified_date_under_a_heading_is_no_credit():
    assert credits_at_end("Zdjęcia\nPoprawiony: poniedziałek, 12 września 2011 09:41", TORUN.abbreviations)[1] == []


@pytest.mark.parametrize("text,credits", [
    ("Radę wybrano na pierwszej sesji. (www.lisewo.pl)", [("source", None, "www.lisewo.pl")]),
    ("Uczniowie przygotowali piosenki. Opis, zdjęcia: A. Lis", [("text", "A. Lis", None), ("photo", "A. Lis", None)]),
    ("Karolina Lisowska Dziennikarka", [("text", "Karolina Lisowska", None)]),
])
def test_a_site_in_brackets_a_description_s_author_and_a_signer_s_post_on_her_line(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in found] == credits


def test_who_prepared_the_text_after_its_last_sentence():
    _, found = credits_at_end("Życzymy pierwszakom miłości do książek. Tekst opracowała Anna Lisowska", TORUN.abbreviations)
    assert [(c.role, c.person) for c in found] == [("text", "Anna Lisowska")]


@pytest.mark.parametrize("text,credits", [
    ("Zdjęcia: Anna Kos, www.lisewo.pl, źródło własne", [("photo", "Anna Kos", None), ("photo", None, "www.lisewo.pl"), ("photo", None, "źródło własne")]),
    ("Świetlica ma nowy dach.\nZdjęcia (foto. UG w Lisewie):", [("photo", None, "UG w Lisewie")]),
    ("Autor: krystian", [("text", "krystian", None)]),
])
def test_an_own_source_a_bracket_left_open_and_a_first_name_alone_after_author(text, credits):
    _, found = credits_at_end(text, TORUN.abbreviations)
    assert [(c.role, c.person, c.organisation) for c in found] == credits


@pytest.mark.parametrize("text,expected", [
    # two credit lines, each a paragraph: labels, not officials' posts
    ("Najlepsi dostali medale.\n\nAutor tekstu: Ewa Sowa\n\nAutor zdjęć: Adam Kos", [("text", "Ewa Sowa", None), ("photo", "Adam Kos", None)]),
    ("Koncert się udał.\n(...)", []),
    # a radio's journalist's handle, then who edited the text
    ("Wypadek na obwodnicy.\nRyK / opr. WM", [("text", "RyK", None), ("editing", "WM", None)]),
    ("Wernisaż w piątek.\nEwKa / opr. AKos", [("text", "EwKa", None), ("editing", "AKos", None)]),
    # the page's date with its weekday written without diacritics, its section and counters beside the byline, a link back
    ("Świetlica działa od roku.\n\n(fot. GOK w Lisewie)\n\nPoniedzialek, 07-02-2022 17:41:00", [("photo", None, "GOK w Lisewie")]),
    ("Z komina wydobyli ptaka\n\n13 października 2025 11:55 | Autor: Adam Wrona | Aktualności | Brak komentarzy", [("text", "Adam Wrona", None)]),
    ("Burmistrz przekazał kwiaty.\n\ntekst i fot. Adam Wrona\n\n--> wstecz", [("text", "Adam Wrona", None), ("photo", "Adam Wrona", None)]),
    # a headline's "[ZDJĘCIA]" before its author; a title in capitals under him is no workplace
    ("Lisewo. Zobaczcie najpiękniejsze szopki [ZDJĘCIA] Anna Wrona", [("text", "Anna Wrona", None)]),
    ("Lisewo świętowało rocznicę - zobacz zdjęcia Anna Wrona", [("text", "Anna Wrona", None)]),
    ("Lisewo świętowało rocznicę - zobacz materiał wideo Anna Wrona", [("text", "Anna Wrona", None)]),
    ("Okładka Jan Lis Zdjęcia Anna Wrona", []),
    ("Zwycięzcom gratulujemy.\n\nMarek Lis,\nAnna Wrona", [("text", "Marek Lis", None), ("text", "Anna Wrona", None)]),
    # a notice against copying under the credit; a dated "przez"; a label glued to the headline; "(foto J.Lis)" closing a caption
    ("Remont zakończono.\nAutor zdjęć Marek Wrona\nKopiowanie fotografii bez zgody autora stanowi naruszenie praw autorskich.",
     [("photo", "Marek Wrona", None)]),
    ("TAK ŚWIĘTOWALIŚMY 3 MAJA\n\n2018-05-07 12:25 przez Anna Wrona", [("text", "Anna Wrona", None)]),
    ("Stulecie szpitala. Życzyli tylko zadowolonych pacjentówAutor: Anna Wrona", [("text", "Anna Wrona", None)]),
    ("Chór w kościele w Lisewie (foto J.Wrona)", [("photo", "J. Wrona", None)]),
    # a gallery's heading, a bare web address under the signature; a signer with his post on one line
    ("Piknik się udał.\n\nautor: Wydział Organizacyjny\n\nFotorelacja z pikniku:", [("text", None, "Wydział Organizacyjny")]),
    ("Zapraszamy na imprezy.\n\nAnna Wrona\n\nStarostwo Powiatowe w Lisewie\n\nwww.lisewo.example.pl",
     [("text", "Anna Wrona", "Starostwo Powiatowe w Lisewie")]),
    ("Zapraszam do poznania zespołu.\n\nMarek Wrona Burmistrz Lisewa", [("text", "Marek Wrona", None)]),
    # "red. nacz.", the editor-in-chief; a source doubly labelled as a photo's
    ("Życzymy udanego wypoczynku.\nRed. Nacz. Anna Wrona", [("editing", "Anna Wrona", None)]),
    ("Życzymy kołu sukcesów.\nŹródło: Fot. Powiat Lisewski", [("photo", None, "Powiat Lisewski")]),
    # a doubled photo word after the label; a page's view counter under a "przez" byline
    ("Harmonogram dożynek w gminie.\nZdjęcie: foto Anna Wrona", [("photo", "Anna Wrona", None)]),
    ("Za medalem byli wszyscy\nprzez es\nOdsłony: 591", [("text", "es", None)]),
    # "zdjęć" is a role only joined to another; alone it is a link's sentence
    ("Zespół zaśpiewał po kaszubsku na dożynkach w Lisewie.\n\nWięcej zdjęć: http://www.lisewo.example.pl/galeria/12", []),
    ("12.05.2021\nAnna Wrona\n\nPROMESA", [("text", "Anna Wrona", None)]),
    # a source glued to the last sentence; a list under its label is nobody's signature
    ("Sprawcy nie ustalono.źródło: Daily Mail", [("source", None, "Daily Mail")]),
    ("Laureaci pojadą dalej.\n\nOrganizatorzy: Ewa Sowa, Anna Kos, Adam Wrona.", []),
    # a priest's order after his name; a name whose comma his workplace would follow; "zdj. autor": the byline's author
    ("Proboszcz zachęcił parafian.\n\no. Adam Wrona SchP", [("text", "Adam Wrona", None)]),
    ("Remont kosztował 12 mln zł.\n\nAdam Wrona,\n\nzdj. KPP w Lisewie", [("text", "Adam Wrona", None), ("photo", None, "KPP w Lisewie")]),
    ("Posterunek działa w budynku urzędu.\n\nADAM WRONA\nzdj. autor", [("text", "Adam Wrona", None), ("photo", "Adam Wrona", None)]),
])  # fmt: skip
def test_credits_ending_a_text_as_other_themes_write_them(text, expected):
    assert [(c.role, c.person, c.organisation) for c in credits_at_end(text, TORUN.abbreviations)[1]] == expected


def test_a_copyright_s_year_before_the_full_stop_of_its_notice():
    credits = credits_at_end("Ogłoszenie.\n© Copyright Lisewo.com 2016. Wszelkie prawa zastrzeżone.", TORUN.abbreviations)[1]
    assert [(c.organisation, c.copyright_holder, c.year, c.license) for c in credits] == [
        ("Lisewo.com", "Lisewo.com", 2016, "LicenseRef-All-Rights-Reserved")]


@pytest.mark.parametrize("mark", ["”", ".", "„"])
def test_a_paragraph_of_one_punctuation_mark_repeated_leaves_the_process_alive(mark):
    # found by fuzzing: Morfeusz 2 crashed the whole process (a segmentation fault) on some ten thousand marks in one
    # "word"; run apart, so that a crash fails this test instead of the suite
    code = ("import sys; from archiver.extract import extract_article; from tests.conftest import TORUN; "
            f"html = '<html><body><article><h1>Sesja</h1><p>' + {mark!r} * 30000 + '</p></article></body></html>'; "
            "extract_article(html, 'http://127.0.0.1/aktualnosci/1', TORUN); print('alive')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0 and done.stdout.strip() == "alive", done.stderr[-500:]
