"""URLs from crawled pages are data, never code: only http(s) URLs are kept or linked.

A page can put ``javascript:``, ``data:`` or ``vbscript:`` in any link it carries, hidden behind
mixed case, leading blanks, tabs inside the scheme or HTML entities. Browsers ignore blanks and
tabs, so the check drops them the same way, then keeps only what starts with an http(s) scheme and a
host: an entity-encoded colon leaves no scheme at all, so it is never linked as one. The extractor
calls it at ingest (resolving against the page's URL); the Datasette plugin calls it again on every
link it renders, so a row written into the database by hand cannot become a live link either.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

# Browsers drop leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
_STRIPPED_EDGES = "".join(chr(c) for c in range(0x21))
_DROPPED_INSIDE = re.compile(r"[\t\n\r]")
WEB_SCHEMES = ("http", "https")


def web_url(value: str | None, base: str | None = None) -> str | None:
    """``value`` as an absolute http(s) URL (resolved against ``base``), or None when it is not one."""
    if not isinstance(value, str):
        return None
    cleaned = _DROPPED_INSIDE.sub("", value).strip(_STRIPPED_EDGES)
    if not cleaned:
        return None
    if base is not None:
        try:
            cleaned = urljoin(base, cleaned)
        except ValueError:  # an unparsable netloc such as "http://[::1"
            return None
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return cleaned


class PageLinks:
    """The URLs one page carries, resolved against its address; those that are not http(s) are set aside.

    ``rejected`` keeps what was dropped (cut to 200 characters), so a crawl can count it.
    """

    def __init__(self, base: str):
        self.base = base
        self.rejected: list[str] = []

    def resolve(self, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        url = web_url(value, self.base)
        if url is None:
            self.rejected.append(value.strip()[:200])
        return url
