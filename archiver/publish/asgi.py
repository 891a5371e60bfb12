"""Datasette as an ASGI app for uvicorn, so `archiver serve` can run a worker per core.

`datasette serve` runs one process, hence one core of Python for every request; uvicorn's
``--workers`` runs several, each with its own read-only connections. The app's configuration
comes from ARCHIVER_DATASETTE_CONFIG (JSON), set by `archiver serve`.
"""

from __future__ import annotations

import json
import os
import sys

from datasette.app import Datasette

CONFIG_VARIABLE = "ARCHIVER_DATASETTE_CONFIG"
# A query may run up to the 3 s limit; with Datasette's default of 3 SQL threads, a few such
# queries made every other request wait for a thread. SQLite runs without the GIL, so more threads
# let a short search start at once and share the cores instead of queueing behind long ones.
# Suggested facets were 70-80 % of a table page's cost (a query per column, on every page view);
# the useful facets are configured in the metadata instead.
SETTINGS = {"sql_time_limit_ms": 3000, "default_page_size": 50, "num_sql_threads": 16, "suggest_facets": False}


# Each worker's address space. SQLite's own memory is capped by the plugin (hard_heap_limit), but
# the rows a query returns become Python objects: ten values of 16 MB, JSON-encoded, took a worker
# to 8 GB until the system killed it with every request it was serving. Past this, the request
# that asks too much fails with a MemoryError (a 500) and the worker lives on.
WORKER_MEMORY_BYTES = 3 * 1024**3


def create_app():
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    # Datasette's time limit is a Python callback that needs the interpreter: with 16 SQL threads
    # running Python functions (polish_snippet per row), the default 5 ms hand-over let a query
    # overrun its limit by 200 ms under full load; at 1 ms it stops within the limit (make bench).
    sys.setswitchinterval(0.001)
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


def serve(port: int, workers: int, host: str = "127.0.0.1") -> None:
    """Run the app under uvicorn, ``workers`` processes sharing one listening socket.

    The socket is made here with proto=IPPROTO_TCP: asyncio turns Nagle's algorithm off
    (TCP_NODELAY) only on sockets that say they are TCP, and the socket uvicorn binds itself for
    several workers does not, which made every response wait ~40 ms for a delayed ACK.
    """
    import socket

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config("archiver.publish.asgi:create_app", factory=True, host=host, port=port, workers=workers,
                            log_level="warning")  # fmt: skip
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.set_inheritable(True)
    if workers > 1:
        Multiprocess(config, sockets=[listener]).run()
    else:
        uvicorn.Server(config).run(sockets=[listener])


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Serve the archive's Datasette (used by `archiver serve`).")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=1)
    arguments = parser.parse_args()
    serve(arguments.port, arguments.workers)
