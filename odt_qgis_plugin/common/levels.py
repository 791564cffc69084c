"""The territory levels (commune, EPCI, département, région), described once: id, store table, labels, CRS."""
from dataclasses import dataclass
from typing import Dict, Tuple

from .i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class Level:
    id: str  # the word used in the store, the command line and the code
    table: str  # the store's feature layer
    rank: int  # 1 (commune) to 4 (région): a footprint is typed by the highest rank of its members
    singular: str  # source text, translated when shown
    plural: str
    siren_prefixes: Tuple[str, ...]  # how the collectivity's own SIREN starts (INSEE legal categories)

    def label(self, plural: bool = False) -> str:
        return tr(self.plural if plural else self.singular)


COMMUNE = Level("commune", "communes", 1, QT_TR_NOOP("commune"), QT_TR_NOOP("Communes"), ("21",))
EPCI = Level("epci", "epci", 2, QT_TR_NOOP("EPCI"), QT_TR_NOOP("EPCI"), ("24", "20"))
DEPARTEMENT = Level("departement", "departements", 3, QT_TR_NOOP("département"), QT_TR_NOOP("Departments"),
                    ("22", "20"))
REGION = Level("region", "regions", 4, QT_TR_NOOP("région"), QT_TR_NOOP("Regions"), ("23", "20"))

LEVELS: Tuple[Level, ...] = (COMMUNE, EPCI, DEPARTEMENT, REGION)
LEVEL_IDS: Tuple[str, ...] = tuple(level.id for level in LEVELS)
BY_ID: Dict[str, Level] = {level.id: level for level in LEVELS}
BY_TABLE: Dict[str, Level] = {level.table: level for level in LEVELS}
TABLE_OF: Dict[str, str] = {level.id: level.table for level in LEVELS}
# The territory layers from the top of the Layers panel down (régions drawn over communes).
TERRITORY_TABLES: Tuple[str, ...] = tuple(level.table for level in reversed(LEVELS))


def level(level_id: str) -> Level:
    return BY_ID[level_id]


def table_of(level_id: str) -> str:
    return BY_ID[level_id].table


def level_of_table(table: str) -> str:
    return BY_TABLE[table].id


# Map projections. Metropolitan France (with Corsica) in Lambert-93; each DROM in its official CRS.
METROPOLE_CRS = "EPSG:2154"  # RGF93 / Lambert-93

# Region code -> (name, official projected CRS); codes from the INSEE COG.
DROM = {
    "01": ("Guadeloupe", "EPSG:5490"),  # RGAF09 / UTM 20N
    "02": ("Martinique", "EPSG:5490"),
    "03": ("Guyane", "EPSG:2972"),  # RGFG95 / UTM 22N
    "04": ("La Réunion", "EPSG:2975"),  # RGR92 / UTM 40S
    "06": ("Mayotte", "EPSG:4471"),  # RGM04 / UTM 38S
}

DROM_DEPARTEMENTS = {"971": "01", "972": "02", "973": "03", "974": "04", "976": "06"}


def crs_for_region(region: str) -> str:
    return DROM[region][1] if region in DROM else METROPOLE_CRS


def crs_for_departement(departement: str) -> str:
    return crs_for_region(DROM_DEPARTEMENTS.get(departement, ""))


def normalise_code(level_id: str, code: str) -> str:
    """Codes as the reference writes them: Corsica's départements upper-case (2a -> 2A), régions on two digits."""
    code = (code or "").strip().upper()
    if level_id == "region" and code.isdigit() and len(code) == 1:
        code = "0" + code
    return code
