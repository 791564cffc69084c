"""Local fake portals on 127.0.0.1 answering like the real APIs (../shared/docs/portal-apis.md).

One `FakeServer` per host (its own port); a route is a function (path, query, headers) ->
(status, headers, body). `portal_routes(...)` serves every API kind from a small description;
the other helpers answer badly on purpose (429, 500, slow, invalid JSON, loops, huge, XML bombs).
"""

import json
import os
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

JSON = {"Content-Type": "application/json"}
XML = {"Content-Type": "application/xml"}


def as_json(data, status=200, headers=None):
    return status, {**JSON, **(headers or {})}, json.dumps(data).encode()


class FakeServer:
    def __init__(self, route, delay: float = 0.0):
        self.route = route
        self.delay = delay
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.requests = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server._serve(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        # a short poll interval keeps shutdown() quick when a test stops many servers
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> "FakeServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _serve(self, handler) -> None:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.requests.append((handler.path, dict(handler.headers)))
        try:
            if self.delay:
                time.sleep(self.delay)
            parts = urlsplit(handler.path)
            answer = self.route(parts.path, parse_qs(parts.query), handler.headers)
        finally:
            # Counted while being worked on, not while the last bytes travel: a client that has
            # read its answer may already send the next request before this thread gets here.
            with self.lock:
                self.active -= 1
        try:
            if callable(answer):  # streaming answers write themselves
                answer(handler)
                return
            status, headers, body = answer
            handler.send_response(status)
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def not_found(path):
    return as_json({"message": "Not found", "path": path}, 404)


def csw_hits(n: int) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" version="2.0.2">'
        '<csw:SearchStatus timestamp="2025-01-10T10:00:00"/>'
        f'<csw:SearchResults numberOfRecordsMatched="{n}" numberOfRecordsReturned="0" elementSet="summary" '
        'nextRecord="1"/></csw:GetRecordsResponse>'
    ).encode()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">'
    b'<csw:SearchResults numberOfRecordsMatched="7">&lol3;</csw:SearchResults></csw:GetRecordsResponse>'
)


def ods_datasets(ods):
    """Opendatasoft datasets as facet dicts: {publisher: n} is n datasets of that publisher; a list is
    taken as is ({facet: value or [values]} per dataset)."""
    if isinstance(ods, dict):
        return [{"publisher": name} for name, n in ods.items() for _ in range(n)]
    return list(ods)


def _facet_values(dataset, facet):
    value = dataset.get(facet)
    return value if isinstance(value, list) else ([] if value is None else [value])


def _ods_select(datasets, refine, exclude):
    """Datasets having every refined value and none of the excluded ones ((facet, value) pairs)."""
    return [d for d in datasets if all(v in _facet_values(d, f) for f, v in refine)
            and not any(v in _facet_values(d, f) for f, v in exclude)]


def _ods_facets(datasets, facet):
    counts = {}
    for dataset in datasets:
        for value in _facet_values(dataset, facet):
            counts[value] = counts.get(value, 0) + 1
    return [{"name": name, "value": name, "count": n, "state": "displayed"} for name, n in sorted(counts.items())]


def csw_domain(names) -> bytes:
    values = "".join(f'<csw:Value count="{n}">{name}</csw:Value>' for name, n in names)
    return ('<?xml version="1.0" encoding="UTF-8"?><csw:GetDomainResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">'
            f'<csw:DomainValues type="csw:Record"><csw:PropertyName>OrganisationName</csw:PropertyName>'
            f'<csw:ListOfValues>{values}</csw:ListOfValues></csw:DomainValues></csw:GetDomainResponse>').encode()


def _csw_count(csw, constraint):
    """CQL as the harvester writes it: (OrganisationName = 'X') AND (type = 'dataset' OR ...)."""
    import re

    types = set(re.findall(r"type = '([^']*)'", constraint)) or None
    match = re.search(r"OrganisationName = '((?:[^']|'')*)'", constraint)
    wanted = match.group(1).replace("''", "'") if match else None
    total = 0
    for name, records in csw.items():
        records = records if isinstance(records, dict) else {"dataset": records}
        if wanted is not None and name != wanted:
            continue
        total += sum(n for kind, n in records.items() if types is None or kind in types)
    return total


