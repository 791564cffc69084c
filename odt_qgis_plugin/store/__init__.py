"""The territory store: GeoPackage and PostgreSQL backends, schema, build from the reference, copy."""
