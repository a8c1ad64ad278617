import datetime as dt

from django.forms.models import model_to_dict

from werkregie.core.fastfetch import rows_where
from werkregie.people.models import Consent, ContactChannel, PersonLanguage, StatusEpisode

from . import factories as f


def test_plain_sql_reads_equal_the_orm(ref):
    p = f.person()
    f.episode(p, "leefloon", start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30), municipality="44021")
    f.episode(p, "jobseeker_benefit", start=dt.date(2024, 7, 1))
    Consent.objects.create(person=p, purpose="research", given_at=dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.timezone.utc))
    PersonLanguage.objects.create(person=p, language="nl", level="B2")
    PersonLanguage.objects.create(person=p, language="ar", level="native")
    ContactChannel.objects.create(person=p, kind="email", value="a@example.org", preferred=True)
    for model in (StatusEpisode, Consent, PersonLanguage, ContactChannel):
        orm = [model_to_dict(x) for x in model.objects.filter(person_id=p.pk)]
        fast = [model_to_dict(x) for x in rows_where(model, "person_id", p.pk)]
        assert fast == orm and fast, model