def portal_routes(ods=None, ckan=None, dcat=None, csw=None, datagouv=None, datagouv_prefix="/api/1/",
                  ckan_titles=None, facets=True):
    """Every API kind from one description.

    ods: {publisher: n} or a list of datasets as facet dicts; ckan: {organization: n} (ckan_titles:
    {organization: title}); dcat: [publisher name per dataset]; csw: {organisation: n or {type: n}};
    datagouv: {org_id: [dataset dicts]} (ids and `harvest` only). facets=False: no facets endpoint.
    """
    ods_list = ods_datasets(ods) if ods is not None else None

    def route(path, query, headers):
        def first(name, default=None):
            return query.get(name, [default])[0]

        if ods_list is not None and path == "/api/explore/v2.1/catalog/datasets":
            refine = [tuple(r.split(":", 1)) for r in query.get("refine", [])]
            exclude = [tuple(r.split(":", 1)) for r in query.get("exclude", [])]
            return as_json({"total_count": len(_ods_select(ods_list, refine, exclude)), "results": []})
        if ods_list is not None and facets and path == "/api/explore/v2.1/catalog/facets":
            names = query.get("facet", ["publisher"])
            return as_json({"links": [], "facets": [{"name": n, "facets": _ods_facets(ods_list, n)} for n in names]})
        if ods_list is not None and path == "/api/datasets/1.0/search/":
            refine = [(k[len("refine."):], v) for k, vs in query.items() if k.startswith("refine.") for v in vs]
            exclude = [(k[len("exclude."):], v) for k, vs in query.items() if k.startswith("exclude.") for v in vs]
            found = _ods_select(ods_list, refine, exclude)
            groups = [{"name": n, "facets": [dict(f, path=f["name"]) for f in _ods_facets(found, n)]}
                      for n in query.get("facet", [])]
            return as_json({"nhits": len(found), "parameters": {}, "datasets": [], "facet_groups": groups})
        if ckan is not None and path.endswith("/api/3/action/package_search"):
            fq = first("fq", "")
            field, _, value = fq.partition(":")
            value = value.strip('"')
            if field in ("organization", "owner_org"):  # an organisation by name or by id: one key here
                n = ckan.get(value, 0)
            elif field == "name":
                n = 0
            else:
                n = sum(ckan.values())
            result = {"count": n, "results": []}
            if "organization" in first("facet.field", ""):
                titles = ckan_titles or {}
                result["search_facets"] = {"organization": {"title": "organization", "items": [
                    {"name": org, "display_name": titles.get(org, org), "count": c} for org, c in ckan.items() if c]}}
            return as_json({"help": "…", "success": True, "result": result})
        if dcat is not None and path in ("/data.json", "/api/feed/dcat-us/1.1.json"):
            return as_json(
                {
                    "@type": "dcat:Catalog",
                    "dataset": [
                        {
                            "@type": "dcat:Dataset",
                            "identifier": f"ds-{i}",
                            "title": f"Jeu {i}",
                            "publisher": {"name": name},
                        }
                        for i, name in enumerate(dcat)
                    ],
                }
            )
        if csw is not None and path.endswith("/srv/fre/csw"):
            if first("request") == "GetDomain":
                return 200, XML, csw_domain((name, _csw_count({name: records}, ""))
                                            for name, records in csw.items())
            return 200, XML, csw_hits(_csw_count(csw, first("constraint", "")))
        if datagouv is not None and path == datagouv_prefix + "site/":
            return as_json({"id": "fake-site", "title": "data.gouv.fr (fake)"})
        if datagouv is not None and path == datagouv_prefix + "datasets/":
            org = first("organization", "")
            if org not in datagouv:
                return as_json({"message": "Organization arg must be an identifier"}, 400)
            page, size = int(first("page", "1")), int(first("page_size", "20"))
            items = datagouv[org]
            if page > 1 and (page - 1) * size >= len(items):
                return not_found(path)
            chunk = items[(page - 1) * size : page * size]
            more = page * size < len(items)
            next_page = (
                (
                    f"http://example.invalid{datagouv_prefix}datasets/?organization={org}"
                    f"&page={page + 1}&page_size={size}"
                )
                if more
                else None
            )
            return as_json(
                {
                    "data": chunk,
                    "page": page,
                    "page_size": size,
                    "total": len(items),
                    "next_page": next_page,
                    "previous_page": None,
                }
            )
        return not_found(path)

    return route


def flaky(route, failures: int, status: int = 429, retry_after: str = "1"):
    """Answers `status` (with Retry-After when given) to the first `failures` requests."""
    count = {"n": 0}
    lock = threading.Lock()

    def wrapped(path, query, headers):
        with lock:
            count["n"] += 1
            failing = count["n"] <= failures
        if failing:
            extra = {"Retry-After": retry_after} if retry_after else {}
            return as_json({"errorcode": 10002, "error": "Too many requests on the domain."}, status, extra)
        return route(path, query, headers)

    wrapped.calls = count
    return wrapped


def always(status: int, body: bytes = b'{"message": "Internal Server Error"}', headers=None):
    return lambda path, query, h: (status, {**JSON, **(headers or {})}, body)


