"""Publishing: what Datasette needs to show the archive."""

from __future__ import annotations

import json
from pathlib import Path

METADATA_DATABASE = "archive"


def metadata_for(db: Path, metadata_file: Path) -> dict:
    """The metadata with its database section keyed by this file's name, as Datasette names it."""
    text = metadata_file.read_text(encoding="utf-8")
    if db.stem != METADATA_DATABASE:
        text = text.replace(f"/{METADATA_DATABASE}/", f"/{db.stem}/")  # links in the descriptions
    metadata = json.loads(text)
    databases = metadata.get("databases", {})
    if db.stem != METADATA_DATABASE and METADATA_DATABASE in databases:
        databases[db.stem] = databases.pop(METADATA_DATABASE)
    return metadata
