"""Every folder under tests/pages is a case: page.html, url.txt (where it was fetched), expected.json.

expected.json lists the fields the case pins down; each must come out exactly.
"""

import json
from pathlib import Path

import lxml.html
import pytest

from archiver.extract import extract_article
from tests.conftest import SEED_PAGE, TORUN, seed_page_ending_with

CASES = sorted(p for p in (Path(__file__).parent / "pages").iterdir() if (p / "expected.json").exists())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Path):
    url = (case / "url.txt").read_text().strip()
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    article = extract_article((case / "page.html").read_bytes(), url, TORUN)
    for field, value in expected.items():
        assert article[field] == value, f"{case.name}: {field}"


def test_cases_cover_the_site_model_variants():
    assert len(CASES) >= 5


def test_seed_article_credits_exactly():
    article = extract_article((Path(__file__).parent / "pages/seed-konwent/page.html").read_bytes(), "https://www.torun.pl/x", TORUN)
    text, photo = article["credits"]
    assert (text["role"], text["person"], text["organisation"]) == ("text", "Anna Grzybowska", "Biuro Rady Miasta")
    assert photo["role"] == "photo"
    assert photo["person"] == "Magdalena Dębczyńska-Wróblewska"
    assert photo["copyright_holder"] == "Urząd Miasta Torunia"
    assert photo["year"] == 2025
    assert photo["license"] == "CC-BY-NC-4.0"
    assert photo["license_url"] == "https://creativecommons.org/licenses/by-nc/4.0/"
    assert "Tekst:" not in article["body_text"] and "licencja" not in article["body_text"]


def test_body_has_no_site_chrome():
    article = extract_article((Path(__file__).parent / "pages/seed-konwent/page.html").read_bytes(), "https://www.torun.pl/x", TORUN)
    for chrome in ("Powrót", "Udostępnij", "Drukuj", "cookies", "Najczęściej czytane", "Strona główna",
                   "Wały gen. Sikorskiego", "Galeria zdjęć", "Przejdź do treści"):  # fmt: skip
        assert chrome not in article["body_text"], chrome
        assert chrome not in article["body_markdown"], chrome


@pytest.mark.parametrize("elsewhere", [
    '<section id="comments"><div class="comment"><a rel="author" href="/u/janek77">Janek Kos</a><p>Wreszcie!</p></div></section>',
    '<aside class="widget"><a rel="author" href="/a/">Anna Wrona</a></aside>',
    '<div class="related-posts"><span class="byline">Autor: Ewa Kos</span></div>',
])
def test_a_comment_sidebar_or_related_post_author_signs_no_article(elsewhere):
    page = (Path(__file__).parent / "pages/other-theme-author-byline/page.html").read_text(encoding="utf-8")
    page = page.replace('<span class="byline">Autor: <a rel="author" href="/author/kwrona/">Katarzyna Wrona</a></span>', "")
    page = page.replace("</article>", elsewhere + "</article>", 1)  # inside the article's own element
    article = extract_article(page.encode(), "https://portal.example.pl/2025/03/nowe-lawki", TORUN)
    assert [(c["role"], c["person"]) for c in article["credits"]] == [("photo", "Marek Sowa")]


def test_bytes_and_str_give_the_same_article():
    raw = (Path(__file__).parent / "pages/seed-konwent/page.html").read_bytes()
    assert extract_article(raw, "https://www.torun.pl/x", TORUN) == extract_article(raw.decode("utf-8"), "https://www.torun.pl/x", TORUN)


def test_empty_and_broken_html_do_not_raise():
    for html in ("", "<html>", "<<<>>>", b"\xff\xfe\x00garbage", "<p>Tylko akapit</p>", "<!DOCTYPE html>", "   ", "<!-- x -->", "<html"):
        article = extract_article(html, "https://www.torun.pl/pl/x", TORUN)
        assert article["url"] == "https://www.torun.pl/pl/x"
        assert isinstance(article["credits"], list)


