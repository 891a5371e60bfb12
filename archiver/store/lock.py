"""Who may touch an archive file: crawls of different sections side by side, or immutable servers.

- Two crawls of one section would walk and write the same things: the second is refused.
- Crawls of different sections may write one archive at once (WAL, a busy timeout and one short
  transaction per article make that safe): Scrapyd runs one job per section.
- Datasette serving a file immutable (``-i``) assumes it never changes: no crawl may write while
  one does, and no immutable server starts while a crawl writes (it serves live instead).

All of it with ``flock`` (taken atomically, released by the kernel when a process dies, even by
``kill -9``) on files beside the database: a crawl holds ``<db>.lock`` shared and
``<db>.<section>.lock`` exclusive; an immutable server holds ``<db>.serve.lock`` shared. Each side,
once it holds its own, makes sure the other side holds nothing by taking the other's file
exclusively for an instant: of two that start together, at worst both step back, never both go on.

Each holder writes a line naming itself into the file it holds; a process refused reads the lines
of holders still alive, so the message names who really holds it, never a stale entry. Within one
process a lock is taken once: `archiver crawl` takes its locks before Scrapy starts, and the
pipeline (which also runs under a plain `scrapy crawl`) finds them already held.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

# How long to keep trying the other side's file: another process of our own side may hold it for
# the instant of its own check.
CHECK_SECONDS = 1.0


class ArchiveBusy(Exception):
    """The archive is locked by a crawl of the same section, or by an immutable server."""


class FileLock:
    """One ``flock`` on one file, shared or exclusive, naming its holder in the file."""

    def __init__(self, path: Path, *, exclusive: bool, holder: str | None):
        self.path = path
        self.exclusive = exclusive
        self.holder = holder  # None: a check that holds it for an instant, naming no one
        self._handle = None

    def acquire(self, *, within: float = 0.0) -> FileLock:
        handle = open(self.path, "a+")
        deadline = time.monotonic() + within
        while True:
            try:
                fcntl.flock(handle, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holders = _holders_named_in(handle)
                    handle.close()
                    raise ArchiveBusy(", ".join(holders) or "another process") from None
                time.sleep(0.02)
        if self.exclusive:  # no one else holds it: earlier lines are stale
            handle.seek(0)
            handle.truncate()
        if self.holder:
            handle.write(f"{os.getpid()}\t{self.holder} (pid {os.getpid()})\n")
            handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None



def nobody_holds(path: Path) -> None:
    """Raise ArchiveBusy, naming them, if anyone holds ``path`` (taken exclusively for an instant)."""
    FileLock(path, exclusive=True, holder=None).acquire(within=CHECK_SECONDS).release()


def lock_paths(database: str | Path) -> tuple[Path, Path]:
    resolved = Path(database).resolve()
    return Path(f"{resolved}.lock"), Path(f"{resolved}.serve.lock")


_HELD: dict[tuple[str, str], CrawlLock] = {}


class CrawlLock:
    """What a crawl of one section holds while it writes the archive."""

    def __init__(self, database: str | Path, section: str):
        self.writers, self.servers = lock_paths(database)
        holder = f"a crawl of section {section}"
        self.shared = FileLock(self.writers, exclusive=False, holder=holder)
        self.own = FileLock(Path(f"{self.writers.with_suffix('')}.{section}.lock"), exclusive=True, holder=holder)
        self.key = (str(self.writers), section)
        self._uses = 0

    @classmethod
    def hold(cls, database: str | Path, section: str) -> CrawlLock:
        """This process's lock for the section: the one it holds already, or a new one taken now."""
        lock = _HELD.get((str(lock_paths(database)[0]), section)) or cls(database, section)
        return lock.acquire()

    def acquire(self) -> CrawlLock:
        if self._uses:
            self._uses += 1
            return self
        self.own.acquire()
        try:
            self.shared.acquire()
            nobody_holds(self.servers)
        except BaseException:
            self.shared.release()
            self.own.release()
            raise
        self._uses = 1
        _HELD[self.key] = self
        return self

    def release(self) -> None:
        if self._uses == 0:
            return
        self._uses -= 1
        if self._uses == 0:
            self.shared.release()
            self.own.release()
            _HELD.pop(self.key, None)


class ServeLock:
    """What `archiver serve` holds while it serves the file immutable."""

    def __init__(self, database: str | Path):
        self.writers, servers = lock_paths(database)
        self.lock = FileLock(servers, exclusive=False, holder="an immutable `archiver serve`")

    def acquire(self) -> ServeLock:
        self.lock.acquire()
        try:
            nobody_holds(self.writers)
        except BaseException:
            self.lock.release()
            raise
        return self

    def release(self) -> None:
        self.lock.release()

    def __enter__(self) -> ServeLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _holders_named_in(handle) -> list[str]:
    """The live holders a lock file names; a holder writes its line just after taking the lock,
    so a file read in that instant is given a moment to show it."""
    deadline = time.monotonic() + CHECK_SECONDS
    while True:
        handle.seek(0)
        holders = live_holders(handle.read())
        if holders or time.monotonic() >= deadline:
            return holders
        time.sleep(0.02)


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
