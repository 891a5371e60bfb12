"""What every Drupal 8+ site shares: the markup of its views and nodes, its pager, its node URLs.

A Drupal city's file (``archiver/sites/<city>.py``) starts from ``SELECTORS`` and puts its own
theme's selectors first with ``theme_first``.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from archiver.sites import Selectors

SELECTORS = Selectors(
    # Listing pages (Drupal Views)
    listing_teaser=(".view-content .views-row article.node--view-mode-teaser", ".view-content .views-row",
                    "article.node--view-mode-teaser", "article[data-history-node-id]"),
    teaser_link=("h2 a[href]", "h3 a[href]", "a[rel=bookmark][href]", "a.read-more[href]", "a[href]"),
    teaser_date=("time", ".field--name-created", ".date"),
    sticky_classes=frozenset({"node--sticky", "sticky", "is-sticky", "views-row--sticky"}),
    pager_next=("nav.pager a[rel=next]", ".pager__item--next a", ".pager-next a", "link[rel=next]"),
    pager_last=(".pager__item--last a", ".pager-last a"),
    # Article pages (a node in the "full" view mode)
    article_root=("article.node--type-article.node--view-mode-full", "article.node--view-mode-full", "article.node",
                  "main article", "[role=main] article", ".hentry"),  # a blog's entry (Blogger, older WordPress themes)
    article_markers=("article.node--type-article", "body.page-node-type-article", "meta[property='og:type'][content=article]"),
    title=("h1.page-title", ".node__title", ".entry-title", ".post-title", "[itemprop=headline]", "h1"),
    visible_date=(".node__meta .field--name-created", ".field--name-created", ".node__meta time", ".node__submitted",
                  "time[datetime]", ".date",
                  # other themes: schema.org and RDFa, WordPress, Joomla, Blogger and custom news themes
                  "[itemprop=datePublished]", "[property~='dc:date']", "abbr.published", ".entry-date", "dd.published",
                  ".published", ".post-date", ".news-date", ".art-date", ".article-date", ".date-header", ".data"),
    lead=(".field--name-field-lead", ".field--name-field-summary", ".node__lead", ".lead"),
    body=(".field--name-body", ".node__content .text-formatted", ".text-formatted", ".node__content"),
    main_image=(".field--name-field-image", ".node__image", ".field--name-field-main-image",
                # other themes: Drupal 7, Joomla 3 and 4, WordPress, news themes
                ".field-name-field-image", ".item-image", ".post-thumbnail", ".featured-image", ".news-photo", ".article-image"),
    gallery=(".field--name-field-gallery", ".field--name-field-images", ".gallery"),
    attachments=(".field--name-field-attachments", ".field--name-field-files", ".field--name-field-attachment", ".field--type-file",
                 # other themes: Drupal 7, Joomla's attachments extension, WordPress file blocks
                 ".field-name-field-attachments", ".field-type-file", ".attachmentsList", ".wp-block-file", ".zalaczniki"),
    tags=(".field--name-field-tags a", ".field--name-field-tags .field__item", ".tags a"),
    byline=(".field--name-field-author", ".node__submitted .field--name-uid", "[itemprop=author]", "a[rel=author]", ".byline",
            ".entry-author", ".author-name", ".post-author",
            # other themes: Drupal 10's Olivero, WordPress's Newspaper and block themes, Joomla, custom news and office CMSs
            ".node__author", ".td-post-author-name", ".post-byline", ".createdby", ".art-author", ".news-author", ".autor", ".author",
            ".node__submitted", ".submitted",  # Drupal 7-10's "Przesłane przez …" line
            # an author's name by its class, in a theme's author box or a React app's CSS module ("Byline_name__V3pLe")
            '[class*="author_name"]', '[class*="Byline_name"]', '[class*="byline__name"]'),
    breadcrumb=("nav.breadcrumb li", ".breadcrumb li", "[aria-label=breadcrumb] li"),
    not_content=("script", "style", "noscript", "form", "nav", ".node-links", ".links", ".share", ".social", ".print",
                 ".cookies-banner", ".field--name-field-gallery", ".field--name-field-image", ".field--name-field-attachments",
                 ".field--name-field-tags", ".node__meta", "h1"),
    node_id_attribute="data-history-node-id",
    meta_published=("article:published_time", "og:published_time", "dcterms.created", "date"),
    meta_modified=("article:modified_time", "og:updated_time", "dcterms.modified"),
)  # fmt: skip

NODE_PATH = re.compile(r"/node/(\d+)(?:$|[/?#])")
# Paths that are never articles on a Drupal site: print copies, search, users, files, themes.
NON_ARTICLE_PATH = (r"^/(?:[a-z]{2}/)?(?:print|search|user|admin|sites|themes|core|modules|rss\.xml)(?:/|$)"
                    r"|\.(?:pdf|jpe?g|png|gif|webp|docx?|xlsx?|zip|rtf|odt|ods|mp4|mp3)$")  # fmt: skip


def theme_first(base: Selectors, **theme: tuple[str, ...]) -> Selectors:
    """``base`` with a theme's own selectors tried before the shared ones, field by field."""
    unknown = set(theme) - {f.name for f in fields(Selectors)}
    if unknown:
        raise TypeError(f"no such selector fields: {sorted(unknown)}")
    return replace(base, **{name: tuple(dict.fromkeys((*values, *getattr(base, name)))) for name, values in theme.items()})


def page_number(url: str) -> int | None:
    """Which page of a view a pager link leads to (``?page=N``)."""
    values = parse_qs(urlsplit(url).query).get("page")
    return int(values[0]) if values and values[0].isdigit() else None


def page_url(listing_url: str, page: int) -> str:
    """Drupal's pager: page N of a view is ``?page=N`` (0-based), beside any exposed filters."""
    parts = urlsplit(listing_url)
    query = parse_qs(parts.query)
    query["page"] = [str(page)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, doseq=True), ""))
