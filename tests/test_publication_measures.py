"""What each territory publishes, on a hand-made store whose figures were worked out by hand (publication_store.py)."""
import sqlite3
from datetime import date

import pytest
from publication_store import ANGERS, E1, NANTES, PARTNER, REGION_52, make_publication_store

from odt_qgis_plugin.publications.publication_measures import (
    PublicationIndex,
    Share,
    actor_publication,
    territory_publication,
)

pytestmark = pytest.mark.pure


@pytest.fixture
def connection(tmp_path):
    connection = sqlite3.connect(make_publication_store(tmp_path / "publications.gpkg"))
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def test_an_actor_counts_its_own_portal_and_data_gouv_without_the_federated_copy(connection):
    found = actor_publication(connection, NANTES)
    # N1, N2, N3 on data.nantes.fr and NG2 on data.gouv.fr; NG1 is the copy of a data.nantes.fr dataset and
    # NOLD belongs to run 1, superseded by run 2's listing of data.gouv.fr
    assert found.datasets == 4 and found.actors_listed == 1 and found.run_id == 2
    assert found.as_of == date(2025, 6, 15)
    # N3 and NG2 ("environnement": the same theme), N1 and N3; N2 declares none
    assert found.themes == [("Environnement", 2), ("Mobilité", 2), ("", 1)]
    assert found.open_licence == Share(2, 3, 1)  # N1, NG2 open; N3 CC-BY-NC; N2 declares none
    assert found.open_format == Share(1, 3, 1)  # N1 csv; N2 pdf, NG2 xlsx; N3 declares none
    assert found.fresh == Share(1, 2, 2)  # N1; N3 (2023) not; N2 no date, NG2 dated after the run: unknown
    row = found.checklist[0]
    assert (row.schema, row.here, row.datasets) == ("scdl/deliberations", "declared", 1)
    assert row.obligated is None  # an actor is not a territory
    assert row.national_share == pytest.approx(2 / 9)
    # downloads rank first (N1 500, NG2 10), then API calls (N3), then views (N2): the copy's 99,999 is not there
    assert [item.title for item in found.top] == ["Délibérations du conseil", "Qualité de l'air", "Comptages vélo",
                                                 "Rapport annuel"]
    assert found.top[2].usage == ("api_calls", 50) and found.top[0].actor == "Ville de Nantes"


def test_a_count_only_run_keeps_the_earlier_listing_and_an_unfinished_run_counts_nothing(connection):
    metro = actor_publication(connection, NANTES_METRO_SIREN)
    assert metro.datasets == 1 and metro.run_id == 1 and metro.as_of == date(2025, 1, 10)
    assert metro.fresh == Share(1, 1, 0)  # February 2024 is within the 12 months before 10 January 2025
    assert actor_publication(connection, REGION_52).datasets is None  # run 3 is still running
    assert actor_publication(connection, ANGERS).datasets is None  # counted, never listed
    assert actor_publication(connection, ANGERS).checklist == []


NANTES_METRO_SIREN = E1


def test_an_epci_holds_itself_and_its_communes(connection):
    found = territory_publication(connection, "epci", E1)
    assert found.datasets == 5 and found.actors_listed == 2
    assert found.fresh == Share(2, 3, 2) and found.as_of == date(2025, 6, 15)
    assert found.themes[0] == ("Mobilité", 3)
    row = found.checklist[0]
    # obligated: Nantes (300,000) and the EPCI; 44001 (1,000) is not; Nantes declares délibérations
    assert (row.obligated_publishing, row.obligated, row.obligated_unknown, row.share) == (1, 2, 0, 0.5)
    assert found.top[0].title == "Délibérations du conseil" and found.top[1].title == "Arrêts de bus"


