"""A deterministic model of the council news section of www.torun.pl, built from the site model.

The markup follows ``shared/site-model`` (Drupal 8+ views, teaser and full article view modes,
pager, sticky nodes). Each generated article carries the values a correct extractor must find
(``expected``), derived from how the page was written, never from the extractor's output.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

WARSAW = ZoneInfo("Europe/Warsaw")
LIVE = "https://www.torun.pl"
LISTING_PATH = "/pl/rada-miasta/aktualnosci"
# The sections of the model site, as archiver/sites/torun.py names them: listing path and title.
SECTIONS = {
    "rada-miasta": (LISTING_PATH, "Aktualności Rady Miasta"),
    "aktualnosci": ("/pl/aktualnosci", "Aktualności"),
    "prezydent": ("/pl/prezydent/aktualnosci", "Aktualności Prezydenta Miasta"),
}
SECTION_BY_PATH = {path: name for name, (path, _) in SECTIONS.items()}
MONTHS_GENITIVE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                   "września", "października", "listopada", "grudnia"]  # fmt: skip

FIRST_NAMES = ["Anna", "Jan", "Magdalena", "Piotr", "Katarzyna", "Tomasz", "Ewa", "Michał", "Agnieszka",
               "Paweł", "Joanna", "Krzysztof", "Barbara", "Marek", "Małgorzata", "Łukasz", "Żaneta"]  # fmt: skip
LAST_NAMES = ["Nowak", "Kowalska", "Wiśniewski", "Dąbrowska", "Lewandowski", "Zielińska", "Szymański",
              "Woźniak", "Kozłowska", "Jankowski", "Mazur", "Krawczyk", "Grabowska-Pietrzak", "Żółtowski"]  # fmt: skip
TOPICS = ["Sesja Rady Miasta Torunia", "Posiedzenie Komisji Budżetu i Finansów", "Dyżury radnych",
          "Konsultacje społeczne w sprawie parku", "Młodzieżowa Rada Miasta", "Spotkanie z mieszkańcami Rubinkowa",
          "Absolutorium dla prezydenta", "Nagrody Rady Miasta", "Komisja Kultury i Promocji",
          "Budżet obywatelski na przyszły rok", "Rada Seniorów", "Metropolia Toruńska"]  # fmt: skip
SENTENCES = [
    "Radni rozmawiali o planach inwestycyjnych na najbliższe lata.",
    "Mieszkańcy mogli zadawać pytania i zgłaszać swoje uwagi.",
    "Dyskusja dotyczyła przede wszystkim komunikacji miejskiej i zieleni w mieście.",
    "Uchwała została przyjęta przez większość radnych obecnych na sali.",
    "Tekst uchwały zostanie opublikowany w Biuletynie Informacji Publicznej.",
    "Fotografie z wydarzenia można obejrzeć w galerii poniżej.",
    "Kolejne spotkanie zaplanowano na przyszły miesiąc w Dworze Artusa.",
    "W obradach wzięli udział przedstawiciele gmin Metropolii Toruńskiej.",
    "Projekt budżetu trafi teraz do dalszych prac w komisjach.",
    "Zgłoszenia można przesyłać do Biura Rady Miasta do końca tygodnia.",
    "Źródła finansowania inwestycji omówił skarbnik miasta.",
    "Zdjęcia z sesji publikujemy w serwisie miejskim.",
]
# (nominative, genitive, instrumental, role, verb ending for the past tense) — written out by hand.
PEOPLE = [
    ("Łukasz Walkusz", "Łukasza Walkusza", "Łukaszem Walkuszem", "przewodniczący Rady Miasta Torunia", ""),
    ("Paweł Gulewski", "Pawła Gulewskiego", "Pawłem Gulewskim", "prezydent Torunia", ""),
    ("Maja Lewandowska-Robak", "Mai Lewandowskiej-Robak", "Mają Lewandowską-Robak", "dyrektor Biura Metropolii", "a"),
    ("Anna Głuszek", "Anny Głuszek", "Anną Głuszek", "dyrektor Wydziału Strategii i Projektów Rozwojowych", "a"),
    ("Marcin Kowallek", "Marcina Kowallka", "Marcinem Kowallkiem", "dyrektor Wydziału Gospodarki Komunalnej", ""),
    ("Rafał Pietrucień", "Rafała Pietrucienia", "Rafałem Pietrucieniem", "zastępca prezydenta Torunia", ""),
    ("Katarzyna Zielińska", "Katarzyny Zielińskiej", "Katarzyną Zielińską", "radna", "a"),
    ("Tomasz Mazur", "Tomasza Mazura", "Tomaszem Mazurem", "radny", ""),
]


def people_sentence(rng: random.Random, person: tuple) -> tuple[str, str | None]:
    """A sentence naming a person in one of the ways Polish news does, and the role it gives."""
    nominative, genitive, instrumental, role, ending = person
    forms = [
        (f"{nominative}, {role}, otworzył{ending} obrady.", role),
        (f"Obrady otworzył{ending} {role} {nominative}.", role),
        (f"Głos zabrał{ending} {role} – {nominative}.", role),
        (f"Podziękowania skierowano do {genitive}.", None),
        (f"Z {instrumental} rozmawiali mieszkańcy.", None),
    ]
    return rng.choice(forms)


ATTACHMENT_KINDS = [("pdf", "application/pdf"), ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]  # fmt: skip


@dataclass
class Credit:
    line: str
    expected: list[dict]


def credit_forms(rng: random.Random, person: str, second: str, year: int) -> list[Credit]:
    """The credit lines seen on the site, each with the credits it must yield."""
    base = dict(organisation=None, copyright_holder=None, year=None, license=None, license_url=None, image_url=None,
                source_kind=None)
    cc = dict(copyright_holder="Urząd Miasta Torunia", year=year, license="CC-BY-NC-4.0",
              license_url="https://creativecommons.org/licenses/by-nc/4.0/")  # fmt: skip
    return [
        Credit(f"Tekst: {person}, Biuro Rady Miasta.", [{**base, "role": "text", "person": person, "organisation": "Biuro Rady Miasta"}]),
        Credit(f"Fot. © UMT {year}, autor: {second}, licencja: CC BY-NC 4.0", [{**base, **cc, "role": "photo", "person": second}]),
        Credit(f"Fot. {second}", [{**base, "role": "photo", "person": second}]),
        Credit(f"fot. {second}, torun.pl", [{**base, "role": "photo", "person": second, "organisation": "torun.pl"}]),
    ]


@dataclass
class Article:
    node_id: int
    slug: str
    title: str
    published: datetime
    date_style: str  # "numeric", "words" or "meta"
    paragraphs: list[str]
    bold_lead: bool
    credits: list[Credit]
    gallery: list[dict] = field(default_factory=list)
    main_image: dict | None = None
    attachments: list[dict] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sticky: bool = False
    people: list[tuple[str, str | None]] = field(default_factory=list)  # (name, role) in order of appearance
    modified: datetime | None = None
    edits: int = 0
    sections: list[str] = field(default_factory=lambda: ["rada-miasta"])  # the listings that show it

    @property
    def path(self) -> str:
        return f"/pl/{self.slug}"

    @property
    def canonical(self) -> str:
        return LIVE + self.path

    def expected(self) -> dict:
        """What a correct extraction of this page holds."""
        images = [self.main_image] if self.main_image else []
        images += self.gallery
        credits = [dict(c, raw=credit.line) for credit in self.credits for c in credit.expected]
        for image in images:
            if image.get("credit_expected"):
                credits.append(dict(image["credit_expected"], raw=image["credit"], image_url=image["url"]))
        return {
            "url": self.canonical,
            "node_id": self.node_id,
            "title": self.title,
            "published_at": self.published.isoformat(timespec="seconds"),
            "lead": self.paragraphs[0] if self.bold_lead else None,
            "paragraphs": self.paragraphs,
            "tags": self.tags,
            "images": [{k: i[k] for k in ("url", "alt", "caption", "credit")} for i in images],
            "attachments": [{k: a[k] for k in ("url", "title", "mime", "size_bytes")} for a in self.attachments],
            "credits": credits,
            "people": self.people,
            "sections": self.sections,
        }


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


class Site:
    """A council news section of ``count`` articles, newest first, ``per_page`` to a listing page;
    with ``other_sections`` ({"aktualnosci": 12, …}) the city's other listings too, each with that
    many articles of its own, and every third council article also listed in "aktualnosci"."""

    def __init__(self, count: int = 36, *, per_page: int = 10, seed: int = 2025, sticky: int = 1,
                 robots_extra: str = "", crawl_delay: float | None = None, sitemap: bool = True,
                 padding_kb: int = 0, hostile: bool = False, other_sections: dict[str, int] | None = None):  # fmt: skip
        self.rng = random.Random(seed)
        self.per_page = per_page
        self.robots_extra = robots_extra
        self.crawl_delay = crawl_delay
        self.sitemap_enabled = sitemap
        self.padding_kb = padding_kb
        self.hostile = hostile  # every article page attacks its reader (see hostile_variant)
        self.articles: list[Article] = []
        self._changes, self._index_key = 0, None
        start = datetime(2025, 6, 24, 12, 40, tzinfo=WARSAW)
        for index in range(count):
            self.articles.append(self._make_article(90000 - index * 7, start - timedelta(days=index * 3, hours=index % 5)))
        for article in self.articles[-sticky:] if sticky else []:
            article.sticky = True  # an old article pinned to the top, as Drupal allows
        for number, (section, section_count) in enumerate((other_sections or {}).items()):
            for index in range(section_count):
                article = self._make_article(70000 - number * 5000 - index * 7, start - timedelta(days=index * 4 + 1, hours=number))
                article.sections = [section]
                self.articles.append(article)
        if other_sections and "aktualnosci" in other_sections:
            for article in self.articles[:count:3]:
                article.sections = ["rada-miasta", "aktualnosci"]

    def _make_article(self, node_id: int, published: datetime) -> Article:
        rng = self.rng
        topic = rng.choice(TOPICS)
        title = f"{topic} – {published.day} {MONTHS_GENITIVE[published.month - 1]} {published.year} (nr {node_id})"
        slug = f"artykul-{node_id}-{published:%Y-%m-%d}"
        paragraphs = [" ".join(rng.sample(SENTENCES, 2)) for _ in range(rng.randint(3, 6))]
        people: dict[str, str | None] = {}
        for person in rng.sample(PEOPLE, rng.randint(0, 3)):
            sentence, role = people_sentence(rng, person)
            paragraphs.insert(rng.randint(1, len(paragraphs)), sentence)
            people[person[0]] = role
        order = sorted(people, key=lambda name: next(i for i, p in enumerate(paragraphs) if any(
            form in p for form in next(x for x in PEOPLE if x[0] == name)[:3])))  # fmt: skip
        person, second = person_name(rng), person_name(rng)
        forms = credit_forms(rng, person, second, published.year)
        credits = [forms[0], rng.choice(forms[1:])] if rng.random() < 0.8 else [rng.choice(forms[1:])]
        date_style = ["numeric", "numeric", "words", "meta"][node_id % 4]
        article = Article(node_id, slug, title, published, date_style, paragraphs, bold_lead=rng.random() < 0.6, credits=credits,
                          people=[(name, people[name]) for name in order],
                          tags=rng.sample(["sesja", "radni", "budżet", "Metropolia", "konsultacje"], rng.randint(0, 2)))  # fmt: skip
        if rng.random() < 0.8:
            article.main_image = {"url": f"{LIVE}/sites/default/files/field/image/{slug}.jpg", "alt": f"Zdjęcie: {topic}",
                                  "caption": None, "credit": None}  # fmt: skip
        if rng.random() < 0.4:
            for number in range(1, rng.randint(2, 4) + 1):
                photographer = person_name(rng)
                with_credit = number % 2 == 1
                article.gallery.append({
                    "url": f"{LIVE}/sites/default/files/gallery/{slug}-{number}.jpg",
                    "alt": f"{topic}, zdjęcie {number}",
                    "caption": f"{topic}, zdjęcie {number}" if with_credit else None,
                    "credit": f"fot. {photographer}" if with_credit else None,
                    "credit_expected": {"role": "photo", "person": photographer, "organisation": None, "copyright_holder": None,
                                        "year": None, "license": None, "license_url": None, "source_kind": None} if with_credit else None,
                })  # fmt: skip
        if rng.random() < 0.3:
            extension, mime = rng.choice(ATTACHMENT_KINDS)
            size = rng.randint(20, 900) * 1024
            article.attachments.append({"url": f"{LIVE}/sites/default/files/attachments/{slug}.{extension}",
                                        "title": f"Uchwała nr {node_id % 1000}/{published.year}", "mime": mime, "size_bytes": size})  # fmt: skip
        return article

    # --- site structure -----------------------------------------------------------------------
    def _indexed(self) -> None:
        """The path index and listing order, rebuilt only when the articles changed (10k-article
        sites serve thousands of requests; a scan per request made the server the bottleneck)."""
        key = (self._changes, len(self.articles))
        if self._index_key != key:
            self._by_path = {a.path: a for a in self.articles}
            ordered = sorted(self.articles, key=lambda a: (not a.sticky, -a.published.timestamp()))
            self._order = {name: [a for a in ordered if name in a.sections] for name in SECTIONS}
            self._index_key = key

    def listing_order(self, section: str = "rada-miasta") -> list[Article]:
        """Drupal's order of a section's listing: sticky nodes first, then newest first."""
        self._indexed()
        return self._order[section]

    def pages(self, section: str = "rada-miasta") -> int:
        return max(1, -(-len(self.listing_order(section)) // self.per_page))

    @property
    def page_count(self) -> int:
        return self.pages()

    def by_path(self, path: str) -> Article | None:
        self._indexed()
        return self._by_path.get(path)

    def add_article(self, *sections: str) -> Article:
        newest = max(self.articles, key=lambda a: a.published)
        article = self._make_article(max(a.node_id for a in self.articles) + 11, newest.published + timedelta(days=1))
        article.sections = list(sections or ["rada-miasta"])
        self.articles.append(article)
        self._changes += 1
        return article

    def edit_article(self, article: Article) -> None:
        """Edit the text, as the city does; the sitemap's <lastmod> and Last-Modified move to now."""
        article.edits += 1
        article.paragraphs.append(f"Aktualizacja nr {article.edits}: uzupełniono informacje o przebiegu obrad.")
        article.modified = datetime.now(WARSAW).replace(microsecond=0)
        self._changes += 1

    def remove_article(self, article: Article) -> None:
        self.articles.remove(article)
        self._changes += 1

    # --- rendering ----------------------------------------------------------------------------
    def robots_txt(self) -> str:
        lines = ["User-agent: *"]
        if self.crawl_delay is not None:
            lines.append(f"Crawl-delay: {self.crawl_delay:g}")
        lines += ["Disallow: /pl/search/", "Disallow: /pl/print/"]
        lines += [line for line in self.robots_extra.splitlines() if line.strip()]
        if self.sitemap_enabled:
            lines.append(f"Sitemap: {LIVE}/sitemap.xml")
        return "\n".join(lines) + "\n"

    def sitemap_xml(self) -> str:
        urls = "".join(
            f"<url><loc>{a.canonical}</loc><lastmod>{(a.modified or a.published).isoformat(timespec='minutes')}</lastmod>"
            "<changefreq>daily</changefreq></url>"
            for a in sorted(self.articles, key=lambda a: -a.published.timestamp())
        )
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def listing_html(self, page: int, section: str = "rada-miasta") -> str | None:
        if not 0 <= page < self.pages(section):
            return None
        rows = self.listing_order(section)[page * self.per_page : (page + 1) * self.per_page]
        teasers = "".join(_teaser(a) for a in rows)
        path, title = SECTIONS[section]
        return _page(
            title, LIVE + path, f"path-{section}", "",
            '<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/pl">Strona główna</a></li>'
            f"<li>{title}</li></ol></nav></div>"
            f'<h1 class="page-title">{title}</h1>'
            f'<div class="view view-news view-id-news view-display-id-page_1"><div class="view-content">{teasers}</div>'
            f"{_pager(page, self.pages(section))}</div>",
            self.padding_kb,
        )  # fmt: skip

    def article_html(self, article: Article) -> str:
        a = article
        visible = {"numeric": f"{a.published:%d.%m.%Y}",
                   "words": f"{a.published.day} {MONTHS_GENITIVE[a.published.month - 1]} {a.published.year}", "meta": ""}[a.date_style]  # fmt: skip
        meta = (f'<meta property="article:published_time" content="{a.published.isoformat(timespec="seconds")}">'
                f'<meta property="article:modified_time" content="{(a.modified or a.published).isoformat(timespec="seconds")}">')  # fmt: skip
        body = "".join(
            f"<p><strong>{html.escape(p)}</strong></p>" if i == 0 and a.bold_lead else f"<p>{html.escape(p)}</p>"
            for i, p in enumerate(a.paragraphs)
        )
        body += "<p>&nbsp;</p>" + "".join(f"<p><em>{html.escape(c.line)}</em></p>" for c in a.credits)
        main_image = ""
        if a.main_image:
            rel = a.main_image["url"].removeprefix(LIVE)
            main_image = (f'<div class="field field--name-field-image"><figure class="media"><a href="{rel}" class="colorbox">'
                          f'<img src="/sites/default/files/styles/news_full/public{rel.removeprefix("/sites/default/files")}?itok=abc" '
                          f'alt="{html.escape(a.main_image["alt"])}" width="800" height="533"></a></figure></div>')  # fmt: skip
        gallery = ""
        if a.gallery:
            figures = ""
            for image in a.gallery:
                rel = image["url"].removeprefix(LIVE)
                title = f'{image["caption"]}, {image["credit"]}' if image["credit"] else ""
                caption = f"<figcaption>{html.escape(title)}</figcaption>" if title else ""
                figures += (f'<figure class="media"><a href="{rel}" class="colorbox" data-colorbox-gallery="gallery">'
                            f'<img src="/sites/default/files/styles/gallery_thumb/public{rel.removeprefix("/sites/default/files")}?itok=q1" '
                            f'alt="{html.escape(image["alt"])}"></a>{caption}</figure>')  # fmt: skip
            gallery = f'<div class="field field--name-field-gallery"><h2 class="field__label">Galeria zdjęć</h2>{figures}</div>'
        attachments = ""
        if a.attachments:
            items = "".join(
                f'<div class="field__item"><span class="file file--mime-{f["mime"].replace("/", "-")}">'
                f'<a href="{f["url"].removeprefix(LIVE)}" type="{f["mime"]}; length={f["size_bytes"]}">{html.escape(f["title"])}</a>'
                f'</span> <span class="file-size">({f["size_bytes"] / 1024:.0f} KB)</span></div>'
                for f in a.attachments
            )
            attachments = (f'<div class="field field--name-field-attachments field--type-file"><div class="field__label">Załączniki</div>'
                           f'<div class="field__items">{items}</div></div>')  # fmt: skip
        tags = ""
        if a.tags:
            tags = '<div class="field field--name-field-tags">' + "".join(
                f'<div class="field__item"><a href="/pl/tagi/{t}">{html.escape(t)}</a></div>' for t in a.tags) + "</div>"  # fmt: skip
        content = (
            '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/pl">Strona główna</a></li>'
            f'<li><a href="{SECTIONS[a.sections[0]][0]}">{SECTIONS[a.sections[0]][1]}</a></li><li>{html.escape(a.title)}</li></ol></nav></div>'
            f'<article data-history-node-id="{a.node_id}" role="article" about="{a.path}" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{html.escape(a.title)}</span></h1>'
            + (f'<div class="node__meta"><span class="field field--name-created">{visible}</span></div>' if visible else "")
            + main_image
            + f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{body}</div>'
            + gallery + attachments + tags
            + '<ul class="node-links"><li><a href="/pl/rada-miasta/aktualnosci" class="back">Powrót</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={a.canonical}" class="share share--x">Udostępnij na: X</a></li>'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={a.canonical}" class="share share--fb">Udostępnij na: FB</a></li>'
            '<li><a href="javascript:window.print()" class="print">Drukuj</a></li>'
            f'<li><a href="/pl/print/pdf/node/{a.node_id}" class="pdf">PDF</a></li></ul></article>'
        )  # fmt: skip
        page = _page(a.title, a.canonical, f"path-node page-node-type-article node-{a.node_id}", meta, content, self.padding_kb,
                     shortlink=f"{LIVE}/pl/node/{a.node_id}")  # fmt: skip
        return hostile_variant(page, a.node_id) if self.hostile else page


