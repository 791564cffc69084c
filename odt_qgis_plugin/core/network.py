"""The one network gateway: every request the plugin makes is built here.

Callers receive a transport as an argument: the command line uses `RequestsTransport`
(environment proxies), QGIS uses the QgsBlockingNetworkRequest transport of the GIS
layer (QGIS proxy and authentication settings), tests point either at 127.0.0.1.
"""
from dataclasses import dataclass, field
from typing import Dict, Optional

from .. import about
from .errors import PortalError
from .i18n import tr
from .sources import check_url

MAX_BYTES = 200 * 1024 * 1024  # reference files are ~10 MB; anything far larger is not ours
TIMEOUT = 60.0


@dataclass
class Response:
    url: str
    status: int
    body: bytes
    headers: Dict[str, str] = field(default_factory=dict)


class RequestsTransport:
    """HTTP(S) with requests: TLS verified, environment proxies, capped body, bounded redirects."""

    def __init__(self, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, max_redirects: int = 5):
        import requests

        self.timeout = timeout
        self.max_bytes = max_bytes
        self.session = requests.Session()
        self.session.max_redirects = max_redirects
        self.session.headers["User-Agent"] = about.user_agent()

    def get(self, url: str, headers: Optional[Dict[str, str]] = None) -> Response:
        import requests

        check_url(url)
        try:
            with self.session.get(url, headers=headers, timeout=self.timeout, stream=True) as reply:
                for hop in reply.history + [reply]:
                    check_url(hop.url)
                chunks, size = [], 0
                for chunk in reply.iter_content(65536):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise PortalError(tr("Response too large from {url}").format(url=url))
                    chunks.append(chunk)
                return Response(reply.url, reply.status_code, b"".join(chunks), dict(reply.headers))
        except requests.TooManyRedirects:
            raise PortalError(tr("Too many redirects from {url}").format(url=url)) from None
        except requests.Timeout:
            raise PortalError(tr("Timed out: {url}").format(url=url)) from None
        except requests.RequestException as error:
            raise PortalError(tr("Cannot reach {url}: {reason}").format(url=url, reason=type(error).__name__)) from None


def fetcher(transport):
    """A `fetch(url) -> bytes` for readers of whole files, failing on any non-200 answer."""

    def fetch(url: str) -> bytes:
        response = transport.get(url)
        if response.status != 200:
            raise PortalError(tr("HTTP {status} from {url}").format(status=response.status, url=url))
        return response.body

    return fetch
