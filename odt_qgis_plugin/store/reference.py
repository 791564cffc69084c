"""Etalab's administrative reference (decoupage-administratif) and the collectivities' SIREN list."""
import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.sources import Fetch, join, read_bytes, read_json
from ..common.text_files import csv_error, decode_text

# Metropolitan France and the five DROM; the COM (Polynésie, Saint-Martin, ...) are out of scope.
ZONES_IN_SCOPE = ("metro", "drom")
CURRENT = "commune-actuelle"
ABSORBED = ("commune-deleguee", "commune-associee")
EPCI_KINDS = {"CC": "cc", "CA": "ca", "CU": "cu", "METRO": "metropole", "MET69": "metropole"}


@dataclass
class Commune:
    code: str
    name: str
    siren: str
    population: int
    departement: str
    region: str
    epci: str = ""


@dataclass
class Epci:
    code: str  # the SIREN, as in Etalab's file
    name: str
    kind: str  # cc, ca, cu, metropole
    population: int
    members: List[str]
    departement: str = ""
    region: str = ""
    departements: List[str] = field(default_factory=list)
    regions: List[str] = field(default_factory=list)


@dataclass
class Collectivity:
    siren: str
    level: str  # departement or region
    code: str
    name: str
    departements: List[str]


@dataclass
class Reference:
    communes: Dict[str, Commune]
    absorbed: Dict[str, str]  # delegated/associated commune code -> its current chef-lieu
    former: Dict[str, str]  # former code (anciensCodes) -> current code
    names: Dict[str, str]  # every code the reference knows -> its name, for messages
    epci: Dict[str, Epci]
    departements: Dict[str, dict]
    regions: Dict[str, dict]
    collectivities: List[Collectivity] = field(default_factory=list)
    # every commune code (current, delegated, associated, former, overseas COM) and the COM themselves,
    # as REFERENCE_CODES rows: what successors of old SIRENs and overseas actors are found with
    codes: List[tuple] = field(default_factory=list)

    def current_code(self, code: str) -> Optional[str]:
        """The current commune a code stands for today, or None."""
        if code in self.communes:
            return code
        target = self.absorbed.get(code) or self.former.get(code)
        if target in self.communes:
            return target
        return None


def _require(rows, keys, location):
    if not isinstance(rows, list) or not rows:
        raise InputError(tr("{path} should hold a non-empty JSON list").format(path=location))
    missing = [k for k in keys if k not in rows[0]]
    if missing:
        raise InputError(
            tr("{path} lacks the fields {fields}").format(path=location, fields=", ".join(missing))
        )
    return rows


def load_reference(location: str, fetch: Optional[Fetch] = None) -> Reference:
    """Read communes, EPCI, départements and régions from a folder or base URL."""
    paths = {name: join(location, name + ".json") for name in ("communes", "epci", "departements", "regions")}
    rows = {name: read_json(path, fetch) for name, path in paths.items()}
    _require(rows["communes"], ("code", "nom", "type"), paths["communes"])
    _require(rows["epci"], ("code", "nom", "type", "membres"), paths["epci"])
    _require(rows["departements"], ("code", "nom", "region", "zone"), paths["departements"])
    _require(rows["regions"], ("code", "nom", "zone"), paths["regions"])

    communes, absorbed, former, names, codes = {}, {}, {}, {}, []
    for row in rows["communes"]:
        names.setdefault(row["code"], row["nom"])
        codes.extend(_code_rows(row))
        if row["type"] == CURRENT and row.get("zone") in ZONES_IN_SCOPE:
            communes[row["code"]] = Commune(
                code=row["code"],
                name=row["nom"],
                siren=row.get("siren", ""),
                population=int(row.get("population") or 0),
                departement=row["departement"],
                region=row["region"],
            )
            for old in row.get("anciensCodes", []):
                former[old] = row["code"]
        elif row["type"] in ABSORBED and row.get("chefLieu"):
            absorbed[row["code"]] = row["chefLieu"]

    departements = {
        d["code"]: {"code": d["code"], "name": d["nom"], "region": d["region"]}
        for d in rows["departements"]
        if d["zone"] in ZONES_IN_SCOPE
    }
    regions = {r["code"]: {"code": r["code"], "name": r["nom"]} for r in rows["regions"] if r["zone"] in ZONES_IN_SCOPE}
    codes.extend((d["code"], d["nom"], OVERSEAS_COLLECTIVITY, d["code"], "", None, d["code"], d["region"], d["zone"])
                 for d in rows["departements"] if d["zone"] not in ZONES_IN_SCOPE)

    epcis = {}
    for row in rows["epci"]:
        members = [m["code"] for m in row["membres"]]
        epci = Epci(
            code=row["code"],
            name=row["nom"],
            kind=EPCI_KINDS.get(row["type"], row["type"].lower()),
            population=int(row.get("populationMunicipale") or row.get("populationTotale") or 0),
            members=members,
        )
        _attach_by_population(epci, communes)
        epcis[epci.code] = epci
        for code in members:
            if code in communes:
                communes[code].epci = epci.code
    return Reference(communes, absorbed, former, names, epcis, departements, regions, codes=codes)


