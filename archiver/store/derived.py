"""Columns the store derives from an article at ingest: search terms, facets, safe HTML."""

from __future__ import annotations

from archiver.safe_html import body_html
from archiver.search import search_terms


def names_in(article: dict) -> list[str]:
    """The people an article names and the people and organisations it credits, as stored: a search
    for a photographer finds the articles with their photos."""
    credited = [c.get(key) for c in article.get("credits", []) for key in ("person", "organisation", "copyright_holder")]
    return list(dict.fromkeys(name for name in [*(p.get("name") for p in article.get("people", [])), *credited] if name))


def derived_columns(article: dict) -> dict:
    published = article.get("published_at") or ""
    return {
        "search_text": search_terms(article.get("title"), article.get("lead"), article.get("body_text"), names=names_in(article)),
        "year": int(published[:4]) if published[:4].isdigit() else None,
        "month": published[:7] if len(published) >= 7 else None,
        "body_html": body_html(article.get("body_markdown")),
    }
