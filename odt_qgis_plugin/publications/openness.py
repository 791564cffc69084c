"""Whether a dataset is under an open licence, in an open machine-readable format, and recently updated.

Each answer is True, False or None (unknown: nothing declared, or a value no rule recognises); measures
count the unknown apart and never as "no". The rules and their sources are in the README
("Ce que publie le territoire").
"""
import calendar
import re
from datetime import date
from typing import Iterable, Optional

# Licences of the French open-data decree (Licence Ouverte / Etalab, ODbL, CC-BY, CC-BY-SA, CC0, PDDL, ODC-BY)
# as portals write them: ids, titles and URLs, compared lower case without accents, spaces nor punctuation.
_OPEN_LICENCES = (
    "lov2", "lov1", "licenceouverte", "openlicence", "etalab", "fretalab", "odbl", "opendatabaselicense",
    "ccby", "ccbysa", "cc0", "creativecommonszero", "pddl", "odcby", "odcodbl", "odcpddl", "publicdomain",
    "domainepublic", "cczero", "cclicenceouverte",
)
_CLOSED_LICENCES = ("ccbync", "ccbynd", "noncommercial", "pasdutilisationcommerciale", "proprietary",
                    "proprietaire", "allrightsreserved", "tousdroitsreserves", "licencepayante")
_UNKNOWN_LICENCES = ("notspecified", "nonspecifie", "other", "autre", "unknown", "inconnue", "otherat", "")

# Open, machine-readable formats (the three-star level of the 5-star scheme and above).
OPEN_FORMATS = frozenset({
    "csv", "tsv", "json", "geojson", "jsonld", "json-ld", "xml", "rdf", "ttl", "turtle", "nt", "n3", "ods",
    "gpkg", "geopackage", "shp", "shapefile", "kml", "kmz", "gml", "gpx", "gtfs", "netex", "siri", "gbfs",
    "parquet", "ndjson", "jsonl", "wms", "wfs", "ogc:wms", "ogc:wfs", "api", "sql", "txt", "ics", "vcf",
    "geotiff", "tiff", "las", "laz", "osm", "pbf", "zip+csv", "zip+shp", "csv.gz",
})
# Published but not machine-readable in the open sense (office formats under licence, images, documents).
CLOSED_FORMATS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg", "png", "gif",
                            "html", "htm", "odt", "rtf", "dwg", "mdb", "accdb", "esri rest", "arcgis geoservices"})
FRESH_MONTHS = 12


def _squeeze(text: str) -> str:
    text = text.lower()
    for accented, plain in (("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("ô", "o"), ("ç", "c")):
        text = text.replace(accented, plain)
    return re.sub(r"[^a-z0-9]", "", text)


def licence_is_open(licence: str) -> Optional[bool]:
    key = _squeeze(licence or "")
    if key in _UNKNOWN_LICENCES:
        return None
    # "non commercial" and "no derivatives" variants first: "cc-by-nc" also contains "ccby".
    if any(word in key for word in _CLOSED_LICENCES):
        return False
    if any(word in key for word in _OPEN_LICENCES):
        return True
    return None


def normal_format(value: str) -> str:
    """A declared format as the rules compare it: lower case, no leading dot, MIME types to their subtype."""
    value = (value or "").strip().lower().lstrip(".")
    if "/" in value and not value.startswith(("ogc:", "zip+")):
        value = value.rsplit("/", 1)[1]
        value = {"vnd.geo+json": "geojson", "geo+json": "geojson", "vnd.ms-excel": "xls",
                 "vnd.oasis.opendocument.spreadsheet": "ods", "plain": "txt"}.get(value, value)
    return value


def format_is_open(formats: Iterable[str]) -> Optional[bool]:
    """True when at least one format is open and machine-readable, False when all known ones are not,
    None when no format is declared or none is recognised."""
    seen = [normal_format(value) for value in formats or () if value and str(value).strip()]
    if any(value in OPEN_FORMATS for value in seen):
        return True
    if any(value in CLOSED_FORMATS for value in seen):
        return False
    return None


def is_fresh(modified: Optional[str], as_of: date, months: int = FRESH_MONTHS) -> Optional[bool]:
    """Modified within `months` before `as_of`; None when the date is unknown or after `as_of` (a wrong date)."""
    if not modified:
        return None
    try:
        when = date.fromisoformat(modified[:10])
    except ValueError:
        return None
    if when > as_of:
        return None
    year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    # 12 months before 29 February is 28 February: the day is clamped to the month's length.
    day = min(as_of.day, calendar.monthrange(year, month + 1)[1])
    return when >= date(year, month + 1, day)
