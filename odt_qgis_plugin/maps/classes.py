"""Map classes described once as data: share breaks, dataset buckets, engagement and footprint categories.

The styles (maps/qgis_styles.py), the QML files under resources/styles, the legends and the tests all read
these definitions; labels are given in French and English here because a legend is read by people
who may not have the plugin's translations (a PDF, a PNG in a report).
"""
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from ..common.numbers import SPACE, number, percent

NBSP = SPACE  # French puts a no-break space before "%" and between thousands


@dataclass(frozen=True)
class Range:
    """A graduated class: lower < value <= upper (the first class of a series also takes `lower`)."""

    id: str
    lower: float
    upper: float
    fr: str
    en: str
    color: str


@dataclass(frozen=True)
class Category:
    id: str
    fr: str
    en: str
    color: str


@dataclass(frozen=True)
class StyleDef:
    """One named style of a layer: what it shows, in both languages, and the QML file holding it."""

    id: str
    layer: str
    fr: str
    en: str
    qml: str


# Colour-blind-safe sequential ramp (ColorBrewer YlGnBu, 5 classes), light = low.
SHARE_RAMP = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
COUNT_RAMP = ("#f0f9e8", "#bae4bc", "#7bccc4", "#43a2ca", "#0868ac")
BUCKET_RAMP = ("#f7fcf0", "#ccebc5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#084081")
OPEN_END = 1e9  # upper bound of an open last class ("101 or more")

# Fixed breaks on the share of engaged collectivities, in percent (fields hold a 0-1 ratio; the
# styles classify `rate * 100`), so that two maps, two régions or two editions compare directly.
SHARE_BREAKS: Tuple[Range, ...] = (
    Range("none", 0, 0, "0 %", "0%", SHARE_RAMP[0]),
    Range("to10", 0, 10, "jusqu'à 10 %", "up to 10%", SHARE_RAMP[1]),
    Range("10_25", 10, 25, "10 à 25 %", "10–25%", SHARE_RAMP[2]),
    Range("25_50", 25, 50, "25 à 50 %", "25–50%", SHARE_RAMP[3]),
    Range("over50", 50, 100, "plus de 50 %", "over 50%", SHARE_RAMP[4]),
)

# Datasets published by an actor or a territory, once harvested.
DATASET_BUCKETS: Tuple[Range, ...] = (
    Range("1_3", 1, 3, "1 à 3", "1–3", BUCKET_RAMP[0]),
    Range("4_10", 3, 10, "4 à 10", "4–10", BUCKET_RAMP[1]),
    Range("11_30", 10, 30, "11 à 30", "11–30", BUCKET_RAMP[2]),
    Range("31_50", 30, 50, "31 à 50", "31–50", BUCKET_RAMP[3]),
    Range("51_100", 50, 100, "51 à 100", "51–100", BUCKET_RAMP[4]),
    Range("101_more", 100, OPEN_END, "101 et plus", "101 or more", BUCKET_RAMP[5]),
)

# Engaged actors counted in a département or a région.
ACTOR_COUNT_BREAKS: Tuple[Range, ...] = (
    Range("0", 0, 0, "aucun", "none", COUNT_RAMP[0]),
    Range("1_5", 0, 5, "1 à 5", "1–5", COUNT_RAMP[1]),
    Range("6_15", 5, 15, "6 à 15", "6–15", COUNT_RAMP[2]),
    Range("16_40", 15, 40, "16 à 40", "16–40", COUNT_RAMP[3]),
    Range("41_more", 40, OPEN_END, "plus de 40", "over 40", COUNT_RAMP[4]),
)

# Communes and EPCI: the expression below gives one of these ids for each feature. Labels are neutral in
# gender (they describe a commune as well as an EPCI) and in plain words rather than the law's jargon.
ENGAGEMENT_CATEGORIES: Tuple[Category, ...] = (
    Category("engaged", "publie des données ouvertes", "publishes open data", "#2c7fb8"),
    Category("obligated", "dans le périmètre de l'obligation, sans publication",
             "within the open data obligation, not publishing", "#fdae61"),
    Category("not_obligated", "hors du périmètre de l'obligation, sans publication",
             "outside the obligation, not publishing", "#f0f0f0"),
    Category("unknown", "inconnu (moissonnage en échec)", "unknown (harvest failed)", "#bdbdbd"),
)
ENGAGEMENT_EXPRESSION = (
    "CASE WHEN \"engaged\" = 1 THEN 'engaged' WHEN \"engaged\" IS NULL AND \"actor_siren\" IS NOT NULL"
    " THEN 'unknown' WHEN \"obligated\" = 1 THEN 'obligated' ELSE 'not_obligated' END"
)

