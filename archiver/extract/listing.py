"""A listing page (Drupal Views) → its teasers and the next page, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

from archiver.extract import dates
from archiver.extract.article import first, parse_document, select
from archiver.extract.html import text_of
from archiver.site import torun as profile


@dataclass(frozen=True)
class Teaser:
    url: str
    title: str
    node_id: int | None
    date: str | None  # ISO date of the teaser's visible date
    sticky: bool


@dataclass(frozen=True)
class Listing:
    teasers: list[Teaser]
    next_url: str | None
    last_page: int | None  # 0-based number of the last page, when the pager shows it


def _page_number(url: str | None) -> int | None:
    if not url:
        return None
    values = parse_qs(urlsplit(url).query).get("page")
    return int(values[0]) if values and values[0].isdigit() else None


def parse_listing(html: str | bytes, url: str) -> Listing:
    doc = parse_document(html)
    teasers: list[Teaser] = []
    seen: set[str] = set()
    for css in profile.LISTING_TEASER:
        elements = select(doc, css)
        if elements:
            break
    for element in elements:
        link = first(element, profile.TEASER_LINK)
        if link is None:
            continue
        href = urljoin(url, link.get("href"))
        if href in seen:
            continue
        seen.add(href)
        classes = set((element.get("class") or "").split())
        for ancestor in element.iterancestors():
            classes |= set((ancestor.get("class") or "").split()) if ancestor.tag != "body" else set()
            if "views-row" in (ancestor.get("class") or ""):
                break
        node = element.get(profile.NODE_ID_ATTRIBUTE) or next(
            (e.get(profile.NODE_ID_ATTRIBUTE) for e in element.iter() if e.get(profile.NODE_ID_ATTRIBUTE)), None
        )
        date_element = first(element, profile.TEASER_DATE)
        visible = dates.parse_visible_date(text_of(date_element)) if date_element is not None else None
        teasers.append(
            Teaser(
                url=href,
                title=text_of(link),
                node_id=int(node) if node and node.isdigit() else profile.node_id_from_url(href),
                date=visible[0].isoformat() if visible else None,
                sticky=bool(classes & profile.STICKY_CLASSES),
            )
        )
    next_link = first(doc, profile.PAGER_NEXT)
    last_link = first(doc, profile.PAGER_LAST)
    next_url = urljoin(url, next_link.get("href")) if next_link is not None and next_link.get("href") else None
    last_url = urljoin(url, last_link.get("href")) if last_link is not None and last_link.get("href") else None
    return Listing(teasers, next_url, _page_number(last_url))


def parse_sitemap(xml: bytes) -> tuple[dict[str, str | None], list[str]]:
    """A sitemap's ``<url>`` entries (``<loc>`` → ``<lastmod>``, ISO in Warsaw time), and the child
    sitemaps a sitemap index lists."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        root = None
    entries: dict[str, str | None] = {}
    children: list[str] = []
    if root is None:
        return entries, children
    for entry in root.iter("{*}url"):
        loc = entry.findtext("{*}loc")
        if loc and loc.strip():
            entries[loc.strip()] = dates.isoformat(dates.parse_iso_datetime(entry.findtext("{*}lastmod")))
    for entry in root.iter("{*}sitemap"):
        loc = entry.findtext("{*}loc")
        if loc and loc.strip():
            children.append(loc.strip())
    return entries, children
