"""extract_article(): one article page → the article dict (the JSON of `archiver extract`).

The site profile's selectors come first; meta tags, JSON-LD and a generic trafilatura extraction
fill in whatever the profile does not find, so a changed theme degrades instead of breaking.
"""

from __future__ import annotations

import copy
import json
import mimetypes
import re
from dataclasses import replace
from itertools import chain, islice, takewhile
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree
from bs4.dammit import UnicodeDammit
from lxml.cssselect import CSSSelector

from archiver.extract import dates
from archiver.extract.credits import (
    CLOSING,
    LEADING_STAMP,
    MAX_CREDIT_LENGTH,
    SENTENCE_END,
    Credit,
    bare_signature,
    byline_credits,
    credit_above_caption,
    credits_at_end,
    embedded_post_credits,
    ends_a_text,
    is_quotation,
    office_signature,
    page_furniture,
    parse_credit_line,
    photographer_under_caption,
    prose_credits,
    split_caption_credit,
)
from archiver.extract.html import (
    Block,
    blocks_of,
    lines_of,
    render_markdown,
    render_text,
    squash,
    text_of,
    truncate_from,
)
from archiver.extract.people import people_in_text, starts_with_role
from archiver.sites import Selectors, Site
from archiver.urls import PageLinks

_SELECTORS: dict[str, CSSSelector] = {}
DOCUMENT_EXTENSIONS = re.compile(r"\.(pdf|docx?|xlsx?|odt|ods|odp|pptx?|rtf|zip|7z|rar|txt|csv)$", re.IGNORECASE)
SIZE = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>[kKmMgG]?i?[bB])\b")
UNITS = {"b": 1, "kb": 1024, "kib": 1024, "mb": 1024**2, "mib": 1024**2, "gb": 1024**3, "gib": 1024**3}
MAX_SIZE_BYTES = 2**53  # larger is no file anyone attached (and would not fit SQLite's integers)
INLINE_TAGS = ("em", "i", "span", "strong", "b", "small", "u", "font")
# An image file anywhere in a link's path: "/documents/20121/318004/droga.jpg/2f0c6a1e?t=…" (Liferay) too
IMAGE_IN_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[/?#]|$)", re.IGNORECASE)
MAX_LINK_DEPTH = 3  # how far above an image the link to its larger file may be
IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|avif|tiff?)(\?|$)", re.IGNORECASE)


def select(element, css: str) -> list:
    selector = _SELECTORS.get(css)
    if selector is None:
        selector = _SELECTORS[css] = CSSSelector(css)
    return selector(element)


def first(element, selectors: list[str]):
    """The first element matched by the first selector (in profile order) that matches at all."""
    for css in selectors:
        found = select(element, css)
        if found:
            return found[0]
    return None


def all_of_first(element, selectors: list[str]) -> list:
    for css in selectors:
        found = select(element, css)
        if found:
            return found
    return []


# Soft hyphens and zero-width spaces, as characters or entities: invisible on the page, inside its words
# ("Bą&shy;czek", pasted from a word processor), never part of a name or a word to search.
_INVISIBLE_CHARACTERS = "[\u00ad\u200b\u2060\ufeff]"
INVISIBLE_CHARACTER = re.compile(_INVISIBLE_CHARACTERS)
INVISIBLE_ENTITY_START = re.compile(r"&(?:shy|Zero|NoB|#)")
INVISIBLE = re.compile(_INVISIBLE_CHARACTERS + r"|&(?:shy|ZeroWidthSpace|NoBreak|#173|#8203|#8288|#65279|#[xX](?:[aA][dD]|200[bB]|2060|[fF][eE][fF][fF]));")


def decode_html(html: str | bytes) -> str:
    """Bytes as the page declares them (meta charset, BOM), guessing sensibly when it lies; without the
    invisible characters inside words."""
    if isinstance(html, bytes):
        dammit = UnicodeDammit(html, ["utf-8", "windows-1250", "iso-8859-2"], is_html=True)
        html = dammit.unicode_markup or html.decode("utf-8", "replace")
    # looked for first: most pages hold none, and two plain searches cost less than the pattern's
    return INVISIBLE.sub("", html) if INVISIBLE_CHARACTER.search(html) or "&" in html and INVISIBLE_ENTITY_START.search(html) else html


def parse_document(html: str | bytes):
    return _parse_decoded(decode_html(html))


def _parse_decoded(text: str):
    # lxml refuses str input that carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml.html.document_fromstring(text or "<html></html>")
    except etree.ParserError:  # "<!DOCTYPE html>", a comment, blanks: a page with no element at all
        return lxml.html.document_fromstring("<html></html>")


def meta_content(doc, names: list[str]) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            found = select(doc, f'meta[{attribute}="{name}"]')
            if found and found[0].get("content"):
                return found[0].get("content").strip()
    return None


def json_ld_article(doc) -> dict:
    """The first schema.org Article-like object in the page's JSON-LD, if any."""
    for script in select(doc, 'script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in ("NewsArticle", "Article", "BlogPosting", "Report") for k in kinds):
                return item
    return {}


MAX_LD_AUTHORS = 4  # a byline names a few people; a page's list of hundreds is no byline


def json_ld_authors(ld: dict, abbreviations) -> list[Credit]:
    """The people the page's schema.org article names as its authors, as a byline would."""
    authors = ld.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    names = [a.get("name") if isinstance(a, dict) and a.get("@type", "Person") == "Person" else a for a in authors[:MAX_LD_AUTHORS]]
    return [credit for name in names if isinstance(name, str) and len(name) <= MAX_CREDIT_LENGTH
            for credit in byline_credits(" ".join(name.split()), abbreviations) if credit.role == "text"]


def link_href(doc, rel: str) -> str | None:
    found = select(doc, f'link[rel="{rel}"]')
    return found[0].get("href") if found and found[0].get("href") else None


def find_node_id(doc, root, url: str, canonical: str, site: Site) -> int | None:
    attribute = site.selectors.node_id_attribute
    for element in (root, *select(doc, f"[{attribute}]")):
        if element is not None and (element.get(attribute) or "").isdigit():
            return int(element.get(attribute))
    for candidate in (link_href(doc, "shortlink"), canonical, url):
        node_id = site.node_id_from_url(candidate)
        if node_id:
            return node_id
    body = doc.find("body")
    match = re.search(r"\bnode-(\d+)\b", body.get("class", "") if body is not None else "")
    return int(match.group(1)) if match else None


TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|headline|h1|h2|tytul)(?:$|[\s_-])", re.IGNORECASE)
MAX_TITLE_PARTS = 6  # a <title>'s parts between separators read for the headline: a bound, whatever a page's title holds
MIN_ARTICLE_TEXT = 400  # characters an element holds beside its headline to be the article: a few sentences


def announced_headline(doc, ld: dict, selectors: Selectors):
    """The heading the page's <title>, OpenGraph or JSON-LD headline announces: the article's own, among the
    teasers, sidebars and menus around it."""
    announced = {squash(t) for t in (meta_content(doc, ["og:title", "twitter:title"]), ld.get("headline")) if isinstance(t, str) and t}
    title_element = doc.find(".//title")
    page_title = squash(text_of(title_element)) if title_element is not None else ""
    wanted = {text for text in (announced | set(_title_parts(page_title))) if len(text) >= 10}
    candidates = islice((e for e in doc.iter("h1", "h2", "h3", "h4", "b", "strong", "font") if not _in_head(e)), MAX_HEADLINE_CANDIDATES)
    # "<div class="h2"><a>…</a><span class="header-title">Tytuł</span></div>" (Liferay): a title by its class alone
    titled = islice((e for e in doc.iter("div", "span", "p", "a") if TITLE_CLASS.search(e.get("class") or "")), MAX_HEADLINE_CANDIDATES)
    shown = [(squash(text_of(h)), h) for h in [*(e for css in selectors.title for e in select(doc, css)[:MAX_DATE_ELEMENTS]), *candidates, *titled]]
    matches = [(text in announced, not _in_site_header(heading), place, heading) for place, (text, heading) in enumerate(shown) if text in wanted]
    if matches:  # the OpenGraph title first; of the <title>'s parts, one shown outside the site's header, the last (the site's name comes first)
        return max(matches, key=lambda match: match[:3])[3]
    # any element of the body that shows it, the longest first, outside the breadcrumbs and menus ("<td class=contentheading>")
    for text in sorted(wanted, key=len, reverse=True):
        for element in doc.xpath("//body//*[normalize-space(text())=$text]", text=text)[:MAX_DATE_ELEMENTS]:
            if not any(a.tag in ("nav", "header", "title") or "breadcrumb" in (a.get("class") or "") for a in [element, *element.iterancestors()]):
                return element
    return None


