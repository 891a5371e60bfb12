"""An archive of the news a city publishes, crawled by its site profile (archiver/sites)."""

__version__ = "0.1.0"