def test_an_image_takes_its_own_paragraph_as_caption_only_when_the_text_follows_it():
    own = "".join(f'<p><img src="/j/{i}.jpg"><br><em>Opis {i}. Fot. Jan Nowak</em></p>' for i in range(300))
    crowded = "<p>" + "".join(f'<img src="/i/{i}.jpg">' for i in range(300)) + "Podpis pod wszystkimi</p>"
    set_in = '<p>Radni przyjęli budżet <img src="/k/1.jpg"> na przyszły rok.</p>'
    html = (f"<html><body><div class='tresc'><p>Pierwszy akapit artykułu, wystarczająco długi do odnalezienia.</p>"
            f"{own}{crowded}{set_in}<p>Ostatni akapit artykułu, także wystarczająco długi do odnalezienia.</p></div></body></html>")
    images = {i["url"].rsplit("/", 2)[-2] + i["url"].rsplit("/", 1)[-1]: i for i in extract_article(html, "https://example.pl/a", TORUN)["images"]}
    assert [images[f"j{n}.jpg"]["caption"] for n in (0, 299)] == ["Opis 0.", "Opis 299."]
    assert images["j7.jpg"]["credit"] == "Fot. Jan Nowak"
    assert all(images[f"i{n}.jpg"]["caption"] is None for n in range(300))
    assert images["k1.jpg"]["caption"] is None


def test_a_name_ending_the_article_signs_it_unless_the_paragraph_above_announces_it():
    def ending(*paragraphs: str) -> dict:
        body = "".join(f"<p>{p}</p>" for p in ("Radni przyjęli budżet miasta na przyszły rok po długiej dyskusji.", *paragraphs))
        return extract_article(f"<html><body><article>{body}</article></body></html>", "https://example.pl/a", TORUN)

    signed = ending("Sesja trwała do wieczora.", "Marek Zając")
    announced = ending("Nagrodę główną otrzymała:", "Anna Lis")
    assert [(c["role"], c["person"]) for c in signed["credits"]] == [("text", "Marek Zając")]
    assert "Marek Zając" not in signed["body_text"]
    assert announced["credits"] == [] and announced["body_text"].endswith("Anna Lis")


def test_a_lazy_loaded_image_is_the_image_not_its_placeholder():
    figures = ('<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/a.jpg" alt="A">'
               '<figcaption>Rynek, fot. Jan Lis</figcaption></figure>'
               '<figure><img src="/img/placeholder.svg" data-lazy-src="/img/b.jpg"></figure>'
               '<figure><img srcset="/img/c-800.jpg 800w, /img/c-1600.jpg 1600w"></figure>')
    html = ("<html><body><article><p>Pierwszy akapit artykułu, wystarczająco długi do odnalezienia.</p>"
            f"{figures}<p>Ostatni akapit artykułu, także wystarczająco długi do odnalezienia.</p></article></body></html>")
    article = extract_article(html, "https://example.pl/a", TORUN)
    # of a srcset, the largest rendition the page offers: what an archive keeps
    assert [i["url"] for i in article["images"]] == [f"https://example.pl/img/{n}" for n in ("a.jpg", "b.jpg", "c-1600.jpg")]
    assert article["images"][0]["credit"] == "fot. Jan Lis"


def test_a_name_after_the_last_sentence_took_the_photo_under_an_image_and_wrote_the_text_under_a_paragraph():
    html = ("<html><body><article><p>Pierwszy akapit artykułu, wystarczająco długi do odnalezienia w treści strony.</p>"
            '<figure><img src="/img/a.jpg"><figcaption>Pogrzeb byłego radnego Lisewa. Piotr Sowa</figcaption></figure>'
            "<p>Uczniowie długo będą wspominać ten dzień spędzony w bibliotece. Anna Kosowska</p></article></body></html>")
    article = extract_article(html, "https://example.pl/a", TORUN)
    assert sorted((c["role"], c["person"]) for c in article["credits"]) == [("photo", "Piotr Sowa"), ("text", "Anna Kosowska")]


def test_a_download_script_is_an_attachment_by_its_download_attribute_or_document_type():
    links = ('<p><a href="/pobierz/123" download>Protokół z sesji</a>, <a href="/plik?id=5" type="application/pdf">'
             'Uchwała (PDF, 120 KB)</a>, <a href="/inne">Inna strona</a>, <a href="/documents/20121/318004/odbior.pdf/'
             '77a1c2d3-0e9f-4b5a-b6c7-d8e9f0a1b2c3">Protokół odbioru</a>, <a href="/aktualnosci/rok.pdf/strona">Nie plik</a></p>')
    html = ("<html><body><article><p>Pierwszy akapit artykułu, wystarczająco długi do odnalezienia.</p>"
            f"{links}<p>Ostatni akapit artykułu, także wystarczająco długi do odnalezienia.</p></article></body></html>")
    attachments = extract_article(html, "https://example.pl/a", TORUN)["attachments"]
    assert [(a["url"], a["mime"], a["size_bytes"]) for a in attachments] == [
        ("https://example.pl/pobierz/123", None, None), ("https://example.pl/plik?id=5", "application/pdf", 120 * 1024),
        ("https://example.pl/documents/20121/318004/odbior.pdf/77a1c2d3-0e9f-4b5a-b6c7-d8e9f0a1b2c3", None, None)]  # Liferay's file