# Population covered (indicators/coverage.py), in percent. The same breaks for the bloc communal and the
# local-portal measures, so that their maps compare; 40-50 and 50-60 split around the national value (49 %
# and 61.5 % in 2022), and on the 2022 registry the 18 régions fall in five (bloc) and seven (local) classes.
POPULATION_RAMP = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
POPULATION_BREAKS: Tuple[Range, ...] = (
    Range("none", 0, 0, "0 %", "0%", POPULATION_RAMP[0]),
    Range("to20", 0, 20, "jusqu'à 20 %", "up to 20%", POPULATION_RAMP[1]),
    Range("20_40", 20, 40, "20 à 40 %", "20–40%", POPULATION_RAMP[2]),
    Range("40_50", 40, 50, "40 à 50 %", "40–50%", POPULATION_RAMP[3]),
    Range("50_60", 50, 60, "50 à 60 %", "50–60%", POPULATION_RAMP[4]),
    Range("60_80", 60, 80, "60 à 80 %", "60–80%", POPULATION_RAMP[5]),
    Range("over80", 80, 100, "plus de 80 %", "over 80%", POPULATION_RAMP[6]),
)
# Covered at any level: a région that publishes covers everyone, so most territories are near 100 %.
ANY_LEVEL_BREAKS: Tuple[Range, ...] = (
    Range("none", 0, 0, "0 %", "0%", SHARE_RAMP[0]),
    Range("to50", 0, 50, "jusqu'à 50 %", "up to 50%", SHARE_RAMP[1]),
    Range("50_90", 50, 90, "50 à 90 %", "50–90%", SHARE_RAMP[2]),
    Range("over90", 90, 100, "plus de 90 %", "over 90%", SHARE_RAMP[4]),
)
# Share of the collectivities within the obligation that publish: 0-20 % for régions in 2022.
OBLIGATED_BREAKS: Tuple[Range, ...] = (
    Range("none", 0, 0, "0 %", "0%", SHARE_RAMP[0]),
    Range("to5", 0, 5, "jusqu'à 5 %", "up to 5%", SHARE_RAMP[1]),
    Range("5_10", 5, 10, "5 à 10 %", "5–10%", SHARE_RAMP[2]),
    Range("10_20", 10, 20, "10 à 20 %", "10–20%", SHARE_RAMP[3]),
    Range("over20", 20, 100, "plus de 20 %", "over 20%", SHARE_RAMP[4]),
)
# A commune under a population measure: who covers it (indicators/coverage.py), else whether the law
# asks it to publish. The communes layer holds these ids in cover_bloc, cover_local and cover_any.
COVER_CATEGORIES: Tuple[Category, ...] = (
    Category("commune", "la commune publie", "the commune publishes", "#0c2c84"),
    Category("epci", "son EPCI publie", "its EPCI publishes", "#1d91c0"),
    Category("departement", "son département publie", "its département publishes", "#7fcdbb"),
    Category("region", "sa région publie", "its région publishes", "#c7e9b4"),
    Category("obligated", "non couverte, dans le périmètre de l'obligation",
             "not covered, within the open data obligation", "#fdae61"),
    Category("none", "non couverte", "not covered", "#f0f0f0"),
)

# SCDL coverage of the bloc communal (maps/publication_fields.py): share of its obligated communes and EPCI
# publishing at least one dataset following a common local-data schema, in percent. The same breaks as the
# share of engaged collectivities; a territory whose listings are unknown is grey, labelled "inconnu".
SCDL_FIELD = "scdl_share_bloc"
SCDL_BREAKS: Tuple[Range, ...] = SHARE_BREAKS
SCDL_CATEGORIES: Tuple[Category, ...] = tuple(Category(item.id, item.fr.replace(" %", NBSP + "%"), item.en, item.color)
                                              for item in SCDL_BREAKS) \
    + (Category("unknown", "inconnu", "unknown", "#bdbdbd"),)


def _class_expression(field: str, ranges: Sequence[Range]) -> str:
    """A CASE giving the id of the class of `field` * 100 (bounds as find_range), 'unknown' when NULL."""
    cases = [f'WHEN "{field}" IS NULL THEN \'unknown\'']
    for index, item in enumerate(ranges[:-1]):
        cases.append(f'WHEN "{field}" * 100 <= {item.upper:g} THEN \'{item.id}\'')
    return "CASE " + " ".join(cases) + f" ELSE '{ranges[-1].id}' END"


SCDL_EXPRESSION = _class_expression(SCDL_FIELD, SCDL_BREAKS)

