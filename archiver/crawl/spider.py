"""One section of one site: which pages to fetch, in what order, and when to stop.

1. The sitemap(s) first: /sitemap.xml and whatever robots.txt names, for each article's <lastmod>.
2. The section's listing from page 0, following the pager, fetching every article not yet archived
   and the archived ones the plan says changed; the walk stops after a page of nothing but
   archived, unchanged articles (``archiver.crawl.plan``), or runs to the last page with --full.
3. Beside the walk: archived articles the sitemap says changed, pages that failed last time, and
   articles the sitemap no longer lists (to see whether they were removed), wherever they are.

The site and the section are values (``archiver.sites``); parsing is ``archiver.extract``'s job,
storing the pipeline's. ``spiders/news.py`` is the entry point Scrapy finds.
"""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import (
    DontCloseSpider, DownloadCancelledError, DownloadTimeoutError, IgnoreRequest, ResponseDataLossError,
)  # fmt: skip
from scrapy.spidermiddlewares.httperror import HttpError

from archiver.crawl.items import (
    ArticleItem, ArticleRemovedItem, ArticleUnchangedItem, CrawlErrorItem, ListingPageItem, MediaItem,
)  # fmt: skip
from archiver.crawl.plan import CrawlMemory, CrawlPlan, KnownArticle
from archiver.crawl.robots import ForbiddenByRobots
from archiver.extract import extract_article
from archiver.crawl.sitemaps import read_sitemap
from archiver.extract.listing import parse_listing
from archiver.sites import DEFAULT_SITE, get_site

HTML_TYPES = (b"text/html", b"application/xhtml+xml")
GONE = (404, 410)


