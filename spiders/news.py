"""The one spider Scrapy finds: ``scrapy crawl news -a section=NAME [-a site=NAME]`` crawls one
section of one site (the default site's first section without arguments)."""

from archiver.crawl.spider import SectionSpider


class NewsSpider(SectionSpider):
    name = "news"