def hostile_variant(page: str, node_id: int) -> str:
    """The page with script hidden wherever a page can carry it: markup, attributes and URLs in the
    title, body, captions, alt text, image links, attachments, canonical URL and JSON-LD. A reader
    of the archive must never run any of it; each payload names where it came from."""
    def attack(where: str) -> str:
        return f"alert('{where}-{node_id}')"

    replacements = [
        ('<span class="field field--name-title">', f'<span class="field field--name-title" onmouseover="{attack("title")}">'),
        ('<link rel="canonical" href="', f'<link rel="canonical" href=" JaVaScRiPt:{attack("canonical")};//'),
        ("</head>", '<script type="application/ld+json">{"@type": "NewsArticle", "url": "javascript:' + attack("ld")
         + '", "headline": "x</script><script>' + attack("ld-break") + '</script>"}</script></head>'),
        ('field--type-text-with-summary field__item">',
         'field--type-text-with-summary field__item"><p>Komunikat<script>' + attack("body") + '</script>'
         f'<img src="x" onerror="{attack("img")}"> z <a href="javascript:{attack("link")}">linkiem</a>, '
         f'<a href="java&#x09;script:{attack("tab")}">drugim</a> i <a href="data:text/html,&lt;script&gt;{attack("data")}&lt;/script&gt;">trzecim</a>; '
         f'tekst &lt;script&gt;{attack("text")}&lt;/script&gt; to tylko tekst.</p>'
         f'<svg onload="{attack("svg")}"></svg><iframe src="javascript:{attack("iframe")}"></iframe>'),
        ('class="colorbox"><img', f'class="colorbox" onclick="{attack("image-link")}"><img onerror="{attack("image")}"'),
        ('alt="', 'alt="&quot;&gt;&lt;script&gt;' + attack("alt") + '&lt;/script&gt; '),
        ("<figcaption>", f"<figcaption>&lt;img src=x onerror={attack('caption')}&gt; "),
        ('<div class="field__items">',
         f'<div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf"><a href="javascript:{attack("attachment")}//ulotka.pdf">'
         f'Ulotka &lt;script&gt;{attack("attachment-title")}&lt;/script&gt;</a></span></div>'),
    ]  # fmt: skip
    for old, new in replacements:
        page = page.replace(old, new)
    return page


