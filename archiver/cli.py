"""The `archiver` command: crawl, extract, export, reparse, serve, publish, check."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from archiver import __version__
from archiver.sites import DEFAULT_SITE, Site, get_site

# Package data (a link to the top-level datasette-metadata.json in a checkout): there when installed too.
DEFAULT_METADATA = Path(__file__).resolve().parent / "publish" / "datasette-metadata.json"


class UserError(Exception):
    """A problem the user can fix, reported as one line without a traceback."""


def checked_base_url(value: str) -> str:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 — raises ValueError for a port that is not a number from 0 to 65535
    except ValueError as error:
        raise UserError(f"not a site root URL: {value!r} ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"not a site root URL: {value!r} (expected e.g. https://www.example.org)")
    return value.rstrip("/")


def user_agent(contact: str | None = None) -> str:
    from archiver import settings

    return f"torun-news-archive/{__version__} (+{contact or settings.ARCHIVER_CONTACT})"


def fetch(url: str, contact: str | None = None, timeout: float = 30) -> tuple[bytes, str]:
    """GET one URL for the one-shot commands (extract, check); returns body and final URL."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(contact)})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(), response.geturl()
    except urllib.error.HTTPError as error:
        raise UserError(f"{url}: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise UserError(f"cannot fetch {url}: {reason}") from error


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    ours = logging.getLogger("archiver")
    ours.handlers[:] = [handler]
    ours.setLevel(logging.DEBUG if verbose else logging.INFO)
    ours.propagate = False


# --- crawl ------------------------------------------------------------------------------------
# What `archiver crawl` exits with: this run's own outcome, never another run's.
EXIT_COMPLETE, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_CODES = {"complete": EXIT_COMPLETE, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED, "interrupted": EXIT_INTERRUPTED}


def setting_value(settings, name: str, value: str):
    """``value`` as the type of the setting's default, or a clear error (-s DOWNLOAD_DELAY=abc)."""
    default = settings.get(name)
    try:
        if isinstance(default, bool):
            if value.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError(value)
            return value.lower() in ("1", "true", "yes", "on")
        if isinstance(default, (int, float)):
            return type(default)(float(value) if isinstance(default, float) else int(value))
        if isinstance(default, (dict, list)):
            return json.loads(value)
    except ValueError:
        raise UserError(f"-s {name}={value}: {name} takes {type(default).__name__} values (its default is {default!r})") from None
    return value


def cmd_crawl(args) -> int:
    import signal

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "archiver.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from archiver.crawl.pipeline import RUN_STATUS
    from archiver.store import Archive
    from archiver.store.lock import ArchiveBusy, CrawlLock

    site = site_of(args)
    sections = sections_of(site, args.section)
    base_url = checked_base_url(args.base_url or site.origin)
    if args.warc_dir and args.warc_dir.exists() and not args.warc_dir.is_dir():
        raise UserError(f"--warc-dir {args.warc_dir} is a file, not a folder")
    if args.delay is not None and args.delay < 0:
        raise UserError("--delay must be 0 or more seconds")
    settings = get_project_settings()
    for assignment in args.set or []:
        name, _, value = assignment.partition("=")
        if not name or not _:
            raise UserError(f"-s takes NAME=VALUE, not {assignment!r}")
        settings.set(name, setting_value(settings, name, value), priority="cmdline")
    if not Path(args.db).parent.is_dir():
        raise UserError(f"cannot create {args.db}: folder {Path(args.db).parent} does not exist")
    locks = []
    try:  # held until this process ends: a crawl of the same section started at the same moment is refused here
        for section in sections:
            locks.append(CrawlLock.hold(args.db, section.name))
    except (ArchiveBusy, OSError) as error:
        for lock in locks:
            lock.release()
        if isinstance(error, OSError):
            raise UserError(f"cannot lock {args.db} for writing: {error.strerror or error}") from None
        raise UserError(f"{args.db} is in use by {error}: wait for it to finish (or stop `archiver serve`; "
                        "`archiver serve --live` can serve it while a crawl runs)") from None  # fmt: skip
    Archive(args.db).close()  # fails early, in one line, on an unusable database
    settings.set("ARCHIVE_DB", str(args.db), priority="cmdline")
    settings.set("ARCHIVER_SITE", site.name, priority="cmdline")
    settings.set("ARCHIVER_BASE_URL", base_url, priority="cmdline")
    settings.set("ARCHIVER_FULL", args.full, priority="cmdline")
    settings.set("ARCHIVER_MEDIA", args.media, priority="cmdline")
    if args.warc_dir:
        settings.set("ARCHIVER_WARC_DIR", str(args.warc_dir), priority="cmdline")
    if args.jobdir:
        settings.set("JOBDIR", str(args.jobdir), priority="cmdline")
    if args.delay is not None:
        settings.set("DOWNLOAD_DELAY", args.delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", args.delay, priority="cmdline")
    if args.contact:
        settings.set("USER_AGENT", user_agent(args.contact), priority="cmdline")
    if not args.verbose:
        settings.set("LOG_LEVEL", "ERROR" if args.quiet else "WARNING", priority="cmdline")
        # It warns on every start that no Referer will be sent on redirects: by design here (settings.py).
        logging.getLogger("scrapy.downloadermiddlewares.redirect").setLevel(logging.ERROR)
    settings.set("ARCHIVER_PROGRESS", "quiet" if args.quiet else args.progress, priority="cmdline")
    crawlers = []
    try:
        process = CrawlerProcess(settings)

        def crawl_next(_=None):
            """One section after another, politely: never two walks of one site at once."""
            stopped = crawlers and crawlers[-1].stats.get_value(RUN_STATUS) in (None, "interrupted")
            if len(crawlers) < len(sections) and not stopped:
                crawler = process.create_crawler("news")
                crawlers.append(crawler)
                process.crawl(crawler, section=sections[len(crawlers) - 1].name).addCallback(crawl_next)

        crawl_next()
        process.start()
    finally:
        for lock in locks:
            lock.release()
    statuses = [crawler.stats.get_value(RUN_STATUS) if crawler.stats else None for crawler in crawlers]
    if len(statuses) < len(sections):
        print(f"archiver: {len(sections) - len(statuses)} section(s) not crawled: the crawl was stopped", file=sys.stderr)
    if None in statuses:  # no summary was written: stopped at once by a second signal, or Scrapy itself failed
        stopped = signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # what Scrapy leaves after a second Ctrl+C
        print("archiver: the crawl " + ("was stopped at once: the next run marks it interrupted and goes on"
              if stopped else "ended before it could write its summary (see the log above)"), file=sys.stderr)  # fmt: skip
        return EXIT_INTERRUPTED if stopped else EXIT_FAILED
    # The worst outcome of the sections crawled (and an interruption if some were never reached).
    for status in ("interrupted", "failed", "partial"):
        if status in statuses:
            return EXIT_CODES[status]
    return EXIT_INTERRUPTED if len(statuses) < len(sections) else EXIT_COMPLETE


def site_of(args) -> Site:
    try:
        return get_site(getattr(args, "site", None) or DEFAULT_SITE)
    except KeyError as error:
        raise UserError(str(error).strip("'\"")) from None


def sections_of(site: Site, name: str | None) -> list:
    if name == "all":
        return list(site.sections)
    try:
        return [site.section(name) if name else site.sections[0]]
    except KeyError as error:
        raise UserError(str(error).strip("'\"")) from None


# --- extract / export -------------------------------------------------------------------------
def cmd_extract(args) -> int:
    from archiver.extract import extract_article

    source = args.source
    if urlsplit(source).scheme in ("http", "https"):
        html, url = fetch(source, args.contact)
    else:
        path = Path(source)
        if not path.is_file():
            raise UserError(f"no such file: {source}")
        html, url = path.read_bytes(), args.url or path.resolve().as_uri()
        if not html.strip():
            raise UserError(f"{source} is empty: there is no page to extract")
        if not looks_like_html(html):
            raise UserError(f"{source} is not an HTML page (it looks like binary data)")
    print(json.dumps(extract_article(html, args.url or url, site_of(args)), ensure_ascii=False, indent=2))
    return 0


def looks_like_html(data: bytes) -> bool:
    """Text with markup in it: not an image, a PDF or a zip saved under the wrong name."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, which has NUL bytes of its own
        return True
    return b"\x00" not in head[:4096] and b"<" in head


def cmd_export(args) -> int:
    from archiver.store import Archive

    if args.output and not Path(args.output).parent.is_dir():
        raise UserError(f"cannot write {args.output}: folder {Path(args.output).parent} does not exist")

    archive = Archive(args.db, create=False)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for article in archive.export():
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    finally:
        archive.close()
        if args.output:
            out.close()
    return 0


def cmd_reparse(args) -> int:
    """Rebuild every article from its stored capture with the current extractor: no network."""
    from w3lib.encoding import html_to_unicode

    from archiver.extract import extract_article
    from archiver.store import Archive
    from archiver.store.warc import read_capture, warc_folder_for

    site = site_of(args)
    archive = Archive(args.db, create=False, short_names=site.short_names)
    folder = Path(args.warc_dir) if args.warc_dir else warc_folder_for(args.db)
    outcomes = {"new": 0, "changed": 0, "unchanged": 0, "failed": 0}
    try:
        without_raw_page = archive.db.execute("SELECT count(*) FROM articles WHERE capture_id IS NULL").fetchone()[0]
        rows = list(archive.latest_article_captures())
        for number, row in enumerate(rows, 1):
            try:
                page = read_capture(folder, row["warc_file"], row["offset"])
                _, text = html_to_unicode(page.content_type, page.body)
                article = extract_article(text, page.url, site)
            except Exception as error:  # one unreadable capture must not stop the rest
                outcomes["failed"] += 1
                print(f"cannot reparse {row['url']}: {error}", file=sys.stderr)
                continue
            outcome = archive.save_article(article, fetched_url=page.url, fetched_at=row["fetched_at"], capture_id=row["id"])
            outcomes[outcome] += 1
            if number % 500 == 0:
                print(f"reparsed {number} of {len(rows)}", file=sys.stderr)
    finally:
        archive.close()
    print(f"reparsed {sum(outcomes.values())} captures from {folder}: {outcomes['changed']} articles changed, "
          f"{outcomes['unchanged']} unchanged, {outcomes['new']} new, {outcomes['failed']} failed", file=sys.stderr)  # fmt: skip
    if without_raw_page:
        print(f"{without_raw_page} articles have no raw page to reparse (crawled without WARC, or their capture was lost): "
              "left as they are; `archiver crawl --full` fetches them again", file=sys.stderr)  # fmt: skip
    return 1 if outcomes["failed"] or without_raw_page else 0


# --- serve ------------------------------------------------------------------------------------
def datasette_command(workers: int, port: int) -> list[str]:
    return [sys.executable, "-m", "archiver.publish.asgi", "--port", str(port), "--workers", str(workers)]


def cmd_serve(args) -> int:
    import tempfile

    from archiver.publish import metadata_for
    from archiver.store import Archive
    from archiver.store.lock import ArchiveBusy, ServeLock

    check_port_free(args.port)
    archive = Archive(args.db, create=False)  # a clear error, and the schema up to date, before serving
    metadata_file = Path(args.metadata)
    if not metadata_file.is_file():
        raise UserError(f"no Datasette metadata at {metadata_file}")
    try:
        metadata = metadata_for(Path(args.db), metadata_file)
    except ValueError as error:
        raise UserError(f"{metadata_file} is not valid JSON: {error}") from error
    lock = None
    if not args.live:
        try:
            lock = ServeLock(args.db).acquire()
        except ArchiveBusy as busy:
            print(f"{busy} is writing to {args.db}: serving it live (read-only, not immutable)", file=sys.stderr)
        except OSError as error:
            raise UserError(f"cannot lock {args.db}: {error.strerror or error}") from None
    if lock and not archive.fold_wal():
        lock.release()
        lock = None
        print(f"another program has {args.db} open: serving it live (read-only, not immutable)", file=sys.stderr)
    archive.close()
    mode = "immutable" if lock else "live, read-only"
    from archiver.publish.asgi import CONFIG_VARIABLE

    workers = args.workers or os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        resolved = Path(folder) / "metadata.json"
        resolved.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
        os.environ[CONFIG_VARIABLE] = json.dumps(
            {"database": str(Path(args.db).resolve()), "metadata": str(resolved), "immutable": lock is not None}
        )
        print(f"serving {args.db} ({mode}, {workers} workers) on http://127.0.0.1:{args.port}/ (Ctrl+C stops)", file=sys.stderr)
        try:
            return run_until_stopped(datasette_command(workers, args.port))
        finally:
            if lock:
                lock.release()


def check_port_free(port: int) -> None:
    """Say so before claiming to serve: the server runs in a child process, which would fail later."""
    import socket

    if not 0 < port < 65536:
        raise UserError(f"--port {port}: a port is a number from 1 to 65535")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as error:
            raise UserError(f"cannot serve on 127.0.0.1:{port}: {error.strerror} (choose another --port)") from None


def run_until_stopped(command: list[str]) -> int:
    """Run a server in a child process; a SIGTERM or Ctrl+C to us stops it too, never orphans it."""
    import signal

    child = subprocess.Popen(command)

    def stop(signum, frame):
        child.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        code = child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if code in (0, -signal.SIGTERM) else code


def cmd_publish(args) -> int:
    """A bundle others can serve: a snapshot of the archive, its metadata, the plugin, how to run it."""
    from archiver.publish.bundle import build_bundle
    from archiver.store import Archive

    if Path(args.output).exists() and not Path(args.output).is_dir():
        raise UserError(f"-o {args.output} is a file: name a folder for the bundle")
    Archive(args.db, create=False).close()
    bundle = build_bundle(Path(args.db), Path(args.metadata), Path(args.output))
    print(f"bundle ready in {bundle}: see {bundle / 'README.md'}", file=sys.stderr)
    return 0


# --- check ------------------------------------------------------------------------------------
def cmd_check(args) -> int:
    """Fetch robots.txt, each section's listing and its newest article; report the selectors."""
    site = site_of(args)
    base_url = checked_base_url(args.base_url or site.origin)
    robots, _ = fetch(f"{base_url}/robots.txt", args.contact)
    print(f"robots.txt: {len(robots)} bytes")
    for line in robots.decode("utf-8", "replace").splitlines():
        if line.split(":", 1)[0].strip().lower() in ("crawl-delay", "sitemap", "disallow"):
            print(f"  {line.strip()}")
    problems = sum(check_section(site, section, base_url, args.contact) for section in sections_of(site, args.section or "all"))
    where = f"archiver/sites/{site.name}.py"
    print(f"\n{'all required fields found' if not problems else f'{problems} problem(s): fix the selectors in {where}'}")
    return 1 if problems else 0


def check_section(site: Site, section, base_url: str, contact: str | None) -> int:
    from archiver.extract import extract_article
    from archiver.extract.diagnose import article_report, listing_report
    from archiver.extract.listing import parse_listing

    print(f"\n== section {section.name}" + ("" if section.verified else " (reconstructed, not yet seen on the live site)"))
    try:
        listing_html, listing_url = fetch(site.listing_url(section, base_url), contact)
    except UserError as error:
        print(f"  listing: {error}")
        return 1
    print(f"listing: {listing_url}")
    problems = print_report(listing_report(listing_html, site.selectors))
    teasers = [t for t in parse_listing(listing_html, listing_url, site).teasers if not t.sticky]
    if not teasers:
        print(f"  no article teaser found on the listing: update listing_teaser / teaser_link in archiver/sites/{site.name}.py")
        return problems + 1
    article_html, article_url = fetch(site.to_crawl_url(teasers[0].url, base_url), contact)
    print(f"newest article: {article_url}")
    problems += print_report(article_report(article_html, site.selectors))
    article = extract_article(article_html, article_url, site)
    print("extracted:")
    for field in ("url", "node_id", "section", "title", "published_at", "lead"):
        print(f"  {field:13} {article[field]!s:.80}")
    print(f"  {'body_text':13} {len(article['body_text'])} characters")
    for field in ("images", "attachments", "credits", "tags"):
        print(f"  {field:13} {len(article[field])}")
    for field in ("title", "published_at", "body_text"):
        if not article[field]:
            problems += 1
            print(f"  MISSING: {field}")
    return problems


def print_report(reports) -> int:
    problems = 0
    for report in reports:
        detail = f"{report.selector}  «{report.sample}»" if report.selector else ""
        print(f"  {report.field:16} {report.status:20} {detail}")
        problems += report.status == "MISSING"
    return problems


# --- entry point ------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="archiver", description="Archive a city's news: crawl, store, publish.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--contact", help="a URL or e-mail naming who runs the crawl, sent in the User-Agent")
    commands = parser.add_subparsers(dest="command", required=True)

    def site_options(command, *, sections: bool) -> None:
        command.add_argument("--site", default=DEFAULT_SITE, help=f"a site of archiver/sites (default: {DEFAULT_SITE})")
        if sections:
            command.add_argument("--section", help="a section of the site, or 'all' (default: its first, the archive's core)")

    crawl = commands.add_parser("crawl", help="crawl a section of the site's news into the archive")
    crawl.add_argument("--db", type=Path, default=Path("archive.db"))
    site_options(crawl, sections=True)
    crawl.add_argument("--base-url", help="site root to crawl instead of the live site (a mirror, the test site)")
    crawl.add_argument("--delay", type=float, help="seconds between requests (default 2; 0 for mirrors and tests)")
    crawl.add_argument("--full", action="store_true", help="walk every listing page and refetch every article")
    crawl.add_argument("--media", action="store_true", help="also keep every image and attachment in the WARC, once per URL")
    crawl.add_argument("--warc-dir", type=Path, help="where the WARC files go (default: warc/ beside the database)")
    crawl.add_argument("--jobdir", type=Path, help="keep the crawl's queue here, so an interrupted crawl resumes")
    crawl.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="override a Scrapy setting")
    crawl.add_argument("-v", "--verbose", action="store_true", help="show Scrapy's own log")
    crawl.add_argument("--progress", choices=("text", "json"), default="text",
                       help="progress lines and summary for a person (text) or one JSON object a line (json)")
    crawl.add_argument("-q", "--quiet", action="store_true", help="for cron: print nothing unless the run is not complete")
    crawl.set_defaults(handler=cmd_crawl)

    extract = commands.add_parser("extract", help="extract one article page and print it as JSON")
    extract.add_argument("source", metavar="FILE_OR_URL")
    extract.add_argument("--url", help="the page's URL, for a saved file")
    site_options(extract, sections=False)
    extract.set_defaults(handler=cmd_extract)

    export = commands.add_parser("export", help="every archived article as JSON Lines")
    export.add_argument("--db", type=Path, default=Path("archive.db"))
    export.add_argument("-o", "--output", help="write to a file instead of standard output")
    export.set_defaults(handler=cmd_export)

    reparse = commands.add_parser("reparse", help="rebuild every article from the stored WARC files, offline")
    reparse.add_argument("--db", type=Path, default=Path("archive.db"))
    reparse.add_argument("--warc-dir", type=Path, help="where the WARC files are (default: warc/ beside the database)")
    site_options(reparse, sections=False)
    reparse.set_defaults(handler=cmd_reparse)

    serve = commands.add_parser("serve", help="browse the archive in Datasette (read-only)")
    serve.add_argument("--db", type=Path, default=Path("archive.db"))
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--metadata", default=str(DEFAULT_METADATA))
    serve.add_argument("--live", action="store_true", help="serve the file as it changes (while a crawl runs), not immutable")
    serve.add_argument("--workers", type=int, help="server processes (default: one per core)")
    serve.set_defaults(handler=cmd_serve)

    publish = commands.add_parser("publish", help="build a shareable bundle: archive snapshot, metadata, plugin")
    publish.add_argument("--db", type=Path, default=Path("archive.db"))
    publish.add_argument("--metadata", default=str(DEFAULT_METADATA))
    publish.add_argument("-o", "--output", default="dist", help="bundle folder (default: dist)")
    publish.set_defaults(handler=cmd_publish)

    check = commands.add_parser("check", help="test the site profile against the live markup, section by section")
    site_options(check, sections=True)
    check.add_argument("--base-url", help="site root to check instead of the live site")
    check.set_defaults(handler=cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    from archiver.store import ArchiveError

    args = build_parser().parse_args(argv)
    setup_logging(getattr(args, "verbose", False))
    try:
        return args.handler(args)
    except (UserError, ArchiveError) as error:
        print(f"archiver: error: {error}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:
        print(f"archiver: database error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as error:  # a full disk, a read-only file: one line, never a traceback
        print(f"archiver: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("archiver: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
