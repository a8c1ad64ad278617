"""Demo credentials; called by `werkregie demo` after the population, accounts, matching and the organisations exist.
Idempotent: a second call adds nothing.

The platform (VDAB) and two registered partner issuers (the training provider "Syntra Vlaanderen" and the school
"Scholengroep Gent", both demo partner organisations) issue a small, plausible passport: for the demo citizen `burger`
a diploma from years ago, a completed safety training, certified competences for their occupation, an expired first-aid
attest and one revoked (replaced) credential; for a few persons of the demo counsellor's caseload a training and
certified competences. Skills are the ESCO essential skills of the occupation concerned. Issued through the use case
with the clock moved back, so dates and validity tell a true history."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from werkregie.accounts.models import User
from werkregie.core import clock
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.people.models import PartnerLink, Person
from werkregie.workflows.services import Who

from . import use_cases as uc
from .enums import CredentialKind, IssuerKind
from .models import Credential, Issuer

DEMO = Who(None, "system", "werkregie demo")
OCCUPATIONS = ["heftruckchauffeur", "magazijnmedewerker", "lasser"]


def _occupation_skills(label: str, count: int = 4) -> list[str]:
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()
    for occupation in tax.occupations:
        if occupation.label("nl") == label:
            return [tax.skills[i].uri for i in occupation.essential[:count]]
    return []


def _partner_issuer(name: str, partner_type: str, kind: str, slug: str, url: str) -> Issuer | None:
    found = Issuer.objects.filter(slug=slug).first()
    if found:
        return found
    org = Organisation.objects.filter(kind=OrganisationKind.PARTNER, partner_type=partner_type, name=name).first()
    if org is None:
        return None
    return uc.register_issuer(name=name, slug=slug, kind=kind, organisation=org, url=url, who=DEMO)


FORKLIFT_COURSE_BEFORE_WORK_DAYS = 30


PARTNER_LINK_AFTER_COURSE_DAYS = 90  # a provider's link with a trainee outlasts the course by the time a certificate takes


def _forklift_course_on(person: Person, today: dt.date) -> dt.date:
    """When the citizen followed the forklift course: a month before his first job in the register (the start of his
    years as a forklift driver, matching/demo.py puts them there; walk of issue 16: the course dated last year, after
    nine years on the forklift); a year ago for someone the register shows no work of."""
    from werkregie.people.synthetic import WORKED

    first = person.episodes.filter(kind__in=WORKED).order_by("start").values_list("start", flat=True).first()
    return first - dt.timedelta(days=FORKLIFT_COURSE_BEFORE_WORK_DAYS) if first else today - dt.timedelta(days=380)


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10), clock.BRUSSELS)


def _issue(on: dt.date, **values) -> Credential:
    with clock.travel_to(_at(min(on, clock.today()))):
        return uc.issue(who=DEMO, **values)


def seed(progress: Callable[[int], None] | None = None) -> dict:
    citizen = User.objects.filter(username="burger").select_related("person").first()
    if citizen is None or citizen.person_id is None:
        return {"credentials": 0}
    if Credential.objects.filter(person_id=citizen.person_id, issued_by=DEMO.label).exists():
        return {"credentials": 0}
    platform = uc.platform_issuer()
    syntra = _partner_issuer("Syntra Vlaanderen", PartnerType.TRAINING_PROVIDER, IssuerKind.TRAINING_PROVIDER, "syntra-vlaanderen", "https://www.syntra.be")
    school = _partner_issuer("Scholengroep Gent", PartnerType.SCHOOL, IssuerKind.SCHOOL, "scholengroep-gent", "https://www.scholengroepgent.be")
    today = clock.today()
    person = citizen.person
    forklift, warehouse, welding = (_occupation_skills(o) for o in OCCUPATIONS)
    trained = _forklift_course_on(person, today)
    made: list[Credential] = []
    if syntra is not None and syntra.organisation_id:
        # the provider trained the citizen: the legal link on which a partner may issue to a person; it ends with the
        # course and the weeks its certificate takes, never open-ended (walk of stop 32: Syntra still read the whole file
        # of a man it trained years ago, benefit status and INSZ included, "sinds 04/09/2021")
        start = min(trained, today - dt.timedelta(days=400))
        PartnerLink.objects.get_or_create(person=person, organisation_id=syntra.organisation_id, purpose="training", start=start,
                                          defaults={"end": max(start, trained + dt.timedelta(days=PARTNER_LINK_AFTER_COURSE_DAYS))})
    if school is not None:
        made.append(_issue(dt.date(max(person.birth_date.year + 18, 2000), 6, 30), person=person, issuer=school, kind=CredentialKind.DIPLOMA,
                           title="Diploma secundair onderwijs – Logistiek", skills=warehouse[:3],
                           description="Derde graad beroepssecundair onderwijs, studierichting Logistiek."))
    if syntra is not None:
        made.append(_issue(trained, person=person, issuer=syntra, kind=CredentialKind.TRAINING_COMPLETION,
                           title="Opleiding heftruckchauffeur (VCA Basisveiligheid inbegrepen)", skills=forklift[:3],
                           description="Opleiding van 10 dagen met praktijkproef op de heftruck.",
                           valid_until=max(trained + dt.timedelta(days=365 * 10), today + dt.timedelta(days=365)),
                           evidence={"name": "Praktijkproef heftruck", "narrative": "Geslaagd voor de praktijkproef en het VCA-examen."}))
        made.append(_issue(today - dt.timedelta(days=365 * 4), person=person, issuer=syntra, kind=CredentialKind.TRAINING_COMPLETION,
                           title="Attest eerste hulp op het werk", skills=[], description="Basisopleiding EHBO (12 uur).",
                           valid_until=today - dt.timedelta(days=365)))
    old = _issue(today - dt.timedelta(days=200), person=person, issuer=platform, kind=CredentialKind.CERTIFIED_COMPETENCE,
                 title="Gecertificeerde competenties magazijnmedewerker", skills=warehouse[:2],
                 description="Vastgesteld tijdens een werkplekleertraject.")
    with clock.travel_to(_at(today - dt.timedelta(days=60))):
        uc.revoke(old, DEMO, "Vervangen door een vollediger attest na de bijkomende proef.")
    made.append(old)
    made.append(_issue(today - dt.timedelta(days=60), person=person, issuer=platform, kind=CredentialKind.CERTIFIED_COMPETENCE,
                       title="Gecertificeerde competenties magazijnmedewerker", skills=warehouse,
                       description="Vastgesteld tijdens een werkplekleertraject en een bijkomende praktijkproef."))
    caseload = Person.objects.filter(counsellor__username="bemiddelaar").exclude(pk=person.pk).order_by("pk")[:4]
    for n, other in enumerate(caseload):
        skills, title = (welding, "lasser") if n % 2 else (forklift, "heftruckchauffeur")
        made.append(_issue(today - dt.timedelta(days=30 + 20 * n), person=other, issuer=platform, kind=CredentialKind.CERTIFIED_COMPETENCE,
                           title=f"Gecertificeerde competenties {title}", skills=skills[:3]))
        if syntra is not None:
            made.append(_issue(today - dt.timedelta(days=90 + 20 * n), person=other, issuer=syntra, kind=CredentialKind.TRAINING_COMPLETION,
                               title=f"Opleiding {title}", skills=skills[:2]))
        if progress:
            progress(1)
    return {"credentials": len(made)}
