"""What an employer sees of the competences of a person who shared their profile with it (applied, or proposed with
consent: people.perms.employer_grounds): the person's competences and, per vacancy, which of the competences it asks
the person has (the match explanation). The vacancy page promises it ("Als u solliciteert, ziet de werkgever uw naam,
contactgegevens en uw profiel: …"; walk of issue 16). Only competences that count (matching.models.COUNTING_SOURCES):
a suggestion the person has not confirmed is not theirs yet. Never a status, an INSZ or an age.

Only while the application runs does the employer read the person's live profile. When it ends (ENDED: hired, or not
retained) the ending transition keeps what the employer was shown then (`snapshot`, on Application.shared_at_end) and
the employer reads that, never a later change the person did not share with it; a rejected applicant's until the
retention period of recruitment data ends (the dated parameter `ended_application_retention_months`), after which the
employer sees the outcome only, nothing that leads to the person. A withdrawn application ends every view: the person
took back what they shared (people.perms.employer_grounds)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, dated
from werkregie.core.errors import NotFound

from .models import Application, ApplicationState, Vacancy, VacancySkill

# the access log's words (templates in werkregie/access/descriptions.py)
PERSON_PAGE_READ = "kandidaat: competenties en de gevraagde competenties die de kandidaat heeft"

ENDED = (ApplicationState.HIRED, ApplicationState.REJECTED)  # the employer reads what was shared at the end, not the live profile
PARAMETERS = Path(__file__).resolve().parent / "parameters"
RETENTION = "ended_application_retention_months"


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


def certified_asked(principal: Principal, application: Application) -> set[str]:
    """The vacancy's asked competences that the candidate holds with a proof (certified by a valid credential:
    matching's source "certified"), for the employer's feedback form, so that it does not mark as missing what the
    candidate proved (walk of issue 12, r3). Only what the employer may see of this application: while it runs and is
    the employer's ground to see the person (an ended one shows its snapshot, which holds no proofs); the read logged."""
    from werkregie.matching.models import PersonSkill, SkillSource
    from werkregie.people.perms import employer_grounds

    vacancy = application.vacancy
    if application.state in ENDED or not employer_grounds(vacancy.employer_id).filter(pk=application.pk).exists():
        return set()
    asked = [s.skill_uri for s in _asked([vacancy.pk])[vacancy.pk]]
    found = set(PersonSkill.objects.filter(person_id=application.person_id, source=SkillSource.CERTIFIED, skill_uri__in=asked)
                .values_list("skill_uri", flat=True))
    purpose = Purpose.RECRUITMENT if principal.role == Role.EMPLOYER else Purpose.ADMINISTRATION
    record_access(principal.actor(), [application.person_id], PERSON_PAGE_READ, purpose, principal.channel)
    return found


def snapshot(application: Application) -> dict:
    """What the employer is shown of the person at this moment on this application: the name, the competences that
    count and the vacancy's asked competences then (its fit). {} when the application is no ground to see the person
    (nothing was shared). Called by the ending transition, the row locked and still in its former state."""
    from werkregie.people.models import Person
    from werkregie.people.perms import employer_grounds

    vacancy = Vacancy.objects.only("employer_id").get(pk=application.vacancy_id)
    if not employer_grounds(vacancy.employer_id).filter(pk=application.pk).exists():
        return {}
    first_name, last_name = Person.objects.filter(pk=application.person_id).values_list("first_name", "last_name").get()
    return {"first_name": first_name, "last_name": last_name, "skills": _person_skills([application.person_id])[application.person_id],
            "asked": [[s.skill_uri, s.essential] for s in _asked([vacancy.pk])[vacancy.pk]]}


def retained_until(application: Application) -> dt.date | None:
    """The last day the employer sees what a not retained applicant shared (the retention period of recruitment data
    counts from the day the application ended, as the parameter says on that day); None when there is no such end
    (running, or hired: the employer keeps the profile as shared at the hiring)."""
    from dateutil.relativedelta import relativedelta

    if application.state != ApplicationState.REJECTED:
        return None
    ended = clock.day_of(application.state_since) if application.state_since else clock.today()
    months = int(dated.value(PARAMETERS, RETENTION, ended).value)
    return ended + relativedelta(months=months) - dt.timedelta(days=1)