SITE_HEADER = re.compile(r"logo|brand|site-?name|site-?title|site-?header|masthead|top-?bar|navbar", re.IGNORECASE)


def _in_site_header(element) -> bool:
    """In the page's own header (a <header> outside any article, or an element named as the site's logo or name)."""
    lineage = [a for a in [element, *element.iterancestors()] if a.tag not in ("body", "html")]
    in_article = any(a.tag == "article" for a in lineage)
    return any((a.tag == "header" and not in_article) or SITE_HEADER.search(_marks(a)) for a in lineage)


def _marks(element) -> str:
    """What an element's class and id call it: "td-related-posts comments"."""
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _title_parts(title: str) -> list[str]:
    """ "Gmina Lisewo - Wiadomości: Zebranie wiejskie w Lisewie": the whole, and every run of its parts between the
    separators a site puts between its name, its section and the headline, of two words or more."""
    cuts = [0, *(m.start() for m in TITLE_SEPARATOR.finditer(title)), len(title)][: MAX_TITLE_PARTS + 1]
    ends = [0, *(m.end() for m in TITLE_SEPARATOR.finditer(title))][: MAX_TITLE_PARTS]
    runs = {title[start:stop].strip() for start in ends for stop in cuts if stop > start}
    return [run for run in runs if len(run.split()) >= 2]


def _the_one_h1(doc):
    """The page's only <h1> outside its header and menus, when it reads like a headline (not a logo's name)."""
    found = [h for h in islice(doc.iter("h1"), MAX_HEADLINE_CANDIDATES) if not any(
        a.tag in ("header", "nav", "head") or re.search(r"header|logo|brand|site-title", a.get("class") or "", re.IGNORECASE)
        for a in [h, *h.iterancestors()])]
    return found[0] if len(found) == 1 and len(squash(text_of(found[0])).split()) >= 3 else None


def _in_head(element) -> bool:
    return any(ancestor.tag == "head" for ancestor in element.iterancestors())


def _inside(element, container) -> bool:
    return element is container or any(ancestor is container for ancestor in element.iterancestors())


def _article_around(headline):
    """The nearest element around the headline that also holds the article's text; None when only the page does."""
    own = len(text_of(headline))
    for ancestor in headline.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if len(text_of(ancestor)) >= own + MIN_ARTICLE_TEXT:
            return ancestor
    return None


def find_title(doc, root, ld: dict, site: Site) -> str | None:
    heading = first(root, site.selectors.title) if root is not None else None
    heading = heading if heading is not None else first(doc, site.selectors.title)
    for candidate in (
        text_of(heading) if heading is not None else None,
        meta_content(doc, ["og:title", "twitter:title"]),
        ld.get("headline"),
        _headline_in_title(doc, text_of(_first_present(first(doc, GENERIC_HEADLINE), doc.find(".//title")))),
    ):
        if candidate and squash(candidate):
            return site.clean_title(squash(candidate))
    return None


TITLE_SEPARATOR = re.compile(r"\s+(?:-|–|—|::|\||»|/)\s+|:\s+")
MAX_HEADLINE_CANDIDATES = 200  # headings and bold runs compared with the page's title: a bound, whatever a page holds


def _headline_in_title(doc, title: str) -> str:
    """ "Urząd Gminy Lisewo - Komunikat w sprawie…": of the page's <title>, the part the page shows as its headline
    (a heading or a bold line), not the site's name beside it; the whole title when no part is shown."""
    title = squash(title)
    shown = (squash(text_of(element)) for element in islice(doc.iter("h1", "h2", "h3", "h4", "b", "strong", "font"), MAX_HEADLINE_CANDIDATES))
    parts = [text for text in shown if len(text) >= 10 and text != title and (
        (title.endswith(text) and TITLE_SEPARATOR.search(title[: len(title) - len(text)] + " ", max(0, len(title) - len(text) - 4)))
        or (title.startswith(text) and TITLE_SEPARATOR.match(title, len(text))))]
    return parts[-1] if parts else title  # the site's name is shown first, in the page's header


MAX_LABEL_SEARCH = 20_000  # characters of the page read for a labelled date: a bound, whatever a page holds
MAX_DATE_ELEMENTS = 3  # of one selector: the article's date comes first, a comment's or a sidebar's later


def _visible_date(scope, selectors: tuple[str, ...], zone):
    """The first date the profile's date elements show, in their text or, for machines, in an attribute
    (``datetime``, ``content``, ``title``: "<abbr class=published title=2025-03-07T18:22:00+01:00>18:22</abbr>")."""
    for css in selectors:
        for element in select(scope, css)[:MAX_DATE_ELEMENTS]:
            found = dates.parse_visible_date(text_of(element))
            if found:
                return found
            for attribute in ("datetime", "content", "title"):
                value = element.get(attribute)
                moment = dates.parse_iso_datetime(value, zone)
                if moment:
                    return moment.date(), moment.time() if re.search(r"\d:\d", value) else None
    return None


# "Data dodania: 10.04.2025", "Data publikacji 19.03.2025", "Opublikowano: 3 marca 2025": a date a theme labels in words
# (a BIP page's "Data wytworzenia" is when the document was made, not published)
LABELLED_DATE = re.compile(r"(?:data\s+(?:publikacji|dodania|wprowadzenia|opublikowania)|opublikowano|dodano)\s*:?\s*"
                           r"(?P<date>[^\n]{6,40})", re.IGNORECASE)


def find_dates(doc, root, ld: dict, site: Site, headline=None) -> tuple[str | None, str | None]:
    scope = root if root is not None else doc
    visible = _visible_date(scope, site.selectors.visible_date, site.zone)
    if visible is None:
        labelled = (dates.parse_visible_date(m["date"]) for m in LABELLED_DATE.finditer(lines_of(scope)[:MAX_LABEL_SEARCH]))
        visible = next((found for found in labelled if found), None)  # a table's "Data dodania" heading names no date
    if visible is None and headline is not None:
        visible = _date_beside(headline)
    machine = None
    time_elements = select(scope, "time[datetime]")
    for candidate in (
        meta_content(doc, site.selectors.meta_published),
        ld.get("datePublished"),
        time_elements[0].get("datetime") if time_elements else None,
    ):
        machine = dates.parse_iso_datetime(candidate, site.zone)
        if machine:
            break
    published = dates.choose_published(visible, machine, site.zone)
    modified = dates.parse_iso_datetime(meta_content(doc, site.selectors.meta_modified) or ld.get("dateModified"), site.zone)
    return dates.isoformat(published), dates.isoformat(modified)


MAX_LEADING_META = 3  # blocks above the text read as the page's date and headline at most
MAX_DATE_LINE = 60  # "dodano: 22.06.2009", "Data publikacji: 30.06.2025 10:15": a date's line, no sentence


def _without_leading_meta(blocks: list, title: str | None) -> list:
    """ "2025-09-14 18:22", "dodano: 22.06.2009", "Data: 30.06.2025" and the headline again, above the text in another
    theme's content: the page's, not the text's first paragraphs."""
    for _ in range(MAX_LEADING_META):
        first_block = blocks[0].text.strip() if blocks else ""
        if not first_block or len(first_block) > MAX_DATE_LINE or not (
                (title and squash(first_block) == squash(title)) or dates.parse_visible_date(first_block)):
            break  # "Zapraszamy na festyn!" opening the text stays: only a short line with a date, or the headline, goes
        blocks = blocks[1:]
    return blocks


MAX_META_LINE = 200  # characters of a line beside the headline read for its date: the page's meta line, not a paragraph
MAX_DATE_LEVELS = 4  # the headline, its cell, its row, its table: how far up a date beside it is looked for
MAX_BYLINE_LEVELS = 2  # the headline and its header: how far up a byline beside it is looked for


def _beside_headline(headline, levels: int):
    """The two elements right above and the three right under the headline, then its container's, up to ``levels``
    levels: each with whether it stands under."""
    for element in islice(chain([headline], headline.iterancestors()), levels):
        if element.tag in ("body", "html"):
            return
        yield from ((sibling, False) for sibling in islice(element.itersiblings(preceding=True), 2))
        yield from ((sibling, True) for sibling in islice(element.itersiblings(), 3))


