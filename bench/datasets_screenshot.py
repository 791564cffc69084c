"""A screenshot of the panel's Datasets tab: one actor's listed datasets and the SCDL checklist of its région.

Usage: python bench/datasets_screenshot.py --store build/demo/store.gpkg [--siren 214900078] [--region 52]
       [--lang fr] [--out resources/doc/panel-datasets.png]
The store is copied and a small demo listing written into the copy (a finished harvest run listing a dozen
datasets of the actor on its portal and on data.gouv.fr, with unknown dates, licences and formats among
them), so the given store is left alone; the checklist's shares are those of that one listing.
Run under Xvfb (xvfb-run -a) for real fonts, or offscreen.
"""
import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO = (  # dataset_id, title, themes, formats, licence, modified, schema_name, fields, origin
    ("budget-primitif-2025", "Budget primitif 2025", ("Finances",), ("csv", "json"), "Licence Ouverte v2.0",
     "2025-04-14", "", (), ""),
    ("deliberations-conseil-municipal", "Délibérations du conseil municipal", ("Administration",), ("csv",),
     "Licence Ouverte v2.0", "2026-02-02", "", ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
                                               "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET"), ""),
    ("subventions-associations", "Subventions versées aux associations", ("Finances", "Associations"), ("csv",),
     "ODbL", "2024-06-30", "scdl/subventions", (), ""),
    ("menus-restauration-scolaire", "Menus de la restauration scolaire", ("Éducation",), ("csv", "pdf"),
     "Licence Ouverte v2.0", "2026-01-20", "", (), ""),
    ("parkings-temps-reel", "Disponibilité des parkings en temps réel", ("Mobilité",), ("json", "geojson"),
     "ODbL", "2026-03-10", "", (), ""),
    ("arbres-alignement", "Arbres d'alignement", ("Environnement",), ("geojson", "shp"), "CC-BY-NC-SA",
     "2021-11-03", "", (), ""),
    ("equipements-sportifs", "Équipements sportifs", ("Sport", "Équipements"), ("csv",), "", "2025-09-12", "", (),
     ""),
    ("collecte-dechets", "Jours de collecte des déchets", ("Environnement",), (), "Licence Ouverte v2.0", None,
     "", (), ""),
    ("agenda-evenements", "Agenda des événements", ("Culture",), ("ics", "json"), "Licence Ouverte v2.0",
     "2026-03-01", "", (), ""),
    ("irve", "Bornes de recharge pour véhicules électriques", ("Mobilité",), ("csv",), "Licence Ouverte v2.0",
     "2025-02-27", "etalab/schema-irve-statique", (), ""),
)
DATAGOUV = (
    ("marches-publics-2024", "Marchés publics conclus en 2024", ("Économie",), ("xlsx",), "other-at", "2025-01-15",
     "", (), ""),
    ("budget-primitif-2025-copie", "Budget primitif 2025", ("Finances",), ("csv",), "fr-lo", "2025-04-14", "", (),
     "data.angers.fr"),
)


def write_demo_listing(store: str, siren: str, host: str) -> None:
    from odt_qgis_plugin.publications.dataset_record import RECORD_COLUMNS, DatasetRecord, as_row
    from odt_qgis_plugin.store import schema
    from odt_qgis_plugin.store.db import ensure_attribute_table, open_store

    with open_store(store).transaction() as connection:
        ensure_attribute_table(connection, "harvest_runs", schema.HARVEST_RUNS, "Harvest runs (snapshots)")
        ensure_attribute_table(connection, "harvests", schema.HARVESTS, "Datasets per actor and platform, per run")
        ensure_attribute_table(connection, "datasets", schema.DATASETS, "Datasets listed per actor and platform")
        run_id = (connection.execute("SELECT MAX(run_id) FROM harvest_runs").fetchone()[0] or 0) + 1
        connection.execute("INSERT INTO harvest_runs (run_id, started_at, ended_at, status) VALUES (?, ?, ?, ?)",
                           (run_id, "2026-03-15T08:00:00+00:00", "2026-03-15T09:30:00+00:00", "finished"))
        columns = ("run_id", "siren", "platform") + RECORD_COLUMNS + ("detected_schema",)
        insert = f"INSERT INTO datasets ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for platform, url, pair_host, rows in (("opendatasoft", f"https://{host}", host, DEMO),
                                               ("datagouv", siren, "data.gouv.fr", DATAGOUV)):
            connection.execute(
                "INSERT INTO harvests (run_id, siren, platform, url, datasets, status, harvested_at, host, listed)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (run_id, siren, platform, url, len(rows), "ok", "2026-03-15T09:00:00+00:00", pair_host, len(rows)))
            for dataset_id, title, themes, formats, licence, modified, schema_name, fields, origin in rows:
                page = (f"https://{host}/explore/dataset/{dataset_id}/" if platform != "datagouv"
                        else f"https://www.data.gouv.fr/fr/datasets/{dataset_id}/")
                record = DatasetRecord(dataset_id, title=title, url=page, themes=themes, formats=formats,
                                       licence=licence, modified=modified, schema_name=schema_name, fields=fields,
                                       origin=origin)
                from odt_qgis_plugin.publications.scdl import detect

                detected = None if schema_name else detect(fields)
                connection.execute(insert, (run_id, siren, platform) + as_row(record) + (detected,))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=str(ROOT / "build" / "demo" / "store.gpkg"))
    parser.add_argument("--siren", default="214900078")
    parser.add_argument("--region", default="52")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--width", type=int, default=520, help="the dock's width in pixels")
    parser.add_argument("--out", default=str(ROOT / "build" / "demo" / "panel-datasets.png"))
    args = parser.parse_args()
    os.environ["ODT_LOCALE"] = args.lang

    from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis

    start_qgis()
    from panel_screenshot import Iface
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QApplication

    from odt_qgis_plugin.plugin.panel import ObservatoryPanel
    from odt_qgis_plugin.store.db import open_store

    with tempfile.TemporaryDirectory() as work:
        store = str(Path(work) / "store.gpkg")
        shutil.copyfile(args.store, store)
        host = open_store(store).query("SELECT host FROM actors WHERE siren = ?", (args.siren,))[0][0]
        write_demo_listing(store, args.siren, host)
        canvas = QgsMapCanvas()
        panel = ObservatoryPanel(Iface(canvas))
        panel.resize(args.width, 1000)
        panel.show()
        panel.set_store(store, background=False)
        panel.choose("region", args.region)
        actors = panel.actors
        row = next(row for row in range(actors.proxy.rowCount()) if actors.row_at(row)["siren"] == args.siren)
        actors.view.setCurrentIndex(actors.proxy.index(row, 0))
        panel.tabs.setCurrentWidget(panel.datasets)
        QApplication.processEvents()
        scroll = panel.widget()
        scroll.ensureWidgetVisible(panel.tabs, 0, 0)
        scroll.verticalScrollBar().setValue(panel.tabs.y() - 4)
        QApplication.processEvents()
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not panel.grab().save(str(out), "PNG"):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
        box = panel.datasets
        print(f"{out}: {box.actor_label.text()}; {box.count_label.text()}; "
              f"{box.checklist_table.rowCount()} checklist rows")
        panel.close()
        del panel, canvas
    stop_qgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
