"""A listing page → its teasers and the next page, as plain data, by the site's selectors."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from archiver.extract import dates
from archiver.extract.article import first, parse_document, select
from archiver.extract.html import text_of
from archiver.sites import Site


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


def parse_listing(html: str | bytes, url: str, site: Site) -> Listing:
    selectors = site.selectors
    doc = parse_document(html)
    teasers: list[Teaser] = []
    seen: set[str] = set()
    elements = []
    for css in selectors.listing_teaser:
        elements = select(doc, css)
        if elements:
            break
    for element in elements:
        link = first(element, selectors.teaser_link)
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
        attribute = selectors.node_id_attribute
        node = element.get(attribute) or next((e.get(attribute) for e in element.iter() if e.get(attribute)), None)
        date_element = first(element, selectors.teaser_date)
        visible = dates.parse_visible_date(text_of(date_element)) if date_element is not None else None
        teasers.append(
            Teaser(
                url=href,
                title=text_of(link),
                node_id=int(node) if node and node.isdigit() else site.node_id_from_url(href),
                date=visible[0].isoformat() if visible else None,
                sticky=bool(classes & selectors.sticky_classes),
            )
        )
    next_link = first(doc, selectors.pager_next)
    last_link = first(doc, selectors.pager_last)
    next_url = urljoin(url, next_link.get("href")) if next_link is not None and next_link.get("href") else None
    last_url = urljoin(url, last_link.get("href")) if last_link is not None and last_link.get("href") else None
    return Listing(teasers, next_url, site.page_number(last_url) if last_url else None)
