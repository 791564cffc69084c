"""Starting QGIS without a screen, for the command line and scripts."""
import os

from qgis.core import QgsApplication

_APP = None


def start_qgis(with_processing: bool = False) -> QgsApplication:
    """Idempotent: inside QGIS or under pytest-qgis the running application is reused."""
    global _APP
    existing = QgsApplication.instance()
    if existing is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QgsApplication([], False)
        _APP.initQgis()
        existing = _APP
        from .translation import install_translator

        install_translator()
    if with_processing:
        _init_processing()
    return existing


def _init_processing() -> None:
    import sys

    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms

    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    Processing.initialize()
