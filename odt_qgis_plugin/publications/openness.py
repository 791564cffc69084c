"""Whether a dataset is under an open licence, in an open machine-readable format, and recently updated.

Each answer is True, False or None (unknown: nothing declared, or a value no rule recognises); measures
count the unknown apart and never as "no". The rules and their sources are in the README
("Ce que publie le territoire").
"""
import calendar
import re
from datetime import date, datetime, timedelta
from typing import Iterable, Optional

from ..common.folding import squeezed

# Licence ids as portals write them (data.gouv.fr/udata, CKAN and the Open Knowledge licence register), compared
# squeezed (lower case, no accents, spaces nor punctuation). The register's "other-*" ids carry the publisher's own
# statement: "other-at", "other-open" and "other-pd" are flagged Open Definition conformant there, "other-nc"
# and "other-closed" are not; "notspecified" says nothing.
_LICENCE_IDS = {
    # Decree n° 2017-638 (CRPA art. D. 323-2-1): the two licences for data, and those for software.
    "lov1": True, "lov2": True, "frlo": True, "lo": True, "lo20": True, "etalab": True, "etalab20": True,
    "odbl": True, "odcodbl": True, "odbl10": True,
    "apache20": True, "bsd2clause": True, "bsd3clause": True, "cecillb": True, "cecillc": True, "cecill21": True,
    "mit": True, "mpl20": True, "epl10": True, "gpl30": True, "gpl3": True, "agpl30": True, "lgpl30": True,
    "eupl12": True,
    # Open Definition conformant licences in common use on French portals.
    "ccby": True, "ccbysa": True, "cczero": True, "cc0": True, "odcby": True, "odcpddl": True, "pddl": True,
    "otherat": True, "otheropen": True, "otherpd": True, "otherattribution": True, "otherpublicdomain": True,
    "ukogl": True, "gfdl": True,
    # Not open: no commercial reuse, no derivatives, or closed by the publisher's own statement.
    "ccnc": False, "ccbync": False, "ccbynd": False, "ccbyncsa": False, "ccbyncnd": False, "othernc": False,
    "otherclosed": False, "othernotopen": False,
}
# Unknown: declared as not specified, or a placeholder.
_UNKNOWN_LICENCES = frozenset({"", "notspecified", "nonspecifie", "other", "autre", "unknown", "inconnue", "none",
                               "aucune", "null", "nan", "na", "specifiqueouautre", "nonrenseigne", "licencespecifique"})
# Words of longer titles and URLs. The closed ones are looked for first: "CC BY-NC" also contains "ccby".
_CLOSED_WORDS = ("ccbync", "ccbynd", "ccnc", "licensesbync", "licensesbynd", "noncommercial", "noderiv",
                 "pasdutilisationcommerciale", "pasdemodification", "proprietary", "proprietaire", "allrightsreserved",
                 "tousdroitsreserves", "licencepayante", "otherclosed", "othernc")
_OPEN_WORDS = ("licenceouverte", "openlicence", "openlicense", "licenseouverte", "etalab", "odbl",
               "opendatabaselicense", "ccby", "ccbysa", "cc0", "cczero", "creativecommonszero",
               "creativecommonsattribution", "creativecommonsorglicensesby", "publicdomain", "domainepublic",
               "opendatacommonsattribution", "opendatacommonsorglicensesby", "pddl", "odcby")

# Open, machine-readable formats: structured data in a format whose specification is public and free to implement
# (the three-star level of the 5-star scheme and above), and the open standard services that serve them.
OPEN_FORMATS = frozenset({
    "csv", "tsv", "json", "geojson", "jsonld", "json-ld", "ndjson", "jsonl", "xml", "rdf", "rdf+xml", "ttl", "turtle",
    "nt", "n3", "ods", "gpkg", "geopackage", "shp", "shapefile", "kml", "kmz", "gml", "gpx", "gtfs", "gtfs-rt",
    "netex", "siri", "gbfs", "parquet", "wms", "wfs", "wmts", "wcs", "ogc:wms", "ogc:wfs", "ogc:wmts", "csw", "sos",
    "api", "sparql", "ics", "geotiff", "tiff", "tif", "las", "laz", "osm", "pbf", "osm.pbf", "sqlite",
    "zip+csv", "zip+shp", "csv.zip", "shp.zip", "geojson.zip", "csv.gz", "json.gz", "geojson.gz",
})
# Published, but proprietary or not machine-readable: office files, documents, images, web pages, CAD.
CLOSED_FORMATS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "xlsm", "ppt", "pptx", "odt", "odp", "rtf", "jpg",
                            "jpeg", "png", "gif", "svg", "html", "htm", "dwg", "dxf", "mdb", "accdb", "esri rest",
                            "arcgis geoservices rest api", "arcgis geoservices", "web page", "page web", "lien"})
