"""The one network gateway: every request the plugin makes is built here.

Callers receive a transport as an argument: the command line uses `RequestsTransport`
(environment proxies), QGIS uses the QgsBlockingNetworkRequest transport of the GIS
layer (QGIS proxy and authentication settings), tests point either at 127.0.0.1.
`PoliteTransport` wraps any transport with the harvest's manners: per-host limits,
retries with backoff honouring Retry-After, and a per-host circuit breaker.
"""
import json
import logging
import random
import re
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Dict, Optional
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree
from xml.parsers import expat

from .. import about
from .errors import Cancelled, InputError, PortalError
from .i18n import tr
from .sources import check_url

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


def retry_after_seconds(value: Optional[str]) -> Optional[float]:
    """Retry-After is either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# --- manners --------------------------------------------------------------------------

@dataclass
class Manners:
    per_host: int = 6
    retries: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    breaker_threshold: int = 3  # consecutive network failures before a host is left alone
    breaker_cooldown: float = 60.0


class _Host:
    def __init__(self, limit: int):
        self.slots = threading.BoundedSemaphore(limit)
        self.lock = threading.Lock()
        self.failures = 0
        self.open_until = 0.0


class PoliteTransport:
    """Wraps a transport: at most `per_host` requests in flight per host, retries on
    connection errors, 429 and 5xx with exponential backoff (Retry-After wins), and a
    circuit breaker, because retry storms got clients blocked by data.gouv.fr."""

    RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

    def __init__(self, transport, manners: Optional[Manners] = None, cancel_event: Optional[threading.Event] = None):
        self.transport = transport
        self.manners = manners or Manners()
        self.cancel_event = cancel_event or threading.Event()
        self._hosts: Dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.manners.per_host)
            return self._hosts[key]

    def _wait(self, seconds: float) -> None:
        if self.cancel_event.wait(seconds):
            raise Cancelled(tr("Operation cancelled by the user."))

    def _delay(self, attempt: int, response: Optional[Response]) -> float:
        if response is not None:
            asked = retry_after_seconds(response.header("Retry-After"))
            if asked is not None:
                return min(asked, self.manners.backoff_max)
        base = self.manners.backoff_base * (2 ** attempt)
        return min(base, self.manners.backoff_max) * random.uniform(0.8, 1.2)

    def get(self, url: str, headers: Optional[Dict[str, str]] = None) -> Response:
        host = self._host(url)
        attempt = 0
        while True:
            if self.cancel_event.is_set():
                raise Cancelled(tr("Operation cancelled by the user."))
            with host.lock:
                if host.open_until > time.monotonic():
                    raise CircuitOpen(tr("{host} failed repeatedly; left alone for now").format(host=host_key(url)))
            self._acquire(host)
            try:
                response = self.transport.get(url, headers)
            except (ConnectionFailed, RequestTimeout) as error:
                failure = error
            else:
                failure = None
            finally:
                host.slots.release()  # never hold a host's slot while backing off
            if failure is not None:
                self._failed(host)
                # A timeout already cost `timeout` seconds: not retried, but it counts for the breaker.
                if isinstance(failure, RequestTimeout) or attempt >= self.manners.retries:
                    raise failure
                self._wait(self._delay(attempt, None))
                attempt += 1
                continue
            with host.lock:
                host.failures = 0
            if response.status in self.RETRY_STATUS and attempt < self.manners.retries:
                LOG.debug("HTTP %s from %s, retry %d", response.status, url, attempt + 1)
                self._wait(self._delay(attempt, response))
                attempt += 1
                continue
            return response

    def _acquire(self, host: _Host) -> None:
        """A slot on the host; threads queued behind a busy host still notice a cancel."""
        while not host.slots.acquire(timeout=0.1):
            if self.cancel_event.is_set():
                raise Cancelled(tr("Operation cancelled by the user."))
        if self.cancel_event.is_set():
            host.slots.release()
            raise Cancelled(tr("Operation cancelled by the user."))

    def _failed(self, host: _Host) -> None:
        with host.lock:
            host.failures += 1
            if host.failures >= self.manners.breaker_threshold:
                host.open_until = time.monotonic() + self.manners.breaker_cooldown
                host.failures = 0
