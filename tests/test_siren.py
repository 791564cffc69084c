"""SIREN cleaning and the Luhn check (pure, no QGIS)."""
import pytest

from odt_qgis_plugin.registry.siren import check_siren, clean_siren, luhn_valid, siren_problem

pytestmark = pytest.mark.pure


@pytest.mark.parametrize("raw", ["\u200e187609110", "\ufeff187609110", "187\u00a0609\u202f110", " 187 609 110\t",
                                 "187609110\u200b"])
def test_invisible_and_spacing_characters_are_removed(raw):
    assert check_siren(raw) == ("187609110", None)


def test_luhn_by_hand():
    # 213500010 (Acigné), from the right, every second digit doubled (10 -> 1+0):
    # 0 + 2 + 0 + 0 + 0 + 1 + 3 + 2 + 2 = 10, a multiple of 10.
    assert luhn_valid("213500010")
    assert not luhn_valid("213500011")
    assert luhn_valid("732829320")  # a well-known valid SIREN
    assert not luhn_valid("732829321")


@pytest.mark.parametrize("raw, words", [
    ("", "empty"),
    (None, "empty"),
    ("21350001", "8 digits"),
    ("2135000100", "10 digits"),
    ("21350001000015", "SIRET"),
    ("21350A010", "other than digits"),
    ("213500011", "Luhn"),
])
def test_reasons_say_what_is_wrong(raw, words):
    siren, reason = check_siren(raw)
    assert reason is not None and words in reason


def test_clean_keeps_visible_junk_for_the_reason():
    assert clean_siren("213.500.010") == "213.500.010"
    assert "other than digits" in siren_problem("213.500.010")


def test_non_ascii_digits_are_refused():
    assert siren_problem("２１３５０００１０") is not None