# MIME types whose subtype is not the format's usual name.
_MIME = {
    "vnd.geo+json": "geojson", "geo+json": "geojson", "ld+json": "jsonld", "x-ndjson": "ndjson",
    "vnd.ms-excel": "xls", "vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "vnd.ms-excel.sheet.macroenabled.12": "xlsm", "msword": "doc",
    "vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "vnd.ms-powerpoint": "ppt", "vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "vnd.oasis.opendocument.spreadsheet": "ods", "vnd.oasis.opendocument.text": "odt",
    "vnd.oasis.opendocument.presentation": "odp", "vnd.google-earth.kml+xml": "kml", "vnd.google-earth.kmz": "kmz",
    "gml+xml": "gml", "gpx+xml": "gpx", "rdf+xml": "rdf", "x-zip-compressed": "zip", "x-gzip": "gz",
    "x-shapefile": "shp", "vnd.shp": "shp", "geopackage+sqlite3": "gpkg", "vnd.apache.parquet": "parquet",
    "x-parquet": "parquet", "plain": "txt", "calendar": "ics", "tab-separated-values": "tsv", "xhtml+xml": "html",
    "svg+xml": "svg", "vnd.dwg": "dwg", "x-dwg": "dwg",
}
FRESH_MONTHS = 12
# A date a day after the run is the portal's time zone, not a wrong date.
_CLOCK_SLACK = timedelta(days=1)


def licence_is_open(licence) -> Optional[bool]:
    """True for a licence allowing any reuse, commercial included, with attribution or share-alike at most;
    False for one that does not; None when none is declared or the text is not recognised."""
    if not isinstance(licence, str):
        return None
    key = squeezed(licence)
    if key in _UNKNOWN_LICENCES:
        return None
    if key in _LICENCE_IDS:
        return _LICENCE_IDS[key]
    if any(word in key for word in _CLOSED_WORDS):
        return False
    if any(word in key for word in _OPEN_WORDS):
        return True
    return None


def normal_format(value) -> str:
    """A declared format as the rules compare it: lower case, no leading dot, MIME types to their format name."""
    if not isinstance(value, str):
        return ""
    value = value.strip().lower().split(";", 1)[0].strip().lstrip(".")
    if "/" in value and not value.startswith(("ogc:", "zip+")):
        subtype = value.rsplit("/", 1)[1]
        if subtype in _MIME:
            return _MIME[subtype]
        # "application/atom+xml", "application/problem+json": the structure is in the suffix.
        if subtype.endswith(("+json", "+xml")) and subtype not in OPEN_FORMATS:
            return subtype.rsplit("+", 1)[1]
        return subtype
    return value


def _declared(formats) -> list:
    # One text may hold several formats ("csv;json" in the SCDL catalogue, "CSV, GeoJSON" on some portals).
    if isinstance(formats, str):
        formats = [formats]
    found = []
    for value in formats or ():
        if not isinstance(value, str):
            continue
        for piece in re.split(r"[;,|]", value):
            if "=" in piece:  # a MIME parameter ("charset=utf-8"), not a format
                continue
            name = normal_format(piece)
            if name and name not in OPEN_FORMATS and name not in CLOSED_FORMATS:
                # "SHP (zip)", "CSV file": the first word names the format.
                first = re.split(r"[\s(]", name, maxsplit=1)[0]
                name = first if first in OPEN_FORMATS or first in CLOSED_FORMATS else name
            if name:
                found.append(name)
    return found


def format_is_open(formats: Iterable[str]) -> Optional[bool]:
    """True when at least one format is open and machine-readable, False when every format is recognised and
    none is, None when no format is declared or an unrecognised one (a bare ZIP, "octet-stream") could be."""
    seen = _declared(formats)
    if any(value in OPEN_FORMATS for value in seen):
        return True
    if seen and all(value in CLOSED_FORMATS for value in seen):
        return False
    return None


def is_fresh(modified, as_of: date, months: int = FRESH_MONTHS) -> Optional[bool]:
    """Modified within `months` before `as_of`; None when the date is unknown, malformed or later than `as_of`
    by more than a day (a wrong date, not a fresh one)."""
    if not isinstance(modified, str) or not modified.strip():
        return None
    try:
        when = date.fromisoformat(modified.strip()[:10])
    except ValueError:
        return None
    if isinstance(as_of, datetime):
        as_of = as_of.date()
    if not isinstance(as_of, date):
        return None
    if when > as_of + _CLOCK_SLACK:
        return None
    year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    # 12 months before 29 February is 28 February: the day is clamped to the month's length.
    day = min(as_of.day, calendar.monthrange(year, month + 1)[1])
    return when >= date(year, month + 1, day)
