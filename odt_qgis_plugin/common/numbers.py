"""Numbers as people read them: French "1 234,5 %" or English "1,234.5%", in the current language."""
from typing import Optional

from . import i18n
from .i18n import tr

# French puts a narrow no-break space between thousands and before "%".
SPACE = "\u202f"


def number(value: float, language: Optional[str] = None, decimals: int = 0, trim: bool = False) -> str:
    """1234567.8 -> "1 234 567,8" (fr) or "1,234,567.8" (en); `trim` drops trailing zeros."""
    language = language or i18n.language()
    text = f"{value:,.{decimals}f}"
    if trim and decimals and "." in text:
        text = text.rstrip("0").rstrip(".")
    if language == "fr":
        text = text.replace(",", SPACE).replace(".", ",")
    return text


def percent(rate: Optional[float], language: Optional[str] = None, decimals: int = 1, trim: bool = False) -> str:
    """A 0-1 rate as a percentage; "–" when unknown."""
    if rate is None:
        return "–"
    language = language or i18n.language()
    value = number(rate * 100, language, decimals, trim)
    return f"{value}{SPACE}%" if language == "fr" else f"{value}%"


def signed(value: float, language: Optional[str] = None, decimals: int = 0) -> str:
    """+1 234, −3 (a real minus sign), ±0: a change, thousands separated as the language does."""
    if round(value, decimals) == 0:
        return "±0"
    return ("+" if value > 0 else "\u2212") + number(abs(value), language, decimals)


def small_percent(rate: Optional[float], language: Optional[str] = None) -> str:
    """A share that is often a few tenths of a percent (SCDL coverage): one decimal, and "< 0,1 %" for a share
    that is not zero but would round to it, so that one collectivity in 4,600 never reads as none."""
    if rate is None:
        return unknown()
    if 0 < rate < 0.0005:
        return "< " + percent(0.001, language, 1, trim=True)
    return percent(rate, language, 1, trim=True)


def unknown() -> str:
    """What a figure nobody knows reads as: never 0, never blank."""
    return tr("unknown")
