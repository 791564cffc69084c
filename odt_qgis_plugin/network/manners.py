"""The harvest's manners around any transport: per-host limits, retries honouring Retry-After, a circuit breaker."""
import logging
import random
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Dict, Optional

from ..common.errors import Cancelled
from ..common.i18n import tr
from ..common.settings import HARVEST_PER_HOST
from .gateway import CircuitOpen, ConnectionFailed, RequestTimeout, Response, host_key

LOG = logging.getLogger(__name__)


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


@dataclass
class Manners:
    per_host: int = HARVEST_PER_HOST
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
