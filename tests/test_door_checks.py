"""Arguments and files checked at the door: numbers, encodings, long fields, endpoints and platform-groups
files, and the CSV we write made inert for spreadsheets."""
import csv
import io
import json

import pytest
from data_paths import ACTORS_2022, SIRENS

from odt_qgis_plugin.common import bounds
from odt_qgis_plugin.common.csv_cells import safe_cell
from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.common.text_files import decode_text
from odt_qgis_plugin.footprints.mutualisation import read_platform_groups
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.indicators.indicator_files import as_text
from odt_qgis_plugin.indicators.indicator_tables import TABLES
from odt_qgis_plugin.layouts.layout_request import parse_territory
from odt_qgis_plugin.registry.registry_csv import read_registry
from odt_qgis_plugin.scenarios.evaluation import parse_mark, parse_rule
from odt_qgis_plugin.store.reference import load_collectivities

pytestmark = pytest.mark.pure


# --- numbers -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text, expected", [
    ("timeout", "10", 10.0), ("timeout", " 0.5 ", 0.5), ("threshold", "3500", 3500), ("threshold", "0", 0),
    ("only_stale", "7", 7.0), ("max_retry_after", "0", 0.0), ("concurrency", "32", 32),
])
def test_numbers_in_range_pass(name, text, expected):
    value = bounds.parse(name, text)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("name, text, words", [
    ("timeout", "inf", "above 0 and at most 3600"), ("timeout", "nan", "above 0"), ("timeout", "0", "above 0"),
    ("timeout", "-1", "above 0"), ("only_stale", "nan", "above 0 and at most 36500"),
    ("threshold", "-5", "whole number from 0 to 10000000"), ("threshold", "12.5", "whole number"),
    ("concurrency", "0", "whole number from 1 to 256"), ("per_host", "1e9", "from 1 to 64"),
    ("max_retry_after", "-1", "from 0 to 86400"), ("width", "abc", "from 16 to 20000"),
])
def test_numbers_out_of_range_say_what_is_accepted(name, text, words):
    with pytest.raises(InputError) as caught:
        bounds.parse(name, text)
    assert words in caught.value.message and repr(text) in caught.value.message


def test_territory_codes_are_normalised_where_typed():
    assert parse_territory("departement:2a") == ("departement", "2A")
    assert parse_territory("region: 5") == ("region", "05")
    assert parse_territory("France") == ("france", None)
    assert parse_rule("communes-above:5000:departement=2b").scope == "departement=2B"
    assert parse_rule("communes-above:5000:region=6").scope == "region=06"
    assert parse_rule("departement-platform:2a:data.corsica").value == "2A"
    assert parse_mark("departement:2a") == ("departement", "2A")


# --- encodings and long fields -----------------------------------------------------------------------------

def _registry_head(lines=40) -> str:
    return "".join(ACTORS_2022.read_text(encoding="utf-8").splitlines(keepends=True)[:lines])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252"])
def test_the_real_registry_reads_the_same_in_every_accepted_encoding(tmp_path, encoding):
    text = _registry_head().replace("’", "'")  # cp1252 has the apostrophe, not every typographic sign
    if encoding.endswith("-bom"):
        codec = encoding[:-4]
        data = ("\ufeff" + text).encode(codec)
    else:
        data = text.encode(encoding)
    reference = tmp_path / "reference.csv"
    reference.write_bytes(text.encode("utf-8"))
    other = tmp_path / "other.csv"
    other.write_bytes(data)
    expected, found = read_registry(reference), read_registry(other)
    assert [r.fields() for r in found.rows] == [r.fields() for r in expected.rows]
    assert len(found.rows) == 39 and any("é" in r.url_platform or "é" in r.name for r in found.rows)


@pytest.mark.parametrize("data, words", [
    ("siren,nom\n213500010,Acigné\n".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "binary content: a NUL byte at offset 8"),
    (b"siren,nom\n213500010,Acign\x81\n", "byte 0x81 on line 2, column 16 fits none"),
    (b"\xef\xbb\xbfsiren,nom\n2135\xff\n", "starts as UTF-8 but is not valid UTF-8"),
    (b"\xff\xfe\x00\x00s\x00\x00\x00", "UTF-32"),
])
def test_undecodable_files_get_a_precise_reason(data, words):
    with pytest.raises(InputError) as caught:
        decode_text(data, "registry.csv")
    assert words in caught.value.message and "\n" not in caught.value.message


