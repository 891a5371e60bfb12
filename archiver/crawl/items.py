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
    section: str | None = None  # the listing section it was found in (None: reached from the sitemap or a retry)
    own_url: str | None = None  # where it was fetched, as a live-site URL: its URL when the canonical link is not used
    canonical_problem: str | None = None  # why the page's canonical link is not used, if it is not
    capture_error: str | None = None  # why the raw page could not be kept


@dataclass
class ArticleUnchangedItem:
    """An archived article the site answered 304 Not Modified for."""

    fetched_url: str
    fetched_at: str
    capture: dict | None = None
    validators: dict = field(default_factory=dict)
    section: str | None = None
    capture_error: str | None = None


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
    page: int | None = None  # a listing page's number


@dataclass
class ListingPageItem:
    """A listing page read: how far the section's walk got, and the progress line."""

    url: str
    page: int
    teasers: int
    last_page: int | None = None
    to_fetch: int = 0
    stops_walk: bool = False  # all archived and unchanged: the early-stop rule ends the walk here
    ends_walk: bool = False  # the rule stops it, or this is the last page
    section: str = ""
    listed: list[tuple[str, int | None]] = field(default_factory=list)  # (URL, node id) of each article teaser
