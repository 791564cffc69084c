"""The indicator tables as a CSV a spreadsheet opens well: one section per table, headers in words, no empty row.

For officers (`indicators --excel`), beside the machine CSV of scripts (indicators/indicator_files.py),
which stays as it is. In French (the plugin's default): semicolons, decimal commas, a UTF-8 byte
order mark (so that Excel reads the accents), rates as percentages; in English: commas and points.
Each section starts with a row naming the table, then its header row, then its rows; codes are
given with names, a row without a région says "not located", and a table with nothing to count
says why in one row rather than leaving an empty block.
"""
import csv
import io
from typing import Dict, List, Optional

from ..common.i18n import tr
from ..common.numbers import number
from ..maps import classes
from .measures import BY_ID as MEASURES

BOM = "\ufeff"


def _labels() -> Dict[str, str]:
    return {
        "by_category": tr("Actors by category"),
        "by_region": tr("Actors by région"),
        "by_collectivity_type": tr("Collectivities publishing, by type"),
        "by_commune_size": tr("Communes publishing, by population"),
        "obligated": tr("Collectivities within the open data obligation that publish"),
        "datasets_volume": tr("Actors by number of datasets published"),
        "platforms": tr("Platforms"),
        "population_coverage": tr("Population covered"),
        "publication_openness": tr("Datasets under an open licence, in an open format, updated within 12 months"),
        "publication_themes": tr("Datasets by theme"),
        "publication_scdl": tr("Common local-data schemas (SCDL): obligated collectivities publishing each"),
        "publication_top": tr("Most used datasets"),
    }


def _category(value: str, language: str) -> str:
    item = next((item for item in classes.ACTOR_CATEGORIES if item.id == value), None)
    text = classes.label(item, language) if item else value
    return text[:1].upper() + text[1:]


def _size(value: str, language: str) -> str:
    low, _, high = value.partition("-")
    if value.endswith("+"):
        return tr("{low} inhabitants or more").format(low=number(int(value[:-1]), language))
    return tr("{low} to {high} inhabitants").format(low=number(int(low), language), high=number(int(high), language))


def _bucket(value: str, language: str) -> str:
    if value.endswith("+"):
        return tr("{low} or more").format(low=value[:-1])
    low, _, high = value.partition("-")
    return tr("{low} to {high}").format(low=low, high=high)


class _Writer:
    def __init__(self, language: str, names: Dict[tuple, str]):
        self.language = language
        self.names = names
        self.buffer = io.StringIO()
        self.csv = csv.writer(self.buffer, delimiter=";" if language == "fr" else ",", lineterminator="\r\n")

    def integer(self, value: Optional[int]) -> str:
        return "" if value is None else str(int(value))  # no thousands separator: the spreadsheet sums it

    def rate(self, value: Optional[float]) -> str:
        if value is None:
            return ""
        text = f"{value * 100:.1f}"
        return text.replace(".", ",") if self.language == "fr" else text

    def name(self, level: str, code: Optional[str]) -> str:
        if level == "france":
            return tr("France")
        return self.names.get((level, code), code or "")

    def section(self, title: str, header: List[str], rows: List[List[str]], empty: str = "") -> None:
        self.csv.writerow([title])
        self.csv.writerow(header)
        for row in rows:
            self.csv.writerow(row)
        if not rows:
            self.csv.writerow([empty or tr("Nothing to count")])


def _dated(title: str, rows: List[dict], language: str) -> str:
    """A publication section's title with the date of its data (the run that listed the datasets)."""
    from ..layouts.layout_texts import long_date

    day = next((row["as_of"] for row in rows if row.get("as_of")), None)
    return tr("{title} (data of {date})").format(title=title, date=long_date(day, language)) if day else title


