"""Security headers on every response, and a per-response nonce for the page's own scripts.

The archive shows text written by pages we do not control. Everything from them is escaped or
sanitised before it reaches a page; the Content-Security-Policy is the guard behind that: no inline
event handler, no ``javascript:`` URL and no script from another host can run, even if one slipped
through. Datasette's own templates use inline ``<script>`` and ``<style>`` elements, so this wrapper
gives each HTML response a fresh nonce and writes it into those elements: stored text never
reaches a page as a raw element (it is escaped, or sanitised with nh3 for article bodies), so only
the templates' own elements carry it.

The archive is read-only: a method other than GET, HEAD or OPTIONS is answered 405 everywhere,
Datasette's own ``/-/`` tools included (a cross-site form could otherwise post a message banner
onto the archive's pages), instead of reaching views that were never meant to take it.
"""

from __future__ import annotations

import re
import secrets

# datasette-vega compiles its chart specifications with `new Function`: only a page that loads it
# is allowed eval, and only for scripts that the page was allowed to load in the first place.
# (datasette-vega adds its script to every HTML page Datasette renders.)
CHART_SCRIPT = re.compile(rb'<script [^>]*src="[^"]*/-/static-plugins/datasette_vega/')
# The SQL editor's resize handle (Datasette's cm-resize) adds <style> elements from script, which
# no nonce can cover: only pages with the editor allow inline style elements (styles cannot run code).
# Both are found as <script src> elements, which text from the archive can never become (it is
# escaped), so no stored or reflected text can switch either on.
EDITOR_SCRIPT = re.compile(rb'<script [^>]*src="[^"]*/-/static/cm-resize-')
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_OPENING_TAG = re.compile(rb"<(script|style)\b", re.IGNORECASE)


def content_security_policy(nonce: str, *, allow_eval: bool = False, allow_inline_style: bool = False) -> str:
    script = f"'self' 'nonce-{nonce}'" + (" 'unsafe-eval'" if allow_eval else "")
    # (A nonce in style-src would make browsers ignore 'unsafe-inline', so it is one or the other.)
    style = "'self' 'unsafe-inline'" if allow_inline_style else f"'self' 'nonce-{nonce}'"
    return "; ".join([
        "default-src 'self'",
        f"script-src {script}",
        # style="" attributes in Datasette's templates and in the chart's generated SVG stay allowed:
        # they cannot run code.
        f"style-src {style}",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])  # fmt: skip


STATIC_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_REPLACED = {b"content-security-policy", b"content-length", *(name for name, _ in STATIC_HEADERS)}


def with_nonce(body: bytes, nonce: str) -> bytes:
    return _OPENING_TAG.sub(lambda m: m.group(0) + f' nonce="{nonce}"'.encode(), body)


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP response, the nonce in every HTML one."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] not in READ_METHODS:
            return await method_not_allowed(send)
        nonce = secrets.token_urlsafe(18)
        start: dict | None = None
        chunks: list[bytes] = []

        async def send_with_headers(message):
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if not is_html(message):
                    await send(finished_start(message, nonce, None))
                return
            if message["type"] != "http.response.body" or start is None:
                return await send(message)
            if not is_html(start):
                return await send(message)
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = with_nonce(b"".join(chunks), nonce)
            await send(finished_start(start, nonce, body, keep_length=scope["method"] == "HEAD"))
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, send_with_headers)


def is_html(start: dict) -> bool:
    return any(name.lower() == b"content-type" and value.lower().startswith(b"text/html") for name, value in start["headers"])


def finished_start(start: dict, nonce: str, body: bytes | None, *, keep_length: bool = False) -> dict:
    """The response's headers with the security headers; ``body`` the HTML whose length they give
    (a HEAD response has none: it keeps the length the GET would have)."""
    headers = [(name, value) for name, value in start["headers"] if name.lower() not in _REPLACED]
    policy = content_security_policy(nonce, allow_eval=bool(body and CHART_SCRIPT.search(body)),
                                     allow_inline_style=bool(body and EDITOR_SCRIPT.search(body)))  # fmt: skip
    headers += [(b"content-security-policy", policy.encode())]
    headers += STATIC_HEADERS
    if body is not None and not keep_length:
        headers.append((b"content-length", str(len(body)).encode()))
    else:
        headers += [(name, value) for name, value in start["headers"] if name.lower() == b"content-length"]
    return {**start, "headers": headers}


async def method_not_allowed(send) -> None:
    await send_answer(send, 405, b"405 Method Not Allowed: the archive is read-only; use GET.\n", b"text/plain; charset=utf-8",
                      [(b"allow", b"GET, HEAD, OPTIONS"), *STATIC_HEADERS,
                       (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")])  # fmt: skip


async def send_answer(send, status: int, body: bytes, content_type: bytes, headers: list | None = None) -> None:
    """A whole short response, answered by the wrappers themselves."""
    start = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *(headers or [])]
    await send({"type": "http.response.start", "status": status, "headers": start})
    await send({"type": "http.response.body", "body": body})
