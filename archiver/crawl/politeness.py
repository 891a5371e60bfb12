"""Pacing requests to a host: robots.txt Crawl-delay, Retry-After and backoff on failures.

Scrapy applies neither Crawl-delay nor Retry-After, and its slot delay is skipped entirely when
DOWNLOAD_DELAY is 0. This middleware keeps, per host, the earliest moment the next request may
start, and every request waits for it, so one 503 with Retry-After pauses the whole host.
"""

from __future__ import annotations

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


class PoliteRetryMiddleware(RetryMiddleware):
    """Retries 429/5xx/timeouts with backoff, honouring Retry-After, and applies Crawl-delay.

    A request to a paced host (one with a Crawl-delay, or paused by Retry-After/backoff) goes only
    when nothing else is in flight to it and the delay since the last request started has passed;
    the check is made again after every wait, so a stalled event loop never releases a burst.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("ARCHIVER_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("ARCHIVER_BACKOFF_MAX", 120.0)
        self.retry_after_max = settings.getfloat("ARCHIVER_RETRY_AFTER_MAX", 600.0)
        self.stuck_after = settings.getfloat("DOWNLOAD_TIMEOUT", 180.0) + 10
        self._not_before: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}
        self._last_start: dict[str, float] = {}
        self._in_flight: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        # Counted by signals, not in process_response: a middleware that turns a response into a
        # new request (redirects) ends the chain before this one sees it.
        crawler.signals.connect(middleware.download_started, signal=signals.request_reached_downloader)
        crawler.signals.connect(middleware.download_finished, signal=signals.request_left_downloader)
        return middleware

    def robots_parsed(self, robotparser, request) -> None:
        user_agent = self.crawler.settings.get("USER_AGENT")
        delay = robotparser.crawl_delay(user_agent) if hasattr(robotparser, "crawl_delay") else None
        if delay:
            host = urlparse_cached(request).netloc
            self._crawl_delay[host] = float(delay)
            logger.info("robots.txt of %s asks for a Crawl-delay of %g s: honouring it", host, delay)

    def _paced(self, host: str) -> bool:
        return host in self._crawl_delay or host in self._not_before

    async def process_request(self, request, spider=None):
        host = urlparse_cached(request).netloc
        announced = False
        waiting_since = time.monotonic()
        while self._paced(host):
            now = time.monotonic()
            ready_at = max(self._not_before.get(host, 0.0), self._last_start.get(host, 0.0) + self._crawl_delay.get(host, 0.0))
            busy = self._in_flight.get(host, 0) > 0 and now - waiting_since < self.stuck_after
            if now >= ready_at and not busy:
                break
            if not announced and ready_at - now >= 5:
                logger.info("pausing %.0f s before the next request to %s", ready_at - now, host)
                announced = True
            await asyncio.sleep(max(ready_at - now, 0.02))
        self._last_start[host] = time.monotonic()
        return None

    def download_started(self, request, spider=None) -> None:
        host = urlparse_cached(request).netloc
        self._in_flight[host] = self._in_flight.get(host, 0) + 1
        # The request may have waited for a downloader slot since process_request let it go: the
        # delay counts from when it really starts.
        self._last_start[host] = time.monotonic()

    def download_finished(self, request, spider=None) -> None:
        host = urlparse_cached(request).netloc
        self._in_flight[host] = max(0, self._in_flight.get(host, 0) - 1)

    def pause_host(self, request, seconds: float) -> None:
        host = urlparse_cached(request).netloc
        self._not_before[host] = max(self._not_before.get(host, 0.0), time.monotonic() + seconds)

    def _backoff(self, request) -> float:
        attempt = request.meta.get("retry_times", 0)
        return min(self.backoff_max, self.backoff_base * (2**attempt)) if self.backoff_base else 0.0

    def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            logger.warning(
                "%s asks to retry after %.0f s, more than ARCHIVER_RETRY_AFTER_MAX (%.0f s): "
                "leaving it for the next run", request.url, wait, self.retry_after_max,
            )  # fmt: skip
            return response
        retry = self.retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        self.pause_host(request, wait if wait is not None else self._backoff(request))
        return retry

    def process_exception(self, request, exception, spider=None):
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self.retry(request, exception)
        if retry is not None:
            self.pause_host(request, self._backoff(request))
        return retry

    def retry(self, request, reason):
        """The next try of ``request`` (Scrapy's public ``get_retry_request``), or None when given up."""
        return get_retry_request(
            request, spider=self.crawler.spider, reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level", self.give_up_log_level),
        )  # fmt: skip
