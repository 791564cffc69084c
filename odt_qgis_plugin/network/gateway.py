"""The one network gateway: every request the plugin makes is built here.

Callers receive a transport as an argument: the command line uses `RequestsTransport`
(environment proxies), QGIS uses the QgsBlockingNetworkRequest transport of the GIS
layer (QGIS proxy and authentication settings), tests point either at 127.0.0.1.
The harvest wraps any of them in `manners.PoliteTransport`.
"""
import json
import logging
import re
import threading
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
TIMEOUT = 60.0
MAX_REDIRECTS = 5


# Typed failures: `reason` is the status word the harvest stores for an actor.
class NetworkError(PortalError):
    reason = "network_error"


class ConnectionFailed(NetworkError):
    reason = "connection_error"


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

    Redirects are followed here, hop by hop, so that every hop is checked (http/https only)
    and counted; one requests session per thread, since sessions are not documented thread-safe.
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
            import requests

            session = requests.Session()
            session.headers["User-Agent"] = about.user_agent()
            session.verify = True
            self._local.session = session
        return session

    def get(self, url: str, headers: Optional[Dict[str, str]] = None) -> Response:
        start = url
        for _ in range(self.max_redirects + 1):
            response = self._get_once(checked_url(url), headers)
            target = redirect_target(response)
            if target is None:
                return response
            url = target
        raise RedirectLoop(tr("Too many redirects from {url}").format(url=start))

    def _get_once(self, url: str, headers) -> Response:
        import requests

        try:
            with self.session.get(url, headers=headers, timeout=self.timeout, stream=True,
                                  allow_redirects=False) as reply:
                declared = reply.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise TooLarge(tr("Response too large from {url}").format(url=url))
                chunks, size = [], 0
                for chunk in reply.iter_content(65536):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TooLarge(tr("Response too large from {url}").format(url=url))
                    chunks.append(chunk)
                return Response(reply.url, reply.status_code, b"".join(chunks), dict(reply.headers))
        except requests.Timeout:
            raise RequestTimeout(tr("Timed out: {url}").format(url=url)) from None
        except requests.RequestException as error:
            raise ConnectionFailed(
                tr("Cannot reach {url}: {reason}").format(url=url, reason=type(error).__name__)) from None


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
    try:
        return json.loads(response.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise BadJson(tr("Not valid JSON from {url}").format(url=response.url)) from None


_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_xml(response: Response) -> ElementTree.Element:
    """XML without a DTD: any DOCTYPE/ENTITY is refused, so no entity expansion nor external entity."""
    refused = BadXml(tr("XML with a DTD or entities refused from {url}").format(url=response.url))
    if _DTD.search(response.body):
        raise refused

    def refuse(*_args):
        raise refused

    # The byte scan misses a DTD in UTF-16 or another encoding; expat sees it whatever the encoding.
    guard = expat.ParserCreate()
    guard.StartDoctypeDeclHandler = refuse
    guard.EntityDeclHandler = refuse
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
