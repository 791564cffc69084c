"""The harvest's manners around any transport: per-host limits, a short retry budget, Retry-After within a cap,
a circuit breaker, and deadlines: every request and every wait of one actor ends by that actor's deadline."""
import logging
import random
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Dict, Optional

from ..common.errors import Cancelled
from ..common.i18n import tr
from ..common.settings import HARVEST_MAX_RETRY_AFTER, HARVEST_PER_HOST, HARVEST_RETRIES
from .gateway import CircuitOpen, ConnectionFailed, DnsFailed, NetworkError, RequestTimeout, Response, host_key

LOG = logging.getLogger(__name__)


class RateLimited(NetworkError):
    """The server asks us to come back later than we can wait: left for a later run, not counted as 0."""

    reason = "rate_limited"
    status = 429


class OutOfTime(NetworkError):
    """The actor's deadline passed (queued behind its host, or many slow requests)."""

    reason = "actor_timeout"


def retry_after_seconds(value: Optional[str]) -> Optional[float]:
    """Retry-After is either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass
class Manners:
    per_host: int = HARVEST_PER_HOST
    retries: int = HARVEST_RETRIES
    backoff_base: float = 0.5
    backoff_max: float = 4.0
    max_retry_after: float = HARVEST_MAX_RETRY_AFTER
    breaker_threshold: int = 3  # consecutive network failures before a host is left alone
    breaker_cooldown: float = 60.0
    request_timeout: Optional[float] = None  # at most this per request (the transport's own limit applies too)


class _Host:
    def __init__(self, limit: int):
        self.slots = threading.BoundedSemaphore(limit)
        self.lock = threading.Lock()
        self.failures = 0
        self.open_until = 0.0


class PoliteTransport:
    """Wraps a transport: at most `per_host` requests in flight per host; connection errors, 429 and 5xx
    retried `retries` times with a short backoff (Retry-After wins, up to `max_retry_after`); a circuit
    breaker, because retry storms got clients blocked by data.gouv.fr. A host name that does not
    resolve and a request that timed out are not retried: asking again would cost as much."""

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

    def _check_cancel(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled(tr("Operation cancelled by the user."))

    def _wait(self, seconds: float) -> None:
        if self.cancel_event.wait(seconds):
            raise Cancelled(tr("Operation cancelled by the user."))

    def _backoff(self, attempt: int) -> float:
        base = self.manners.backoff_base * (2 ** attempt)
        return min(base, self.manners.backoff_max) * random.uniform(0.8, 1.2)

    @staticmethod
    def _remaining(deadline: Optional[float], url: str) -> Optional[float]:
        if deadline is None:
            return None
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise OutOfTime(tr("Out of time for this actor before asking {url}").format(url=url))
        return remaining

    def get(self, url: str, headers: Optional[Dict[str, str]] = None, deadline: Optional[float] = None) -> Response:
        """`deadline` (time.monotonic()) ends the request and every retry and wait for it."""
        host = self._host(url)
        attempt = 0
        while True:
            self._check_cancel()
            self._remaining(deadline, url)
            with host.lock:
                if host.open_until > time.monotonic():
                    raise CircuitOpen(tr("{host} failed repeatedly; left alone for now").format(host=host_key(url)))
            self._acquire(host, deadline, url)
            try:
                response = self._send(url, headers, deadline)
            except (ConnectionFailed, RequestTimeout, DnsFailed) as error:
                failure = error
            else:
                failure = None
            finally:
                host.slots.release()  # never hold a host's slot while backing off
            if isinstance(failure, RequestTimeout) and deadline is not None and time.monotonic() >= deadline:
                # Cut by the actor's deadline, not by the host's slowness alone: no mark against the host.
                raise OutOfTime(tr("Out of time for this actor while asking {url}").format(url=url)) from None
            if failure is not None:
                self._failed(host)
                if isinstance(failure, (RequestTimeout, DnsFailed)) or attempt >= self.manners.retries:
                    raise failure
                delay = self._backoff(attempt)
                if not self._fits(delay, deadline):
                    raise failure
                self._wait(delay)
                attempt += 1
                continue
            with host.lock:
                host.failures = 0
            if response.status not in self.RETRY_STATUS:
                return response
            delay = self._retry_delay(response, attempt, deadline)
            if delay is None:
                return response
            LOG.debug("HTTP %s from %s, retry %d in %.1f s", response.status, url, attempt + 1, delay)
            self._wait(delay)
            attempt += 1

    def _retry_delay(self, response: Response, attempt: int, deadline: Optional[float]) -> Optional[float]:
        """Seconds to wait before asking again, or None to give the answer as it is; RateLimited when a 429
        cannot be waited out (Retry-After above the cap or beyond the deadline, retries spent)."""
        asked = retry_after_seconds(response.header("Retry-After"))
        limited = response.status == 429
        host = host_key(response.url)
        if asked is not None and asked > self.manners.max_retry_after:
            if limited:
                raise RateLimited(tr("{host} asks to wait {asked} s, more than the {cap} s allowed").format(
                    host=host, asked=f"{asked:.0f}", cap=f"{self.manners.max_retry_after:g}"))
            return None
        if attempt >= self.manners.retries:
            if limited:
                raise RateLimited(tr("{host} still answers 429 (too many requests) after {n} retries").format(
                    host=host, n=attempt))
            return None
        delay = asked if asked is not None else self._backoff(attempt)
        if not self._fits(delay, deadline):
            if limited:
                raise RateLimited(tr("{host} asks to wait {asked} s, beyond this actor's deadline").format(
                    host=host, asked=f"{delay:.0f}"))
            return None
        return delay

    @staticmethod
    def _fits(delay: float, deadline: Optional[float]) -> bool:
        """Whether waiting `delay` still leaves time to ask again."""
        return deadline is None or time.monotonic() + delay < deadline

    def _send(self, url: str, headers, deadline: Optional[float]) -> Response:
        limits = [t for t in (self.manners.request_timeout, self._remaining(deadline, url)) if t is not None]
        if not limits:
            return self.transport.get(url, headers)
        return self.transport.get(url, headers, timeout=min(limits))

    def _acquire(self, host: _Host, deadline: Optional[float], url: str) -> None:
        """A slot on the host; threads queued behind a busy host still notice a cancel or their deadline."""
        while not host.slots.acquire(timeout=0.1):
            self._check_cancel()
            self._remaining(deadline, url)
        if self.cancel_event.is_set():
            host.slots.release()
            self._check_cancel()

    def _failed(self, host: _Host) -> None:
        with host.lock:
            host.failures += 1
            if host.failures >= self.manners.breaker_threshold:
                host.open_until = time.monotonic() + self.manners.breaker_cooldown
                host.failures = 0


class ActorBudget:
    """The transport one actor's work sees: every request, retry and wait ends by the actor's deadline."""

    def __init__(self, polite: PoliteTransport, seconds: float):
        self.polite = polite
        self.deadline = time.monotonic() + seconds

    def get(self, url: str, headers: Optional[Dict[str, str]] = None) -> Response:
        return self.polite.get(url, headers, deadline=self.deadline)