def _publications(out: "_Writer", tables: dict, labels: Dict[str, str], share: str) -> None:
    """What the scope publishes (indicators/publication_tables.py); unknown counts apart, empty rates when unknown."""
    language = out.language
    empty = tr("No dataset listing harvested yet: run harvest --datasets")
    median = tr("Median of the same level (%)")
    rules = {"open_licence": tr("Open licence"), "open_format": tr("Open format"), "fresh": tr("Updated < 12 months")}
    states = {"declared": tr("declared"), "detected": tr("detected"), None: tr("not found")}
    if "publication_openness" in tables:
        rows = tables["publication_openness"]
        out.section(_dated(labels["publication_openness"], rows, language),
                    [tr("Rule"), tr("Datasets meeting it"), tr("Datasets whose answer is known"), tr("Unknown"),
                     share, median],
                    [[rules.get(row["rule"], row["rule"]), out.integer(row["datasets"]), out.integer(row["known"]),
                      out.integer(row["unknown"]), out.rate(row["rate"]), out.rate(row.get("peer_rate"))]
                     for row in rows], empty)
    if "publication_themes" in tables:
        rows = tables["publication_themes"]
        out.section(_dated(labels["publication_themes"], rows, language), [tr("Theme"), tr("Datasets"), share],
                    [[row["theme"] or tr("no theme"), out.integer(row["datasets"]),
                      out.rate(row["datasets"] / row["total"] if row["total"] else None)] for row in rows], empty)
    if "publication_scdl" in tables:
        rows = tables["publication_scdl"]
        out.section(_dated(labels["publication_scdl"], rows, language),
                    [tr("Schema"), tr("Here"), tr("Publishing"), tr("Obligated collectivities"), tr("Unknown"),
                     share, median, tr("France (%)")],
                    [[row["title"], states.get(row["here"], row["here"]), out.integer(row["engaged"]),
                      out.integer(row["total"]), out.integer(row["unknown"]), out.rate(row["rate"]),
                      out.rate(row.get("peer_rate")), out.rate(row["national_rate"])] for row in rows], empty)
    if "publication_top" in tables:
        rows = tables["publication_top"]
        out.section(_dated(labels["publication_top"], rows, language),
                    [tr("Rank"), tr("Dataset"), tr("Actor"), tr("Platform"), tr("Downloads"), tr("API calls"),
                     tr("Views"), tr("Address")],
                    [[out.integer(row["rank"]), row["title"], row["name"], row["platform"],
                      out.integer(row["downloads"]), out.integer(row["api_calls"]), out.integer(row["views"]),
                      row["url"]] for row in rows],
                    empty if not tables.get("publication_openness") else
                    tr("No platform published usage figures for these datasets"))


def spreadsheet_text(tables: dict, language: str = "fr", names: Optional[Dict[tuple, str]] = None) -> str:
    """The CSV text (with its byte order mark in French) of every table present, in the tables' order."""
    out = _Writer(language, names or {})
    labels = _labels()
    share = tr("Share (%)")
    if "by_category" in tables:
        out.section(labels["by_category"], [tr("Category"), tr("Actors publishing"), tr("Actors in the registry")],
                    [[_category(row["category"], language), out.integer(row["engaged"]), out.integer(row["actors"])]
                     for row in tables["by_category"]])
    if "by_region" in tables:
        out.section(labels["by_region"], [tr("Région"), tr("Code"), tr("Actors publishing"),
                                          tr("Actors in the registry")],
                    [[out.name("region", row["region"]) if row["region"] else tr("Not located"), row["region"] or "",
                      out.integer(row["engaged"]), out.integer(row["actors"])] for row in tables["by_region"]])
    for name in ("by_collectivity_type", "obligated"):
        if name in tables:
            out.section(labels[name], [tr("Type of collectivity"), tr("Publishing"), tr("Total"), share],
                        [[_category(row["type"], language), out.integer(row["engaged"]), out.integer(row["total"]),
                          out.rate(row["rate"])] for row in tables[name]])
    if "by_commune_size" in tables:
        out.section(labels["by_commune_size"], [tr("Population of the commune"), tr("Publishing"), tr("Total"), share],
                    [[_size(row["class"], language), out.integer(row["engaged"]), out.integer(row["total"]),
                      out.rate(row["rate"])] for row in tables["by_commune_size"]])
    if "datasets_volume" in tables:
        out.section(labels["datasets_volume"], [tr("Category"), tr("Datasets"), tr("Actors")],
                    [[_category(row["category"], language), _bucket(row["bucket"], language),
                      out.integer(row["actors"])] for row in tables["datasets_volume"] if row["actors"]],
                    tr("No harvest yet: datasets are not counted"))
    if "platforms" in tables:
        kinds = {"national": tr("national"), "territorial": tr("territorial")}
        out.section(labels["platforms"], [tr("Platform"), tr("Kind"), tr("Actors publishing"), tr("Technology")],
                    [[row["host"], kinds.get(row["kind"], row["kind"]), out.integer(row["actors"]),
                      row["technology"] or ""] for row in tables["platforms"]])
    if "population_coverage" in tables:
        out.section(labels["population_coverage"], [tr("Measure"), tr("Territory"), tr("Code"),
                                                    tr("Population covered"), tr("Population"), share],
                    [[MEASURES[row["measure"]].label(language), out.name(row["level"], row["code"]), row["code"] or "",
                      out.integer(row["covered"]), out.integer(row["population"]), out.rate(row["rate"])]
                     for row in tables["population_coverage"]])
    _publications(out, tables, labels, share)
    text = out.buffer.getvalue()
    return BOM + text if language == "fr" else text
