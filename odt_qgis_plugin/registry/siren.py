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
