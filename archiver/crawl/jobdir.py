"""A ``--jobdir`` (Scrapy's JOBDIR) whose crawl finished holds nothing to resume.

Scrapy keeps the fingerprints of every request in the job folder, so the same folder given to
the next crawl would filter out the sitemap and the listing as already seen ("no listing page
could be read"). A crawl that finishes marks its folder; the next crawl given a marked folder
empties it first and runs like a plain one. An interrupted crawl leaves no mark: its queue is
resumed as Scrapy does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

FINISHED_MARK = "archiver-finished"


class FinishedJobdir:
    def __init__(self, folder: Path):
        self.folder = folder

    @classmethod
    def from_crawler(cls, crawler):
        folder = job_dir(crawler.settings)
        if not folder:
            raise NotConfigured
        extension = cls(Path(folder))
        extension.clear_if_finished()  # before the scheduler reads the folder, when the engine opens
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def clear_if_finished(self) -> None:
        if (self.folder / FINISHED_MARK).exists():
            for entry in self.folder.iterdir():
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()

    def spider_closed(self, spider, reason: str) -> None:
        if reason == "finished":
            (self.folder / FINISHED_MARK).write_text("this crawl finished: the next one starts afresh\n", encoding="utf-8")
