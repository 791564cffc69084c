<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="29" />
        <source>Observatoire open data des territoires: territory store, actors, harvests, maps.</source>
        <translation>Observatoire open data des territoires : base territoriale, acteurs, moissonnages, cartes.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="34" />
        <source>more log lines on stderr</source>
        <translation>plus de lignes de journal sur stderr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="75" />
        <source>Cancelled: {message}</source>
        <translation>Annulé : {message}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="90" />
        <source>Error: {message}</source>
        <translation>Erreur : {message}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="81" />
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="12" />
        <source>folder or base URL of decoupage-administratif JSON files</source>
        <translation>dossier ou URL de base des fichiers JSON decoupage-administratif</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="17" />
        <source>CSV of département and région SIREN (path or URL)</source>
        <translation>CSV des SIREN des départements et régions (chemin ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="20" />
        <source>folder like admin-express-2018, any OGR file, or a geo.api.gouv.fr base URL</source>
        <translation>dossier comme admin-express-2018, tout fichier OGR, ou une URL de base geo.api.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="25" />
        <source>boundary fields, e.g. code=INSEE_COM,name=NOM</source>
        <translation>champs des contours, p. ex. code=INSEE_COM,name=NOM</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="31" />
        <source>endpoints file overriding the shipped resources/endpoints.json</source>
        <translation>fichier de points d'accès remplaçant le resources/endpoints.json fourni</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="18" />
        <source>seconds before a request is abandoned</source>
        <translation>secondes avant l'abandon d'une requête</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/check_sources.py" line="27" />
        <source>{ok}/{total} endpoints answer.</source>
        <translation>{ok}/{total} points d'accès répondent.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="14" />
        <source>requests in flight at most, all hosts together</source>
        <translation>requêtes simultanées au plus, tous hôtes confondus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="16" />
        <source>requests in flight at most on one host</source>
        <translation>requêtes simultanées au plus sur un même hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="28" />
        <source>only actors/platforms without a successful count younger than DAYS</source>
        <translation>seulement les acteurs/plateformes sans comptage réussi de moins de DAYS jours</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="30" />
        <source>only these actors</source>
        <translation>seulement ces acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/store_lock.py" line="127" />
        <source>Store not found: {path}</source>
        <translation>Base introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="15" />
        <source>INSEE code of a région</source>
        <translation>code INSEE d'une région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="16" />
        <source>INSEE code of a département</source>
        <translation>code INSEE d'un département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="21" />
        <source>PNG file to write</source>
        <translation>fichier PNG à écrire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="33" />
        <source>Map written: {path}</source>
        <translation>Carte écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="61" />
        <source>{path} is not an observatory store</source>
        <translation>{path} n'est pas une base de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="63" />
        <source>{path} was written by a newer version of the plugin (schema {found} &gt; {known}); update the plugin.</source>
        <translation>{path} a été écrit par une version plus récente de l'extension (schéma {found} &gt; {known}) ; mettez l'extension à jour.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="38" />
        <source>Endpoints file not found: {path}</source>
        <translation>Fichier des points d'accès introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="42" />
        <source>Endpoints file {path} is not valid JSON: {error}</source>
        <translation>Le fichier des points d'accès {path} n'est pas un JSON valide : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="46" />
        <source>Endpoints file {path} is not in format {format}</source>
        <translation>Le fichier des points d'accès {path} n'est pas au format {format}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="51" />
        <source>Endpoints file {path}: unknown platforms {names}</source>
        <translation>Fichier des points d'accès {path} : plateformes inconnues {names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="202" />
        <source>Harvest run {run}{resumed}: {done} actor/platform pairs harvested, {failed} failed, {skipped} skipped, in {seconds:.1f} s.</source>
        <translation>Moissonnage {run}{resumed} : {done} couples acteur/plateforme moissonnés, {failed} en échec, {skipped} ignorés, en {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="205" />
        <source> (resumed)</source>
        <translation> (repris)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="213" />
        <source>Datasets found: {n} ({federated} federated on data.gouv.fr from the actor's own portal, not counted twice).</source>
        <translation>Jeux de données trouvés : {n} ({federated} fédérés sur data.gouv.fr depuis le portail propre de l'acteur, non comptés deux fois).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="219" />
        <source>Failed by reason:</source>
        <translation>Échecs par motif :</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="540" />
        <source>The store has no actors table: import the registry first.</source>
        <translation>La base n'a pas de table des acteurs : importez d'abord le registre.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="271" />
        <source>Unknown actors: {sirens}</source>
        <translation>Acteurs inconnus : {sirens}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="615" />
        <source>Harvesting {n} actor/platform pairs</source>
        <translation>Moissonnage de {n} couples acteur/plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="159" />
        <source>Too many redirects from {url}</source>
        <translation>Trop de redirections depuis {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="188" />
        <source>Response too large from {url}</source>
        <translation>Réponse trop volumineuse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="182" />
        <source>Timed out: {url}</source>
        <translation>Délai dépassé : {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="185" />
        <source>Cannot reach {url}: {reason}</source>
        <translation>Impossible de joindre {url} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="232" />
        <source>HTTP {status} from {url}</source>
        <translation>HTTP {status} de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="242" />
        <source>Not valid JSON from {url}</source>
        <translation>JSON non valide de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="252" />
        <source>XML with a DTD or entities refused from {url}</source>
        <translation>XML avec DTD ou entités refusé de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="279" />
        <source>Not valid XML from {url}</source>
        <translation>XML non valide de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="96" />
        <source>Operation cancelled by the user.</source>
        <translation>Opération annulée par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="120" />
        <source>{host} failed repeatedly; left alone for now</source>
        <translation>{host} a échoué à plusieurs reprises ; laissé de côté pour l'instant</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/portal_base.py" line="148" />
        <source>No dataset count in the answer of {url}</source>
        <translation>Aucun nombre de jeux de données dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/datagouv.py" line="153" />
        <source>No data.gouv.fr organisation id for this actor</source>
        <translation>Aucun identifiant d'organisation data.gouv.fr pour cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/opendatasoft.py" line="177" />
        <source>No dataset list in the answer of {url}</source>
        <translation>Aucune liste de jeux de données dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/ckan.py" line="155" />
        <source>CKAN did not answer a search at {url}</source>
        <translation>CKAN n'a pas répondu à une recherche sur {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/dcat.py" line="52" />
        <source>No DCAT catalogue at {url}</source>
        <translation>Aucun catalogue DCAT sur {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/dcat.py" line="70" />
        <source>No catalogue path configured</source>
        <translation>Aucun chemin de catalogue configuré</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/dkan.py" line="53" />
        <source>DKAN did not answer at {url}</source>
        <translation>DKAN n'a pas répondu sur {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/dcat.py" line="186" />
        <source>Unsupported platform (no DCAT catalogue found at {site})</source>
        <translation>Plateforme non prise en charge (aucun catalogue DCAT trouvé sur {site})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/geonetwork.py" line="69" />
        <source>No CSW record count in the answer of {url}</source>
        <translation>Aucun nombre de fiches CSW dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="401" />
        <source>No platform known for this actor</source>
        <translation>Aucune plateforme connue pour cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="79" />
        <source>{path} should hold a non-empty JSON list</source>
        <translation>{path} devrait contenir une liste JSON non vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="82" />
        <source>{path} lacks the fields {fields}</source>
        <translation>Il manque à {path} les champs {fields}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="206" />
        <source>{path} lacks the columns {fields}</source>
        <translation>Il manque à {path} les colonnes {fields}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="211" />
        <source>{path}, line {line}: unexpected row</source>
        <translation>{path}, ligne {line} : ligne inattendue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="96" />
        <source>platform URL {url!r} is not a web address</source>
        <translation>l'URL de plateforme {url!r} n'est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="101" />
        <source>platform URL {url!r} is malformed</source>
        <translation>l'URL de plateforme {url!r} est mal formée</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="104" />
        <source>platform URL {url!r} is not http or https</source>
        <translation>l'URL de plateforme {url!r} n'est ni http ni https</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="107" />
        <source>platform URL {url!r} has no host</source>
        <translation>l'URL de plateforme {url!r} n'a pas d'hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="142" />
        <source>name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="154" />
        <source>territory code {code!r} is not a département or région code</source>
        <translation>le code territoire {code!r} n'est pas un code de département ou de région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="34" />
        <source>{source} is empty</source>
        <translation>{source} est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="71" />
        <source>{source} is not a text file (control characters)</source>
        <translation>{source} n'est pas un fichier texte (caractères de contrôle)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="222" />
        <source>{found} fields instead of {expected}</source>
        <translation>{found} champs au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="228" />
        <source>SIREN {siren} already given on line {line}</source>
        <translation>SIREN {siren} déjà donné à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="236" />
        <source>{source} has no header line</source>
        <translation>{source} n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="238" />
        <source>{source} has a header but no rows</source>
        <translation>{source} a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="247" />
        <source>{source}: missing column(s) {missing} (found: {found})</source>
        <translation>{source} : colonne(s) manquante(s) {missing} (trouvées : {found})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="256" />
        <source>Registry file not found: {path}</source>
        <translation>Fichier du registre introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="285" />
        <source>mapped to {level} {code}, which the store does not know</source>
        <translation>rattaché à {level} {code}, que la base ne connaît pas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="324" />
        <source>; closest: {name} ({level} {code})</source>
        <translation> ; le plus proche : {name} ({level} {code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="38" />
        <source>SIREN is empty</source>
        <translation>Le SIREN est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="40" />
        <source>SIREN {value!r} has characters other than digits</source>
        <translation>Le SIREN {value!r} contient d'autres caractères que des chiffres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="42" />
        <source>{value} is a SIRET (14 digits), not a SIREN (9 digits)</source>
        <translation>{value} est un SIRET (14 chiffres), pas un SIREN (9 chiffres)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="44" />
        <source>SIREN {value} has {count} digits instead of 9</source>
        <translation>Le SIREN {value} a {count} chiffres au lieu de 9</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="46" />
        <source>SIREN {value} fails the Luhn check (mistyped digit?)</source>
        <translation>Le SIREN {value} échoue au contrôle de Luhn (chiffre mal saisi ?)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="20" />
        <source>Only http and https addresses are accepted: {url}</source>
        <translation>Seules les adresses http et https sont acceptées : {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="35" />
        <source>No network access configured to read {url}</source>
        <translation>Aucun accès réseau configuré pour lire {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="234" />
        <source>File not found: {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="48" />
        <source>{path} is not UTF-8 text</source>
        <translation>{path} n'est pas un texte UTF-8</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="52" />
        <source>{path} is not valid JSON (line {line}, column {col}: {msg})</source>
        <translation>{path} n'est pas un JSON valide (ligne {line}, colonne {col} : {msg})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="47" />
        <source>Wrong field mapping '{item}': expected code=FIELD,name=FIELD[,layer=LAYER]</source>
        <translation>Correspondance de champs erronée « {item} » : attendu code=FIELD,name=FIELD[,layer=LAYER]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="65" />
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="83" />
        <source>{path} has no field '{field}' for the {key} (fields: {fields}); use --field-map</source>
        <translation>{path} n'a pas de champ « {field} » pour {key} (champs : {fields}) ; utilisez --field-map</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="105" />
        <source>{path} is not a GeoJSON feature collection</source>
        <translation>{path} n'est pas une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="128" />
        <source>{path} has no layer '{layer}'</source>
        <translation>{path} n'a pas de couche « {layer} »</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="131" />
        <source>{path} holds no layer</source>
        <translation>{path} ne contient aucune couche</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="189" />
        <source>Boundaries not found: {path}</source>
        <translation>Contours introuvables : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="194" />
        <source>No commune boundary found in {path}</source>
        <translation>Aucun contour de commune trouvé dans {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="201" />
        <source>{path} has no communes/*.geojson files</source>
        <translation>{path} n'a pas de fichiers communes/*.geojson</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="80" />
        <source>Store written: {path}</source>
        <translation>Base écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="82" />
        <source>  {layer}: {count}</source>
        <translation>  {layer} : {count}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="83" />
        <source>  communes reconciled (merged since the boundaries' vintage): {n}</source>
        <translation>  communes réconciliées (fusionnées depuis le millésime des contours) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="84" />
        <source>  codes unmatched (see the reconciliation table): {n}</source>
        <translation>  codes non appariés (voir la table de réconciliation) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="85" />
        <source>  invalid geometries repaired: {n}</source>
        <translation>  géométries invalides réparées : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="46" />
        <source>Output folder does not exist: {path}</source>
        <translation>Le dossier de sortie n'existe pas : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="60" />
        <source>The store must be a .gpkg file: {path}</source>
        <translation>La base doit être un fichier .gpkg : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="124" />
        <source>Reading the administrative reference</source>
        <translation>Lecture du référentiel administratif</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="129" />
        <source>Reading boundaries</source>
        <translation>Lecture des contours</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="132" />
        <source>Reconciling commune codes</source>
        <translation>Réconciliation des codes communes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="145" />
        <source>Dissolving EPCI from their member communes</source>
        <translation>Fusion des EPCI à partir de leurs communes membres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="152" />
        <source>Départements and régions</source>
        <translation>Départements et régions</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="161" />
        <source>Writing the store</source>
        <translation>Écriture de la base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_layer_writer.py" line="97" />
        <source>Cannot write layer {name}: {reason}</source>
        <translation>Impossible d'écrire la couche {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/provider.py" line="30" />
        <source>Observatoire open data</source>
        <translation>Observatoire open data</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="35" />
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="66" />
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="101" />
        <source>Layer {name} not found in {store}</source>
        <translation>Couche {name} introuvable dans {store}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="49" />
        <source>Unknown layer: {name}</source>
        <translation>Couche inconnue : {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="103" />
        <source>Cannot write {path}</source>
        <translation>Impossible d'écrire {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="126" />
        <source>No territory with code {code}</source>
        <translation>Aucun territoire de code {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/qgis_tasks.py" line="76" />
        <source>The task was cancelled or failed unexpectedly.</source>
        <translation>La tâche a été annulée ou a échoué de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="21" />
        <source>Build the territory store</source>
        <translation>Construire la base territoriale</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="31" />
        <source>Administrative reference (folder or URL)</source>
        <translation>Référentiel administratif (dossier ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="36" />
        <source>SIREN of départements and régions (CSV path or URL)</source>
        <translation>SIREN des départements et régions (chemin CSV ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="41" />
        <source>Boundaries (folder, file or URL)</source>
        <translation>Contours (dossier, fichier ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="46" />
        <source>Boundary field mapping</source>
        <translation>Correspondance des champs des contours</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="47" />
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/messages.py" line="27" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="57" />
        <source>Build the territory store…</source>
        <translation>Construire la base territoriale…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="58" />
        <source>Open a store…</source>
        <translation>Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="50" />
        <source>Choose where to write the store.</source>
        <translation>Choisissez où écrire la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="72" />
        <source>Building the territory store</source>
        <translation>Construction de la base territoriale</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="78" />
        <source>Open a store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="24" />
        <source>Communes, EPCI, départements and régions with their codes, SIREN, population and boundaries, reconciled with the current reference, in one GeoPackage.</source>
        <translation>Communes, EPCI, départements et régions avec leurs codes, SIREN, population et contours, réconciliés avec le référentiel en vigueur, dans un seul GeoPackage.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="19" />
        <source>population from which a commune must open its data (default: setting, 3500)</source>
        <translation>population à partir de laquelle une commune doit ouvrir ses données (par défaut : paramètre, 3500)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/import_actors.py" line="16" />
        <source>the registry CSV (comma or semicolon, UTF-8 or Windows-1252)</source>
        <translation>le CSV du registre (virgule ou point-virgule, UTF-8 ou Windows-1252)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="22" />
        <source>INSEE code of a région, e.g. 52</source>
        <translation>code INSEE d'une région, p. ex. 52</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="23" />
        <source>code of a département, e.g. 44 or 2A</source>
        <translation>code d'un département, p. ex. 44 ou 2A</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/indicators.py" line="21" />
        <source>file to write, or - for standard output</source>
        <translation>fichier à écrire, ou - pour la sortie standard</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="71" />
        <source>Registry {source}: {read} rows read, {accepted} accepted, {rejected} rejected</source>
        <translation>Registre {source} : {read} lignes lues, {accepted} acceptées, {rejected} rejetées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="73" />
        <source>  actors inserted: {inserted}, updated: {updated}, unchanged: {unchanged}</source>
        <translation>  acteurs insérés : {inserted}, mis à jour : {updated}, inchangés : {unchanged}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="75" />
        <source>  identified: {parts}</source>
        <translation>  identifiés : {parts}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="89" />
        <source>  unresolved (kept, listed in the actors table with a reason): {n}</source>
        <translation>  non résolus (conservés, listés dans la table des acteurs avec un motif) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="94" />
        <source>    ... and {n} more</source>
        <translation>    ... et {n} autres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="96" />
        <source>  rejected ({count}): {reason}</source>
        <translation>  rejetées ({count}) : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="166" />
        <source>Identifying actors by SIREN</source>
        <translation>Identification des acteurs par SIREN</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="192" />
        <source>Updating engagement on the territory layers</source>
        <translation>Mise à jour de l'engagement sur les couches territoriales</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="259" />
        <source>An actor with SIREN {siren} already exists; edit it instead</source>
        <translation>Un acteur de SIREN {siren} existe déjà ; modifiez-le plutôt</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="349" />
        <source>No actor with SIREN {siren}</source>
        <translation>Aucun acteur de SIREN {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="281" />
        <source>An actor with SIREN {siren} already exists</source>
        <translation>Un acteur de SIREN {siren} existe déjà</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="338" />
        <source>Unknown level {level}; use one of {levels}</source>
        <translation>Niveau inconnu {level} ; utilisez l'un de {levels}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="341" />
        <source>Unknown mapping role {role}</source>
        <translation>Rôle de rattachement inconnu {role}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="346" />
        <source>The store has no {level} with code {code}</source>
        <translation>La base n'a pas de {level} de code {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/indicator_tables.py" line="85" />
        <source>Choose a région or a département, not both</source>
        <translation>Choisissez une région ou un département, pas les deux</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="311" />
        <source>Unknown région code {code}</source>
        <translation>Code de région inconnu : {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="313" />
        <source>Unknown département code {code}</source>
        <translation>Code de département inconnu : {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="326" />
        <source>SIREN {siren} looks like a collectivity ({level}) but matches none in the current reference (merged or renumbered since?){hint}</source>
        <translation>Le SIREN {siren} semble être une collectivité ({level}) mais ne correspond à aucune du référentiel en vigueur (fusionnée ou renumérotée depuis ?){hint}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="178" />
        <source>Refused redirect from {url}: {reason}</source>
        <translation>Redirection refusée depuis {url} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="14" />
        <source>SIREN of the actor</source>
        <translation>SIREN de l'acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="16" />
        <source>accept suggestion number N (1 = best)</source>
        <translation>accepter la suggestion numéro N (1 = la meilleure)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="17" />
        <source>the territory the actor is, e.g. epci:200083392 or region:94</source>
        <translation>le territoire que représente l'acteur, p. ex. epci:200083392 ou region:94</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="20" />
        <source>the territory a partner (syndicate, agency) serves, e.g. departement:44</source>
        <translation>le territoire que dessert un partenaire (syndicat, agence), p. ex. departement:44</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="25" />
        <source>forget the mapping of this actor</source>
        <translation>oublier le rattachement de cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="34" />
        <source>Mapping removed for {siren}</source>
        <translation>Rattachement supprimé pour {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="39" />
        <source>Expected LEVEL:CODE, e.g. epci:200083392</source>
        <translation>LEVEL:CODE attendu, p. ex. epci:200083392</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="51" />
        <source>{siren} is now {category} ({level} {code})</source>
        <translation>{siren} est désormais {category} ({level} {code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="48" />
        <source>No suggestion number {n}</source>
        <translation>Aucune suggestion numéro {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/table_text.py" line="18" />
        <source>Unknown format {fmt}: use json or csv</source>
        <translation>Format inconnu {fmt} : utilisez json ou csv</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="87" />
        <source>  kept from the previous store: {tables}</source>
        <translation>  repris de la base précédente : {tables}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="61" />
        <source>Import a registry of actors…</source>
        <translation>Importer un registre d'acteurs…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="63" />
        <source>Harvest the platforms</source>
        <translation>Moissonner les plateformes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="96" />
        <source>Registry of actors (CSV)</source>
        <translation>Registre des acteurs (CSV)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="101" />
        <source>Importing the registry of actors</source>
        <translation>Import du registre des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="130" />
        <source>Harvesting the actors' platforms</source>
        <translation>Moissonnage des plateformes des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="26" />
        <source>Harvest the actors' platforms</source>
        <translation>Moissonner les plateformes des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="29" />
        <source>Counts the datasets each actor publishes on data.gouv.fr, Opendatasoft, CKAN and other platforms, through QGIS's proxy settings; results are kept as a dated snapshot.</source>
        <translation>Compte les jeux de données que chaque acteur publie sur data.gouv.fr, Opendatasoft, CKAN et d'autres plateformes, via les paramètres de proxy de QGIS ; les résultats sont conservés sous forme d'instantané daté.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="36" />
        <source>Requests at once per host</source>
        <translation>Requêtes simultanées par hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="39" />
        <source>Timeout (seconds)</source>
        <translation>Délai d'expiration (secondes)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="49" />
        <source>Finish the latest unfinished harvest</source>
        <translation>Terminer le dernier moissonnage inachevé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="51" />
        <source>Only results older than (days, 0: all)</source>
        <translation>Seulement les résultats plus anciens que (jours, 0 : tous)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="54" />
        <source>Only these SIREN (comma separated)</source>
        <translation>Seulement ces SIREN (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="20" />
        <source>Import the registry of actors</source>
        <translation>Importer le registre des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="23" />
        <source>Reads a registry CSV (SIREN, name, platform), checks each row, identifies each actor by its SIREN and updates the engagement fields of the territory layers.</source>
        <translation>Lit un CSV de registre (SIREN, nom, plateforme), vérifie chaque ligne, identifie chaque acteur par son SIREN et met à jour les champs d'engagement des couches territoriales.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="28" />
        <source>Registry CSV</source>
        <translation>CSV du registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="29" />
        <source>Population from which a commune must open its data</source>
        <translation>Population à partir de laquelle une commune doit ouvrir ses données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="48" />
        <source>Indicator tables</source>
        <translation>Tableaux d'indicateurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="42" />
        <source>Région code (empty: France)</source>
        <translation>Code région (vide : France)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="43" />
        <source>Département code</source>
        <translation>Code département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="44" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="46" />
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="60" />
        <source>Indicators written: {path}</source>
        <translation>Indicateurs écrits : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="14" />
        <source>scenario name; a scenario saved under that name is loaded first</source>
        <translation>nom du scénario ; un scénario enregistré sous ce nom est chargé d'abord</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="16" />
        <source>communes-above:POP[:region=CODE|departement=CODE], epci-members:SIREN or departement-platform:DEP:HOST[:LEVELS]; repeatable</source>
        <translation>communes-above:POP[:region=CODE|departement=CODE], epci-members:SIREN ou departement-platform:DEP:HOST[:LEVELS] ; répétable</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="19" />
        <source>a collectivity that would publish, LEVEL:CODE (e.g. commune:44109); repeatable</source>
        <translation>une collectivité qui publierait, LEVEL:CODE (p. ex. commune:44109) ; répétable</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="24" />
        <source>SIREN of an EPCI</source>
        <translation>SIREN d'un EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="26" />
        <source>save the scenario in the store under its name</source>
        <translation>enregistrer le scénario dans la base sous son nom</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/comparison.py" line="62" />
        <source>Compare by région or by département</source>
        <translation>Comparer par région ou par département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="133" />
        <source>Engaged actors</source>
        <translation>Acteurs engagés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="134" />
        <source>Engaged collectivities</source>
        <translation>Collectivités engagées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="22" />
        <source>Open data by default scope</source>
        <translation>Périmètre de l'open data par défaut</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="42" />
        <source>Datasets published</source>
        <translation>Jeux de données publiés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="137" />
        <source>Rank among peers</source>
        <translation>Rang parmi les pairs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="153" />
        <source>France: {value}</source>
        <translation>France : {value}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="158" />
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="159" />
        <source>collectivities</source>
        <translation>collectivités</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="159" />
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/saved_scenarios.py" line="42" />
        <source>A scenario needs a name.</source>
        <translation>Un scénario doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/saved_scenarios.py" line="82" />
        <source>No scenario named {name} in the store</source>
        <translation>Aucun scénario nommé {name} dans la base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/saved_scenarios.py" line="86" />
        <source>Scenario {name} is damaged: {error}</source>
        <translation>Le scénario {name} est endommagé : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="55" />
        <source>Malformed rule {rule}: use communes-above:POP[:region=CODE], epci-members:SIREN or departement-platform:DEP:HOST[:LEVELS]</source>
        <translation>Règle mal formée {rule} : utilisez communes-above:POP[:region=CODE], epci-members:SIREN ou departement-platform:DEP:HOST[:LEVELS]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="98" />
        <source>Unknown collectivity level {level}</source>
        <translation>Niveau de collectivité inconnu {level}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="168" />
        <source>Unknown EPCI {siren}</source>
        <translation>EPCI inconnu {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="199" />
        <source>Unknown collectivity {level} {code}</source>
        <translation>Collectivité inconnue {level} {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="295" />
        <source>Malformed mark {mark}: use LEVEL:CODE, e.g. commune:44109</source>
        <translation>Marque mal formée {mark} : utilisez LEVEL:CODE, p. ex. commune:44109</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="11" />
        <source>the store to copy: a .gpkg, postgresql://..., or service=NAME [schema=...]</source>
        <translation>la base à copier : un .gpkg, postgresql://..., ou service=NAME [schema=...]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="13" />
        <source>the store to write (replaced whole)</source>
        <translation>la base à écrire (remplacée en entier)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="30" />
        <source>Error: the copy differs for {tables}</source>
        <translation>Erreur : la copie diffère pour {tables}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="18" />
        <source>france, region:CODE or departement:CODE</source>
        <translation>france, region:CODE ou departement:CODE</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="19" />
        <source>one page per region, departement or epci of the territory</source>
        <translation>une page par region, departement ou epci du territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="21" />
        <source>print (vector, 300 dpi) or light (for e-mail)</source>
        <translation>print (vectoriel, 300 dpi) ou light (pour courriel)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="22" />
        <source>chart by collectivity type (type) or population (size)</source>
        <translation>graphique par type de collectivité (type) ou population (size)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="25" />
        <source>file to write (an atlas in PNG or SVG writes NAME-CODE files)</source>
        <translation>fichier à écrire (un atlas en PNG ou SVG écrit des fichiers NAME-CODE)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/footprints.py" line="11" />
        <source>JSON file of the hosts that form one platform (default: the store's last, else the plugin's)</source>
        <translation>fichier JSON des hôtes formant une même plateforme (par défaut : le dernier de la base, sinon celui de l'extension)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="40" />
        <source>Mutualised platforms: {n}</source>
        <translation>Plateformes mutualisées : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="27" />
        <source>also export the scenario's print layout to this file (.pdf, .png, .svg)</source>
        <translation>exporter aussi la mise en page du scénario dans ce fichier (.pdf, .png, .svg)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="20" />
        <source>Engaged share by type of collectivity</source>
        <translation>Part engagée par type de collectivité</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="26" />
        <source>Engaged share of communes by population</source>
        <translation>Part de communes engagées par population</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="32" />
        <source>3,501 to 20,000 inhabitants</source>
        <translation>3 501 à 20 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="32" />
        <source>20,001 to 50,000 inhabitants</source>
        <translation>20 001 à 50 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="33" />
        <source>50,001 to 100,000 inhabitants</source>
        <translation>50 001 à 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="33" />
        <source>over 100,000 inhabitants</source>
        <translation>plus de 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="79" />
        <source>{path} has schema {found}, which this plugin cannot update: rebuild the store.</source>
        <translation>{path} a le schéma {found}, que cette extension ne sait pas mettre à jour : reconstruisez la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="147" />
        <source>Cannot read the platform groups file {path}: {reason}</source>
        <translation>Impossible de lire le fichier des groupes de plateformes {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="151" />
        <source>The platform groups file {path} is not valid JSON: {reason}</source>
        <translation>Le fichier des groupes de plateformes {path} n'est pas un JSON valide : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="155" />
        <source>The platform groups file {path} must hold an object with a list "groups"</source>
        <translation>Le fichier des groupes de plateformes {path} doit contenir un objet avec une liste « groups »</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="165" />
        <source>Platform group {name} lists no host</source>
        <translation>Le groupe de plateformes {name} ne liste aucun hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="167" />
        <source>Platform group {name}: unknown type {type} (one of {types})</source>
        <translation>Groupe de plateformes {name} : type inconnu {type} (l'un de {types})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="174" />
        <source>Host {host} is in two platform groups: {a} and {b}</source>
        <translation>L'hôte {host} figure dans deux groupes de plateformes : {a} et {b}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="242" />
        <source>Carrier {siren} declared for {host} does not publish on it</source>
        <translation>Le porteur {siren} déclaré pour {host} n'y publie pas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="73" />
        <source>Unknown territory {territory}: use france, region:CODE or departement:CODE</source>
        <translation>Territoire inconnu {territory} : utilisez france, region:CODE ou departement:CODE</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="81" />
        <source>Unknown template {name}: choose {choices}</source>
        <translation>Modèle inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="84" />
        <source>Unknown format {name}: choose {choices}</source>
        <translation>Format inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="87" />
        <source>Unknown preset {name}: choose {choices}</source>
        <translation>Préréglage inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="91" />
        <source>Unknown chart {name}: choose {choices}</source>
        <translation>Graphique inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="98" />
        <source>An atlas by {atlas} cannot be made for {territory}: choose {choices}</source>
        <translation>Un atlas par {atlas} est impossible pour {territory} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/output_paths.py" line="29" />
        <source>Choose an output file.</source>
        <translation>Choisissez un fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/output_paths.py" line="37" />
        <source>Output folder is not writable: {path}</source>
        <translation>Le dossier de sortie n'est pas accessible en écriture : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/output_paths.py" line="32" />
        <source>The output is a folder, not a file: {path}</source>
        <translation>La sortie est un dossier, pas un fichier : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="46" />
        <source>{rank} of {peers}</source>
        <translation>{rank} sur {peers}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="82" />
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_fill.py" line="118" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="63" />
        <source>Observatoire open data des territoires, registry of actors {edition}</source>
        <translation>Observatoire open data des territoires, registre des acteurs {edition}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="65" />
        <source>IGN ADMIN EXPRESS {vintage}</source>
        <translation>IGN ADMIN EXPRESS {vintage}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="68" />
        <source>INSEE COG {vintage}</source>
        <translation>INSEE COG {vintage}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="70" />
        <source>INSEE COG (découpage administratif {version})</source>
        <translation>INSEE COG (découpage administratif {version})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="73" />
        <source>harvest of {date}</source>
        <translation>moissonnage du {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="75" />
        <source>no harvest yet</source>
        <translation>pas encore de moissonnage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="85" />
        <source>Sources: {sources}. {licence}.</source>
        <translation>Sources : {sources}. {licence}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="48" />
        <source>PostgreSQL stores need the psycopg2 module (Debian: python3-psycopg2).</source>
        <translation>Les bases PostgreSQL nécessitent le module psycopg2 (Debian : python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="86" />
        <source>Invalid schema name {name}: letters, digits and _ only</source>
        <translation>Nom de schéma invalide {name} : lettres, chiffres et _ uniquement</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="95" />
        <source>The QGIS authentication configuration {id} can only be read with QGIS started.</source>
        <translation>La configuration d'authentification QGIS {id} ne peut être lue qu'avec QGIS démarré.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="286" />
        <source>Cannot connect to {store}: {reason}</source>
        <translation>Impossible de se connecter à {store} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_schemas.py" line="130" />
        <source>PostGIS is not enabled in this database and could not be: {reason}</source>
        <translation>PostGIS n'est pas activé dans cette base de données et n'a pas pu l'être : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="346" />
        <source>Layouts cover France, a région or a département, not an EPCI</source>
        <translation>Les mises en page couvrent la France, une région ou un département, pas un EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="353" />
        <source>Scenario {name}: </source>
        <translation>Scénario {name} : </translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/store_tables.py" line="94" />
        <source>Cannot read the definition of a table: {sql}</source>
        <translation>Impossible de lire la définition d'une table : {sql}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="204" />
        <source>Writing the store into PostgreSQL</source>
        <translation>Écriture de la base dans PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="379" />
        <source>Platform groups file not found: {path}</source>
        <translation>Fichier des groupes de plateformes introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/qgis_footprints.py" line="47" />
        <source>The store has no actors yet: import a registry first.</source>
        <translation>La base n'a pas encore d'acteurs : importez d'abord un registre.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="67" />
        <source>Communes (small scales)</source>
        <translation>Communes (petites échelles)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="68" />
        <source>Open data actors</source>
        <translation>Acteurs de l'open data</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="27" />
        <source>Mutualised platforms</source>
        <translation>Plateformes mutualisées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="83" />
        <source>Preparing the layout</source>
        <translation>Préparation de la mise en page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_page_map.py" line="233" />
        <source>Neighbouring territories</source>
        <translation>Territoires voisins</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="179" />
        <source>Observatory – {title}</source>
        <translation>Observatoire – {title}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="178" />
        <source>atlas by {level}</source>
        <translation>atlas par {level}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/levels.py" line="25" />
        <source>région</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/levels.py" line="23" />
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_atlas.py" line="43" />
        <source>Unknown {level} code {code}</source>
        <translation>Code de {level} inconnu : {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/territory_selector.py" line="16" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_atlas.py" line="50" />
        <source>No territory to put in the atlas for {territory}</source>
        <translation>Aucun territoire à mettre dans l'atlas pour {territory}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_template.py" line="26" />
        <source>Layout template missing or unreadable: {path}</source>
        <translation>Modèle de mise en page absent ou illisible : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_template.py" line="34" />
        <source>The layout template has no item {item}</source>
        <translation>Le modèle de mise en page n'a pas d'élément {item}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_export.py" line="153" />
        <source>The layout could not be exported ({reason})</source>
        <translation>La mise en page n'a pas pu être exportée ({reason})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="196" />
        <source>Layout written: {path}</source>
        <translation>Mise en page écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="29" />
        <source>Observatoire open data: territories and actors</source>
        <translation>Observatoire open data : territoires et acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="35" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="35" />
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="34" />
        <source>Actors on the map: {n} ({missing} without a territory are not drawn)</source>
        <translation>Acteurs sur la carte : {n} ({missing} sans territoire ne sont pas dessinés)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="56" />
        <source>Counting actors per département and région</source>
        <translation>Décompte des acteurs par département et région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="63" />
        <source>Generalising communes for small scales</source>
        <translation>Généralisation des communes pour les petites échelles</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="66" />
        <source>Placing the actors</source>
        <translation>Placement des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="15" />
        <source>Mutualisation footprints</source>
        <translation>Emprises de mutualisation</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="146" />
        <source>Refreshing the maps</source>
        <translation>Actualisation des cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_pg_auth.py" line="17" />
        <source>No QGIS authentication configuration {id} (or the master password was not given)</source>
        <translation>Aucune configuration d'authentification QGIS {id} (ou le mot de passe principal n'a pas été saisi)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="53" />
        <source>Layer {name} not found in {store}: refresh the maps first</source>
        <translation>Couche {name} introuvable dans {store} : actualisez d'abord les cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/qgis_scenario_style.py" line="35" />
        <source>What-if scenario: changed territories</source>
        <translation>Scénario : territoires modifiés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/qgis_scenario_style.py" line="157" />
        <source>Change between two harvests</source>
        <translation>Évolution entre deux moissonnages</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="36" />
        <source>Copied {source} -&gt; {target}</source>
        <translation>Copié {source} -&gt; {target}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="39" />
        <source>MISMATCH</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="41" />
        <source>Count check: {n} tables, {bad} mismatched</source>
        <translation>Contrôle des décomptes : {n} tables, {bad} en écart</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="62" />
        <source>Source and target are the same store</source>
        <translation>La source et la cible sont la même base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="63" />
        <source>Copying the store</source>
        <translation>Copie de la base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="224" />
        <source>Cannot read the store's layers: {reason}</source>
        <translation>Impossible de lire les couches de la base : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="237" />
        <source>Cannot copy the store's layers: {reason}</source>
        <translation>Impossible de copier les couches de la base : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="214" />
        <source>Style {style} is not available on layer {layer}</source>
        <translation>Le style {style} n'est pas disponible sur la couche {layer}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="218" />
        <source>Unknown style: {style}</source>
        <translation>Style inconnu : {style}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="229" />
        <source>Style {style} of layer {layer} has no classes to change</source>
        <translation>Le style {style} de la couche {layer} n'a pas de classes à modifier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="247" />
        <source>Unknown classification method: {method}</source>
        <translation>Méthode de classification inconnue : {method}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/qgis_tasks.py" line="71" />
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="34" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="142" />
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="147" />
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="34" />
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="169" />
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="35" />
        <source>Last harvest</source>
        <translation>Dernier moissonnage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="48" />
        <source>not harvested</source>
        <translation>non moissonné</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="146" />
        <source>Search actors by name, SIREN or platform</source>
        <translation>Rechercher des acteurs par nom, SIREN ou plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="111" />
        <source>Export a layout</source>
        <translation>Exporter une mise en page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="135" />
        <source>Also add the layout to the project's layout manager</source>
        <translation>Ajouter aussi la mise en page au gestionnaire de mises en page du projet</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="40" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="44" />
        <source>Atlas: one page per</source>
        <translation>Atlas : une page par</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="47" />
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="275" />
        <source>No store loaded</source>
        <translation>Aucune base chargée</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="39" />
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="39" />
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="174" />
        <source>What-if scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="61" />
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="85" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="106" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="106" />
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="106" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="200" />
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="509" />
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="511" />
        <source>Harvest {run} ({date})</source>
        <translation>Moissonnage {run} ({date})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="327" />
        <source>Open or build a store first.</source>
        <translation>Ouvrez ou construisez d'abord une base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="269" />
        <source>Loading the observatory panel</source>
        <translation>Chargement du panneau de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/territory_selector.py" line="77" />
        <source>Unknown territory {code}</source>
        <translation>Territoire inconnu {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="285" />
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="111" />
        <source>Export the scenario's layout</source>
        <translation>Exporter la mise en page du scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="65" />
        <source>Export a layout…</source>
        <translation>Exporter une mise en page…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="55" />
        <source>Observatory panel</source>
        <translation>Panneau de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="16" />
        <source>Copy the store (GeoPackage / PostGIS)</source>
        <translation>Copier la base (GeoPackage / PostGIS)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="19" />
        <source>Copies every layer and table of a store into another store, which it replaces, then compares the row counts of each table. A store is a .gpkg path or a PostgreSQL location: postgresql://host/db?schema=odt, service=NAME schema=odt, with authcfg=ID for a QGIS authentication configuration.</source>
        <translation>Copie chaque couche et table d'une base dans une autre base, qu'elle remplace, puis compare le nombre de lignes de chaque table. Une base est un chemin .gpkg ou un emplacement PostgreSQL : postgresql://host/db?schema=odt, service=NAME schema=odt, avec authcfg=ID pour une configuration d'authentification QGIS.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="25" />
        <source>Store to copy</source>
        <translation>Base à copier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="26" />
        <source>Store to write</source>
        <translation>Base à écrire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="30" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="39" />
        <source>The copy differs for {tables}</source>
        <translation>La copie diffère pour {tables}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="25" />
        <source>Export a council layout</source>
        <translation>Exporter une mise en page pour les élus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="42" />
        <source>Territory (france, region:CODE or departement:CODE)</source>
        <translation>Territoire (france, region:CODE ou departement:CODE)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="24" />
        <source>Platform groups (JSON)</source>
        <translation>Groupes de plateformes (JSON)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="101" />
        <source>Open a PostgreSQL store</source>
        <translation>Ouvrir une base PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="59" />
        <source>Open a PostgreSQL store…</source>
        <translation>Ouvrir une base PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/base.py" line="22" />
        <source>Store (GeoPackage file or PostgreSQL location)</source>
        <translation>Base (fichier GeoPackage ou emplacement PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/arguments.py" line="10" />
        <source>the store: a .gpkg file, or a PostgreSQL location (postgresql://user@host/db?schema=odt, service=NAME, authcfg=ID)</source>
        <translation>la base : un fichier .gpkg, ou un emplacement PostgreSQL (postgresql://user@host/db?schema=odt, service=NAME, authcfg=ID)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="7" />
        <source>Build the territory store (communes, EPCI, départements, régions) into a GeoPackage.</source>
        <translation>Construire la base territoriale (communes, EPCI, départements, régions) dans un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="26" />
        <source>the store to write: a .gpkg file or a PostgreSQL location</source>
        <translation>la base à écrire : un fichier .gpkg ou un emplacement PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/check_sources.py" line="6" />
        <source>Tell which endpoints of the endpoints configuration answer.</source>
        <translation>Indiquer quels points d'accès de la configuration des points d'accès répondent.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="7" />
        <source>Copy a store (GeoPackage or PostgreSQL) into another one, replacing it, and check the row counts.</source>
        <translation>Copier une base (GeoPackage ou PostgreSQL) dans une autre, en la remplaçant, et vérifier le nombre de lignes.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="9" />
        <source>Export a council layout of France, a région or a département (one page or an atlas) as PDF, PNG or SVG.</source>
        <translation>Exporter une mise en page pour les élus de la France, d'une région ou d'un département (une page ou un atlas) en PDF, PNG ou SVG.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/footprints.py" line="6" />
        <source>Find the mutualised platforms, type them and write their footprints into the store.</source>
        <translation>Trouver les plateformes mutualisées, les typer et écrire leurs emprises dans la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="8" />
        <source>Harvest the actors' open data platforms: datasets per actor and platform, into the store.</source>
        <translation>Moissonner les plateformes open data des acteurs : jeux de données par acteur et plateforme, dans la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/import_actors.py" line="7" />
        <source>Import a registry of open data actors (CSV) into the store; same SIREN updates, new SIREN inserts.</source>
        <translation>Importer un registre d'acteurs de l'open data (CSV) dans la base ; un SIREN connu met à jour, un nouveau SIREN ajoute.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/indicators.py" line="7" />
        <source>Compute the observatory's indicator tables for France, a région or a département.</source>
        <translation>Calculer les tableaux d'indicateurs de l'observatoire pour la France, une région ou un département.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="9" />
        <source>Show suggestions for an unresolved actor, accept one, or map the actor to a territory by hand.</source>
        <translation>Afficher les suggestions pour un acteur non résolu, en accepter une, ou rattacher l'acteur à un territoire à la main.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="9" />
        <source>Recompute a territory's key figures under a what-if scenario, without changing observed data.</source>
        <translation>Recalculer les chiffres clés d'un territoire selon un scénario, sans modifier les données observées.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="7" />
        <source>Add, edit or remove one actor by hand (same checks as an import).</source>
        <translation>Ajouter, modifier ou retirer un acteur à la main (mêmes contrôles qu'un import).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="14" />
        <source>name of the actor</source>
        <translation>nom de l'acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="15" />
        <source>a corrected SIREN (edit only)</source>
        <translation>un SIREN corrigé (modification seulement)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="16" />
        <source>address of its open data platform</source>
        <translation>adresse de sa plateforme open data</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="17" />
        <source>its data.gouv.fr organisation id</source>
        <translation>identifiant de son organisation sur data.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="18" />
        <source>platform technology, e.g. OpenDataSoft</source>
        <translation>technologie de la plateforme, par ex. OpenDataSoft</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_observations.py" line="82" />
        <source>Actor added: {siren} {name} ({category})</source>
        <translation>Acteur ajouté : {siren} {name} ({category})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_observations.py" line="85" />
        <source>Actor updated: {siren} {name} ({category})</source>
        <translation>Acteur modifié : {siren} {name} ({category})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_observations.py" line="88" />
        <source>Actor removed: {siren}</source>
        <translation>Acteur retiré : {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/levels.py" line="21" />
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/candidates.py" line="7" />
        <source>List the data.gouv.fr organisations of collectivities not in the registry (found by `harvest --datagouv-catalog`), or accept one as an actor.</source>
        <translation>Liste les organisations data.gouv.fr de collectivités absentes du registre (trouvées par `harvest --datagouv-catalog`), ou en accepte une comme acteur.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/candidates.py" line="13" />
        <source>add this candidate to the registry, publishing on data.gouv.fr</source>
        <translation>ajoute ce candidat au registre, publiant sur data.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/candidates.py" line="34" />
        <source>{n} data.gouv.fr organisations of collectivities are not in the registry.</source>
        <translation>{n} organisations data.gouv.fr de collectivités ne sont pas dans le registre.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/candidates.py" line="36" />
        <source>Accept one with: candidates --store STORE --accept SIREN</source>
        <translation>Pour en accepter une : candidates --store BASE --accept SIREN</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="7" />
        <source>Evolution of France, a région, a département or an EPCI across the registry's editions and the complete harvests: figures, changes, who joined and who left; JSON, CSV or a council page (PDF).</source>
        <translation>Évolution de la France, d'une région, d'un département ou d'un EPCI d'une édition du registre et d'un moissonnage complet à l'autre : chiffres, écarts, arrivées et départs ; en JSON, en CSV ou en page pour le conseil (PDF).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="17" />
        <source>json or csv (the figures), pdf (the council page, --out required)</source>
        <translation>json ou csv (les chiffres), pdf (la page du conseil, --out obligatoire)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="21" />
        <source>file to write, or - for standard output (json, csv)</source>
        <translation>fichier à écrire, ou - pour la sortie standard (json, csv)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="32" />
        <source>The threshold must be zero or more</source>
        <translation>Le seuil doit être positif ou nul</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="36" />
        <source>The council page needs a file: --out FILE.pdf</source>
        <translation>La page du conseil demande un fichier : --out FICHIER.pdf</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/evolution.py" line="40" />
        <source>Evolution page written: {path}</source>
        <translation>Page d'évolution écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="23" />
        <source>measure of the map: {choices} (default: the first)</source>
        <translation>mesure de la carte : {choices} (par défaut : la première)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="33" />
        <source>count data.gouv.fr from its catalogue exports (a folder holding export-organization-*.csv and export-dataset-*.csv, or the catalogue's API address) instead of one API call per organisation</source>
        <translation>compte data.gouv.fr d'après les exports de son catalogue (un dossier contenant export-organization-*.csv et export-dataset-*.csv, ou l'adresse API du catalogue) au lieu d'un appel à l'API par organisation</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="47" />
        <source>write per actor and platform the host, filter, count and status, with each portal's total</source>
        <translation>écrit, par acteur et plateforme, l'hôte, le filtre, le nombre et le statut, avec le total de chaque portail</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="50" />
        <source>write the --report of the results already in the store, without harvesting</source>
        <translation>écrit le rapport --report des résultats déjà dans la base, sans moissonner</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="66" />
        <source>--report-only needs --report FILE.csv</source>
        <translation>--report-only demande --report FICHIER.csv</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="112" />
        <source>Report: {n} rows in {path}</source>
        <translation>Rapport : {n} lignes dans {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/import_actors.py" line="13" />
        <source>keep the file as the registry's edition of DATE (YYYY-MM-DD); the latest edition is the current registry</source>
        <translation>garder le fichier comme l'édition du registre de DATE (AAAA-MM-JJ) ; l'édition la plus récente est le registre courant</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/indicators.py" line="15" />
        <source>json, or csv for scripts (one table column, English machine values)</source>
        <translation>json, ou csv pour les scripts (une colonne table, valeurs machine en anglais)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/indicators.py" line="17" />
        <source>a CSV for spreadsheets instead: one section per table, headers in words; in French semicolons, decimal commas and a byte order mark</source>
        <translation>un CSV pour tableur à la place : une section par tableau, des en-têtes en toutes lettres ; en français, points-virgules, virgule décimale et marque d'ordre des octets</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="7" />
        <source>A quick PNG map (France, or one région or département) with title, legend, scale and sources.</source>
        <translation>Une carte PNG rapide (France, ou une région ou un département) avec titre, légende, échelle et sources.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="12" />
        <source>layer to draw (repeatable; default: regions)</source>
        <translation>couche à dessiner (répétable ; par défaut : regions)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="17" />
        <source>measure of the coloured layer: {choices} (default: the first)</source>
        <translation>mesure de la couche colorée : {choices} (par défaut : la première)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="29" />
        <source>measure of the layout's map (default: the first)</source>
        <translation>mesure de la carte de la mise en page (par défaut : la première)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/alerts.py" line="63" />
        <source>{siren} {name}: datasets {before} → 0 (runs {run_before} → {run_after})</source>
        <translation>{siren} {name} : jeux de données {before} → 0 (moissonnages {run_before} → {run_after})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/alerts.py" line="66" />
        <source>{siren} {name}: {platform} has not answered on the last two complete runs ({status})</source>
        <translation>{siren} {name} : {platform} n'a pas répondu aux deux derniers moissonnages complets ({status})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/alerts.py" line="74" />
        <source>To check before publishing, actors whose count fell to zero or whose platform stopped answering: {n}</source>
        <translation>À vérifier avant de publier, acteurs dont le compte est tombé à zéro ou dont la plateforme ne répond plus : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/editions.py" line="59" />
        <source>Registry edition of {date}: {accepted} actors kept, {rejected} rows rejected ({source}).</source>
        <translation>Édition du registre du {date} : {accepted} acteurs gardés, {rejected} lignes rejetées ({source}).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/editions.py" line="62" />
        <source>  Older than the edition of {latest}: kept for the evolution only; the current registry is unchanged.</source>
        <translation>  Plus ancienne que l'édition du {latest} : gardée pour l'évolution seulement ; le registre courant ne change pas.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/editions.py" line="65" />
        <source>  This edition is the latest: it is the current registry.</source>
        <translation>  Cette édition est la plus récente : elle est le registre courant.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/editions.py" line="68" />
        <source>  Actors of the current registry absent from this edition, removed from it (actors added by hand stay): {n}</source>
        <translation>  Acteurs du registre courant absents de cette édition, retirés du registre (ceux ajoutés à la main restent) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/editions.py" line="81" />
        <source>An edition is a date written YYYY-MM-DD, such as 2022-12-31, not {text!r}</source>
        <translation>Une édition est une date écrite AAAA-MM-JJ, par exemple 2022-12-31, pas {text!r}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/editions.py" line="84" />
        <source>The edition date {date} is in the future</source>
        <translation>La date d'édition {date} est dans le futur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="43" />
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="30" />
        <source>harvests</source>
        <translation>moissonnages</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="34" />
        <source>{name}, {kind}</source>
        <translation>{name}, {kind}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="43" />
        <source>solid: registry editions (actors listed)</source>
        <translation>trait plein : éditions du registre (acteurs recensés)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="45" />
        <source>dotted: complete harvests (at least one dataset found)</source>
        <translation>pointillés : moissonnages complets (au moins un jeu de données trouvé)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="56" />
        <source>France, computed</source>
        <translation>France, calculé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="60" />
        <source>Engaged collectivities, France</source>
        <translation>Collectivités engagées, France</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="65" />
        <source>Share of collectivities engaged</source>
        <translation>Part des collectivités engagées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="79" />
        <source>Inhabitants of the communes whose commune or EPCI is engaged</source>
        <translation>Habitants des communes dont la commune ou l'EPCI est engagé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_charts.py" line="80" />
        <source>Share of the population covered</source>
        <translation>Part de la population couverte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_tables.py" line="29" />
        <source>Unknown EPCI {code}</source>
        <translation>EPCI inconnu {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_tables.py" line="34" />
        <source>Unknown département {code}</source>
        <translation>Département inconnu {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_tables.py" line="39" />
        <source>Unknown région {code}</source>
        <translation>Région inconnue {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_tables.py" line="77" />
        <source>registry edition of {date}</source>
        <translation>édition du registre du {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_tables.py" line="78" />
        <source>harvest run {run} of {date}</source>
        <translation>moissonnage {run} du {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="43" />
        <source>harvest {run}</source>
        <translation>moissonnage {run}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="47" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="47" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="47" />
        <source>of which communes · EPCI · dép. · rég.</source>
        <translation>dont communes · EPCI · dép. · rég.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="171" />
        <source>Population covered</source>
        <translation>Population couverte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="58" />
        <source>[{n} unknown]</source>
        <translation>[{n} inconnues]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="83" />
        <source>no dataset found</source>
        <translation>aucun jeu de données trouvé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="83" />
        <source>no longer listed</source>
        <translation>plus dans le registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="91" />
        <source>registry editions: {dates}</source>
        <translation>éditions du registre : {dates}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="92" />
        <source>no registry edition</source>
        <translation>aucune édition du registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="94" />
        <source>complete harvests: {runs}</source>
        <translation>moissonnages complets : {runs}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="94" />
        <source>{run} ({date})</source>
        <translation>{run} ({date})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="97" />
        <source>no complete harvest</source>
        <translation>aucun moissonnage complet</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="99" />
        <source>Data: {parts}.</source>
        <translation>Données : {parts}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="104" />
        <source>Reference series, engaged collectivities at constant perimeter: {points}. Figures of the report, not recomputed by the plugin.</source>
        <translation>Série de référence, collectivités engagées à périmètre constant : {points}. Chiffres du rapport, non recalculés par le plugin.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="110" />
        <source>Observatoire open data des territoires, registry of actors</source>
        <translation>Observatoire open data des territoires, registre des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="113" />
        <source>INSEE COG (current territories, constant perimeter)</source>
        <translation>COG INSEE (territoires actuels, périmètre constant)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="115" />
        <source>harvests of the actors' platforms</source>
        <translation>moissonnages des plateformes des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="152" />
        <source>A second edition or a complete harvest will show who joined and who left.</source>
        <translation>Une deuxième édition ou un moissonnage complet montrera qui a rejoint et qui est parti.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="154" />
        <source>At the latest point ({source}, {date}), compared with the earlier ones.</source>
        <translation>Au dernier point ({source}, {date}), comparé aux précédents.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="158" />
        <source>Open data over time: {name}</source>
        <translation>L'open data dans le temps : {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="160" />
        <source>Engaged collectivities at constant perimeter, situation at {date}</source>
        <translation>Collectivités engagées à périmètre constant, situation au {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="160" />
        <source>No edition and no complete harvest yet</source>
        <translation>Aucune édition ni aucun moissonnage complet pour l'instant</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/evolution_texts.py" line="174" />
        <source>Open data by default scope: communes of {n} inhabitants or more, every EPCI, département and région.</source>
        <translation>Périmètre open data par défaut : communes de {n} habitants et plus, tous les EPCI, départements et régions.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/history.py" line="111" />
        <source>The store has no territories: build it first (build-store).</source>
        <translation>La base n'a pas de territoires : construisez-la d'abord (build-store).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="67" />
        <source>The evolution page is a PDF: name the file .pdf</source>
        <translation>La page d'évolution est un PDF : nommez le fichier .pdf</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="68" />
        <source>Computing the evolution</source>
        <translation>Calcul de l'évolution</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="167" />
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="168" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="173" />
        <source>Joined and left</source>
        <translation>Arrivées et départs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="179" />
        <source>Joined ({n})</source>
        <translation>Ont rejoint ({n})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="180" />
        <source>Left ({n})</source>
        <translation>Sont partis ({n})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="194" />
        <source>Points of the evolution (change from the previous point of the same kind)</source>
        <translation>Points de l'évolution (écart au point précédent du même genre)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="196" />
        <source>the {n} latest; all of them in the CSV</source>
        <translation>les {n} derniers ; tous dans le CSV</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/qgis_evolution_page.py" line="214" />
        <source>No point yet</source>
        <translation>Aucun point pour l'instant</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/reference_series.py" line="12" />
        <source>Observatory report 2018 (reference, at constant perimeter)</source>
        <translation>Rapport 2018 de l'observatoire (référence, à périmètre constant)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/evolution/reference_series.py" line="13" />
        <source>Observatoire open data des territoires, rapport 2018</source>
        <translation>Observatoire open data des territoires, rapport 2018</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="182" />
        <source>The platform groups file {path}: "infrastructures" must be a list of hosts</source>
        <translation>Fichier des groupes de plateformes {path} : « infrastructures » doit être une liste d'hôtes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/attribution.py" line="170" />
        <source>{n} actors of {host} share the filter {filter}</source>
        <translation>{n} acteurs de {host} partagent le filtre {filter}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/attribution.py" line="207" />
        <source>{host} is shared and its URL names no publisher; {n} of the portal's publishers match its name{names}</source>
        <translation>{host} est partagé et son URL ne nomme aucun producteur ; {n} producteurs du portail correspondent à son nom{names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/attribution.py" line="211" />
        <source>{value} is already the filter of actor {siren}</source>
        <translation>{value} est déjà le filtre de l'acteur {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/attribution.py" line="219" />
        <source>{n} actors of {host} match the publisher {value}</source>
        <translation>{n} acteurs de {host} correspondent au producteur {value}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="97" />
        <source>Organisation {id} is not in the data.gouv.fr catalogue export</source>
        <translation>L'organisation {id} n'est pas dans l'export du catalogue data.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/catalog_csv.py" line="32" />
        <source>The catalogue export {name} is empty</source>
        <translation>L'export du catalogue {name} est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/catalog_csv.py" line="39" />
        <source>The catalogue export {name} lacks the columns {columns}</source>
        <translation>Il manque à l'export du catalogue {name} les colonnes {columns}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/catalog_csv.py" line="75" />
        <source>The catalogue export {name} is not valid CSV: {error}</source>
        <translation>L'export du catalogue {name} n'est pas un CSV valide : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="221" />
        <source>No export-{kind}-*.csv in {folder}</source>
        <translation>Aucun export-{kind}-*.csv dans {folder}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="240" />
        <source>{path} is neither a folder nor an export-dataset or export-organization file</source>
        <translation>{path} n'est ni un dossier ni un fichier export-dataset ou export-organization</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="257" />
        <source>Give the catalogue dataset's API address, or a folder holding both exports</source>
        <translation>Indiquez l'adresse API du jeu de données du catalogue, ou un dossier contenant les deux exports</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="269" />
        <source>No export-organization and export-dataset resources at {url}</source>
        <translation>Pas de ressources export-organization et export-dataset à {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="318" />
        <source>The catalogue exports are not UTF-8 text</source>
        <translation>Les exports du catalogue ne sont pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="320" />
        <source>The catalogue exports are not valid CSV: {error}</source>
        <translation>Les exports du catalogue ne sont pas des CSV valides : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="339" />
        <source>No data.gouv.fr candidate with SIREN {siren}: run `harvest --datagouv-catalog` first, then choose one of `candidates`</source>
        <translation>Aucun candidat data.gouv.fr de SIREN {siren} : lancez d'abord `harvest --datagouv-catalog`, puis choisissez-en un dans `candidates`</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="385" />
        <source>The filter {filter} selects no dataset on {host}</source>
        <translation>Le filtre {filter} ne sélectionne aucun jeu de données sur {host}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="500" />
        <source>{host}: the {n} actors' filters select {credited} datasets, more than the portal's {total}</source>
        <translation>{host} : les filtres des {n} acteurs sélectionnent {credited} jeux de données, plus que les {total} du portail</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="577" />
        <source>Reading the data.gouv.fr catalogue</source>
        <translation>Lecture du catalogue de data.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/datagouv.py" line="69" />
        <source>No organisation id in the answer of {url}</source>
        <translation>Pas d'identifiant d'organisation dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/comparison.py" line="42" />
        <source>No complete harvest run {run}</source>
        <translation>Pas de moissonnage complet numéro {run}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/indicator_files.py" line="37" />
        <source>Unknown format {fmt}: use json, csv or excel</source>
        <translation>Format inconnu {fmt} : utilisez json, csv ou excel</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="24" />
        <source>Actors by category</source>
        <translation>Acteurs par catégorie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="25" />
        <source>Actors by région</source>
        <translation>Acteurs par région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="26" />
        <source>Collectivities publishing, by type</source>
        <translation>Collectivités qui publient, par type</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="27" />
        <source>Communes publishing, by population</source>
        <translation>Communes qui publient, par population</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="28" />
        <source>Collectivities within the open data obligation that publish</source>
        <translation>Collectivités soumises à l'obligation qui publient</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="29" />
        <source>Actors by number of datasets published</source>
        <translation>Acteurs par nombre de jeux de données publiés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="23" />
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="48" />
        <source>{low} inhabitants or more</source>
        <translation>{low} habitants ou plus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="49" />
        <source>{low} to {high} inhabitants</source>
        <translation>{low} à {high} habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="54" />
        <source>{low} or more</source>
        <translation>{low} ou plus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="56" />
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="86" />
        <source>Nothing to count</source>
        <translation>Rien à compter</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="141" />
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_page_map.py" line="240" />
        <source>Actors publishing</source>
        <translation>Acteurs qui publient</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="147" />
        <source>Actors in the registry</source>
        <translation>Acteurs du registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="171" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="147" />
        <source>Not located</source>
        <translation>Non localisés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="153" />
        <source>Type of collectivity</source>
        <translation>Type de collectivité</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="157" />
        <source>Publishing</source>
        <translation>Qui publient</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="157" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="157" />
        <source>Population of the commune</source>
        <translation>Population de la commune</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="166" />
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="161" />
        <source>No harvest yet: datasets are not counted</source>
        <translation>Pas encore de moissonnage : les jeux de données ne sont pas comptés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="166" />
        <source>national</source>
        <translation>nationale</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="166" />
        <source>territorial</source>
        <translation>territoriale</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="167" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="171" />
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="171" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="31" />
        <source>up to 3,500 inhabitants</source>
        <translation>jusqu'à 3 500 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="105" />
        <source>Unknown measure {name}: choose {choices}</source>
        <translation>Mesure inconnue {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="42" />
        <source>registry {edition}, harvest of {date}</source>
        <translation>registre {edition}, moissonnage du {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="44" />
        <source>registry {edition}</source>
        <translation>registre {edition}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="50" />
        <source>Data: the observatory's registry of actors {edition}; datasets harvested on {date}</source>
        <translation>Données : registre des acteurs de l'observatoire {edition} ; jeux de données moissonnés le {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="52" />
        <source>Data: the observatory's registry of actors {edition} (no harvest yet)</source>
        <translation>Données : registre des acteurs de l'observatoire {edition} (pas encore de moissonnage)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="57" />
        <source>Edition of {date}, QGIS plugin of the Observatoire open data des territoires</source>
        <translation>Édition du {date}, plugin QGIS de l'Observatoire open data des territoires</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="79" />
        <source>{n} communes without a boundary in the boundary vintage, counted but not drawn</source>
        <translation>{n} communes sans contour dans le millésime des contours, comptées mais non dessinées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="82" />
        <source>{n} overseas actors (COM) counted in the tables, outside the maps</source>
        <translation>{n} acteurs d'outre-mer (COM) comptés dans les tableaux, hors cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="84" />
        <source>Notes: {notes}.</source>
        <translation>Notes : {notes}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="40" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="40" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="41" />
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="43" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="44" />
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="44" />
        <source>Carrier</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="45" />
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="46" />
        <source>Collectivity</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="47" />
        <source>Collectivities publishing</source>
        <translation>Collectivités qui publient</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="193" />
        <source>No actor publishes open data here yet</source>
        <translation>Aucun acteur ne publie encore de données ouvertes ici</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="203" />
        <source>No collectivity of this territory changes under the scenario</source>
        <translation>Aucune collectivité de ce territoire ne change avec le scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="222" />
        <source>No mutualised platform in this territory</source>
        <translation>Aucune plateforme mutualisée dans ce territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_fill.py" line="115" />
        <source>Today and under the scenario</source>
        <translation>Aujourd'hui et avec le scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_fill.py" line="129" />
        <source>Collectivities that would publish ({n})</source>
        <translation>Collectivités qui publieraient ({n})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_fill.py" line="137" />
        <source>Actors publishing open data ({n})</source>
        <translation>Acteurs qui publient des données ouvertes ({n})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_fill.py" line="150" />
        <source>Mutualised platforms ({n})</source>
        <translation>Plateformes mutualisées ({n})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="155" />
        <source>Mutualised platforms by type</source>
        <translation>Plateformes mutualisées par type</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_page_map.py" line="286" />
        <source>Carrier of the platform</source>
        <translation>Porteur de la plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_legend.py" line="109" />
        <source>Changes under the scenario</source>
        <translation>Territoire qui change avec le scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_page_map.py" line="153" />
        <source>The store's maps are not up to date: refresh them (in QGIS: Refresh maps; on the command line: import-actors or harvest)</source>
        <translation>Les cartes de la base ne sont pas à jour : rafraîchissez-les (dans QGIS : Rafraîchir les cartes ; en ligne de commande : import-actors ou harvest)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_page_map.py" line="258" />
        <source>Changed in the scenario</source>
        <translation>Modifié par le scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="37" />
        <source>  of which overseas (COM, outside the maps; counted in the tables' "outre-mer (COM)" row): {n}</source>
        <translation>  dont outre-mer (COM, hors cartes ; comptés dans la ligne « outre-mer (COM) » des tableaux) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="34" />
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="51" />
        <source>unknown ({status})</source>
        <translation>inconnu ({status})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="37" />
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="46" />
        <source>Open this box to read the store's editions and harvests.</source>
        <translation>Ouvrez cette boîte pour lire les éditions et moissonnages de la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="95" />
        <source>Reading the editions and harvests…</source>
        <translation>Lecture des éditions et des moissonnages…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="96" />
        <source>Reading the observatory's history</source>
        <translation>Lecture de l'historique de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="134" />
        <source>Joined ({n}): {names}</source>
        <translation>Ont rejoint ({n}) : {names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="136" />
        <source>Left ({n}): {names}</source>
        <translation>Sont partis ({n}) : {names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/evolution_view.py" line="139" />
        <source>To check before publishing:</source>
        <translation>À vérifier avant de publier :</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="73" />
        <source>Datasets: no complete harvest yet (registry only).</source>
        <translation>Jeux de données : aucun moissonnage complet pour l'instant (registre seul).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="74" />
        <source>Datasets: harvest {run} of {date} (the last complete one).</source>
        <translation>Jeux de données : moissonnage {run} du {date} (le dernier complet).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/evolution.py" line="23" />
        <source>Evolution over time</source>
        <translation>Évolution dans le temps</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/evolution.py" line="26" />
        <source>Engaged collectivities by type, the open data by default scope, the population covered and the datasets at each edition of the registry and each complete harvest, with the changes, who joined and who left; as JSON, CSV or a council page (PDF). Leave the codes empty for France.</source>
        <translation>Collectivités engagées par type, périmètre open data par défaut, population couverte et jeux de données à chaque édition du registre et à chaque moissonnage complet, avec les écarts, les arrivées et les départs ; en JSON, en CSV ou en page pour le conseil (PDF). Laisser les codes vides pour la France.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/evolution.py" line="34" />
        <source>EPCI SIREN</source>
        <translation>SIREN de l'EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/evolution.py" line="51" />
        <source>Give one territory: a région, a département or an EPCI</source>
        <translation>Donnez un seul territoire : une région, un département ou un EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/evolution.py" line="61" />
        <source>Evolution written: {path}</source>
        <translation>Évolution écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="28" />
        <source>A4 or A3 page of France (with the overseas regions as insets), a région or a département, or an atlas with one page per région, département or EPCI: map coloured by the measure, names, actors, legend of the classes present, key figures beside France with the rank, actors, sources; or the page of the mutualised platforms.</source>
        <translation>Page A4 ou A3 de la France (avec les régions d'outre-mer en encarts), d'une région ou d'un département, ou atlas d'une page par région, département ou EPCI : carte colorée selon la mesure, noms, acteurs, légende des classes présentes, chiffres clés à côté de la France avec le rang, acteurs, sources ; ou la page des plateformes mutualisées.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="49" />
        <source>Measure of the map</source>
        <translation>Mesure de la carte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="56" />
        <source>data.gouv.fr catalogue exports (folder or address; empty: one API call per organisation)</source>
        <translation>Exports du catalogue data.gouv.fr (dossier ou adresse ; vide : un appel à l'API par organisation)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="64" />
        <source>Harvest report (CSV: filter, count and status per actor, totals per portal)</source>
        <translation>Rapport de moissonnage (CSV : filtre, nombre et statut par acteur, totaux par portail)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="32" />
        <source>Keep as the registry's edition of (YYYY-MM-DD; empty: a plain import)</source>
        <translation>Garder comme l'édition du registre du (AAAA-MM-JJ ; vide : import simple)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="77" />
        <source>  successors of old SIRENs (collectivities found by a rule): {n}</source>
        <translation>  successeurs d'anciens SIREN (collectivités trouvées par une règle) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="84" />
        <source>  overseas collectivities and bodies (COM, counted apart, not mapped): {n}</source>
        <translation>  collectivités et organismes d'outre-mer (COM, comptés à part, non cartographiés) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="86" />
        <source>  partners located by their SIREN, name or platform: {n}; by the registry: {r}; nowhere: {x}</source>
        <translation>  partenaires situés par leur SIREN, leur nom ou leur plateforme : {n} ; par le registre : {r} ; nulle part : {x}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="45" />
        <source>its platform {host} is under .{domain}</source>
        <translation>sa plateforme {host} est sous .{domain}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="50" />
        <source>its name names {name}</source>
        <translation>son nom désigne {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="53" />
        <source>its name names the commune {code} of {name}</source>
        <translation>son nom désigne la commune {code} de {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="95" />
        <source>located in {name} by its SIREN (numbered in département {code})</source>
        <translation>localisé : {name}, par son SIREN (attribué dans le département {code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="104" />
        <source>located in {name} by the département number in its name</source>
        <translation>localisé : {name}, par le numéro de département de son nom</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="125" />
        <source>located in {name} by its name</source>
        <translation>localisé : {name}, par son nom</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/partners.py" line="142" />
        <source>located in {name} by its platform {host}, shared with {n} collectivities there</source>
        <translation>localisé : {name}, par sa plateforme {host}, partagée avec {n} collectivités de ce territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="33" />
        <source>by SIREN</source>
        <translation>par SIREN</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="34" />
        <source>mapped by hand</source>
        <translation>rattaché à la main</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="35" />
        <source>successor of an old SIREN</source>
        <translation>successeur d'un ancien SIREN</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="36" />
        <source>overseas (COM)</source>
        <translation>outre-mer (COM)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="37" />
        <source>partner located by the registry</source>
        <translation>partenaire situé par le registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="38" />
        <source>partner located</source>
        <translation>partenaire situé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="39" />
        <source>unresolved</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="40" />
        <source>partner, no territory</source>
        <translation>partenaire sans territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="296" />
        <source>{name}, overseas collectivity (COM) outside the maps: {how}</source>
        <translation>{name}, collectivité d'outre-mer (COM) hors cartes : {how}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="72" />
        <source>successor ({rule}): {how}; current SIREN {current}</source>
        <translation>successeur ({rule}) : {how} ; SIREN actuel {current}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="93" />
        <source>SIREN {siren} was that of {name} ({code}), which keeps its INSEE code</source>
        <translation>le SIREN {siren} était celui de {name} ({code}), qui garde son code INSEE</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="96" />
        <source>SIREN {siren} was that of {name} ({code}), now {kind} of {current} ({current_code})</source>
        <translation>le SIREN {siren} était celui de {name} ({code}), aujourd'hui {kind} de {current} ({current_code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="96" />
        <source>part</source>
        <translation>partie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="109" />
        <source>the commune {name} ({code}) of département {departement} bears its name, now {current} ({current_code})</source>
        <translation>la commune {name} ({code}) du département {departement} porte son nom, aujourd'hui {current} ({current_code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="114" />
        <source>several communes of département {departement} bear the name {name}: {codes}; choose with map-actor</source>
        <translation>plusieurs communes du département {departement} portent le nom {name} : {codes} ; choisir avec map-actor</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="144" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="129" />
        <source>SIREN {siren} was that of the département {names}, whose powers {name} holds now</source>
        <translation>le SIREN {siren} était celui du département {names}, dont {name} exerce aujourd'hui les compétences</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="132" />
        <source>SIREN {siren} was that of the département {names}, which no département- or région-level collectivity governs alone today; choose with map-actor</source>
        <translation>le SIREN {siren} était celui du département {names}, qu'aucune collectivité départementale ou régionale ne gouverne seule aujourd'hui ; choisir avec map-actor</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="145" />
        <source>SIREN {siren} was that of a former région whose chef-lieu was in {names}, now covered by {name}</source>
        <translation>le SIREN {siren} était celui d'une ancienne région dont le chef-lieu était dans le département {names}, couvert aujourd'hui par {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="165" />
        <source>{n} current EPCI could be its successor {where}: {names}; choose with map-actor</source>
        <translation>{n} EPCI actuels pourraient lui succéder {where} : {names} ; choisir avec map-actor</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="178" />
        <source>SIREN {siren} gives no département; its name is that of exactly one current EPCI, {name}</source>
        <translation>le SIREN {siren} ne donne pas de département ; son nom est celui d'un seul EPCI actuel, {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="181" />
        <source>named so</source>
        <translation>portant ce nom</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="186" />
        <source>EPCI SIREN of département {departement}; the current EPCI named so there is {name}</source>
        <translation>SIREN d'EPCI du département {departement} ; l'EPCI actuel qui y porte ce nom est {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="190" />
        <source>named so in département {departement}</source>
        <translation>portant ce nom dans le département {departement}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="195" />
        <source>EPCI SIREN of département {departement}; its name names {commune} ({code}){adjective}, a member of {name}</source>
        <translation>SIREN d'EPCI du département {departement} ; son nom désigne {commune} ({code}){adjective}, membre de {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="196" />
        <source> by its adjective</source>
        <translation> par son gentilé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="201" />
        <source>holding the communes its name names</source>
        <translation>contenant les communes que son nom désigne</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/successors.py" line="205" />
        <source>EPCI SIREN of département {departement}; none there is named so, but {name} is, in the touching département {other}</source>
        <translation>SIREN d'EPCI du département {departement} ; aucun n'y porte ce nom, mais {name} le porte, dans le département limitrophe {other}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="354" />
        <source>What-if scenario, not observed data. {rules}</source>
        <translation>Scénario, pas des données observées. {rules}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="24" />
        <source>the communes</source>
        <translation>les communes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="24" />
        <source>the EPCI</source>
        <translation>les EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="24" />
        <source>the département</source>
        <translation>le département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="28" />
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="33" />
        <source>every commune of {population} inhabitants or more publishes its data</source>
        <translation>toutes les communes de {population} habitants ou plus publient leurs données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="36" />
        <source>{territory}: {sentence}</source>
        <translation>{territory} : {sentence}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="39" />
        <source>{territory}: every member commune publishes its data</source>
        <translation>{territory} : toutes les communes membres publient leurs données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="42" />
        <source>{territory}: {levels} join the platform {host}</source>
        <translation>{territory} : {levels} rejoignent la plateforme {host}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="54" />
        <source>{listed} and {n} more</source>
        <translation>{listed} et {n} autres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/rule_sentences.py" line="56" />
        <source>Collectivities chosen by hand publish: {names}</source>
        <translation>Collectivités choisies une à une qui publient : {names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="25" />
        <source>{prog}: error: {message} (see --help)</source>
        <translation>{prog} : erreur : {message} (voir --help)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="94" />
        <source>Error: unexpected {kind}: {message} (run with --verbose for details)</source>
        <translation>Erreur inattendue : {kind} : {message} (relancer avec --verbose pour les détails)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="20" />
        <source>seconds for all the requests of one actor on one platform, retries included</source>
        <translation>secondes pour toutes les requêtes d'un acteur sur une plateforme, reprises comprises</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="23" />
        <source>longest Retry-After waited for; beyond it the actor's status is rate_limited</source>
        <translation>plus long Retry-After attendu ; au-delà, le statut de l'acteur est rate_limited</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="26" />
        <source>finish the latest unfinished harvest run, with the settings it was started with</source>
        <translation>termine le dernier moissonnage inachevé, avec les réglages de son lancement</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/bounds.py" line="20" />
        <source>a number above {low} and at most {high}</source>
        <translation>un nombre supérieur à {low} et au plus {high}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/bounds.py" line="22" />
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/bounds.py" line="23" />
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/bounds.py" line="63" />
        <source>expected {what}, got {value!r}</source>
        <translation>{what} attendu, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="50" />
        <source>{path} is JSON nested too deeply</source>
        <translation>{path} est un JSON imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="36" />
        <source>{source} is UTF-32 text, which is not read here: save it as UTF-8</source>
        <translation>{source} est un texte UTF-32, qui n'est pas lu ici : l'enregistrer en UTF-8</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="44" />
        <source>{source} starts as {encoding} but is not valid {encoding} (byte {offset} on line {line}, column {column})</source>
        <translation>{source} commence comme de l'{encoding} mais n'est pas de l'{encoding} valide (octet {offset}, ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="51" />
        <source>{source} looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or as UTF-16 with a byte-order mark)</source>
        <translation>{source} semble être un texte UTF-16 sans indicateur d'ordre des octets : l'enregistrer en UTF-8 (ou en UTF-16 avec indicateur)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="53" />
        <source>{source} is not a text file (binary content: a NUL byte at offset {offset})</source>
        <translation>{source} n'est pas un fichier texte (contenu binaire : un octet NUL à la position {offset})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="62" />
        <source>{source} is neither UTF-8 nor Windows-1252 text, nor UTF-16 with a byte-order mark: byte 0x{byte:02X} on line {line}, column {column} fits none</source>
        <translation>{source} n'est ni un texte UTF-8 ou Windows-1252, ni un texte UTF-16 avec indicateur d'ordre des octets : l'octet 0x{byte:02X} ligne {line}, colonne {column}, ne convient à aucun</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="83" />
        <source>{source}, line {line}: a field is longer than {limit} characters</source>
        <translation>{source}, ligne {line} : un champ dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/text_files.py" line="85" />
        <source>{source}, line {line}: not readable as CSV ({error})</source>
        <translation>{source}, ligne {line} : illisible en CSV ({error})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="194" />
        <source>The platform groups file {path}: "ignore" must be a list of host names</source>
        <translation>Fichier de groupes de plateformes {path} : « ignore » doit être une liste de noms d'hôtes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="198" />
        <source>The platform groups file {path}: group {n} is not an object</source>
        <translation>Fichier de groupes de plateformes {path} : le groupe {n} n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="201" />
        <source>The platform groups file {path}: group {n} ({name}): "hosts" must be a list of host names</source>
        <translation>Fichier de groupes de plateformes {path} : groupe {n} ({name}) : « hosts » doit être une liste de noms d'hôtes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="205" />
        <source>The platform groups file {path}: group {n}: "{key}" must be text</source>
        <translation>Fichier de groupes de plateformes {path} : groupe {n} : « {key} » doit être un texte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="36" />
        <source>Endpoints file {path} is a folder</source>
        <translation>Le fichier de points d'accès {path} est un dossier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="57" />
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="57" />
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="57" />
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="58" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="72" />
        <source>Endpoints file {path}: {where} must be {expected}, not {value}</source>
        <translation>Fichier de points d'accès {path} : {where} doit être {expected}, pas {value}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="103" />
        <source>Endpoints file {path}: hosts.{host}.kind must be one of {kinds}</source>
        <translation>Fichier de points d'accès {path} : hosts.{host}.kind doit valoir l'un de {kinds}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="125" />
        <source>actors: expected a list of SIREN</source>
        <translation>actors : une liste de SIREN est attendue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="127" />
        <source>endpoints: expected a file path</source>
        <translation>endpoints : un chemin de fichier est attendu</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="129" />
        <source>datagouv_catalog: expected a folder, a file or a URL</source>
        <translation>datagouv_catalog : un dossier, un fichier ou une URL est attendu</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="159" />
        <source>Harvest run {run} recorded unreadable settings ({error}): start a new run without --resume</source>
        <translation>Le moissonnage {run} a enregistré des réglages illisibles ({error}) : lancer un nouveau moissonnage sans --resume</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="307" />
        <source>Harvest run {run} is still running (process {pid} on {host}).</source>
        <translation>Le moissonnage {run} est toujours en cours (processus {pid} sur {host}).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="444" />
        <source>Still at work {seconds} s after this actor's deadline: abandoned</source>
        <translation>Toujours en cours {seconds} s après le délai de l'acteur : abandonné</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="184" />
        <source>Host name not found: {url}</source>
        <translation>Nom d'hôte introuvable : {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="244" />
        <source>JSON nested too deeply from {url}</source>
        <translation>JSON imbriqué trop profondément reçu de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="264" />
        <source>XML nested too deeply from {url}</source>
        <translation>XML imbriqué trop profondément reçu de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="108" />
        <source>Out of time for this actor before asking {url}</source>
        <translation>Délai de l'acteur écoulé avant d'interroger {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="132" />
        <source>Out of time for this actor while asking {url}</source>
        <translation>Délai de l'acteur écoulé pendant l'interrogation de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="162" />
        <source>{host} asks to wait {asked} s, more than the {cap} s allowed</source>
        <translation>{host} demande d'attendre {asked} s, plus que les {cap} s admises</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="167" />
        <source>{host} still answers 429 (too many requests) after {n} retries</source>
        <translation>{host} répond encore 429 (trop de requêtes) après {n} reprises</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="173" />
        <source>{host} asks to wait {asked} s, beyond this actor's deadline</source>
        <translation>{host} demande d'attendre {asked} s, au-delà du délai de cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/base.py" line="58" />
        <source>Unexpected {kind}: {message} (details in the QGIS message log)</source>
        <translation>Erreur inattendue {kind} : {message} (détails dans le journal des messages de QGIS)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="42" />
        <source>Time for one actor on one platform, retries included (seconds)</source>
        <translation>Temps pour un acteur sur une plateforme, reprises comprises (secondes)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="45" />
        <source>Longest Retry-After waited for (seconds)</source>
        <translation>Plus long Retry-After attendu (secondes)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="211" />
        <source>{source}: the header line has a field of {n} characters</source>
        <translation>{source} : la ligne d'en-tête a un champ de {n} caractères</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="213" />
        <source>a field of {n} characters (at most {limit})</source>
        <translation>un champ de {n} caractères ({limit} au plus)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="315" />
        <source>Unknown EPCI {siren}: no EPCI of the store has this SIREN</source>
        <translation>EPCI inconnu {siren} : aucun EPCI de la base n'a ce SIREN</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="27" />
        <source>replace even a newer store or one made by another program, and build even implausible territories</source>
        <translation>remplacer même une base plus récente ou faite par un autre logiciel, et construire même des territoires invraisemblables</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="14" />
        <source>replace even a newer store, one made by another program, or one holding tables the source lacks</source>
        <translation>remplacer même une base plus récente, faite par un autre logiciel, ou qui contient des tables que la source n'a pas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="86" />
        <source>To finish it: harvest --resume.</source>
        <translation>Pour le terminer : harvest --resume.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="64" />
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="63" />
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/settings.py" line="139" />
        <source>the QGIS settings</source>
        <translation>les réglages de QGIS</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="563" />
        <source>Harvest cancelled; what was counted is kept and run {run} can be finished later.</source>
        <translation>Moissonnage annulé ; ce qui a été compté est gardé et l'exécution {run} pourra être terminée plus tard.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="130" />
        <source>Open data by default scope (communes from {population} inhabitants)</source>
        <translation>Périmètre de l'open data par défaut (communes dès {population} habitants)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/page_tables.py" line="94" />
        <source>{measure} (communes from {population} inhabitants)</source>
        <translation>{measure} (communes dès {population} habitants)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="74" />
        <source>Print layouts are exported on QGIS's main thread only.</source>
        <translation>Les mises en page ne s'exportent que dans le fil principal de QGIS.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="49" />
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="49" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="98" />
        <source>{name}, SIREN {siren}: double-click to zoom to its territory</source>
        <translation>{name}, SIREN {siren} : double-cliquez pour zoomer sur son territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="36" />
        <source>A GeoPackage file</source>
        <translation>Un fichier GeoPackage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="37" />
        <source>A PostgreSQL database (a connection saved in QGIS)</source>
        <translation>Une base PostgreSQL (une connexion enregistrée dans QGIS)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="44" />
        <source>No connection chosen</source>
        <translation>Aucune connexion choisie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="46" />
        <source>Choose the connection and schema…</source>
        <translation>Choisir la connexion et le schéma…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="61" />
        <source>Write the store into</source>
        <translation>Écrire la base dans</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="66" />
        <source>Replace anyway</source>
        <translation>Remplacer quand même</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/build_dialog.py" line="67" />
        <source>Replace even a store written by a newer plugin or another program's file, and build even territories that look implausible</source>
        <translation>Remplacer même une base écrite par une version plus récente du plugin ou le fichier d'un autre programme, et construire même des territoires qui semblent invraisemblables</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="37" />
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="37" />
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="37" />
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="41" />
        <source>One page</source>
        <translation>Une seule page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="41" />
        <source>One page per region</source>
        <translation>Une page par région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="42" />
        <source>One page per department</source>
        <translation>Une page par département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="42" />
        <source>One page per EPCI</source>
        <translation>Une page par EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="46" />
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="46" />
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="46" />
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="50" />
        <source>For print (vector PDF, images at 300 dpi)</source>
        <translation>Pour l'impression (PDF vectoriel, images à 300 dpi)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="51" />
        <source>Light, for e-mail (images at 150 dpi)</source>
        <translation>Léger, pour l'envoi par courriel (images à 150 dpi)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="87" />
        <source>Exporting the layout…</source>
        <translation>Export de la mise en page…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="87" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="134" />
        <source>Where to write the layout</source>
        <translation>Où écrire la mise en page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="145" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="146" />
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="148" />
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="149" />
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="153" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="204" />
        <source>The output file must end with .{ext}</source>
        <translation>Le fichier de sortie doit se terminer par .{ext}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="217" />
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="64" />
        <source>Refresh the maps</source>
        <translation>Rafraîchir les cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="68" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="117" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="118" />
        <source>Read the store again (after a change made elsewhere)</source>
        <translation>Relire la base (après une modification faite ailleurs)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="130" />
        <source>The map shows metropolitan France; the overseas regions are one click away</source>
        <translation>La carte montre la France métropolitaine ; les régions d'outre-mer sont à un clic</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="155" />
        <source>As on the council page (observed data):</source>
        <translation>Comme sur la page du conseil (données observées) :</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="175" />
        <source>Change over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="188" />
        <source>Colours the regions (France) or the departments of the territory by the change of their engaged share between two states of the store.</source>
        <translation>Colore les régions (France) ou les départements du territoire selon l'évolution de leur part de collectivités engagées entre deux états de la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="125" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="195" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="198" />
        <source>Show on the map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="212" />
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="215" />
        <source>Show: {places}</source>
        <translation>Afficher : {places}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="268" />
        <source>Loading {store}…</source>
        <translation>Chargement de {store}…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="307" />
        <source>The maps of this store were drawn for communes from {stored} inhabitants, the figures here for communes from {current} (the plugin's settings): refresh the maps to draw them the same way.</source>
        <translation>Les cartes de cette base ont été dessinées pour les communes dès {stored} habitants, les chiffres ci-dessous pour les communes dès {current} (réglages de l'extension) : rafraîchissez les cartes pour qu'elles les suivent.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="354" />
        <source>The map shows: {style}</source>
        <translation>La carte montre : {style}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="475" />
        <source>The scenario has no rule or mark yet.</source>
        <translation>Le scénario n'a encore ni règle ni marque.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="481" />
        <source>Layouts cover France, a region or a department: an EPCI is shown in the atlas of its department.</source>
        <translation>Les mises en page couvrent la France, une région ou un département : un EPCI figure dans l'atlas de son département.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="26" />
        <source>This QGIS has no PostgreSQL provider.</source>
        <translation>Ce QGIS n'a pas de fournisseur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="138" />
        <source>No PostgreSQL connection named {name} in QGIS</source>
        <translation>Aucune connexion PostgreSQL nommée {name} dans QGIS</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="79" />
        <source>Cannot list the schemas of {name}: {reason}</source>
        <translation>Impossible de lister les schémas de {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="101" />
        <source>Build the store in PostgreSQL</source>
        <translation>Construire la base dans PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="110" />
        <source>QGIS connection</source>
        <translation>Connexion QGIS</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="111" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/pg_connections.py" line="122" />
        <source>No PostgreSQL connection is saved in QGIS. Add one in the Browser panel (PostgreSQL › New Connection…), preferably with an authentication configuration, then come back here.</source>
        <translation>Aucune connexion PostgreSQL n'est enregistrée dans QGIS. Ajoutez-en une dans le panneau Explorateur (PostgreSQL › Nouvelle connexion…), de préférence avec une configuration d'authentification, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="37" />
        <source>Communes above a population</source>
        <translation>Communes au-dessus d'une population</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="38" />
        <source>Every commune of an EPCI</source>
        <translation>Toutes les communes d'un EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="39" />
        <source>A department's collectivities join a platform</source>
        <translation>Les collectivités d'un département rejoignent une plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="59" />
        <source>e.g. Large communes of the region</source>
        <translation>par exemple Grandes communes de la région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="66" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="74" />
        <source>Add the rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="78" />
        <source>Rules and marks of the scenario:</source>
        <translation>Règles et marques du scénario :</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="85" />
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="85" />
        <source>Mark the map selection</source>
        <translation>Marquer la sélection de la carte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="85" />
        <source>Mark the selected actors</source>
        <translation>Marquer les acteurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="101" />
        <source>Scenarios saved in the store:</source>
        <translation>Scénarios enregistrés dans la base :</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="106" />
        <source>Figures (CSV)…</source>
        <translation>Chiffres (CSV)…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="106" />
        <source>Layout…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="38" />
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="126" />
        <source>in the territory shown above</source>
        <translation>dans le territoire affiché ci-dessus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/territory_selector.py" line="16" />
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="146" />
        <source>platform address, e.g. data.loire-atlantique.fr</source>
        <translation>adresse de la plateforme, par exemple data.loire-atlantique.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="150" />
        <source>communes</source>
        <translation>les communes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="150" />
        <source>the department</source>
        <translation>le département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="155" />
        <source>Who joins</source>
        <translation>Qui la rejoint</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="206" />
        <source>Choose an EPCI in the list.</source>
        <translation>Choisissez un EPCI dans la liste.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="215" />
        <source>Choose a department in the list.</source>
        <translation>Choisissez un département dans la liste.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="217" />
        <source>Give the platform's address.</source>
        <translation>Indiquez l'adresse de la plateforme.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="219" />
        <source>Tick at least one kind of collectivity.</source>
        <translation>Cochez au moins un type de collectivité.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="238" />
        <source>Replaced: {old}.</source>
        <translation>Remplacée : {old}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="250" />
        <source>Select a rule or a mark in the list first.</source>
        <translation>Sélectionnez d'abord une règle ou une marque dans la liste.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="274" />
        <source>Nothing is selected: select territories on a visible layer of the map first.</source>
        <translation>Rien n'est sélectionné : sélectionnez d'abord des territoires sur une couche visible de la carte.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="288" />
        <source>Saved in the store: {name}</source>
        <translation>Enregistré dans la base : {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="293" />
        <source>Loaded: {name}</source>
        <translation>Chargé : {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="298" />
        <source>No saved scenario to load.</source>
        <translation>Aucun scénario enregistré à charger.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="304" />
        <source>No saved scenario to delete.</source>
        <translation>Aucun scénario enregistré à supprimer.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="307" />
        <source>Deleted from the store: {name}</source>
        <translation>Supprimé de la base : {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="310" />
        <source>Export the scenarios' figures</source>
        <translation>Exporter les chiffres des scénarios</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/scenario_box.py" line="314" />
        <source>Figures written: {path}</source>
        <translation>Chiffres écrits : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="62" />
        <source>Open data by default: communes from</source>
        <translation>Open data par défaut : communes dès</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="63" />
        <source>The law obliges local authorities of 3,500 inhabitants or more (and 50 agents, which open data does not show) to open their data; figures, maps and layouts use this population, and the store records the one its maps were computed with.</source>
        <translation>La loi oblige les collectivités de 3 500 habitants et plus (et de 50 agents, ce que les données ouvertes ne montrent pas) à ouvrir leurs données ; chiffres, cartes et mises en page utilisent cette population, et la base garde celle avec laquelle ses cartes ont été calculées.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="68" />
        <source>Harvest: requests at once per platform</source>
        <translation>Moissonnage : requêtes simultanées par plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="69" />
        <source>Harvest: requests at once in all</source>
        <translation>Moissonnage : requêtes simultanées en tout</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="70" />
        <source>Harvest: give up on a request after</source>
        <translation>Moissonnage : abandonner une requête après</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="73" />
        <source>Folder of the offline data</source>
        <translation>Dossier des données hors ligne</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="76" />
        <source>Restore the defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="99" />
        <source>Set by the environment variable {name}</source>
        <translation>Fixé par la variable d'environnement {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="103" />
        <source>Set by environment variables, which win over this page: {names}</source>
        <translation>Fixés par des variables d'environnement, qui l'emportent sur cette page : {names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="146" />
        <source>Observatoire open data: settings</source>
        <translation>Observatoire open data : réglages</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="61" />
        <source>The project shows the store {shown}. Once {new} is built, show it instead?</source>
        <translation>Le projet montre la base {shown}. Une fois {new} construite, la montrer à sa place ?</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="126" />
        <source>To finish it: Processing toolbox › Observatoire open data › Harvest the actors' platforms, with “Finish the latest unfinished harvest” ticked.</source>
        <translation>Pour le terminer : boîte à outils Traitement › Observatoire open data › Moissonner les plateformes des acteurs, en cochant « Terminer le dernier moissonnage inachevé ».</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/territory_selector.py" line="16" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/territory_selector.py" line="39" />
        <source>Type a name or a code</source>
        <translation>Tapez un nom ou un code</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/territory_selector.py" line="71" />
        <source>Unknown territory level {level}</source>
        <translation>Niveau de territoire inconnu {level}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="48" />
        <source>Replace even a newer store or another program's file; build even implausible territories</source>
        <translation>Remplacer même une base plus récente ou le fichier d'un autre logiciel ; construire même des territoires invraisemblables</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="27" />
        <source>Replace even a newer store, another program's file, or tables the source lacks</source>
        <translation>Remplacer même une base plus récente, le fichier d'un autre logiciel, ou des tables que la source n'a pas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="18" />
        <source>Finds the platforms several actors publish on, types them (metropolitan, departmental, regional, cross-level) and writes the union of their members' territories as the layer footprints of the store, which is added to the project with its style.</source>
        <translation>Trouve les plateformes sur lesquelles publient plusieurs acteurs, les classe (métropolitaine, départementale, régionale, multi-niveaux) et écrit l'union des territoires de leurs membres dans la couche footprints de la base, ajoutée au projet avec son style.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="102" />
        <source>Run it again with “Finish the latest unfinished harvest” ticked to finish it.</source>
        <translation>Relancez-le en cochant « Terminer le dernier moissonnage inachevé » pour le terminer.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="19" />
        <source>Engaged actors by category</source>
        <translation>Acteurs engagés par catégorie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="19" />
        <source>Engaged actors by region</source>
        <translation>Acteurs engagés par région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="21" />
        <source>Engaged share by commune size</source>
        <translation>Part engagée par taille de commune</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="22" />
        <source>Datasets per actor</source>
        <translation>Jeux de données par acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="23" />
        <source>Communes without a boundary</source>
        <translation>Communes sans contour</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="36" />
        <source>Engaged actors by category and région, engaged shares by type and commune size, the open data by default scope, datasets per actor and platforms, for France, a région or a département. In CSV, each table is also added to the project as a table.</source>
        <translation>Acteurs engagés par catégorie et par région, parts engagées par type et par taille de commune, périmètre de l'open data par défaut, jeux de données par acteur et plateformes, pour la France, une région ou un département. En CSV, chaque tableau est aussi ajouté au projet comme table.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="79" />
        <source>No rule number {number} in this scenario</source>
        <translation>Pas de règle numéro {number} dans ce scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="156" />
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="157" />
        <source>Marked: {names}.</source>
        <translation>Marqués : {names}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="159" />
        <source>Nothing new marked.</source>
        <translation>Rien de nouveau n'est marqué.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="161" />
        <source>Already marked: {n}.</source>
        <translation>Déjà marqués : {n}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="163" />
        <source>Not a collectivity, left out: {n}.</source>
        <translation>Pas une collectivité, laissés de côté : {n}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/scenario_session.py" line="165" />
        <source>Left out, selected on the hidden layer {layer}: {n}.</source>
        <translation>Laissés de côté, sélectionnés sur la couche masquée {layer} : {n}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_schemas.py" line="28" />
        <source>The plugin never writes into the schema {schema}, which belongs to the database (PostGIS lives there): give the store its own, e.g. ?schema=odt</source>
        <translation>Le plugin n'écrit jamais dans le schéma {schema}, qui appartient à la base de données (PostGIS s'y trouve) : donnez à la base son propre schéma, par exemple ?schema=odt</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_schemas.py" line="34" />
        <source>The schema {schema} holds the PostGIS extension: give the store its own schema, e.g. ?schema=odt</source>
        <translation>Le schéma {schema} contient l'extension PostGIS : donnez à la base son propre schéma, par exemple ?schema=odt</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_schemas.py" line="42" />
        <source>The schema {schema} is not an observatory store and is not empty ({names}): the plugin only replaces schemas it made; choose another schema</source>
        <translation>Le schéma {schema} n'est pas une base de l'observatoire et n'est pas vide ({names}) : le plugin ne remplace que les schémas qu'il a créés ; choisissez un autre schéma</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="254" />
        <source>A password in the store location is not accepted ({store}): QGIS layers (maps, render, export) could not use it and it would be kept in shell histories. Use a service (pg_service.conf), ~/.pgpass or a QGIS authentication configuration (authcfg=ID).</source>
        <translation>Un mot de passe dans l'adresse de la base n'est pas accepté ({store}) : les couches QGIS (cartes, render, export) ne pourraient pas s'en servir et il resterait dans l'historique du terminal. Utilisez un service (pg_service.conf), ~/.pgpass ou une configuration d'authentification de QGIS (authcfg=ID).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="110" />
        <source>{path} has no field '{field}' for the code; map the boundary fields (code=FIELD,name=FIELD)</source>
        <translation>{path} n'a pas de champ « {field} » pour le code ; indiquez la correspondance des champs des contours (code=CHAMP,name=CHAMP)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="135" />
        <source>{store} cannot be replaced: its tables are used by {objects}, which the plugin did not make; remove them first</source>
        <translation>{store} ne peut pas être remplacée : ses tables servent à {objects}, que le plugin n'a pas créé ; supprimez-le d'abord</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_layer_writer.py" line="111" />
        <source>The layer {name} cannot be rewritten: it is used by {objects}, which the plugin did not make; remove them first</source>
        <translation>La couche {name} ne peut pas être réécrite : {objects}, que le plugin n'a pas créé, s'en sert ; supprimez-le d'abord</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/replacement.py" line="65" />
        <source>{path} is not an observatory store (made by another program?): it is left as it is; use --force to replace it whole</source>
        <translation>{path} n'est pas une base de l'observatoire (faite par un autre logiciel ?) : elle est laissée telle quelle ; utilisez --force pour la remplacer entière</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/replacement.py" line="70" />
        <source>{path} was written by a newer version of the plugin (schema {found} &gt; {known}): update the plugin, or use --force to replace it whole</source>
        <translation>{path} a été écrite par une version plus récente du plugin (schéma {found} &gt; {known}) : mettez le plugin à jour, ou utilisez --force pour la remplacer entière</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/replacement.py" line="81" />
        <source>Copying would delete what {path} holds and the source lacks ({tables}): copy into another store, or use --force to replace it whole</source>
        <translation>La copie supprimerait ce que {path} contient et que la source n'a pas ({tables}) : copiez dans une autre base, ou utilisez --force pour la remplacer entière</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/replacement.py" line="113" />
        <source>The boundaries give {n} communes out of the reference's {total}: wrong boundaries or field mapping? The store is left as it was (--force builds it anyway).</source>
        <translation>Les contours donnent {n} communes sur les {total} du référentiel : mauvais contours ou mauvaise correspondance des champs ? La base est laissée telle quelle (--force construit quand même).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/replacement.py" line="118" />
        <source>The build gives {n} {level} out of the reference's {total}: the store is left as it was (--force builds it anyway).</source>
        <translation>La construction donne {n} {level} sur les {total} du référentiel : la base est laissée telle quelle (--force construit quand même).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/store_lock.py" line="101" />
        <source>Store busy: another command is writing it; try again when it ends.</source>
        <translation>Base occupée : une autre commande y écrit ; réessayez quand elle aura fini.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/store_lock.py" line="102" />
        <source>Store busy: {command} started at {time} by PID {pid} on {host}; try again when it ends.</source>
        <translation>Base occupée : {command} lancé à {time} par le PID {pid} sur {host} ; réessayez quand il aura fini.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/store_lock.py" line="181" />
        <source>Cannot lock the store {path}: {reason}</source>
        <translation>Impossible de verrouiller la base {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="147" />
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="37" />
        <source>also list each actor's datasets (themes, licences, formats, dates, schemas, usage) into the datasets table; always on with --datagouv-catalog</source>
        <translation>lister aussi les jeux de données de chaque acteur (thèmes, licences, formats, dates, schémas, usages) dans la table datasets ; toujours actif avec --datagouv-catalog</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="40" />
        <source>datasets listed at most per actor and platform</source>
        <translation>nombre maximal de jeux de données listés par acteur et plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/settings.py" line="119" />
        <source>{source}: expected true or false, got {value!r}</source>
        <translation>{source} : vrai ou faux attendu, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/catalog_csv.py" line="71" />
        <source>The catalogue export {name} holds a field longer than {size} characters</source>
        <translation>L'export du catalogue {name} contient un champ de plus de {size} caractères</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/datagouv_catalog.py" line="111" />
        <source>The catalogue export was read for other actors: organisation {id} was not listed</source>
        <translation>L'export du catalogue a été lu pour d'autres acteurs : l'organisation {id} n'a pas été retenue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/listing_writer.py" line="59" />
        <source>the first {n} datasets</source>
        <translation>les {n} premiers jeux de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/listing_writer.py" line="100" />
        <source>Datasets listed: {n} ({incomplete} listings stopped at the limit, {failed} listings failed).</source>
        <translation>Jeux de données listés : {n} ({incomplete} listes arrêtées à la limite, {failed} listes en échec).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/geonetwork.py" line="135" />
        <source>No CSW records in the answer of {url}</source>
        <translation>Aucun enregistrement CSW dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="55" />
        <source>What the territory publishes: no dataset listing was harvested yet. To list the datasets: {command}</source>
        <translation>Ce que publie le territoire : aucune liste de jeux de données n'a encore été moissonnée. Pour les lister : {command}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="87" />
        <source>No dataset of this territory's actors was listed by the harvest</source>
        <translation>Aucun jeu des acteurs de ce territoire n'a été listé par le moissonnage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="121" />
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="122" />
        <source>Datasets listed</source>
        <translation>Jeux listés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="125" />
        <source>Actors listed</source>
        <translation>Acteurs listés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="127" />
        <source>Open licence</source>
        <translation>Licence ouverte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="127" />
        <source>Open format</source>
        <translation>Format ouvert</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="127" />
        <source>Updated &lt; 12 months</source>
        <translation>Mis à jour &lt; 12 mois</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="184" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="138" />
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="157" />
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="183" />
        <source>No dataset listed</source>
        <translation>Aucun jeu listé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="220" />
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="173" />
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="173" />
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="173" />
        <source>not found</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="189" />
        <source>{n} downloads</source>
        <translation>{n} téléchargements</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="189" />
        <source>{n} API calls</source>
        <translation>{n} appels d'API</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="189" />
        <source>{n} views</source>
        <translation>{n} vues</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="196" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="196" />
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="199" />
        <source>No platform published usage figures for these datasets</source>
        <translation>Usage non publié par leurs plateformes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_publication_page.py" line="184" />
        <source>Datasets, licences, formats, freshness</source>
        <translation>Jeux, licences, formats, fraîcheur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="43" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_publication_page.py" line="188" />
        <source>Common local-data schemas (SCDL): obligated collectivities publishing each</source>
        <translation>Schémas de données locales (SCDL) : collectivités obligées qui publient chacun</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_publication_page.py" line="191" />
        <source>Most used datasets</source>
        <translation>Jeux les plus utilisés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="43" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="43" />
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="43" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="43" />
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="47" />
        <source>No dataset listing was harvested into this store. To get one, harvest with the datasets listed: {command} on the command line, or the option “List datasets” of the Processing harvest.</source>
        <translation>Aucune liste de jeux de données n'a été moissonnée dans cette base. Pour en obtenir une, moissonnez en listant les jeux : {command} en ligne de commande, ou l'option « Lister les jeux de données » du moissonnage de Processing.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/numbers.py" line="50" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="55" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="55" />
        <source>not open</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="55" />
        <source>openness unknown</source>
        <translation>ouverture inconnue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="64" />
        <source>{date} (freshness unknown)</source>
        <translation>{date} (fraîcheur inconnue)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="65" />
        <source>{date} (under 12 months)</source>
        <translation>{date} (&lt; 12 mois)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="66" />
        <source>{date} (over 12 months)</source>
        <translation>{date} (&gt; 12 mois)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="77" />
        <source>✓ {schema} (declared)</source>
        <translation>✓ {schema} (déclaré)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="77" />
        <source>✓ declared</source>
        <translation>✓ déclaré</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="79" />
        <source>≈ {schema} (detected)</source>
        <translation>≈ {schema} (détecté)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="79" />
        <source>≈ detected</source>
        <translation>≈ détecté</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="80" />
        <source>— absent</source>
        <translation>— absent</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="97" />
        <source>{shown} dataset of {total} shown</source>
        <translation>{shown} jeu sur {total} affiché</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="97" />
        <source>{shown} datasets of {total} shown</source>
        <translation>{shown} jeux sur {total} affichés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="126" />
        <source>{title}
(no web page given)</source>
        <translation>{title}
(aucune page web indiquée)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="129" />
        <source>Freshness judged at the date of the harvest that listed it: {date}</source>
        <translation>Fraîcheur jugée à la date du moissonnage qui a listé ce jeu : {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="254" />
        <source>Select an actor in the Actors tab to list its datasets.</source>
        <translation>Choisissez un acteur dans l'onglet Acteurs pour lister ses jeux de données.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="186" />
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="210" />
        <source>Common local-data schemas (SCDL)</source>
        <translation>Socle commun des données locales (SCDL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="220" />
        <source>Obligated</source>
        <translation>Obligées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="221" />
        <source>✓ declared, ≈ detected or — absent among the territory's datasets</source>
        <translation>✓ déclaré, ≈ détecté ou — absent parmi les jeux de données du territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="221" />
        <source>Share of the territory's obligated collectivities publishing the schema</source>
        <translation>Part des collectivités obligées du territoire qui publient le schéma</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="221" />
        <source>The same share over France</source>
        <translation>La même part sur la France entière</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="240" />
        <source>✓ declared: a dataset names the schema; ≈ detected: a dataset's fields hold the schema's required fields (not a validation); — absent: neither.</source>
        <translation>✓ déclaré : un jeu indique le schéma ; ≈ détecté : les champs d'un jeu contiennent les champs obligatoires du schéma (ce n'est pas une validation) ; — absent : ni l'un ni l'autre.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="261" />
        <source>Datasets: {actor}</source>
        <translation>Jeux de données : {actor}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="268" />
        <source>Common local-data schemas (SCDL): {territory}</source>
        <translation>Socle commun des données locales (SCDL) : {territory}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="293" />
        <source>Reading the datasets…</source>
        <translation>Lecture des jeux de données…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="301" />
        <source>Reading the datasets of {actor}</source>
        <translation>Lecture des jeux de données de {actor}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="307" />
        <source>Reading the checklist…</source>
        <translation>Lecture des schémas publiés…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="315" />
        <source>Reading what {territory} publishes</source>
        <translation>Lecture de ce que publie {territory}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="334" />
        <source>The datasets could not be read: {error}</source>
        <translation>Les jeux de données n'ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="347" />
        <source>The checklist could not be read: {error}</source>
        <translation>Les schémas publiés n'ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="354" />
        <source>No dataset listing covers this territory yet.</source>
        <translation>Aucune liste de jeux de données ne couvre encore ce territoire.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="357" />
        <source>Share of the obligated collectivities publishing each schema, beside the national share.</source>
        <translation>Part des collectivités obligées qui publient chaque schéma, à côté de la part nationale.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="372" />
        <source>{title} ({schema}): {datasets} datasets follow it here</source>
        <translation>{title} ({schema}) : {datasets} jeux le suivent ici</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="396" />
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="399" />
        <source>Any, or none</source>
        <translation>Avec ou sans schéma</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="400" />
        <source>Following a schema (declared or detected)</source>
        <translation>Suivant un schéma (déclaré ou détecté)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="401" />
        <source>Following no schema</source>
        <translation>Sans schéma</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="404" />
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="405" />
        <source>Updated in the last 12 months</source>
        <translation>Mis à jour dans les 12 derniers mois</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="406" />
        <source>Older</source>
        <translation>Plus anciens</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="407" />
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="428" />
        <source>No dataset listing of this actor was harvested yet (its platforms were counted only, or not harvested).</source>
        <translation>Aucune liste des jeux de données de cet acteur n'a encore été moissonnée (ses plateformes ont seulement été comptées, ou pas moissonnées).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="59" />
        <source>List datasets (themes, licences, schemas)</source>
        <translation>Lister les jeux de données (thèmes, licences, schémas)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/publications/schema_validation.py" line="89" />
        <source>The validation service must be an http(s) address, got {value!r}</source>
        <translation>Le service de validation doit être une adresse http(s), reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="60" />
        <source>What the territory publishes – {name}</source>
        <translation>Ce que publie le territoire – {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="42" />
        <source>with --datasets: send a sample of the datasets with an SCDL schema (their file's and schema's addresses) to the public validation service ({service}), at most {n} per run; off unless given or set in the options</source>
        <translation>avec --datasets : envoie un échantillon des jeux qui suivent un schéma du SCDL (les adresses de leur fichier et de leur schéma) au service public de validation ({service}), {n} au plus par moissonnage ; désactivé sauf si l'option est donnée ou activée dans les réglages</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="71" />
        <source>--validate-schemas checks the datasets a harvest lists: add --datasets</source>
        <translation>--validate-schemas vérifie les jeux que le moissonnage liste : ajoutez --datasets</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="115" />
        <source>{name}: expected true or false</source>
        <translation>{name} : vrai ou faux attendu</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="120" />
        <source>validation_service: expected an http(s) address</source>
        <translation>validation_service : une adresse http(s) est attendue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="706" />
        <source>Checking a sample of schemas with the validation service</source>
        <translation>Vérification d'un échantillon de schémas auprès du service de validation</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/schema_checks.py" line="139" />
        <source>Schemas checked online: {valid} valid, {invalid} invalid, {unavailable} unavailable.</source>
        <translation>Schémas vérifiés en ligne : valide pour {valid}, non conforme pour {invalid}, indisponible pour {unavailable}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="32" />
        <source>Datasets under an open licence, in an open format, updated within 12 months</source>
        <translation>Jeux de données sous licence ouverte, dans un format ouvert, mis à jour depuis moins de 12 mois</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="33" />
        <source>Datasets by theme</source>
        <translation>Jeux de données par thème</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="94" />
        <source>{title} (data of {date})</source>
        <translation>{title} (données du {date})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="100" />
        <source>No dataset listing harvested yet: run harvest --datasets</source>
        <translation>Aucune liste de jeux de données moissonnée : lancez harvest --datasets</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="101" />
        <source>Median of the same level (%)</source>
        <translation>Médiane du même niveau (%)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="106" />
        <source>Datasets meeting it</source>
        <translation>Jeux qui la respectent</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="106" />
        <source>Datasets whose answer is known</source>
        <translation>Jeux dont la réponse est connue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="119" />
        <source>Obligated collectivities</source>
        <translation>Collectivités obligées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="119" />
        <source>France (%)</source>
        <translation>France (%)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="127" />
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="127" />
        <source>API calls</source>
        <translation>Appels d'API</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="127" />
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/spreadsheet_csv.py" line="127" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="46" />
        <source>Median of the régions</source>
        <translation>Médiane des régions</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="46" />
        <source>Median of the départements</source>
        <translation>Médiane des départements</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="47" />
        <source>Median of the EPCI</source>
        <translation>Médiane des EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="68" />
        <source>Data of {date} (datasets listed by the harvest). Shares are of the datasets whose licence, format or date is known; the others are counted as unknown.</source>
        <translation>Données du {date} (jeux de données listés par le moissonnage). Les parts portent sur les jeux dont la licence, le format ou la date est connu ; les autres sont comptés comme inconnus.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="75" />
        <source>{median}: of the {n} {territories} whose datasets were listed, half do better, half worse. Unknown: datasets whose licence, format or date is not known.</source>
        <translation>{median} : des {n} {territories} dont les jeux ont été listés, la moitié fait mieux, l'autre moitié moins bien. Inconnus : jeux dont la licence, le format ou la date n'est pas connu.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="81" />
        <source>régions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="81" />
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="89" />
        <source>{n} dataset published</source>
        <translation>{n} jeu de données publié</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="89" />
        <source>{n} datasets published</source>
        <translation>{n} jeux de données publiés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="91" />
        <source>open licence unknown</source>
        <translation>licence ouverte inconnue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="91" />
        <source>{rate} under an open licence</source>
        <translation>{rate} sous licence ouverte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="94" />
        <source>freshness unknown</source>
        <translation>fraîcheur inconnue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="94" />
        <source>{rate} updated within a year</source>
        <translation>{rate} mis à jour depuis moins d'un an</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="97" />
        <source>{n} SCDL schema of {total} followed</source>
        <translation>{n} schéma SCDL sur {total} suivi</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="97" />
        <source>{n} of {total} SCDL schemas followed</source>
        <translation>{n} schémas SCDL sur {total} suivis</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="171" />
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/publication_section.py" line="161" />
        <source>{n} other themes</source>
        <translation>{n} autres thèmes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_publication_page.py" line="186" />
        <source>Themes of the datasets</source>
        <translation>Thèmes des jeux de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="73" />
        <source>✓ {schema} (valid)</source>
        <translation>✓ {schema} (valide)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="73" />
        <source>✓ valid</source>
        <translation>✓ valide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="75" />
        <source>✗ {schema} (not conforming)</source>
        <translation>✗ {schema} (non conforme)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="75" />
        <source>✗ not conforming</source>
        <translation>✗ non conforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="61" />
        <source>Check a sample of the listed SCDL datasets with the public validation service (sends their addresses)</source>
        <translation>Vérifier un échantillon des jeux du SCDL auprès du service public de validation (envoie leurs adresses)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="106" />
        <source>Schemas were not checked online: the check needs the dataset listing.</source>
        <translation>Les schémas n'ont pas été vérifiés en ligne : la vérification demande la liste des jeux.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="49" />
        <source>List each actor's datasets (themes, licences, formats, schemas)</source>
        <translation>Lister les jeux de données de chaque acteur (thèmes, licences, formats, schémas)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="50" />
        <source>Needed by the Datasets tab and the page “What the territory publishes”; about twice as many requests as counting alone.</source>
        <translation>Nécessaire à l'onglet « Jeux de données » et à la page « Ce que publie le territoire » ; environ deux fois plus de requêtes que le seul comptage.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="52" />
        <source>Check a sample of SCDL files with the public validation service</source>
        <translation>Vérifier un échantillon de fichiers SCDL auprès du service public de validation</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/settings_page.py" line="53" />
        <source>Sends the addresses of a few files and of their schemas to {service}; without it the plugin says “declared” or “detected”, never “valid”.</source>
        <translation>Envoie les adresses de quelques fichiers et de leurs schémas à {service} ; sans cela, le plugin dit « déclaré » ou « détecté », jamais « valide ».</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/datasets_box.py" line="105" />
        <source>{share}
({part} of {whole})</source>
        <translation>{share}
({part} sur {whole})</translation>
    </message>
</context>
</TS>