"""Which site-profile selectors still find something on a page: the report of `archiver check`."""

from __future__ import annotations

from dataclasses import dataclass

from archiver.extract.article import parse_document, select
from archiver.extract.html import text_of
from archiver.site import torun as profile

LISTING_FIELDS = {
    "teaser": profile.LISTING_TEASER,
    "pager next link": profile.PAGER_NEXT,
    "pager last link": profile.PAGER_LAST,
}
TEASER_FIELDS = {"teaser link": profile.TEASER_LINK, "teaser date": profile.TEASER_DATE}
ARTICLE_FIELDS = {
    "article root": profile.ARTICLE_ROOT,
    "title": profile.TITLE,
    "visible date": profile.VISIBLE_DATE,
    "lead": profile.LEAD,
    "body": profile.BODY,
    "main image": profile.MAIN_IMAGE,
    "gallery": profile.GALLERY,
    "attachments": profile.ATTACHMENTS,
    "tags": profile.TAGS,
    "breadcrumb": profile.BREADCRUMB,
}
# Fields many articles lack: missing them on one page is not a sign of changed markup.
OPTIONAL = {"lead", "gallery", "attachments", "tags", "pager next link", "pager last link", "main image", "teaser date"}


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


def _report(scope, fields: dict[str, list[str]]) -> list[FieldReport]:
    reports = []
    for name, selectors in fields.items():
        for position, css in enumerate(selectors):
            found = select(scope, css)
            if found:
                sample = text_of(found[0])[:70] or (found[0].get("href") or found[0].get("src") or "")[:70]
                reports.append(FieldReport(name, css, position, sample, name in OPTIONAL))
                break
        else:
            reports.append(FieldReport(name, None, None, "", name in OPTIONAL))
    return reports


def listing_report(html: str | bytes) -> list[FieldReport]:
    doc = parse_document(html)
    reports = _report(doc, LISTING_FIELDS)
    teaser = next((select(doc, css)[0] for css in profile.LISTING_TEASER if select(doc, css)), None)
    reports += _report(teaser if teaser is not None else doc, TEASER_FIELDS)
    return reports


def article_report(html: str | bytes) -> list[FieldReport]:
    doc = parse_document(html)
    reports = _report(doc, ARTICLE_FIELDS)
    markers = any(select(doc, css) for css in profile.ARTICLE_MARKERS)
    reports.append(FieldReport("article marker", "yes" if markers else None, 0, "", False))
    return reports