def retention_over(application: Application, today: dt.date | None = None) -> bool:
    until = retained_until(application)
    return until is not None and (today or clock.today()) > until


def shown_at_end(application: Application, today: dt.date | None = None) -> dict:
    """What the employer still sees of an ended application's person: the snapshot, or {} (the outcome only) once the
    retention period is over or when nothing was shared."""
    return {} if retention_over(application, today) else (application.shared_at_end or {})


def forget_expired(as_of: dt.date) -> int:
    """Erase the snapshots of the not retained applications whose retention period ended before `as_of` (the nightly
    sweep): hidden from then on anyway, they are not kept either. The number erased."""
    erased = 0
    for application in Application.objects.filter(state=ApplicationState.REJECTED).exclude(shared_at_end={}).exclude(shared_at_end__isnull=True) \
            .only("pk", "state", "state_since").iterator():
        if retention_over(application, as_of):
            erased += Application.objects.filter(pk=application.pk).update(shared_at_end={})
    return erased


def ended_fit(application: Application, shared: dict, language: str) -> Fit:
    """The fit as the employer saw it when the application ended, from its snapshot."""
    asked = [VacancySkill(skill_uri=uri, essential=essential) for uri, essential in shared.get("asked", [])]
    return _fit(application.vacancy, asked, list(shared.get("skills", [])), language)


def for_employer(vacancy: Vacancy, applications: list[Application]) -> tuple[list[int], list[int]]:
    """Each application as its employer sees it: `candidate` (the name; "" for the outcome only), `fit` (None for the
    outcome only) and `live` (the application runs: the person page is open to the employer). Returns the persons read
    live and those shown as shared at the end, for the caller's log; the outcome only is no read of the person."""
    from werkregie.matching import labels

    language = labels.reader_language()
    live = [a for a in applications if a.state not in ENDED]
    fits = fits_for_vacancy(vacancy, [a.person_id for a in live])
    at_end: list[int] = []
    for a in applications:
        a.live, a.candidate = a.state not in ENDED, candidate_name(a)
        if a.live:
            a.fit = fits[a.person_id]
            continue
        shared = shown_at_end(a)
        a.fit = ended_fit(a, shared, language) if shared else None
        if shared:
            at_end.append(a.person_id)
    return [a.person_id for a in live], at_end


def candidate_name(application: Application) -> str:
    """The name the employer sees on its application: the person's own while it runs, the one shared at its end after,
    "" for the outcome only."""
    if application.state not in ENDED:
        return f"{application.person.first_name} {application.person.last_name}"
    shared = shown_at_end(application)
    return f"{shared['first_name']} {shared['last_name']}" if shared else ""


def fit_out(fit: Fit | None) -> dict | None:
    """A fit as the API gives it: the same lists as the page."""
    return None if fit is None else {"asked": fit.asked, "others": fit.others}


def for_person_page(principal: Principal, person_id: int) -> list[Fit]:
    """The employer's view of a person's competences on the person page: one Fit per vacancy of the employer on which
    the person shared their profile (its ground) and whose application still runs, newest first; logged. Nothing where
    there is no such ground (an ended application shows what was shared at its end, on the vacancy's applications)."""
    from werkregie.matching import labels
    from werkregie.people import perms as people_perms

    if principal.role != Role.EMPLOYER:
        raise NotFound(_("Geen kandidaat met dit nummer binnen uw toegang."))
    grounds = list(people_perms.shared_applications(principal).filter(person_id=person_id).exclude(state__in=ENDED)
                   .select_related("vacancy").order_by("-created_at", "-pk"))
    if not grounds:
        raise NotFound(_("Geen kandidaat met dit nummer binnen uw toegang."))
    vacancies = list({a.vacancy_id: a.vacancy for a in grounds}.values())
    asked = _asked([v.pk for v in vacancies])
    has = _person_skills([person_id])[person_id]
    language = labels.reader_language()
    record_access(principal.actor(), [person_id], PERSON_PAGE_READ, Purpose.RECRUITMENT, principal.channel)
    return [_fit(v, asked[v.pk], has, language) for v in vacancies]
