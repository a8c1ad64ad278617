"""Demo data of careers; called by `werkregie demo` after matching, appointments, credentials and the learning account.
Idempotent: a second call adds nothing.

The demo citizen (`burger`, a forklift operator from matching's demo profile) gets a target occupation that is the
next step in that history (warehouse manager), forklift skills recognised through an EVC three months ago (credentials
and certified competences), a second EVC request in progress (warehouse worker, the assessment planned next week), and
a passport link shared with a temporary-work agency that was opened once. A forklift operator in the demo counsellor's
caseload lost their job in a collective dismissal three weeks ago and holds a competence visa. An EVC centre (a
training-provider partner) is accredited as assessor. Last, the past year's vacancies (demo_market.py: synthetic, by
sector and province) give the career signals of the citizen's occupations real quarters to compare. Everything goes through the use cases with the clock moved back,
so the transition log, the messages and the credentials tell a true history."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from werkregie.accounts.models import User
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.workdays import is_working_day
from werkregie.matching.models import PersonExperience, PersonSkill
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.people.models import Person

from . import demo_market
from .enums import Level
from .models import CompetenceVisa, EvcAccreditation, EvcRequest
from .use_cases import evc, loopbaan, passport, shares, visa

EVC_CENTRE = "EVC-centrum Logistiek Gent"  # the demo's accredited EVC centre (login `evc-centrum`, werkregie/demo/services.py)
LEVELS = (Level.INDEPENDENT, Level.ADVANCED, Level.INDEPENDENT, Level.EXPERT, Level.BASIC)
EVIDENCE = ("observation", "employer", "test", "portfolio", "interview")
# The occupations the demo citizen aims at or asks recognition for (English ESCO labels): the next step after the
# forklift, and the warehouse skills of the EVC in progress. The training demo's catalogue covers their essential
# skills (training.demo.records), so the guide has a plan for them.
DEMO_TARGETS = ("warehouse manager", "warehouse worker")


def _at(day: dt.date, hour: int) -> dt.datetime:
    return min(dt.datetime.combine(day, dt.time(hour), clock.BRUSSELS), clock.now() - dt.timedelta(minutes=5))


def _working(day: dt.date, step: int = 1) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=step)
    return day


def _dismissal_day(person_id: int, issued: dt.date) -> dt.date | None:
    """The day the demo's collective dismissal of `person_id` took place, for a visa issued on `issued`: the end of their
    last work in the register when it ended in the year before, else about two weeks before the visa when the register
    does not contradict it; None when neither fits."""
    from werkregie.people.models import StatusEpisode

    person = Person.objects.get(pk=person_id)
    ended = (StatusEpisode.objects.filter(person_id=person_id, kind__in=visa.WORK_KINDS, end__lte=issued, end__gte=issued - dt.timedelta(days=365))
             .order_by("-end").values_list("end", flat=True).first())
    for day in (ended, _working(issued - dt.timedelta(days=13))):
        if day is not None and visa.dismissal_date_problem(person, day, issued) is None:
            return day
    return None


def _occupation(english: str) -> str | None:
    return next((o.uri for o in taxonomy().occupations if o.label("en") == english), None)


def _essential(uri: str, n: int) -> list[str]:
    tax = taxonomy()
    return [tax.skills[s].uri for s in list(dict.fromkeys(tax.occupations[tax.occupation_index[uri]].essential))[:n]]


def _results(req: EvcRequest, not_yet: int = 0) -> dict:
    uris = [s.skill_uri for s in req.skills.order_by("pk")]
    return {u: ({"result": "not_yet"} if i >= len(uris) - not_yet else
                {"result": "certified", "level": LEVELS[i % len(LEVELS)], "evidence": EVIDENCE[i % len(EVIDENCE)]}) for i, u in enumerate(uris)}


def _centre_issuer(centre: Organisation) -> None:
    """The EVC centre signs its own recognitions: a registered partner issuer (its keys managed by its own login)."""
    from werkregie.credentials import use_cases as credentials
    from werkregie.credentials.enums import IssuerKind
    from werkregie.credentials.models import Issuer
    from werkregie.workflows.services import Who

    if not Issuer.objects.filter(organisation=centre).exists():
        credentials.register_issuer(name=centre.name, slug="evc-centrum-logistiek-gent", kind=IssuerKind.ASSESSOR, organisation=centre,
                                    url="", who=Who(None, "system", "werkregie demo"))


def seed(progress: Callable[[int], None] | None = None) -> dict:
    counsellor = User.objects.filter(username="bemiddelaar").select_related("organisation").first()
    citizen = User.objects.filter(username="burger").first()
    if counsellor is None or citizen is None or citizen.person_id is None:
        return {"careers": 0}
    if EvcRequest.objects.filter(person_id=citizen.person_id).exists():
        return {"careers": 0}
    c, me = Principal.for_session(counsellor), Principal.for_session(citizen)
    today = clock.today()
    made = 0
    centre, _new = Organisation.objects.get_or_create(kind=OrganisationKind.PARTNER, name=EVC_CENTRE,
                                                      defaults={"partner_type": PartnerType.TRAINING_PROVIDER})
    EvcAccreditation.objects.get_or_create(organisation=centre, defaults={"valid_from": dt.date(today.year - 1, 1, 1),
                                                                          "valid_until": dt.date(today.year + 2, 12, 31)})
    _centre_issuer(centre)
    assessor = User.objects.filter(username="evc-centrum", organisation=centre).first()
    forklift, (manager, warehouse) = _occupation("forklift operator"), (_occupation(label) for label in DEMO_TARGETS)
    person_id = citizen.person_id
    # the next step after years on the forklift
    if manager:
        loopbaan.add_target(me, manager)
    # an EVC three months ago: the forklift skills recognised
    if forklift:
        declared = list(PersonSkill.objects.filter(person_id=person_id).order_by("pk").values_list("skill_uri", flat=True)[:4]) or _essential(forklift, 4)
        start = _working(today - dt.timedelta(days=100))
        with clock.travel_to(_at(start, 10)):
            req = evc.request(me, occupation_uri=forklift, skill_uris=declared,
                              motivation="Vier jaar heftruckchauffeur in een distributiecentrum in de Gentse haven, met het attest van de werkgever.")
        day = _working(start + dt.timedelta(days=14))
        with clock.travel_to(_at(start + dt.timedelta(days=3), 9)):
            req = evc.plan(c, req.pk, day, "VDAB-opleidingscentrum Gent, Kinepolisstraat", req.version)
        with clock.travel_to(_at(day, 16)):
            req = evc.record_results(c, req.pk, _results(req, not_yet=1), req.version)
        with clock.travel_to(_at(_working(day + dt.timedelta(days=3)), 11)):
            evc.certify(c, req.pk, req.version)
        made += 1
    # in progress: the warehouse skills, assessment planned next week
    if warehouse:
        start = _working(today - dt.timedelta(days=12))
        with clock.travel_to(_at(start, 19)):
            req = evc.request(me, occupation_uri=warehouse, skill_uris=_essential(warehouse, 8),
                              motivation="Naast de heftruck deed ik orderpicking en de ontvangst van goederen.")
        planner, place = c, "VDAB-opleidingscentrum Gent, Kinepolisstraat"
        if assessor is not None:
            # handed to the accredited centre, which plans it (its login walks the queue, the results and the certificate)
            with clock.travel_to(_at(_working(start + dt.timedelta(days=1)), 10)):
                req = evc.assign(c, req.pk, centre.pk, req.version)
            planner, place = Principal.for_session(assessor), f"{EVC_CENTRE} (praktijkhal)"
        with clock.travel_to(_at(_working(start + dt.timedelta(days=2)), 10)):
            evc.plan(planner, req.pk, _working(today + dt.timedelta(days=7)), place, req.version)
        made += 1
    # a passport link for a temporary-work agency, opened once
    with clock.travel_to(_at(today - dt.timedelta(days=4), 14)):
        # what can be shared that day: neither revoked nor expired (sharing an expired one is refused since stop 30;
        # the demo citizen's first-aid certificate of 2022 ran out, and the build stopped on it)
        items = [i for i in passport.of_person(Person.objects.get(pk=person_id)) if shares.shareable(i)]
        link = shares.create(me, "Uitzendkantoor Gent-Centrum", [i.id for i in items[:3]], 30) if items else None
    if link is not None:
        with clock.travel_to(_at(today - dt.timedelta(days=3), 10)):
            shares.open_shared(link.token)
    # a competence visa after a collective dismissal (a forklift operator of the caseload)
    if forklift:
        others = (PersonExperience.objects.filter(occupation_uri=forklift, person__counsellor=counsellor).exclude(person_id=person_id)
                  .order_by("person_id").values_list("person_id", flat=True))
        # the dismissal as the register has it: the end of the person's last work, or three weeks ago where the register
        # contradicts nothing (visa.dismissal_date_problem, the rule of the counsellor's form)
        target, dismissed_on = None, None
        for p in others:
            if CompetenceVisa.objects.filter(person_id=p).exists():
                continue
            day = _dismissal_day(p, _working(today - dt.timedelta(days=8)))
            if day is not None:
                target, dismissed_on = p, day
                break
        if target is not None:
            own = list(PersonSkill.objects.filter(person_id=target).order_by("pk").values_list("skill_uri", flat=True))
            uris = list(dict.fromkeys(own + _essential(forklift, 10)))[:10]
            rows = [{"uri": u, "level": LEVELS[i % len(LEVELS)], "evidence": EVIDENCE[i % 3]} for i, u in enumerate(uris)]
            with clock.travel_to(_at(_working(today - dt.timedelta(days=8)), 11)):
                visa.issue(c, target, dismissal="collective", former_employer="Distributiecentrum Gent-Zeehaven NV",
                           dismissal_date=dismissed_on, occupation_uri=forklift,
                           summary="Collectief ontslag na de sluiting van het distributiecentrum. Ervaren heftruckchauffeur, "
                                   "veiligheidsbewust, gewend aan ploegenwerk en scanners.", skills=rows)
            made += 1
    # the past year's vacancies, for the career signals of the citizen's occupations and the Flemish head of the demand
    history = demo_market.seed(person_id)["history"]
    if progress:
        progress(made + history)
    return {"careers": made, "vacancy_history": history}