@pytest.mark.parametrize(
    "ending,credits,body_ends",
    [
        # the signer's function under the name, in its block or its own, after a closing formula
        ("<p>Karol Lis<br>Rzecznik Prasowy</p>", [("text", "Karol Lis", None)], "Metropolii Toruńskiej."),
        ("<p>Karol Lis</p><p>Rzecznik Prasowy</p>", [("text", "Karol Lis", None)], "Metropolii Toruńskiej."),
        ("<p>Z poważaniem<br>Adam Owczarek<br>Wójt Gminy Lisewo</p>", [("text", "Adam Owczarek", None)], "Metropolii Toruńskiej."),
        # the desk beside the author; an embedded post's publisher; a newsroom with the time below
        ("<p>2024-04-18, 18:30 Agata Raczek/Redakcja</p>", [("text", "Agata Raczek", None), ("text", None, "Redakcja")], "Toruńskiej."),
        ("<p>Opublikowany przez Gmina Lisewo Wtorek, 20 października 2020</p>", [("source", None, "Gmina Lisewo")], "Toruńskiej."),
        ("<p>Gazeta Lokalna<br>25/06/2019 13:00</p>", [("text", None, "Gazeta Lokalna")], "Metropolii Toruńskiej."),
        # credit lines above a credit in prose, whose sentence stays; roles after the names, a line each
        ("<p>Opracowała: Ewa Kos</p><p>Relacja Anny Lis.</p>", [("editing", "Ewa Kos", None), ("text", "Anna Lis", None)], "Relacja Anny Lis."),
        ("<p>Jan Lis – tekst<br>Ewa Kos – fotografie</p>", [("text", "Jan Lis", None), ("photo", "Ewa Kos", None)], "Toruńskiej."),
        # names one under another after the last sentence sign it (a list is announced by a colon: below)
        ("<p>Jan Kowalczyk</p><p>Anna Lis</p>", [("text", "Jan Kowalczyk", None), ("text", "Anna Lis", None)], "Metropolii Toruńskiej."),
        # a signature above the credit lines, in a paragraph of its own; under a list's heading, a name of the list
        ("<p>Jan Kowalczyk</p><p>Fot. Anna Lis</p>", [("text", "Jan Kowalczyk", None), ("photo", "Anna Lis", None)], "Toruńskiej."),
        ("<p>Nagrodę otrzymał:</p><p>Jan Kowalczyk</p><p>Fot. Anna Lis</p>", [("photo", "Anna Lis", None)], "Jan Kowalczyk"),
        # credits across blocks: names listed under a heading, a counter under the byline, the signer's post and paper
        ("<p>Zdjęcia</p><p>Ewa Sowa</p><p>Marek Lis</p>", [("photo", "Ewa Sowa", None), ("photo", "Marek Lis", None)], "Toruńskiej."),
        ("<p>Ewa Sowa 12 maja 2024</p><p>57</p>", [("text", "Ewa Sowa", None)], "Metropolii Toruńskiej."),
        ("<p>Z poważaniem</p><p>Ewa Sowa</p><p>Redaktor naczelny</p><p>Kurier Lisewski</p>",
         [("text", "Ewa Sowa", "Kurier Lisewski")], "Metropolii Toruńskiej."),
        # the closing formula in a paragraph of its own, then the signer's post over two lines, then the name: all the signature's
        ("<p>Prosimy o cierpliwość.</p><p>Z poważaniem</p><p>Przewodniczący Komisji Rewizyjnej<br>Rady Gminy Lisewo</p><p>Jan Kowalczyk</p>",
         [("text", "Jan Kowalczyk", None)], "Prosimy o cierpliwość."),
        ("<p>Skład komisji:</p><p>Jan Kowalczyk</p><p>Anna Lis</p>", [], "Anna Lis"),
        # the site's italics: a caption's credit at the end of the sentence, inside the <em>
        ("<p><em>Jubileusz szkoły w Lisewie/fot. Monika Kos</em></p>", [("photo", "Monika Kos", None)], "Jubileusz szkoły w Lisewie"),
        # a signature, a signer's post or a credit line after a <br> in the last paragraph
        ("<p>Na koniec uczniowie zaśpiewali hymn.<br>kcm</p>", [("text", "kcm", None)], "zaśpiewali hymn."),
        ("<p>Dziękujemy za pomoc.<br>Starosta Lisewski<br>Jan Kowalczyk</p>", [("text", "Jan Kowalczyk", None)], "Dziękujemy za pomoc."),
        ("<p>Drogę otwarto w piątek.<br>Tekst i zdjęcia: Ewa Kos</p>", [("text", "Ewa Kos", None), ("photo", "Ewa Kos", None)],
         "Drogę otwarto w piątek."),
        # the signer's post above the name, a paragraph each: part of the signature, not an office signing
        ("<p>Dziękujemy za pomoc.</p><p>Starosta Lisewski</p><p>Jan Kowalczyk</p>", [("text", "Jan Kowalczyk", None)],
         "Dziękujemy za pomoc."),
        # a label in a paragraph of its own above the name
        ("<p>Opracował</p><p>Karol Kos</p>", [("editing", "Karol Kos", None)], "Metropolii Toruńskiej."),
        # a radio page's furniture under the byline, each line its own: "Nazwa audycji" is no part of the author's name
        ("<p>Tytuł: Rozmowa o drogach<br>Autor: Marek Lis<br>Nazwa audycji: Wywiad<br>Data emisji: 04-05-2017</p>",
         [("text", "Marek Lis", None)], "Tytuł: Rozmowa o drogach"),
        # the page's date, counter and sharing links ending a text with no credit
        ("<p>Koniec obrad.</p><p>24.06.2025</p><p>Wyświetleń: 1 318</p><p>Udostępnij: <a href='https://x.example/s'>Facebook</a></p>", [],
         "Koniec obrad."),
        # credits in the cells of a layout table; a role word in a paragraph of its own above the name
        ("<p>Wstęp wolny.</p><table><tr><td><em>Tekst: Jan Lis</em></td><td><em>Fot. Ewa Kos</em></td></tr></table>",
         [("text", "Jan Lis", None), ("photo", "Ewa Kos", None)], "Wstęp wolny."),
        ("<p><em>Tekst: Jan Lis</em></p><p><em>Fot.</em></p><p><em>Ewa Kos</em></p>", [("text", "Jan Lis", None), ("photo", "Ewa Kos", None)],
         "Metropolii Toruńskiej."),
        # names a heading announces, in a paragraph of their own ending with a full stop
        ("<p>Wyróżnienia otrzymali:</p><p>Jan Wojtczak, Maria Kaczmarczyk.</p>", [], "Jan Wojtczak, Maria Kaczmarczyk."),
        # a quotation in a paragraph of its own, then who said it
        ("<p>„Dzieci rodzą się ze skrzydłami, a nauczyciele pomagają je rozwinąć.”</p><p>Jan Wrona</p>", [], "Jan Wrona"),
        # a numbered update stays in the text above the credits
        ("<p>Aktualizacja nr 1: uzupełniono informacje o obradach.</p><p><em>Tekst: Jan Lis</em></p>", [("text", "Jan Lis", None)],
         "uzupełniono informacje o obradach."),
        # a photo credit ending the line above a gallery's counter
        ("<p>Radni obejrzeli nowe drogi fot.: Starostwo Powiatowe<br>zdjęcie 1 z 8</p>", [("photo", None, "Starostwo Powiatowe")],
         "Radni obejrzeli nowe drogi"),
        # credits above the page's counter of views and its link back to the list, the credits in a wrapper of their own
        ("<p>Tekst: Ilona Wręga<br>Fot. Damian Stroj</p><p>Data publikacji: 02.03.2025, 09:41</p><p>Liczba odsłon: 2 057</p>",
         [("text", "Ilona Wręga", None), ("photo", "Damian Stroj", None)], "Metropolii Toruńskiej."),
        ("<div><p>Tekst: Ilona Wręga<br>Fot. Damian Stroj</p></div><p>&nbsp;</p><p><a href='/pl/aktualnosci'>« Powrót do listy aktualności</a></p>",
         [("text", "Ilona Wręga", None), ("photo", "Damian Stroj", None)], "Metropolii Toruńskiej."),
        # an office signing the text, its name broken over a <br>
        ("<p>Prosimy o cierpliwość.</p><p><strong>Wydział Komunikacji Społecznej<br>Starostwa Powiatowego w Lisewie</strong></p>",
         [("text", None, "Wydział Komunikacji Społecznej Starostwa Powiatowego w Lisewie")], "Prosimy o cierpliwość."),
        # the site's links to related articles under the credit; a list of its own words stays
        ("<p>Fot. UG Lisewo</p><p>Przeczytaj także:</p><ul><li><a href='/a/7'>Remont szkoły</a></li><li><a href='/a/8'>Nowy park</a></li></ul>",
         [("photo", None, "UG Lisewo")], "Metropolii Toruńskiej."),
        ("<p>Zobacz też:</p><ul><li><a href='/a/7'>Remont szkoły</a> – opis prac i ich koszt</li></ul>", [], "opis prac i ich koszt"),
        # a credit in brackets before the sentence's full stop: the sentence keeps it
        ("<p>Goście obejrzeli ratusz (fot. Ewa Kos).</p>", [("photo", "Ewa Kos", None)], "Goście obejrzeli ratusz."),
        # found by the fifth blind set (editors' markup): a soft hyphen inside a name, a word processor's paste, credits as a
        # list, a gallery's counter under the credit; an invitation that is a sentence and a blessing stay in the text
        ("<p><em>Fot. Szymon Bą&shy;czek</em></p>", [("photo", "Szymon Bączek", None)], "Metropolii Toruńskiej."),
        ("<p class='MsoNormal'><span lang='PL'>Tekst: Ewa Kos<o:p></o:p></span></p>", [("text", "Ewa Kos", None)], "Metropolii Toruńskiej."),
        ("<ul><li>Tekst: Ewa Kos</li><li>Montaż wideo: Igor Wilk</li></ul>", [("text", "Ewa Kos", None), ("video", "Igor Wilk", None)],
         "Metropolii Toruńskiej."),
        ("<p>Zdjęcia: Igor Wilk</p><p>Galeria: 18 zdjęć</p>", [("photo", "Igor Wilk", None)], "Metropolii Toruńskiej."),
        ("<p>Posłuchaj rozmowy w naszym serwisie.</p><p>Rozmawiała: Ewa Kos</p>", [("text", "Ewa Kos", None)], "rozmowy w naszym serwisie."),
        ("<p>Szczęść Boże!</p><p>ks. Jan Kowalczyk, proboszcz</p>", [("text", "Jan Kowalczyk", None)], "Szczęść Boże!"),
        # the heading of a files' list the page shows apart, left under the text
        ("<p>Zapisy trwają do piątku.</p><p><strong>Pliki do pobrania:</strong></p>", [], "Zapisy trwają do piątku."),
        # an office's department beside the photo credit, on one line
        ("<p>Referat Promocji UG Lisewo / fot. Igor Wilk</p>", [("text", None, "Referat Promocji UG Lisewo"), ("photo", "Igor Wilk", None)],
         "Metropolii Toruńskiej."),
    ],
)
def test_how_an_article_ends(ending, credits, body_ends):
    article = extract_article(seed_page_ending_with(ending), "https://www.torun.pl/x", TORUN)
    assert [(c["role"], c["person"], c["organisation"]) for c in article["credits"]] == credits
    assert article["body_text"].endswith(body_ends)


