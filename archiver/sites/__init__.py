"""Sites as data: a ``Site`` (origin, hosts, time zone, abbreviations, selectors, URL rules) and
its ``Section``s (listings of articles), one file per site in this package.

The rest of the archiver takes a ``Site`` as an argument and never names a city: a new section is
one entry in its site's file, a second city (on Drupal) one new file here plus its test pages.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

DEFAULT_SITE = "torun"


@dataclass(frozen=True)
class Selectors:
    """Every CSS selector the extractors use, each field a list tried in order (the first that
    matches wins): the first entries are the site's theme, the later ones what other themes emit."""

    listing_teaser: tuple[str, ...]
    teaser_link: tuple[str, ...]
    teaser_date: tuple[str, ...]
    sticky_classes: frozenset[str]  # pinned teasers: shown first whatever their date
    pager_next: tuple[str, ...]
    pager_last: tuple[str, ...]
    article_root: tuple[str, ...]
    article_markers: tuple[str, ...]  # only a page with one of these is an article
    title: tuple[str, ...]
    visible_date: tuple[str, ...]
    lead: tuple[str, ...]
    body: tuple[str, ...]
    main_image: tuple[str, ...]
    gallery: tuple[str, ...]
    attachments: tuple[str, ...]
    tags: tuple[str, ...]
    byline: tuple[str, ...]  # the author's name outside the body ("Autor: Jan Lis", a linked user name)
    breadcrumb: tuple[str, ...]
    not_content: tuple[str, ...]  # never the article's text, wherever a fallback body selector lands
    node_id_attribute: str
    meta_published: tuple[str, ...]
    meta_modified: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """One listing of a site's news: its name in the archive, where its listing is, and whether
    that address was seen on the live site or is a reconstruction still to be checked."""

    name: str
    listing_path: str
    title: str
    verified: bool = False


@dataclass(frozen=True)
class Site:
    name: str
    origin: str  # the live site: https://www.example.org
    hosts: frozenset[str]  # every host name the live site's links use
    timezone: str
    selectors: Selectors
    sections: tuple[Section, ...]
    title_suffix: re.Pattern  # what the site appends to page titles ("Title | www.example.org")
    non_article_path: re.Pattern  # paths that are never articles: files, listings, search, print copies
    node_path: re.Pattern  # a URL naming a node id (Drupal: /node/123)
    page_url: Callable[[str, int], str]  # (listing URL, page number) → that page of the listing
    page_number: Callable[[str], "int | None"]  # a pager link → the number of the page it leads to
    abbreviations: dict[str, str] = field(default_factory=dict)  # as credit lines write organisations
    sitemap_path: str = "/sitemap.xml"

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def short_names(self) -> dict[str, str]:
        """Full organisation name → the short form credit lines use ("Urząd Miasta…" → "UMT")."""
        return {full: short for short, full in reversed(list(self.abbreviations.items()))}

    def section(self, name: str) -> Section:
        for section in self.sections:
            if section.name == name:
                return section
        raise KeyError(f"{self.name} has no section {name!r} (it has {', '.join(s.name for s in self.sections)})")

    def listing_url(self, section: Section, base_url: str | None = None) -> str:
        return urljoin((base_url or self.origin).rstrip("/") + "/", section.listing_path.lstrip("/"))

    def sitemap_url(self, base_url: str | None = None) -> str:
        return urljoin((base_url or self.origin).rstrip("/") + "/", self.sitemap_path.lstrip("/"))

    def to_crawl_url(self, url: str, base_url: str) -> str:
        """Map a URL the site names (canonical, sitemap, robots) onto the origin being crawled.

        The live site writes absolute links to itself even when a mirror or the test site serves
        the pages, so those are rewritten to ``base_url``'s origin.
        """
        parts = urlsplit(url)
        if parts.hostname not in self.hosts:
            return url
        base = urlsplit(base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))

    def to_live_url(self, url: str, base_url: str) -> str:
        """The inverse of ``to_crawl_url``: a URL of the crawled origin as the live site names it."""
        parts, base = urlsplit(url), urlsplit(base_url)
        if parts.netloc != base.netloc or base.hostname in self.hosts:
            return url
        live = urlsplit(self.origin)
        return urlunsplit((live.scheme, live.netloc, parts.path, parts.query, parts.fragment))

    def is_article_url(self, url: str, base_url: str) -> bool:
        """Whether a link can be an article page of the crawled site (same host, not a file/print)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base_url).netloc:
            return False
        path = parts.path or "/"
        if path.count("/") < 2 and not self.node_path.search(path):
            return False  # "/pl" or "/" is a home page, not an article
        listings = {section.listing_path.rstrip("/") for section in self.sections}
        return path.rstrip("/") not in listings and not self.non_article_path.search(path)

    def node_id_from_url(self, url: str | None) -> int | None:
        match = self.node_path.search(url or "")
        return int(match.group(1)) if match else None

    def clean_title(self, title: str) -> str:
        return self.title_suffix.sub("", title).strip()


def get_site(name: str = DEFAULT_SITE) -> Site:
    """The site called ``name``: the ``SITE`` of ``archiver/sites/<name>.py``."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name or ""):
        raise KeyError(f"no site {name!r}")
    try:
        module = importlib.import_module(f"archiver.sites.{name}")
    except ModuleNotFoundError:
        raise KeyError(f"no site {name!r} (a site is a file archiver/sites/<name>.py)") from None
    return module.SITE
