"""The few SQL functions a GeoPackage's R-tree triggers name, for plain sqlite3 connections.

GDAL creates triggers that call ST_IsEmpty, ST_MinX... on every UPDATE of a feature table.
SQLite compiles the whole trigger even when its WHEN clause is false, so updating an attribute
with Python's sqlite3 fails with "no such function" unless these exist. Our updates never change
a geometry or a fid, so the functions are not actually called; they still answer correctly from
the GeoPackage binary header, for the case where they would be.
"""
import sqlite3
import struct
from typing import Optional, Tuple

# Envelope size in bytes by the header's envelope indicator (GeoPackage 1.2, clause 2.1.3).
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _header(blob) -> Optional[Tuple[int, tuple]]:
    if not blob or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    order = "<" if flags & 1 else ">"
    size = _ENVELOPE_SIZES.get((flags >> 1) & 7, 0)
    envelope = struct.unpack(order + "d" * (size // 8), blob[8:8 + size]) if size else ()
    return flags, envelope


def wkb(blob) -> Optional[bytes]:
    """The standard WKB inside a GeoPackage geometry (None for a NULL or foreign blob)."""
    header = _header(blob)
    if header is None:
        return None
    return bytes(blob[8 + 8 * len(header[1]):])


def st_is_empty(blob) -> Optional[int]:
    header = _header(blob)
    return None if header is None else int(bool(header[0] & 0x10))


def _bound(position: int):
    def bound(blob) -> Optional[float]:
        header = _header(blob)
        if header is None or len(header[1]) < 4:
            return None
        return header[1][position]
    return bound


def register(connection: sqlite3.Connection) -> None:
    connection.create_function("ST_IsEmpty", 1, st_is_empty, deterministic=True)
    for name, position in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        connection.create_function(name, 1, _bound(position), deterministic=True)
