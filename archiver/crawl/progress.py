"""Progress lines and the crawl's summary, read from Scrapy's stats: the pipeline only stores.

A first crawl of a city's news takes hours at a polite pace, so each listing page says where the
walk is (page N of M, the pager's last page), what is archived so far, the errors, and an estimate
of the time left. ``ARCHIVER_PROGRESS`` chooses the form: ``text`` (for a person), ``json`` (one
JSON object a line, for scripts) or ``quiet`` (for cron: nothing unless the run is not complete).
"""

from __future__ import annotations

import json
import logging
import sys
import time

from scrapy import signals

from archiver.crawl.items import ArticleRemovedItem, CrawlErrorItem, ListingPageItem

STAT = "archiver/"  # the pipeline's counts: archiver/articles_new, archiver/errors, …
COUNTS = ("listing_pages", "articles_new", "articles_changed", "articles_unchanged", "articles_removed", "not_modified",
          "media_captured", "errors", "urls_rejected", "canonicals_ignored")  # fmt: skip
logger = logging.getLogger("archiver.progress")


def counts_of(stats) -> dict[str, int]:
    return {name: stats.get_value(STAT + name, 0) for name in COUNTS}


def remaining_seconds(elapsed: float, articles_done: int, pages_read: int, last_page: int | None, queued: int) -> float | None:
    """Time left at the rate so far: the articles queued, plus as many per listing page still unread
    as the pages read gave. None until there is a rate to go by."""
    if articles_done < 3 or elapsed <= 0 or pages_read == 0:
        return None
    unread_pages = max(0, (last_page + 1) - pages_read) if last_page is not None else 0
    to_fetch = queued + unread_pages * (articles_done + queued) / pages_read
    return to_fetch * elapsed / articles_done


def duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


class CrawlProgress:
    def __init__(self, crawler, form: str):
        self.crawler = crawler
        self.form = form
        self.started = time.monotonic()
        self.last_page: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        form = crawler.settings.get("ARCHIVER_PROGRESS", "text")
        extension = cls(crawler, form if form in ("text", "json", "quiet") else "text")
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        # After every spider_closed handler (the pipeline's records the run): the summary reads what they wrote.
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def emit(self, event: str, text: str, level: int = logging.INFO, **fields) -> None:
        if self.form == "json":
            print(json.dumps({"event": event, **fields}, ensure_ascii=False, default=str), file=sys.stderr, flush=True)
        elif self.form == "text" or (self.form == "quiet" and level >= logging.ERROR):
            logger.log(level, text)

    def spider_opened(self, spider) -> None:
        self.started = time.monotonic()
        stats = self.crawler.stats
        must_pass = stats.get_value(STAT + "must_pass_page", -1)
        resuming = f"; the last walk did not finish: walking past listing page {must_pass + 1} first" if must_pass >= 0 else ""
        self.emit("start", f"crawling section {spider.section} of {spider.base_url} into {stats.get_value(STAT + 'database')} "
                           f"(run {stats.get_value(STAT + 'run_id')}){resuming}",
                  section=spider.section, site=spider.base_url, run=stats.get_value(STAT + "run_id"), must_pass_page=must_pass)  # fmt: skip

    def item_scraped(self, item, response, spider) -> None:
        if isinstance(item, ListingPageItem):
            self.listing_page(item)
        elif isinstance(item, CrawlErrorItem):
            self.emit("error", f"failed: {item.url} ({item.reason})", logging.WARNING, url=item.url, reason=item.reason, kind=item.kind)
        elif isinstance(item, ArticleRemovedItem):
            self.emit("removed", f"removed from the site (HTTP {item.status}): {item.fetched_url}", logging.WARNING,
                      url=item.fetched_url, status=item.status)  # fmt: skip

    def listing_page(self, item: ListingPageItem) -> None:
        # The pager's "last" link disappears on the last page itself, so remember it.
        self.last_page = max(filter(None.__ne__, (self.last_page, item.last_page, item.page)), default=None)
        c = counts_of(self.crawler.stats)
        elapsed = time.monotonic() - self.started
        done = c["articles_new"] + c["articles_changed"] + c["articles_unchanged"]
        stats = self.crawler.stats
        queued = max(0, stats.get_value("scheduler/enqueued", 0) - stats.get_value("scheduler/dequeued", 0))
        left = None if item.ends_walk else remaining_seconds(elapsed, done, c["listing_pages"], self.last_page, queued)
        of = f" of {self.last_page + 1}" if self.last_page is not None else ""
        self.emit(
            "listing_page",
            f"listing page {item.page + 1}{of}: {item.teasers} articles listed, {item.to_fetch} to fetch; so far "
            f"{c['articles_new']} new, {c['articles_changed']} changed, {c['articles_unchanged']} unchanged, {c['errors']} errors"
            + (f"; about {duration(left)} left" if left is not None else "")
            + (" — all archived and unchanged: the walk stops here" if item.stops_walk else ""),
            section=item.section, page=item.page + 1, pages=None if self.last_page is None else self.last_page + 1,
            listed=item.teasers, to_fetch=item.to_fetch, seconds_left=None if left is None else round(left), **c,
        )  # fmt: skip

    def engine_stopped(self) -> None:
        stats = self.crawler.stats
        status = stats.get_value(STAT + "run_status")
        if status is None:
            return  # stopped before the pipeline could record the run: `archiver crawl` says so
        c = counts_of(stats)
        why = stats.get_value(STAT + "reason")
        missing = stats.get_value(STAT + "missing") or []
        total = stats.get_value(STAT + "total_articles")
        warc_file = stats.get_value(STAT + "warc_file_relative")
        requests = stats.get_value("downloader/request_count", 0)
        if self.form == "json":
            self.emit("summary", "", status=status, reason=why, missing=missing, requests=requests, warc_file=warc_file,
                      seconds=round(time.monotonic() - self.started, 1), total_articles=total, **c)  # fmt: skip
            return
        lines = [
            f"Crawl {status}" + (f": {why}" if why else ""),
            f"  section         {stats.get_value(STAT + 'section')} of {stats.get_value(STAT + 'site')}",
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
            f"  time            {time.monotonic() - self.started:.1f} s",
            f"  archive         {stats.get_value(STAT + 'database')}: "
            + (f"{total} articles (run {stats.get_value(STAT + 'run_id')})" if total is not None else "could not be read"),
        ]  # fmt: skip
        level = logging.INFO if status == "complete" else logging.ERROR if status == "failed" else logging.WARNING
        if self.form == "text" or status != "complete":  # quiet: a complete run says nothing
            logger.log(level, "\n".join(lines))