def _date_beside(headline):
    """ "<div>2025-09-14 18:22</div><h3>Tytuł</h3>", "<h1>…</h1><p>Autor: Ewa Kos | 06.12.2024</p>": the date a theme
    shows right above or under the headline (or under its header, or in the next row of a table layout), in a short line
    of its own."""
    for sibling, under in _beside_headline(headline, MAX_DATE_LEVELS):
        if not isinstance(sibling.tag, str) or (not under and _another_article(sibling)):
            continue  # a teaser above the article
        # the sibling's own short line, or, under the headline, its first one ("<table><tr><td class=createdate>14 kwiecień
        # 2025</td></tr>…" above the text and its pictures)
        firsts = islice((e for e in sibling.iterdescendants() if isinstance(e.tag, str)), 2) if under else ()
        for line in ([] if _another_article(sibling) else [sibling]) + list(firsts):
            text = squash(text_of(line))
            longest = MAX_META_LINE if line is sibling else MAX_DATE_LINE  # a first line inside: the date's own, no sentence
            found = dates.parse_visible_date(text) if text and len(text) <= longest else None
            if found:
                return found
    return None


def _another_article(element) -> bool:
    """A teaser of another article beside this one: it has a heading or a picture of its own."""
    return next(element.iter("h1", "h2", "h3", "h4", "h5", "h6", "img"), None) is not None


BESIDE_ELSEWHERE = re.compile(r"comment|sidebar|widget|related", re.IGNORECASE)  # not "footer": a header's meta line may be one


def _byline_beside(headline, abbreviations) -> list[Credit]:
    """ "<h1>…</h1><p>Autor: Monika Kos | 06.12.2024</p>", "<a class="Byline_name">Jan Lis</a><time>…": the author a theme
    names in a short line right under or above the headline (or its header)."""
    for sibling, _ in _beside_headline(headline, MAX_BYLINE_LEVELS):
        marks = _marks(sibling) if isinstance(sibling.tag, str) else ""
        if not marks or sibling.tag in ("aside", "nav") or CHROME_IMAGE_PLACE.search(marks) or BESIDE_ELSEWHERE.search(marks) or (
                _another_article(sibling)):
            continue  # a comment's author, a related post's
        for line in (lines_of(sibling).splitlines() if len(text_of(sibling)) <= MAX_META_LINE else []):
            # an explicit "Autor: …", or a full name: never initials or a word in capitals ("PDF") beside a headline
            found = [c for c in parse_credit_line(line, abbreviations) if c.role == "text"] or [
                c for c in byline_credits(line, abbreviations) if c.role == "text" and c.person and len(c.person.split()) >= 2]
            if found:
                return found
    return []


def find_section(doc, selectors: Selectors) -> str | None:
    """The breadcrumb's last linked crumb below the home page ("Aktualności Rady Miasta")."""
    crumbs = all_of_first(doc, selectors.breadcrumb)
    linked = [text_of(c) for c in crumbs[1:] if select(c, "a[href]")]
    return linked[-1] if linked else None


def generic_body(html: str, url: str):
    """trafilatura's main-content element, for pages where no profile body selector matches."""
    import trafilatura  # imported here: only the fallback pays its start-up cost

    document = trafilatura.bare_extraction(
        html, url=url, favor_precision=True, include_comments=False, include_images=False, with_metadata=False
    )
    return getattr(document, "body", None) if document is not None else None


# Where other themes keep the article's content (schema.org, WordPress, Joomla, …), the page's main last.
GENERIC_MAIN = ("[itemprop=articleBody]", ".entry-content", ".post-content", ".article-content", ".article-body",
                ".item-page", "article", "main", "[role=main]", "#tresc", ".tresc", "#zawartosc", "#srodek")  # fmt: skip
# ("treść", "zawartość", "środek": a Polish CMS's content, its middle column)
GENERIC_HEADLINE = ("[itemprop=headline]", ".entry-title", ".article-title")
PAGE_CHROME = ("header", "nav", "aside", "footer", "form", "[role=banner]", "[role=navigation]", "[role=complementary]",
               "[role=contentinfo]")  # fmt: skip


def _first_present(*elements):
    """The first element that is there (an lxml element with no children is false, so `or` will not do)."""
    return next((e for e in elements if e is not None), None)


def holding_element(doc, body):
    """The page's own element that holds the text trafilatura found: the nearest one holding both its
    first and its last paragraph (a theme with none of the known content containers)."""
    if body is None:
        return None
    texts = (squash("".join(p.itertext())) for p in body.iter("p"))
    paragraphs = [text for text in texts if len(text) >= 30]
    if not paragraphs:
        return None
    holders = [_paragraph_holding(doc, text[:80]) for text in (paragraphs[0], paragraphs[-1])]
    if any(h is None for h in holders):
        return None
    ancestors = [holders[0], *holders[0].iterancestors()]
    return next((a for a in [holders[1], *holders[1].iterancestors()] if a in ancestors), None)


def _paragraph_holding(doc, text: str):
    """The first paragraph-like element that holds ``text``."""
    for element in doc.iter("p", "li", "td", "blockquote", "dd"):
        if text in squash(element.text_content()):
            return element
    return None


def content_without_chrome(element, selectors: Selectors):
    """A copy of the article's element without what every page carries (menus, sidebars, footers)."""
    if element is None:
        return None
    content = copy.deepcopy(element)
    for css in PAGE_CHROME:
        for part in select(content, css):
            if part is not content and part.getparent() is not None:
                part.getparent().remove(part)
    remove_not_content(content, selectors)
    return content


def remove_not_content(body, selectors: Selectors) -> None:
    for css in (*selectors.not_content, *selectors.byline):
        for element in select(body, css):
            if element is not body and element.getparent() is not None:
                element.drop_tree() if hasattr(element, "drop_tree") else element.getparent().remove(element)


MAX_CREDIT_LINES_IN_A_BLOCK = 8  # never more places to try than this, however many <br>s a page holds


def _last_line_breaks(block) -> list:
    """The block's last line breaks, where its credit lines may start ("lb": trafilatura's line break)."""
    return list(block.iter("br", "lb"))[-MAX_CREDIT_LINES_IN_A_BLOCK:]


def _cut_points(block):
    """Where a trailing credit may start inside a block, last first: after a <br>, or at a styled tail."""
    points = []
    for br in _last_line_breaks(block):
        points.append(("after", br))
    children = list(block)
    if children:
        last = children[-1]
        if last.tag in ("span", "em", "i", "small", "strong", "b") and not (last.tail or "").strip():
            preceding = (block.text or "") + "".join(
                (c.text_content() if isinstance(c.tag, str) else "") + (c.tail or "") for c in children[:-1]  # not a comment's
            )
            if preceding.strip():
                points.append(("at", last))
    return list(reversed(points))


def _lines_after(block, node) -> str:
    """The lines of ``block`` from ``node`` on, each <br> still a line break: "Autor: Jan Lis<br>
    Data emisji: …" stays two lines."""
    position = next(index for index, item in enumerate(block.iter()) if item is node)
    tail = copy.deepcopy(block)
    current = next(islice(tail.iter(), position, None))
    while current is not tail:
        parent = current.getparent()
        for sibling in list(current.itersiblings(preceding=True)):
            parent.remove(sibling)
        parent.text = None
        current = parent
    return lines_of(tail)


def _peel_block(block, abbreviations, peeled: int = 0) -> tuple[list[Credit], bool]:
    """Credits at the end of one block, ``peeled`` lines of them already taken; True when the whole
    block was credits."""
    whole = parse_credit_line(lines_of(block), abbreviations)
    if whole:
        return whole, True
    for point in _cut_points(block):
        tail_text = _lines_after(block, point[1])
        credits = parse_credit_line(tail_text, abbreviations) if tail_text else []
        if not credits and tail_text and point[0] == "after":
            # "Premiera w Muzeum<br>Tomasz Walczak / BAM"
            credits = photographer_under_caption(tail_text, lines_of(block).rsplit("\n", 1)[0], abbreviations)
        if credits:
            truncate_from(point[1], block) if point[0] == "at" else _truncate_after(point[1], block)
            more, _ = _peel_block(block, abbreviations, peeled + 1) if peeled < MAX_CREDIT_LINES_IN_A_BLOCK else ([], False)
            return more + credits, False
    # "… na ulicy Obiegowej. Fot. M. Lewiński": a credit at the end of the block's last sentence
    holder, attribute = _last_text(block)
    before, _, credits = split_caption_credit(getattr(holder, attribute) or "", abbreviations) if holder is not None else ("", "", [])
    if credits and before:
        setattr(holder, attribute, before)
        return credits, False
    return _peel_credit_above_caption(block, abbreviations), False


