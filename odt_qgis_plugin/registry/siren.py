"""SIREN numbers: cleaning what spreadsheets add around them, and checking the Luhn key."""
import unicodedata
from typing import Optional, Tuple

from ..common.i18n import tr


def clean_siren(raw) -> str:
    """Drop invisible and spacing characters (U+200E, U+FEFF, NBSP, thin spaces, blanks).

    Exported registries carry such characters from copy-pastes; they never belong to a number.
    Other characters (letters, dots) are kept so that the check can say what is wrong.
    """
    if raw is None:
        return ""
    text = str(raw)
    return "".join(
        char for char in text
        if not (char.isspace() or unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp", "Cc"))
    )


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def siren_problem(siren: str) -> Optional[str]:
    """Why an already cleaned value is not a SIREN, or None when it is one."""
    if not siren:
        return tr("SIREN is empty")
    if not siren.isascii() or not siren.isdigit():
        return tr("SIREN {value!r} has characters other than digits").format(value=siren)
    if len(siren) == 14:
        return tr("{value} is a SIRET (14 digits), not a SIREN (9 digits)").format(value=siren)
    if len(siren) != 9:
        return tr("SIREN {value} has {count} digits instead of 9").format(value=siren, count=len(siren))
    if not luhn_valid(siren):
        return tr("SIREN {value} fails the Luhn check (mistyped digit?)").format(value=siren)
    return None


def check_siren(raw) -> Tuple[str, Optional[str]]:
    """The cleaned SIREN and the reason it is invalid (None when valid)."""
    siren = clean_siren(raw)
    return siren, siren_problem(siren)


# INSEE numbers local public bodies by category, then by département: communes (21), départements (22),
# régions (23, after the département of their chef-lieu), groupements (24), syndicats mixtes and other local
# public bodies (25, 26). Corsica is "20" for both 2A and 2B; overseas départements use three digits (974).
COMMUNE_PREFIX, DEPARTEMENT_PREFIX, REGION_PREFIX, GROUPEMENT_PREFIX = "21", "22", "23", "24"
LOCAL_PREFIXES = ("21", "22", "23", "24", "25", "26")
CORSICA = ("2A", "2B")


def siren_departements(siren: str) -> Tuple[str, ...]:
    """The département codes a local public body's SIREN was numbered in: ("44",), ("2A", "2B"), ("974",) or ()."""
    if len(siren) != 9 or not siren.isdigit() or siren[:2] not in LOCAL_PREFIXES:
        return ()
    digits = siren[2:4]
    if digits == "20":
        return CORSICA
    if digits == "97":
        return (siren[2:5],) if siren[4] in "123456" else ()
    return (digits,) if digits != "00" else ()


def commune_codes(siren: str) -> Tuple[str, ...]:
    """The INSEE codes a commune SIREN was numbered after, when the commune got it.

    A commune's SIREN is 21, the département on two digits, 0, the commune's number on three digits and
    the key (Chéméré 44040: 214400400); overseas 21, the département on three digits, 0, two digits
    (Saint-Denis 97411: 219744118 gives 974 + 11). Corsica's "20" gives both 2A and 2B. INSEE numbers
    that changed since (4,000 communes, mostly renumbered long ago) make this a hint to check by name.
    """
    if not siren.startswith(COMMUNE_PREFIX):
        return ()
    departements = siren_departements(siren)
    if len(departements) == 1 and len(departements[0]) == 3:
        return (departements[0] + siren[6:8],) if siren[5] == "0" else ()
    if siren[4] != "0":
        return ()
    return tuple(departement + siren[5:8] for departement in departements)
