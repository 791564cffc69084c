"""What both store backends (GeoPackage, PostgreSQL) do the same way on top of their own connect()."""

METADATA_TABLE = "odt_metadata"


class StoreBase:
    def connect(self):
        raise NotImplementedError

    def query(self, sql: str, params=()) -> list:
        connection = self.connect()
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def metadata(self) -> dict:
        return {row["key"]: row["value"] for row in self.query(f"SELECT key, value FROM {METADATA_TABLE}")}
