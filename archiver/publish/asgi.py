"""Datasette as an ASGI app for uvicorn, so `archiver serve` can run a worker per core.

`datasette serve` runs one process, hence one core of Python for every request; uvicorn's
``--workers`` runs several, each with its own read-only connections. The app's configuration
comes from ARCHIVER_DATASETTE_CONFIG (JSON), set by `archiver serve`.
"""

from __future__ import annotations

import json
import os

from datasette.app import Datasette

CONFIG_VARIABLE = "ARCHIVER_DATASETTE_CONFIG"
SETTINGS = {"sql_time_limit_ms": 3000, "default_page_size": 50}


def create_app():
    config = json.loads(os.environ[CONFIG_VARIABLE])
    database = config["database"]
    with open(config["metadata"], encoding="utf-8") as handle:
        metadata = json.load(handle)
    datasette = Datasette(
        files=[] if config["immutable"] else [database],
        immutables=[database] if config["immutable"] else [],
        metadata=metadata,
        settings=SETTINGS,
    )
    return datasette.app()
