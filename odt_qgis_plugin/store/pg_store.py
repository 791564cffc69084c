"""The store in a PostgreSQL/PostGIS schema, behind the same interface as the GeoPackage's StoreDb.

Locations: `postgresql://user@host:port/db?schema=odt`, a libpq string such as
`service=observatoire schema=odt`, either with `authcfg=ID` naming a QGIS authentication
configuration that supplies the user and password (resolved by the GIS layer, which registers
`set_credentials_resolver`). A password written into the location itself is refused: QGIS layers
could not use it (their URIs never hold one) and it would sit in shell histories; `label()` is what
messages and logs show.

Connections are wrapped so that the modules' SQL runs unchanged: `?` placeholders, rows read as
row[0] or row["column"], executemany. Write transactions take one advisory lock per schema, so
writers follow each other as on a GeoPackage (BEGIN IMMEDIATE) while readers never wait (MVCC).
Which schemas the plugin may create, fill or empty: store/pg_ownership.py.
"""
import copy
import re
from typing import Callable, Dict, Optional, Tuple
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from ..common.errors import StoreError
from ..common.i18n import tr
from .store_base import METADATA_TABLE, StoreBase

DEFAULT_SCHEMA = "odt"
DIALECT = "postgresql"
_EXTRA_KEYS = ("schema", "authcfg")
_KEY_VALUE = re.compile(r"^\s*[A-Za-z_]+\s*=")
_resolver: Optional[Callable[[str], Tuple[str, str]]] = None


def is_location(location) -> bool:
    text = str(location)
    return text.startswith(("postgresql://", "postgres://")) or bool(_KEY_VALUE.match(text))


def set_credentials_resolver(resolver: Optional[Callable[[str], Tuple[str, str]]]) -> None:
    """`resolver(authcfg_id) -> (user, password)`; the GIS layer installs QGIS's authentication manager."""
    global _resolver
    _resolver = resolver


def _psycopg2():
    try:
        import psycopg2
        import psycopg2.extensions
        import psycopg2.extras
    except ImportError:
        raise StoreError(tr("PostgreSQL stores need the psycopg2 module (Debian: python3-psycopg2).")) from None
    return psycopg2


class Location:
    """A parsed location: libpq parameters, the schema, the QGIS authentication id, a safe label."""

    def __init__(self, location: str):
        text = str(location).strip()
        self.params: Dict[str, str] = {}
        extras: Dict[str, str] = {}
        if text.startswith(("postgresql://", "postgres://")):
            parts = urlsplit(text)
            query = parse_qsl(parts.query, keep_blank_values=True)
            extras = {k: v for k, v in query if k in _EXTRA_KEYS}
            self.params = {k: v for k, v in query if k not in _EXTRA_KEYS}
            if parts.hostname:
                self.params["host"] = unquote(parts.hostname)
            if parts.port:
                self.params["port"] = str(parts.port)
            if parts.username:
                self.params["user"] = unquote(parts.username)
            if parts.password:
                self.params["password"] = unquote(parts.password)
            if parts.path.strip("/"):
                self.params["dbname"] = unquote(parts.path.strip("/"))
            safe_query = urlencode([(k, v) for k, v in query if k != "password"])
            netloc = (quote(parts.username) + "@" if parts.username else "") + (parts.hostname or "") + (
                f":{parts.port}" if parts.port else "")
            self._label = urlunsplit((parts.scheme, netloc, parts.path, safe_query, ""))
        else:
            for key, value in _pairs(text):
                (extras if key in _EXTRA_KEYS else self.params)[key] = value
            self._label = " ".join(f"{k}={v}" for k, v in _pairs(text) if k != "password")
        self._secrets = {self.params["password"]} if self.params.get("password") else set()
        self.schema = extras.get("schema") or DEFAULT_SCHEMA
        self.authcfg = extras.get("authcfg") or None
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", self.schema):
            raise StoreError(tr("Invalid schema name {name}: letters, digits and _ only").format(name=self.schema))

    def label(self) -> str:
        return self._label

    def connect_params(self) -> Dict[str, str]:
        params = dict(self.params)
        if self.authcfg:
            if _resolver is None:
                raise StoreError(tr("The QGIS authentication configuration {id} can only be read with QGIS started.")
                                 .format(id=self.authcfg))
            user, password = _resolver(self.authcfg)
            if user:
                params["user"] = user
            if password:
                params["password"] = password
                self._secrets.add(password)
        params.setdefault("connect_timeout", "10")
        params.setdefault("application_name", "odt_qgis_plugin")
        return params

    def redact(self, text: str) -> str:
        """An error text without any password it might quote."""
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def _pairs(text: str):
    """key=value pairs of a libpq string (values may be single-quoted)."""
    for match in re.finditer(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S*)", text):
        value = match.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        yield match.group(1), value