def test_each_credit_keeps_the_line_it_was_read_from():
    article = extract_article(seed_page_ending_with("<p>Koniec.<br>Tekst: Jan Lis<br>Fot. Ewa Kos</p>"), "https://www.torun.pl/x", TORUN)
    assert [(c["person"], c["raw"]) for c in article["credits"]] == [("Jan Lis", "Tekst: Jan Lis"), ("Ewa Kos", "Fot. Ewa Kos")]
    assert article["body_text"].endswith("Koniec.")


FIRST_PARAGRAPH = "<p><strong>W Toruniu odbyło się"


@pytest.mark.parametrize(
    "above,credits",
    [
        # a byline above the text: a credit line, or a date with names
        ("<p>Autor: Marek Sowa</p>", [("text", "Marek Sowa", None)]),
        ("<p>2020-10-16, 09:44 Marek Sowa/Redakcja</p>", [("text", "Marek Sowa", None), ("text", None, "Redakcja")]),
        ("<p>12.05.2021 Ewa Lis</p>", [("text", "Ewa Lis", None)]),
        # a name alone may be a heading or whom an interview is with; a sentence is text
        ("<p>Marek Sowa</p>", []),
        ("<p>Fotografie z sesji pokazujemy niżej.</p>", []),
    ],
)
def test_a_byline_above_the_text(above, credits):
    page = SEED_PAGE.read_text(encoding="utf-8").replace(FIRST_PARAGRAPH, above + FIRST_PARAGRAPH, 1)
    article = extract_article(page.encode(), "https://www.torun.pl/x", TORUN)
    assert [(c["role"], c["person"], c["organisation"]) for c in article["credits"]][: len(credits)] == credits
    above_text = lxml.html.fromstring(above).text_content()
    assert (above_text in article["body_text"]) == (not credits)
    assert article["body_text"].endswith("Metropolii Toruńskiej.")


