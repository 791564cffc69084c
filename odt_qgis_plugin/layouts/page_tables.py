"""The tables and legend entries of a council page, as rows of text: key figures, actors, platforms, classes.

Pure. Each table is (header, rows); a table that cannot show every row ends with an "and N more"
row, so that the page says how many it left out. Texts are typeset for the language
(layouts/typography.py); words go through tr(), class and measure labels come from their
definitions (maps/classes.py, indicators/measures.py).
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from typing import List, Optional, Sequence, Tuple

from ..common.i18n import tr
from ..common.numbers import number, percent, signed
from ..indicators.measures import MEASURES, Measure
from ..maps import classes
from ..maps.classes import find_range, fixed_label
from . import page_data as data_module
from .page_data import OBSERVED, SCENARIO, PageData
from .typography import ordinal, points, typeset

Table = Tuple[List[str], List[List[str]]]

# (singular, plural) per layer and language: "1 EPCI", "12 départements".
UNITS = {
    "regions": {"fr": ("région", "régions"), "en": ("région", "régions")},
    "departements": {"fr": ("département", "départements"), "en": ("département", "départements")},
    "epci": {"fr": ("EPCI", "EPCI"), "en": ("EPCI", "EPCI")},
    "communes": {"fr": ("commune", "communes"), "en": ("commune", "communes")},
    "footprints": {"fr": ("plateforme", "plateformes"), "en": ("platform", "platforms")},
}
UNITS["communes_small"] = UNITS["communes"]
ACTOR_TYPES = {item.id: item for item in classes.ACTOR_CATEGORIES}
FOOTPRINT_TYPES = {item.id: item for item in classes.FOOTPRINT_TYPES}


def word(key: str, language: str = "") -> str:
    """A word of the tables, translated when shown (tr() keeps the plugin's one list of translations)."""
    return {
        "france": lambda: tr("France"), "region": lambda: tr("Région"), "departement": lambda: tr("Département"),
        "epci": lambda: tr("EPCI"), "rank": lambda: tr("Rank"), "today": lambda: tr("Today"),
        "scenario": lambda: tr("Scenario"), "change": lambda: tr("Change"),
        "actors": lambda: tr("Actors publishing"), "datasets": lambda: tr("Datasets published"),
        "name": lambda: tr("Actor"), "type": lambda: tr("Type"), "platform": lambda: tr("Platform"),
        "population": lambda: tr("Inhabitants"), "carrier": lambda: tr("Carrier"),
        "more": lambda: tr("and {n} more"),
        "of": lambda: tr("{rank} of {peers}"), "none": lambda: "—", "collectivity": lambda: tr("Collectivity"),
        "count": lambda: tr("Actors"), "publishers": lambda: tr("Collectivities publishing"),
    }[key]()


def units(layer: str, count: int, language: str) -> str:
    singular, plural = UNITS[layer]["fr" if language == "fr" else "en"]
    return f"{number(count, language)} {singular if count == 1 else plural}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def truncated(rows: List[List[str]], limit: int, language: str) -> List[List[str]]:
    """At most `limit` rows; the last one says how many were left out ("et 12 autres")."""
    if limit <= 0:
        return []
    if len(rows) <= limit:
        return rows
    kept = rows[:limit - 1]  # at least two are left out: one alone would have fitted in the "more" row
    more = word("more", language).format(n=number(len(rows) - len(kept), language))
    return kept + [[more] + [""] * (len(rows[0]) - 1)]


# --- key figures ---------------------------------------------------------------------------------------------

def _rate_text(rate: Optional[float], language: str) -> str:
    return percent(rate, language) if rate is not None else word("none", language)


def _rank_text(place: Optional[Tuple[int, int]], language: str) -> str:
    if place is None:
        return word("none", language)
    return word("of", language).format(rank=ordinal(place[0], language), peers=place[1])


def figure_measures(level: str) -> List[Measure]:
    """The measures of the key figures: the population ones everywhere; the shares of collectivities
    where they are defined (not on an EPCI page, whose share would count its communes one by one)."""
    return [measure for measure in MEASURES if measure.id != "population_any"
            and (measure.population or level != "epci")]


def measure_label(measure: Measure, data: PageData, language: str) -> str:
    """The measure's name; the obligation's says from which population communes are in it (a setting)."""
    if measure.id != "obligated":
        return measure.label(language)
    return tr("{measure} (communes from {population} inhabitants)").format(
        measure=measure.label(language), population=number(data.snapshot.threshold, language))


def figures_table(data: PageData, level: str, code: Optional[str], language: str) -> Table:
    """Observed page: each figure beside France (and the département on an EPCI page), and the rank."""
    columns = [(level, code)]
    if level == "epci":
        columns.append(("departement", data.epci_place.get(code, ("", ""))[0]))
    if level != "france":
        columns.append(("france", None))
    header = [""] + [word(column[0], language) for column in columns]
    if level != "france":
        header.append(word("rank", language))
    rows = []
    for measure in figure_measures(level):
        row = [measure_label(measure, data, language)]
        row += [_rate_text(data_module.value(data, measure, column_level, column_code), language)
                for column_level, column_code in columns]
        if level != "france":
            row.append(_rank_text(data_module.rank(data, measure, level, code), language))
        rows.append(row)
    row = [word("actors", language)]
    for column_level, column_code in columns:
        row.append(number(len(data_module.actors_inside(data, column_level, column_code)), language))
    rows.append(row + ([""] if level != "france" else []))
    if data.snapshot.harvested:
        row = [word("datasets", language)]
        for column_level, column_code in columns:
            row.append(number(sum(actor.datasets or 0 for actor in
                                  data_module.actors_inside(data, column_level, column_code)), language))
        rows.append(row + ([""] if level != "france" else []))
    return [typeset(cell, language) for cell in header], [[typeset(cell, language) for cell in row] for row in rows]


def scenario_table(data: PageData, level: str, code: Optional[str], language: str) -> Table:
    """Scenario page: today, under the scenario and the change, per figure."""
    header = ["", word("today", language), word("scenario", language), word("change", language)]
    rows = []
    for measure in figure_measures(level):
        before = data_module.value(data, measure, level, code, OBSERVED)
        after = data_module.value(data, measure, level, code, SCENARIO)
        change = points(after - before, language) if before is not None and after is not None else word("none",
                                                                                                           language)
        rows.append([measure_label(measure, data, language), _rate_text(before, language), _rate_text(after, language),
                     change])
    before = len(data_module.actors_inside(data, level, code))
    after = before + len(turned_inside(data, level, code))
    rows.append([word("publishers", language), number(before, language), number(after, language),
                 signed(after - before, language)])
    return [typeset(cell, language) for cell in header], [[typeset(cell, language) for cell in row] for row in rows]


def turned_inside(data: PageData, level: str, code: Optional[str]) -> List[Tuple[str, str]]:
    """The collectivities a scenario makes publish that lie in the territory, largest first."""
    if data.scenario is None:
        return []
    found = []
    for turned_level, turned_code in data.scenario.turned:
        if level == "france" or _place_inside(data, turned_level, turned_code, level, code):
            found.append((turned_level, turned_code))
    return sorted(found, key=lambda key: (-data.population.get(key, 0), data.name(*key)))


def _place_inside(data: PageData, turned_level: str, turned_code: str, level: str, code: str) -> bool:
    if turned_level == "commune":
        departement, region = data.observed.coverage.places.get(turned_code, ("", ""))
        epci = data.observed.coverage.commune_epci.get(turned_code)
        return {"region": region, "departement": departement, "epci": epci}.get(level) == code
    if turned_level == "epci":
        departement, region = data.epci_place.get(turned_code, ("", ""))
        return {"region": region, "departement": departement, "epci": turned_code}.get(level) == code
    if turned_level == "departement":
        return level == "region" and data.snapshot.dep_region.get(turned_code) == code or \
            (level == "departement" and turned_code == code)
    return level == "region" and turned_code == code


# --- actors, publishers and platforms ------------------------------------------------------------------------

def actor_type(category: str, language: str) -> str:
    item = ACTOR_TYPES.get(category, ACTOR_TYPES["other"])
    return capitalised(classes.label(item, language))


def actors_table(data: PageData, level: str, code: Optional[str], language: str, limit: int) -> Table:
    """The engaged actors of the territory, largest first: name, type, platform (and datasets once harvested)."""
    harvested = data.snapshot.harvested
    header = [word("name", language), word("type", language), word("platform", language)]
    if harvested:
        header.append(word("datasets", language))
    rows = []
    for actor in data_module.actors_inside(data, level, code):
        platform = actor.host or ("data.gouv.fr" if actor.id_datagouv else word("none", language))
        row = [data_module.actor_name(data, actor), actor_type(actor.category, language), platform]
        if harvested:
            row.append(number(actor.datasets, language) if actor.datasets is not None else word("none", language))
        rows.append(row)
    if not rows:
        rows = [[tr("No actor publishes open data here yet")] + [""] * (len(header) - 1)]
    return header, [[typeset(cell, language) for cell in row] for row in truncated(rows, limit, language)]


def publishers_table(data: PageData, level: str, code: Optional[str], language: str, limit: int) -> Table:
    """Scenario page: the collectivities that would publish, largest first."""
    header = [word("collectivity", language), word("type", language), word("population", language)]
    rows = [[data.name(*key), actor_type(key[0], language), number(data.population.get(key, 0), language)]
            for key in turned_inside(data, level, code)]
    if not rows:
        rows = [[tr("No collectivity of this territory changes under the scenario"), "", ""]]
    return header, [[typeset(cell, language) for cell in row] for row in truncated(rows, limit, language)]


def platforms_table(data: PageData, level: str, code: Optional[str], language: str, limit: int) -> Table:
    """Mutualised platforms of the territory: name, type, carrier and number of actors."""
    header = [word("platform", language), word("type", language), word("carrier", language), word("count", language)]
    rows = []
    for platform in data_module.platforms_inside(data, level, code):
        carrier = platform.carrier
        carrier_name = word("none", language)
        if carrier is not None:
            key = (carrier.place.level, carrier.place.code) if carrier.place else None
            carrier_name = data.collectivity_names.get(key) or data.names.get(key) if key else None
            carrier_name = carrier_name or data_module.tidy_name(carrier.name)
        kind = FOOTPRINT_TYPES.get(platform.type, FOOTPRINT_TYPES["other"])
        rows.append([platform.name, capitalised(classes.label(kind, language)), carrier_name,
                     number(len(platform.members), language)])
    if not rows:
        rows = [[tr("No mutualised platform in this territory"), "", "", ""]]
    return header, [[typeset(cell, language) for cell in row] for row in truncated(rows, limit, language)]


# --- legends -----------------------------------------------------------------------------------------------

def class_entries(measure: Measure, layer: str, values: dict, language: str, counts: bool = True) \
        -> List[Tuple[str, str]]:
    """(class id, label) of the classes that hold at least one of the values, in the classes' order,
    with the number of territories in each ("40 à 50 % (12 EPCI)")."""
    if layer in ("communes", "communes_small"):
        series: Sequence = measure.categories if measure.commune_field else classes.ENGAGEMENT_CATEGORIES
        found = {}
        for item_id in values.values():
            found[item_id] = found.get(item_id, 0) + 1
        labelled = [(item.id, classes.label(item, language), found.get(item.id, 0)) for item in series]
    else:
        found = {}
        for rate in values.values():
            item = find_range(measure.breaks, rate * 100 if rate is not None else None)
            if item is not None:
                found[item.id] = found.get(item.id, 0) + 1
        labelled = [(item.id, fixed_label(item, language), found.get(item.id, 0)) for item in measure.breaks]
    entries = []
    for item_id, text, count in labelled:
        if count:
            text = f"{capitalised(text)} ({units(layer, count, language)})" if counts else capitalised(text)
            entries.append((item_id, typeset(text, language)))
    return entries


def category_entries(series, present: dict, layer: str, language: str) -> List[Tuple[str, str]]:
    """(id, label) of the categories present, e.g. footprint types with their number of platforms."""
    entries = []
    for item in series:
        if present.get(item.id):
            text = f"{capitalised(classes.label(item, language))} ({units(layer, present[item.id], language)})"
            entries.append((item.id, typeset(text, language)))
    return entries


def kind_entries(series, present: dict, language: str) -> List[Tuple[str, str]]:
    """(id, label) of the categories present, without counts (the kinds of actors on a map)."""
    return [(item.id, typeset(capitalised(classes.label(item, language)), language))
            for item in series if present.get(item.id)]
