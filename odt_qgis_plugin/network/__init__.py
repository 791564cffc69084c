"""The one network gateway: requests, typed failures, polite manners, QGIS's network stack."""
