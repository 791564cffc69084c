"""French typography for what is printed: narrow no-break spaces before ":" ";" "!" "?" and "%", ordinals, signs.

Applied to every text a page, a map or a spreadsheet shows in French, whatever the translation gave
(a translator's ordinary space before ":" becomes the narrow no-break one; an address such as
https://… or a time such as 10:00 is left alone, since nothing follows their colon but text).
"""
import re

from ..common.numbers import SPACE, signed

NNBSP = SPACE
_BEFORE_PUNCTUATION = re.compile(r"(?<=\S)[ \u00a0\u202f]?([:;!?])(?=\s|$)")
_BEFORE_PERCENT = re.compile(r"(?<=\d)[ \u00a0]?%")
_GUILLEMETS = (re.compile(r"«[ \u00a0]?"), re.compile(r"[ \u00a0]?»"))


def french(text: str) -> str:
    """The text with French spacing; the same text again gives the same result."""
    text = _BEFORE_PUNCTUATION.sub(lambda match: NNBSP + match.group(1), text)
    text = _BEFORE_PERCENT.sub(NNBSP + "%", text)
    text = _GUILLEMETS[0].sub("«" + NNBSP, text)
    return _GUILLEMETS[1].sub(NNBSP + "»", text)


def typeset(text: str, language: str) -> str:
    return french(text) if language == "fr" else text


def ordinal(rank: int, language: str) -> str:
    """1er, 2e, 3e (French); 1st, 2nd, 3rd, 11th (English)."""
    if language == "fr":
        return "1er" if rank == 1 else f"{rank}e"
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def points(delta: float, language: str) -> str:
    """A change of a rate (0..1) in percentage points: "+17,7 pts", "−0,4 pt"."""
    value = delta * 100
    text = signed(value, language, 1)
    if text == "±0":
        return "±0 pt"
    unit = "pt" if abs(round(value, 1)) < 2 else "pts"
    return f"{text}{NNBSP if language == 'fr' else ' '}{unit}"