@pytest.mark.parametrize(
    "last_block,credits,body_end",
    [
        # a credit line above the last caption
        ("<p>Fot. NAC<br>Modlitwa dzieci pod krzyżem, 1932 r.</p>", [("photo", None, "NAC")],
         "wystaw czasowych.\n\nModlitwa dzieci pod krzyżem, 1932 r."),
        # a photographer and his agency under the last caption
        ("<p>Premiera ostatniego tomu monografii<br>Tomasz Wrona / BAM</p>", [("photo", "Tomasz Wrona", "BAM")],
         "wystaw czasowych.\n\nPremiera ostatniego tomu monografii"),
    ],
)
def test_a_credit_around_the_last_caption_is_peeled_under_any_theme(last_block, credits, body_end):
    page = ("<html><head><title>Muzeum</title></head><body><article><h1>Muzeum</h1><div class='entry-content'>"
            f"<p>Muzeum pokazało zbiory z lat trzydziestych w nowej sali wystaw czasowych.</p>{last_block}</div></article></body></html>")
    article = extract_article(page.encode(), "https://muzeum.example.pl/wystawa", TORUN)
    assert [(c["role"], c["person"], c["organisation"]) for c in article["credits"]] == credits
    assert article["body_text"].endswith(body_end)


def test_a_figure_ending_the_body_credits_its_image_once():
    figure = '<figure class="image"><img src="/sites/default/files/sesja.jpg" alt=""><figcaption>fot. Ewa Kos</figcaption></figure>'
    credits = extract_article(seed_page_ending_with(figure), "https://www.torun.pl/x", TORUN)["credits"]
    assert [(c["role"], c["person"], c["image_url"]) for c in credits] == [("photo", "Ewa Kos", "https://www.torun.pl/sites/default/files/sesja.jpg")]