def _placeholders(sql: str) -> str:
    """`?` -> `%s` outside quotes; a literal % doubled, since psycopg2 formats with %."""
    out, quote_char = [], None
    for char in sql:
        if quote_char:
            if char == quote_char:
                quote_char = None
            out.append("%%" if char == "%" else char)
        elif char in ("'", '"'):
            quote_char = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        else:
            out.append("%%" if char == "%" else char)
    return "".join(out)


def _row_type(names):
    index = {name: position for position, name in enumerate(names)}

    class Row(tuple):
        """Reads like sqlite3.Row: row[0], row["name"], dict(row)."""
        __slots__ = ()

        def __getitem__(self, key):
            if isinstance(key, str):
                return tuple.__getitem__(self, index[key])
            return tuple.__getitem__(self, key)

        def keys(self):
            return list(names)

    return Row


class Cursor:
    def __init__(self, cursor):
        self._cursor = cursor
        self._row = _row_type([column[0] for column in cursor.description]) if cursor.description else tuple

    @property
    def description(self):
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self):
        row = self._cursor.fetchone()
        return None if row is None else self._row(row)

    def fetchall(self) -> list:
        return [self._row(row) for row in self._cursor.fetchall()]

    def __iter__(self):
        for row in self._cursor:
            yield self._row(row)


def _number(value, _cursor):
    # SUM and AVG give NUMERIC: hand back an int when whole, else a float, like SQLite.
    if value is None:
        return None
    return int(value) if re.fullmatch(r"-?\d+", value) else float(value)


class Connection:
    """A psycopg2 connection in autocommit mode, speaking the modules' sqlite3 dialect of the DB-API."""

    dialect = DIALECT

    def __init__(self, raw, schema: str, location: Location):
        self.raw = raw
        self.schema = schema
        self._location = location

    def execute(self, sql: str, params=()) -> Cursor:
        cursor = self.raw.cursor()
        try:
            cursor.execute(_placeholders(sql), tuple(params))
        except _psycopg2().Error as error:
            raise StoreError(self._location.redact(str(error).strip().splitlines()[0])) from None
        return Cursor(cursor)

    def executemany(self, sql: str, rows) -> None:
        psycopg2 = _psycopg2()
        cursor = self.raw.cursor()
        try:
            psycopg2.extras.execute_batch(cursor, _placeholders(sql), [tuple(row) for row in rows], page_size=2000)
        except psycopg2.Error as error:
            raise StoreError(self._location.redact(str(error).strip().splitlines()[0])) from None

    def update_many(self, table: str, columns, key: str, rows) -> None:
        """db.update_many: UPDATE ... FROM (VALUES ...), each value cast to its column's type."""
        psycopg2 = _psycopg2()
        types = dict(self.execute(
            "SELECT column_name, format_type(a.atttypid, a.atttypmod) FROM information_schema.columns c"
            " JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass"
            " AND a.attname = c.column_name WHERE c.table_schema = current_schema() AND c.table_name = ?",
            (table,)).fetchall())
        names = list(columns) + [key]
        quoted = [_quote(name) for name in names]
        assignments = ", ".join(f"{_quote(c)} = v.{_quote(c)}::{types[c]}" for c in columns)
        sql = (f"UPDATE {_quote(table)} AS t SET {assignments} FROM (VALUES %s) AS v ({', '.join(quoted)})"
               f" WHERE t.{_quote(key)} = v.{_quote(key)}::{types[key]}")
        cursor = self.raw.cursor()
        try:
            psycopg2.extras.execute_values(cursor, sql, [tuple(row) for row in rows], page_size=5000)
        except psycopg2.Error as error:
            raise StoreError(self._location.redact(str(error).strip().splitlines()[0])) from None

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != _psycopg2().extensions.TRANSACTION_STATUS_IDLE

    def close(self) -> None:
        self.raw.close()