def invalid_json(path, query, headers):
    return 200, JSON, b'{"total_count": 12, "results": [ oops'


def redirect_loop(path, query, headers):
    target = "/b" if path != "/b" else "/a"
    return 302, {"Location": target}, b""


def redirect_to(location):
    return lambda path, query, headers: (302, {"Location": location}, b"")


def oversized(megabytes: int):
    """A JSON body streamed without Content-Length, far beyond a small cap."""

    def write(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()
        handler.wfile.write(b'{"total_count": 1, "pad": "')
        chunk = b"x" * 65536
        for _ in range(megabytes * 16):
            handler.wfile.write(chunk)
        handler.wfile.write(b'"}')

    return lambda path, query, headers: write


def billion_laughs(path, query, headers):
    return 200, XML, BILLION_LAUGHS


def slow_loris(interval: float = 1.0, in_headers: bool = False, stop_after: float = 600.0):
    """A valid answer dribbled one byte every `interval` seconds (in the headers or in the body): each
    read gets data, so a per-read timeout never fires. Stops when the client goes away."""
    body = b'{"total_count": 7, "results": []}'
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)

    def write(handler):
        handler.close_connection = True
        ended = time.monotonic() + stop_after
        fast, slow = (b"", head + body) if in_headers else (head, body)
        try:
            handler.wfile.write(fast)
            handler.wfile.flush()
            for byte in slow:
                if time.monotonic() > ended:
                    return
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(interval)
        except OSError:  # the client cut the connection: what we are testing
            pass

    return lambda path, query, headers: write


def deep_json(depth: int = 100_000):
    """JSON nested `depth` levels deep: `[[[[...]]]]`."""
    body = b"[" * depth + b"]" * depth
    return lambda path, query, headers: (200, JSON, body)


def deep_xml(depth: int = 100_000):
    body = b"<a>" * depth + b"</a>" * depth
    return lambda path, query, headers: (200, XML, body)


def reset_connection(path, query, headers):
    """The connection is reset (RST) before any answer, as an overloaded proxy does."""

    def write(handler):
        handler.close_connection = True
        connection = handler.connection
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()
        # BaseHTTPRequestHandler flushes its streams after us: give it ones that are not the socket.
        handler.wfile = open(os.devnull, "wb")  # noqa: SIM115 - closed by the handler's finish()

    return write


def unresolvable_url(label: str = "nowhere") -> str:
    """An http URL whose host name cannot resolve (RFC 6761 reserves .invalid for this)."""
    return f"http://{label}.odt-test.invalid"


def make_store(path, actors) -> str:
    """A minimal store: the metadata table StoreDb checks, and an `actors` table with these rows
    (dicts with siren, name, url_platform, id_datagouv, techno_platform)."""
    import sqlite3

    from odt_qgis_plugin.store import db, schema

    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS odt_metadata (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute(
            "INSERT OR REPLACE INTO odt_metadata VALUES ('schema_version', ?)", (str(db.SCHEMA_VERSION),)
        )
        db.ensure_attribute_table(connection, "actors", schema.ACTORS)
        for actor in actors:
            url = actor.get("url_platform")
            connection.execute(
                "INSERT INTO actors (siren, name, url_platform, host, id_datagouv, techno_platform)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    actor["siren"],
                    actor.get("name", actor["siren"]),
                    url,
                    urlsplit(url).hostname if url else None,
                    actor.get("id_datagouv"),
                    actor.get("techno_platform"),
                ),
            )
    finally:
        connection.close()
    return str(path)


def endpoints_file(path, datagouv_api: str, **platforms) -> str:
    """An endpoints override pointing data.gouv.fr at a fake server."""
    # "hosts": null drops the shipped per-host rules, which name real servers.
    data = {
        "format": 1,
        "hosts": None,
        "platforms": {"datagouv": {"api": datagouv_api, "check": datagouv_api + "site/"}, **platforms},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _csw_record(record: dict) -> str:
    from xml.sax.saxutils import escape

    parts = []
    for key, value in record.items():
        for item in value if isinstance(value, list) else [value]:
            prefix = "dct" if key in ("modified", "created", "issued", "license") else "dc"
            parts.append(f"<{prefix}:{key}>{escape(str(item))}</{prefix}:{key}>")
    return "<csw:Record>" + "".join(parts) + "</csw:Record>"


def csw_records(records, start: int, size: int) -> bytes:
    """A GetRecords `results` page of Dublin Core records (1-based `start`; nextRecord 0 on the last page)."""
    chunk = records[start - 1 : start - 1 + size]
    following = start + len(chunk) if start - 1 + size < len(records) else 0
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dct="http://purl.org/dc/terms/">'
            f'<csw:SearchResults numberOfRecordsMatched="{len(records)}" numberOfRecordsReturned="{len(chunk)}" '
            f'elementSet="full" nextRecord="{following}">' + "".join(_csw_record(r) for r in chunk)
            + "</csw:SearchResults></csw:GetRecordsResponse>").encode()


