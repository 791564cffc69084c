"""Starting QGIS without a screen, for the command line and scripts."""
import os

from qgis.core import QgsApplication

_APP = None
_TRANSLATOR = None


def start_qgis(with_processing: bool = False) -> QgsApplication:
    """Idempotent: inside QGIS or under pytest-qgis the running application is reused."""
    global _APP
    existing = QgsApplication.instance()
    if existing is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _private_runtime_dir()
        _APP = QgsApplication([], False)
        _APP.initQgis()
        existing = _APP
        from .qgis_translation import install_translator

        global _TRANSLATOR
        _TRANSLATOR = install_translator()  # Qt keeps only a pointer: Python must keep the object
    from ..store import qgis_pg_auth as pg_auth

    pg_auth.install()
    if with_processing:
        _init_processing()
    return existing


def _private_runtime_dir() -> None:
    """Qt wants a private XDG_RUNTIME_DIR and warns on every run without one (servers, cron)."""
    if os.environ.get("XDG_RUNTIME_DIR"):
        return
    import tempfile

    path = os.path.join(tempfile.gettempdir(), f"odt-runtime-{os.getuid()}")
    os.makedirs(path, mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = path


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


def stop_qgis() -> None:
    """Tear QGIS down before the interpreter does, in the order QGIS expects (else it may crash on exit)."""
    global _APP
    if _APP is not None:
        import gc

        gc.collect()
        _APP.exitQgis()
        _APP = None
