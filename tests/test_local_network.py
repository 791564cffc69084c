"""The guard that keeps every test's requests on this machine (tests/local_network.py, installed by conftest.py)."""
import socket

import local_network
import pytest

pytestmark = pytest.mark.pure


def test_a_public_host_is_refused_before_any_query_and_named():
    start = local_network.mark()
    try:
        with pytest.raises(socket.gaierror, match="only to 127.0.0.1"):
            socket.create_connection(("www.data.gouv.fr", 443), timeout=1)
        assert local_network.asked_since(start) == ["www.data.gouv.fr"]
    finally:
        local_network.forget(start)


def test_local_and_never_resolving_names_are_not_reported():
    start = local_network.mark()
    assert socket.getaddrinfo("127.0.0.1", 80)
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("nowhere.odt-test.invalid", 80)
    assert local_network.asked_since(start) == []
