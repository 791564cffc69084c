"""Which transport a shell uses: QGIS's network stack inside QGIS (proxies, authentication)."""
from ..core.network import fetcher


def qgis_fetch():
    """fetch(url) -> bytes through QgsBlockingNetworkRequest, for the plugin and Processing."""
    from .qgis_transport import QgisTransport

    return fetcher(QgisTransport())
