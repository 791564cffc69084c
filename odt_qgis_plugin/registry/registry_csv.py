"""Reading a registry of actors (CSV) into checked rows and rejected rows."""
import csv
import io
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit, urlunsplit

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.text_files import MAX_FIELD, csv_error, decode_text
from .siren import check_siren, clean_siren

# Header spellings seen in the observatory's published layouts -> our field names.
HEADER_ALIASES = {
    "siren": "siren",
    "nom": "name", "name": "name", "raison_sociale": "name",
    "url_platform": "url_platform", "url_ptf": "url_platform", "url_plateforme": "url_platform",
    "id_datagouv": "id_datagouv",
    "techno_platform": "techno_platform", "ptf": "techno_platform", "technology": "techno_platform",
    "technologie": "techno_platform",
    "depcode": "departement", "dep_code": "departement", "departement": "departement",
    "regcode": "region", "reg_code": "region", "region": "region",
}
REQUIRED = ("siren", "name")
# Separators between technologies in one cell ("OpenDataSoft, DataGouv").
TECHNO_SEPARATORS = re.compile(r"\s*[,;/|+]\s*")
TERRITORY_CODE = re.compile(r"^(\d{2,3}|2[AB])$")


@dataclass
class RegistryRow:
    siren: str
    name: str
    url_platform: str = ""
    host: str = ""
    id_datagouv: str = ""
    techno_platform: str = ""
    departement: str = ""  # only from the full layout (depcode), used to locate "other" actors
    region: str = ""
    line: int = 0

    def fields(self) -> dict:
        return asdict(self)


@dataclass
class Reject:
    line: int
    raw: str
    reason: str


@dataclass
class Registry:
    source: str
    rows: List[RegistryRow] = field(default_factory=list)
    rejects: List[Reject] = field(default_factory=list)
    columns: Tuple[str, ...] = ()  # our field names the file has, so an update leaves the others alone

    @property
    def read(self) -> int:
        return len(self.rows) + len(self.rejects)


def _normalise_header(name: str) -> str:
    text = clean_text(name).lower()
    return re.sub(r"[\s\-.]+", "_", text)


