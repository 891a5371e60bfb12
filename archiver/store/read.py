"""One read model of an article: the parts an article is read back with, each from the tables it
needs. `archiver export` (``Archive.export``) and the Datasette article page (``archiver.publish``)
both read an article through these parts, so the two never disagree on what an article holds.

A part names its tables so that the article page can leave out a part the reader may not see.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ARTICLE_COLUMNS = ("node_id", "url", "section", "title", "published_at", "modified_at", "lead", "body_text", "body_markdown")

CREDITS_SQL = """
SELECT credits.role, people.name AS person, organisations.name AS organisation,
       holders.name AS copyright_holder, credits.year, credits.license_id AS license,
       licenses.url AS license_url, credits.raw, credits.image_url, credits.source_kind
FROM credits
LEFT JOIN people ON people.id = credits.person_id
LEFT JOIN organisations ON organisations.id = credits.organisation_id
LEFT JOIN organisations AS holders ON holders.id = credits.copyright_holder_id
LEFT JOIN licenses ON licenses.id = credits.license_id
WHERE credits.article_id = ?
ORDER BY credits.position
"""


@dataclass(frozen=True)
class Part:
    name: str
    tables: tuple[str, ...]
    sql: str  # one parameter: the article's id
    shape: Callable[[dict], Any] = dict

    def read(self, rows) -> list:
        return [self.shape(dict(row)) for row in rows]


def _person(row: dict) -> dict:
    return {"name": row["name"], "role": row["role"], "forms": json.loads(row["forms"] or "[]")}


ARTICLE_PARTS = (
    Part("tags", ("article_tags", "tags"),
         "SELECT tags.name FROM article_tags JOIN tags ON tags.id = article_tags.tag_id WHERE article_id = ? ORDER BY article_tags.rowid",
         lambda row: row["name"]),
    Part("images", ("images",), "SELECT url, alt, caption, credit FROM images WHERE article_id = ? ORDER BY position"),
    Part("attachments", ("attachments",),
         "SELECT url, title, mime, size_bytes FROM attachments WHERE article_id = ? ORDER BY position"),
    Part("credits", ("credits", "people", "organisations", "licenses"), CREDITS_SQL),
    Part("people", ("mentions", "people"),
         "SELECT people.name, mentions.role, mentions.forms FROM mentions JOIN people ON people.id = mentions.person_id "
         "WHERE article_id = ? ORDER BY position", _person),
    Part("sections", ("article_sections",),
         "SELECT section FROM article_sections WHERE article_id = ? ORDER BY first_seen_at, section", lambda row: row["section"]),
    Part("revisions", ("article_revisions",),
         "SELECT fetched_at, content_hash, title, lead, body_text FROM article_revisions WHERE article_id = ? ORDER BY fetched_at DESC, id DESC"),
    Part("capture", ("captures",),
         "SELECT captures.* FROM captures JOIN articles ON articles.capture_id = captures.id WHERE articles.id = ?"),
)  # fmt: skip


def exported_article(row: dict, parts: dict[str, list]) -> dict:
    """An article in the shape of `archiver extract`, plus its archive history (`archiver export`)."""
    return {
        **{column: row[column] for column in ARTICLE_COLUMNS},
        **{name: parts[name] for name in ("tags", "images", "attachments", "credits", "people")},
        "status": "archived" if row["status"] == "active" else row["status"],
        "sections": parts["sections"],
        "first_seen_at": row["first_seen_at"],
        "last_seen_at": row["last_seen_at"],
        "revisions": len(parts["revisions"]),
    }
