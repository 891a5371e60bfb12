"""Sitemaps, read with Scrapy's own ``Sitemap`` (streaming, entities never resolved)."""

from __future__ import annotations

from datetime import tzinfo

from lxml import etree
from scrapy.utils.sitemap import Sitemap

from archiver.extract import dates


def read_sitemap(body: bytes, zone: tzinfo) -> tuple[dict[str, str | None], list[str]]:
    """A sitemap's ``<url>`` entries (``<loc>`` → ``<lastmod>``, ISO, local times read in the site's
    ``zone``), and the child sitemaps a sitemap index lists; nothing for a body that is no sitemap."""
    entries: dict[str, str | None] = {}
    children: list[str] = []
    try:
        sitemap = Sitemap(body)
        for entry in sitemap:
            if not entry.get("loc"):
                continue
            if sitemap.type == "sitemapindex":
                children.append(entry["loc"])
            elif sitemap.type == "urlset":
                entries[entry["loc"]] = dates.isoformat(dates.parse_iso_datetime(entry.get("lastmod"), zone))
    except (StopIteration, etree.XMLSyntaxError):  # empty, or not XML at all
        pass
    return entries, children
