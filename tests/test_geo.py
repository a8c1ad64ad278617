from werkregie.geo.models import HistoricMunicipality, Municipality, PostalCode, Region
from werkregie.geo.services import current_code, load_reference_data


def test_all_belgian_municipalities_are_loaded(ref):
    assert Municipality.objects.count() == 565
    assert Municipality.objects.filter(region=Region.FLANDERS).count() == 285
    assert Municipality.objects.filter(region=Region.BRUSSELS).count() == 19
    assert HistoricMunicipality.objects.count() == 581
    assert HistoricMunicipality.objects.filter(region=Region.FLANDERS).count() == 300
    assert PostalCode.objects.count() > 1100


def test_flemish_municipalities_sort_first(ref):
    assert Municipality.objects.first().region == Region.FLANDERS


def test_2025_mergers_are_mapped(ref):
    # Kluisbergen, Ruien… ; Ghent itself is unchanged; Tongeren and Borgloon merged into Tongeren-Borgloon
    merged = HistoricMunicipality.objects.exclude(successor_id__in=HistoricMunicipality.objects.values("nis_code"))
    assert merged.count() >= 27
    tongeren = HistoricMunicipality.objects.get(name_nl="Tongeren")
    assert tongeren.successor.name_nl == "Tongeren-Borgloon"
    assert current_code(tongeren.nis_code) == tongeren.successor_id
    assert current_code("44021") == "44021"
    assert current_code("99999") is None


def test_population_of_merged_municipality_is_sum_of_parts(ref):
    successor = HistoricMunicipality.objects.get(name_nl="Tongeren").successor
    parts = HistoricMunicipality.objects.filter(successor=successor)
    assert parts.count() == 2
    assert successor.population == sum(p.population_2020 for p in parts)
    flemish = sum(Municipality.objects.filter(region=Region.FLANDERS).values_list("population", flat=True))
    assert 6_500_000 < flemish < 6_800_000


def test_loading_twice_changes_nothing(ref):
    before = (Municipality.objects.count(), HistoricMunicipality.objects.count(), PostalCode.objects.count())
    load_reference_data()
    assert before == (Municipality.objects.count(), HistoricMunicipality.objects.count(), PostalCode.objects.count())


def test_municipality_has_names_province_centroid(ref):
    gent = Municipality.objects.get(pk="44021")
    assert (gent.name_nl, gent.name_fr, gent.province_nl) == ("Gent", "Gand", "Provincie Oost-Vlaanderen")
    assert 51.0 < gent.centroid_lat < 51.2 and 3.6 < gent.centroid_lon < 3.9
    assert gent.postal_codes.filter(code="9000").exists()
