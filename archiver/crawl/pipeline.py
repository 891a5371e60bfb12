"""The one pipeline: items → the archive database, with progress lines and the crawl summary.

A write that fails (a full disk, a read-only file, an I/O error) is an error of the run: Scrapy
would only log an exception raised here and drop the item, so the pipeline stops the crawl
itself, stores nothing more, and the run ends ``failed`` with the reason. The run's own outcome
goes into the crawler's stats (``archiver/run_status``), where `archiver crawl` reads its exit code.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archiver.crawl.items import (
    ArticleItem, ArticleRemovedItem, ArticleUnchangedItem, CrawlErrorItem, ListingPageItem, MediaItem,
)  # fmt: skip
from archiver.store import Archive
from archiver.store.lock import ArchiveLock

progress = logging.getLogger("archiver.progress")
RUN_STATUS = "archiver/run_status"
# What a page's own data can make a write raise (a clash with another article, a value SQLite cannot
# hold); anything else from the database (full, read-only, I/O) is a failure of the run.
PAGE_DATA_ERRORS = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError, OverflowError, ValueError, TypeError)
WRITE_FAILED = "archiver/write_failed"


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.counts = {"listing_pages": 0, "articles_new": 0, "articles_changed": 0, "articles_unchanged": 0,
                       "articles_removed": 0, "not_modified": 0, "media_captured": 0, "errors": 0,
                       "urls_rejected": 0, "canonicals_ignored": 0}  # fmt: skip
        self.failed_by_kind: dict[str, list[str]] = {}
        self.failed_listing_pages: list[int] = []
        self.teasers_seen = 0
        self.last_page: int | None = None
        self.reached_page = -1
        self.walk_ended = False
        self.section = ""
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.write_failure: str | None = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # spider_closed carries the finish reason, which close_spider() is not given.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        # Held already when `archiver crawl` started this; raises ArchiveBusy while another crawl
        # writes, or `archiver serve` shows the file immutable (writing under it would corrupt it).
        self.lock = ArchiveLock.hold(self.db_path, exclusive=True)
        self.archive = Archive(self.db_path, short_names=spider.site.short_names)
        self.archive_had_articles = self.archive.article_count() > 0
        self.run_id = self.archive.start_run(spider.base_url, full=getattr(spider, "full", False))
        self.section = spider.section
        walk = self.archive.begin_walk(self.section, self.run_id)
        self.started = time.monotonic()
        resuming = f"; the last walk did not finish: walking past listing page {walk['must_pass_page'] + 1} first" \
            if walk["must_pass_page"] >= 0 else ""  # fmt: skip
        progress.info("crawling %s into %s (run %s)%s", spider.base_url, self.db_path, self.run_id, resuming)

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

    def stop_on_write_failure(self, reason: str) -> None:
        self.write_failure = reason
        self.crawler.stats.set_value(WRITE_FAILED, reason)
        progress.error("%s: stopping the crawl", reason)
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
                self.counts["articles_unchanged"] += 1
                self.counts["not_modified"] += 1
            if item.section:
                self.archive.add_to_section(item.fetched_url, item.section, item.fetched_at)
        elif isinstance(item, ArticleRemovedItem):
            if self.archive.mark_removed(item.fetched_url):
                self.counts["articles_removed"] += 1
                progress.warning("removed from the site (HTTP %s): %s", item.status, item.fetched_url)
        elif isinstance(item, MediaItem):
            self.capture(item.url, "media", item.capture)
            self.counts["media_captured"] += 1
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
            self.counts["canonicals_ignored"] += 1
        capture_id = self.capture(item.fetched_url, "article", item.capture)
        try:
            outcome = self.archive.save_article(article, fetched_url=item.fetched_url, fetched_at=item.fetched_at,
                                                capture_id=capture_id, validators=item.validators)  # fmt: skip
        except PAGE_DATA_ERRORS as error:  # this page's data cannot be stored: the page fails, not the run
            self.record_error(CrawlErrorItem(item.fetched_url, f"not stored: {type(error).__name__}: {error}"))
            return
        self.counts[f"articles_{outcome}"] += 1
        self.counts["urls_rejected"] += len(article.get("rejected_urls", []))
        if item.section:
            self.archive.add_to_section(item.fetched_url, item.section, item.fetched_at)

    def record_error(self, item: CrawlErrorItem) -> None:
        self.archive.record_error(self.run_id, item.url, item.reason, item.kind)
        self.counts["errors"] += 1
        self.failed_by_kind.setdefault(item.kind, []).append(item.url)
        if item.page is not None:
            self.failed_listing_pages.append(item.page)
        progress.warning("failed: %s (%s)", item.url, item.reason)

    def store_listing_page(self, item: ListingPageItem) -> None:
        self.archive.walk_reached(item.section, item.page, item.last_page)
        for url, node_id in item.listed:  # archived already (those fetched now join as they are stored)
            self.archive.add_to_section(url, item.section, node_id=node_id)
        self.archive.resolve_errors(item.url)
        self.counts["listing_pages"] += 1
        self.teasers_seen += item.teasers
        self.reached_page = max(self.reached_page, item.page)
        self.walk_ended = self.walk_ended or item.ends_walk
        # The pager's "last" link disappears on the last page itself, so remember it.
        self.last_page = max(filter(None.__ne__, (self.last_page, item.last_page, item.page)), default=None)
        of = f" of {self.last_page + 1}" if self.last_page is not None else ""
        c = self.counts
        progress.info(
            "listing page %d%s: %d articles listed, %d to fetch; so far %d new, %d changed, %d unchanged, %d errors%s",
            item.page + 1, of, item.teasers, item.to_fetch, c["articles_new"], c["articles_changed"],
            c["articles_unchanged"], c["errors"], " — all archived and unchanged: the walk stops here" if item.stops_walk else "",
        )  # fmt: skip

    # --- the end of the run -------------------------------------------------------------------
    def run_status(self, reason: str) -> tuple[str, str | None]:
        """'complete', 'partial', 'failed' or 'interrupted', with why it is not complete."""
        write_failure = self.write_failure or self.crawler.stats.get_value(WRITE_FAILED)
        if write_failure:
            return "failed", write_failure
        if reason == "shutdown":
            return "interrupted", "stopped by Ctrl+C or SIGTERM; the next run goes on where this one stopped"
        articles = sum(self.counts[k] for k in ("articles_new", "articles_changed", "articles_unchanged", "articles_removed"))
        listing_failed = len(self.failed_by_kind.get("listing", []))
        if self.counts["listing_pages"] == 0:
            return "failed", "no listing page could be read"
        if self.teasers_seen == 0 and not self.archive_had_articles:
            return "failed", "the listing showed no articles: the site profile may need updating (run `archiver check`)"
        if articles == 0 and self.counts["errors"] > listing_failed:
            return "failed", "no article page could be fetched"
        if reason != "finished":
            return "failed", f"the crawl stopped early ({reason})"
        if self.counts["errors"]:
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
        stats = self.crawler.stats
        requests = stats.get_value("downloader/request_count", 0)
        warc_file = stats.get_value("archiver/warc_file")
        if warc_file:  # named from the archive's folder: a published page shows no server path
            warc_file = os.path.relpath(warc_file, os.path.dirname(os.path.abspath(self.db_path)))
        counts = {**self.counts, "requests": requests, "warc_file": warc_file}
        total = None
        try:
            self.archive.end_walk(self.section, ended=walk_ended, failed_pages=self.failed_listing_pages)
            self.archive.finish_run(self.run_id, status=status, reason=why, counts=counts)
            total = self.archive.article_count()
        except (sqlite3.Error, OSError) as error:
            status, why = "failed", why or f"the archive could not be written: {error}"
            progress.error("the run could not be recorded in %s: %s (the next run marks it interrupted)", self.db_path, error)
        finally:
            self.archive.close()
            self.lock.release()
        stats.set_value(RUN_STATUS, status)
        self.print_summary(spider, status, why, requests, warc_file, total, self.missing(walk_ended))

    def print_summary(self, spider, status, why, requests, warc_file, total, missing) -> None:
        stats = self.crawler.stats
        seconds = time.monotonic() - self.started
        c = self.counts
        lines = [
            f"Crawl {status}" + (f": {why}" if why else ""),
            f"  site            {spider.base_url}",
            f"  listing pages   {c['listing_pages']} read",
            f"  requests        {requests} (robots.txt included), {stats.get_value('retry/count', 0)} retries",
            f"  articles        {c['articles_new']} new, {c['articles_changed']} changed, {c['articles_unchanged']} unchanged"
            f" ({c['not_modified']} answered 304 Not Modified), {c['articles_removed']} removed from the site",
            f"  errors          {c['errors']}" + (" (recorded in crawl_errors; retried next run)" if c["errors"] else ""),
            *([f"  missing         {line}" for line in missing]),
            *([f"  unsafe links    {c['urls_rejected']} URLs that were not http(s) dropped (javascript:, data:, …)"]
              if c["urls_rejected"] else []),
            *([f"  canonical links {c['canonicals_ignored']} ignored (another site, not an article, or another article's URL)"]
              if c["canonicals_ignored"] else []),
            f"  robots.txt      {stats.get_value('robotstxt/forbidden', 0)} URLs skipped as disallowed",
            *([f"  media           {c['media_captured']} images and attachments captured"] if c["media_captured"] else []),
            f"  raw pages       {warc_file or 'not kept'}",
            f"  time            {seconds:.1f} s",
            f"  archive         {self.db_path}: " + (f"{total} articles (run {self.run_id})" if total is not None else "could not be read"),
        ]  # fmt: skip
        (progress.info if status == "complete" else progress.error if status == "failed" else progress.warning)("\n".join(lines))
