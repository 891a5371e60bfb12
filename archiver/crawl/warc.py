"""Every response the crawl receives, kept as evidence in a WARC file (ISO 28500), with a CDXJ index.

Written on Scrapy's ``response_downloaded`` signal, before any middleware decodes the body: the
body is stored as it arrived (gzip included) with every header, repeated ones too. A 304 becomes
a ``revisit`` record. One ``.warc.gz`` per crawl run, a ``.cdxj`` beside it; each capture's file
and offset go into ``request.meta["capture"]`` for the pipeline to link the article to it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.store.warc import warc_folder_for

logger = logging.getLogger(__name__)
HOP_BY_HOP = {b"transfer-encoding"}  # the body is stored de-chunked, so the header would lie
# warcio always gzips at level 9: twice the CPU of level 6 for 5% smaller files on these pages.
GZIP_LEVEL = 6


def surt(url: str) -> str:
    """Sort-friendly URI Reordering Transform, as pywb's CDXJ indexes use."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    reordered = ",".join(reversed(host.split(".")))
    if parts.port and parts.port not in (80, 443):
        reordered += f":{parts.port}"
    path = parts.path or "/"
    return f"{reordered}){path.lower()}" + (f"?{parts.query.lower()}" if parts.query else "")


def header_pairs(headers) -> list[tuple[str, str]]:
    pairs = []
    for name, values in headers.items():
        if name.lower() in HOP_BY_HOP:
            name = b"X-Archive-Orig-" + name
        pairs.extend((name.decode("latin-1"), value.decode("latin-1")) for value in values)
    return pairs


class WarcWriterExtension:
    def __init__(self, crawler, folder: Path):
        self.crawler = crawler
        self.folder = folder
        self.file = None
        self.writer: WARCWriter | None = None
        self.index = None
        self.path: Path | None = None
        self.failure: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("ARCHIVER_KEEP_WARC", True):
            raise NotConfigured
        folder = crawler.settings.get("ARCHIVER_WARC_DIR") or warc_folder_for(crawler.settings.get("ARCHIVE_DB", "archive.db"))
        extension = cls(crawler, Path(folder))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        # The process id keeps two crawls started in the same second out of each other's file.
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        self.path = self.folder / f"torun-news-{stamp}-{os.getpid()}.warc.gz"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.file = open(self.path, "ab")
            self.index = open(self.path.with_suffix("").with_suffix(".cdxj"), "a", encoding="utf-8")
            self.writer = WARCWriter(BytesIO(), gzip=False)  # builds records; write_member() gzips them
            self.write_member(self.writer.create_warcinfo_record(self.path.name, {
                "software": "torun-news-archive (Scrapy, warcio)",
                "format": "WARC File Format 1.1",
                "http-header-user-agent": self.crawler.settings.get("USER_AGENT"),
                "robots": "obey",
            }))  # fmt: skip
        except OSError as error:
            self.fail(f"the WARC file {self.path} could not be written: {error.strerror or error}")
            return
        self.crawler.stats.set_value("archiver/warc_file", str(self.path))

    def fail(self, reason: str) -> None:
        """Keeping raw pages failed: the run stops, and nothing is stored without its raw page."""
        self.failure = reason
        self.writer = None
        logger.error("%s: stopping the crawl", reason)
        self.crawler.stats.set_value("archiver/write_failed", reason)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="write_failed"))

    def response_downloaded(self, response, request, spider) -> None:
        if self.writer is None:
            if self.failure:
                request.meta["capture_error"] = self.failure
            return
        offset, index_offset = self.file.tell(), self.index.tell()
        try:
            request.meta["capture"] = self.write_capture(response, request, offset)
        except OSError as error:  # a full disk, a read-only or vanished folder: the run cannot keep its evidence
            self.discard_partial_record(offset, index_offset)
            self.fail(f"the raw page could not be written to {self.path.name}: {error.strerror or error}")
            request.meta["capture_error"] = self.failure

    def discard_partial_record(self, offset: int, index_offset: int) -> None:
        """Cut the WARC file and its index back to their last whole record, so both stay readable."""
        for handle, position in ((self.file, offset), (self.index, index_offset)):
            try:
                handle.seek(position)
                handle.truncate(position)
            except OSError:
                pass  # as readable as the disk lets it be: no capture row names the partial record

    def write_capture(self, response, request, offset: int) -> dict:
        now = datetime.now(timezone.utc)
        warc_date = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        request_record = self._request_record(request, warc_date)
        status_line = f"{response.status} {_reason(response.status)}".strip()
        http_headers = StatusAndHeaders(status_line, header_pairs(response.headers), protocol="HTTP/1.1")
        if response.status == 304:
            record = self.writer.create_warc_record(
                response.url, "revisit", http_headers=http_headers,
                warc_headers_dict={"WARC-Date": warc_date,
                                   "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/server-not-modified"},
            )  # fmt: skip
        else:
            record = self.writer.create_warc_record(
                response.url, "response", payload=BytesIO(response.body), http_headers=http_headers,
                warc_headers_dict={"WARC-Date": warc_date},
            )  # fmt: skip
        self.write_member(record)
        length = self.file.tell() - offset
        request_record.rec_headers.add_header("WARC-Concurrent-To", record.rec_headers.get_header("WARC-Record-ID"))
        self.write_member(request_record)
        self.file.flush()  # a killed crawl never leaves the database pointing at unwritten bytes
        capture = {
            "warc_file": self.path.name,
            "offset": offset,
            "length": length,
            "status": response.status,
            "mime": (response.headers.get("Content-Type") or b"").decode("latin-1").split(";")[0].strip() or None,
            "digest": "sha256:" + hashlib.sha256(response.body).hexdigest(),
            "fetched_at": now.isoformat(timespec="seconds"),
            "record_type": "revisit" if response.status == 304 else "response",
        }
        self.index.write(f"{surt(response.url)} {now:%Y%m%d%H%M%S} " + json.dumps(
            {"url": response.url, "mime": capture["mime"], "status": str(response.status), "digest": capture["digest"],
             "length": str(length), "offset": str(offset), "filename": self.path.name}) + "\n")  # fmt: skip
        self.index.flush()
        return capture

    def write_member(self, record) -> None:
        """One record as one gzip member, as WARC readers expect (each can be read from its offset)."""
        buffer = BytesIO()
        WARCWriter(buffer, gzip=False).write_record(record)
        self.file.write(gzip.compress(buffer.getvalue(), compresslevel=GZIP_LEVEL))

    def _request_record(self, request, warc_date: str):
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = [("Host", parts.netloc)] + header_pairs(request.headers)
        http_headers = StatusAndHeaders(f"{request.method} {target} HTTP/1.1", headers, is_http_request=True)
        return self.writer.create_warc_record(
            request.url, "request", payload=BytesIO(request.body or b""), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": warc_date},
        )  # fmt: skip

    def spider_closed(self, spider) -> None:
        for handle in (self.file, self.index):
            if handle is not None:
                try:
                    handle.close()
                except OSError as error:  # the last buffered bytes did not fit
                    self.crawler.stats.set_value("archiver/write_failed", f"closing {self.path.name} failed: {error.strerror or error}")
        self.writer = None


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