def test_a_field_longer_than_the_csv_limit_rejects_its_row_only(tmp_path):
    path = tmp_path / "registry.csv"
    long_url = "https://data.example.fr/?" + "x" * 140_000
    path.write_text(f'siren,nom,url_platform\n213500010,Acigné,https://a.fr\n243500139,Rennes,"{long_url}"\n'
                    f"213502388,Rennes ville,\n", encoding="utf-8")
    registry = read_registry(path)
    assert [r.siren for r in registry.rows] == ["213500010", "213502388"]
    assert [(r.line, r.reason) for r in registry.rejects] == [(3, f"a field of {len(long_url)} characters "
                                                                  "(at most 131072)")]
    assert csv.field_size_limit() == 131072  # the limit is only lifted while reading
    header = tmp_path / "header.csv"
    header.write_text("siren,nom," + "y" * 140_000 + "\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="header line has a field of 140000 characters"):
        read_registry(header)


def test_the_sirens_file_in_utf16_reads_as_in_utf8_and_binary_is_one_line(tmp_path):
    utf16 = tmp_path / "sirens-utf16.csv"
    utf16.write_bytes(SIRENS.read_text(encoding="utf-8").encode("utf-16"))
    assert load_collectivities(str(utf16)) == load_collectivities(str(SIRENS))
    assert len(load_collectivities(str(SIRENS))) > 100
    binary = tmp_path / "sirens.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="not a text file"):
        load_collectivities(str(binary))
    short = tmp_path / "short.csv"
    short.write_text("siren,level,code,name,departements\n220100010,departement\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2: unexpected row"):
        load_collectivities(str(short))


# --- configuration files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("override, words", [
    ({"platforms": {"opendatasoft": {"catalog": 5}}}, "platforms.opendatasoft.catalog must be text, not 5"),
    ({"platforms": {"dcat": {"paths": ["/data.json", 7]}}}, "platforms.dcat.paths must be a list of texts"),
    ({"platforms": {"datagouv": {"page_size": "100"}}}, 'platforms.datagouv.page_size must be a whole number'),
    ({"platforms": {"datagouv": {"page_size": 0}}}, "page_size must be a whole number, not 0"),
    ({"platforms": {"ckan": "/api"}}, "platforms.ckan must be an object"),
    ({"hosts": {"data.example.fr": {"kind": "gopher"}}}, "hosts.data.example.fr.kind must be one of"),
    ({"hosts": {"data.example.fr": {"csw": 12}}}, "hosts.data.example.fr.csw must be text"),
    ({"technologies": {"ckan": ["ckan"]}}, "technologies.ckan must be text"),
])
def test_an_endpoints_file_of_the_wrong_shape_is_refused_at_load(tmp_path, override, words):
    path = tmp_path / "endpoints.json"
    path.write_text(json.dumps({"format": 1, **override}), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        endpoints.load(str(path))
    assert words in caught.value.message and str(path) in caught.value.message


def test_a_well_formed_endpoints_override_still_loads(tmp_path):
    path = tmp_path / "endpoints.json"
    path.write_text(json.dumps({"format": 1, "hosts": None, "platforms": {
        "datagouv": {"api": "http://127.0.0.1:1/api/1/", "page_size": 10, "extra": ["a"]},
        "dkan": {"publisher_paths": None}}}), encoding="utf-8")
    config = endpoints.load(str(path))
    assert config["platforms"]["datagouv"]["page_size"] == 10 and "hosts" not in config
    assert "publisher_paths" not in config["platforms"]["dkan"]


@pytest.mark.parametrize("data, words", [
    ({"groups": [{"name": "G", "hosts": "abc"}]}, 'group 1 (G): "hosts" must be a list of host names'),
    ({"groups": [{"name": "G", "hosts": ["a.fr", 3]}]}, '"hosts" must be a list of host names'),
    ({"groups": ["a.fr"]}, "group 1 is not an object"),
    ({"ignore": "a.fr", "groups": []}, '"ignore" must be a list of host names'),
    ({"groups": [{"name": 5, "hosts": ["a.fr"]}]}, '"name" must be text'),
])
def test_platform_groups_of_the_wrong_shape_are_refused(tmp_path, data, words):
    path = tmp_path / "groups.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_platform_groups(path)
    assert words in caught.value.message


# --- CSV outputs -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ('=HYPERLINK("http://evil.example","clic")', '\'=HYPERLINK("http://evil.example","clic")'),
    ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tX", "'\tX"), ("\rX", "'\rX"), ("+0 actors", "'+0 actors"),
    ("-5", "-5"), ("-1,5", "-1,5"), ("+2.5", "+2.5"), ("1e-3", "1e-3"), (-5, -5), (-0.25, -0.25),
    ("Commune de Rennes", "Commune de Rennes"), ("", ""), (None, None),
])
def test_cells_that_would_start_a_formula_are_quoted(value, expected):
    assert safe_cell(value) == expected


def test_indicator_csv_is_inert_and_keeps_negative_numbers():
    tables = {name: [] for name in TABLES}
    tables["platforms"] = [{"host": "=cmd|' /C calc'!A0", "kind": "@x", "actors": -3, "rate": -0.5}]
    rows = list(csv.DictReader(io.StringIO(as_text(tables, "csv"))))
    assert rows == [{**{key: "" for key in rows[0]}, "table": "platforms", "host": "'=cmd|' /C calc'!A0",
                     "kind": "'@x", "actors": "-3", "rate": "-0.5"}]
