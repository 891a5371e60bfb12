"""What a crawl fetches, given what the archive already holds: the incremental rule.

- An article not in the archive is fetched.
- An archived article is fetched again (conditionally: If-None-Match / If-Modified-Since) when the
  sitemap's <lastmod> is newer than the version stored, when its teaser title changed, when its
  last fetch failed, or always with --full.
- The listing walk stops after a page whose non-pinned teasers are all archived and unchanged.
  Pinned (sticky) teasers never count: Drupal shows them first whatever their age.
- Unless the previous walk did not finish (killed, interrupted, failed, a listing page lost): then
  the rule applies only past the furthest page that walk reached (``must_pass_page``), so the
  archive is completed first: a first crawl killed on page 2 is walked to the end, a daily run
  killed on page 0 costs one page more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from archiver.extract.dates import parse_iso_datetime


@dataclass(frozen=True)
class KnownArticle:
    node_id: int | None
    crawl_url: str  # where it is fetched from on the site being crawled
    title: str | None
    sitemap_lastmod: str | None
    last_fetched_at: str | None
    etag: str | None
    http_last_modified: str | None

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.http_last_modified:
            headers["If-Modified-Since"] = self.http_last_modified
        return headers


@dataclass(frozen=True)
class CrawlMemory:
    """What the archive remembers of earlier runs (read by ``archiver.crawl.memory``)."""

    known_articles: list[dict] = field(default_factory=list)  # the archive's rows, URLs as published
    failed_urls: set[str] = field(default_factory=set)
    must_pass_page: int = -1
    last_page: int | None = None
    media_captured: set[str] = field(default_factory=set)


def _moment(value: str | None) -> datetime | None:
    return parse_iso_datetime(value) if value else None


class CrawlPlan:
    def __init__(self, known: list[KnownArticle], failed_urls: set[str], *, full: bool, must_pass_page: int = -1):
        self.full = full
        self.must_pass_page = must_pass_page
        self.by_url = {k.crawl_url: k for k in known}
        self.by_node = {k.node_id: k for k in known if k.node_id is not None}
        self.failed_urls = set(failed_urls)
        self.sitemap: dict[str, str | None] = {}
        self.scheduled: set[str] = set()

    def known(self, url: str, node_id: int | None = None) -> KnownArticle | None:
        return self.by_node.get(node_id) if node_id is not None and node_id in self.by_node else self.by_url.get(url)

    def note_sitemap(self, entries: dict[str, str | None]) -> None:
        self.sitemap.update(entries)

    def sitemap_says_changed(self, article: KnownArticle) -> bool:
        lastmod = _moment(self.sitemap.get(article.crawl_url))
        if lastmod is None:
            return False
        stored = _moment(article.sitemap_lastmod) or _moment(article.last_fetched_at)
        return stored is None or lastmod > stored

    def needs_refetch(self, article: KnownArticle, teaser_title: str | None = None) -> bool:
        return (
            self.full
            or article.crawl_url in self.failed_urls
            or self.sitemap_says_changed(article)
            or (teaser_title is not None and article.title is not None and teaser_title != article.title)
        )

    def decide(self, url: str, node_id: int | None = None, title: str | None = None) -> str:
        """'new', 'refetch' or 'skip' for one article link."""
        article = self.known(url, node_id)
        if article is None:
            return "new"
        return "refetch" if self.needs_refetch(article, title) else "skip"

    def listing_exhausted(self, page: int, decisions: list[tuple[str, bool]]) -> bool:
        """Whether the walk may stop after listing ``page``: (decision, sticky) for each of its teasers."""
        if self.full or page <= self.must_pass_page:
            return False
        return all(decision == "skip" for decision, sticky in decisions if not sticky)

    def refetches_from_sitemap(self) -> list[KnownArticle]:
        """Archived articles the sitemap says changed, wherever they sit in the listing."""
        return [k for k in self.by_url.values() if self.sitemap_says_changed(k)]

    def missing_from_sitemap(self) -> list[KnownArticle]:
        """Archived articles the sitemap no longer lists: candidates for removal, checked by a fetch.

        Only when the sitemap does list archived articles at all: a sitemap of other content says
        nothing about ours.
        """
        if not self.sitemap or not any(url in self.sitemap for url in self.by_url):
            return []
        return [k for url, k in self.by_url.items() if url not in self.sitemap]
