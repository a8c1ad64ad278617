"""Issue 12 walk: the sector view marked an occupation a bottleneck only from VDAB's list, the training guide also when
the platform's own vacancies outnumber the job seekers who want it in the region: the same occupation was marked on one
page and not on the other. Both now ask training.bottlenecks.mark, the one rule."""

import pytest
from django.core.cache import cache

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.suppression import threshold
from werkregie.geo.models import Municipality
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import OrganisationKind
from werkregie.training import bottlenecks
from werkregie.vacancies import sectors

from . import factories as f
from .test_matching_platform import vacancy


@pytest.fixture
def region(db):
    cache.clear()
    employer = f.organisation(OrganisationKind.EMPLOYER)
    listed = bottlenecks.published()
    unlisted = [o.uri for o in taxonomy().occupations if o.uri not in listed]
    tight, calm, on_list = unlisted[0], unlisted[1], next(iter(listed))
    # tight on the platform, nobody wants it: a bottleneck though on no list (with nobody looking, as many vacancies as
    # the pages may show: fewer is a thin market, no evidence, since the walk of issue 13)
    for _i in range(max(bottlenecks.MIN_VACANCIES, threshold())):
        vacancy(employer, occupation_uri=tight, open=True)
    vacancy(employer, occupation_uri=calm, open=True)  # one vacancy says nothing
    vacancy(employer, occupation_uri=on_list, open=True)
    province = Municipality.objects.get(pk="44021").province_nis
    return {"tight": tight, "calm": calm, "listed": on_list, "province": province}


def _sector_marks(principal, province: str) -> dict[str, bool]:
    return {o.uri: o.bottleneck for o in sectors.view(principal, province_nis=province).occupations}


def test_the_sector_view_and_the_training_guide_mark_the_same_occupations(region):
    analyst = Principal.for_session(f.user(Role.ANALYST))
    marks = _sector_marks(analyst, region["province"])
    guide = {t.uri: t.bottleneck for t in bottlenecks.targets([region["tight"], region["calm"], region["listed"]], region["province"], suggest=0)}
    assert marks[region["tight"]] is True and marks[region["calm"]] is False and marks[region["listed"]] is True
    assert {uri: marks[uri] for uri in guide} == guide
    for uri, expected in guide.items():
        assert bottlenecks.mark(uri, region["province"]).bottleneck is expected
    assert bottlenecks.mark(region["tight"], region["province"]).tight and bottlenecks.mark(region["listed"], region["province"]).listed_year
