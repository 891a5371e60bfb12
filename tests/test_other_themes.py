"""Pages of other themes, written blind (tests/labelled/other_themes): the site's profile does not match their
markup, and its fallbacks must still find what a reader sees there: the title, the date, the article's images
and its attachments (issue 12). How well the rest is read is measured by ``make quality``."""

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest

from archiver.extract import extract_article
from tests.conftest import TORUN

FOLDER = Path(__file__).parent / "labelled" / "other_themes"
PAGES = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))["pages"]
SECOND_FOLDER = Path(__file__).parent / "labelled" / "other_themes_2"
SECOND_PAGES = json.loads((SECOND_FOLDER / "expected.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("page", PAGES, ids=[p["page"] for p in PAGES])
def test_another_theme_s_title_date_images_and_attachments_are_found(page):
    article = extract_article((FOLDER / page["page"]).read_bytes(), page["url"], TORUN)
    assert " ".join(article["title"].split()) == " ".join(page["title"].split())
    assert (article["published_at"] or "")[:10] == (page["published"] or "")
    assert [i["url"] for i in article["images"]] == [urljoin(page["url"], i["src"]) for i in page["images"]]
    assert [a["url"] for a in article["attachments"]] == [urljoin(page["url"], a["href"]) for a in page["attachments"]]


def test_the_set_is_as_documented():
    assert len(PAGES) >= 40 and len({p["theme"] for p in PAGES}) >= 10
    assert all((FOLDER / p["page"]).exists() and p["url"].startswith("http") for p in PAGES)
    assert len(SECOND_PAGES) >= 24 and all((SECOND_FOLDER / p["page"]).exists() for p in SECOND_PAGES)
    third = json.loads((Path(__file__).parent / "labelled" / "other_themes_3" / "expected.json").read_text(encoding="utf-8"))["pages"]
    assert len(third) >= 16


@pytest.mark.parametrize("page", SECOND_PAGES, ids=[p["page"] for p in SECOND_PAGES])
def test_the_headline_a_page_announces_is_its_title(page):
    """The second set's themes (tests/labelled/other_themes_2): the article's own headline, not a teaser's or the site's."""
    article = extract_article((SECOND_FOLDER / page["page"]).read_bytes(), page["url"], TORUN)
    assert " ".join(article["title"].split()) == " ".join(page["title"].split())


def test_a_content_element_of_lines_after_line_breaks_keeps_every_line():
    page = """<html><head><title>Gmina Lisewo - Zmiana godzin pracy</title></head><body><table><tr><td>
    <font size="1">Licznik odwiedzin: 1234</font></td><td><div id="tresc">
    <font size="3"><b>Zmiana godzin pracy</b></font><br><font size="1">Dodano: 2024-07-01 07:35</font><br><br>
    <font size="2">Urząd będzie czynny od poniedziałku do piątku w godzinach od 7.30 do 15.00 przez całe wakacje.</font><br><br>
    <font size="2">Wnioski można składać w pokoju numer trzy albo przez platformę elektroniczną urzędu.</font><br><br>
    <font size="2">Za utrudnienia przepraszamy.</font><br></div></td></tr></table></body></html>"""
    article = extract_article(page, "http://www.lisewo.example.pl/aktualnosci.php?id=7", TORUN)
    assert article["title"] == "Zmiana godzin pracy" and article["published_at"].startswith("2024-07-01")
    for sentence in ("przez całe wakacje.", "platformę elektroniczną urzędu.", "Za utrudnienia przepraszamy."):
        assert sentence in article["body_text"]
    assert "Licznik odwiedzin" not in article["body_text"]
    assert article["body_text"].startswith("Urząd będzie czynny")  # the headline and the date above it are the page's


ARTICLE_TEXT = "<p>Radni przyjęli budżet gminy na przyszły rok po długiej dyskusji o inwestycjach drogowych.</p>"


@pytest.mark.parametrize("page,credits", [
    # Drupal 10's Olivero wraps the article in a "sidebar-grid"; Joomla's <body> says it has a sidebar
    (f'<body><div class="sidebar-grid"><article class="node node--view-mode-full"><h1>Budżet</h1><div class="node__meta">'
     f'<span class="node__author">Opublikowane przez Jan Wrona, </span></div><div class="field--name-body">{ARTICLE_TEXT}</div>'
     f'</article></div></body>', [("text", "Jan Wrona", None)]),
    (f'<body class="site has-sidebar-right"><main><div class="item-page"><h1>Budżet</h1><dl class="article-info">'
     f'<dd class="createdby">Autor: Ewa Kos</dd></dl><div itemprop="articleBody">{ARTICLE_TEXT}</div></div></main></body>',
     [("text", "Ewa Kos", None)]),
    # a BIP page's register: who made the information, who published it; its rows are no part of the text
    (f'<body><main><article><h1>Obwieszczenie</h1><div class="tresc">{ARTICLE_TEXT}</div><div class="zalaczniki"><table><tr>'
     f'<td><a href="/pliki/obwieszczenie.pdf">Obwieszczenie</a></td><td>PDF, 245 KB</td></tr></table></div><div class="metryczka"><table>'
     f'<tr><th>Wytworzył:</th><td>Jan Wrona (2025-01-31)</td></tr><tr><th>Opublikował:</th><td>Ewa Kos</td></tr>'
     f'<tr><th>Data publikacji:</th><td>2025-02-03 14:20</td></tr><tr><th>Liczba odsłon:</th><td>184</td></tr></table></div>'
     f'</article></main></body>', [("text", "Jan Wrona", None), ("editing", "Ewa Kos", None)]),
    # Drupal 7's "submitted" line inside the content; a theme that names its author only in JSON-LD (an organisation
    # as the author names no one)
    (f'<body><div id="content"><div class="node"><h1>Budżet</h1><div class="submitted">Przesłane przez Jan Wrona, pon., '
     f'2025-02-03 14:20</div><div class="content">{ARTICLE_TEXT}</div></div></div></body>', [("text", "Jan Wrona", None)]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budżet", "author": [{"@type": "Person", '
     f'"name": "Ewa Kos"}}, {{"@type": "Organization", "name": "Gmina Lisewo"}}]}}</script><body><article><h1>Budżet</h1>'
     f'{ARTICLE_TEXT}</article></body>', [("text", "Ewa Kos", None)]),
    # an office as the user who posted it, with the day after "dnia"
    (f'<body><div id="content"><div class="node"><h1>Budżet</h1><div class="meta submitted">Przesłane przez <span class="username">'
     f'Wydział Promocji</span> dnia Wtorek, 05.11.2024 - 13:40</div><div class="content">{ARTICLE_TEXT}</div></div></div></body>',
     [("text", None, "Wydział Promocji")]),
])
def test_another_theme_s_byline_and_register_credit_the_article(page, credits):
    article = extract_article(f"<html><head><title>Gmina Lisewo</title></head>{page}</html>", "https://lisewo.example.pl/a/1", TORUN)
    assert [(c["role"], c["person"], c["organisation"]) for c in article["credits"]] == credits
    assert article["body_text"].endswith("inwestycjach drogowych.")


@pytest.mark.parametrize("files", [
    # a list under its heading inside the article's element; the same in an old table layout's lines after <br>
    '<p><strong>Pliki do pobrania:</strong></p><ul><li><a href="/pliki/protokol.pdf">Protokół jury</a> (PDF, 98 KB)</li></ul>',
    '<font size="2"><b>Załączniki:</b></font><br><img src="/grafika/ikona_pdf.gif" alt=""> <a href="/pliki/protokol.pdf">'
    '<font color="#003399">Protokół jury</font></a> (PDF, 98 KB)<br><br>',
    # the label and the file on one line
    '<p>Załącznik: <a href="/pliki/protokol.pdf">Protokół jury</a> (PDF, 98 KB)</p>',
    # a table of files: a link in every row beside its type, size and date
    '<h3>Pliki do pobrania</h3><table><thead><tr><th>Nazwa</th><th>Typ</th><th>Rozmiar</th></tr></thead><tbody><tr><td>'
    '<a href="/pliki/protokol.pdf">Protokół jury</a></td><td>PDF</td><td>98 KB</td><td>18.12.2024</td></tr></tbody></table>',
])
def test_a_list_of_files_leaves_the_text_and_is_recorded_while_the_credit_under_it_is_read(files):
    page = (f'<html><head><title>Gmina Lisewo</title></head><body><div id="content"><div class="tresc">{ARTICLE_TEXT}'
            f'{files}<p><i>Opracowanie: Referat Oświaty i Sportu</i></p></div></div></body></html>')
    article = extract_article(page, "https://lisewo.example.pl/a/3", TORUN)
    assert article["body_text"].endswith("inwestycjach drogowych.")
    assert [(a["url"], a["size_bytes"]) for a in article["attachments"]] == [("https://lisewo.example.pl/pliki/protokol.pdf", 98 * 1024)]
    assert [(c["role"], c["organisation"]) for c in article["credits"]] == [("editing", "Referat Oświaty i Sportu")]


def test_a_sentence_linking_a_file_stays_in_the_text():
    page = (f'<html><head><title>Gmina Lisewo</title></head><body><div id="content"><div class="tresc">{ARTICLE_TEXT}'
            '<p>Załączniki:</p><p>Regulamin jest w <a href="/pliki/regulamin.pdf">tym pliku</a>, do pobrania.</p></div></div></body></html>')
    article = extract_article(page, "https://lisewo.example.pl/a/4", TORUN)
    assert article["body_text"].endswith("Regulamin jest w tym pliku, do pobrania.")


@pytest.mark.parametrize("figure,caption,photographer", [
    # a caption a theme sets beside the image by its class; a lazy image's <noscript> copy is no second picture
    ('<div class="news-photo"><img src="data:image/gif;base64,R0lGOD" data-src="/m/most.jpg" class="lazyload"><noscript><img src="/m/most.jpg">'
     '</noscript><div class="news-photo__desc">Most na Wiśle, fot. Jan Wrona</div></div>', "Most na Wiśle", "Jan Wrona"),
    ('<table class="tr-caption-container"><tr><td><a href="/m/most.jpg"><img src="/m/most-s.jpg"></a></td></tr>'
     '<tr><td class="tr-caption">Most na Wiśle</td></tr></table>', "Most na Wiśle", None),
    # the photo's credit in its alt text; a caption under the image in an old page's <center>
    ('<p><img src="/m/most.jpg" alt="Most na Wiśle, fot. Jan Wrona"></p>', None, "Jan Wrona"),
    ('<center><img src="/m/most.jpg"><br><i>Most na Wiśle</i></center>', "Most na Wiśle", None),
    # an alt text that says what the picture shows names no one who took it
    ('<p><img src="/m/most.jpg" alt="Zdjęcie: Komisja Rewizyjna"></p>', None, None),
    # an AMP page's picture with its caption beside it; Wix's <figcaption> outside any <figure>; a gallery's own caption
    ('<div class="wp-caption"><amp-img src="/m/most.jpg" width="1200" height="800" layout="intrinsic"></amp-img>'
     '<p class="wp-caption-text">Most na Wiśle</p></div>', "Most na Wiśle", None),
    ('<div data-hook="figure-IMAGE"><div class="x1"><img src="/m/most.jpg"></div><figcaption class="pe6Ut"><span>Most na Wiśle</span>'
     '</figcaption></div>', "Most na Wiśle", None),
    ('<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="/m/most.jpg"><figcaption>Most na Wiśle</figcaption>'
     '</figure><figcaption class="blocks-gallery-caption">Zdjęcia: Jan Wrona</figcaption></figure>', "Most na Wiśle", "Jan Wrona"),
])
def test_another_theme_s_image_keeps_its_caption_and_photographer(figure, caption, photographer):
    page = f'<html><head><title>Most</title></head><body><main><article><h1>Most</h1><div class="entry-content">{ARTICLE_TEXT}{figure}{ARTICLE_TEXT}</div></article></main></body></html>'
    article = extract_article(page, "https://lisewo.example.pl/a/2", TORUN)
    assert [(i["url"], i["caption"]) for i in article["images"]] == [("https://lisewo.example.pl/m/most.jpg", caption)]
    assert [c["person"] for c in article["credits"] if c["image_url"]] == ([photographer] if photographer else [])


def test_a_blog_entry_s_date_in_an_attribute_and_its_edit_icon():
    page = (f'<html><head><title>Blog szkoły: Wycieczka</title></head><body><div class="widget Blog"><div class="post hentry">'
            f'<h3 class="post-title">Wycieczka</h3><div class="post-body">{ARTICLE_TEXT}<a href="/m/big.jpg"><img src="/m/small.jpg"></a>'
            f'{ARTICLE_TEXT}</div><div class="post-footer"><span class="post-author vcard">Ewa Kos</span> <abbr class="published" '
            f'itemprop="datePublished" title="2025-03-07T18:22:00+01:00">18:22</abbr> <a href="/edit"><img class="icon-action" '
            f'src="/icon18_edit.gif" width="18" height="18"></a></div></div></div></body></html>')
    article = extract_article(page, "https://szkola.example.pl/2025/03/wycieczka.html", TORUN)
    assert article["title"] == "Wycieczka" and article["published_at"] == "2025-03-07T18:22:00+01:00"
    assert [i["url"] for i in article["images"]] == ["https://szkola.example.pl/m/big.jpg"]
    assert [(c["role"], c["person"]) for c in article["credits"]] == [("text", "Ewa Kos")]


def test_the_article_around_its_announced_headline_among_teasers_of_the_same_markup():
    teaser = ('<div class="news"><h3><a href="/a/{n}">Inny artykuł numer {n} z gminy</a></h3><img src="/m/t{n}.jpg">'
              '<p>Krótka zapowiedź innego tekstu, którą pisze Halina Stec.</p></div>')
    page = ('<html><head><title>Gmina Lisewo - Nowy chodnik przy szkole</title><meta property="og:title" content="Nowy chodnik przy szkole">'
            f'</head><body><div id="main">{teaser.format(n=1)}<div class="news"><div class="data">2025-09-14 18:22</div>'
            f'<h3>Nowy chodnik przy szkole</h3><div class="tresc"><p>2025-09-14</p><p>Nowy chodnik przy szkole</p>'
            '<p>Zapraszamy na otwarcie chodnika!</p><p>Chodnik ma dwieście metrów i prowadzi od przystanku do wejścia szkoły, '
            'a jego budowa trwała dwa miesiące i kosztowała sto tysięcy złotych z budżetu gminy Lisewo.</p>'
            '<p>Prace wykonała firma z Torunia, a odbioru dokonała komisja z udziałem radnych i dyrekcji szkoły. Wzdłuż chodnika '
            'stanęło sześć nowych latarni, a przy przejściu dla pieszych pojawiło się oświetlenie, o które prosili rodzice uczniów.</p>'
            f'<p><a href="/m/chodnik.jpg"><img src="/m/chodnik-m.jpg"></a></p></div></div>{teaser.format(n=2)}</div></body></html>')
    article = extract_article(page, "https://lisewo.example.pl/a/9", TORUN)
    assert article["title"] == "Nowy chodnik przy szkole" and article["published_at"].startswith("2025-09-14T18:22")
    assert article["body_text"].startswith("Zapraszamy na otwarcie chodnika!")  # the date and headline above it are the page's
    assert [i["url"] for i in article["images"]] == ["https://lisewo.example.pl/m/chodnik.jpg"]
    assert "Halina Stec" not in article["body_text"]


def test_the_author_and_date_in_a_short_line_under_the_announced_headline():
    text = "".join(f"<p>Akapit {n}: dzieci z pięciu grup czekały na gościa, a w sali zabrzmiały dzwoneczki i piosenki.</p>" for n in range(6))
    page = ('<html><head><title>Mikołajki w przedszkolu | Przedszkole Słoneczko</title></head><body><main><article class="card">'
            '<h1 class="card-title">Mikołajki w przedszkolu</h1><p class="text-muted small">Autor: Monika Frankowska | 06.12.2024</p>'
            f'<div class="wpis">{text}</div></article><aside class="widget"><p>Anna Wrona</p></aside></main></body></html>')
    article = extract_article(page, "https://przedszkole.example.pl/a/7", TORUN)
    assert article["published_at"].startswith("2024-12-06")
    assert [(c["role"], c["person"]) for c in article["credits"]] == [("text", "Monika Frankowska")]


def test_an_old_table_layout_s_headline_date_and_buttons():
    text = "".join(f"<p>Akapit {n}: komisja oceniła czterdzieści palm z pięciu sołectw i przyznała trzy nagrody główne.</p>" for n in range(6))
    page = ('<html><head><title>Gmina Lisewo - Konkurs palm wielkanocnych rozstrzygnięty</title></head><body><table><tr><td>'
            '<table class="contentpaneopen"><tr><td class="contentheading">Konkurs palm wielkanocnych rozstrzygnięty</td>'
            '<td class="buttonheading"><img src="/images/M_images/printButton.png" alt="Drukuj"></td></tr></table>'
            '<table class="contentpaneopen"><tr><td class="createdate">poniedziałek, 14 kwiecień 2025</td></tr><tr><td>'
            f'<p><img src="/images/stories/palmy.jpg" alt="Palmy"></p>{text}</td></tr></table></td></tr></table></body></html>')
    article = extract_article(page, "http://www.lisewo.example.pl/index.php?id=612", TORUN)
    assert article["title"] == "Konkurs palm wielkanocnych rozstrzygnięty" and article["published_at"].startswith("2025-04-14")
    assert [i["url"] for i in article["images"]] == ["http://www.lisewo.example.pl/images/stories/palmy.jpg"]
