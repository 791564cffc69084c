"""Architecture checks: only `qgis_*` modules and the shells touch QGIS, unique module names, Qt6-ready idioms."""

import ast
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.pure

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


SHELLS = ("plugin", "processing", "cli")
QGIS_ROOTS = ("qgis", "PyQt5", "PyQt6", "osgeo", "sip")


def package_of(path: Path) -> str:
    """The capability package a module belongs to ("" for the package's own top-level files)."""
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else ""


def is_pure(path: Path) -> bool:
    """The naming rule: outside the shells, only `qgis_*.py` modules may touch QGIS or Qt."""
    return package_of(path) not in SHELLS and package_of(path) != "" and not path.name.startswith("qgis_")


def relative_targets(path: Path):
    """The package modules a file imports relatively, as paths (module or package __init__)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            target = base.joinpath(*(node.module or "").split(".")) if node.module else base
            for alias in node.names:
                candidate = target / f"{alias.name}.py"
                yield candidate if candidate.is_file() else target.with_suffix(".py")


def test_sources_found():
    assert len(SOURCES) > 10


def test_capability_packages_exist():
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert {"common", "network", "store", "registry", "harvest", "indicators", "maps", "footprints", "layouts",
            "scenarios", "plugin", "processing", "cli"} <= packages


@pytest.mark.parametrize("path", [p for p in SOURCES if is_pure(p)], ids=lambda p: str(p.relative_to(PACKAGE)))
def test_pure_modules_import_neither_qgis_nor_qt(path):
    bad = [m for m in imported_modules(path) if m.split(".")[0] in QGIS_ROOTS]
    bad += [str(t.relative_to(PACKAGE)) for t in relative_targets(path)
            if t.name.startswith("qgis_") or package_of(t) in SHELLS]
    assert bad == []


def test_only_the_desktop_shell_imports_qgis_gui():
    offenders = [
        (str(path.relative_to(PACKAGE)), module)
        for path in SOURCES
        if package_of(path) != "plugin"
        for module in imported_modules(path)
        if module.startswith("qgis.gui")
    ]
    assert offenders == []


def test_module_names_unique_across_capability_packages():
    seen = {}
    for path in SOURCES:
        if path.name == "__init__.py" or package_of(path) in ("cli", "processing", ""):
            continue
        seen.setdefault(path.stem, []).append(str(path.relative_to(PACKAGE)))
    assert {name: where for name, where in seen.items() if len(where) > 1} == {}


def test_the_rules_catch_offenders(tmp_path):
    """The scan itself must see a relative import of a qgis_ module from a pure one."""
    fake = PACKAGE / "maps" / "classes.py"
    targets = [t.name for t in relative_targets(PACKAGE / "maps" / "qgis_render.py")]
    assert "qgis_layers.py" in targets and is_pure(fake) and not is_pure(PACKAGE / "maps" / "qgis_render.py")


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
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F,E,W,I,FA102", "--target-version",
                             "py39", "--line-length", "120",
                             "--output-format", "concise", "odt_qgis_plugin", "tests", "bench", "i18n", "resources"],
                            cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]


def test_pure_test_modules_import_neither_qgis_nor_qt():
    """The fast tier runs without QGIS: a module marked pure must not need it."""
    tests = PACKAGE.parent / "tests"
    pure = [p for p in sorted(tests.glob("test_*.py")) if "pytestmark = pytest.mark.pure" in p.read_text("utf-8")]
    assert len(pure) >= 5
    offenders = [(p.name, m) for p in pure for m in imported_modules(p) if m.split(".")[0] in QGIS_ROOTS]
    offenders += [(p.name, m) for p in pure for m in imported_modules(p)
                  if m.startswith("odt_qgis_plugin.") and (m.rsplit(".", 1)[-1].startswith("qgis_")
                                                           or m.split(".")[1] in SHELLS)]
    assert offenders == []


def test_runs_on_python_39():
    """QGIS 3.22 and 3.28 for Windows ship Python 3.9: nothing newer may be needed (vermin), and PEP 604
    unions only under `from __future__ import annotations` (ruff FA102, in test_ruff_is_clean)."""
    import subprocess
    import sys

    root = PACKAGE.parent
    vermin = str(Path(sys.executable).parent / "vermin")
    result = subprocess.run([vermin, "-t=3.9-", "--violations", "--no-tips", "--eval-annotations",
                             "odt_qgis_plugin", "tests", "bench", "resources", "i18n"],
                            cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]


# Enums QGIS moved into the Qgis namespace (3.30-3.40) and QGIS 4 drops under their old names.
MOVED_ENUMS = re.compile(
    r"\b(QgsWkbTypes\.(Type|GeometryType)\.|QgsProcessingAlgorithm\.Flag\.|QgsProcessingParameterNumber\.Type\.|"
    r"QgsFeatureRequest\.Flag\.|QgsLayoutItemPicture\.Format\.|QgsLegendStyle\.Style\.|QgsProcessing\.SourceType\.|"
    r"QgsProcessing\.Type[A-Z])")


def test_moved_qgis_enums_only_through_the_compat_module():
    """One place to change when the old names go: common/qgis_compat.py."""
    tests = sorted((PACKAGE.parent / "tests").glob("*.py")) + sorted((PACKAGE.parent / "bench").glob("*.py"))
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in SOURCES + tests if path.name not in ("qgis_compat.py", "test_code_layout.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if MOVED_ENUMS.search(line.split("#", 1)[0])]
    assert found == []
    assert MOVED_ENUMS.search("QgsWkbTypes.Type.Point") and not MOVED_ENUMS.search("compat.WKB_POINT")
