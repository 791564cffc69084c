"""Network hygiene of the gateway: schemes, redirects, size cap, Retry-After, XML without DTDs."""
import time
from email.utils import formatdate

import pytest
from fake_portals import BILLION_LAUGHS, FakeServer, as_json, oversized, redirect_to

from odt_qgis_plugin.common.errors import PortalError
from odt_qgis_plugin.network.gateway import (
    BadScheme,
    BadXml,
    RedirectLoop,
    RequestsTransport,
    Response,
    TooLarge,
    fetcher,
    parse_xml,
)
from odt_qgis_plugin.network.manners import Manners, PoliteTransport, retry_after_seconds

pytestmark = pytest.mark.pure


@pytest.fixture
def chain():
    """/hop/N redirects to /hop/N-1, /hop/0 answers."""

    def route(path, query, headers):
        n = int(path.rsplit("/", 1)[1])
        if n == 0:
            return as_json({"ok": True, "ua": headers.get("User-Agent")})
        return 302, {"Location": f"/hop/{n - 1}"}, b""

    server = FakeServer(route).start()
    yield server
    server.stop()


def test_redirects_are_bounded(chain):
    transport = RequestsTransport(timeout=5)
    assert transport.get(chain.url + "/hop/5").status == 200
    with pytest.raises(RedirectLoop):
        transport.get(chain.url + "/hop/6")


def test_only_http_and_https():
    server = FakeServer(redirect_to("file:///etc/passwd")).start()
    try:
        with pytest.raises(BadScheme):
            RequestsTransport(timeout=5).get(server.url + "/x")
        with pytest.raises(BadScheme):
            RequestsTransport(timeout=5).get("ftp://127.0.0.1/x")
    finally:
        server.stop()


def test_size_cap_and_fetcher_compatibility():
    server = FakeServer(oversized(2)).start()
    try:
        with pytest.raises(TooLarge) as caught:
            fetcher(RequestsTransport(timeout=5, max_bytes=512 * 1024))(server.url + "/big")
        assert isinstance(caught.value, PortalError)  # the store build catches PortalError
        assert len(fetcher(RequestsTransport(timeout=5))(server.url + "/big")) > 2 * 1024 * 1024
    finally:
        server.stop()


def test_tls_verification_and_user_agent(chain):
    transport = RequestsTransport()
    assert transport.session.verify is True
    body = transport.get(chain.url + "/hop/0").body
    assert b"odt-qgis-plugin/" in body


def test_retry_after_forms():
    assert retry_after_seconds("3") == 3.0
    assert 8 <= retry_after_seconds(formatdate(time.time() + 10, usegmt=True)) <= 10
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_xml_entities_are_refused():
    with pytest.raises(BadXml):
        parse_xml(Response("http://x", 200, BILLION_LAUGHS))
    with pytest.raises(BadXml):
        parse_xml(Response("http://x", 200, b'<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&x;</a>'))
    assert parse_xml(Response("http://x", 200, b"<a><b n='1'/></a>")).find("b").get("n") == "1"


def test_polite_transport_backs_off_on_5xx_then_gives_the_answer():
    calls = []

    class Flaky:
        def get(self, url, headers=None):
            calls.append(time.monotonic())
            status = 503 if len(calls) < 3 else 200
            return Response(url, status, b"{}", {"Retry-After": "0"} if status == 503 else {})

    polite = PoliteTransport(Flaky(), Manners(retries=5, backoff_base=0.01))
    assert polite.get("http://127.0.0.1:1/x").status == 200 and len(calls) == 3
    calls.clear()
    gives_up = PoliteTransport(type("Down", (), {"get": lambda self, u, h=None: Response(u, 500, b"")})(),
                               Manners(retries=2, backoff_base=0.01))
    assert gives_up.get("http://127.0.0.1:1/x").status == 500


def test_a_dtd_hidden_in_utf16_is_refused_too():
    from odt_qgis_plugin.network.gateway import BadXml, Response, parse_xml

    body = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'.encode("utf-16")
    with pytest.raises(BadXml, match="refused"):
        parse_xml(Response("http://127.0.0.1/csw", 200, body))
    assert parse_xml(Response("http://127.0.0.1/csw", 200, "<a><b/></a>".encode("utf-16"))).tag == "a"
