"""Small data.gouv.fr catalogue exports written as udata writes them (semicolon, QUOTE_NONNUMERIC, booleans bare)."""
import csv

ORGANISATION_HEADER = ("id", "name", "acronym", "slug", "url", "description", "logo", "badges", "created_at",
                       "last_modified", "business_number_id", "members_count", "downloads", "metric.datasets",
                       "metric.discussions", "metric.followers", "metric.members", "metric.reuses", "metric.views")
DATASET_HEADER = ("id", "title", "slug", "acronym", "url", "organization", "organization_id", "owner", "owner_id",
                  "description", "description_short", "frequency", "license", "temporal_coverage.start",
                  "temporal_coverage.end", "spatial.granularity", "spatial.zones", "featured", "created_at",
                  "last_modified", "tags", "archived", "resources_count", "main_resources_count",
                  "resources_formats", "harvest.backend", "harvest.domain", "harvest.created_at",
                  "harvest.modified_at", "harvest.remote_url", "quality_score", "metric.discussions",
                  "metric.reuses", "metric.reuses_by_months", "metric.followers", "metric.followers_by_months",
                  "metric.views", "metric.resources_downloads")
# udata's ResourcesCsvAdapter (udata/core/dataset/csv.py): the dataset's columns, then the resource's.
RESOURCE_HEADER = ("dataset.id", "dataset.title", "dataset.slug", "dataset.url", "dataset.organization",
                   "dataset.organization_id", "dataset.license", "dataset.private", "dataset.archived", "id", "url",
                   "title", "description", "filetype", "type", "format", "mime", "filesize", "checksum.type",
                   "checksum.value", "created_at", "modified", "downloads", "harvest.created_at",
                   "harvest.modified_at", "schema_name", "schema_version", "preview_url", "extras")


def write_rows(path, header, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", quotechar='"', quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(name, "") for name in header])


def organisation(identifier, name, siret="", datasets=0, slug=""):
    return {"id": identifier, "name": name, "slug": slug or identifier, "business_number_id": siret,
            "metric.datasets": datasets, "badges": "public-service", "members_count": 2}


def dataset(identifier, organisation_id, archived=False, remote_url="", domain="", description="Jeu de données",
            **metadata):
    """A dataset row; `metadata` sets any other column, "." written "__" (metric__views=3, title="Budget")."""
    row = {"id": identifier, "title": f"Jeu {identifier}", "slug": identifier, "organization_id": organisation_id,
           "organization": "x", "description": description, "archived": archived, "featured": False,
           "harvest.remote_url": remote_url, "harvest.domain": domain,
           "harvest.backend": "OpenDataSoft" if remote_url or domain else "", "resources_count": 1,
           "quality_score": 0.5, "metric.views": 3}
    row.update((name.replace("__", "."), value) for name, value in metadata.items())
    return row


def resource(dataset_id, fmt, schema_name="", schema_version="", downloads=0, identifier="", description=""):
    return {"dataset.id": dataset_id, "dataset.title": f"Jeu {dataset_id}", "id": identifier or f"r-{dataset_id}-{fmt}",
            "url": f"https://static.data.gouv.fr/resources/{dataset_id}/{fmt}", "title": f"Fichier {fmt}",
            "description": description, "filetype": "file", "type": "main", "format": fmt, "downloads": downloads,
            "schema_name": schema_name, "schema_version": schema_version, "dataset.archived": False,
            "extras": "{}"}
