"""What spiders hand to the pipeline. Each item is one fact about the site, stored by the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    """An article page fetched and extracted."""

    article: dict
    fetched_url: str
    fetched_at: str
    capture: dict | None = None  # where the WARC extension stored the response
    validators: dict = field(default_factory=dict)  # etag, http_last_modified, sitemap_lastmod


@dataclass
class ArticleUnchangedItem:
    """An archived article the site answered 304 Not Modified for."""

    fetched_url: str
    fetched_at: str
    capture: dict | None = None
    validators: dict = field(default_factory=dict)


@dataclass
class ArticleRemovedItem:
    """An archived article the site no longer has (404/410)."""

    fetched_url: str
    status: int


@dataclass
class MediaItem:
    """An image or attachment of an article, kept in the WARC (--media)."""

    url: str
    capture: dict | None


@dataclass
class CrawlErrorItem:
    url: str
    reason: str
    kind: str = "article"  # "article", "listing", "sitemap" or "media"


@dataclass
class ListingPageItem:
    """A listing page read: for the progress line."""

    url: str
    page: int
    teasers: int
    last_page: int | None = None
    to_fetch: int = 0
    stops_walk: bool = False
