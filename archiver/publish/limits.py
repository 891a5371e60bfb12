"""A search over the documented caps is refused before any work is done, with a clear message.

The Polish search functions refuse such input too (SQLite only reports "user-defined function
raised exception"); this check runs first, for every search parameter the archive's pages take,
so the person who typed it reads what the limit is.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from markupsafe import escape

from archiver.search import SearchTooLong, search_words

# The canned queries' search parameters, and the table pages' search box (`_search`, `_search_COLUMN`).
SEARCH_PARAMETERS = ("q", "person")


def is_search_parameter(name: str) -> bool:
    return name in SEARCH_PARAMETERS or name == "_search" or name.startswith("_search_")


def search_problem(query_string: bytes) -> str | None:
    for name, value in parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True):
        if is_search_parameter(name):
            if "\x00" in value:  # SQLite's full-text query parser reads it as the end of the text
                return "a search cannot contain a NUL character"
            try:
                search_words(value)
            except SearchTooLong as error:
                return str(error)
    return None


class SearchLimits:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        problem = search_problem(scope.get("query_string", b"")) if scope["type"] == "http" else None
        if problem is None:
            return await self.app(scope, receive, send)
        if scope["path"].endswith(".json"):
            body, kind = json.dumps({"ok": False, "error": problem, "status": 400}).encode(), b"application/json; charset=utf-8"
        else:
            body = (f"<!DOCTYPE html><html><head><title>Search too long</title></head><body><h1>Search too long</h1>"
                    f"<p>{escape(problem)}: shorten it and <a href=\"{escape(scope['path'])}\">search again</a>.</p>"
                    "</body></html>").encode()  # fmt: skip
            kind = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})  # fmt: skip
        await send({"type": "http.response.body", "body": body})
