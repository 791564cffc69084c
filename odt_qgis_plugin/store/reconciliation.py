"""Matching commune boundaries of one vintage to the current communes of the reference."""
from dataclasses import dataclass, field
from typing import Dict, List

from .reference import Reference

# Machine values of the reconciliation table's `status` column.
MERGED = "merged"  # an old commune's geometry, dissolved into the current commune
UNKNOWN_CODE = "unknown_code"  # a boundary whose code the reference does not know in scope
NO_BOUNDARY = "no_boundary"  # a current commune that no boundary stands for


@dataclass
class Reconciliation:
    groups: Dict[str, List[str]] = field(default_factory=dict)  # current code -> boundary codes
    rows: List[dict] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row["status"] == status)


def reconcile(boundary_names: Dict[str, str], reference: Reference) -> Reconciliation:
    """Every boundary code and every current commune ends up in a group or in a row."""
    result = Reconciliation()
    for code in sorted(boundary_names):
        current = reference.current_code(code)
        if current is None:
            known = reference.names.get(code)
            reason = (
                "code known to the reference but not a current commune of metropolitan France or the DROM"
                if known
                else "code unknown to the reference"
            )
            result.rows.append(_row(code, boundary_names[code], "boundaries", UNKNOWN_CODE, "", reason))
            continue
        result.groups.setdefault(current, []).append(code)
        if current != code:
            result.rows.append(
                _row(code, boundary_names[code], "boundaries", MERGED, current,
                     f"merged into {current} {reference.communes[current].name} since the boundaries' vintage")
            )
    for code in sorted(set(reference.communes) - set(result.groups)):
        result.rows.append(
            _row(code, reference.communes[code].name, "reference", NO_BOUNDARY, code,
                 "no boundary for this current commune (created or restored after the boundaries' vintage)")
        )
    return result


def _row(code, name, source, status, current, reason):
    return {"code": code, "name": name, "source": source, "status": status, "current_code": current, "reason": reason}
