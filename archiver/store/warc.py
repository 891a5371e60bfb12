"""Reading captures back from the WARC files, without the network (for `archiver reparse`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator


@dataclass
class StoredPage:
    url: str
    status: int
    content_type: str | None
    body: bytes  # decoded from any transfer or content encoding


def warc_folder_for(database: str | Path) -> Path:
    """The WARC files of an archive live in ``warc/`` beside its database."""
    return Path(database).resolve().parent / "warc"


def read_capture(warc_folder: Path, warc_file: str, offset: int) -> StoredPage:
    """The response record at ``offset`` of ``warc_file``."""
    path = Path(warc_folder) / warc_file
    if not path.is_file():
        raise FileNotFoundError(f"WARC file {path} is missing")
    with open(path, "rb") as stream:
        stream.seek(offset)
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                raise ValueError(f"{warc_file}@{offset} is a {record.rec_type} record, not a response")
            return StoredPage(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                status=int(record.http_headers.get_statuscode()),
                content_type=record.http_headers.get_header("Content-Type"),
                body=record.content_stream().read(),
            )
    raise ValueError(f"no record at {warc_file}@{offset}")
