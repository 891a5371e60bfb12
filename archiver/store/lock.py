"""Who may touch an archive file: one crawl writing, or any number of immutable readers.

Datasette serving a file immutable (``-i``) assumes it never changes; a crawl writing to it would
show readers a corrupt database, and two crawls would interleave their runs. So a crawl holds an
exclusive lock on ``<db>.lock`` (``flock``: taken atomically, released by the kernel when the
process dies, even by ``kill -9``) and an immutable server a shared one: each refuses to start
while the other runs.

Each holder writes a line naming itself into the lock file; a process refused the lock reads
the lines of holders still alive, so the message names who really holds it, never a stale entry.
Within one process the lock is taken once: `archiver crawl` takes it before Scrapy starts, and the
pipeline (which also runs under a plain `scrapy crawl`) finds it already held.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class ArchiveBusy(Exception):
    """The archive is locked by a crawl (or an immutable server)."""


_HELD: dict[tuple[Path, bool], ArchiveLock] = {}


class ArchiveLock:
    def __init__(self, database: str | Path, *, exclusive: bool, holder: str | None = None):
        self.path = Path(f"{Path(database).resolve()}.lock")
        self.exclusive = exclusive
        self.holder = holder or ("a crawl" if exclusive else "an immutable `archiver serve`")
        self._handle = None
        self._uses = 0

    @classmethod
    def hold(cls, database: str | Path, *, exclusive: bool, holder: str | None = None) -> ArchiveLock:
        """This process's lock on the archive: the one it holds already, or a new one taken now."""
        lock = _HELD.get((Path(f"{Path(database).resolve()}.lock"), exclusive)) or cls(database, exclusive=exclusive, holder=holder)
        return lock.acquire()

    def acquire(self) -> ArchiveLock:
        if self._handle is not None:
            self._uses += 1
            return self
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holders = live_holders(handle.read())
            handle.close()
            raise ArchiveBusy(", ".join(holders) or "another process") from None
        if self.exclusive:  # no one else holds it: earlier lines are stale
            handle.seek(0)
            handle.truncate()
        handle.write(f"{os.getpid()}\t{self.holder} (pid {os.getpid()})\n")
        handle.flush()
        self._handle, self._uses = handle, 1
        _HELD[(self.path, self.exclusive)] = self
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        self._uses -= 1
        if self._uses > 0:
            return
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()
        self._handle = None
        _HELD.pop((self.path, self.exclusive), None)

    def __enter__(self) -> ArchiveLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def live_holders(text: str) -> list[str]:
    holders = []
    for line in text.splitlines():
        pid, _, description = line.partition("\t")
        if pid.isdigit() and _is_alive(int(pid)) and description not in holders:
            holders.append(description)
    return holders


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