# Mutualisation footprints, as the 2018 report types them (rules in footprints/mutualisation.py).
FOOTPRINT_TYPES: Tuple[Category, ...] = (
    Category("regional", "régionale", "regional", "#1b9e77"),
    Category("cross_level", "multi-niveaux", "cross-level", "#7570b3"),
    Category("departmental", "départementale", "departmental", "#d95f02"),
    Category("metropolitan", "métropolitaine", "metropolitan", "#e7298a"),
    Category("other", "autre", "other", "#999999"),
)

# Actor categories (points coloured by category; registry/resolution.CATEGORIES).
ACTOR_CATEGORIES: Tuple[Category, ...] = (
    Category("region", "région", "région", "#1b9e77"),
    Category("departement", "département", "département", "#d95f02"),
    Category("epci", "EPCI", "EPCI", "#7570b3"),
    Category("commune", "commune", "commune", "#e7298a"),
    Category("other", "autre organisme", "other body", "#666666"),
)

# Named styles per layer; the first of a layer is its default. The QML files are under resources/styles.
STYLES: Tuple[StyleDef, ...] = tuple(
    StyleDef(style_id, layer, fr, en, f"{layer}_{qml}.qml")
    for layer in ("regions", "departements", "epci", "communes")
    for style_id, fr, en, qml, layers in (
        ("population_bloc", "Population couverte par le bloc communal", "Population covered by the communes and EPCI",
         "population_bloc", "all"),
        ("population_local", "Population couverte par un portail local", "Population covered by a local portal",
         "population_local", "all"),
        ("population_any", "Population couverte à un niveau quelconque", "Population covered at any level",
         "population_any", "all"),
        ("share", "Part des collectivités engagées", "Share of collectivities engaged", "share", "wide"),
        ("obligated", "Part des collectivités soumises à l'obligation qui publient",
         "Share of obligated collectivities publishing", "obligated", "wide"),
        ("actors", "Acteurs engagés", "Engaged actors", "actors", "wide"),
        ("engagement", "Engagement", "Engagement", "engagement", "fine"),
        ("datasets", "Jeux de données", "Datasets", "datasets", "all"),
    )
    if layers == "all" or (layers == "wide") == (layer in ("regions", "departements"))
) + tuple(
    StyleDef("scdl_bloc", layer, "Bloc communal publiant selon un schéma SCDL",
             "Communes and EPCI publishing to an SCDL schema", f"{layer}_scdl_bloc.qml")
    for layer in ("regions", "departements", "epci")
) + (
    StyleDef("types", "footprints", "Type de mutualisation", "Mutualisation type", "footprints.qml"),
    StyleDef("category", "actor_points", "Acteurs par catégorie", "Actors by category", "actor_points.qml"),
)

SAMPLE_NOTE = {"fr": "classes calculées sur un échantillon", "en": "classes computed on a sample"}


def styles_for(layer: str) -> Tuple[StyleDef, ...]:
    return tuple(style for style in STYLES if style.layer == layer)


def label(item, language: str) -> str:
    return item.fr if language == "fr" else item.en


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """12345.5 -> '12 345,5' in French, '12,345.5' in English; trailing zeros dropped."""
    return number(value, language, decimals, trim=True)


def format_percent(value: float, language: str, decimals: int = 1) -> str:
    """A value already in percent: 12.5 -> '12,5 %' (French) or '12.5%'."""
    return percent(value / 100, language, decimals, trim=True)


def range_label(lower: float, upper: float, language: str, percent: bool, first: bool = False) -> str:
    """Label of a computed class (Jenks, quantile...), in the same wording as the fixed ones."""
    fmt = (lambda v: format_percent(v, language)) if percent else (lambda v: format_number(v, language, 1))
    if lower == upper:
        return fmt(lower)
    if language == "fr":
        return f"{fmt(lower)} à {fmt(upper)}" if first else f"plus de {fmt(lower)} à {fmt(upper)}"
    return f"{fmt(lower)}–{fmt(upper)}" if first else f"over {fmt(lower)} to {fmt(upper)}"


def fixed_label(item: Range, language: str) -> str:
    """The definition's label with the language's own spacing (the data keeps one canonical form)."""
    text = label(item, language)
    return text.replace(" %", NBSP + "%") if language == "fr" else text


def find_range(ranges: Sequence[Range], value: Optional[float]) -> Optional[Range]:
    """The class a value falls in, with the same bounds as QGIS's graduated renderer."""
    if value is None:
        return None
    for index, item in enumerate(ranges):
        if (item.lower <= value if index == 0 else item.lower < value) and value <= item.upper:
            return item
    return None
