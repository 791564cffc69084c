"""What a layout export asks for, checked before any work starts: template, territory, atlas, format, output.

The dialog, the Processing algorithm and the command line all build an ExportRequest, so that
a bad territory code, template or output folder gets the same one-line reason everywhere.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from dataclasses import dataclass
from pathlib import Path

from ..common import output_paths
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import normalise_code
from ..common.settings import DEFAULT_THRESHOLD
from ..indicators.measures import IDS as MEASURE_IDS

TEMPLATES = ("a4-portrait", "a4-landscape", "a3-landscape", "mutualisation")
FORMATS = ("pdf", "png", "svg")
ATLAS_LEVELS = ("region", "departement", "epci")
TERRITORY_LEVELS = ("france", "region", "departement")
CHARTS = ("type", "size")


@dataclass(frozen=True)
class Preset:
    """"print": vector PDF at full precision, 300 dpi images; "light": simplified shapes, 150 dpi, for e-mail."""

    name: str
    dpi: int
    simplify: bool


PRESETS = {"print": Preset("print", 300, False), "light": Preset("light", 150, True)}


@dataclass(frozen=True)
class ExportRequest:
    store: str
    template: str
    territory: str = "france"  # "france", "region:CODE" or "departement:CODE"
    fmt: str = "pdf"
    out: str = ""
    atlas: str | None = None  # None, "region", "departement" or "epci"
    preset: str = "print"
    chart: str = "type"
    threshold: int = DEFAULT_THRESHOLD  # population from which a commune is in the open data by default scope
    measure: str | None = None  # indicators/measures.py id; None: the default measure
    # For scenarios (what-if): a title prefix such as "Scénario : …", a subtitle replacing the data
    # line, and the scenario itself (scenarios/evaluation.ScenarioView), whose snapshot redraws every
    # layer and gives the figures "today → scenario".
    title_prefix: str = ""
    subtitle: str | None = None
    scenario: object = None

    @property
    def level(self) -> str:
        return parse_territory(self.territory)[0]

    @property
    def code(self) -> str | None:
        return parse_territory(self.territory)[1]


def parse_territory(text: str) -> tuple[str, str | None]:
    """"france" -> ("france", None); "departement:2a" -> ("departement", "2A"). Codes are checked against the
    store later."""
    text = (text or "").strip()
    if text.lower() == "france":
        return "france", None
    level, _, code = text.partition(":")
    if level not in TERRITORY_LEVELS[1:] or not code.strip():
        raise InputError(tr("Unknown territory {territory}: use france, region:CODE or departement:CODE").format(
            territory=text))
    return level, normalise_code(level, code)


def check(request: ExportRequest) -> None:
    """Every check that needs no store: names, combinations, the output folder."""
    if request.template not in TEMPLATES:
        raise InputError(tr("Unknown template {name}: choose {choices}").format(
            name=request.template, choices=", ".join(TEMPLATES)))
    if request.fmt not in FORMATS:
        raise InputError(tr("Unknown format {name}: choose {choices}").format(
            name=request.fmt, choices=", ".join(FORMATS)))
    if request.preset not in PRESETS:
        raise InputError(tr("Unknown preset {name}: choose {choices}").format(
            name=request.preset, choices=", ".join(PRESETS)))
    check_measure(request.measure)
    if request.chart not in CHARTS:
        raise InputError(tr("Unknown chart {name}: choose {choices}").format(
            name=request.chart, choices=", ".join(CHARTS)))
    level, _ = parse_territory(request.territory)
    if request.atlas is not None:
        allowed = {"france": ("region", "departement"), "region": ("departement", "epci"),
                   "departement": ("epci",)}[level]
        if request.atlas not in allowed:
            raise InputError(tr("An atlas by {atlas} cannot be made for {territory}: choose {choices}").format(
                atlas=request.atlas, territory=request.territory, choices=", ".join(allowed)))
    check_output(request.out)


def check_measure(measure: str | None) -> None:
    if measure is not None and measure not in MEASURE_IDS:
        raise InputError(tr("Unknown measure {name}: choose {choices}").format(
            name=measure, choices=", ".join(MEASURE_IDS)))


def check_output(out: str) -> None:
    output_paths.check_output(out)


def page_files(out: str, fmt: str, codes) -> list:
    """Names of the files an atlas writes when one file per page is needed (PNG, SVG): stem-CODE.ext."""
    path = Path(out)
    return [str(path.with_name(f"{path.stem}-{code}.{fmt}")) for code in codes]
