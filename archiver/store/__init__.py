"""Storage: the article dict → normalised rows in SQLite, through sqlite-utils only.

Every article is written in one transaction, so a crawl killed at any moment leaves either the
old or the new version of an article, never half of one.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from archiver.extract.morphology import is_first_name
from archiver.store.derived import derived_columns
from archiver.store.read import ARTICLE_COLUMNS, ARTICLE_PARTS, exported_article
from archiver.store.schema import (SCHEMA_VERSION, free_search_key, migrate, person_search_text, publication_second,
                                   search_key_second)


INITIAL_NAME = re.compile(r"([A-ZĄĆĘŁŃÓŚŹŻ])\. (\S+)")
DASH_IN_NAME = re.compile(r"\s*[–—-]\s*")  # "Walczak–Caban", "Walczak - Caban", "Walczak-Caban"


def _double_surname_key(name: str) -> str:
    """ "Anna Walczak–Caban", "Anna Walczak - Caban", "Anna Walczak Caban": one key for the first name and the surnames."""
    first, _, surnames = name.partition(" ")
    return f"{first} {DASH_IN_NAME.sub('-', surnames).replace(' ', '-')}"


class ArchiveError(Exception):
    """The archive database cannot be used (unreadable, not SQLite, newer schema)."""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# What the extractor reports about a page rather than its content: never stored, never hashed.
EXTRACTION_NOTES = ("rejected_urls",)


def content_hash(article: dict) -> str:
    """A fingerprint of everything extracted, so any visible change makes a new revision."""
    content = {key: value for key, value in article.items() if key not in EXTRACTION_NOTES}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def open_database(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """The archive at ``path``, its schema brought up to date.

    Nothing is written into a file that is not an archive already (a 0-byte file only when
    ``create``, as `archiver crawl` starts one), nor into an archive of a newer schema: both are
    refused before anything is changed, journal mode included.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise ArchiveError(f"no archive at {path}: run `archiver crawl --db {path}` first")
    if not path.exists() and not path.parent.is_dir():
        raise ArchiveError(f"cannot create {path}: folder {path.parent} does not exist")
    # Two crawls starting together must not both create or migrate the schema, nor one read the
    # file while the other is halfway through creating it.
    with schema_lock(path):
        if path.exists():
            inspect_existing(path, create=create)
        return _open_and_migrate(path)


def _open_and_migrate(path: Path) -> sqlite_utils.Database:
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        migrate(db)
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"cannot use {path} as an archive: {error}") from error
    except RuntimeError as error:
        raise ArchiveError(str(error)) from error
    return db


# Crawls of different sections write one archive at once: a writer waits this long for another's
# transaction (each is one article: milliseconds) before the write counts as failed.
BUSY_TIMEOUT_MS = 30_000


@contextmanager
def schema_lock(path: Path):
    """An exclusive flock beside the database while its schema is created or migrated."""
    try:
        handle = open(f"{path}.schema.lock", "a")
    except OSError:  # a read-only folder: nothing can be created or migrated there anyway
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def inspect_existing(path: Path, *, create: bool) -> None:
    """Refuse, read-only, a file that is not an archive this archiver can open."""
    if not path.is_file():
        raise ArchiveError(f"{path} is not a file")
    if path.stat().st_size == 0:
        if create:
            return
        raise ArchiveError(f"{path} is empty, not an archive: run `archiver crawl --db {path}` first")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path} is not an archive ({error})") from error
    if version > SCHEMA_VERSION:
        raise ArchiveError(f"{path} has schema version {version}, newer than this archiver knows ({SCHEMA_VERSION}): "
                           "upgrade the archiver; nothing was changed")  # fmt: skip
    if version == 0 and tables:
        raise ArchiveError(f"{path} is a SQLite database of something else, not an archive: nothing was changed")
    if not create and "articles" not in tables:
        raise ArchiveError(f"{path} is not an archive (no articles table): run `archiver crawl --db {path}` first")


