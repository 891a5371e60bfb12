"""robots.txt obeyed for every request, including those queued while it downloads.

Scrapy 2.19's RobotsTxtMiddleware hands every waiter the same Deferred; each waiter's callback
returns None into the chain, so every waiter after the first is told "no parser" and allowed
through. Here each waiter gets a Deferred of its own.

When robots.txt cannot be read (5xx, network failure), the site has not said what is allowed:
RFC 9309 says to assume everything is disallowed, and so do we, with one clear log line.
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, TextResponse
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class ForbiddenByRobots(IgnoreRequest):
    """A request robots.txt disallows: skipped by design, not a failure of the page."""


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    def process_request_2(self, rp, request: Request) -> None:
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest as refused:
            raise ForbiddenByRobots(str(refused)) from None

    async def robot_parser(self, request):
        url = urlparse_cached(request)
        netloc = url.netloc
        known = self._parsers.get(netloc)
        if isinstance(known, Deferred):
            mine: Deferred = Deferred()

            def pass_on(result):
                mine.callback(result)
                return result  # keep the parser in the chain for the next waiter

            known.addBoth(pass_on)
            return await maybe_deferred_to_future(mine)
        if netloc in self._parsers:
            return known

        self._parsers[netloc] = Deferred()
        robots_url = f"{url.scheme}://{netloc}/robots.txt"
        robots_request = Request(robots_url, priority=self.DOWNLOAD_PRIORITY, meta={"dont_obey_robotstxt": True},
                                 callback=NO_CALLBACK)  # fmt: skip
        self._stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(robots_request)
        except IgnoreRequest:
            response = None
        except Exception as error:  # network failure after retries
            logger.error("robots.txt of %s could not be fetched (%s): nothing will be fetched from it this run",
                         netloc, error)  # fmt: skip
            self._stats.inc_value("robotstxt/unavailable")
            response = TextResponse(robots_url, status=503, body=DISALLOW_ALL, encoding="utf-8")
        if response is None:
            self._robots_error(IgnoreRequest(), netloc)
        else:
            if response.status >= 500:
                if not self._stats.get_value("robotstxt/unavailable"):
                    logger.error("robots.txt of %s answered HTTP %s: treating every URL as disallowed",
                                 netloc, response.status)  # fmt: skip
                    self._stats.inc_value("robotstxt/unavailable")
                response = response.replace(body=DISALLOW_ALL)
            await self._parse_robots(response, netloc, request)
        return self._parsers[netloc]
