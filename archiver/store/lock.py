"""Who may touch an archive file: one crawl writing, or any number of immutable readers.

Datasette serving a file immutable (``-i``) assumes it never changes; a crawl writing to it would
show readers a corrupt database. So a crawl holds an exclusive lock on ``<db>.lock`` and an
immutable server a shared one: each refuses to start while the other runs.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class ArchiveBusy(Exception):
    """The archive is locked by a crawl (or an immutable server)."""


class ArchiveLock:
    def __init__(self, database: str | Path, *, exclusive: bool):
        self.path = Path(f"{database}.lock")
        self.exclusive = exclusive
        self._handle = None

    def acquire(self) -> ArchiveLock:
        self._handle = open(self.path, "a+")
        try:
            fcntl.flock(self._handle, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            self._handle.seek(0)
            holder = self._handle.read().strip()
            self._handle.close()
            self._handle = None
            raise ArchiveBusy(holder or "another process") from None
        if self.exclusive:
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.write(f"a crawl (pid {os.getpid()})")
            self._handle.flush()
        return self

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> ArchiveLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
