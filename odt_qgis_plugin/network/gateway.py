"""The one network gateway: every request the plugin makes is built here.

Callers receive a transport as an argument: the command line uses `RequestsTransport`
(environment proxies), QGIS uses the QgsBlockingNetworkRequest transport of the GIS
layer (QGIS proxy and authentication settings), tests point either at 127.0.0.1.
The harvest wraps any of them in `manners.PoliteTransport`.
"""
import json
import logging
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Dict, Optional
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree
from xml.parsers import expat

from ..common import about
from ..common.errors import InputError, PortalError
from ..common.i18n import tr
from ..common.sources import check_url

LOG = logging.getLogger(__name__)

MAX_BYTES = 200 * 1024 * 1024  # reference files are ~10 MB; anything far larger is not ours
# Seconds for a whole request (connect, headers, body): a reference file of tens of MB over a slow link.
# The harvest passes its own, far shorter, per-request timeout.
TIMEOUT = 300.0
MAX_REDIRECTS = 5
# Real answers nest a few levels (DCAT: 5); far deeper is an attack on the parser, not data.
MAX_XML_DEPTH = 256


# Typed failures: `reason` is the status word the harvest stores for an actor.
class NetworkError(PortalError):
    reason = "network_error"


class ConnectionFailed(NetworkError):
    reason = "connection_error"


class DnsFailed(NetworkError):
    """The host name does not resolve: asking again will not help."""

    reason = "dns_error"


class RequestTimeout(NetworkError):
    reason = "timeout"


class TooLarge(NetworkError):
    reason = "too_large"


class RedirectLoop(NetworkError):
    reason = "redirect_loop"


class BadScheme(NetworkError):
    reason = "bad_scheme"


class CircuitOpen(NetworkError):
    reason = "circuit_open"


class HttpStatusError(PortalError):
    def __init__(self, message: str, status: int, details: str = ""):
        super().__init__(message, details)
        self.status = status
        self.reason = f"http_{status}"


class BadJson(PortalError):
    reason = "bad_json"


class BadXml(PortalError):
    reason = "bad_xml"


class UnexpectedAnswer(PortalError):
    """Well-formed, but not the shape the API documents."""

    reason = "bad_answer"


@dataclass
class Response:
    url: str
    status: int
    body: bytes
    headers: Dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> Optional[str]:
        lower = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lower:
                return value
        return None


def checked_url(url: str) -> str:
    try:
        return check_url(url)
    except InputError as error:
        raise BadScheme(error.message) from None


def redirect_target(response: Response) -> Optional[str]:
    if response.status in (301, 302, 303, 307, 308):
        location = response.header("Location")
        if location:
            return urljoin(response.url, location)
    return None


class RequestsTransport:
    """HTTP(S) with requests: TLS verified, environment proxies, capped body, bounded redirects.

    `timeout` bounds the whole request, redirects included (connect, headers and body: see
    cutoff.py); `get(..., timeout=)` may shorten it for one call. Redirects are followed here,
    hop by hop, so that every hop is checked (http/https only) and counted; one requests
    session per thread, since sessions are not documented thread-safe.
    """

    def __init__(self, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, max_redirects: int = MAX_REDIRECTS):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._local = threading.local()

    @property
    def session(self):
        session = getattr(self._local, "session", None)
        if session is None:
            from . import cutoff

            session = cutoff.session()
            session.headers["User-Agent"] = about.user_agent()
            session.verify = True
            self._local.session = session
        return session

    def get(self, url: str, headers: Optional[Dict[str, str]] = None, timeout: Optional[float] = None) -> Response:
        start = url
        seconds = self.timeout if timeout is None else min(self.timeout, timeout)
        deadline = time.monotonic() + seconds
        for _ in range(self.max_redirects + 1):
            response = self._get_once(checked_url(url), headers, deadline)
            target = redirect_target(response)
            if target is None:
                return response
            url = target
        raise RedirectLoop(tr("Too many redirects from {url}").format(url=start))

    def _get_once(self, url: str, headers, deadline: float) -> Response:
        import requests

        from . import cutoff

        timed_out = RequestTimeout(tr("Timed out: {url}").format(url=url))
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise timed_out
        with cutoff.deadline(remaining) as cut:
            try:
                with self.session.get(url, headers=headers, timeout=remaining, stream=True,
                                      allow_redirects=False) as reply:
                    declared = reply.headers.get("Content-Length", "")
                    if declared.isdigit() and int(declared) > self.max_bytes:
                        raise TooLarge(tr("Response too large from {url}").format(url=url))
                    chunks, size = [], 0
                    for chunk in reply.iter_content(65536):
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise TooLarge(tr("Response too large from {url}").format(url=url))
                        if time.monotonic() > deadline:
                            raise timed_out
                        chunks.append(chunk)
                    response = Response(reply.url, reply.status_code, b"".join(chunks), dict(reply.headers))
            except requests.Timeout:
                raise timed_out from None
            except requests.RequestException as error:
                if cut.expired:
                    raise timed_out from None
                if caused_by(error, socket.gaierror):
                    raise DnsFailed(tr("Host name not found: {url}").format(url=url)) from None
                raise ConnectionFailed(
                    tr("Cannot reach {url}: {reason}").format(url=url, reason=type(error).__name__)) from None
        if cut.expired:  # a body read until the connection closed ends early, without an error
            raise timed_out
        return response