class Archive:
    """The archive database: articles with their credits, people, images… and the crawl log."""

    def __init__(self, path: str | Path, *, create: bool = True, short_names: Mapping[str, str] | None = None):
        """``short_names``: an organisation's full name → the short form the site's credit lines
        use, kept beside it (a ``Site``'s ``short_names``)."""
        self.path = Path(path)
        self.short_names = short_names or {}
        self.db = open_database(self.path, create=create)
        self._ids: dict[tuple[str, str], int | str] = {}

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def writing(self):
        """One write transaction, taking the write lock at its start (BEGIN IMMEDIATE).

        A deferred transaction that reads, then writes, fails at once when another process wrote
        in between (SQLite cannot wait there without a deadlock); an immediate one waits its turn.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:  # an error may have ended it already
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def fold_wal(self) -> bool:
        """Move every change out of the write-ahead log into the database file; True when done.

        A file served immutable is read without its WAL: changes still in the log (left there
        while another connection was open) would be invisible, and pages half-updated.
        """
        busy, _, _ = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0

    # --- crawl runs ---------------------------------------------------------------------------
    def start_run(self, base_url: str, *, full: bool) -> int:
        with self.writing():
            # A run still 'running' was killed: nothing of it is lost, but it did not finish.
            self.db.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
            table = self.db["crawl_runs"].insert(
                {"started_at": utc_now(), "status": "running", "base_url": base_url, "full": int(full),
                 "mode": "full" if full else "incremental"}
            )  # fmt: skip
        return table.last_pk

    def finish_run(self, run_id: int, *, status: str, reason: str | None = None, counts: dict) -> None:
        """Close a run with its status, why it ended so, and its counts (and ``warc_file``)."""
        started = self.db["crawl_runs"].get(run_id)["started_at"]
        finished = utc_now()
        duration = (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()
        with self.writing():
            self.db["crawl_runs"].update(
                run_id, {"finished_at": finished, "status": status, "reason": reason, "duration_seconds": duration, **counts}
            )

    # --- listing walks ------------------------------------------------------------------------
    def begin_walk(self, section: str, run_id: int) -> dict:
        """Start a walk of a section's listing; returns its state, with ``must_pass_page``.

        After a walk that did not finish (killed, interrupted, failed, a listing page that failed),
        the new walk must go past the furthest page that walk reached before its early-stop rule
        applies; an unfinished walk carries that page on, however many runs it takes.
        """
        previous = self.walk_state(section)
        must_pass = -1
        if previous and previous["finished"] is None:  # never closed: the run was killed mid-walk
            must_pass = max(previous["must_pass_page"], previous["reached_page"])
        elif previous and not previous["finished"]:  # closed unfinished: the page to pass is known
            must_pass = previous["must_pass_page"]
        # ``finished`` stays NULL while the walk runs: a walk found so by the next run never ended.
        state = {"section": section, "run_id": run_id, "started_at": utc_now(), "updated_at": utc_now(), "reached_page": -1,
                 "last_page": previous["last_page"] if previous else None, "must_pass_page": must_pass, "finished": None}  # fmt: skip
        with self.writing():
            self.db["listing_walks"].upsert(state, pk="section")
        return state

    def walk_state(self, section: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM listing_walks WHERE section = ?", [section]))
        return rows[0] if rows else None

    def walk_reached(self, section: str, page: int, last_page: int | None) -> None:
        with self.writing():
            self.db.execute(
                "UPDATE listing_walks SET reached_page = max(reached_page, ?), last_page = coalesce(?, last_page), updated_at = ? "
                "WHERE section = ?", [page, last_page, utc_now(), section])  # fmt: skip

    def end_walk(self, section: str, *, ended: bool, failed_pages: list[int]) -> None:
        """Close a walk: ``ended`` when it reached the last page or its early-stop rule (which
        applies only past the page an earlier walk left unfinished), ``failed_pages`` the listing
        pages that could not be read. The next walk must go past the furthest page left unread."""
        failed = max(failed_pages, default=-1)
        with self.writing():
            if ended:
                self.db.execute("UPDATE listing_walks SET finished = ?, must_pass_page = ?, updated_at = ? WHERE section = ?",
                                [int(failed < 0), failed, utc_now(), section])  # fmt: skip
            else:
                self.db.execute("UPDATE listing_walks SET finished = 0, must_pass_page = max(must_pass_page, reached_page, ?), "
                                "updated_at = ? WHERE section = ?", [failed, utc_now(), section])  # fmt: skip

    def record_error(self, run_id: int | None, url: str, reason: str, kind: str = "article", *, resolved: bool = False) -> None:
        """A page that failed (retried next run), or with ``resolved`` an anomaly only noted (a canonical link ignored)."""
        at = utc_now()
        with self.writing():
            self.db["crawl_errors"].insert(
                {"run_id": run_id, "url": url, "kind": kind, "reason": reason, "occurred_at": at, "resolved_at": at if resolved else None}
            )

    def resolve_errors(self, url: str) -> None:
        """A page that failed before has now been read (a listing page, a sitemap)."""
        with self.writing():
            self._resolve_errors(url, utc_now())

    def unresolved_errors(self, kind: str = "article") -> set[str]:
        """URLs whose last fetch failed and that no later fetch has brought in: fetched again next run."""
        rows = self.db.execute("SELECT DISTINCT url FROM crawl_errors WHERE resolved_at IS NULL AND kind = ?", [kind])
        return {row[0] for row in rows}

    def _resolve_errors(self, url: str | None, at: str) -> None:
        if url:
            self.db.execute("UPDATE crawl_errors SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL", [at, url])

    def save_capture(self, run_id: int | None, url: str, kind: str, capture: dict) -> int:
        """Where a response is kept in the WARC files (file, offset), for evidence and reparse."""
        with self.writing():
            return self.db["captures"].insert({"run_id": run_id, "url": url, "kind": kind, **capture}).last_pk

    def captured_urls(self, kind: str) -> set[str]:
        rows = self.db.execute("SELECT DISTINCT url FROM captures WHERE kind = ? AND status = 200", [kind])
        return {row[0] for row in rows}

    def latest_article_captures(self) -> Iterator[dict]:
        """For each article, the capture its stored version was extracted from (the latest full page)."""
        yield from self.db.query("SELECT captures.* FROM articles JOIN captures ON captures.id = articles.capture_id ORDER BY articles.id")

    def known_articles(self) -> Iterator[dict]:
        """What the crawl needs to know of each archived article to decide whether to fetch it again."""
        yield from self.db.query(
            "SELECT node_id, url, fetched_url, title, sitemap_lastmod, last_fetched_at, etag, http_last_modified "
            "FROM articles WHERE status = 'active'"
        )

    # --- articles -----------------------------------------------------------------------------
    def find_article_id(self, article: dict, fetched_url: str | None = None) -> int | None:
        """The stored article this one is: by its node id, else by the URL it was fetched from.

        Never by the canonical URL a page declares: pages that all declared one canonical URL
        would be merged into one article.
        """
        node_id = article.get("node_id")
        if node_id is not None:
            row = self.db.execute("SELECT id FROM articles WHERE node_id = ?", [node_id]).fetchone()
            if row:
                return row[0]
        # Without a node id, or stored before its node id was known: by the URL it came from.
        key = fetched_url or article.get("url")
        if not key:
            return None
        same_page = "fetched_url = ? OR url = ?" if node_id is None else "node_id IS NULL AND (fetched_url = ? OR url = ?)"
        row = self.db.execute(f"SELECT id FROM articles WHERE {same_page}", [key, key]).fetchone()
        return row[0] if row else None

    def url_holder(self, url: str) -> dict | None:
        """The stored article that has ``url`` as its URL, if any (its id and node id)."""
        rows = list(self.db.query("SELECT id, node_id, fetched_url FROM articles WHERE url = ?", [url]))
        return rows[0] if rows else None

    def add_to_section(self, section: str, listed: list[tuple[str, int | None]], at: str | None = None) -> None:
        """Record that the archived articles among ``listed`` ((URL fetched from, node id) pairs) are
        listed in ``section``; those not archived yet join it as they are stored."""
        at = at or utc_now()
        with self.writing():
            for fetched_url, node_id in listed:
                row = self.db.execute("SELECT id FROM articles WHERE node_id = ?", [node_id]).fetchone() if node_id is not None else None
                row = row or self.db.execute("SELECT id FROM articles WHERE fetched_url = ? OR url = ?", [fetched_url, fetched_url]).fetchone()
                if row:
                    self._join_section(row[0], section, at)

    def _join_section(self, article_id: int, section: str, at: str, *, in_row: bool = False) -> None:
        """``in_row``: the article's row was just written with its sections (an update of the row
        re-indexes its full text, so it is not written twice)."""
        if self.db.execute("SELECT 1 FROM article_sections WHERE article_id = ? AND section = ?", [article_id, section]).fetchone():
            return
        self.db["article_sections"].insert({"article_id": article_id, "section": section, "first_seen_at": at})
        if not in_row:
            sections = [r[0] for r in self.db.execute(
                "SELECT section FROM article_sections WHERE article_id = ? ORDER BY first_seen_at, section", [article_id])]  # fmt: skip
            self.db["articles"].update(article_id, {"sections": json.dumps(sections, ensure_ascii=False)})

    def save_article(
        self,
        article: dict,
        *,
        fetched_url: str | None = None,
        fetched_at: str | None = None,
        capture_id: int | None = None,
        validators: dict | None = None,
        section: str | None = None,
    ) -> str:
        """Store one extracted article; returns 'new', 'changed' or 'unchanged'.

        ``validators`` holds what the next fetch sends back to the site (``etag``,
        ``http_last_modified``) and the sitemap's ``sitemap_lastmod`` for this version;
        ``section`` the site's section whose listing led to it, if one did.
        """
        fetched_at = fetched_at or utc_now()
        digest = content_hash(article)
        try:
            return self._save_article(article, digest, fetched_url, fetched_at, capture_id, validators, section)
        except BaseException:
            # The transaction was rolled back: ids of people, tags… it created may be reused by
            # SQLite for other rows, so none of them may be remembered.
            self._ids.clear()
            raise

    def _save_article(self, article, digest, fetched_url, fetched_at, capture_id, validators, section) -> str:
        with self.writing():
            article_id = self.find_article_id(article, fetched_url)
            seen = {"fetched_url": fetched_url, "last_seen_at": fetched_at, "last_fetched_at": fetched_at,
                    "status": "active", "removed_at": None, **(validators or {})}  # fmt: skip
            if capture_id is not None:
                seen["capture_id"] = capture_id
            self._resolve_errors(fetched_url, fetched_at)
            row = {column: article.get(column) for column in ARTICLE_COLUMNS} | derived_columns(article) | seen
            if article_id is None:
                row.update(first_seen_at=fetched_at, last_changed_at=fetched_at, content_hash=digest,
                           sections=json.dumps([section] if section else [], ensure_ascii=False),
                           search_key=self._search_key(row.get("published_at") or fetched_at))  # fmt: skip
                article_id = self.db["articles"].insert(row).last_pk
                outcome = "new"
                if section:
                    self._join_section(article_id, section, fetched_at, in_row=True)
            elif self.db["articles"].get(article_id)["content_hash"] == digest:
                self.db["articles"].update(article_id, seen)
                if section:
                    self._join_section(article_id, section, fetched_at)
                return "unchanged"
            else:
                stored = self.db["articles"].get(article_id)
                row.update(last_changed_at=fetched_at, content_hash=digest,
                           search_key=self._search_key(row.get("published_at") or stored["first_seen_at"], stored["search_key"]))  # fmt: skip
                self.db["articles"].update(article_id, row)
                outcome = "changed"
                if section:
                    self._join_section(article_id, section, fetched_at)
            self.db["article_revisions"].insert(
                {
                    "article_id": article_id,
                    "content_hash": digest,
                    "fetched_at": fetched_at,
                    "title": article.get("title"),
                    "lead": article.get("lead"),
                    "body_text": article.get("body_text"),
                }
            )
            self._replace_children(article_id, article)
        return outcome

    def _search_key(self, moment: str | None, current: int | None = None) -> int:
        """The article's key in the full-text index (``schema.free_search_key``); kept while it is
        published in the same second."""
        if current is not None and search_key_second(current) == publication_second(moment):
            return current
        return free_search_key(moment, lambda key: self.db.execute("SELECT 1 FROM articles WHERE search_key = ?", [key]).fetchone() is not None)

    def _update_fetched(self, fetched_url: str, at: str, values: dict) -> bool:
        """Record what a fetch of an archived article said; False if no article came from that URL."""
        with self.writing():
            row = self.db.execute("SELECT id FROM articles WHERE fetched_url = ? OR url = ?", [fetched_url, fetched_url]).fetchone()
            if row is None:
                return False
            self._resolve_errors(fetched_url, at)
            self.db["articles"].update(row[0], values)
        return True

    def mark_unchanged(self, fetched_url: str, *, fetched_at: str | None = None, validators: dict | None = None) -> bool:
        """The site answered 304 Not Modified: the stored version is still current."""
        fetched_at = fetched_at or utc_now()
        return self._update_fetched(fetched_url, fetched_at, {"last_seen_at": fetched_at, "last_fetched_at": fetched_at, **(validators or {})})

    def mark_removed(self, fetched_url: str, *, at: str | None = None) -> bool:
        """The site no longer has the article (404/410): kept, marked removed, never deleted."""
        at = at or utc_now()
        return self._update_fetched(fetched_url, at, {"status": "removed", "removed_at": at})

    def _lookup(self, table: str, name: str | None, **extra) -> int | str | None:
        if not name:
            return None
        key = (table, name)
        if key not in self._ids:
            self._ids[key] = self.db[table].lookup({"name": name}, extra or None)
        return self._ids[key]

    def _organisation(self, name: str | None) -> int | None:
        return self._lookup("organisations", name, short_name=self.short_names.get(name)) if name else None

    def _person_with_forms(self, name: str, forms: list[str]) -> int:
        """The person's id, with the forms seen in this article added to the ones seen before.

        "J. Nowak" is the archive's one person named J… Nowak, and "Nowak" alone its one … Nowak,
        when there is exactly one (else a person of their own, until an article names them in full)."""
        initial = INITIAL_NAME.fullmatch(name)
        # "ks. Albin", "Pani Basia": a first name alone is someone the article knows so, not a surname to join
        if initial or (" " not in name and not is_first_name(name)):
            # "J. Nowak" is one J… Nowak, "Nowak" (a surname after a role: "radny Nowak") one … Nowak
            first, surname = (initial[1], initial[2]) if initial else ("", name)
            same = [row[0] for row in self.db.execute("SELECT name FROM people WHERE name LIKE ? AND name NOT LIKE ?",
                                                      [f"{first}% {surname}", "_. %"])]  # fmt: skip
            same = [full for full in same if full.rsplit(" ", 1)[-1] == surname]
            if len(same) == 1:
                name, forms = same[0], forms + [name]
        elif DASH_IN_NAME.search(name) or len(name.split()) > 2:
            # "Anna Walczak–Caban", "Anna Walczak - Caban", "Anna Walczak Caban": one double surname, as each page wrote it
            written = self.db.execute("SELECT name FROM people WHERE name LIKE ?", [f"{name.split()[0]} %"]).fetchall()
            same = [row[0] for row in written if _double_surname_key(row[0]) == _double_surname_key(name)]
            if same and same[0] != name:
                name, forms = same[0], forms + [name]
        person_id = self._person(name)
        known = json.loads(self.db["people"].get(person_id)["forms"] or "[]")
        merged = known + [form for form in dict.fromkeys(forms) if form not in known]
        if merged != known:
            forms_json = json.dumps(merged, ensure_ascii=False)
            self.db["people"].update(person_id, {"forms": forms_json, "search_text": person_search_text(name, forms_json)})
        return person_id

    def _person(self, name: str | None) -> int | None:
        return self._lookup("people", name, search_text=person_search_text(name, None)) if name else None

    def _license(self, spdx_id: str | None, url: str | None) -> str | None:
        if not spdx_id:
            return None
        if ("licenses", spdx_id) not in self._ids:
            self.db["licenses"].upsert({"id": spdx_id, "url": url}, pk="id")
            self._ids[("licenses", spdx_id)] = spdx_id
        return spdx_id

    def _replace_children(self, article_id: int, article: dict) -> None:
        for table in ("credits", "mentions", "images", "attachments", "article_tags"):
            self.db[table].delete_where("article_id = ?", [article_id])
        credits = [
            {
                "article_id": article_id,
                "position": position,
                "role": credit["role"],
                "person_id": self._person(credit.get("person")),
                "organisation_id": self._organisation(credit.get("organisation")),
                "copyright_holder_id": self._organisation(credit.get("copyright_holder")),
                "year": credit.get("year"),
                "license_id": self._license(credit.get("license"), credit.get("license_url")),
                "raw": credit.get("raw"),
                "image_url": credit.get("image_url"),
                "source_kind": credit.get("source_kind"),
                "published_at": article.get("published_at"),
            }
            for position, credit in enumerate(article.get("credits", []))
        ]
        mentions = [
            {
                "article_id": article_id,
                "person_id": self._person_with_forms(person["name"], person.get("forms", [])),
                "position": position,
                "role": person.get("role"),
                "forms": json.dumps(person.get("forms", []), ensure_ascii=False),
            }
            for position, person in enumerate(article.get("people", []))
        ]
        images = [{"article_id": article_id, "position": p, **image} for p, image in enumerate(article.get("images", []))]
        attachments = [{"article_id": article_id, "position": p, **a} for p, a in enumerate(article.get("attachments", []))]
        tags = [{"article_id": article_id, "tag_id": self._lookup("tags", name)} for name in dict.fromkeys(article.get("tags", []))]
        for table, rows in (("credits", credits), ("mentions", mentions), ("images", images), ("attachments", attachments), ("article_tags", tags)):
            if rows:
                self.db[table].insert_all(rows)

    # --- reading back -------------------------------------------------------------------------
    def article_count(self) -> int:
        return self.db["articles"].count

    def export(self) -> Iterator[dict]:
        """Every article as `archiver export` writes it, read through the one read model (``store.read``)."""
        for row in self.db.query("SELECT * FROM articles ORDER BY published_at DESC, id DESC"):
            parts = {part.name: part.read(self.db.query(part.sql, [row["id"]])) for part in ARTICLE_PARTS}
            yield exported_article(row, parts)