def _teaser(a: Article) -> str:
    sticky = " node--sticky" if a.sticky else ""
    return (f'<div class="views-row"><article class="node node--type-article{sticky} node--view-mode-teaser" data-history-node-id="{a.node_id}">'
            f'<div class="teaser__date">{a.published:%d.%m.%Y}</div>'
            f'<h2 class="teaser__title"><a href="{a.path}" rel="bookmark"><span class="field field--name-title">{html.escape(a.title)}</span></a></h2>'
            f'<div class="teaser__summary">{html.escape(a.paragraphs[0][:120])}…</div>'
            f'<a href="{a.path}" class="read-more" hreflang="pl">Czytaj więcej<span class="visually-hidden"> o {html.escape(a.title)}</span></a>'
            "</article></div>")  # fmt: skip


def _pager(page: int, count: int) -> str:
    if count <= 1:
        return ""
    items = "".join(
        f'<li class="pager__item{" is-active" if n == page else ""}"><a href="?page={n}" title="Przejdź do strony {n + 1}">{n + 1}</a></li>'
        for n in range(max(0, page - 2), min(count, page + 3))
    )
    if page + 1 < count:
        items += f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" rel="next">Następna ›</a></li>'
        items += f'<li class="pager__item pager__item--last"><a href="?page={count - 1}" title="Przejdź do ostatniej strony">Ostatnia »</a></li>'
    return f'<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">{items}</ul></nav>'