@pytest.mark.parametrize("ending,credits", [
    ("<p><em>" + "<br>".join(["Fot. Jan Lis"] * 3000) + "</em></p>", [("photo", "Jan Lis")]),
    ("<p>" + "<br>".join(["Radni przyjęli budżet.", "Fot. Ewa Kos"] * 1500) + "<br>Jan Lis</p>", [("photo", "Ewa Kos"), ("text", "Jan Lis")]),
])
def test_thousands_of_line_breaks_in_the_last_paragraph_never_recurse_past_the_stack(ending, credits):
    article = extract_article(seed_page_ending_with(ending), "https://www.torun.pl/x", TORUN)  # a RecursionError would fail the page
    assert [(c["role"], c["person"]) for c in article["credits"]] == credits


def test_a_comment_inside_the_last_paragraph_is_no_text():
    ending = "<p><strong>Radni przyjęli budżet na przyszły rok.</strong><br><!-- pagebreak --><em>Fot. Ewa Lis</em></p>"
    article = extract_article(seed_page_ending_with(ending), "https://www.torun.pl/x", TORUN)  # an HTML comment once failed the page
    assert [(c["role"], c["person"]) for c in article["credits"]] == [("photo", "Ewa Lis")]
    assert article["body_text"].endswith("Radni przyjęli budżet na przyszły rok.")


def test_a_document_to_download_ending_the_text_stays_though_its_words_read_as_furniture():
    article = extract_article(seed_page_ending_with("<p><a href='/files/uchwala.pdf'>Pobierz</a></p><p>24.06.2025</p>"), "https://www.torun.pl/x", TORUN)
    assert [a["url"] for a in article["attachments"]] == ["https://www.torun.pl/files/uchwala.pdf"]
    assert article["body_text"].endswith("Pobierz")
