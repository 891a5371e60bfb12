"""The one pipeline: items → the archive database, with progress lines and the crawl summary."""

from __future__ import annotations

import logging
import time

from scrapy import signals

from archiver.crawl.items import ArticleItem, CrawlErrorItem, ListingPageItem
from archiver.store import Archive

progress = logging.getLogger("archiver.progress")


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.counts = {"listing_pages": 0, "articles_new": 0, "articles_changed": 0, "articles_unchanged": 0, "errors": 0}
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
        self.archive = Archive(self.db_path)
        self.run_id = self.archive.start_run(spider.base_url, full=getattr(spider, "full", False))
        self.started = time.monotonic()
        progress.info("crawling %s into %s (run %s)", spider.base_url, self.db_path, self.run_id)

    def process_item(self, item, spider=None):
        if isinstance(item, ArticleItem):
            outcome = self.archive.save_article(item.article, fetched_url=item.fetched_url, fetched_at=item.fetched_at)
            self.counts[f"articles_{outcome}"] += 1
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
                "listing page %d%s: %d articles listed; so far %d new, %d changed, %d unchanged, %d errors",
                item.page + 1, of, item.teasers, c["articles_new"], c["articles_changed"], c["articles_unchanged"], c["errors"],
            )  # fmt: skip
        return item

    def run_status(self, reason: str) -> tuple[str, str | None]:
        """'complete', 'partial' or 'failed', with why a failed run failed."""
        articles = sum(self.counts[k] for k in ("articles_new", "articles_changed", "articles_unchanged"))
        if self.counts["listing_pages"] == 0:
            return "failed", "no listing page could be read"
        if self.teasers_seen == 0:
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
        counts = {**self.counts, "requests": requests}
        self.archive.finish_run(self.run_id, status=status, counts=counts)
        total = self.archive.article_count()
        self.archive.close()
        seconds = time.monotonic() - self.started
        c = self.counts
        lines = [
            f"Crawl {status}" + (f": {why}" if why else ""),
            f"  site            {spider.base_url}",
            f"  listing pages   {c['listing_pages']} read",
            f"  requests        {requests} (robots.txt included), {stats.get_value('retry/count', 0)} retries",
            f"  articles        {c['articles_new']} new, {c['articles_changed']} changed, {c['articles_unchanged']} unchanged",
            f"  errors          {c['errors']}" + (" (recorded in crawl_errors; retried next run)" if c["errors"] else ""),
            f"  robots.txt      {stats.get_value('robotstxt/forbidden', 0)} URLs skipped as disallowed",
            f"  time            {seconds:.1f} s",
            f"  archive         {self.db_path}: {total} articles (run {self.run_id})",
        ]
        (progress.error if status == "failed" else progress.info)("\n".join(lines))
