"""An article's body as HTML that is safe to show: built from its Markdown, then sanitised.

markdown-it renders with raw HTML turned off, so markup in the text is shown, never run; nh3
(the ammonia sanitiser) then keeps only an allowlist of tags and attributes, as a second guard.
Done at ingest: whatever renders ``body_html`` later never sees a <script> or an onerror=.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False})
ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def body_html(markdown: str | None) -> str:
    if not markdown:
        return ""
    return nh3.clean(
        _MARKDOWN.render(markdown),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
