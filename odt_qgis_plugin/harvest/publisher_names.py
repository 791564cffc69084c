"""Recognising an actor among a portal's publisher names: normalised names and the usual forms."""
import re
from typing import Iterable, List, Set

from ..common.folding import ascii_lower

# Abbreviations the registry uses at the start of EPCI names.
_EPCI_KINDS = {
    "ca": ("communaute d agglomeration", "agglomeration"),
    "cc": ("communaute de communes",),
    "cu": ("communaute urbaine",),
    "metropole": ("metropole",),
}


def normalise(text: str) -> str:
    """Case, accents, apostrophes, hyphens and punctuation do not matter: "Commune d'Acigné" = "COMMUNE D ACIGNE"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_lower(text or "")).split())


def _of(name: str) -> Set[str]:
    """The ways French writes "of <name>" (de X, d'X, du X, des X, de la X, de l'X): the registry drops
    the article ("HAUTES PYRENEES" for "des Hautes-Pyrénées"), so every form is tried; a wrong one
    matches no publisher."""
    bare = name
    for article in ("le ", "les ", "la ", "l "):
        if name.startswith(article) and len(name) > len(article):
            bare = name[len(article):]
            break
    return {f"{word} {bare}" for word in ("de", "d", "du", "des", "de la", "de l")} | {"de " + name}


def forms(name: str, category: str = "other") -> Set[str]:
    """The normalised names a portal may give this actor, by its category (commune, epci, departement...)."""
    base = normalise(name)
    if not base:
        return set()
    found = {base}
    if category == "commune":
        for word in ("commune", "ville", "mairie"):
            found |= {f"{word} {of}" for of in _of(base)}
    elif category == "epci":
        first, _, rest = base.partition(" ")
        core = rest if first in _EPCI_KINDS and rest else base
        for article in ("de ", "du ", "des ", "d "):
            if core.startswith(article) and len(core) > len(article):
                core = core[len(article):]
                break
        found |= {core + " metropole", "metropole " + core, core + " agglomeration", "agglomeration " + core,
                  core + " communaute"}
        for kind in (_EPCI_KINDS.get(first) or ()) + ("communaute d agglomeration", "communaute de communes"):
            found |= {f"{kind} {of}" for of in _of(core)} | {f"{kind} {core}"}
        found |= {f"metropole {of}" for of in _of(core)}
    elif category == "departement":
        for word in ("departement", "conseil departemental"):
            found |= {f"{word} {of}" for of in _of(base)}
        found.add("departement " + base)
    elif category == "region":
        for word in ("region", "conseil regional"):
            found |= {f"{word} {of}" for of in _of(base)}
        found.add("region " + base)
    return found


def matching(publishers: Iterable[str], names: Iterable[str], category: str = "other") -> List[str]:
    """The distinct publisher values naming the actor in one of its forms."""
    wanted: Set[str] = set()
    for name in names:
        wanted |= forms(name, category)
    seen, found = set(), []
    for value in publishers:
        if normalise(value) in wanted and value not in seen:
            seen.add(value)
            found.append(value)
    return found