def caused_by(error: BaseException, kind) -> bool:
    """Whether `kind` is anywhere in the chain of causes (requests and urllib3 wrap socket errors twice)."""
    seen, stack = set(), [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind):
            return True
        stack += [current.__cause__, current.__context__, getattr(current, "reason", None)]
        stack += [arg for arg in current.args if isinstance(arg, BaseException)]
    return False


def fetcher(transport):
    """A `fetch(url) -> bytes` for readers of whole files, failing on any non-200 answer."""

    def fetch(url: str) -> bytes:
        response = transport.get(url)
        if response.status != 200:
            raise HttpStatusError(tr("HTTP {status} from {url}").format(status=response.status, url=url),
                                  response.status)
        return response.body

    return fetch


# --- decoding answers ---------------------------------------------------------------

def expect_ok(response: Response) -> Response:
    if not 200 <= response.status < 300:
        raise HttpStatusError(tr("HTTP {status} from {url}").format(status=response.status, url=response.url),
                              response.status, response.body[:300].decode("utf-8", "replace"))
    return response


def parse_json(response: Response):
    """Size is capped by the transport; depth by the parser, which stops at the recursion limit."""
    try:
        return json.loads(response.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise BadJson(tr("Not valid JSON from {url}").format(url=response.url)) from None
    except RecursionError:
        raise BadJson(tr("JSON nested too deeply from {url}").format(url=response.url)) from None


_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_xml(response: Response) -> ElementTree.Element:
    """XML without a DTD (no entity expansion nor external entity) and at most MAX_XML_DEPTH levels deep."""
    refused = BadXml(tr("XML with a DTD or entities refused from {url}").format(url=response.url))
    if _DTD.search(response.body):
        raise refused

    def refuse(*_args):
        raise refused

    depth = [0]

    def enter(*_args):
        depth[0] += 1
        if depth[0] > MAX_XML_DEPTH:
            raise BadXml(tr("XML nested too deeply from {url}").format(url=response.url))

    def leave(*_args):
        depth[0] -= 1

    # The byte scan misses a DTD in UTF-16 or another encoding; expat sees it whatever the encoding.
    guard = expat.ParserCreate()
    guard.StartDoctypeDeclHandler = refuse
    guard.EntityDeclHandler = refuse
    guard.StartElementHandler = enter
    guard.EndElementHandler = leave
    try:
        guard.Parse(response.body, True)
        return ElementTree.fromstring(response.body)
    except (expat.ExpatError, ElementTree.ParseError):
        raise BadXml(tr("Not valid XML from {url}").format(url=response.url)) from None


def get_json(transport, url: str, headers: Optional[Dict[str, str]] = None):
    return parse_json(expect_ok(transport.get(url, headers)))


def get_xml(transport, url: str, headers: Optional[Dict[str, str]] = None) -> ElementTree.Element:
    return parse_xml(expect_ok(transport.get(url, headers)))


def host_key(url: str) -> str:
    return (urlsplit(url).netloc or "").lower()
