"""Tests talk only to servers they start on this machine: any other host a test asks for is refused and named.

Names under .invalid, which never resolve, are refused here too, without a DNS query, but are not a failure.

Installed by conftest.py for the whole run. A name is refused before any packet leaves (the harvest then
sees an unreachable host, as offline), and the test that asked fails, naming the host, so that a test
can never pass by reaching, or by quietly failing to reach, a real public endpoint. Requests made by QGIS's
own network stack or by a subprocess do not go through Python's resolver: tests give those 127.0.0.1 URLs.
"""
import socket
import threading

LOCAL = {"127.0.0.1", "localhost", "::1", "", None}
_asked = []
_lock = threading.Lock()
_resolve = socket.getaddrinfo


def _local_only(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    if name in LOCAL:
        return _resolve(host, *args, **kwargs)
    # Names under .invalid never resolve (RFC 6761): tests use them for "a host that does not exist", and the
    # answer is given here, without a query to any DNS server.
    if not str(name).lower().rstrip(".").endswith(".invalid"):
        with _lock:
            _asked.append(name)
    raise socket.gaierror(socket.EAI_NONAME, f"tests talk only to 127.0.0.1, not to {name}")


def install() -> None:
    socket.getaddrinfo = _local_only


def mark() -> int:
    return len(_asked)


def asked_since(start: int) -> list:
    with _lock:
        return sorted(set(_asked[start:]))


def forget(start: int) -> None:
    """Drop what was asked since `start` (the guard's own test asks a public name on purpose)."""
    with _lock:
        del _asked[start:]
