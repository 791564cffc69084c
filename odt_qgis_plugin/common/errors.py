"""The one error family every layer raises and every shell knows how to show."""


class OdtError(Exception):
    """An error a user can act on: a one-line message, optional details."""

    severity = "critical"

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class InputError(OdtError):
    """Bad input from the user: a missing file, a malformed table, a wrong option."""


class PortalError(OdtError):
    """A remote source answered badly or not at all."""


class StoreError(OdtError):
    """The store is missing, locked, too new or inconsistent."""


class Cancelled(OdtError):
    """The user cancelled a long operation."""

    severity = "warning"
