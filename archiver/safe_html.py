"""An article's body as HTML that is safe to show: built from its Markdown, then sanitised.

markdown-it renders with raw HTML turned off, so markup in the text is shown, never run; nh3
(the ammonia sanitiser) then keeps only an allowlist of tags and attributes, and links only to
http(s) URLs, as a second guard. Done at ingest, and again on every page that shows
``body_html``: a row written into the database by hand is cleaned the same way.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False})
ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def body_html(markdown: str | None) -> str:
    return clean_body_html(_MARKDOWN.render(markdown)) if markdown else ""


def clean_body_html(html: str | None) -> str:
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )
