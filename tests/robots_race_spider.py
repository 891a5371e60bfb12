"""A spider that queues many requests at once, before robots.txt has downloaded.

Used by tests/test_crawl.py to prove no disallowed URL is ever requested; the site root comes
from the ARCHIVER_BASE_URL setting.
"""

import scrapy


class RobotsRaceSpider(scrapy.Spider):
    name = "robots_race"

    async def start(self):
        base = self.settings.get("ARCHIVER_BASE_URL")
        for number in range(12):
            # Every request queued behind the first waits for robots.txt; all but the last are disallowed.
            folder = "publiczne" if number in (0, 11) else "prywatne"
            yield scrapy.Request(f"{base}/pl/{folder}/{number}", callback=self.parse, dont_filter=True)

    def parse(self, response):
        return None
