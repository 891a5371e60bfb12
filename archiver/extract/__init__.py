"""Page parsing: pure functions over HTML. No Scrapy, no database."""

from archiver.extract.article import extract_article

__all__ = ["extract_article"]
