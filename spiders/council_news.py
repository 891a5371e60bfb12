"""The council news of www.torun.pl: walk the listing to its last page and fetch every article.

Which URLs, in what order, when to stop: nothing else. Parsing is ``archiver.extract``'s job and
storing the pipeline's.
"""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from archiver.crawl.items import ArticleItem, CrawlErrorItem, ListingPageItem
from archiver.extract import extract_article
from archiver.extract.listing import parse_listing, parse_sitemap
from archiver.site import torun as profile

HTML_TYPES = (b"text/html", b"application/xhtml+xml")


def failure_reason(failure) -> str:
    error = failure.value
    if isinstance(error, HttpError):
        response = error.response
        return f"HTTP {response.status}" + (" after retries" if response.status >= 500 or response.status == 429 else "")
    return f"{type(error).__name__}: {error}".rstrip(": ")


def with_page(url: str, page: int) -> str:
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    query["page"] = [str(page)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, doseq=True), ""))


class CouncilNewsSpider(scrapy.Spider):
    name = "council_news"

    def __init__(self, base_url: str | None = None, full: bool | str = False, **kwargs):
        super().__init__(**kwargs)
        self.base_url = (base_url or profile.LIVE_ORIGIN).rstrip("/")
        self.full = str(full).lower() in ("1", "true", "yes")
        self.sitemaps: list[str] = []
        self.requested: set[str] = set()
        self.sitemap_lastmod: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        kwargs.setdefault("base_url", crawler.settings.get("ARCHIVER_BASE_URL"))
        kwargs.setdefault("full", crawler.settings.getbool("ARCHIVER_FULL"))
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        return spider

    def robots_parsed(self, robotparser, request) -> None:
        sitemaps = getattr(getattr(robotparser, "rp", None), "sitemaps", None) or []
        self.sitemaps = [profile.to_crawl_url(url, self.base_url) for url in sitemaps]

    async def start(self):
        yield self.listing_request(profile.council_news_url(self.base_url), 0)

    def listing_request(self, url: str, page: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_listing, errback=self.listing_failed, cb_kwargs={"page": page})

    def parse_listing(self, response, page: int):
        listing = parse_listing(response.body, response.url)
        articles = []
        for teaser in listing.teasers:
            url = profile.to_crawl_url(teaser.url, self.base_url)
            if profile.is_article_url(url, self.base_url) and url not in self.requested:
                self.requested.add(url)
                articles.append(url)
        yield ListingPageItem(response.url, page, len(listing.teasers), listing.last_page, articles)
        if page == 0:
            for sitemap in self.sitemaps or [profile.sitemap_url(self.base_url)]:
                # A site without a sitemap answers 404: that is an answer, not an error.
                yield scrapy.Request(sitemap, callback=self.parse_sitemap, errback=self.sitemap_failed,
                                     meta={"handle_httpstatus_list": [404, 410]}, priority=-1)  # fmt: skip
        for url in articles:
            yield scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, priority=1)
        if listing.next_url:
            yield self.listing_request(listing.next_url, page + 1)

    def listing_failed(self, failure):
        request = failure.request
        yield CrawlErrorItem(request.url, failure_reason(failure), kind="listing")
        # Walk on past a broken listing page: the next one is just the next ?page=N.
        page = request.cb_kwargs["page"]
        if page == 0 or isinstance(failure.value, IgnoreRequest):
            return
        yield self.listing_request(with_page(request.url, page + 1), page + 1)

    def parse_sitemap(self, response):
        if response.status != 200:
            return
        for loc, lastmod in parse_sitemap(response.body).items():
            self.sitemap_lastmod[profile.to_crawl_url(loc, self.base_url)] = lastmod

    def sitemap_failed(self, failure):
        yield CrawlErrorItem(failure.request.url, failure_reason(failure), kind="sitemap")

    def parse_article(self, response):
        content_type = response.headers.get("Content-Type", b"").split(b";")[0].strip().lower()
        if content_type and content_type not in HTML_TYPES:
            yield CrawlErrorItem(response.url, f"not an HTML page ({content_type.decode('latin-1')})")
            return
        try:
            article = extract_article(response.body, response.url)
        except Exception as error:  # a broken page must never stop the crawl
            self.logger.exception("extraction failed for %s", response.url)
            yield CrawlErrorItem(response.url, f"extraction failed: {type(error).__name__}: {error}")
            return
        if not article["title"] or not (article["body_text"] or article["images"]):
            yield CrawlErrorItem(response.url, "no article found in the page (run `archiver check`)")
            return
        fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        yield ArticleItem(article, response.url, fetched_at)

    def article_failed(self, failure):
        if isinstance(failure.value, IgnoreRequest) and "robots" in str(failure.value):
            return  # disallowed by robots.txt: skipped by design, counted in the summary
        yield CrawlErrorItem(failure.request.url, failure_reason(failure))