def failure_reason(failure, max_redirects: int) -> str:
    """Why a request failed, in words, from the type of what Scrapy raised (never its message)."""
    error = failure.value
    if isinstance(error, HttpError):  # an IgnoreRequest too: before the other IgnoreRequests
        status = error.response.status
        return f"HTTP {status}" + (" after retries" if status >= 500 or status == 429 else "")
    if isinstance(error, ForbiddenByRobots):
        return "disallowed by robots.txt"
    if isinstance(error, IgnoreRequest) and failure.request.meta.get("redirect_times", 0) >= max_redirects:
        return f"redirect loop (more than {max_redirects} redirects)"
    if isinstance(error, DownloadCancelledError):  # what DOWNLOAD_MAXSIZE raises
        return f"refused: larger than the maximum page size ({error})"
    if isinstance(error, ResponseDataLossError):
        return "truncated: the connection closed before the whole page arrived"
    if isinstance(error, DownloadTimeoutError):
        return f"timed out ({error})".replace(" ()", "")
    return f"{type(error).__name__}: {error}".rstrip(": ")


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SectionSpider(scrapy.Spider):
    def __init__(self, site: str | None = None, section: str | None = None, base_url: str | None = None,
                 full: bool | str = False, media: bool | str = False, **kwargs):  # fmt: skip
        super().__init__(**kwargs)
        self.site = get_site(site or DEFAULT_SITE)
        self.section_value = self.site.section(section) if section else self.site.sections[0]
        self.section = self.section_value.name
        self.base_url = (base_url or self.site.origin).rstrip("/")
        self.full = str(full).lower() in ("1", "true", "yes")
        self.media = str(media).lower() in ("1", "true", "yes")
        self.robots_sitemaps: list[str] = []
        self.sitemaps_requested: set[str] = set()
        self.sitemaps_pending: set[str] = set()
        self.walk_started = False
        self.revalidated_unlisted = False
        self.plan = CrawlPlan([], set(), full=self.full)
        self.media_captured: set[str] = set()
        self.known_last_page: int | None = None  # the pager's last page, as the previous walk saw it
        self.listing_failures_in_a_row = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        kwargs.setdefault("site", crawler.settings.get("ARCHIVER_SITE"))
        kwargs.setdefault("section", crawler.settings.get("ARCHIVER_SECTION"))
        kwargs.setdefault("base_url", crawler.settings.get("ARCHIVER_BASE_URL"))
        kwargs.setdefault("full", crawler.settings.getbool("ARCHIVER_FULL"))
        kwargs.setdefault("media", crawler.settings.getbool("ARCHIVER_MEDIA"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        return spider

    def remember(self, memory: CrawlMemory) -> None:
        """What earlier runs left (``archiver.crawl.memory``): the plan of this run is made from it."""
        known = [
            KnownArticle(node_id=row["node_id"], crawl_url=self.site.to_crawl_url(row["url"], self.base_url),
                         title=row["title"], sitemap_lastmod=row["sitemap_lastmod"], last_fetched_at=row["last_fetched_at"],
                         etag=row["etag"], http_last_modified=row["http_last_modified"])  # fmt: skip
            for row in memory.known_articles
        ]
        self.plan = CrawlPlan(known, memory.failed_urls, full=self.full, must_pass_page=memory.must_pass_page)
        self.known_last_page = memory.last_page
        self.media_captured = set(memory.media_captured)

    def robots_parsed(self, robotparser, request) -> None:
        sitemaps = getattr(getattr(robotparser, "rp", None), "sitemaps", None) or []
        self.robots_sitemaps = [self.site.to_crawl_url(url, self.base_url) for url in sitemaps]

    # --- 1. sitemaps ----------------------------------------------------------------------------
    async def start(self):
        yield self.sitemap_request(self.site.sitemap_url(self.base_url))

    def sitemap_request(self, url: str) -> scrapy.Request:
        self.sitemaps_requested.add(url)
        self.sitemaps_pending.add(url)
        # A site without a sitemap answers 404: that is an answer, not an error.
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.sitemap_failed,
                              meta={"handle_httpstatus_list": [404, 410], "kind": "sitemap"}, cb_kwargs={"url": url})  # fmt: skip

    def parse_sitemap(self, response, url: str):
        if response.status == 200:
            entries, children = read_sitemap(response.body, self.site.zone)
            self.plan.note_sitemap({self.site.to_crawl_url(loc, self.base_url): lastmod for loc, lastmod in entries.items()})
            for child in children:
                child = self.site.to_crawl_url(child, self.base_url)
                if child not in self.sitemaps_requested and self.same_site(child):
                    yield self.sitemap_request(child)
        yield from self.sitemap_done(url)

    def sitemap_failed(self, failure):
        yield CrawlErrorItem(failure.request.url, self.failure_reason(failure), kind="sitemap")
        yield from self.sitemap_done(failure.request.cb_kwargs["url"])

    def sitemap_done(self, url: str):
        self.sitemaps_pending.discard(url)
        for declared in self.robots_sitemaps:
            if declared not in self.sitemaps_requested and self.same_site(declared):
                yield self.sitemap_request(declared)
        if not self.sitemaps_pending and not self.walk_started:
            self.walk_started = True
            yield from self.begin_walk()

    def same_site(self, url: str) -> bool:
        return urlsplit(url).netloc == urlsplit(self.base_url).netloc

    # --- 2. the listing walk --------------------------------------------------------------------
    def begin_walk(self):
        yield self.listing_request(self.site.listing_url(self.section_value, self.base_url), 0)
        beside_the_walk = self.plan.refetches_from_sitemap() + self.plan.missing_from_sitemap()
        for known in beside_the_walk:
            yield from self.article_requests(known.crawl_url, known)
        for url in sorted(self.plan.failed_urls):
            if self.site.is_article_url(url, self.base_url):
                yield from self.article_requests(url, self.plan.known(url))

    def listing_request(self, url: str, page: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_listing, errback=self.listing_failed,
                              cb_kwargs={"page": page}, meta={"kind": "listing"})  # fmt: skip

    def parse_listing(self, response, page: int):
        self.listing_failures_in_a_row = 0
        listing = parse_listing(response.body, response.url, self.site)
        if listing.last_page is not None:
            self.known_last_page = listing.last_page
        decisions, requests, listed = [], [], []
        for teaser in listing.teasers:
            url = self.site.to_crawl_url(teaser.url, self.base_url)
            if not self.site.is_article_url(url, self.base_url):
                continue
            listed.append((url, teaser.node_id))
            decision = self.plan.decide(url, teaser.node_id, teaser.title)
            decisions.append((decision, teaser.sticky))
            if decision != "skip":
                requests += self.article_requests(url, self.plan.known(url, teaser.node_id), listed=True)
        stops = bool(listing.next_url) and self.plan.listing_exhausted(page, decisions)
        yield ListingPageItem(response.url, page, len(listing.teasers), listing.last_page, len(requests), stops,
                              ends_walk=stops or not listing.next_url, section=self.section, listed=listed)  # fmt: skip
        yield from requests
        if listing.next_url and not stops:
            yield self.listing_request(listing.next_url, page + 1)

    def listing_failed(self, failure):
        request = failure.request
        page = request.cb_kwargs["page"]
        yield CrawlErrorItem(request.url, self.failure_reason(failure), kind="listing", page=page)
        if isinstance(failure.value, ForbiddenByRobots):
            return  # the walk ends where robots.txt forbids it
        # Walk on past a broken listing page (the next one is just the next ?page=N) while there
        # can be one: up to the pager's last page, or, not knowing it, up to 3 failures in a row.
        self.listing_failures_in_a_row += 1
        more = page < self.known_last_page if self.known_last_page is not None else self.listing_failures_in_a_row < 3
        if more:
            yield self.listing_request(self.site.page_url(request.url, page + 1), page + 1)

    def failure_reason(self, failure) -> str:
        return failure_reason(failure, self.settings.getint("REDIRECT_MAX_TIMES"))

    # --- articles ---------------------------------------------------------------------------
    def article_requests(self, url: str, known: KnownArticle | None, *, listed: bool = False) -> list[scrapy.Request]:
        if url in self.plan.scheduled:
            return []
        self.plan.scheduled.add(url)
        section = self.section if listed else None
        headers = known.conditional_headers() if known else {}
        # dont_filter: the plan already asks for each URL once, and a redirect loop must end in an
        # error (REDIRECT_MAX_TIMES), not vanish in the duplicate filter.
        return [scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, headers=headers, priority=1,
                               dont_filter=True,
                               meta={"handle_httpstatus_list": [304, *GONE], "kind": "article", "known": known is not None,
                                     "section": section})]  # fmt: skip

    def validators(self, response) -> dict:
        def header(name: str) -> str | None:
            value = response.headers.get(name)
            return value.decode("latin-1") if value else None

        return {"etag": header("ETag"), "http_last_modified": header("Last-Modified"),
                "sitemap_lastmod": self.plan.sitemap.get(response.request.url)}  # fmt: skip

    def parse_article(self, response):
        capture = response.meta.get("capture")
        capture_error = response.meta.get("capture_error")
        known = response.meta.get("known")
        section = response.meta.get("section")
        if response.status == 304:
            yield ArticleUnchangedItem(response.url, now_utc(), capture, self.validators(response), section, capture_error)
            return
        if response.status in GONE:
            if known:
                yield ArticleRemovedItem(response.url, response.status)
            else:
                yield CrawlErrorItem(response.url, f"HTTP {response.status}")
            return
        content_type = response.headers.get("Content-Type", b"").split(b";")[0].strip().lower()
        if content_type and content_type not in HTML_TYPES:
            yield CrawlErrorItem(response.url, f"not an HTML page ({content_type.decode('latin-1')})")
            return
        try:
            # response.text honours the charset of the Content-Type header, then the page's own.
            article = extract_article(response.text, response.url, self.site)
        except Exception as error:  # a broken page must never stop the crawl
            self.logger.exception("extraction failed for %s", response.url)
            yield CrawlErrorItem(response.url, f"extraction failed: {type(error).__name__}: {error}")
            return
        if not article["title"] or not (article["body_text"] or article["images"]):
            yield CrawlErrorItem(response.url, "no article found in the page (run `archiver check`)")
            return
        own_url = self.site.to_live_url(response.url, self.base_url)
        problem = self.canonical_problem(article["url"], response.url)
        if problem:
            article["url"] = own_url
        yield ArticleItem(article, response.url, now_utc(), capture, self.validators(response), section, own_url, problem,
                          capture_error)  # fmt: skip
        if self.media:
            yield from self.media_requests(article)

    def canonical_problem(self, canonical: str, fetched_url: str) -> str | None:
        """Why the page's canonical link cannot be the article's URL (another host, not an article), if so."""
        crawl_url = self.site.to_crawl_url(canonical, self.base_url)
        if crawl_url == fetched_url:
            return None
        if not self.same_site(crawl_url):
            return f"canonical link {canonical} points to another site"
        if not self.site.is_article_url(crawl_url, self.base_url):
            return f"canonical link {canonical} is not an article page"
        return None

    def article_failed(self, failure):
        if isinstance(failure.value, ForbiddenByRobots):
            return  # skipped by design, counted in the summary
        yield CrawlErrorItem(failure.request.url, self.failure_reason(failure))

    # --- media (--media) --------------------------------------------------------------------
    def media_requests(self, article: dict):
        for url in [i["url"] for i in article["images"]] + [a["url"] for a in article["attachments"]]:
            url = self.site.to_crawl_url(url, self.base_url)
            if url in self.media_captured or not self.same_site(url):
                continue
            self.media_captured.add(url)
            yield scrapy.Request(url, callback=self.media_fetched, errback=self.media_failed, priority=-1,
                                 meta={"kind": "media"})  # fmt: skip

    def media_fetched(self, response):
        yield MediaItem(response.url, response.meta.get("capture"))

    def media_failed(self, failure):
        if not isinstance(failure.value, ForbiddenByRobots):
            yield CrawlErrorItem(failure.request.url, self.failure_reason(failure), kind="media")

    # --- 3. with --full, revalidate what the listing no longer shows --------------------------
    def spider_idle(self):
        if not self.full or self.revalidated_unlisted or not self.walk_started:
            return
        self.revalidated_unlisted = True
        unlisted = [k for k in self.plan.by_url.values() if k.crawl_url not in self.plan.scheduled]
        for known in unlisted:
            for request in self.article_requests(known.crawl_url, known):
                self.crawler.engine.crawl(request)
        if unlisted:
            raise DontCloseSpider