def _last_text(block) -> tuple:
    """The element and attribute ("text" or "tail") holding the last words of ``block``, inside its
    inline children too ("<p><em>… w Lisewie/fot. Jan Lis</em></p>"); None after a line break."""
    holder = block
    while len(holder):
        last = holder[-1]
        if (last.tail or "").strip():
            return last, "tail"
        if last.tag not in INLINE_TAGS:
            return None, None
        holder = last
    return holder, "text"


def _peel_credit_above_caption(block, abbreviations) -> list[Credit]:
    """ "<p>Fot. NAC<br>Modlitwa dzieci …</p>": the block's first line credits the caption under it; removed."""
    first_break = next((child for child in block if child.tag in ("br", "lb")), None)  # "lb": trafilatura's line break
    if first_break is None:
        return []
    credits = credit_above_caption([line.strip() for line in lines_of(block).splitlines() if line.strip()], abbreviations)
    if credits:
        for child in list(block):
            if child is first_break:
                break
            block.remove(child)
        block.text = first_break.tail
        block.remove(first_break)
    return credits


def _truncate_after(br, block) -> None:
    br.tail = None
    truncate_from(br, block)


def _trailing_blocks(body) -> list:
    """The body's blocks from last to first, descending into a lone wrapper element."""
    container = body
    while len(container) == 1 and container[0].tag in ("div", "section") and not (container.text or "").strip():
        container = container[0]
    return list(reversed([child for child in container if isinstance(child.tag, str)]))


# where a byline names another text's author: comments, sidebars, related posts, the page's footer (not a post's own
# "post-footer", where Blogger signs the post)
ELSEWHERE = re.compile(r"comment|komentarz|sidebar|widget|related|(?<![\w-])footer")


# A BIP page's register ("metryczka"): who made the information and who published it, one row each.
REGISTER = (".metryczka", "#metryczka", ".metryka")


def register_credits(register, abbreviations) -> list[Credit]:
    """ "Wytworzył: Jan Lis (2025-01-31)", "Opublikował: Ewa Kos": the people a BIP page's register names, each row read
    as a credit line; its dates, counters and the publishing body's name are the page's, not credits."""
    if register is None:
        return []
    credits = []
    for line in lines_of(register).splitlines()[:MAX_REGISTER_ROWS]:
        credits += [c for c in parse_credit_line(line, abbreviations) if c.person and c.role in ("text", "editing")]
    return credits


MAX_REGISTER_ROWS = 40


def byline_of(scope, selectors: Selectors, abbreviations) -> list[Credit]:
    """The author a theme's byline names outside the body ("Autor: Jan Lis", a linked name); not the
    author of a comment, of a sidebar's or footer's other posts."""
    for element in all_of_first(scope, selectors.byline):
        # up to the article's own element: a theme may wrap it in a "sidebar-grid" or "<body class=has-sidebar-right>"
        within = takewhile(lambda ancestor: ancestor is not scope and ancestor.tag not in ("body", "html"), element.iterancestors())
        if any(ancestor.tag in ("aside", "footer", "nav") or ELSEWHERE.search(f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}")
               for ancestor in within):
            continue
        text = squash(text_of(element)).strip(" ,;|")  # "Opublikowane przez Anna Lis ,": the date followed the comma
        credits = (parse_credit_line(text, abbreviations) or byline_credits(text, abbreviations)) if len(text) <= MAX_CREDIT_LENGTH else []
        if credits:
            return credits
    return []


def peel_byline_above(body, abbreviations) -> list[Credit]:
    """Remove a byline standing above the text, its first block, and return its credits: a credit line
    ("Autor: Jan Lis") or a date with names ("2020-10-16, 09:44 Jan Lis/Redakcja"). A name alone there
    may be a heading or whom an interview is with, so it needs the date."""
    blocks = list(islice((block for block in reversed(_trailing_blocks(body)) if text_of(block)), 2))
    if len(blocks) < 2:
        return []
    text = lines_of(blocks[0])
    if len(text) > MAX_CREDIT_LENGTH:
        return []
    credits = parse_credit_line(text, abbreviations)
    if not credits and LEADING_STAMP.match(text.strip()):
        credits = byline_credits(text, abbreviations)
    if credits:
        blocks[0].getparent().remove(blocks[0])
    return credits


def peel_credits(body, abbreviations) -> list[Credit]:
    """Remove the credit lines at the end of the body and return them, in reading order; with none, the
    page's furniture ending it (its date, counters, links to share)."""
    _drop_related_links(body)
    credits = _peeled_credits(body, abbreviations)
    if not credits:
        _drop_trailing_furniture(body, abbreviations)
    return credits


DOWNLOADS_HEADING = re.compile(r"^(?:(?:pliki|materiały|dokumenty)\s+)?do\s+pobrania\s*:?$|^załącznik(?:i|ów)?\s*:?$", re.IGNORECASE)
# What a list of files says beside the links: their types and sizes, and the marks between them.
FILE_NOTE = re.compile(r"\(\s*(?:[a-z0-9]{2,5}\s*,?\s*)?(?:\d+(?:[.,]\d+)?\s*[kKmMgG]?i?[bB])?\s*\)|\[\s*[a-z0-9]{2,5}\s*\]|[-–,|•]", re.IGNORECASE)
FILES_LABEL = re.compile(r"^\s*(?:załącznik(?:i)?|(?:pliki\s+)?do\s+pobrania|pobierz)\s*:", re.IGNORECASE)
MAX_DOWNLOAD_LISTS = 5  # a page's lists of files under their headings: never a loop a page can grow


def drop_download_lists(container) -> list:
    """ "<p>Pliki do pobrania:</p><ul><li><a href="protokol.pdf">Protokół jury</a> (PDF, 98 KB)</li></ul>", "<b>Załączniki:</b><br>
    <img> <a href="lista.xlsx">Lista</a> (XLSX, 18 KB)": the files under their heading leave the article's text with the
    heading (what follows them stays); returned, each list in an element of its own, to be recorded as attachments."""
    lists = []
    headings = [el for el in container.iter("p", "div", "b", "strong", "h2", "h3", "h4", "h5", "h6", "font", "span", "dt")
                if DOWNLOADS_HEADING.match(squash(text_of(el)))]
    # "<p>Załącznik: <a href=harmonogram.docx>Harmonogram</a> (DOCX, 24 KB)</p>": the label and the file in one line
    labelled = [e for e in container.iter("p", "div", "li") if e is not container and FILES_LABEL.match(text_of(e) or "")
                and _only_links_to_documents(e)]
    for line in labelled[:MAX_DOWNLOAD_LISTS]:
        if line.getparent() is not None:
            lists.append(_set_apart([line]))
    for heading in headings[:MAX_DOWNLOAD_LISTS]:
        while heading.getparent() is not None and heading.getparent() is not container and len(heading.getparent()) == 1 and (
                squash(text_of(heading.getparent())) == squash(text_of(heading))):
            heading = heading.getparent()  # "<font><b>Załączniki:</b></font>": the whole of it
        if heading.getparent() is None or FILE_NOTE.sub(" ", heading.tail or "").strip():
            continue
        files = []
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str) or not (sibling.tag in ("br", "img") or _only_links_to_documents(sibling)):
                break
            files.append(sibling)
            if FILE_NOTE.sub(" ", sibling.tail or "").strip():
                break
        if not any(_links_to_documents(f) for f in files) or FILE_NOTE.sub(" ", files[-1].tail or "").strip():
            continue
        heading.getparent().remove(heading)
        lists.append(_set_apart(files))
    return lists


def _set_apart(elements: list):
    """``elements`` moved out of the page into an element of their own, each with its tail ("(XLSX, 18 KB)" after a link)."""
    held = lxml.html.Element("div")
    for element in elements:
        held.append(element)
    return held


MAX_GAP_TO_CREDITS = 300  # characters between the kept text's end and credit lines left out: a files' list, no other article


