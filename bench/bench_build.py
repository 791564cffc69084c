"""Cold build of the store from the shared data, against the manual chain an officer would run.

Manual chain: ogr2ogr the 101 commune files into one GeoPackage, then QGIS's native
fix-geometries, a join of each commune to its EPCI, and native dissolve by EPCI.
Each side runs in a fresh process, so both are cold and their peak memory is their own.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from odt_qgis_plugin.common import settings as settings_module  # noqa: E402

SETTINGS = settings_module.load()

OURS = """
import sys
from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis
start_qgis()
from odt_qgis_plugin.store.qgis_build import build_store
build_store(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
stop_qgis()
"""

MANUAL_QGIS = """
import sys, csv
from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis
start_qgis(with_processing=True)
import processing
gpkg, members_csv, work = sys.argv[1], sys.argv[2], sys.argv[3]
fixed = processing.run("native:fixgeometries",
                       {"INPUT": gpkg + "|layername=communes", "OUTPUT": work + "/fixed.gpkg"})["OUTPUT"]
joined = processing.run("native:joinattributestable", {
    "INPUT": fixed, "FIELD": "code", "INPUT_2": members_csv, "FIELD_2": "commune",
    "FIELDS_TO_COPY": ["epci"], "METHOD": 1, "DISCARD_NONMATCHING": True, "PREFIX": "",
    "OUTPUT": work + "/joined.gpkg"})["OUTPUT"]
processing.run("native:dissolve", {"INPUT": joined, "FIELD": ["epci"], "OUTPUT": work + "/epci.gpkg"})
stop_qgis()
"""


def child(args, env):
    """Run a child process; return its wall time and its own peak resident memory (MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"benchmark step failed: {args[:3]}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as work:
        ours_time, ours_peak = child(
            [
                sys.executable,
                "-c",
                OURS,
                SETTINGS.reference_dir,
                SETTINGS.sirens_csv,
                SETTINGS.boundaries_dir,
                f"{work}/store.gpkg",
            ],
            env,
        )

        members = Path(work) / "members.csv"
        epci = json.loads((Path(SETTINGS.reference_dir) / "epci.json").read_text(encoding="utf-8"))
        members.write_text("commune,epci\n" + "".join(f"{m['code']},{e['code']}\n" for e in epci for m in e["membres"]))
        gpkg = f"{work}/manual.gpkg"
        start = time.perf_counter()
        for index, path in enumerate(sorted((Path(SETTINGS.boundaries_dir) / "communes").glob("*.geojson"))):
            subprocess.run(
                [
                    "ogr2ogr",
                    "-f",
                    "GPKG",
                    *(["-append"] if index else []),
                    "-nln",
                    "communes",
                    "-nlt",
                    "MULTIPOLYGON",
                    gpkg,
                    str(path),
                ],
                check=True,
            )
        import_time = time.perf_counter() - start
        qgis_time, manual_peak = child([sys.executable, "-c", MANUAL_QGIS, gpkg, str(members), work], env)
        manual_time = import_time + qgis_time

    print(f"plugin build-store (cold)        : {ours_time:7.2f} s   peak memory {ours_peak:7.0f} MB (goal < 1536 MB)")
    print(
        f"manual chain (ogr2ogr + QGIS)    : {manual_time:7.2f} s   (import {import_time:.2f} s, "
        f"fix+join+dissolve {qgis_time:.2f} s, peak {manual_peak:.0f} MB)"
    )
    print(f"ratio plugin / manual            : {ours_time / manual_time:7.2f}   (goal <= 0.60)")


if __name__ == "__main__":
    main()
