"""Whole-request deadlines for requests/urllib3: a watchdog shuts the socket down when time is up.

requests' `timeout` bounds each socket read, not the request: a server sending one byte every
few seconds never trips it. The connections made here hand their socket to the deadline of the
request under way in their thread, and the deadline's timer shuts it down, which wakes a read
blocked in another thread on every platform.
"""
import socket
import threading
from contextlib import contextmanager
from typing import Iterator, List

_CURRENT = threading.local()


class Deadline:
    def __init__(self):
        self._lock = threading.Lock()
        self._sockets: List[socket.socket] = []
        self.expired = False

    def watch(self, sock) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed: nothing left to cut
        pass


def _watch(sock) -> None:
    deadline = getattr(_CURRENT, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.watch(sock)


@contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Requests made in this thread inside the block are cut after `seconds`."""
    current = Deadline()
    timer = threading.Timer(max(seconds, 0.0), current.expire)
    timer.daemon = True
    _CURRENT.deadline = current
    timer.start()
    try:
        yield current
    finally:
        timer.cancel()
        _CURRENT.deadline = None


def _watched(base):
    class Watched(base):
        def _new_conn(self):
            sock = super()._new_conn()
            _watch(sock)
            return sock

        def getresponse(self, *args, **kwargs):
            _watch(self.sock)  # a kept-alive connection made for an earlier request
            return super().getresponse(*args, **kwargs)

    Watched.__name__ = "Watched" + base.__name__
    return Watched


def session():
    """A requests session whose HTTP(S) connections obey `deadline()` (SOCKS proxies keep read timeouts only)."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class Pool(HTTPConnectionPool):
        ConnectionCls = _watched(HTTPConnection)

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = _watched(HTTPSConnection)

    pools = {"http": Pool, "https": SecurePool}

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, proxy, **kwargs):
            manager = super().proxy_manager_for(proxy, **kwargs)
            if not proxy.lower().startswith("socks"):
                manager.pool_classes_by_scheme = pools
            return manager

    result = requests.Session()
    adapter = Adapter()
    result.mount("http://", adapter)
    result.mount("https://", adapter)
    return result
