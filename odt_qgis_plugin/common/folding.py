"""Names and words compared as people mean them: case and accents do not matter ("Acigné" = "ACIGNE")."""
import re
import unicodedata


def ascii_lower(text: str) -> str:
    """Lower case without accents; letters with no ASCII form (œ, ß) are dropped."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def squeezed(text: str) -> str:
    """Letters and digits alone: "CC-BY 4.0" and "cc by 40", "dateDécision" and "DATE_DECISION" are one."""
    return re.sub(r"[^a-z0-9]", "", ascii_lower(text))
