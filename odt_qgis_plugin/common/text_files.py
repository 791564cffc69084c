"""Text files people hand us (registries, SIREN lists): their encoding found, or a precise reason why none fits.

Accepted: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (what Excel's
"Unicode text" writes) and Windows-1252 (older Excel CSV exports on Windows).
"""
import codecs
import csv
import unicodedata
from typing import Tuple

from .errors import InputError
from .i18n import tr

_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _place(data: bytes, offset: int) -> Tuple[int, int]:
    """(line, column), from 1, of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """Latin text in UTF-16 has a NUL in every other byte, all on the same side."""
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    return max(even, odd) > 0.4 * len(sample) / 2 and min(even, odd) < 0.05 * max(even, odd)


def decode_text(data: bytes, source: str) -> str:
    if not data.strip():
        raise InputError(tr("{source} is empty").format(source=source))
    if data.startswith(_UTF32_BOMS):
        raise InputError(tr("{source} is UTF-32 text, which is not read here: save it as UTF-8").format(
            source=source))
    if data.startswith(codecs.BOM_UTF8) or data.startswith(_UTF16_BOMS):
        encoding, name = ("utf-8-sig", "UTF-8") if data.startswith(codecs.BOM_UTF8) else ("utf-16", "UTF-16")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            line, column = _place(data, error.start)
            raise InputError(tr("{source} starts as {encoding} but is not valid {encoding} "
                                "(byte {offset} on line {line}, column {column})").format(
                source=source, encoding=name, offset=error.start, line=line, column=column)) from None
        return _checked_text(text, source)
    nul = data.find(b"\x00")
    if nul >= 0:
        if _looks_like_bomless_utf16(data):
            raise InputError(tr("{source} looks like UTF-16 text without a byte-order mark: save it as UTF-8 "
                                "(or as UTF-16 with a byte-order mark)").format(source=source))
        raise InputError(tr("{source} is not a text file (binary content: a NUL byte at offset {offset})").format(
            source=source, offset=nul))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            line, column = _place(data, error.start)
            raise InputError(tr("{source} is neither UTF-8 nor Windows-1252 text, nor UTF-16 with a byte-order "
                                "mark: byte 0x{byte:02X} on line {line}, column {column} fits none").format(
                source=source, byte=data[error.start], line=line, column=column)) from None
    return _checked_text(text, source)


def _checked_text(text: str, source: str) -> str:
    controls = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in "\r\n\t")
    if controls > max(2, len(text) // 1000):
        raise InputError(tr("{source} is not a text file (control characters)").format(source=source))
    return text


# Longest CSV cell read: far beyond any name or URL, far below what would exhaust memory.
MAX_FIELD = 131072


def csv_error(error: csv.Error, source: str, line: int) -> InputError:
    """A csv.Error (a field over MAX_FIELD characters, a NUL...) as the one-line message a user can act on."""
    text = str(error)
    if "field larger than field limit" in text:
        return InputError(tr("{source}, line {line}: a field is longer than {limit} characters").format(
            source=source, line=line, limit=MAX_FIELD))
    return InputError(tr("{source}, line {line}: not readable as CSV ({error})").format(
        source=source, line=line, error=text))
