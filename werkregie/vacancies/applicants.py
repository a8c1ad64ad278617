"""What an employer sees of the competences of a person who shared their profile with it (applied, or proposed with
consent: people.perms.employer_grounds): the person's competences and, per vacancy, which of the competences it asks
the person has (the match explanation). The vacancy page promises it ("Als u solliciteert, ziet de werkgever uw naam,
contactgegevens en uw profiel: …"; walk of issue 16). Only competences that count (matching.models.COUNTING_SOURCES):
a suggestion the person has not confirmed is not theirs yet. Never a status, an INSZ or an age."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import NotFound

from .models import Vacancy, VacancySkill

# the access log's words (templates in werkregie/access/descriptions.py)
PERSON_PAGE_READ = "kandidaat: competenties en de gevraagde competenties die de kandidaat heeft"


@dataclass
class Fit:
    """A person's competences against one vacancy's: `asked` each with `have`; `others` the person's other competences."""

    vacancy: Vacancy | None
    asked: list[dict] = field(default_factory=list)
    others: list[dict] = field(default_factory=list)

    @property
    def matched(self) -> list[dict]:
        return [s for s in self.asked if s["have"]]

    @property
    def missing(self) -> list[dict]:
        return [s for s in self.asked if not s["have"]]


def _person_skills(person_ids: list[int]) -> dict[int, list[str]]:
    from werkregie.matching.models import COUNTING_SOURCES, PersonSkill

    found: dict[int, list[str]] = {pk: [] for pk in person_ids}
    for person_id, uri in PersonSkill.objects.filter(person_id__in=person_ids, source__in=COUNTING_SOURCES).order_by("pk").values_list("person_id", "skill_uri"):
        found[person_id].append(uri)
    return found


def _asked(vacancy_ids: list[int]) -> dict[int, list[VacancySkill]]:
    found: dict[int, list[VacancySkill]] = {pk: [] for pk in vacancy_ids}
    for s in VacancySkill.objects.filter(vacancy_id__in=vacancy_ids).order_by("-essential", "pk"):
        found[s.vacancy_id].append(s)
    return found


def _fit(vacancy: Vacancy | None, asked: list[VacancySkill], has: list[str], language: str) -> Fit:
    from werkregie.matching import labels

    own = set(has)
    asked_uris = {s.skill_uri for s in asked}
    return Fit(vacancy=vacancy,
               asked=[labels.skill(s.skill_uri, language, have=s.skill_uri in own, essential=s.essential) for s in asked],
               others=sorted((labels.skill(uri, language) for uri in has if uri not in asked_uris), key=lambda e: e["label"].casefold()))


def fits_for_vacancy(vacancy: Vacancy, person_ids: list[int]) -> dict[int, Fit]:
    """Each applicant's fit with the vacancy. The caller logs the read (applications_for_vacancy)."""
    from werkregie.matching import labels

    language = labels.reader_language()
    asked = _asked([vacancy.pk])[vacancy.pk]
    return {pk: _fit(vacancy, asked, uris, language) for pk, uris in _person_skills(person_ids).items()}


def for_person_page(principal: Principal, person_id: int) -> list[Fit]:
    """The employer's view of a person's competences on the person page: one Fit per vacancy of the employer on which
    the person shared their profile (its ground), newest first; logged. Nothing where there is no ground."""
    from werkregie.matching import labels
    from werkregie.people import perms as people_perms

    if principal.role != Role.EMPLOYER:
        raise NotFound(_("Geen kandidaat met dit nummer binnen uw toegang."))
    grounds = list(people_perms.shared_applications(principal).filter(person_id=person_id).select_related("vacancy").order_by("-created_at", "-pk"))
    if not grounds:
        raise NotFound(_("Geen kandidaat met dit nummer binnen uw toegang."))
    vacancies = list({a.vacancy_id: a.vacancy for a in grounds}.values())
    asked = _asked([v.pk for v in vacancies])
    has = _person_skills([person_id])[person_id]
    language = labels.reader_language()
    record_access(principal.actor(), [person_id], PERSON_PAGE_READ, Purpose.RECRUITMENT, principal.channel)
    return [_fit(v, asked[v.pk], has, language) for v in vacancies]
