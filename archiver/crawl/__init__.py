"""Crawling: the Scrapy pieces the spiders share (politeness, robots, the archive pipeline)."""