# The reference_codes table of the store. `current_code` is the current commune a code stands for today
# (itself for a current commune, the chef-lieu for a delegated or associated one, the holder of a former code).
REFERENCE_CODES = """
    fid INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT,
    type TEXT NOT NULL,
    current_code TEXT,
    siren TEXT,
    population INTEGER,
    departement TEXT,
    region TEXT,
    zone TEXT
"""
REFERENCE_CODE_FIELDS = ("code", "name", "type", "current_code", "siren", "population", "departement", "region",
                         "zone")
FORMER_CODE = "ancien-code"  # a code listed in a current commune's anciensCodes
OVERSEAS_COLLECTIVITY = "collectivite-outre-mer"  # Polynésie française, Nouvelle-Calédonie... (zone com)


def _code_rows(row: dict) -> List[tuple]:
    kind, zone = row["type"], row.get("zone")
    population = int(row["population"]) if row.get("population") is not None else None
    if kind == CURRENT:
        current = row["code"]
    elif kind in ABSORBED:
        current = row.get("chefLieu") or ""
    else:
        return []  # municipal arrondissements (Paris, Lyon, Marseille) are not collectivities
    departement, region = row.get("departement", ""), row.get("region", "")
    rows = [(row["code"], row["nom"], kind, current, row.get("siren", ""), population, departement, region, zone)]
    if kind == CURRENT:
        rows += [(old, "", FORMER_CODE, row["code"], "", None, departement, region, zone)
                 for old in row.get("anciensCodes", [])]
    return rows


def _attach_by_population(epci: Epci, communes: Dict[str, Commune]) -> None:
    """An EPCI belongs to the département and région where most of its members' people live."""
    by_dep, by_reg = defaultdict(int), defaultdict(int)
    for code in epci.members:
        commune = communes.get(code)
        if commune is None:
            continue
        # +1 so that members with an unknown population still count when every member has none
        by_dep[commune.departement] += commune.population + 1
        by_reg[commune.region] += commune.population + 1
    if by_dep:
        epci.departement = max(sorted(by_dep), key=by_dep.get)
        epci.region = max(sorted(by_reg), key=by_reg.get)
        epci.departements = sorted(by_dep)
        epci.regions = sorted(by_reg)


COLLECTIVITY_FIELDS = ("siren", "level", "code", "name", "departements")


def load_collectivities(location: str, fetch: Optional[Fetch] = None) -> List[Collectivity]:
    """The SIREN of département- and région-level collectivities."""
    text = decode_text(read_bytes(location, fetch), str(location))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = [f for f in COLLECTIVITY_FIELDS if f not in (reader.fieldnames or [])]
        if missing:
            raise InputError(tr("{path} lacks the columns {fields}").format(path=location, fields=", ".join(missing)))
        result = []
        for line, row in enumerate(reader, start=2):
            values = {name: (row.get(name) or "").strip() for name in COLLECTIVITY_FIELDS}
            if values["level"] not in ("departement", "region") or not values["siren"].isdigit() or not values["code"]:
                raise InputError(tr("{path}, line {line}: unexpected row").format(path=location, line=line))
            result.append(
                Collectivity(
                    siren=values["siren"],
                    level=values["level"],
                    code=values["code"],
                    name=values["name"],
                    departements=values["departements"].split(),
                )
            )
    except csv.Error as error:
        raise csv_error(error, str(location), reader.line_num) from None
    return result