def test_departement_region_and_france_with_unknown_collectivities_apart(connection):
    loire = territory_publication(connection, "departement", "44")
    assert loire.datasets == 6 and loire.actors_listed == 3  # Nantes, its métropole, the partner
    assert loire.open_licence == Share(3, 4, 2)  # N1, NG2, E1A open; N3 not; N2 none, P1 "Other"
    row = loire.checklist[0]
    assert (row.obligated_publishing, row.obligated, row.obligated_unknown) == (1, 3, 0)  # Nantes, EPCI, the 44
    region = territory_publication(connection, "region", "52")
    assert region.datasets == 6  # Angers and the région were not listed
    row = region.checklist[0]
    # Nantes, Angers, two EPCI, two départements, the région: Angers and the région are unknown, not "no"
    assert (row.obligated_publishing, row.obligated, row.obligated_unknown) == (1, 7, 2)
    assert row.share == pytest.approx(1 / 5) and row.national_share == pytest.approx(2 / 9)
    france = territory_publication(connection, "france", "")
    assert france.datasets == 7  # Rennes's R1 added: its fields match délibérations
    assert france.checklist[0].here == "declared" and france.checklist[0].datasets == 2
    rennes = territory_publication(connection, "region", "53")
    assert rennes.checklist[0].here == "detected"
    assert territory_publication(connection, "departement", "49").datasets is None  # nothing listed there


def test_scdl_share_of_the_bloc_communal(connection):
    index = PublicationIndex(connection)
    # région 52's bloc: Nantes, Angers (unknown), the two EPCI: Nantes publishes
    assert index.scdl_bloc("region", "52") == Share(1, 3, 1)
    assert index.scdl_bloc("epci", E1) == Share(1, 2, 0)
    assert index.scdl_bloc("region", "53") == Share(1, 2, 0)  # Rennes (detected), Rennes Métropole


def test_a_store_without_listings_says_so(tmp_path):
    path = make_publication_store(tmp_path / "empty.gpkg")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM datasets")
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        found = territory_publication(connection, "france", "")
        assert found.datasets is None and found.checklist == [] and found.open_licence is None
        assert not PublicationIndex(connection).listed
        assert actor_publication(connection, PARTNER).datasets is None
    finally:
        connection.close()


def test_peers_are_the_medians_of_the_territories_of_the_same_level(connection):
    index = PublicationIndex(connection)
    # départements with a listed actor: 44 (Nantes, its métropole, the partner) and 35 (Rennes); 49 has none
    assert index.peer_codes("departement") == ["35", "44"]
    peers = index.peers("departement")
    assert peers.territories == 2
    assert peers.datasets == 3.5  # 44: 6 datasets, 35: 1 (R1)
    # licence: 44 3 of 4 known (N1, NG2, E1A; N3 not), 35 1 of 1 (R1): median (0.75 + 1) / 2, not the pooled 4/5
    assert peers.open_licence == pytest.approx(0.875)
    # format: 44 N1, E1A, P1 open of N1, N2, NG2, E1A, P1 known (3/5); 35 R1 csv (1)
    assert peers.open_format == pytest.approx(0.8)
    # fresh: 44 N1, E1A (at run 1), P1 of those plus N3 (3/4); 35 R1 (1)
    assert peers.fresh == pytest.approx(0.875)
    # délibérations: 44 Nantes of Nantes, Nantes Métropole, the 44 (1/3); 35 Rennes of Rennes, its métropole, the 35
    assert peers.scdl["scdl/deliberations"] == pytest.approx(1 / 3)
    assert peers.scdl["scdl/budget"] == 0  # known everywhere, published nowhere: 0, not unknown
    regions = index.peers("region")
    # région 52: 1 of 5 known (Angers and the région unknown); 53: Rennes of Rennes, its EPCI, the 35, the région
    assert regions.territories == 2 and regions.scdl["scdl/deliberations"] == pytest.approx((1 / 5 + 1 / 4) / 2)
    epci = index.peers("epci")
    assert index.peer_codes("epci") == ["243500139", E1] and epci.datasets == 3  # E1: 5, Rennes Métropole: 1
    assert index.peers("france") is None
    assert index.peers("departement") is peers  # computed once


def test_no_listing_no_peers(tmp_path):
    path = make_publication_store(tmp_path / "empty.gpkg")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM datasets")
    connection = sqlite3.connect(path)
    try:
        assert PublicationIndex(connection).peers("departement") is None
    finally:
        connection.close()