def site_chrome(size_kb: int, variant: int) -> tuple[str, str]:
    """Menus, sidebar blocks, footer links and inline settings, as a Drupal theme prints around an
    article: many small elements, not one blob, ``size_kb`` in all (split head / body)."""
    settings = '{"path":{"baseUrl":"/","currentLanguage":"pl"},"ajaxPageState":{"libraries":"' + ",".join(
        f"core/drupal.lib{n}" for n in range(120)) + '"}}'  # fmt: skip
    head = f'<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>'
    items, size, n = [], len(head), 0
    while size < size_kb * 1024:
        n += 1
        item = (f'<li class="menu-item menu-item--level-{n % 3}"><a href="/pl/kategoria-{n % 97}/strona-{n}-{variant}" '
                f'data-drupal-link-system-path="node/{n * 13 % 9999}">Pozycja menu {n} – Toruń</a></li>')  # fmt: skip
        if n % 40 == 0:
            item += f'</ul></div><div class="block block-menu" id="block-menu-{n}"><h2>Dział {n // 40}</h2><ul class="menu">'
        items.append(item)
        size += len(item)
    body = f'<nav class="menu--mega" aria-label="Mega menu"><div class="block"><ul class="menu">{"".join(items)}</ul></div></nav>'
    return head, body


def _page(title: str, canonical: str, body_class: str, meta: str, content: str, padding_kb: int, shortlink: str = "") -> str:
    head_chrome = body_chrome = ""
    if padding_kb:
        # Real pages carry 60-120 KB of menus, blocks and settings around the article.
        variant = sum(map(ord, canonical)) % 56
        head_chrome, body_chrome = site_chrome(padding_kb - 25 + variant, variant)
    return f"""<!DOCTYPE html>
<html lang="pl" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(title)} | www.torun.pl</title>
<link rel="canonical" href="{canonical}">
{f'<link rel="shortlink" href="{shortlink}">' if shortlink else ""}
<meta property="og:site_name" content="www.torun.pl">
<meta property="og:title" content="{html.escape(title)}">
{meta}
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xy3.css">
<script src="/sites/default/files/js/js_Ab1.js"></script>{head_chrome}
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Przejdź do treści</a>
<div class="cookies-banner" role="dialog"><p>Serwis wykorzystuje pliki cookies. Korzystając z serwisu, wyrażasz zgodę na ich używanie.</p><button>Akceptuję</button></div>
<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="site-header">
  <div class="site-branding"><a href="/pl" rel="home"><img src="/themes/custom/torun/logo.svg" alt="Strona główna"></a></div>
  <nav role="navigation" aria-label="Menu główne" class="menu--main"><ul class="menu">
    <li><a href="/pl/aktualnosci">Aktualności</a></li><li><a href="/pl/rada-miasta/aktualnosci">Aktualności Rady Miasta</a></li>
    <li><a href="/pl/galerie-zdjec">Galerie zdjęć</a></li><li><a href="/pl/kontakt">Kontakt</a></li></ul></nav>
  <form class="search-block-form" action="/pl/search/node" method="get"><input type="search" name="keys"><input type="submit" value="Szukaj"></form>
</header>
{body_chrome}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">{content}</div>
<aside class="layout-sidebar-second" role="complementary">
  <div class="block block-views"><h2>Najczęściej czytane</h2><ul><li><a href="/pl/utrudnienia-w-ruchu">Utrudnienia w ruchu</a></li></ul></div>
</aside>
</main>
<footer role="contentinfo" class="site-footer">
  <p>Urząd Miasta Torunia, ul. Wały gen. Sikorskiego 8, 87-100 Toruń, tel. 56 611 88 88</p><p>© Urząd Miasta Torunia</p>
</footer>
</div>
</body>
</html>"""
