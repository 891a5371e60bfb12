"""What one request may ask, refused before any work is done, with a clear message.

- A search over the documented caps (characters and words, or with a NUL character). The Polish
  search functions refuse such input too, but SQLite only reports "user-defined function raised
  exception"; this check runs first, for every search parameter the archive's pages take.
- More facets than a reader can use at once: each is a query of its own under the time limit, so
  fifty of them held a worker for twenty seconds.
- A streamed CSV (``_stream=on``) runs one query per page of ``_size`` rows: it always gets
  Datasette's largest page, never ``_size=1`` (one query per row).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode

from markupsafe import escape

from archiver.publish.headers import send_answer
from archiver.search import SearchTooLong, search_words

# The canned queries' search parameters, and the table pages' search box (`_search`, `_search_COLUMN`).
SEARCH_PARAMETERS = ("q", "person", "photographer")
MAX_FACETS = 10


def is_search_parameter(name: str) -> bool:
    return name in SEARCH_PARAMETERS or name == "_search" or name.startswith("_search_")


def request_problem(parameters: list[tuple[str, str]]) -> str | None:
    for name, value in parameters:
        if is_search_parameter(name):
            if "\x00" in value:  # SQLite's full-text query parser reads it as the end of the text
                return "a search cannot contain a NUL character"
            try:
                search_words(value)
            except SearchTooLong as error:
                return str(error)
    facets = sum(1 for name, _ in parameters if name.startswith("_facet"))
    if facets > MAX_FACETS:
        return f"a page can show at most {MAX_FACETS} facets; this one asks for {facets}"
    return None


def streamed_in_full_pages(parameters: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if not any(name == "_stream" and value not in ("", "0", "off") for name, value in parameters):
        return parameters
    return [(name, value) for name, value in parameters if name != "_size"] + [("_size", "max")]


class RequestLimits:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        parameters = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
        problem = request_problem(parameters)
        if problem is None:
            streamed = streamed_in_full_pages(parameters)
            if streamed is not parameters:
                scope = {**scope, "query_string": urlencode(streamed).encode()}
            return await self.app(scope, receive, send)
        if scope["path"].endswith(".json"):
            body, kind = json.dumps({"ok": False, "error": problem, "status": 400}).encode(), b"application/json; charset=utf-8"
        else:
            # Only ever a path of this site: "//host" or "/\host" would lead a reader elsewhere.
            here = "/" + scope["path"].lstrip("/\\")
            body = (f"<!DOCTYPE html><html><head><title>Request too large</title></head><body><h1>Request too large</h1>"
                    f"<p>{escape(problem)}: ask for less and <a href=\"{escape(here)}\">try again</a>.</p>"
                    "</body></html>").encode()  # fmt: skip
            kind = b"text/html; charset=utf-8"
        await send_answer(send, 400, body, kind)  # SecurityHeaders, around this, adds its headers
