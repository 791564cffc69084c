"""Where the shared offline data is: ../shared beside the project, or ODT_SHARED_DIR."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ODT_SHARED_DIR", ROOT.parent / "shared"))
REFERENCE = SHARED / "data" / "reference" / "decoupage-administratif-6.0.0"
SIRENS = SHARED / "data" / "reference" / "collectivites-sirens.csv"
BOUNDARIES = SHARED / "data" / "boundaries" / "admin-express-2018"
ACTORS_2022 = SHARED / "data" / "odt" / "odt-actors-2022.csv"