def clean_text(value) -> str:
    """Trim and drop invisible format characters (U+200E, U+FEFF...) anywhere in a cell."""
    if value is None:
        return ""
    text = "".join(char for char in str(value) if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


def normalise_url(raw: str) -> Tuple[str, str, Optional[str]]:
    """(url, host, reason). Empty input is fine (an actor may publish on data.gouv.fr only).

    A bare host such as "data.example.fr/catalogue" gets https://, since registries often omit it.
    The host is lowercased and loses a leading "www." so that www.x.fr and x.fr count as one
    platform; the URL itself keeps its path and query, because shared portals tell actors apart
    with parameters like refine.publisher=.
    """
    text = clean_text(raw).replace(" ", "%20")
    if not text:
        return "", "", None
    if "://" not in text:
        if re.match(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/|$|:|\?)", text):
            text = "https://" + text
        else:
            return "", "", tr("platform URL {url!r} is not a web address").format(url=raw)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "", "", tr("platform URL {url!r} is malformed").format(url=raw)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return "", "", tr("platform URL {url!r} is not http or https").format(url=raw)
    host = (parts.hostname or "").rstrip(".")
    if not host or "." not in host:
        return "", "", tr("platform URL {url!r} has no host").format(url=raw)
    netloc = host if port is None or port == {"http": 80, "https": 443}[scheme] else f"{host}:{port}"
    url = urlunsplit((scheme, netloc, parts.path, parts.query, ""))
    return url, platform_host(host), None


def platform_host(host: str) -> str:
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def normalise_technologies(raw: str) -> str:
    """One spelling per list: trimmed names, duplicates dropped, order kept, ", " between."""
    seen = []
    for name in TECHNO_SEPARATORS.split(clean_text(raw)):
        if name and name.lower() not in [s.lower() for s in seen]:
            seen.append(name)
    return ", ".join(seen)


def normalise_datagouv_id(raw: str) -> str:
    # Some layouts put the organisation URL instead of its id: keep the last path segment.
    text = clean_text(raw)
    if "/" in text:
        text = [part for part in text.split("/") if part][-1] if text.strip("/") else ""
    return text


def check_row(values: Dict[str, str], line: int = 0) -> Tuple[Optional[RegistryRow], Optional[str]]:
    """A checked row, or None and the reason. Used by the import and by manual edits alike."""
    siren, problem = check_siren(values.get("siren"))
    if problem:
        return None, problem
    name = clean_text(values.get("name"))
    if not name:
        return None, tr("name is empty")
    url, host, problem = normalise_url(values.get("url_platform") or "")
    if problem:
        return None, problem
    departement = clean_siren(values.get("departement")).upper()
    region = clean_siren(values.get("region"))
    if departement and len(departement) == 1 and departement.isdigit():
        departement = "0" + departement  # spreadsheets drop the leading zero of 01..09
    if region and len(region) == 1 and region.isdigit():
        region = "0" + region
    for code in (departement, region):
        if code and not TERRITORY_CODE.match(code):
            return None, tr("territory code {code!r} is not a département or région code").format(code=code)
    return RegistryRow(
        siren=siren, name=name, url_platform=url, host=host,
        id_datagouv=normalise_datagouv_id(values.get("id_datagouv") or ""),
        techno_platform=normalise_technologies(values.get("techno_platform") or ""),
        departement=departement, region=region, line=line,
    ), None


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; anything else refused with the reason."""
    return decode_text(data, source)


def _delimiter(header_line: str) -> str:
    counts = {sep: header_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def parse_registry(text: str, source: str = "registry") -> Registry:
    # The csv module's own limit (131,072 characters) raises in the middle of a file; it is lifted
    # while reading, and a row with a longer field is rejected as a row.
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        return _parse_registry(text, source)
    finally:
        csv.field_size_limit(limit)


def _rows(reader, source: str):
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise csv_error(error, source, reader.line_num) from None


def _parse_registry(text: str, source: str) -> Registry:
    # Split as the csv module does, so that its line_num indexes this list.
    lines = [line.rstrip("\r\n") for line in io.StringIO(text, newline="").readlines()]
    header_line = next((line for line in lines if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    header = None
    registry = Registry(source=source)
    seen: Dict[str, int] = {}
    previous_end = 0
    for cells in _rows(reader, source):
        start, previous_end = previous_end + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        longest = max(len(cell) for cell in cells)
        if longest > MAX_FIELD:
            if header is None:
                raise InputError(tr("{source}: the header line has a field of {n} characters").format(
                    source=source, n=longest))
            registry.rejects.append(Reject(start, lines[start - 1][:200] + "…", tr(
                "a field of {n} characters (at most {limit})").format(n=longest, limit=MAX_FIELD)))
            continue
        if header is None:
            header = _read_header(cells, source)
            registry.columns = tuple(name for name in header if name)
            continue
        raw = "\n".join(lines[start - 1:previous_end])
        if len(cells) != len(header):
            registry.rejects.append(Reject(start, raw, tr("{found} fields instead of {expected}").format(
                found=len(cells), expected=len(header))))
            continue
        values = {key: value for key, value in zip(header, cells) if key}  # lengths checked just above
        row, problem = check_row(values, start)
        if row is not None and row.siren in seen:
            row, problem = None, tr("SIREN {siren} already given on line {line}").format(
                siren=row.siren, line=seen[row.siren])
        if row is None:
            registry.rejects.append(Reject(start, raw, problem))
        else:
            seen[row.siren] = start
            registry.rows.append(row)
    if header is None:
        raise InputError(tr("{source} has no header line").format(source=source))
    if not registry.read:
        raise InputError(tr("{source} has a header but no rows").format(source=source))
    return registry


def _read_header(cells: List[str], source: str) -> List[Optional[str]]:
    header = [HEADER_ALIASES.get(_normalise_header(cell)) for cell in cells]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        found = ", ".join(clean_text(cell) for cell in cells)[:120]
        raise InputError(tr("{source}: missing column(s) {missing} (found: {found})").format(
            source=source, missing=", ".join("siren" if m == "siren" else "nom/name" for m in missing), found=found))
    # A column given twice under two spellings: the first one wins.
    return [name if name not in header[:index] else None for index, name in enumerate(header)]


def read_registry(path) -> Registry:
    path = Path(path)
    if not path.is_file():
        raise InputError(tr("Registry file not found: {path}").format(path=path))
    return parse_registry(decode(path.read_bytes(), path.name), path.name)