def catalogue_routes(ods=None, ckan=None, dcat=None, csw=None, datagouv=None, datagouv_prefix="/api/1/",
                     ods_window: int = 10_000):
    """Every API kind serving whole dataset records, for the dataset-level harvest.

    ods: list of Explore v2.1 `results` entries (refine/exclude on `metas.default` values, limit/offset,
    400 beyond `ods_window`); ckan: list of `package_search` rows (fq on organization name); dcat: the
    `/data.json` feed as a dict; csw: {organisation: [Dublin Core record dicts]}; datagouv: {org_id: [datasets]}.
    Counts are those of the records served, so a count and its listing always agree.
    """
    def ods_value(item, facet):
        value = ((item.get("metas") or {}).get("default") or {}).get(facet)
        return value if isinstance(value, list) else [value]

    def route(path, query, headers):
        def first(name, default=None):
            return query.get(name, [default])[0]

        if ods is not None and path == "/api/explore/v2.1/catalog/datasets":
            refine = [tuple(r.split(":", 1)) for r in query.get("refine", [])]
            exclude = [tuple(r.split(":", 1)) for r in query.get("exclude", [])]
            found = [d for d in ods if all(v in ods_value(d, f) for f, v in refine)
                     and not any(v in ods_value(d, f) for f, v in exclude)]
            limit, offset = int(first("limit", "10")), int(first("offset", "0"))
            if limit > 100 or offset + limit > ods_window:
                return as_json({"message": "Invalid value for limit/offset", "error_code": "InvalidRESTParameterError"},
                               400)
            return as_json({"total_count": len(found), "results": found[offset : offset + limit]})
        if ods is not None and path == "/api/explore/v2.1/catalog/facets":
            names = query.get("facet", ["publisher"])
            facets = [{"name": n, "facets": _ods_facets([{n: [v for v in ods_value(d, n) if v is not None]}
                                                          for d in ods], n)} for n in names]
            return as_json({"links": [], "facets": facets})
        if ckan is not None and path.endswith("/api/3/action/package_search"):
            field, _, value = first("fq", "").partition(":")
            value = value.strip('"')
            found = [p for p in ckan if not field or ((p.get("organization") or {}).get("name") == value
                                                      if field == "organization" else p.get(field) == value)]
            rows, start = min(int(first("rows", "10")), 1000), int(first("start", "0"))
            result = {"count": len(found), "results": found[start : start + rows]}
            if "organization" in first("facet.field", ""):
                counts = {}
                for package in found:
                    name = (package.get("organization") or {}).get("name")
                    counts[name] = counts.get(name, 0) + 1
                result["search_facets"] = {"organization": {"title": "organization", "items": [
                    {"name": name, "display_name": name, "count": n} for name, n in counts.items() if name]}}
            return as_json({"help": "…", "success": True, "result": result})
        if dcat is not None and path in ("/data.json", "/api/feed/dcat-us/1.1.json"):
            return as_json(dcat)
        if csw is not None and path.endswith("/srv/fre/csw"):
            constraint = first("constraint", "")
            import re

            match = re.search(r"OrganisationName = '((?:[^']|'')*)'", constraint)
            wanted = match.group(1).replace("''", "'") if match else None
            records = [r for name, items in csw.items() if wanted is None or name == wanted for r in items]
            if first("request") == "GetDomain":
                return 200, XML, csw_domain((name, len(items)) for name, items in csw.items())
            if first("resultType") == "hits":
                return 200, XML, csw_hits(len(records))
            return 200, XML, csw_records(records, int(first("startPosition", "1")), int(first("maxRecords", "10")))
        if datagouv is not None and path == datagouv_prefix + "datasets/":
            org = first("organization", "")
            if org not in datagouv:
                return as_json({"message": "Organization arg must be an identifier"}, 400)
            page, size = int(first("page", "1")), int(first("page_size", "20"))
            items = datagouv[org]
            if page > 1 and (page - 1) * size >= len(items):
                return not_found(path)
            more = page * size < len(items)
            return as_json({"data": items[(page - 1) * size : page * size], "page": page, "page_size": size,
                            "total": len(items), "previous_page": None,
                            "next_page": f"http://example.invalid{datagouv_prefix}datasets/?page={page + 1}"
                            if more else None})
        return not_found(path)

    return route
