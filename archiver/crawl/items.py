"""What spiders hand to the pipeline: an extracted article, a failed page, a finished listing page."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    article: dict
    fetched_url: str
    fetched_at: str


@dataclass
class CrawlErrorItem:
    url: str
    reason: str
    kind: str = "article"  # "article", "listing" or "sitemap"


@dataclass
class ListingPageItem:
    """Marks a listing page as read, so progress can be reported when its articles are stored."""

    url: str
    page: int
    teasers: int
    last_page: int | None = None
    article_urls: list[str] = field(default_factory=list)
