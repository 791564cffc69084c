"""Openness rules: licences, formats and freshness as French portals write them (hand-made cases)."""
from datetime import date, datetime

import pytest

from odt_qgis_plugin.publications import openness

pytestmark = pytest.mark.pure


@pytest.mark.parametrize("licence", [
    "lov2", "lov1", "fr-lo", "Licence Ouverte v2.0 (Etalab)", "Licence Ouverte / Open Licence version 2.0",
    "Licence ouverte (Etalab)", "Licence Ouverte-LO", "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
    "ODbL", "odc-odbl", "Open Database License (ODbL)", "Open Data Commons Open Database License (ODbL)",
    "http://opendatacommons.org/licenses/odbl/1.0/", "cc-by", "CC-BY 4.0", "CC BY-SA 4.0", "cc-by-sa",
    "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/",
    "cc-zero", "CC0", "https://creativecommons.org/publicdomain/zero/1.0/", "odc-by", "odc-pddl",
    "other-at", "other-open", "other-pd", "Other (Attribution)", "  LOV2  ", "mit", "apache-2.0", "eupl-1.2",
])
def test_open_licences(licence):
    assert openness.licence_is_open(licence) is True


@pytest.mark.parametrize("licence", [
    "cc-by-nc", "CC BY-NC-SA 4.0", "CC-BY-ND", "https://creativecommons.org/licenses/by-nc/4.0/",
    "Creative Commons Attribution-NonCommercial 4.0", "Creative Commons Attribution - Pas d'Utilisation Commerciale",
    "other-nc", "other-closed", "Licence propriétaire", "Tous droits réservés", "cc-nc",
])
def test_closed_licences(licence):
    assert openness.licence_is_open(licence) is False


@pytest.mark.parametrize("licence", [
    None, "", "   ", "notspecified", "License Not Specified", "other", "Autre", "Spécifique ou autre",
    "Creative Commons-CC",  # the SCDL catalogue's value: which CC licence is not said
    "Licence de la ville", "none", 42, ["lov2"], "\u0000\ufffd",
])
def test_unknown_or_malformed_licences(licence):
    assert openness.licence_is_open(licence) is None


@pytest.mark.parametrize("formats", [
    ["CSV"], ["csv"], [".csv"], ["text/csv"], ["text/csv; charset=utf-8"], ["application/json"],
    ["application/geo+json"], ["application/vnd.geo+json"], ["GeoJSON"], ["SHP (zip)"], ["shp"], ["ods"],
    ["XLSX", "CSV"], ["pdf", "json"], ["WFS"], ["ogc:wms"], ["GTFS"], ["parquet"], "csv;json", ["CSV, GeoJSON"],
    ["application/vnd.oasis.opendocument.spreadsheet"], ["zip", "csv"],
])
def test_open_formats(formats):
    assert openness.format_is_open(formats) is True


@pytest.mark.parametrize("formats", [
    ["pdf"], ["PDF", "DOCX"], ["xls"], ["XLSX"], ["application/vnd.ms-excel"],
    ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], ["application/pdf; charset=binary"],
    ["html"], ["text/html"], ["jpg", "png"], ["Esri REST"],
])
def test_closed_formats(formats):
    assert openness.format_is_open(formats) is False


@pytest.mark.parametrize("formats", [
    None, [], [""], ["  "], [None, 3], ["ZIP"], ["application/zip"], ["pdf", "zip"],
    ["application/octet-stream"], ["format inconnu"], ["xlsx", "bin"],
])
def test_unknown_or_malformed_formats(formats):
    # A bare ZIP can hold a CSV as well as a PDF: unknown, not closed.
    assert openness.format_is_open(formats) is None


def test_normal_format():
    assert openness.normal_format(" .CSV ") == "csv"
    assert openness.normal_format("application/vnd.google-earth.kml+xml") == "kml"
    assert openness.normal_format("application/atom+xml") == "xml"
    assert openness.normal_format(None) == ""


AS_OF = date(2026, 11, 29)


@pytest.mark.parametrize("modified, fresh", [
    ("2026-11-29", True), ("2026-06-01T08:00:00+02:00", True), ("2025-11-29", True),  # exactly 12 months: fresh
    ("2025-11-28", False), ("2019-01-01", False),
    ("2026-11-30", True),  # a day ahead: the portal's time zone
    ("2026-12-15", None),  # later than the run: a wrong date
    (None, None), ("", None), ("  ", None), ("29/11/2026", None), ("2026-02-30", None), ("n/a", None), (20261129, None),
])
def test_is_fresh(modified, fresh):
    assert openness.is_fresh(modified, AS_OF) is fresh


def test_is_fresh_clamps_29_february_and_accepts_a_datetime():
    # 12 months before 2024-02-29 is 2023-02-28.
    assert openness.is_fresh("2023-02-28", date(2024, 2, 29)) is True
    assert openness.is_fresh("2023-02-27", date(2024, 2, 29)) is False
    assert openness.is_fresh("2026-01-01", datetime(2026, 11, 29, 23, 0)) is True
    assert openness.is_fresh("2026-09-01", AS_OF, months=3) is True
    assert openness.is_fresh("2026-08-28", AS_OF, months=3) is False
    assert openness.is_fresh("2026-08-28", None) is None
