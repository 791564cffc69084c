"""Reading registry CSVs: encodings, separators, header spellings, rejects, malformed files (pure)."""
import pytest

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.registry.registry_csv import check_row, normalise_technologies, normalise_url, read_registry

pytestmark = pytest.mark.pure

PARIS = "217500016"
NANTES = "214401093"
GIP = "187609110"


def write(tmp_path, text, encoding="utf-8", name="registry.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_the_2022_layout_with_an_invisible_character(tmp_path):
    path = write(tmp_path, '"siren","nom","url_platform","id_datagouv","techno_platform"\n'
                           f'"\u200e{GIP}","GIP SEINE AVAL","https://opendata.seine-aval.fr","626a8d9f44e18e264f6c8b0a",'
                           '"Spécifique, DataGouv"\n')
    registry = read_registry(path)
    assert registry.read == 1 and not registry.rejects
    row = registry.rows[0]
    assert (row.siren, row.name, row.host, row.line) == (GIP, "GIP SEINE AVAL", "opendata.seine-aval.fr", 2)
    assert row.techno_platform == "Spécifique, DataGouv"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_full_layout_semicolons_and_encodings(tmp_path, encoding):
    text = ("type;siren;nom;regcode;depcode;ptf;url-ptf;id-datagouv\n"
            f"COM;{NANTES};Nantes;52;44;OpenDataSoft;https://WWW.Data.Nantesmetropole.FR:443/explore/?refine.publisher=Nantes;abc\n"
            f"COM;{PARIS};Paris (Île-de-France);11;75;OpenDataSoft ,DataGouv;;\n")
    registry = read_registry(write(tmp_path, text, encoding))
    assert [row.siren for row in registry.rows] == [NANTES, PARIS]
    nantes, paris = registry.rows
    # the URL keeps www. (it is what one opens); the host drops it (what identifies the platform)
    assert nantes.url_platform == "https://www.data.nantesmetropole.fr/explore/?refine.publisher=Nantes"
    assert nantes.host == "data.nantesmetropole.fr"
    assert nantes.id_datagouv == "abc"
    assert (nantes.departement, nantes.region) == ("44", "52")
    assert paris.name == "Paris (Île-de-France)"
    assert paris.techno_platform == "OpenDataSoft, DataGouv"
    assert paris.url_platform == ""


def test_rejects_keep_line_raw_text_and_reason(tmp_path):
    text = ("siren,nom,url_platform\n"
            f"{PARIS},Paris,https://opendata.paris.fr\n"
            "\n"  # blank lines are not rows
            "217500017,Bad key,\n"
            f"{NANTES},,\n"
            f"{NANTES},Nantes,ftp://files.nantes.fr\n"
            f"{NANTES},Nantes,\"https://data.nantes.fr\"\n"
            f"{PARIS},Paris again,\n"
            "12345,Short,\n"
            f"{GIP},Too,many,fields\n")
    registry = read_registry(write(tmp_path, text))
    assert registry.read == 8
    assert [row.siren for row in registry.rows] == [PARIS, NANTES]
    reasons = {reject.line: reject.reason for reject in registry.rejects}
    assert sorted(reasons) == [4, 5, 6, 8, 9, 10]
    assert "Luhn" in reasons[4]
    assert "name is empty" in reasons[5]
    assert "not http or https" in reasons[6]
    assert "already given on line 2" in reasons[8]
    assert "5 digits" in reasons[9]
    assert "fields instead of 3" in reasons[10]
    assert registry.rejects[0].raw == "217500017,Bad key,"


def test_a_quoted_cell_over_two_lines_keeps_line_numbers(tmp_path):
    text = f'siren,nom\n{PARIS},"Ville de\nParis"\n21750001,Short\n'
    registry = read_registry(write(tmp_path, text))
    assert registry.rows[0].name == "Ville de Paris"
    assert registry.rejects[0].line == 4


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"foo,bar\n1,2\n", "missing column"),
    (b"siren,nom\n", "no rows"),
    (bytes(range(256)) * 4, "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "not a text file"),
    (b"siren,nom\n\x81\x8d\x8f\x90\x9d\xff\xfe\n", "neither UTF-8 nor Windows-1252"),
])
def test_malformed_files_raise_one_line(tmp_path, content, words):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_registry(path)
    assert words in caught.value.message and "\n" not in caught.value.message


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_registry(tmp_path / "nope.csv")


@pytest.mark.parametrize("raw, url, host", [
    ("https://www.Example.FR/path?q=1#frag", "https://www.example.fr/path?q=1", "example.fr"),
    ("http://data.example.fr:8080/", "http://data.example.fr:8080/", "data.example.fr"),
    ("data.example.fr/catalogue", "https://data.example.fr/catalogue", "data.example.fr"),
    ("  https://data.example.fr\u200e ", "https://data.example.fr", "data.example.fr"),
    ("", "", ""),
])
def test_url_normalisation(raw, url, host):
    assert normalise_url(raw)[:2] == (url, host)
    assert normalise_url(raw)[2] is None


@pytest.mark.parametrize("raw", ["javascript:alert(1)", "mailto:x@y.fr", "not a url", "https://localhost/",
                                 "https://[bad/"])
def test_bad_urls_have_a_reason(raw):
    assert normalise_url(raw)[2]


def test_technologies_are_one_list():
    assert normalise_technologies(" OpenDataSoft ,DataGouv; datagouv / CKAN") == "OpenDataSoft, DataGouv, CKAN"
    assert normalise_technologies("") == ""


def test_check_row_is_the_manual_entry_check():
    row, problem = check_row({"siren": f" {PARIS} ", "name": " Paris ", "departement": "1"})
    assert problem is None and row.siren == PARIS and row.departement == "01"
    assert check_row({"siren": PARIS, "name": "Paris", "region": "XYZ"})[0] is None
