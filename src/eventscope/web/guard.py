"""What every request passes first: a Host check, a cap on the request body, and the security headers.

- Host: a server on a loopback address answers only to loopback names, so a web page elsewhere cannot
  reach it through DNS rebinding (a name of the attacker's that resolves to 127.0.0.1). Behind a reverse
  proxy, list the public names (`eventscope serve --allowed-host NAME`, or '*' for any).
- Body: a request body larger than the limit is refused with 413 before anything parses it.
- Headers: a Content-Security-Policy without inline scripts, nosniff, no framing, no referrer.

A plain ASGI middleware (not Starlette's BaseHTTPMiddleware), so streamed responses stay streamed.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

__all__ = ["LOOPBACK_NAMES", "SECURITY_HEADERS", "ASGIApp", "Message", "Receive", "RequestGuard", "Scope", "Send",
           "allowed_hosts_for"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def allowed_hosts_for(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The Host names a server bound to `bind_host` answers to; None for any. Loopback binds get the
    loopback names; other binds answer to any name unless some are listed; '*' among them means any."""
    names = {name.lower() for name in extra}
    if "*" in names:
        return None
    if bind_host in LOOPBACK_NAMES or bind_host.startswith("127."):
        return frozenset(LOOPBACK_NAMES | names | {bind_host})
    return frozenset(names | {bind_host}) if names else None


def _host_name(header: str) -> str:
    """The name of a Host header, without its port ('[::1]:8000' -> '[::1]', 'a.org:80' -> 'a.org')."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class RequestGuard:
    def __init__(self, app: ASGIApp, allowed_hosts: frozenset[str] | None = None, max_body_bytes: int = 1_000_000) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in present)]
            await send(message)

        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        if self.allowed_hosts is not None and _host_name(headers.get("host", "")) not in self.allowed_hosts:
            await _refuse(send_with_headers, 400, "unknown Host header; run `eventscope serve --allowed-host NAME` "
                                                  "to serve under another name (e.g. behind a reverse proxy)")
            return
        if scope["method"] in _BODY_METHODS:
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_body_bytes:
                await _refuse(send_with_headers, 413, f"request body over the limit of {self.max_body_bytes} bytes")
                return
            body = bytearray()
            more = True
            while more:
                message = await receive()
                if message["type"] != "http.request":  # the client went away
                    return
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > self.max_body_bytes:
                    await _refuse(send_with_headers, 413, f"request body over the limit of {self.max_body_bytes} bytes")
                    return
            receive = _replay(bytes(body), receive)
        await self.app(scope, receive, send_with_headers)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that hands the already read body over once, then waits on the client as usual."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