def _with_credits_left_out(body, held) -> None:
    """The credit lines ending the article's element that trafilatura left out of its text ("<font size="1"><i>Opracowanie:
    …</i></font>" under the files), put back at the end of the body, where they are read as the text's credits."""
    own = copy.deepcopy(held)
    for other in [e for e in own.iter() if isinstance(e.tag, str) and e is not own and _names_another_place(e)]:
        if other.getparent() is not None:
            other.getparent().remove(other)  # a related post's or a comment's author is no credit of the text's
    written = lines_of(own)
    before, credits = credits_at_end(written)
    tail = written[len(before) :] if credits and written.startswith(before) else ""
    lines = [line.strip() for line in tail.splitlines() if line.strip() and not page_furniture(line.strip())]
    kept, written_before = squash(text_of(body)), squash(before)
    ending = kept[-MAX_GAP_TO_CREDITS // 10 :]  # where the kept text ends, found again in the element's
    gap = written_before[written_before.rfind(ending) + len(ending) :] if ending and ending in written_before else None
    if lines and gap is not None and len(gap) <= MAX_GAP_TO_CREDITS and not any(squash(line) in kept for line in lines):
        for line in lines:
            paragraph = lxml.html.Element("p")
            paragraph.text = line
            body.append(paragraph)


def _only_links_to_documents(block) -> bool:
    """A block that holds links to files and nothing else but their types and sizes."""
    links = _links_to_documents(block)  # the block itself when it is a link
    if not links:
        return False
    rows = [row for row in block.iter("tr") if row.find(".//td") is not None] if block.tag == "table" else []
    if rows:  # a table of files: a link to one in every row, beside its type, size, date and a "Pobierz" button
        return all(_links_to_documents(row) for row in rows)
    rest = FILES_LABEL.sub(" ", squash(text_of(block)))  # "Załącznik: <a>Harmonogram</a> (DOCX, 24 KB)": the label in the line
    for link in links:
        rest = rest.replace(squash(text_of(link)), " ", 1)
    return not FILE_NOTE.sub(" ", rest).strip()


RELATED_HEADING = re.compile(r"^(?:(?:czytaj|przeczytaj|zobacz)\s+(?:także|też|również)|polecamy|powiązane(?:\s+artykuły)?|podobne\s+artykuły)\s*:?$",
                             re.IGNORECASE)


def _drop_related_links(body) -> None:
    """ "<p>Czytaj także:</p><ul><li><a …>Nowe chodniki</a></li>…</ul>": links to the site's other articles under the
    text, not of it; a list of documents to download stays."""
    blocks = [block for block in _trailing_blocks(body) if text_of(block)]
    if len(blocks) < 2 or blocks[0].tag not in ("ul", "ol") or not RELATED_HEADING.match(squash(text_of(blocks[1]))) or (
            _links_to_documents(blocks[0])):
        return
    items = [item for item in blocks[0] if isinstance(item.tag, str)]
    if items and all(squash(text_of(item)) == squash(" ".join(text_of(link) for link in item.iter("a"))) for item in items):
        for block in blocks[:2]:
            block.getparent().remove(block)


def _drop_trailing_furniture(body, abbreviations) -> None:
    """ "<p>24.06.2025</p><p>Wyświetleń: 318</p><p>Udostępnij: Facebook</p>": lines around the text, not of it; a
    block with an image or a document to download stays, whatever its words, and so does the body's first."""
    for block in _trailing_blocks(body)[:-1]:
        if (block.tail or "").strip():
            return  # "<div>Tekst<br>dalszy tekst</div>": the text after a line break is the text's, whatever the break
        if not text_of(block):
            continue
        if next(block.iter("img"), None) is not None or _links_to_documents(block) or not all(
                page_furniture(line, abbreviations) for line in lines_of(block).splitlines()):
            return
        block.getparent().remove(block)


def _peeled_credits(body, abbreviations) -> list[Credit]:
    blocks = [block for block in _trailing_blocks(body) if text_of(block) and not _captioned_image(block)]
    texts = [lines_of(block) for block in blocks]
    as_text = _peel_as_text(blocks, texts, abbreviations)
    if as_text is not None:
        return as_text
    found: list[list[Credit]] = []
    place = 0
    while place < len(blocks):
        block, text = blocks[place], texts[place]
        credits, whole = _peel_block(block, abbreviations)
        signed = 1  # how many blocks a signature takes
        if not credits:
            # a signature ends the article, or stands above its credit lines ("<p>Jan Lis</p><p>Fot. Ewa Kos</p>")
            credits = [] if found else embedded_post_credits(text, abbreviations)
            if not credits and place + 1 < len(blocks) and "\n" not in text and starts_with_role(text):
                # "<p>Jan Lis</p><p>Rzecznik Prasowy</p>": the signer's function in a block of its own
                credits, signed = _signature(texts, place + 1, texts[place + 1] + "\n" + text, abbreviations), 2
            if not credits:
                credits, signed = _signature(texts, place, text, abbreviations), 1
            whole = bool(credits)
        if not credits:
            # "Zobaczcie relację zdjęciową Jana Nowaka.": credits in the last sentence, which stays in the body;
            # whole credit lines above it are peeled with it
            in_prose = prose_credits(text.splitlines()[-1]) if text else []
            found.insert(0, in_prose)
            if in_prose and len(found) == 1:
                for above in blocks[place + 1 :]:
                    lines = parse_credit_line(lines_of(above), abbreviations)
                    if not lines:
                        break
                    found.insert(0, lines)
                    above.getparent().remove(above)
            break
        found.insert(0, credits)
        if not whole:
            break
        for taken in blocks[place : place + signed]:
            taken.getparent().remove(taken)
        place += signed
    return [credit for group in found for credit in group] or _credits_across_blocks(blocks, texts, abbreviations)


MAX_BLOCKS_OF_CREDITS = 4
MAX_BLOCKS_READ_AS_TEXT = 6


def _peel_as_text(blocks: list, texts: list[str], abbreviations) -> list[Credit] | None:
    """The credits the body's last blocks end with, read as credits_at_end reads a text's end (its
    paragraphs the blocks, its lines their <br>s), the blocks and lines they take removed; None when
    what it keeps does not end at a block or a line break, or when the only credit is in a sentence
    that stays, for the block-by-block reading to decide."""
    count = min(2, len(blocks))  # up to the last sentence above the short blocks at the end, which tells what they are
    while count < min(MAX_BLOCKS_READ_AS_TEXT, len(blocks)) and len(texts[count - 1]) <= MAX_CREDIT_LENGTH and not (
            _a_sentence(texts[count - 1]) and not parse_credit_line(texts[count - 1], abbreviations)):
        count += 1
    chosen, chosen_texts = list(reversed(blocks[:count])), list(reversed(texts[:count]))
    before, credits = credits_at_end("\n\n".join(chosen_texts), abbreviations)
    wanted = squash(before)
    if not credits or wanted == squash(" ".join(chosen_texts)):
        return None
    for kept in range(count):
        whole = squash(" ".join(chosen_texts[:kept]))
        taken = None
        if whole == wanted:
            taken = "\n".join(chosen_texts[kept:])
            chosen[kept].getparent().remove(chosen[kept])
        elif wanted.startswith(whole):
            taken = _cut_after_line(chosen[kept], squash(wanted[len(whole) :]))
            if taken is not None and all(CLOSING.match(line) for line in lines_of(chosen[kept]).splitlines()):
                chosen[kept].getparent().remove(chosen[kept])  # "Z poważaniem<br>Jan Lis": the signature's closing formula
        if taken is not None:
            for block in chosen[kept + 1 :]:
                block.getparent().remove(block)
            return _each_with_its_line(credits, [*taken.splitlines(), *(t for later in chosen_texts[kept + 1 :] for t in later.splitlines())],
                                       abbreviations)
    return None


def _a_sentence(text: str) -> bool:
    """ "Radni przyjęli budżet.": ended as a sentence is, and longer than a label ("Fot.") or a signature ("Jan L.")."""
    return bool(SENTENCE_END.search(text)) and len(text.split()) > 2


def _captioned_image(block) -> bool:
    """A figure or an image's own paragraph, whose caption and its credit belong to the image (image_records)."""
    image = next(block.iter("img"), None)
    return image is not None and (block.tag == "figure" or any(True for _ in block.iter("figure")) or bool(_own_block_caption(image)))


def _each_with_its_line(credits: list[Credit], lines: list[str], abbreviations) -> list[Credit]:
    """``credits`` with the line each was read from as its raw text, where that line alone gives it:
    "Tekst: Jan Lis" and "Fot. Ewa Kos" rather than both lines together."""
    raw_of = {}
    for line in lines:
        for credit in parse_credit_line(line, abbreviations):
            raw_of.setdefault(replace(credit, raw=""), credit.raw)
    return [replace(credit, raw=raw_of.get(replace(credit, raw=""), credit.raw)) for credit in credits]


def _cut_after_line(block, wanted: str) -> str | None:
    """Cut ``block`` where the text ``wanted`` (squashed) ends: at a line break, or inside the last line
    before one ("… remont drogi fot.: Starostwo<br>zdjęcie 1 z 8"); return the text cut off, or None
    when ``wanted`` does not end there."""
    lines = lines_of(block)
    for line_break in [*_last_line_breaks(block), None]:
        after = _lines_after(block, line_break) if line_break is not None else ""
        head = squash(lines[: len(lines) - len(after)])
        if not lines.endswith(after) or not head.startswith(wanted):
            continue
        rest = head[len(wanted) :].strip()
        if line_break is None and not rest:
            continue  # the whole block kept, which the caller tells
        if rest:
            holder, attribute = _last_text(block) if line_break is None else _words_before(line_break)
            text = squash(getattr(holder, attribute)) if holder is not None else ""
            if not text.endswith(rest):
                continue  # what is cut off starts on an earlier line
            setattr(holder, attribute, text[: len(text) - len(rest)].rstrip())
        if line_break is not None:
            _truncate_after(line_break, block)
        return "\n".join(part for part in (rest, after) if part)
    return None


def _words_before(line_break) -> tuple:
    """The element and attribute holding the words right before a line break, as _last_text."""
    previous = line_break.getprevious()
    if previous is None:
        return line_break.getparent(), "text"
    if (previous.tail or "").strip():
        return previous, "tail"
    return _last_text(previous) if previous.tag in INLINE_TAGS else (None, None)


def _credits_across_blocks(blocks: list, texts: list[str], abbreviations) -> list[Credit]:
    """The credits the last few blocks (``blocks`` from the last, ``texts`` their lines) give together,
    read as credits_at_end reads paragraphs, the blocks they take removed: "<p>Zdjęcia</p><p>Ewa Kos</p>
    <p>Jan Lis</p>", "<p>Ewa Kos 12 maja 2024</p><p>57</p>", a signature with its post and workplace in
    blocks of their own."""
    for count in range(min(MAX_BLOCKS_OF_CREDITS, len(blocks)), 1, -1):
        chosen = list(reversed(blocks[:count]))
        chosen_texts = list(reversed(texts[:count]))
        before, credits = credits_at_end("\n\n".join(chosen_texts), abbreviations)
        kept = next((k for k in range(count) if "\n\n".join(chosen_texts[:k]).strip() == before.strip()), None)
        if credits and kept is not None:
            for block in chosen[kept:]:
                block.getparent().remove(block)
            return credits
    return []


def _signature(texts: list[str], place: int, text: str, abbreviations) -> list[Credit]:
    """ "Jan Nowak" alone ending the article signs it, unless the paragraph above is a name too (a list),
    announces it ("Nagrodę otrzymał:") or is a quotation, which the name says who said."""
    above = texts[place + 1] if place + 1 < len(texts) else ""
    if not above or above.endswith(":") or is_quotation(above) or byline_credits(above, abbreviations):
        return []
    signature = text.strip("/ ")
    if SENTENCE_END.search(above) and bare_signature(signature):
        return [Credit("text", person=signature, raw=text)]  # "<p>pd</p>": a journalist's signature
    # "<p>… za współpracę.</p><p>Urząd Gminy Lisewo</p>": the office that issued the text signs it
    return byline_credits(text, abbreviations) or (office_signature(text, abbreviations) if ends_a_text(above) else [])


def image_records(containers: list, links: PageLinks, abbreviations) -> tuple[list[dict], list[Credit]]:
    images, credits, seen = [], [], set()
    for container in containers:
        for img in select(container, "img, amp-img"):  # an AMP page's pictures are <amp-img>
            if _in_noscript(img) and select(container, "img[data-src], img[data-lazy-src], img.lazyload"):
                continue  # the lazy image's copy for browsers without scripts, already taken from its data-src
            if _an_icon(img) or _around_the_article(img, container) or CHROME_IMAGE_FILE.search(unquote(img.get("src") or "")):
                continue  # "<img class=icon-action width=18 height=18>": a button's picture, not the article's; a related post's
            # "<a href=big.jpg><img></a>", "<a href=big.jpg><picture><source><img>…": the larger file it links to
            # "<a href=big.jpg><div class=thumbnail><img></div></a>": a link a wrapper or two above
            link = next((a for a in islice(img.iterancestors(), MAX_LINK_DEPTH) if a.tag == "a"), None)
            beside = img.getnext() if not (img.tail or "").strip() else None
            if any(DOCUMENT_EXTENSIONS.search(urlsplit(a.get("href") or "").path) for a in (link, beside) if a is not None and a.tag == "a"):
                continue  # a file type's icon on or beside a document to download, no picture of the article's
            if link is not None and _teaser_link(link, links):
                continue  # "<a href=/aktualnosci/inny-artykul><img></a>": another article's thumbnail
            full = link.get("href") if link is not None and IMAGE_IN_PATH.search(link.get("href") or "") else None
            url = links.resolve(full) or _image_source(img, links)
            if not url or url in seen:
                continue
            seen.add(url)
            figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
            caption_element = select(figure, "figcaption") if figure is not None else []
            if figure is None:
                caption_text = _own_block_caption(img) or _caption_beside(img)
            else:
                caption_text = text_of(caption_element[0]) if caption_element else ""
            title_text = squash((link.get("title") if link is not None else None) or img.get("title") or "")
            caption, credit_text, image_credits = split_caption_credit(caption_text or title_text, abbreviations, under_image=True)
            if not image_credits and caption_text and title_text:
                _, credit_text, image_credits = split_caption_credit(title_text, abbreviations, under_image=True)
            if not image_credits and ALT_CREDIT_HINT.search(img.get("alt") or ""):
                # "<img alt='Wóz przed remizą, fot. Jan Lis'>": the credit after what the alt text says the picture shows
                # ("alt='Zdjęcie: Komisja Kultury'" names what it shows, no one who took it)
                described, alt_credit, alt_credits = split_caption_credit(squash(img.get("alt")), abbreviations, under_image=True)
                image_credits, credit_text = (alt_credits, alt_credit) if described and alt_credits else (image_credits, credit_text)
            if not image_credits:  # "Rubinkowo zimą w obiektywie Jana Nowaka": the caption stays whole
                image_credits = prose_credits(caption)
            if not image_credits:
                image_credits = _gallery_credits(img, figure, abbreviations)
            for credit in image_credits:
                credits.append(Credit(**{**credit.as_dict(), "image_url": url}))
            images.append(
                {"url": url, "alt": squash(img.get("alt")) or None, "caption": caption or None, "credit": credit_text}
            )
    return images, credits


def _gallery_credits(img, figure, abbreviations) -> list[Credit]:
    """ "<figure class=wp-block-gallery>…<figcaption>Zdjęcia: Jan Lis</figcaption></figure>": a gallery's own caption
    credits each of its pictures."""
    for ancestor in img.iterancestors():
        if ancestor.tag in ("body", "article", "main"):
            break
        if ancestor is not figure and ancestor.tag == "figure" and "gallery" in (ancestor.get("class") or ""):
            caption = next((c for c in ancestor if isinstance(c.tag, str) and c.tag == "figcaption"), None)
            return parse_credit_line(squash(text_of(caption)), abbreviations) if caption is not None else []
    return []


def _with_new_images(images: list[dict], credits: list[Credit], found: list[dict], found_credits: list[Credit]) -> tuple[list[dict], list[Credit]]:
    """``images`` and their ``credits`` with those of another container not among them: an image read twice, credited once."""
    known = {image["url"] for image in images}
    return images + [i for i in found if i["url"] not in known], credits + [c for c in found_credits if c.image_url not in known]


ALT_CREDIT_HINT = re.compile(r"(?i)\b(?:fot|foto|zdj|photo|autor|©)")  # an alt text worth reading for a credit
MAX_ICON_SIDE = 32  # pixels: a smaller image is an icon or a spacer, never a photo of the article's


# Where themes put pictures that are not the article's: other articles, the author's box, comments, sliders' thumbnail strips.
# A class or id names such a place when one of its hyphen-separated words is one of these ("td-related-posts", "swiper-thumbs",
# "author-box"), not when it only contains one ("elementor-widget-image", the entry's own "author-adrian-lipka").
CHROME_IMAGE_PLACE = re.compile(r"(?:^|[\s_-])(?:related|similar|popular|recent|teasers?|sidebar|comments?|komentarze?|avatar|share|social|thumbs"
                                r"|thumbnails|more|promo|advert|reklam[ay]?|partners?|newsletter|author-box|authorbox|author-bio|about-author)"
                                r"(?:$|[\s_-])", re.IGNORECASE)
CHROME_IMAGE_FILE = re.compile(r"gravatar|/avatars?/|/authors?/|licznik|counter"
                               # "bullet.gif", "printButton.png", "ikona_pdf.gif": a theme's little pictures, no photos
                               r"|(?:^|[/_-])(?:bullet|icons?|ikon[ay]?|\w*buttons?|btn|spacer|pixel|blank|arrow|strzalka)[^/]*\.(?:gif|png|svg)(?:\?|$)",
                               re.IGNORECASE)


def _names_another_place(element) -> bool:
    marks = _marks(element)
    return bool(CHROME_IMAGE_PLACE.search(marks) or ELSEWHERE.search(marks))


def _around_the_article(img, container) -> bool:
    """The image sits in a part of the page the theme names as another's (a related post, the author's box, a
    comment): between it and the container read, an element whose class or id says so."""
    for ancestor in img.iterancestors():
        if ancestor is container:
            return False
        if CHROME_IMAGE_PLACE.search(_marks(ancestor)):
            return True
    return False


def _teaser_link(link, links: PageLinks) -> bool:
    """A link to another page of the site, not to a file: the picture is a teaser of another article."""
    href = urljoin(links.base, (link.get("href") or "").strip())  # not resolve(): a rejected address is counted where it is used
    if not href.startswith(("http://", "https://")) or IMAGE_IN_PATH.search(urlsplit(href).path) or DOCUMENT_EXTENSIONS.search(urlsplit(href).path):
        return False
    return urlsplit(href).netloc == urlsplit(links.base).netloc and urlsplit(href).path.rstrip("/") not in (
        "", urlsplit(links.base).path.rstrip("/"))


def _an_icon(img) -> bool:
    sides = [img.get("width", ""), img.get("height", "")]
    small = all(side.strip().isdigit() and int(side) <= MAX_ICON_SIDE for side in sides)
    return small or bool(re.search(r"(?:^|[\s_-])icon(?:$|[\s_-])", img.get("class") or ""))


# Where lazy-loading themes keep the real image while "src" holds a placeholder.
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src")


SRCSET_SEPARATOR = re.compile(r"(?<=\d[wx]),\s*|,\s+")  # not a comma inside an address
DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)[wx]$")


