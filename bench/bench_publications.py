"""Publication measures on 100,000 listed datasets, against a plain read of the same rows (the baseline).

Both read the same hand-made store (tests/publication_store.py, its 4 listed actors given 25,000 datasets
each); the ratio says what the measures add to reading the rows once.
"""
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from publication_store import NANTES, NANTES_METRO, PARTNER, RENNES, insert_datasets, make_publication_store  # noqa: E402

from odt_qgis_plugin.publications.dataset_record import DatasetRecord  # noqa: E402
from odt_qgis_plugin.publications.publication_measures import PublicationIndex  # noqa: E402

ROWS = 100_000
PAIRS = ((2, NANTES, "opendatasoft"), (1, NANTES_METRO, "datagouv"), (2, RENNES, "datagouv"), (2, PARTNER, "ckan"))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = make_publication_store(Path(folder) / "bench.gpkg")
        connection = sqlite3.connect(path)
        connection.row_factory = sqlite3.Row  # as the store opens it
        connection.execute("DELETE FROM datasets")
        licences = ("lov2", "CC-BY-NC", "", "odbl", "Other")
        insert_datasets(connection, [
            (run, siren, platform, DatasetRecord(
                f"d{index}", f"Jeu {index}", f"https://example.org/{index}", themes=(f"Thème {index % 17}",),
                formats=(("csv", "pdf", "xlsx", "json")[index % 4],), licence=licences[index % 5],
                modified=f"20{20 + index % 6}-0{1 + index % 9}-15", downloads=index if index % 3 else None,
                views=index % 1000))
            for index in range(ROWS) for run, siren, platform in (PAIRS[index % len(PAIRS)],)])
        connection.commit()
        started = time.perf_counter()
        rows = connection.execute("SELECT * FROM datasets").fetchall()
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        index = PublicationIndex(connection)
        france = index.territory("france", None)
        measures = time.perf_counter() - started
        connection.close()
    print(f"rows: {len(rows):,}; datasets counted: {france.datasets:,}")
    print(f"plain read of the rows: {baseline:.3f} s")
    print(f"publication measures (read, one pass, France): {measures:.3f} s (ratio {measures / baseline:.1f})")


if __name__ == "__main__":
    main()
