"""Architecture checks: a pure core, Qt only through qgis.PyQt, Qt6-ready idioms, no qgis.gui below the shells."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "odt_qgis_plugin"
SOURCES = sorted(PACKAGE.rglob("*.py"))


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_sources_found():
    assert len(SOURCES) > 10


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").rglob("*.py")), ids=lambda p: p.name)
def test_core_imports_neither_qgis_nor_qt(path):
    bad = [m for m in imported_modules(path) if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo")]
    assert bad == []


@pytest.mark.parametrize("folder", ["core", "gis", "processing", "cli"])
def test_no_gui_module_below_the_shells(folder):
    offenders = [
        (path.name, module)
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for module in imported_modules(path)
        if module.startswith("qgis.gui")
    ]
    assert offenders == []


def test_qt_only_through_qgis_pyqt():
    offenders = [
        (p.name, m) for p in SOURCES for m in imported_modules(p) if m.split(".")[0] in ("PyQt5", "PyQt6", "sip")
    ]
    assert offenders == []


# Forms that PyQt6 removed: exec_(), unscoped enums of Qt and of common widgets, bare QVariant types.
QT5_ONLY = [
    (re.compile(r"\bexec_\("), "exec_() -> exec()"),
    (re.compile(r"\bQt\.[A-Z]\w*\b(?!\.)"), "Qt.Value -> Qt.EnumType.Value"),
    (
        re.compile(
            r"\b(QDialog|QMessageBox|QDialogButtonBox|QFileDialog|QSizePolicy|QFrame|QAbstractItemView|"
            r"QHeaderView|QPainter|QFont|QAction|QEvent|QItemSelectionModel|QNetworkRequest|QNetworkReply|"
            r"QgsBlockingNetworkRequest|QgsTask|QgsWkbTypes|QgsVectorFileWriter|QgsFeatureSink)\.[A-Z][a-z]\w*\b(?![.(])"
        ),
        "Widget.Value -> Widget.EnumType.Value",
    ),
    (re.compile(r"\bQVariant\.(String|Int|Double|LongLong|Bool|Date|DateTime)\b"), "QVariant.Type.X or QMetaType"),
]


def test_no_qt5_only_forms():
    found = []
    for path in SOURCES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            for pattern, advice in QT5_ONLY:
                if pattern.search(code):
                    found.append(f"{path.relative_to(PACKAGE)}:{number}: {advice}: {line.strip()}")
    assert found == []


def test_the_scan_catches_qt5_forms():
    samples = ["dialog.exec_()", "label.setAlignment(Qt.AlignLeft)", "QMessageBox.Yes", "QVariant.String"]
    for sample in samples:
        assert any(pattern.search(sample) for pattern, _ in QT5_ONLY), sample
    assert not any(p.search("Qt.AlignmentFlag.AlignLeft") for p, _ in QT5_ONLY)


def test_no_eval_or_exec_of_data():
    offenders = [p.name for p in SOURCES if re.search(r"(?<![\w.])(eval|exec)\(", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_ruff_is_clean():
    """The same check as `make lint`: pyflakes, pycodestyle errors and warnings, import order."""
    import subprocess
    import sys

    root = PACKAGE.parent
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F,E,W,I", "--line-length", "120",
                             "--output-format", "concise", "odt_qgis_plugin", "tests", "bench", "i18n"],
                            cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