def _largest_candidate(srcset: str) -> str:
    """Of a srcset's candidates, the one with the largest width (or density) descriptor; the first when none has one."""
    candidates = []
    for position, part in enumerate(SRCSET_SEPARATOR.split(srcset.strip())):
        words = part.split()
        size = DESCRIPTOR.match(words[1]) if len(words) > 1 else None
        if words:
            candidates.append((float(size.group(1)) if size else 0.0, -position, words[0].rstrip(",")))
    return max(candidates)[2] if candidates else ""


def _image_source(img, links: PageLinks) -> str | None:
    """The image itself: a lazy-loading attribute before "src", which may be a placeholder or a data: URI."""
    for attribute in LAZY_SOURCES:
        value = (img.get(attribute) or "").strip()
        if attribute.endswith("srcset"):
            value = _largest_candidate(value)  # "a.jpg 800w, b.jpg 1600w" → b.jpg: the best the page offers
        if value and not value.lower().startswith("data:"):
            return links.resolve(value)
    return links.resolve(img.get("src"))  # only a data: URI or nothing: refused, and recorded as refused


MAX_BLOCK_CAPTION = 300  # longer text beside an image is the article's, not the image's caption


def _own_block_caption(img) -> str:
    """ "<p><img …><br><em>Radni podczas głosowania. Fot. Jan Lis</em></p>": the short text of the
    image's own paragraph, when the paragraph holds no other image."""
    block = next((a for a in img.iterancestors() if a.tag in ("p", "div", "li", "td", "center")), None)
    if block is None or len(_pictures_in(block, 2)) != 1 or _text_before(block, img):
        return ""  # "<p>Tekst … <img></p>": the paragraph's text, the image only set into it
    text = squash(block.text_content())
    return text if len(text) <= MAX_BLOCK_CAPTION else ""


