"""The one pipeline: items → the archive database, with progress lines and the crawl summary."""

from __future__ import annotations

import logging
import os
import time

from scrapy import signals

from archiver.crawl.items import (
    ArticleItem, ArticleRemovedItem, ArticleUnchangedItem, CrawlErrorItem, ListingPageItem, MediaItem,
)  # fmt: skip
from archiver.store import Archive
from archiver.store.lock import ArchiveLock

progress = logging.getLogger("archiver.progress")


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.counts = {"listing_pages": 0, "articles_new": 0, "articles_changed": 0, "articles_unchanged": 0,
                       "articles_removed": 0, "not_modified": 0, "media_captured": 0, "errors": 0,
                       "urls_rejected": 0}  # fmt: skip
        self.listing_failed = 0
        self.teasers_seen = 0
        self.last_page: int | None = None
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        # spider_closed carries the finish reason, which close_spider() is not given.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        # Raises ArchiveBusy while `archiver serve` shows this file immutable: writing under it would corrupt what it shows.
        self.lock = ArchiveLock(self.db_path, exclusive=True).acquire()
        self.archive = Archive(self.db_path)
        self.archive_had_articles = self.archive.article_count() > 0
        self.run_id = self.archive.start_run(spider.base_url, full=getattr(spider, "full", False))
        self.started = time.monotonic()
        progress.info("crawling %s into %s (run %s)", spider.base_url, self.db_path, self.run_id)

    def capture(self, url: str, kind: str, capture: dict | None) -> int | None:
        return self.archive.save_capture(self.run_id, url, kind, capture) if capture else None

    def process_item(self, item, spider=None):
        if isinstance(item, ArticleItem):
            self.counts["urls_rejected"] += len(item.article.get("rejected_urls", []))
            capture_id = self.capture(item.fetched_url, "article", item.capture)
            outcome = self.archive.save_article(item.article, fetched_url=item.fetched_url, fetched_at=item.fetched_at,
                                                capture_id=capture_id, validators=item.validators)  # fmt: skip
            self.counts[f"articles_{outcome}"] += 1
        elif isinstance(item, ArticleUnchangedItem):
            self.capture(item.fetched_url, "article", item.capture)
            if self.archive.mark_unchanged(item.fetched_url, fetched_at=item.fetched_at, validators=item.validators):
                self.counts["articles_unchanged"] += 1
                self.counts["not_modified"] += 1
        elif isinstance(item, ArticleRemovedItem):
            if self.archive.mark_removed(item.fetched_url):
                self.counts["articles_removed"] += 1
                progress.warning("removed from the site (HTTP %s): %s", item.status, item.fetched_url)
        elif isinstance(item, MediaItem):
            self.capture(item.url, "media", item.capture)
            self.counts["media_captured"] += 1
        elif isinstance(item, CrawlErrorItem):
            self.counts["errors"] += 1
            if item.kind == "listing":
                self.listing_failed += 1
            self.archive.record_error(self.run_id, item.url, item.reason, item.kind)
            progress.warning("failed: %s (%s)", item.url, item.reason)
        elif isinstance(item, ListingPageItem):
            self.counts["listing_pages"] += 1
            self.teasers_seen += item.teasers
            # The pager's "last" link disappears on the last page itself, so remember it.
            self.last_page = max(filter(None.__ne__, (self.last_page, item.last_page, item.page)), default=None)
            of = f" of {self.last_page + 1}" if self.last_page is not None else ""
            c = self.counts
            progress.info(
                "listing page %d%s: %d articles listed, %d to fetch; so far %d new, %d changed, %d unchanged, %d errors%s",
                item.page + 1, of, item.teasers, item.to_fetch, c["articles_new"], c["articles_changed"],
                c["articles_unchanged"], c["errors"], " — all archived and unchanged: the walk stops here" if item.stops_walk else "",
            )  # fmt: skip
        return item

    def run_status(self, reason: str) -> tuple[str, str | None]:
        """'complete', 'partial' or 'failed', with why a failed run failed."""
        articles = sum(self.counts[k] for k in ("articles_new", "articles_changed", "articles_unchanged", "articles_removed"))
        if self.counts["listing_pages"] == 0:
            return "failed", "no listing page could be read"
        if self.teasers_seen == 0 and not self.archive_had_articles:
            return "failed", "the listing showed no articles: the site profile may need updating (run `archiver check`)"
        if articles == 0 and self.counts["errors"] > self.listing_failed:
            return "failed", "no article page could be fetched"
        if reason != "finished":
            return "failed", f"the crawl stopped early ({reason})"
        return ("partial", None) if self.counts["errors"] else ("complete", None)

    def spider_closed(self, spider, reason: str):
        status, why = self.run_status(reason)
        stats = self.crawler.stats
        requests = stats.get_value("downloader/request_count", 0)
        warc_file = stats.get_value("archiver/warc_file")
        if warc_file:  # named from the archive's folder: a published page shows no server path
            warc_file = os.path.relpath(warc_file, os.path.dirname(os.path.abspath(self.db_path)))
        counts = {**self.counts, "requests": requests, "warc_file": warc_file}
        self.archive.finish_run(self.run_id, status=status, counts=counts)
        total = self.archive.article_count()
        self.archive.close()
        self.lock.release()
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
            *([f"  unsafe links    {c['urls_rejected']} URLs that were not http(s) dropped (javascript:, data:, …)"]
              if c["urls_rejected"] else []),
            f"  robots.txt      {stats.get_value('robotstxt/forbidden', 0)} URLs skipped as disallowed",
            *([f"  media           {c['media_captured']} images and attachments captured"] if c["media_captured"] else []),
            f"  raw pages       {warc_file or 'not kept'}",
            f"  time            {seconds:.1f} s",
            f"  archive         {self.db_path}: {total} articles (run {self.run_id})",
        ]
        (progress.error if status == "failed" else progress.info)("\n".join(lines))