class PgStore(StoreBase):
    """One observatory schema in a PostgreSQL database."""

    dialect = DIALECT

    def __init__(self, location, must_exist: bool = True):
        self.location = Location(location)
        self.schema = self.location.schema
        self.path = self.label()  # what messages show where a GeoPackage shows its path
        if self.location.params.get("password"):
            raise StoreError(tr(
                "A password in the store location is not accepted ({store}): QGIS layers (maps, render, export) "
                "could not use it and it would be kept in shell histories. Use a service (pg_service.conf), "
                "~/.pgpass or a QGIS authentication configuration (authcfg=ID).").format(store=self.label()))
        if must_exist:
            from .db import check_store

            check_store(self)

    def label(self) -> str:
        return self.location.label()

    def session_key(self) -> str:
        return f"pg:{self.label()}#{self.schema}"

    def with_schema(self, schema: str) -> "PgStore":
        """The same database, another schema (a staging schema while a copy is written)."""
        other = PgStore.__new__(PgStore)
        other.location = copy.copy(self.location)
        other.location.schema = other.schema = schema
        other.path = other.label()
        return other

    def __str__(self) -> str:
        return self.label()

    def _open(self) -> Connection:
        psycopg2 = _psycopg2()
        try:
            raw = psycopg2.connect(**self.location.connect_params())
        except psycopg2.Error as error:
            message = self.location.redact(str(error).strip().splitlines()[0] if str(error).strip() else "")
            raise StoreError(tr("Cannot connect to {store}: {reason}").format(store=self.label(), reason=message)) \
                from None
        raw.autocommit = True
        caster = psycopg2.extensions.new_type(psycopg2.extensions.DECIMAL.values, "ODT_NUMBER", _number)
        psycopg2.extensions.register_type(caster, raw)
        connection = Connection(raw, self.schema, self.location)
        connection.execute(f'SET search_path TO "{self.schema}", public')
        return connection

    def _begin(self, connection) -> None:
        # Writers of one schema follow each other, as on a GeoPackage (BEGIN IMMEDIATE); readers never wait.
        connection.execute("BEGIN")
        connection.execute("SELECT pg_advisory_xact_lock(hashtext(?))", ("odt:" + self.schema,))

    def _begin_read(self, connection) -> None:
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def has_table(self, name: str) -> bool:
        return bool(self.query(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?", (self.schema, name)))

    def contents(self) -> list:
        """Names of the layers, tables and views of the schema."""
        return [row[0] for row in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", (self.schema,))]

    def get_meta(self, key: str, default=None):
        if not self.has_table(METADATA_TABLE):
            return default
        rows = self.query(f"SELECT value FROM {METADATA_TABLE} WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def gdal_source(self) -> str:
        """The `PG:` string GDAL opens (with the password in memory only, never to be shown)."""
        params = self.location.connect_params()
        params.pop("application_name", None)
        text = " ".join(f"{key}='{_escape(value)}'" for key, value in params.items())
        return f"PG:{text} schemas={self.schema}"

    def redact(self, text: str) -> str:
        return self.location.redact(text)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _escape(value: str) -> str:
    return str(value).replace("\\", "\\\\").replace("'", "\\'")
