"""Which site-profile selectors still find something on a page: the report of `archiver check`."""

from __future__ import annotations

from dataclasses import dataclass

from archiver.extract.article import parse_document, select
from archiver.extract.html import text_of
from archiver.sites import Selectors

LISTING_FIELDS = {"teaser": "listing_teaser", "pager next link": "pager_next", "pager last link": "pager_last"}
TEASER_FIELDS = {"teaser link": "teaser_link", "teaser date": "teaser_date"}
ARTICLE_FIELDS = {
    "article root": "article_root", "title": "title", "visible date": "visible_date", "lead": "lead", "body": "body",
    "main image": "main_image", "gallery": "gallery", "attachments": "attachments", "tags": "tags", "breadcrumb": "breadcrumb",
    "byline": "byline",
}  # fmt: skip
# Fields many articles lack: missing them on one page is not a sign of changed markup.
OPTIONAL = {"lead", "gallery", "attachments", "tags", "byline", "pager next link", "pager last link", "main image", "teaser date"}


@dataclass
class FieldReport:
    field: str
    selector: str | None  # the selector that matched, None when none did
    position: int | None  # 0 = the profile's first choice; more = a fallback
    sample: str
    optional: bool

    @property
    def status(self) -> str:
        if self.selector is None:
            return "missing (optional)" if self.optional else "MISSING"
        return "ok" if self.position == 0 else f"fallback #{self.position}"


def _report(scope, fields: dict[str, str], selectors: Selectors) -> list[FieldReport]:
    reports = []
    for name, field in fields.items():
        for position, css in enumerate(getattr(selectors, field)):
            found = select(scope, css)
            if found:
                sample = text_of(found[0])[:70] or (found[0].get("href") or found[0].get("src") or "")[:70]
                reports.append(FieldReport(name, css, position, sample, name in OPTIONAL))
                break
        else:
            reports.append(FieldReport(name, None, None, "", name in OPTIONAL))
    return reports


def listing_report(html: str | bytes, selectors: Selectors) -> list[FieldReport]:
    doc = parse_document(html)
    reports = _report(doc, LISTING_FIELDS, selectors)
    teaser = next((select(doc, css)[0] for css in selectors.listing_teaser if select(doc, css)), None)
    reports += _report(teaser if teaser is not None else doc, TEASER_FIELDS, selectors)
    return reports


def article_report(html: str | bytes, selectors: Selectors) -> list[FieldReport]:
    doc = parse_document(html)
    reports = _report(doc, ARTICLE_FIELDS, selectors)
    markers = any(select(doc, css) for css in selectors.article_markers)
    reports.append(FieldReport("article marker", "yes" if markers else None, 0, "", False))
    return reports
