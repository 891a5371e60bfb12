"""The Scrapy spiders (``SPIDER_MODULES = ["spiders"]``): thin, they only decide what to fetch."""
