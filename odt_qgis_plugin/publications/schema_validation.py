"""Online validation of a sample of resources against their SCDL schema, through the public validation service.

The service is Validata's web API (settings.VALIDATION_SERVICE): GET <service>?schema=<schema URL>&url=<resource
URL> answers 200 with {"report": {"valid": true|false, ...}}, or 400 with {"message": ...} when it cannot
read the file or the schema. Nothing is sent unless the user allowed it (settings.schema_validation) and a
transport is given (offline there is none): then a dataset is only ever "declared" or "detected".
"""
from dataclasses import dataclass
from typing import Iterable, Optional, Tuple
from urllib.parse import urlencode, urlsplit

from ..common.errors import InputError, PortalError
from ..common.i18n import tr
from ..network.gateway import parse_json
from .scdl import DECLARED, DETECTED, Schema

VALID, INVALID, UNAVAILABLE = "valid", "invalid", "unavailable"
# A report lists every error of the file; far beyond this it is not an answer worth parsing.
MAX_REPORT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    resource_url: str
    schema_url: str
    status: str  # VALID, INVALID or UNAVAILABLE
    errors: Optional[int] = None  # errors the report counts, when it says
    reason: str = ""  # why UNAVAILABLE: bad_url, refused, http_<status>, bad_answer, too_large, or the network's


def schema_url_for(schema: Optional[Schema], declared_url: str = "") -> str:
    """The machine-readable schema to validate against: the one the resource declares, else the shipped one."""
    for url in (declared_url, schema.schema_url if schema else ""):
        if _is_web(url):
            return url
    return ""


def _is_web(url) -> bool:
    if not isinstance(url, str) or not url.strip():
        return False
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[::1" and other broken addresses
        return False


def request_url(service: str, schema_url: str, resource_url: str) -> str:
    return service + ("&" if "?" in service else "?") + urlencode({"schema": schema_url, "url": resource_url})


def _verdict(resource_url: str, schema_url: str, response) -> Check:
    def unavailable(reason: str) -> Check:
        return Check(resource_url, schema_url, UNAVAILABLE, reason=reason)

    if response.status == 400:
        return unavailable("refused")
    if response.status != 200:
        return unavailable(f"http_{response.status}")
    if len(response.body) > MAX_REPORT_BYTES:
        return unavailable("too_large")
    try:
        answer = parse_json(response)
    except PortalError:
        return unavailable("bad_answer")
    report = answer.get("report") if isinstance(answer, dict) else None
    valid = report.get("valid") if isinstance(report, dict) else None
    if not isinstance(valid, bool):
        return unavailable("bad_answer")
    # Validata 0.x counts errors in "error-count", the frictionless v5 report in "stats.errors".
    errors = report.get("error-count")
    if errors is None and isinstance(report.get("stats"), dict):
        errors = report["stats"].get("errors")
    errors = errors if isinstance(errors, int) and not isinstance(errors, bool) and errors >= 0 else None
    return Check(resource_url, schema_url, VALID if valid else INVALID, errors)


def validate_sample(pairs: Iterable[Tuple[str, str]], transport, settings) -> Tuple[Check, ...]:
    """One Check per distinct (resource URL, schema URL) pair, at most settings.validation_sample of them, in order.

    Empty when the setting is off or there is no transport (offline): no request is made. A pair that
    cannot be checked (address not http(s), service refusing, network failure, unreadable answer) is
    UNAVAILABLE, never INVALID."""
    if not settings.schema_validation or transport is None:
        return ()
    service = (settings.validation_service or "").strip()
    if not _is_web(service):
        raise InputError(tr("The validation service must be an http(s) address, got {value!r}").format(value=service))
    checks, seen = [], set()
    for pair in pairs or ():
        if len(checks) >= settings.validation_sample:
            break
        resource_url, schema_url = (tuple(pair) + ("", ""))[:2] if isinstance(pair, (tuple, list)) else ("", "")
        key = (resource_url, schema_url)
        if key in seen:
            continue
        seen.add(key)
        if not (_is_web(resource_url) and _is_web(schema_url)):
            checks.append(Check(str(resource_url or ""), str(schema_url or ""), UNAVAILABLE, reason="bad_url"))
            continue
        try:
            response = transport.get(request_url(service, schema_url, resource_url), {"Accept": "application/json"})
        except PortalError as error:
            reason = getattr(error, "reason", "network_error")
            checks.append(Check(resource_url, schema_url, UNAVAILABLE, reason=reason))
            continue
        checks.append(_verdict(resource_url, schema_url, response))
    return tuple(checks)


def conformance(declared: bool, detected: bool, check: Optional[Check] = None) -> str:
    """What the plugin may say of a dataset's schema: "valid"/"invalid" only from a service check, else
    "declared" or "detected" (or "" for neither)."""
    if check is not None and check.status in (VALID, INVALID):
        return check.status
    if declared:
        return DECLARED
    return DETECTED if detected else ""
