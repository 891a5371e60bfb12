"""The one pipeline: items → the archive database. It only stores, and counts in Scrapy's stats
(``archiver/…``), from which ``archiver.crawl.progress`` writes the progress lines and the summary.

A write that fails (a full disk, a read-only file, an I/O error) is an error of the run: Scrapy
would only log an exception raised here and drop the item, so the pipeline stops the crawl
itself, stores nothing more, and the run ends ``failed`` with the reason. The run's own outcome
goes into the crawler's stats (``archiver/run_status``), where `archiver crawl` reads its exit code.
"""

from __future__ import annotations

import logging
import os
import sqlite3

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archiver.crawl.items import (
    ArticleItem, ArticleRemovedItem, ArticleUnchangedItem, CrawlErrorItem, ListingPageItem, MediaItem,
)  # fmt: skip
from archiver.crawl.progress import STAT, counts_of
from archiver.store import Archive
from archiver.store.lock import CrawlLock

logger = logging.getLogger("archiver.progress")
RUN_STATUS = STAT + "run_status"
WRITE_FAILED = STAT + "write_failed"
# What a page's own data can make a write raise (a clash with another article, a value SQLite cannot
# hold); anything else from the database (full, read-only, I/O) is a failure of the run.
PAGE_DATA_ERRORS = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError, OverflowError, ValueError, TypeError)


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.stats = crawler.stats
        self.failed_by_kind: dict[str, list[str]] = {}
        self.failed_listing_pages: list[int] = []
        self.teasers_seen = 0
        self.reached_page = -1
        self.walk_ended = False
        self.section = ""
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.write_failure: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # spider_closed carries the finish reason, which close_spider() is not given.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        # Held already when `archiver crawl` started this; raises ArchiveBusy while another crawl of
        # this section writes, or `archiver serve` shows the file immutable (writing under it would corrupt it).
        self.lock = CrawlLock.hold(self.db_path, spider.section)
        self.archive = Archive(self.db_path, short_names=spider.site.short_names)
        self.archive_had_articles = self.archive.article_count() > 0
        self.run_id = self.archive.start_run(spider.base_url, full=getattr(spider, "full", False))
        self.section = spider.section
        walk = self.archive.begin_walk(self.section, self.run_id)
        for name, value in (("run_id", self.run_id), ("database", self.db_path), ("section", self.section),
                            ("site", spider.base_url), ("must_pass_page", walk["must_pass_page"])):  # fmt: skip
            self.stats.set_value(STAT + name, value)

    # --- storing ----------------------------------------------------------------------------
    def process_item(self, item, spider=None):
        if self.write_failure:
            raise DropItem(f"not stored: {self.write_failure}")
        try:
            self.store(item)
        except (sqlite3.Error, OSError) as error:
            self.stop_on_write_failure(f"the archive could not be written: {error}")
            raise DropItem(f"not stored: {self.write_failure}") from None
        return item

    def count(self, name: str, by: int = 1) -> None:
        self.stats.inc_value(STAT + name, by)

    def stop_on_write_failure(self, reason: str) -> None:
        self.write_failure = reason
        self.stats.set_value(WRITE_FAILED, reason)
        logger.error("%s: stopping the crawl", reason)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="write_failed"))

    def capture(self, url: str, kind: str, capture: dict | None) -> int | None:
        return self.archive.save_capture(self.run_id, url, kind, capture) if capture else None

    def store(self, item) -> None:
        if isinstance(item, (ArticleItem, ArticleUnchangedItem)) and item.capture_error:
            # Never an article without its raw page: fetched again next run, once the WARC can be written.
            self.record_error(CrawlErrorItem(item.fetched_url, f"not stored: {item.capture_error}"))
        elif isinstance(item, ArticleItem):
            self.store_article(item)
        elif isinstance(item, ArticleUnchangedItem):
            self.capture(item.fetched_url, "article", item.capture)
            if self.archive.mark_unchanged(item.fetched_url, fetched_at=item.fetched_at, validators=item.validators):
                self.count("articles_unchanged")
                self.count("not_modified")
            if item.section:
                self.archive.add_to_section(item.section, [(item.fetched_url, None)], item.fetched_at)
        elif isinstance(item, ArticleRemovedItem):
            if self.archive.mark_removed(item.fetched_url):
                self.count("articles_removed")
        elif isinstance(item, MediaItem):
            self.capture(item.url, "media", item.capture)
            self.count("media_captured")
        elif isinstance(item, CrawlErrorItem):
            self.record_error(item)
        elif isinstance(item, ListingPageItem):
            self.store_listing_page(item)

    def store_article(self, item: ArticleItem) -> None:
        article = item.article
        problem = item.canonical_problem
        holder = self.archive.url_holder(article["url"])
        if not problem and holder and holder["id"] != self.archive.find_article_id(article, item.fetched_url):
            problem = f"canonical link {article['url']} is the URL of another article (node {holder['node_id']})"
            article = {**article, "url": item.own_url}
        if problem:
            # Noted, not retried: the article is kept under the URL it was fetched from.
            self.archive.record_error(self.run_id, item.fetched_url, problem, kind="canonical", resolved=True)
            self.count("canonicals_ignored")
        capture_id = self.capture(item.fetched_url, "article", item.capture)
        try:
            outcome = self.archive.save_article(article, fetched_url=item.fetched_url, fetched_at=item.fetched_at,
                                                capture_id=capture_id, validators=item.validators, section=item.section)  # fmt: skip
        except PAGE_DATA_ERRORS as error:  # this page's data cannot be stored: the page fails, not the run
            self.record_error(CrawlErrorItem(item.fetched_url, f"not stored: {type(error).__name__}: {error}"))
            return
        self.count(f"articles_{outcome}")
        self.count("urls_rejected", len(article.get("rejected_urls", [])))

    def record_error(self, item: CrawlErrorItem) -> None:
        self.archive.record_error(self.run_id, item.url, item.reason, item.kind)
        self.count("errors")
        self.failed_by_kind.setdefault(item.kind, []).append(item.url)
        if item.page is not None:
            self.failed_listing_pages.append(item.page)

    def store_listing_page(self, item: ListingPageItem) -> None:
        self.archive.walk_reached(item.section, item.page, item.last_page)
        self.archive.add_to_section(item.section, item.listed)  # archived already (those fetched now join as they are stored)
        self.archive.resolve_errors(item.url)
        self.count("listing_pages")
        self.teasers_seen += item.teasers
        self.reached_page = max(self.reached_page, item.page)
        self.walk_ended = self.walk_ended or item.ends_walk

    # --- the end of the run -------------------------------------------------------------------
    def run_status(self, reason: str) -> tuple[str, str | None]:
        """'complete', 'partial', 'failed' or 'interrupted', with why it is not complete."""
        write_failure = self.write_failure or self.crawler.stats.get_value(WRITE_FAILED)
        if write_failure:
            return "failed", write_failure
        if reason == "shutdown":
            return "interrupted", "stopped by Ctrl+C or SIGTERM; the next run goes on where this one stopped"
        counts = counts_of(self.stats)
        articles = sum(counts[k] for k in ("articles_new", "articles_changed", "articles_unchanged", "articles_removed"))
        listing_failed = len(self.failed_by_kind.get("listing", []))
        if counts["listing_pages"] == 0:
            return "failed", "no listing page could be read"
        if self.teasers_seen == 0 and not self.archive_had_articles:
            return "failed", "the listing showed no articles: the site profile may need updating (run `archiver check`)"
        if articles == 0 and counts["errors"] > listing_failed:
            return "failed", "no article page could be fetched"
        if reason != "finished":
            return "failed", f"the crawl stopped early ({reason})"
        if counts["errors"]:
            return "partial", "some pages failed; they are fetched again next run"
        return "complete", None

    def missing(self, walk_ended: bool) -> list[str]:
        """What this run leaves for the next one, in words."""
        lines = []
        for kind, urls in sorted(self.failed_by_kind.items()):
            sample = ", ".join(urls[:3]) + (f" and {len(urls) - 3} more" if len(urls) > 3 else "")
            lines.append(f"{len(urls)} {kind} page{'s' * (len(urls) != 1)} failed ({sample})")
        if not walk_ended:
            reached = f"reached listing page {self.reached_page + 1}" if self.reached_page >= 0 else "read no listing page"
            lines.append(f"the listing walk {reached} without finishing: the next run walks past it before it stops early")
        elif self.failed_listing_pages:
            lines.append(f"the next run walks at least to listing page {max(self.failed_listing_pages) + 1} to read it again")
        return lines

    def spider_closed(self, spider, reason: str):
        status, why = self.run_status(reason)
        walk_ended = self.walk_ended and status in ("complete", "partial")
        warc_file = self.stats.get_value("archiver/warc_file")
        if warc_file:  # named from the archive's folder: a published page shows no server path
            warc_file = os.path.relpath(warc_file, os.path.dirname(os.path.abspath(self.db_path)))
        counts = {**counts_of(self.stats), "requests": self.stats.get_value("downloader/request_count", 0), "warc_file": warc_file}
        total = None
        try:
            self.archive.end_walk(self.section, ended=walk_ended, failed_pages=self.failed_listing_pages)
            self.archive.finish_run(self.run_id, status=status, reason=why, counts=counts)
            total = self.archive.article_count()
        except (sqlite3.Error, OSError) as error:
            status, why = "failed", why or f"the archive could not be written: {error}"
            logger.error("the run could not be recorded in %s: %s (the next run marks it interrupted)", self.db_path, error)
        finally:
            self.archive.close()
            self.lock.release()
        for name, value in (("run_status", status), ("reason", why), ("missing", self.missing(walk_ended)),
                            ("total_articles", total), ("warc_file_relative", warc_file)):  # fmt: skip
            self.stats.set_value(STAT + name, value)
