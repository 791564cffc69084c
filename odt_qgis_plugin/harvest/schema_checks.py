"""After a listing harvest, ask the validation service about a small sample of the run's SCDL datasets (opt-in).

Only with `harvest --validate-schemas` (or the `schema_validation` setting): the sample's resource and schema
addresses go to the public validation service (settings.VALIDATION_SERVICE), nothing else. At most
`validation_sample` datasets a run, spread over schemas and actors; the answer lands in `datasets.validation`
(valid, invalid, unavailable). A dataset the service could not read, or a service out of reach, is
"unavailable", never "invalid"; a dataset not in the sample keeps NULL and stays "declared" or "detected".
"""
import logging
from collections import Counter, OrderedDict, deque
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from ..common.errors import Cancelled
from ..common.i18n import tr
from ..publications import scdl
from ..publications.schema_validation import INVALID, UNAVAILABLE, VALID, schema_url_for, validate_sample

LOG = logging.getLogger(__name__)
# schema.data.gouv.fr publishes each version of a Table Schema at this address; the shipped list names only the
# exceptions (schemas.json `schema_url`, e.g. IRVE's two files).
SCHEMA_FILE = "https://schema.data.gouv.fr/schemas/{name}/{version}/schema.json"


@dataclass(frozen=True)
class ServiceSettings:
    """What publications/schema_validation.validate_sample reads of the settings."""
    schema_validation: bool
    validation_service: str
    validation_sample: int


@dataclass(frozen=True)
class Candidate:
    fid: int
    siren: str
    platform: str
    dataset_id: str
    schema: str  # the declared (else detected) schema's name, as the shipped list names it
    resource_url: str
    schema_url: str


def schema_file(name: str, version: str = "") -> str:
    """The machine-readable schema of a declared or detected name (at the declared version when there is one),
    "" when the plugin does not know where the service could read it."""
    schema = scdl.known(name)
    if schema is None:
        return ""
    # A declared page address ("https://schema.data.gouv.fr/scdl/deliberations/") is not a schema file.
    found = schema_url_for(schema)
    if found:
        return found
    if not (schema.tabular and schema.name.startswith("scdl/")):
        return ""  # the national schemas that are not Table Schemas (BAL, DECP) are checked by their own tools
    version = (scdl.declared_version(f"{schema.name}@{version}") if version else "") or scdl.declared_version(name) \
        or schema.version
    return SCHEMA_FILE.format(name=schema.name, version=version)


def candidates(rows: Sequence[tuple]) -> List[Candidate]:
    """Rows (fid, siren, platform, dataset_id, schema_name, schema_version, detected_schema, resource_url) that
    could be checked: a known schema with a schema file, and a resource address."""
    found = []
    for fid, siren, platform, dataset_id, name, version, detected, resource_url in rows:
        declared = name or ""
        schema = scdl.known(declared) if declared else scdl.known(detected or "")
        if schema is None or not resource_url:
            continue
        url = schema_file(declared, version or "") if declared else schema_file(schema.name)
        if url:
            found.append(Candidate(fid, siren, platform, dataset_id, schema.name, resource_url, url))
    return found


def pick(found: Sequence[Candidate], size: int) -> List[Candidate]:
    """At most `size` distinct (resource, schema) pairs, spread: schemas in turn (by name), and within a schema
    its actors in turn (by SIREN, then platform), each actor's datasets by id. Deterministic."""
    by_schema: "OrderedDict[str, OrderedDict[tuple, deque]]" = OrderedDict()
    for item in sorted(found, key=lambda c: (c.schema, c.siren, c.platform, c.dataset_id)):
        by_schema.setdefault(item.schema, OrderedDict()).setdefault((item.siren, item.platform), deque()).append(item)
    turns = {name: _actors_in_turn(actors) for name, actors in by_schema.items()}
    chosen, seen = [], set()
    while turns and len(chosen) < size:
        for name in list(turns):
            item = next(turns[name], None)
            while item is not None and (item.resource_url, item.schema_url) in seen:
                item = next(turns[name], None)
            if item is None:
                del turns[name]
                continue
            seen.add((item.resource_url, item.schema_url))
            chosen.append(item)
            if len(chosen) >= size:
                break
    return chosen


def _actors_in_turn(actors: "OrderedDict[tuple, deque]"):
    queues = deque(actors.values())
    while queues:
        queue = queues.popleft()
        yield queue.popleft()
        if queue:
            queues.append(queue)


def check_run(db, run_id: int, transport, service: ServiceSettings) -> Optional[Counter]:
    """Check a sample of the run's datasets not checked yet and write `datasets.validation`; the tally by
    verdict, or None when the setting is off (then nothing is read or sent)."""
    if not service.schema_validation:
        return None
    rows = [tuple(row) for row in db.query(
        "SELECT fid, siren, platform, dataset_id, schema_name, schema_version, detected_schema, resource_url"
        " FROM datasets WHERE run_id = ? AND validation IS NULL AND resource_url IS NOT NULL AND resource_url != ''"
        " AND ((schema_name IS NOT NULL AND schema_name != '') OR detected_schema IS NOT NULL)", (run_id,))]
    sample = pick(candidates(rows), service.validation_sample)
    tally: Counter = Counter({VALID: 0, INVALID: 0, UNAVAILABLE: 0})
    if not sample:
        return tally
    try:
        checks = validate_sample([(item.resource_url, item.schema_url) for item in sample], transport, service)
    except Cancelled:
        return tally
    verdicts: Dict[Tuple[str, str], str] = {(check.resource_url, check.schema_url): check.status for check in checks}
    updates = []
    for item in sample:
        status = verdicts.get((item.resource_url, item.schema_url))
        if status is not None:
            updates.append((status, item.fid))
            tally[status] += 1
    with db.transaction() as connection:
        connection.executemany("UPDATE datasets SET validation = ? WHERE fid = ?", updates)
    LOG.info("validation service: %s", dict(tally))
    return tally


def summary_line(tally: Counter) -> str:
    return tr("Schemas checked online: {valid} valid, {invalid} invalid, {unavailable} unavailable.").format(
        valid=tally[VALID], invalid=tally[INVALID], unavailable=tally[UNAVAILABLE])
