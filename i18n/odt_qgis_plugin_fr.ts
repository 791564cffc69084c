<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="18"/>
        <source>Observatoire open data des territoires: territory store, actors, harvests, maps.</source>
        <translation>Observatoire open data des territoires : base territoriale, acteurs, moissonnages, cartes.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="23"/>
        <source>more log lines on stderr</source>
        <translation>plus de lignes de journal sur stderr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="45"/>
        <source>Cancelled: {message}</source>
        <translation>Annulé : {message}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="48"/>
        <source>Error: {message}</source>
        <translation>Erreur : {message}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/__init__.py" line="51"/>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="12"/>
        <source>folder or base URL of decoupage-administratif JSON files</source>
        <translation>dossier ou URL de base des fichiers JSON decoupage-administratif</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="17"/>
        <source>CSV of département and région SIREN (path or URL)</source>
        <translation>CSV des SIREN des départements et régions (chemin ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="20"/>
        <source>folder like admin-express-2018, any OGR file, or a geo.api.gouv.fr base URL</source>
        <translation>dossier comme admin-express-2018, tout fichier OGR, ou une URL de base geo.api.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="25"/>
        <source>boundary fields, e.g. code=INSEE_COM,name=NOM</source>
        <translation>champs des contours, p. ex. code=INSEE_COM,name=NOM</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="34"/>
        <source>endpoints file overriding the shipped resources/endpoints.json</source>
        <translation>fichier de points d'accès remplaçant le resources/endpoints.json fourni</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="28"/>
        <source>seconds before a request is abandoned</source>
        <translation>secondes avant l'abandon d'une requête</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/check_sources.py" line="25"/>
        <source>{ok}/{total} endpoints answer.</source>
        <translation>{ok}/{total} points d'accès répondent.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="24"/>
        <source>requests in flight at most, all hosts together</source>
        <translation>requêtes simultanées au plus, tous hôtes confondus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="26"/>
        <source>requests in flight at most on one host</source>
        <translation>requêtes simultanées au plus sur un même hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="30"/>
        <source>finish the latest unfinished harvest run</source>
        <translation>terminer le dernier moissonnage inachevé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="31"/>
        <source>only actors/platforms without a successful count younger than DAYS</source>
        <translation>seulement les acteurs/plateformes sans comptage réussi de moins de DAYS jours</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="33"/>
        <source>only these actors</source>
        <translation>seulement ces acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="102"/>
        <source>Store not found: {path}</source>
        <translation>Base introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="11"/>
        <source>layer to draw (repeatable; default: all territory layers)</source>
        <translation>couche à dessiner (répétable ; par défaut : toutes les couches territoriales)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="14"/>
        <source>INSEE code of a région</source>
        <translation>code INSEE d'une région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="15"/>
        <source>INSEE code of a département</source>
        <translation>code INSEE d'un département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="18"/>
        <source>PNG file to write</source>
        <translation>fichier PNG à écrire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="27"/>
        <source>Map written: {path}</source>
        <translation>Carte écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="60"/>
        <source>{path} is not an observatory store</source>
        <translation>{path} n'est pas une base de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="62"/>
        <source>{path} was written by a newer version of the plugin (schema {found} &gt; {known}); update the plugin.</source>
        <translation>{path} a été écrit par une version plus récente de l'extension (schéma {found} &gt; {known}) ; mettez l'extension à jour.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="35"/>
        <source>Endpoints file not found: {path}</source>
        <translation>Fichier des points d'accès introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="39"/>
        <source>Endpoints file {path} is not valid JSON: {error}</source>
        <translation>Le fichier des points d'accès {path} n'est pas un JSON valide : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="43"/>
        <source>Endpoints file {path} is not in format {format}</source>
        <translation>Le fichier des points d'accès {path} n'est pas au format {format}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/endpoints.py" line="46"/>
        <source>Endpoints file {path}: unknown platforms {names}</source>
        <translation>Fichier des points d'accès {path} : plateformes inconnues {names}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="54"/>
        <source>Concurrency, per-host limit and timeout must be positive.</source>
        <translation>La concurrence, la limite par hôte et le délai d'expiration doivent être positifs.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="94"/>
        <source>Harvest run {run}{resumed}: {done} actor/platform pairs harvested, {failed} failed, {skipped} skipped, in {seconds:.1f} s.</source>
        <translation>Moissonnage {run}{resumed} : {done} couples acteur/plateforme moissonnés, {failed} en échec, {skipped} ignorés, en {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="97"/>
        <source> (resumed)</source>
        <translation> (repris)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="105"/>
        <source>Datasets found: {n} ({federated} federated on data.gouv.fr from the actor&apos;s own portal, not counted twice).</source>
        <translation>Jeux de données trouvés : {n} ({federated} fédérés sur data.gouv.fr depuis le portail propre de l'acteur, non comptés deux fois).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="111"/>
        <source>Failed by reason:</source>
        <translation>Échecs par motif :</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="125"/>
        <source>The store has no actors table: import the registry first.</source>
        <translation>La base n'a pas de table des acteurs : importez d'abord le registre.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="137"/>
        <source>Unknown actors: {sirens}</source>
        <translation>Acteurs inconnus : {sirens}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="317"/>
        <source>Harvesting {n} actor/platform pairs</source>
        <translation>Moissonnage de {n} couples acteur/plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/engine.py" line="352"/>
        <source>Harvest cancelled; `--resume` finishes run {run}.</source>
        <translation>Moissonnage annulé ; `--resume` termine le moissonnage {run}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="143"/>
        <source>Too many redirects from {url}</source>
        <translation>Trop de redirections depuis {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="137"/>
        <source>Response too large from {url}</source>
        <translation>Réponse trop volumineuse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="133"/>
        <source>Timed out: {url}</source>
        <translation>Délai dépassé : {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="134"/>
        <source>Cannot reach {url}: {reason}</source>
        <translation>Impossible de joindre {url} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="185"/>
        <source>HTTP {status} from {url}</source>
        <translation>HTTP {status} de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="194"/>
        <source>Not valid JSON from {url}</source>
        <translation>JSON non valide de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="202"/>
        <source>XML with a DTD or entities refused from {url}</source>
        <translation>XML avec DTD ou entités refusé de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/gateway.py" line="217"/>
        <source>Not valid XML from {url}</source>
        <translation>XML non valide de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="125"/>
        <source>Operation cancelled by the user.</source>
        <translation>Opération annulée par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/manners.py" line="91"/>
        <source>{host} failed repeatedly; left alone for now</source>
        <translation>{host} a échoué à plusieurs reprises ; laissé de côté pour l'instant</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="47"/>
        <source>No dataset count in the answer of {url}</source>
        <translation>Aucun nombre de jeux de données dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="71"/>
        <source>No data.gouv.fr organisation id for this actor</source>
        <translation>Aucun identifiant d'organisation data.gouv.fr pour cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="85"/>
        <source>No dataset list in the answer of {url}</source>
        <translation>Aucune liste de jeux de données dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="135"/>
        <source>CKAN did not answer a search at {url}</source>
        <translation>CKAN n'a pas répondu à une recherche sur {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="154"/>
        <source>No DCAT catalogue at {url}</source>
        <translation>Aucun catalogue DCAT sur {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="172"/>
        <source>No catalogue path configured</source>
        <translation>Aucun chemin de catalogue configuré</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="186"/>
        <source>DKAN did not answer at {url}</source>
        <translation>DKAN n'a pas répondu sur {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="208"/>
        <source>Unsupported platform (no DCAT catalogue found at {site})</source>
        <translation>Plateforme non prise en charge (aucun catalogue DCAT trouvé sur {site})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="238"/>
        <source>No CSW record count in the answer of {url}</source>
        <translation>Aucun nombre de fiches CSW dans la réponse de {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/harvest/portals/counting.py" line="242"/>
        <source>No platform known for this actor</source>
        <translation>Aucune plateforme connue pour cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="75"/>
        <source>{path} should hold a non-empty JSON list</source>
        <translation>{path} devrait contenir une liste JSON non vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="78"/>
        <source>{path} lacks the fields {fields}</source>
        <translation>Il manque à {path} les champs {fields}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="161"/>
        <source>{path} lacks the columns {fields}</source>
        <translation>Il manque à {path} les colonnes {fields}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/reference.py" line="165"/>
        <source>{path}, line {line}: unexpected row</source>
        <translation>{path}, ligne {line} : ligne inattendue</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="95"/>
        <source>platform URL {url!r} is not a web address</source>
        <translation>l'URL de plateforme {url!r} n'est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="100"/>
        <source>platform URL {url!r} is malformed</source>
        <translation>l'URL de plateforme {url!r} est mal formée</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="103"/>
        <source>platform URL {url!r} is not http or https</source>
        <translation>l'URL de plateforme {url!r} n'est ni http ni https</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="106"/>
        <source>platform URL {url!r} has no host</source>
        <translation>l'URL de plateforme {url!r} n'a pas d'hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="141"/>
        <source>name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="153"/>
        <source>territory code {code!r} is not a département or région code</source>
        <translation>le code territoire {code!r} n'est pas un code de département ou de région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="165"/>
        <source>{source} is empty</source>
        <translation>{source} est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="167"/>
        <source>{source} is not a text file (binary content)</source>
        <translation>{source} n'est pas un fichier texte (contenu binaire)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="174"/>
        <source>{source} is neither UTF-8 nor Windows-1252 text</source>
        <translation>{source} n'est un texte ni UTF-8 ni Windows-1252</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="177"/>
        <source>{source} is not a text file (control characters)</source>
        <translation>{source} n'est pas un fichier texte (caractères de contrôle)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="206"/>
        <source>{found} fields instead of {expected}</source>
        <translation>{found} champs au lieu de {expected}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="212"/>
        <source>SIREN {siren} already given on line {line}</source>
        <translation>SIREN {siren} déjà donné à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="220"/>
        <source>{source} has no header line</source>
        <translation>{source} n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="222"/>
        <source>{source} has a header but no rows</source>
        <translation>{source} a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="231"/>
        <source>{source}: missing column(s) {missing} (found: {found})</source>
        <translation>{source} : colonne(s) manquante(s) {missing} (trouvées : {found})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/registry_csv.py" line="240"/>
        <source>Registry file not found: {path}</source>
        <translation>Fichier du registre introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="167"/>
        <source>mapped to {level} {code}, which the store does not know</source>
        <translation>rattaché à {level} {code}, que la base ne connaît pas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="173"/>
        <source>; closest: {name} ({level} {code})</source>
        <translation> ; le plus proche : {name} ({level} {code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="38"/>
        <source>SIREN is empty</source>
        <translation>Le SIREN est vide</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="40"/>
        <source>SIREN {value!r} has characters other than digits</source>
        <translation>Le SIREN {value!r} contient d'autres caractères que des chiffres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="42"/>
        <source>{value} is a SIRET (14 digits), not a SIREN (9 digits)</source>
        <translation>{value} est un SIRET (14 chiffres), pas un SIREN (9 chiffres)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="44"/>
        <source>SIREN {value} has {count} digits instead of 9</source>
        <translation>Le SIREN {value} a {count} chiffres au lieu de 9</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/siren.py" line="46"/>
        <source>SIREN {value} fails the Luhn check (mistyped digit?)</source>
        <translation>Le SIREN {value} échoue au contrôle de Luhn (chiffre mal saisi ?)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="20"/>
        <source>Only http and https addresses are accepted: {url}</source>
        <translation>Seules les adresses http et https sont acceptées : {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="35"/>
        <source>No network access configured to read {url}</source>
        <translation>Aucun accès réseau configuré pour lire {url}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="39"/>
        <source>File not found: {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="48"/>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} n'est pas un texte UTF-8</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/sources.py" line="50"/>
        <source>{path} is not valid JSON (line {line}, column {col}: {msg})</source>
        <translation>{path} n'est pas un JSON valide (ligne {line}, colonne {col} : {msg})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="47"/>
        <source>Wrong field mapping &apos;{item}&apos;: expected code=FIELD,name=FIELD[,layer=LAYER]</source>
        <translation>Correspondance de champs erronée « {item} » : attendu code=FIELD,name=FIELD[,layer=LAYER]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="65"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="83"/>
        <source>{path} has no field &apos;{field}&apos; for the {key} (fields: {fields}); use --field-map</source>
        <translation>{path} n'a pas de champ « {field} » pour {key} (champs : {fields}) ; utilisez --field-map</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="105"/>
        <source>{path} is not a GeoJSON feature collection</source>
        <translation>{path} n'est pas une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="110"/>
        <source>{path} has no field &apos;{field}&apos; for the code; use --field-map</source>
        <translation>{path} n'a pas de champ « {field} » pour le code ; utilisez --field-map</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="129"/>
        <source>{path} has no layer &apos;{layer}&apos;</source>
        <translation>{path} n'a pas de couche « {layer} »</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="132"/>
        <source>{path} holds no layer</source>
        <translation>{path} ne contient aucune couche</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="190"/>
        <source>Boundaries not found: {path}</source>
        <translation>Contours introuvables : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="195"/>
        <source>No commune boundary found in {path}</source>
        <translation>Aucun contour de commune trouvé dans {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_boundaries.py" line="202"/>
        <source>{path} has no communes/*.geojson files</source>
        <translation>{path} n'a pas de fichiers communes/*.geojson</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="77"/>
        <source>Store written: {path}</source>
        <translation>Base écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="79"/>
        <source>  {layer}: {count}</source>
        <translation>  {layer} : {count}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="80"/>
        <source>  communes reconciled (merged since the boundaries&apos; vintage): {n}</source>
        <translation>  communes réconciliées (fusionnées depuis le millésime des contours) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="81"/>
        <source>  codes unmatched (see the reconciliation table): {n}</source>
        <translation>  codes non appariés (voir la table de réconciliation) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="82"/>
        <source>  invalid geometries repaired: {n}</source>
        <translation>  géométries invalides réparées : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="56"/>
        <source>Output folder does not exist: {path}</source>
        <translation>Le dossier de sortie n'existe pas : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="54"/>
        <source>The store must be a .gpkg file: {path}</source>
        <translation>La base doit être un fichier .gpkg : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="113"/>
        <source>Reading the administrative reference</source>
        <translation>Lecture du référentiel administratif</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="117"/>
        <source>Reading boundaries</source>
        <translation>Lecture des contours</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="120"/>
        <source>Reconciling commune codes</source>
        <translation>Réconciliation des codes communes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="130"/>
        <source>Dissolving EPCI from their member communes</source>
        <translation>Fusion des EPCI à partir de leurs communes membres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="137"/>
        <source>Départements and régions</source>
        <translation>Départements et régions</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="143"/>
        <source>Writing the store</source>
        <translation>Écriture de la base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_layer_writer.py" line="79"/>
        <source>Cannot write layer {name}: {reason}</source>
        <translation>Impossible d'écrire la couche {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/provider.py" line="29"/>
        <source>Observatoire open data</source>
        <translation>Observatoire open data</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="30"/>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="31"/>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="35"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="33"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="68"/>
        <source>Layer {name} not found in {store}</source>
        <translation>Couche {name} introuvable dans {store}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="55"/>
        <source>Unknown layer: {name}</source>
        <translation>Couche inconnue : {name}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="92"/>
        <source>Cannot write {path}</source>
        <translation>Impossible d'écrire {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="112"/>
        <source>No territory with code {code}</source>
        <translation>Aucun territoire de code {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/qgis_tasks.py" line="76"/>
        <source>The task was cancelled or failed unexpectedly.</source>
        <translation>La tâche a été annulée ou a échoué de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="20"/>
        <source>Build the territory store</source>
        <translation>Construire la base territoriale</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="30"/>
        <source>Administrative reference (folder or URL)</source>
        <translation>Référentiel administratif (dossier ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="35"/>
        <source>SIREN of départements and régions (CSV path or URL)</source>
        <translation>SIREN des départements et régions (chemin CSV ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="40"/>
        <source>Boundaries (folder, file or URL)</source>
        <translation>Contours (dossier, fichier ou URL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="45"/>
        <source>Boundary field mapping</source>
        <translation>Correspondance des champs des contours</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="46"/>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/messages.py" line="27"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="53"/>
        <source>Build the territory store…</source>
        <translation>Construire la base territoriale…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="54"/>
        <source>Open a store…</source>
        <translation>Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="43"/>
        <source>Choose where to write the store.</source>
        <translation>Choisissez où écrire la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="49"/>
        <source>Building the territory store</source>
        <translation>Construction de la base territoriale</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="53"/>
        <source>Open a store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/build_store.py" line="23"/>
        <source>Communes, EPCI, départements and régions with their codes, SIREN, population and boundaries, reconciled with the current reference, in one GeoPackage.</source>
        <translation>Communes, EPCI, départements et régions avec leurs codes, SIREN, population et contours, réconciliés avec le référentiel en vigueur, dans un seul GeoPackage.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="29"/>
        <source>population from which a commune must open its data (default: setting, 3500)</source>
        <translation>population à partir de laquelle une commune doit ouvrir ses données (par défaut : paramètre, 3500)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/import_actors.py" line="14"/>
        <source>the registry CSV (comma or semicolon, UTF-8 or Windows-1252)</source>
        <translation>le CSV du registre (virgule ou point-virgule, UTF-8 ou Windows-1252)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="22"/>
        <source>INSEE code of a région, e.g. 52</source>
        <translation>code INSEE d'une région, p. ex. 52</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="23"/>
        <source>code of a département, e.g. 44 or 2A</source>
        <translation>code d'un département, p. ex. 44 ou 2A</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/indicators.py" line="18"/>
        <source>file to write, or - for standard output</source>
        <translation>fichier à écrire, ou - pour la sortie standard</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="56"/>
        <source>Registry {source}: {read} rows read, {accepted} accepted, {rejected} rejected</source>
        <translation>Registre {source} : {read} lignes lues, {accepted} acceptées, {rejected} rejetées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="58"/>
        <source>  actors inserted: {inserted}, updated: {updated}, unchanged: {unchanged}</source>
        <translation>  acteurs insérés : {inserted}, mis à jour : {updated}, inchangés : {unchanged}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="60"/>
        <source>  identified: {parts}</source>
        <translation>  identifiés : {parts}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="62"/>
        <source>  unresolved (kept, listed in the actors table with a reason): {n}</source>
        <translation>  non résolus (conservés, listés dans la table des acteurs avec un motif) : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="67"/>
        <source>    ... and {n} more</source>
        <translation>    ... et {n} autres</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="69"/>
        <source>  rejected ({count}): {reason}</source>
        <translation>  rejetées ({count}) : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="127"/>
        <source>Identifying actors by SIREN</source>
        <translation>Identification des acteurs par SIREN</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="148"/>
        <source>Updating engagement on the territory layers</source>
        <translation>Mise à jour de l'engagement sur les couches territoriales</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="188"/>
        <source>An actor with SIREN {siren} already exists; edit it instead</source>
        <translation>Un acteur de SIREN {siren} existe déjà ; modifiez-le plutôt</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="268"/>
        <source>No actor with SIREN {siren}</source>
        <translation>Aucun acteur de SIREN {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="209"/>
        <source>An actor with SIREN {siren} already exists</source>
        <translation>Un acteur de SIREN {siren} existe déjà</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="257"/>
        <source>Unknown level {level}; use one of {levels}</source>
        <translation>Niveau inconnu {level} ; utilisez l'un de {levels}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="260"/>
        <source>Unknown mapping role {role}</source>
        <translation>Rôle de rattachement inconnu {role}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/actors.py" line="265"/>
        <source>The store has no {level} with code {code}</source>
        <translation>La base n'a pas de {level} de code {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/indicator_tables.py" line="68"/>
        <source>Choose a région or a département, not both</source>
        <translation>Choisissez une région ou un département, pas les deux</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/indicator_tables.py" line="70"/>
        <source>Unknown région code {code}</source>
        <translation>Code de région inconnu : {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="160"/>
        <source>Unknown département code {code}</source>
        <translation>Code de département inconnu : {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/resolution.py" line="175"/>
        <source>SIREN {siren} looks like a collectivity ({level}) but matches none in the current reference (merged or renumbered since?){hint}</source>
        <translation>Le SIREN {siren} semble être une collectivité ({level}) mais ne correspond à aucune du référentiel en vigueur (fusionnée ou renumérotée depuis ?){hint}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/network/qgis_transport.py" line="129"/>
        <source>Refused redirect from {url}: {reason}</source>
        <translation>Redirection refusée depuis {url} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="14"/>
        <source>SIREN of the actor</source>
        <translation>SIREN de l'acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="16"/>
        <source>accept suggestion number N (1 = best)</source>
        <translation>accepter la suggestion numéro N (1 = la meilleure)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="17"/>
        <source>the territory the actor is, e.g. epci:200083392 or region:94</source>
        <translation>le territoire que représente l'acteur, p. ex. epci:200083392 ou region:94</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="20"/>
        <source>the territory a partner (syndicate, agency) serves, e.g. departement:44</source>
        <translation>le territoire que dessert un partenaire (syndicat, agence), p. ex. departement:44</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="25"/>
        <source>forget the mapping of this actor</source>
        <translation>oublier le rattachement de cet acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="34"/>
        <source>Mapping removed for {siren}</source>
        <translation>Rattachement supprimé pour {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="39"/>
        <source>Expected LEVEL:CODE, e.g. epci:200083392</source>
        <translation>LEVEL:CODE attendu, p. ex. epci:200083392</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="51"/>
        <source>{siren} is now {category} ({level} {code})</source>
        <translation>{siren} est désormais {category} ({level} {code})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="48"/>
        <source>No suggestion number {n}</source>
        <translation>Aucune suggestion numéro {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/indicator_files.py" line="23"/>
        <source>Unknown format {fmt}: use json or csv</source>
        <translation>Format inconnu {fmt} : utilisez json ou csv</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="84"/>
        <source>  kept from the previous store: {tables}</source>
        <translation>  repris de la base précédente : {tables}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="56"/>
        <source>Import a registry of actors…</source>
        <translation>Importer un registre d'acteurs…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="57"/>
        <source>Harvest the platforms</source>
        <translation>Moissonner les plateformes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="69"/>
        <source>Registry of actors (CSV)</source>
        <translation>Registre des acteurs (CSV)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="74"/>
        <source>Importing the registry of actors</source>
        <translation>Import du registre des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="89"/>
        <source>Harvesting the actors&apos; platforms</source>
        <translation>Moissonnage des plateformes des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="21"/>
        <source>Harvest the actors&apos; platforms</source>
        <translation>Moissonner les plateformes des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="24"/>
        <source>Counts the datasets each actor publishes on data.gouv.fr, Opendatasoft, CKAN and other platforms, through QGIS&apos;s proxy settings; results are kept as a dated snapshot.</source>
        <translation>Compte les jeux de données que chaque acteur publie sur data.gouv.fr, Opendatasoft, CKAN et d'autres plateformes, via les paramètres de proxy de QGIS ; les résultats sont conservés sous forme d'instantané daté.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="30"/>
        <source>Requests at once per host</source>
        <translation>Requêtes simultanées par hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="32"/>
        <source>Timeout (seconds)</source>
        <translation>Délai d'expiration (secondes)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="35"/>
        <source>Finish the latest unfinished harvest</source>
        <translation>Terminer le dernier moissonnage inachevé</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="37"/>
        <source>Only results older than (days, 0: all)</source>
        <translation>Seulement les résultats plus anciens que (jours, 0 : tous)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/harvest.py" line="40"/>
        <source>Only these SIREN (comma separated)</source>
        <translation>Seulement ces SIREN (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="20"/>
        <source>Import the registry of actors</source>
        <translation>Importer le registre des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="23"/>
        <source>Reads a registry CSV (SIREN, name, platform), checks each row, identifies each actor by its SIREN and updates the engagement fields of the territory layers.</source>
        <translation>Lit un CSV de registre (SIREN, nom, plateforme), vérifie chaque ligne, identifie chaque acteur par son SIREN et met à jour les champs d'engagement des couches territoriales.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="28"/>
        <source>Registry CSV</source>
        <translation>CSV du registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/import_actors.py" line="29"/>
        <source>Population from which a commune must open its data</source>
        <translation>Population à partir de laquelle une commune doit ouvrir ses données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="20"/>
        <source>Indicator tables</source>
        <translation>Tableaux d'indicateurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="23"/>
        <source>Engaged actors by category and région, engaged shares by type and commune size, the open data by default scope, datasets per actor and platforms, for France, a région or a département.</source>
        <translation>Acteurs engagés par catégorie et région, parts engagées par type et taille de commune, le périmètre de l'open data par défaut, jeux de données par acteur et plateformes, pour la France, une région ou un département.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="28"/>
        <source>Région code (empty: France)</source>
        <translation>Code région (vide : France)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="29"/>
        <source>Département code</source>
        <translation>Code département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="30"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="31"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/indicators.py" line="44"/>
        <source>Indicators written: {path}</source>
        <translation>Indicateurs écrits : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="14"/>
        <source>scenario name; a scenario saved under that name is loaded first</source>
        <translation>nom du scénario ; un scénario enregistré sous ce nom est chargé d'abord</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="16"/>
        <source>communes-above:POP[:region=CODE|departement=CODE], epci-members:SIREN or departement-platform:DEP:HOST[:LEVELS]; repeatable</source>
        <translation>communes-above:POP[:region=CODE|departement=CODE], epci-members:SIREN ou departement-platform:DEP:HOST[:LEVELS] ; répétable</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="19"/>
        <source>a collectivity that would publish, LEVEL:CODE (e.g. commune:44109); repeatable</source>
        <translation>une collectivité qui publierait, LEVEL:CODE (p. ex. commune:44109) ; répétable</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="24"/>
        <source>SIREN of an EPCI</source>
        <translation>SIREN d'un EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="26"/>
        <source>save the scenario in the store under its name</source>
        <translation>enregistrer le scénario dans la base sous son nom</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/comparison.py" line="45"/>
        <source>No harvest run {run}</source>
        <translation>Aucun moissonnage {run}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/comparison.py" line="65"/>
        <source>Compare by région or by département</source>
        <translation>Comparer par région ou par département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="129"/>
        <source>Engaged actors</source>
        <translation>Acteurs engagés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="130"/>
        <source>Engaged collectivities</source>
        <translation>Collectivités engagées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="131"/>
        <source>Open data by default scope</source>
        <translation>Périmètre de l'open data par défaut</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="132"/>
        <source>Datasets published</source>
        <translation>Jeux de données publiés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="133"/>
        <source>Rank among peers</source>
        <translation>Rang parmi les pairs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="149"/>
        <source>France: {value}</source>
        <translation>France : {value}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="154"/>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="155"/>
        <source>collectivities</source>
        <translation>collectivités</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/indicators/key_figures.py" line="155"/>
        <source>datasets</source>
        <translation>jeux de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/saved_scenarios.py" line="40"/>
        <source>A scenario needs a name.</source>
        <translation>Un scénario doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/saved_scenarios.py" line="80"/>
        <source>No scenario named {name} in the store</source>
        <translation>Aucun scénario nommé {name} dans la base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/saved_scenarios.py" line="84"/>
        <source>Scenario {name} is damaged: {error}</source>
        <translation>Le scénario {name} est endommagé : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="53"/>
        <source>Malformed rule {rule}: use communes-above:POP[:region=CODE], epci-members:SIREN or departement-platform:DEP:HOST[:LEVELS]</source>
        <translation>Règle mal formée {rule} : utilisez communes-above:POP[:region=CODE], epci-members:SIREN ou departement-platform:DEP:HOST[:LEVELS]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="93"/>
        <source>Unknown collectivity level {level}</source>
        <translation>Niveau de collectivité inconnu {level}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="154"/>
        <source>Unknown EPCI {siren}</source>
        <translation>EPCI inconnu {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="185"/>
        <source>Unknown collectivity {level} {code}</source>
        <translation>Collectivité inconnue {level} {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="281"/>
        <source>Malformed mark {mark}: use LEVEL:CODE, e.g. commune:44109</source>
        <translation>Marque mal formée {mark} : utilisez LEVEL:CODE, p. ex. commune:44109</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="11"/>
        <source>the store to copy: a .gpkg, postgresql://..., or service=NAME [schema=...]</source>
        <translation>la base à copier : un .gpkg, postgresql://..., ou service=NAME [schema=...]</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="13"/>
        <source>the store to write (replaced whole)</source>
        <translation>la base à écrire (remplacée en entier)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="27"/>
        <source>Error: the copy differs for {tables}</source>
        <translation>Erreur : la copie diffère pour {tables}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="16"/>
        <source>france, region:CODE or departement:CODE</source>
        <translation>france, region:CODE ou departement:CODE</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="17"/>
        <source>one page per region, departement or epci of the territory</source>
        <translation>une page par region, departement ou epci du territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="19"/>
        <source>print (vector, 300 dpi) or light (for e-mail)</source>
        <translation>print (vectoriel, 300 dpi) ou light (pour courriel)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="20"/>
        <source>chart by collectivity type (type) or population (size)</source>
        <translation>graphique par type de collectivité (type) ou population (size)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="21"/>
        <source>file to write (an atlas in PNG or SVG writes NAME-CODE files)</source>
        <translation>fichier à écrire (un atlas en PNG ou SVG écrit des fichiers NAME-CODE)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/footprints.py" line="11"/>
        <source>JSON file of the hosts that form one platform (default: the store&apos;s last, else the plugin&apos;s)</source>
        <translation>fichier JSON des hôtes formant une même plateforme (par défaut : le dernier de la base, sinon celui de l'extension)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="31"/>
        <source>Mutualised platforms: {n}</source>
        <translation>Plateformes mutualisées : {n}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="27"/>
        <source>also export the scenario&apos;s print layout to this file (.pdf, .png, .svg)</source>
        <translation>exporter aussi la mise en page du scénario dans ce fichier (.pdf, .png, .svg)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="119"/>
        <source>Engaged share by type of collectivity</source>
        <translation>Part engagée par type de collectivité</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="20"/>
        <source>Engaged share of communes by population</source>
        <translation>Part de communes engagées par population</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="25"/>
        <source>3,501 to 20,000 inhabitants</source>
        <translation>3 501 à 20 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="25"/>
        <source>20,001 to 50,000 inhabitants</source>
        <translation>20 001 à 50 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="26"/>
        <source>50,001 to 100,000 inhabitants</source>
        <translation>50 001 à 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/chart.py" line="26"/>
        <source>over 100,000 inhabitants</source>
        <translation>plus de 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/db.py" line="78"/>
        <source>{path} has schema {found}, which this plugin cannot update: rebuild the store.</source>
        <translation>{path} a le schéma {found}, que cette extension ne sait pas mettre à jour : reconstruisez la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="139"/>
        <source>Cannot read the platform groups file {path}: {reason}</source>
        <translation>Impossible de lire le fichier des groupes de plateformes {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="143"/>
        <source>The platform groups file {path} is not valid JSON: {reason}</source>
        <translation>Le fichier des groupes de plateformes {path} n'est pas un JSON valide : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="147"/>
        <source>The platform groups file {path} must hold an object with a list &quot;groups&quot;</source>
        <translation>Le fichier des groupes de plateformes {path} doit contenir un objet avec une liste « groups »</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="156"/>
        <source>Platform group {name} lists no host</source>
        <translation>Le groupe de plateformes {name} ne liste aucun hôte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="158"/>
        <source>Platform group {name}: unknown type {type} (one of {types})</source>
        <translation>Groupe de plateformes {name} : type inconnu {type} (l'un de {types})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="165"/>
        <source>Host {host} is in two platform groups: {a} and {b}</source>
        <translation>L'hôte {host} figure dans deux groupes de plateformes : {a} et {b}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/mutualisation.py" line="212"/>
        <source>Carrier {siren} declared for {host} does not publish on it</source>
        <translation>Le porteur {siren} déclaré pour {host} n'y publie pas</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="65"/>
        <source>Unknown territory {territory}: use france, region:CODE or departement:CODE</source>
        <translation>Territoire inconnu {territory} : utilisez france, region:CODE ou departement:CODE</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="73"/>
        <source>Unknown template {name}: choose {choices}</source>
        <translation>Modèle inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="76"/>
        <source>Unknown format {name}: choose {choices}</source>
        <translation>Format inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="79"/>
        <source>Unknown preset {name}: choose {choices}</source>
        <translation>Préréglage inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="82"/>
        <source>Unknown chart {name}: choose {choices}</source>
        <translation>Graphique inconnu {name} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="89"/>
        <source>An atlas by {atlas} cannot be made for {territory}: choose {choices}</source>
        <translation>Un atlas par {atlas} est impossible pour {territory} : choisissez {choices}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="96"/>
        <source>Choose an output file.</source>
        <translation>Choisissez un fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="101"/>
        <source>Output folder is not writable: {path}</source>
        <translation>Le dossier de sortie n'est pas accessible en écriture : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_request.py" line="103"/>
        <source>The output is a folder, not a file: {path}</source>
        <translation>La sortie est un dossier, pas un fichier : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="46"/>
        <source>Open data of local authorities, {date}</source>
        <translation>Open data des collectivités locales, {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="60"/>
        <source>{rank} of {peers}</source>
        <translation>{rank} sur {peers}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="65"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="70"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="75"/>
        <source>Observatoire open data des territoires, registry of actors {edition}</source>
        <translation>Observatoire open data des territoires, registre des acteurs {edition}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="77"/>
        <source>IGN ADMIN EXPRESS {vintage}</source>
        <translation>IGN ADMIN EXPRESS {vintage}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="80"/>
        <source>INSEE COG {vintage}</source>
        <translation>INSEE COG {vintage}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="82"/>
        <source>INSEE COG (découpage administratif {version})</source>
        <translation>INSEE COG (découpage administratif {version})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="85"/>
        <source>harvest of {date}</source>
        <translation>moissonnage du {date}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="87"/>
        <source>no harvest yet</source>
        <translation>pas encore de moissonnage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/layout_texts.py" line="89"/>
        <source>Sources: {sources}. {licence}.</source>
        <translation>Sources : {sources}. {licence}.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="47"/>
        <source>PostgreSQL stores need the psycopg2 module (Debian: python3-psycopg2).</source>
        <translation>Les bases PostgreSQL nécessitent le module psycopg2 (Debian : python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="85"/>
        <source>Invalid schema name {name}: letters, digits and _ only</source>
        <translation>Nom de schéma invalide {name} : lettres, chiffres et _ uniquement</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="94"/>
        <source>The QGIS authentication configuration {id} can only be read with QGIS started.</source>
        <translation>La configuration d'authentification QGIS {id} ne peut être lue qu'avec QGIS démarré.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="277"/>
        <source>Cannot connect to {store}: {reason}</source>
        <translation>Impossible de se connecter à {store} : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="294"/>
        <source>PostGIS is not enabled in this database and could not be: {reason}</source>
        <translation>PostGIS n'est pas activé dans cette base de données et n'a pas pu l'être : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/pg_store.py" line="304"/>
        <source>Attaching a file is only possible on a GeoPackage store.</source>
        <translation>Joindre un fichier n'est possible que sur une base GeoPackage.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="303"/>
        <source>Layouts cover France, a région or a département, not an EPCI</source>
        <translation>Les mises en page couvrent la France, une région ou un département, pas un EPCI</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="310"/>
        <source>Scenario {name}: </source>
        <translation>Scénario {name} : </translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/evaluation.py" line="311"/>
        <source>What-if scenario, not observed data: {rules}</source>
        <translation>Scénario, données non observées : {rules}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/store_tables.py" line="81"/>
        <source>Cannot read the definition of a table: {sql}</source>
        <translation>Impossible de lire la définition d'une table : {sql}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_build.py" line="178"/>
        <source>Writing the store into PostgreSQL</source>
        <translation>Écriture de la base dans PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/qgis_footprints.py" line="31"/>
        <source>Platform groups file not found: {path}</source>
        <translation>Fichier des groupes de plateformes introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/footprints/qgis_footprints.py" line="54"/>
        <source>The store has no actors yet: import a registry first.</source>
        <translation>La base n'a pas encore d'acteurs : importez d'abord un registre.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="34"/>
        <source>Communes (small scales)</source>
        <translation>Communes (petites échelles)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_layers.py" line="35"/>
        <source>Open data actors</source>
        <translation>Acteurs de l'open data</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="26"/>
        <source>Mutualised platforms</source>
        <translation>Plateformes mutualisées</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="114"/>
        <source>Preparing the layout</source>
        <translation>Préparation de la mise en page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="170"/>
        <source>Neighbouring territories</source>
        <translation>Territoires voisins</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="191"/>
        <source>Observatory – {title}</source>
        <translation>Observatoire – {title}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="191"/>
        <source>atlas by {level}</source>
        <translation>atlas par {level}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/levels.py" line="25"/>
        <source>région</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/levels.py" line="23"/>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="215"/>
        <source>Unknown {level} code {code}</source>
        <translation>Code de {level} inconnu : {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="306"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="227"/>
        <source>No territory to put in the atlas for {territory}</source>
        <translation>Aucun territoire à mettre dans l'atlas pour {territory}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="262"/>
        <source>Layout template missing or unreadable: {path}</source>
        <translation>Modèle de mise en page absent ou illisible : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="269"/>
        <source>The layout template has no item {item}</source>
        <translation>Le modèle de mise en page n'a pas d'élément {item}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="305"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="609"/>
        <source>The layout could not be exported ({reason})</source>
        <translation>La mise en page n'a pas pu être exportée ({reason})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/layouts/qgis_layouts.py" line="613"/>
        <source>Layout written: {path}</source>
        <translation>Mise en page écrite : {path}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="29"/>
        <source>Observatoire open data: territories and actors</source>
        <translation>Observatoire open data : territoires et acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="35"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/registry/qgis_locator.py" line="35"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="29"/>
        <source>Actors on the map: {n} ({missing} without a territory are not drawn)</source>
        <translation>Acteurs sur la carte : {n} ({missing} sans territoire ne sont pas dessinés)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="42"/>
        <source>Counting actors per département and région</source>
        <translation>Décompte des acteurs par département et région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="48"/>
        <source>Generalising communes for small scales</source>
        <translation>Généralisation des communes pour les petites échelles</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_refresh.py" line="51"/>
        <source>Placing the actors</source>
        <translation>Placement des acteurs</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="15"/>
        <source>Mutualisation footprints</source>
        <translation>Emprises de mutualisation</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/store_actions.py" line="97"/>
        <source>Refreshing the maps</source>
        <translation>Actualisation des cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_pg_auth.py" line="17"/>
        <source>No QGIS authentication configuration {id} (or the master password was not given)</source>
        <translation>Aucune configuration d'authentification QGIS {id} (ou le mot de passe principal n'a pas été saisi)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_render.py" line="59"/>
        <source>Layer {name} not found in {store}: refresh the maps first</source>
        <translation>Couche {name} introuvable dans {store} : actualisez d'abord les cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/qgis_scenario_style.py" line="34"/>
        <source>What-if scenario: changed territories</source>
        <translation>Scénario : territoires modifiés</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/scenarios/qgis_scenario_style.py" line="145"/>
        <source>Change between two harvests</source>
        <translation>Évolution entre deux moissonnages</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="34"/>
        <source>Copied {source} -&gt; {target}</source>
        <translation>Copié {source} -&gt; {target}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="37"/>
        <source>MISMATCH</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="39"/>
        <source>Count check: {n} tables, {bad} mismatched</source>
        <translation>Contrôle des décomptes : {n} tables, {bad} en écart</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="58"/>
        <source>Source and target are the same store</source>
        <translation>La source et la cible sont la même base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="59"/>
        <source>Copying the store</source>
        <translation>Copie de la base</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="212"/>
        <source>Cannot read the store&apos;s layers: {reason}</source>
        <translation>Impossible de lire les couches de la base : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/store/qgis_copy.py" line="225"/>
        <source>Cannot copy the store&apos;s layers: {reason}</source>
        <translation>Impossible de copier les couches de la base : {reason}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="207"/>
        <source>Style {style} is not available on layer {layer}</source>
        <translation>Le style {style} n'est pas disponible sur la couche {layer}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="211"/>
        <source>Unknown style: {style}</source>
        <translation>Style inconnu : {style}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="222"/>
        <source>Style {style} of layer {layer} has no classes to change</source>
        <translation>Le style {style} de la couche {layer} n'a pas de classes à modifier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_styles.py" line="240"/>
        <source>Unknown classification method: {method}</source>
        <translation>Méthode de classification inconnue : {method}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/qgis_tasks.py" line="71"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="27"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="40"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="27"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="27"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="27"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="28"/>
        <source>Last harvest</source>
        <translation>Dernier moissonnage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="37"/>
        <source>not harvested</source>
        <translation>non moissonné</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/actors_table.py" line="130"/>
        <source>Search actors by name, SIREN or platform</source>
        <translation>Rechercher des acteurs par nom, SIREN ou plateforme</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="20"/>
        <source>Export a layout</source>
        <translation>Exporter une mise en page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="26"/>
        <source>No atlas (one page)</source>
        <translation>Pas d'atlas (une page)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="36"/>
        <source>Also add the layout to the project&apos;s layout manager</source>
        <translation>Ajouter aussi la mise en page au gestionnaire de mises en page du projet</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="36"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="40"/>
        <source>Atlas: one page per</source>
        <translation>Atlas : une page par</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="43"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/export_dialog.py" line="95"/>
        <source>Exporting a layout</source>
        <translation>Export d'une mise en page</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="86"/>
        <source>No store loaded</source>
        <translation>Aucune base chargée</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="88"/>
        <source>Load the current store</source>
        <translation>Charger la base courante</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="96"/>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="96"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="106"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="137"/>
        <source>What-if scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="140"/>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="143"/>
        <source>communes-above:POP, epci-members:SIREN or departement-platform:DEP:HOST</source>
        <translation>communes-above:POP, epci-members:SIREN ou departement-platform:DEP:HOST</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="144"/>
        <source>Apply rule</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="152"/>
        <source>Mark map selection</source>
        <translation>Marquer sélection carte</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="152"/>
        <source>Mark selected actors</source>
        <translation>Marquer acteurs choisis</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="152"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="152"/>
        <source>Export layout…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="162"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="162"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="162"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="162"/>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="177"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="179"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="188"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="190"/>
        <source>Harvest {run} ({date})</source>
        <translation>Moissonnage {run} ({date})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="230"/>
        <source>Open or build a store first.</source>
        <translation>Ouvrez ou construisez d'abord une base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="240"/>
        <source>Loading {path}…</source>
        <translation>Chargement de {path}…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="241"/>
        <source>Loading the observatory panel</source>
        <translation>Chargement du panneau de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="289"/>
        <source>Unknown territory {code}</source>
        <translation>Territoire inconnu {code}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="348"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="408"/>
        <source>Export scenarios as CSV</source>
        <translation>Exporter les scénarios en CSV</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="421"/>
        <source>Export the scenario&apos;s layout</source>
        <translation>Exporter la mise en page du scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/panel.py" line="442"/>
        <source>Exporting the scenario&apos;s layout</source>
        <translation>Export de la mise en page du scénario</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="58"/>
        <source>Refresh maps</source>
        <translation>Actualiser les cartes</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="59"/>
        <source>Export a layout…</source>
        <translation>Exporter une mise en page…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="61"/>
        <source>Observatory panel</source>
        <translation>Panneau de l'observatoire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="16"/>
        <source>Copy the store (GeoPackage / PostGIS)</source>
        <translation>Copier la base (GeoPackage / PostGIS)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="19"/>
        <source>Copies every layer and table of a store into another store, which it replaces, then compares the row counts of each table. A store is a .gpkg path or a PostgreSQL location: postgresql://host/db?schema=odt, service=NAME schema=odt, with authcfg=ID for a QGIS authentication configuration.</source>
        <translation>Copie chaque couche et table d'une base dans une autre base, qu'elle remplace, puis compare le nombre de lignes de chaque table. Une base est un chemin .gpkg ou un emplacement PostgreSQL : postgresql://host/db?schema=odt, service=NAME schema=odt, avec authcfg=ID pour une configuration d'authentification QGIS.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="25"/>
        <source>Store to copy</source>
        <translation>Base à copier</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="26"/>
        <source>Store to write</source>
        <translation>Base à écrire</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="27"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/copy_store.py" line="35"/>
        <source>The copy differs for {tables}</source>
        <translation>La copie diffère pour {tables}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="23"/>
        <source>Export a council layout</source>
        <translation>Exporter une mise en page pour les élus</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="26"/>
        <source>A4 or A3 page of France (with the overseas regions as insets), a région or a département, or an atlas with one page per région, département or EPCI: map, legend, key figures, chart, sources.</source>
        <translation>Page A4 ou A3 de la France (avec les régions d'outre-mer en encarts), d'une région ou d'un département, ou atlas d'une page par région, département ou EPCI : carte, légende, chiffres clés, graphique, sources.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/export_layout.py" line="38"/>
        <source>Territory (france, region:CODE or departement:CODE)</source>
        <translation>Territoire (france, region:CODE ou departement:CODE)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="18"/>
        <source>Finds the platforms several actors publish on, types them (metropolitan, departmental, regional, cross-level) and writes the union of their members&apos; territories as the layer footprints of the store.</source>
        <translation>Trouve les plateformes sur lesquelles publient plusieurs acteurs, les type (métropolitaine, départementale, régionale, multiniveau) et écrit l'union des territoires de leurs membres comme couche footprints de la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/footprints.py" line="24"/>
        <source>Platform groups (JSON)</source>
        <translation>Groupes de plateformes (JSON)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/current_store.py" line="25"/>
        <source>Open a PostgreSQL store</source>
        <translation>Ouvrir une base PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/current_store.py" line="25"/>
        <source>Location, e.g. service=observatoire schema=odt, or postgresql://user@host/db?schema=odt&amp;authcfg=ID</source>
        <translation>Emplacement, p. ex. service=observatoire schema=odt, ou postgresql://user@host/db?schema=odt&amp;authcfg=ID</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/plugin/odt_plugin.py" line="55"/>
        <source>Open a PostgreSQL store…</source>
        <translation>Ouvrir une base PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/processing/base.py" line="19"/>
        <source>Store (GeoPackage file or PostgreSQL location)</source>
        <translation>Base (fichier GeoPackage ou emplacement PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/arguments.py" line="6"/>
        <source>the store: a .gpkg file, or a PostgreSQL location (postgresql://user@host/db?schema=odt, service=NAME, authcfg=ID)</source>
        <translation>la base : un fichier .gpkg, ou un emplacement PostgreSQL (postgresql://user@host/db?schema=odt, service=NAME, authcfg=ID)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="7"/>
        <source>Build the territory store (communes, EPCI, départements, régions) into a GeoPackage.</source>
        <translation>Construire la base territoriale (communes, EPCI, départements, régions) dans un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/build_store.py" line="26"/>
        <source>the store to write: a .gpkg file or a PostgreSQL location</source>
        <translation>la base à écrire : un fichier .gpkg ou un emplacement PostgreSQL</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/check_sources.py" line="5"/>
        <source>Tell which endpoints of the endpoints configuration answer.</source>
        <translation>Indiquer quels points d'accès de la configuration des points d'accès répondent.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/copy_store.py" line="7"/>
        <source>Copy a store (GeoPackage or PostgreSQL) into another one, replacing it, and check the row counts.</source>
        <translation>Copier une base (GeoPackage ou PostgreSQL) dans une autre, en la remplaçant, et vérifier le nombre de lignes.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/export.py" line="7"/>
        <source>Export a council layout of France, a région or a département (one page or an atlas) as PDF, PNG or SVG.</source>
        <translation>Exporter une mise en page pour les élus de la France, d'une région ou d'un département (une page ou un atlas) en PDF, PNG ou SVG.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/footprints.py" line="6"/>
        <source>Find the mutualised platforms, type them and write their footprints into the store.</source>
        <translation>Trouver les plateformes mutualisées, les typer et écrire leurs emprises dans la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/harvest.py" line="7"/>
        <source>Harvest the actors&apos; open data platforms: datasets per actor and platform, into the store.</source>
        <translation>Moissonner les plateformes open data des acteurs : jeux de données par acteur et plateforme, dans la base.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/import_actors.py" line="7"/>
        <source>Import a registry of open data actors (CSV) into the store; same SIREN updates, new SIREN inserts.</source>
        <translation>Importer un registre d'acteurs de l'open data (CSV) dans la base ; un SIREN connu met à jour, un nouveau SIREN ajoute.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/indicators.py" line="7"/>
        <source>Compute the observatory's indicator tables for France, a région or a département.</source>
        <translation>Calculer les tableaux d'indicateurs de l'observatoire pour la France, une région ou un département.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/map_actor.py" line="9"/>
        <source>Show suggestions for an unresolved actor, accept one, or map the actor to a territory by hand.</source>
        <translation>Afficher les suggestions pour un acteur non résolu, en accepter une, ou rattacher l'acteur à un territoire à la main.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/render.py" line="6"/>
        <source>Render store layers to a PNG image (France, or one région or département).</source>
        <translation>Dessiner des couches de la base dans une image PNG (France, ou une région ou un département).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/whatif.py" line="9"/>
        <source>Recompute a territory&apos;s key figures under a what-if scenario, without changing observed data.</source>
        <translation>Recalculer les chiffres clés d'un territoire selon un scénario, sans modifier les données observées.</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="7"/>
        <source>Add, edit or remove one actor by hand (same checks as an import).</source>
        <translation>Ajouter, modifier ou retirer un acteur à la main (mêmes contrôles qu'un import).</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="14"/>
        <source>name of the actor</source>
        <translation>nom de l'acteur</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="15"/>
        <source>a corrected SIREN (edit only)</source>
        <translation>un SIREN corrigé (modification seulement)</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="16"/>
        <source>address of its open data platform</source>
        <translation>adresse de sa plateforme open data</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="17"/>
        <source>its data.gouv.fr organisation id</source>
        <translation>identifiant de son organisation sur data.gouv.fr</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/cli/actor.py" line="18"/>
        <source>platform technology, e.g. OpenDataSoft</source>
        <translation>technologie de la plateforme, par ex. OpenDataSoft</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_observations.py" line="63"/>
        <source>Actor added: {siren} {name} ({category})</source>
        <translation>Acteur ajouté : {siren} {name} ({category})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_observations.py" line="66"/>
        <source>Actor updated: {siren} {name} ({category})</source>
        <translation>Acteur modifié : {siren} {name} ({category})</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/maps/qgis_observations.py" line="69"/>
        <source>Actor removed: {siren}</source>
        <translation>Acteur retiré : {siren}</translation>
    </message>
    <message>
        <location filename="../odt_qgis_plugin/common/levels.py" line="21"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
</context>
</TS>
