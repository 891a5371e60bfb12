"""What a researcher sees by default: the search being highlighted, internal columns out of the way.

- ``SEARCHED`` holds the current request's search (``q``, ``person``, ``_search``), so that cells
  can highlight the words it matched: Datasette 0.65 gives ``render_cell`` no request.
- A table page opened without ``_col``/``_nocol`` is redirected to itself without the columns its
  metadata lists under ``plugins.torun-news-archive.hidden_columns`` (the body, the search terms,
  HTTP validators…): they stay in the database, in its JSON and CSV, and one click shows them.
"""

from __future__ import annotations

from contextvars import ContextVar
from urllib.parse import parse_qsl, quote, urlencode

from archiver.publish.headers import send_answer

PLUGIN = "torun-news-archive"
SEARCHED: ContextVar[str | None] = ContextVar("searched", default=None)
SEARCH_ARGUMENTS = ("q", "_search", "person", "photographer")


class ReadingDefaults:
    def __init__(self, app, datasette):
        self.app = app
        self.datasette = datasette

    def hidden_columns(self, path: str) -> list[str]:
        parts = path.strip("/").split("/")
        if len(parts) != 2 or "." in parts[1] or parts[0] not in self.datasette.databases:
            return []
        config = self.datasette.plugin_config(PLUGIN, database=parts[0], table=parts[1]) or {}
        return list(config.get("hidden_columns", []))

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        arguments = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
        searched = next((value for name, value in arguments if name in SEARCH_ARGUMENTS and value.strip()), None)
        token = SEARCHED.set(searched)
        try:
            hidden = self.hidden_columns(scope["path"])
            if hidden and not any(name in ("_col", "_nocol") for name, _ in arguments):
                query = urlencode(arguments + [("_nocol", column) for column in hidden])
                location = quote("/" + scope["path"].lstrip("/\\")) + "?" + query
                return await send_answer(send, 302, b"", b"text/plain; charset=utf-8", [(b"location", location.encode())])
            return await self.app(scope, receive, send)
        finally:
            SEARCHED.reset(token)