def _pictures_in(element, most: int) -> list:
    """Up to ``most`` images of ``element``, without a lazy image's <noscript> copy."""
    return list(islice((i for i in element.iter("img", "amp-img") if not _in_noscript(i)), most))


def _in_noscript(img) -> bool:
    return any(a.tag == "noscript" for a in img.iterancestors())


CAPTION_CLASS = re.compile(r"caption|podpis|(?:^|[\s_-])desc", re.IGNORECASE)
MAX_CAPTION_LEVELS = 4


def _caption_beside(img) -> str:
    """ "<div class=news-photo><img><div class=news-photo__desc>Most. fot. Jan Lis</div></div>", Blogger's
    "<td class=tr-caption>": the caption a theme sets beside the image by its class, in the image's own container."""
    for level, container in enumerate(img.iterancestors()):
        if level >= MAX_CAPTION_LEVELS or container.tag in ("body", "article", "main") or len(_pictures_in(container, 2)) != 1:
            return ""
        for element in container.iterdescendants():
            if isinstance(element.tag, str) and (element.tag == "figcaption" or CAPTION_CLASS.search(element.get("class") or "")) and (
                    img not in element.iterdescendants()):  # a <figcaption> outside any <figure> (Wix) too
                text = squash(element.text_content())
                if text and len(text) <= MAX_BLOCK_CAPTION:
                    return text
    return ""


def _text_before(block, img) -> bool:
    """Whether any text of ``block`` comes before ``img``."""
    around = {id(a) for a in img.iterancestors()}  # their tails come after the image
    if (block.text or "").strip():
        return True
    for element in block.iterdescendants():
        if element is img:
            return False
        own = (element.text or "") if isinstance(element.tag, str) else ""
        if own.strip() or (id(element) not in around and (element.tail or "").strip()):
            return True
    return False


def parse_size(text: str | None) -> int | None:
    match = SIZE.search(text or "")
    if not match:
        return None
    unit = UNITS.get(match.group("unit").lower())
    try:
        return round(float(match.group("number").replace(",", ".")) * unit) if unit else None
    except OverflowError:  # a number of hundreds of digits
        return None


def _attachment_item(link, container):
    """The element holding one attachment: the link's nearest block ancestor inside the field."""
    for ancestor in link.iterancestors():
        if ancestor is container or ancestor.tag in ("div", "li", "tr", "p"):
            return ancestor
    return container


# "/documents/20121/318004/protokol.pdf/77a1c2d3-0e9f-4b5a": Liferay's address of a file, its id after its name
DOCUMENT_BEFORE_ID = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|odp|pptx?|rtf|zip)/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$", re.IGNORECASE)


def _links_to_documents(body) -> list:
    """Links to files: by the file's extension, or, for a download script ("/pobierz/123"), by the link's
    own `download` attribute or a document type."""
    return [a for a in select(body, "a[href]") if DOCUMENT_EXTENSIONS.search(a.get("href").split("?")[0].split("#")[0])
            or DOCUMENT_BEFORE_ID.search(a.get("href").split("?")[0].split("#")[0])
            or a.get("download") is not None or (a.get("type") or "").startswith("application/")]  # fmt: skip


