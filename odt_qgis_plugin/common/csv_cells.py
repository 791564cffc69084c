"""Cells of the CSV files we write made inert for spreadsheets: a text that would start a formula is quoted."""
import re

# A spreadsheet reads a cell starting with one of these as a formula (or strips them to reach one).
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Numbers stay numbers: "-3", "+2.5", "-1,5" and "1e-3" start no formula.
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """Text starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (shown as text by
    Excel and LibreOffice, never evaluated); numbers and other values are left as they are."""
    if isinstance(value, str) and value.startswith(_TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: dict) -> dict:
    return {key: safe_cell(value) for key, value in row.items()}
