"""Scrapy settings: polite by default to a city's server.

`archiver crawl` overrides a few of these from its options (database, site root, delay).
"""

from archiver import __version__

BOT_NAME = "torun-news-archive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

ARCHIVE_DB = "archive.db"
ARCHIVER_SITE = ""  # a site of archiver/sites; empty: the default one
ARCHIVER_SECTION = ""  # one of its sections; empty: its first (the archive's core)
ARCHIVER_BASE_URL = ""  # where to crawl it (a mirror, the test site); empty: the live site
ARCHIVER_FULL = False
# Who runs this crawl: site operators read it in their logs. Set your own with --contact.
ARCHIVER_CONTACT = "https://github.com/torun-news-archive/archiver"
USER_AGENT = f"torun-news-archive/{__version__} (+{ARCHIVER_CONTACT})"

ROBOTSTXT_OBEY = True
# Cookies are never needed, and enabling them makes tldextract try to download a suffix list.
COOKIES_ENABLED = False
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# An article page is ~100 KB; anything past 10 MB is not an article.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

RETRY_ENABLED = True
RETRY_TIMES = 3
# The pipeline reports every page given up on, with its reason; Scrapy need not say it too.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
ARCHIVER_BACKOFF_BASE = 2.0  # seconds before the first retry; doubles each time
ARCHIVER_BACKOFF_MAX = 120.0
ARCHIVER_RETRY_AFTER_MAX = 600.0  # a longer Retry-After leaves the page for the next run

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "archiver.crawl.robots.StrictRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "archiver.crawl.politeness.PoliteRetryMiddleware": 550,
}
SPIDER_MIDDLEWARES = {
    # Neither is of use here (the walk's depth is the pager's, a Referer tells the city nothing),
    # and each runs for every request the spider yields.
    "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
}
ITEM_PIPELINES = {"archiver.crawl.pipeline.ArchivePipeline": 300}
EXTENSIONS = {"archiver.crawl.warc.WarcWriterExtension": 100, "archiver.crawl.jobdir.FinishedJobdir": 0,
              "archiver.crawl.memory.ArchiveMemory": 200, "archiver.crawl.progress.CrawlProgress": 500}
ARCHIVER_PROGRESS = "text"  # or "json" (one object a line) or "quiet" (nothing unless the run is not complete)
# Where the raw responses go, one WARC file per run; empty means "warc/" beside ARCHIVE_DB.
ARCHIVER_WARC_DIR = ""
ARCHIVER_KEEP_WARC = True
ARCHIVER_MEDIA = False

# Scrapy re-reads each callback's source (inspect + ast) on every response to lint for
# `return` in generators; the spider's callbacks have none, and it cost ~3 ms a page.
WARN_ON_GENERATOR_RETURN_VALUE = False

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
