"""What the archive remembers of earlier runs, handed to the spider before it starts: the articles
it holds (with the validators for conditional requests), the pages that failed, where the last walk
of the section stopped, the media already captured.

An extension, so that the spider never opens the database: it is told, at ``spider_opened`` (after
the pipeline has opened this run's walk, before the spider's ``start()`` is read), and decides from
that alone. A spider run without it (a test calling its callbacks) starts from an empty memory.
"""

from __future__ import annotations

from scrapy import signals

from archiver.crawl.plan import CrawlMemory
from archiver.store import Archive


def read_memory(db_path: str, section: str) -> CrawlMemory:
    archive = Archive(db_path)
    try:
        walk = archive.walk_state(section) or {}
        return CrawlMemory(known_articles=list(archive.known_articles()), failed_urls=archive.unresolved_errors("article"),
                           must_pass_page=walk.get("must_pass_page", -1), last_page=walk.get("last_page"),
                           media_captured=archive.captured_urls("media"))  # fmt: skip
    finally:
        archive.close()


class ArchiveMemory:
    def __init__(self, crawler):
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        return extension

    def spider_opened(self, spider):
        spider.remember(read_memory(self.db_path, spider.section))
