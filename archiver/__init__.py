"""An archive of the news published by the City of Toruń."""

__version__ = "0.1.0"
