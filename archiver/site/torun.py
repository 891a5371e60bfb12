"""The site profile of www.torun.pl: every URL rule and selector the archiver relies on.

When the live markup changes, this is the one file to edit: `archiver check` fetches a live
listing and article and reports which of these selectors still find something.

Each field has a list of CSS selectors tried in order; the first that matches wins. The first
entry is the markup reconstructed in the site model (Drupal 8+, theme "torun"); later entries are
what Drupal core themes and other themes commonly emit. Meta tags, JSON-LD and a generic
trafilatura extraction are the last resort, applied in ``archiver.extract.article``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

LIVE_ORIGIN = "https://www.torun.pl"
LIVE_HOSTS = frozenset({"www.torun.pl", "torun.pl"})
TIMEZONE = "Europe/Warsaw"
SITE_NAME = "www.torun.pl"

COUNCIL_NEWS_PATH = "/pl/rada-miasta/aktualnosci"
COUNCIL_NEWS_SECTION = "rada-miasta"
SITEMAP_PATH = "/sitemap.xml"

# Drupal page titles end with the site name: "Title | www.torun.pl".
TITLE_SUFFIX = re.compile(r"\s*[|–-]\s*(www\.)?torun\.pl\s*$", re.IGNORECASE)

# --- listing pages (Drupal Views) -------------------------------------------------------------
LISTING_TEASER = [
    ".view-content .views-row article.node--view-mode-teaser",
    ".view-content .views-row",
    "article.node--view-mode-teaser",
    "article[data-history-node-id]",
]
TEASER_LINK = [
    ".teaser__title a[href]",
    "h2 a[href]",
    "h3 a[href]",
    "a[rel=bookmark][href]",
    "a.read-more[href]",
    "a[href]",
]
TEASER_DATE = [".teaser__date", "time", ".field--name-created", ".date"]
# Drupal marks pinned nodes with this class; they come first on page 0 whatever their date.
STICKY_CLASSES = frozenset({"node--sticky", "sticky", "is-sticky", "views-row--sticky"})
PAGER_NEXT = [
    "nav.pager a[rel=next]",
    ".pager__item--next a",
    ".pager-next a",
    "link[rel=next]",
]
PAGER_LAST = [".pager__item--last a", ".pager-last a"]

# --- article pages ----------------------------------------------------------------------------
ARTICLE_ROOT = [
    "article.node--type-article.node--view-mode-full",
    "article.node--view-mode-full",
    "article.node",
    "main article",
    "[role=main] article",
]
# Only a page with one of these is an article (a listing or a plain page is not).
ARTICLE_MARKERS = [
    "article.node--type-article",
    "body.page-node-type-article",
    "meta[property='og:type'][content=article]",
]
TITLE = ["h1.page-title", ".node__title", "h1"]
VISIBLE_DATE = [
    ".node__meta .field--name-created",
    ".field--name-created",
    ".node__meta time",
    ".node__submitted",
    "time[datetime]",
    ".date",
]
LEAD = [".field--name-field-lead", ".field--name-field-summary", ".node__lead", ".lead"]
BODY = [
    ".field--name-body",
    ".node__content .text-formatted",
    ".text-formatted",
    ".node__content",
]
MAIN_IMAGE = [".field--name-field-image", ".node__image", ".field--name-field-main-image"]
GALLERY = [".field--name-field-gallery", ".field--name-field-images", ".gallery"]
ATTACHMENTS = [
    ".field--name-field-attachments",
    ".field--name-field-files",
    ".field--name-field-attachment",
    ".field--type-file",
]
TAGS = [".field--name-field-tags a", ".field--name-field-tags .field__item", ".tags a"]
BREADCRUMB = ["nav.breadcrumb li", ".breadcrumb li", "[aria-label=breadcrumb] li"]
NODE_ID_ATTRIBUTE = "data-history-node-id"
# The markup that never belongs to an article's text, wherever a fallback body selector lands.
NOT_CONTENT = [
    "script",
    "style",
    "noscript",
    "form",
    "nav",
    ".node-links",
    ".links",
    ".share",
    ".social",
    ".print",
    ".cookies-banner",
    ".field--name-field-gallery",
    ".field--name-field-image",
    ".field--name-field-attachments",
    ".field--name-field-tags",
    ".node__meta",
    "h1",
]

META_PUBLISHED = ["article:published_time", "og:published_time", "dcterms.created", "date"]
META_MODIFIED = ["article:modified_time", "og:updated_time", "dcterms.modified"]

# --- URLs -------------------------------------------------------------------------------------
NODE_PATH = re.compile(r"/node/(\d+)(?:$|[/?#])")
# Paths that are never articles: robots-disallowed areas, files, users, listings.
NON_ARTICLE_PATH = re.compile(
    r"^/(?:[a-z]{2}/)?(?:print|search|user|admin|sites|themes|core|modules|rss\.xml|"
    r"galerie-zdjec|rada-miasta/(?:aktualnosci|sklad-rady|sesje)/?$)"
    r"|\.(?:pdf|jpe?g|png|gif|webp|docx?|xlsx?|zip|rtf|odt|ods|mp4|mp3)$",
    re.IGNORECASE,
)


def council_news_url(base_url: str) -> str:
    return urljoin(base_url.rstrip("/") + "/", COUNCIL_NEWS_PATH.lstrip("/"))


def sitemap_url(base_url: str) -> str:
    return urljoin(base_url.rstrip("/") + "/", SITEMAP_PATH.lstrip("/"))


def to_crawl_url(url: str, base_url: str) -> str:
    """Map a URL the site names (canonical, sitemap, robots) onto the origin being crawled.

    The live site writes absolute ``https://www.torun.pl/...`` links even when a mirror or the
    test site serves the pages, so those are rewritten to ``base_url``'s origin.
    """
    parts = urlsplit(url)
    if parts.hostname not in LIVE_HOSTS:
        return url
    base = urlsplit(base_url)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def to_live_url(url: str, base_url: str) -> str:
    """The inverse of ``to_crawl_url``: a URL of the crawled origin as the live site names it."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if parts.netloc != base.netloc or base.hostname in LIVE_HOSTS:
        return url
    live = urlsplit(LIVE_ORIGIN)
    return urlunsplit((live.scheme, live.netloc, parts.path, parts.query, parts.fragment))


def is_article_url(url: str, base_url: str) -> bool:
    """Whether a link can be an article page of the crawled site (same host, not a file/print)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    if parts.netloc != urlsplit(base_url).netloc:
        return False
    path = parts.path or "/"
    if path.count("/") < 2 and not NODE_PATH.search(path):
        return False  # "/pl" or "/" is a home page, not an article
    return not NON_ARTICLE_PATH.search(path)


def node_id_from_url(url: str | None) -> int | None:
    match = NODE_PATH.search(url or "")
    return int(match.group(1)) if match else None


def clean_title(title: str) -> str:
    return TITLE_SUFFIX.sub("", title).strip()

# --- names the site abbreviates in credit lines -------------------------------------------------
ORGANISATION_ABBREVIATIONS = {
    "UMT": "Urząd Miasta Torunia",
    "UM Toruń": "Urząd Miasta Torunia",
    "UM w Toruniu": "Urząd Miasta Torunia",
}