def attachment_records(containers: list, body, links: PageLinks) -> list[dict]:
    records, seen = [], set()
    anchors = [(a, container) for container in containers for a in select(container, "a[href]")]
    if body is not None:
        anchors += [(a, None) for a in _links_to_documents(body)]
    for link, container in anchors:
        url = links.resolve(link.get("href"))
        if not url or url in seen:
            continue
        seen.add(url)
        type_attribute = link.get("type") or ""
        mime = type_attribute.split(";")[0].strip() or None
        length = re.search(r"length=(\d+)", type_attribute)
        item = _attachment_item(link, container) if container is not None else None
        size_text = " ".join(text_of(s) for s in select(item, ".file-size, .file__size")) if item is not None else ""
        # a table's row read cell by cell ("PDF | 98 KB | 18.12.2024"), not glued into "PDF98 KB18.12.2024"
        size = int(length.group(1)) if length else parse_size(size_text or (lines_of(item) if item is not None else text_of(link)))
        if size is not None and not 0 <= size <= MAX_SIZE_BYTES:
            size = None  # "length=99999999999999999999999": not a file size at all
        if mime is None and item is not None:
            mime_class = re.search(r"file--mime-([\w-]+?)-([\w.+-]+)", item.get("class", "") + " " + link.get("class", ""))
            mime = f"{mime_class.group(1)}/{mime_class.group(2)}" if mime_class else None
        mime = mime or mimetypes.guess_type(urlsplit(url).path)[0]
        title = text_of(link) or squash(link.get("title")) or urlsplit(url).path.rsplit("/", 1)[-1]
        records.append({"url": url, "title": title, "mime": mime, "size_bytes": size})
    return records


def extract_article(html: str | bytes, url: str, site: Site) -> dict:
    """Extract one article page of ``site`` into the archive's article dict.

    ``url`` is where the page was fetched from; the dict's ``url`` is the page's canonical URL.
    """
    selectors = site.selectors
    text = decode_html(html)
    doc = _parse_decoded(text)
    ld = json_ld_article(doc)
    links = PageLinks(url)
    canonical = links.resolve(link_href(doc, "canonical") or meta_content(doc, ["og:url"])) or url
    links.base = canonical
    root = first(doc, selectors.article_root)
    headline = announced_headline(doc, ld, selectors)
    if headline is None and root is None:
        headline = _the_one_h1(doc)  # "<title>Echo Pogórza</title>": a title that names only the site
    if headline is not None and (root is None or not _inside(headline, root)):
        # another theme's page: the article is the element around the headline its <title> and meta tags announce,
        # not the first teaser the profile's selectors meet
        around = _article_around(headline)
        root = around if around is not None else root
    scope = root if root is not None else doc

    title = site.clean_title(squash(text_of(headline))) if headline is not None else find_title(doc, root, ld, site)
    published_at, modified_at = find_dates(doc, root, ld, site, headline)
    images, image_credits = image_records(
        all_of_first(scope, selectors.main_image) + all_of_first(scope, selectors.gallery), links, site.abbreviations
    )
    attachments_containers = all_of_first(scope, selectors.attachments)
    tags = list(dict.fromkeys(text_of(t) for t in all_of_first(scope, selectors.tags) if text_of(t)))

    bylined = byline_of(scope, selectors, site.abbreviations) + register_credits(first(scope, REGISTER), site.abbreviations)
    body = documents_in = first(scope, selectors.body)
    if body is None:
        holder = _first_present(root, first(doc, GENERIC_MAIN))
        held = content_without_chrome(holder, selectors)
        for part in select(held, ", ".join((*selectors.attachments, *REGISTER))) if held is not None else []:
            if part is not held and part.getparent() is not None:
                part.getparent().remove(part)  # the files' list and a BIP page's register: recorded, not the text's
        if held is not None:
            attachments_containers += drop_download_lists(held)
        # the article's own element read alone, so that a table layout's menus and counters stay out; the page when it
        # holds no text trafilatura takes
        body = generic_body(f"<html><body>{lxml.html.tostring(held, encoding='unicode')}</body></html>", url) if held is not None else None
        if held is not None and len(text_of(body) if body is not None else "") < len(text_of(held)) / 2:
            body = copy.deepcopy(held)  # "<font>…</font><br><br>" lines trafilatura passes over: the element as it is
        body = body if body is not None else generic_body(text, url)
        if held is not None and body is not None:
            _with_credits_left_out(body, held)
        # trafilatura's text has neither images nor links: take them from the article's own element
        # (or the page's main), without the page's chrome, so another theme keeps its figures and files.
        content = held if held is not None else content_without_chrome(holding_element(doc, body), selectors)
        documents_in = content if content is not None else body
        if content is not None:
            images, image_credits = _with_new_images(images, image_credits, *image_records([content], links, site.abbreviations))
    else:
        remove_not_content(body, selectors)
        attachments_containers += drop_download_lists(body)
    credits: list[Credit] = []
    blocks = []
    if body is not None:
        images, image_credits = _with_new_images(images, image_credits, *image_records([body], links, site.abbreviations))
        credits = peel_byline_above(body, site.abbreviations)
        credits += peel_credits(body, site.abbreviations)
        blocks = _without_leading_meta(blocks_of(body, links.resolve), title)
        if blocks and title and blocks[0].text == title:
            blocks = blocks[1:]  # themes and the generic fallback may repeat the headline in the body
        elif blocks and title:
            blocks = [block for block in [_without_headline(blocks[0], title, site.abbreviations), *blocks[1:]] if block.text]
    # a byline the text's own credit line repeats ("Napisane przez Anna Lis" above, "Tekst: Anna Lis" below): once, in the
    # byline's place, read from the credit line
    in_text = {(c.role, c.person, c.organisation): c for c in credits}
    bylined = [in_text.get((b.role, b.person, b.organisation), b) for b in bylined]
    named = {(b.role, b.person, b.organisation) for b in bylined}
    credits = list(dict.fromkeys([*bylined, *(c for c in credits if (c.role, c.person, c.organisation) not in named)]))
    if not any(c.role == "text" for c in credits):
        credits = [*json_ld_authors(ld, site.abbreviations), *credits]  # a theme that names the author only to search engines
    if not any(c.role == "text" for c in credits) and headline is not None:
        credits = [*_byline_beside(headline, site.abbreviations), *credits]

    lead_element = first(scope, selectors.lead)
    if lead_element is not None:
        lead = text_of(lead_element)
    elif body is not None and _bold_first_paragraph(body):
        lead = blocks[0].text if blocks else None
    else:
        lead = meta_content(doc, ["description", "og:description"]) or ld.get("description")

    body_text = render_text(blocks)
    lead = squash(lead) or None
    # A lead field outside the body is text of the article too.
    people_text = body_text if not lead or lead in body_text else f"{lead}\n{body_text}"
    return without_control_characters({
        "url": canonical,
        "node_id": find_node_id(doc, root, url, canonical, site),
        "section": find_section(doc, selectors),
        "title": title,
        "published_at": published_at,
        "modified_at": modified_at,
        "lead": lead,
        "body_text": body_text,
        "body_markdown": render_markdown(blocks),
        "tags": tags,
        "images": images,
        "attachments": attachment_records(attachments_containers, documents_in, links),
        "credits": [c.as_dict() for c in credits + image_credits],
        "people": [{"name": p.name, "role": p.role, "forms": p.forms} for p in people_in_text(people_text)],
        "rejected_urls": links.rejected,
    })


# C0 controls (but tab and newlines), DEL and the non-characters XML refuses: a page can carry
# them (&#1;, terminal escapes), and an Atom feed or a terminal showing the archive must not.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def without_control_characters(value):
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub("", value)
    if isinstance(value, list):
        return [without_control_characters(item) for item in value]
    if isinstance(value, dict):
        return {key: without_control_characters(item) for key, item in value.items()}
    return value


def _without_headline(block: Block, title: str, abbreviations) -> Block:
    """ "Zmiana godzin pracy\nDodano: 2024-07-01 07:35\nUprzejmie informujemy…": a table layout's content opening with
    the headline and the page's date on lines of the same block, which are the page's, not the text's."""
    lines, marks = block.text.split("\n"), block.markdown.split("  \n")
    if len(lines) < 2 or len(lines) != len(marks) or squash(lines[0]) != squash(title):
        return block
    filled = [i for i, line in enumerate(lines) if i and line.strip()]  # the lines under the headline, blank ones passed over
    if filled and page_furniture(lines[filled[0]].strip(), abbreviations):
        filled = filled[1:]  # "Dodano: 2024-07-01 07:35"
    start = filled[0] if filled else len(lines)
    return replace(block, text="\n".join(lines[start:]), markdown="  \n".join(marks[start:]))


def _bold_first_paragraph(body) -> bool:
    """Whether the body opens with a paragraph set wholly in bold: the site's way of writing a lead."""
    paragraphs = select(body, "p")
    if not paragraphs:
        return False
    paragraph = paragraphs[0]
    bold = "".join(text_of(b) for b in select(paragraph, "strong, b"))
    return bool(bold) and squash(bold) == text_of(paragraph)
