"""The training guide in the platform: a person's gaps for a target occupation (the matching's skill gaps, logged
there as a read of the person's profile), split into the skills their experience implies (to have confirmed: EVC,
competence visa; never counted as confirmed) and the real gaps; the on-target candidate courses from the catalogue
(relevance.py), and the engine's proposal with the reasons in words, and why each uncovered gap stays open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkregie.access.services import record_access
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.learning import use_cases as learning
from werkregie.learning.enums import Unit
from werkregie.matching import use_cases as matching
from werkregie.matching.engine import geography
from werkregie.matching.engine.gaps import Gap
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person

from .. import bottlenecks, index, perms, relevance, rights
from ..guide_engine import Option, Plan, plan
from ..models import Booking, Course, Session

NO_SESSION_WAIT = 365  # a course without a session with a free place weighs as if it started in a year


@dataclass
class Proposal:
    course: Course
    closes: list[Gap]
    reason: str
    next_session: Session | None
    distance_km: float | None
    weight: float
    booking: Booking | None = None  # the person's live booking of this course: shown as booked (with cancel), not "Inschrijven"


@dataclass
class Implied:
    """An essential skill the person's experience implies: not a gap to train for, not a confirmed competence either."""

    gap: Gap
    occupation_uri: str  # the occupation they worked in
    occupation_label: str
    years: float


@dataclass
class Uncovered:
    gap: Gap
    code: str  # "off_target": only courses of other occupations teach it; "not_taught": no active course teaches it
    reason: str
    courses: list[Course] = field(default_factory=list)  # off_target: those courses (at most three, most about the gap first)
    # the person's live booking of each of those courses (course id → booking): shown as booked, as in the plan
    bookings: dict[int, Booking] = field(default_factory=dict)

    @property
    def listed(self) -> list[tuple[Course, Booking | None]]:
        return [(c, self.bookings.get(c.pk)) for c in self.courses]


@dataclass
class GuideView:
    person: Person
    occupation_uri: str
    occupation_label: str
    target: bottlenecks.Target | None
    gaps: list[Gap]
    proposals: list[Proposal]
    uncovered: list[Gap]
    method: str
    bound: float
    candidates: int
    total_cost: Decimal = Decimal("0")
    total_hours: int = 0
    financing: dict = field(default_factory=dict)
    rights: rights.Rights | None = None
    implied: list[Implied] = field(default_factory=list)  # essential skills the experience implies (not in `gaps`)
    uncovered_why: list[Uncovered] = field(default_factory=list)  # `uncovered`, each with its reason
    off_target_courses: int = 0  # courses that teach a gap but were left out as of another occupation
    evc_query: str = ""  # the query of the EVC request page for the implied skills (see _evc_query)


def _criterion(name: str) -> str:
    # each with its own verb: "maar is start eerder" was broken Dutch (walk of issue 13), and so were fr and en
    return {"cost": _("is goedkoper"), "hours": _("is korter"), "distance": _("ligt dichterbij"), "start": _("begint eerder")}[name]


def _reason_text(pick, courses: dict[int, Course]) -> str:  # noqa: ANN001 - an engine Pick
    r = pick.reason
    n = len(pick.closes)
    if r.code == "only_option":
        return _("Geen andere opleiding in de catalogus leert deze competenties.") if n > 1 else _(
            "Geen andere opleiding in de catalogus leert deze competentie.")
    other = courses.get(r.alternative)
    name = f"«{other.title_nl}» ({other.provider.name})" if other else _("een andere opleiding")
    if r.code == "covers_more":
        return _("Sluit %(n)s tekorten in één opleiding; het beste alternatief, %(other)s, sluit er maar %(k)s: dan zijn meer opleidingen nodig.") % {
            "n": n, "other": name, "k": r.alternative_covers}
    if r.better:
        return _("Sluit dezelfde tekorten als %(other)s, maar %(how)s.") % {"other": name, "how": ", ".join(_criterion(b) for b in r.better)}
    return _("Sluit dezelfde tekorten als %(other)s, bij een gelijke of lichtere afweging van prijs, duur, afstand en startdatum.") % {
        "other": name}


def _options(gap_uris: list[str], origin: int | None, today: dt.date) -> tuple[list[Option], dict[int, dt.date]]:
    """The engine's view of every active course that teaches a gap, from the process's catalogue index, with the
    first start date that has a free place."""
    catalogue = index.current()
    places = geography.places()
    row = places.road_km_from(origin) if origin is not None else None
    options = []
    for pk in catalogue.courses_for(gap_uris):
        skills, cost, hours, modality, nis = catalogue.rows[pk]
        distance = None
        if modality != "online" and nis and row is not None and nis in places.index:
            distance = round(float(row[places.index[nis]]), 1)
        start = catalogue.first.get(pk)
        options.append(Option(pk, skills, cost, hours, distance, (start - today).days if start else NO_SESSION_WAIT))
    return options, catalogue.first


def _first_sessions(first: dict[int, dt.date], course_ids: list[int], today: dt.date) -> dict[int, Session]:
    wanted = {pk: first[pk] for pk in course_ids if pk in first}
    sessions: dict[int, Session] = {}
    for s in Session.objects.filter(course_id__in=list(wanted), start_date__gte=today, free_places__gt=0).order_by("course_id", "start_date", "id"):
        if s.course_id not in sessions and s.start_date == wanted[s.course_id]:
            sessions[s.course_id] = s
    return sessions


def _work_fraction(value: object) -> tuple[Decimal, bool]:
    if value in (None, ""):
        return Decimal("1"), False
    try:
        fraction = Decimal(str(value))
    except ArithmeticError:
        fraction = None
    if fraction not in rights.WORK_FRACTIONS:
        allowed = ", ".join(f"{f:g}" for f in rights.WORK_FRACTIONS)
        raise InvalidInput(_("Kies een werkregime."), [FieldError("work_fraction", _("Een van: %(allowed)s.") % {"allowed": allowed})])
    return fraction, True


EMPLOYER_SECTORS = {"": None, "prive": True, "openbaar": False}  # the answer to "for whom do you work?" (None: not answered)


def _employer_sector(value: object) -> bool | None:
    key = "" if value is None else str(value).strip()
    if key not in EMPLOYER_SECTORS:
        raise InvalidInput(_("Kies de sector van uw werkgever."),
                           [FieldError("employer_sector", _("Kies de sector van uw werkgever: %(allowed)s.") % {"allowed": "prive, openbaar"})])
    return EMPLOYER_SECTORS[key]


def facts_of(person: Person, fraction: Decimal, given: bool, today: dt.date, private_sector: bool | None = None) -> rights.Facts:
    """What the rights need from the register and the learning account (read as part of the guide or a booking's
    quote, logged with it)."""
    open_kinds = set(person.episodes.filter(start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today)).values_list("kind", flat=True))
    return rights.Facts(StatusKind.EMPLOYED in open_kinds, StatusKind.JOBSEEKER_BENEFIT in open_kinds, person.education_level, fraction, given,
                        learning.balance(person.pk), learning.balance(person.pk, Unit.HOUR), learning.vouchers_bought(person.pk, today.year), private_sector)


def guide(principal, person_id: int, occupation_uri: str, language: str = "nl", work_fraction: object = None,  # noqa: ANN001
          employer_sector: object = None) -> GuideView:
    fraction, fraction_given = _work_fraction(work_fraction)
    private_sector = _employer_sector(employer_sector)
    if not perms.can_guide(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    occupation_uri = (occupation_uri or "").strip()
    if not occupation_uri:
        raise InvalidInput(_("Kies een beroep."), [FieldError("occupation", _("Kies een doelberoep."))])
    missing = matching.skill_gaps_for(principal, person_id, occupation_uri, language)  # checks access and logs the read
    person = Person.objects.select_related("municipality").get(pk=person_id)
    tax = matching.platform.taxonomy()
    occupation = tax.occupation_index[occupation_uri]
    implied = _implied(tax, person_id, occupation, missing, language)
    gaps = [g for g in missing if g.uri not in {i.gap.uri for i in implied}]
    places = geography.places()
    origin = places.index.get(person.municipality_id)
    today = clock.today()
    options, first = _options([g.uri for g in gaps], origin, today)
    generic = frozenset(g.uri for g in gaps if tax.skills[g.skill].reuse in relevance.GENERIC_REUSE)
    result: Plan = plan([g.uri for g in gaps], options, occupation_skills=relevance.occupation_skill_uris(tax, occupation), generic=generic)
    shown = [p.option.id for p in result.picks]
    optional = _optional(tax, result, options, occupation)
    named = shown + [p.reason.alternative for p in result.picks if p.reason.alternative is not None]
    named += [pk for ids in (*optional.values(), *result.far.values()) for pk in ids[:MAX_OFF_TARGET_SHOWN]]
    courses = Course.objects.select_related("provider", "municipality").in_bulk(named)
    sessions = _first_sessions(first, shown, today)
    by_uri = {g.uri: g for g in gaps}
    proposals = [Proposal(courses[p.option.id], [by_uri[u] for u in p.closes], _reason_text(p, courses), sessions.get(p.option.id),
                          p.option.distance_km, round(p.option.weight, 3)) for p in result.picks]
    label = tax.occupations[occupation].label(language)
    province = person.municipality.province_nis if person.municipality_id else None
    target = next((t for t in bottlenecks.targets([occupation_uri], province, language, suggest=0)), None)
    view = GuideView(person, occupation_uri, label, target, gaps, proposals, [by_uri[u] for u in result.uncovered], result.method,
                     result.bound, result.candidates)
    view.implied = implied
    view.evc_query = _evc_query(person_id, occupation_uri, implied, gaps)
    view.uncovered_why = [_uncovered(by_uri[u], result, courses, optional) for u in result.uncovered]
    view.off_target_courses = len({pk for ids in result.off_target.values() for pk in ids})
    view.total_cost = sum((p.course.cost for p in proposals), Decimal("0"))
    view.total_hours = sum(p.course.hours for p in proposals)
    _attach_bookings(person_id, proposals, view.uncovered_why)
    plan_courses = [rights.PlanCourse(p.course.pk, p.course.cost, p.course.hours, _start(p, today), p.course.opleidingscheques, p.course.vov,
                                      p.booking.amount if p.booking else Decimal("0")) for p in proposals]
    view.rights = rights.compute(plan_courses, facts_of(person, fraction, fraction_given, today, private_sector), today)
    return view


MAX_OFF_TARGET_SHOWN = 3  # an uncovered gap names at most this many of the off-target courses that teach it


def _implied(tax, person_id: int, occupation: int, missing: list[Gap], language: str) -> list[Implied]:  # noqa: ANN001 - a Taxonomy
    """The missing essential skills that the person's experience implies (relevance.implied_by_experience), read with
    the gaps (the same logged read of the profile)."""
    from werkregie.matching.models import PersonExperience

    experience = {tax.occupation_index[uri]: float(years) for uri, years in
                  PersonExperience.objects.filter(person_id=person_id).values_list("occupation_uri", "years") if uri in tax.occupation_index}
    evidence = relevance.implied_by_experience(tax, experience, occupation)
    out = []
    for g in missing:
        found = evidence.get(g.skill)
        if found is not None:
            worked = tax.occupations[found.occupation]
            out.append(Implied(g, worked.uri, worked.label(language), found.years))
    return out


def _evc_query(person_id: int, occupation_uri: str, implied: list[Implied], gaps: list[Gap]) -> str:
    """Where "Erkenning (EVC) aanvragen" leads for the skills the experience implies: a request for the plan's target
    occupation when nothing else is missing for it and the request page offers it (a desired occupation or one worked
    in), otherwise a request for exactly those skills. It led to ?beroep=<the occupation worked in>, already recognised
    in the walk of issue 13, while the skills to confirm were two of another occupation."""
    from urllib.parse import urlencode

    from werkregie.matching.models import DesiredOccupation, PersonExperience

    if not implied:
        return ""
    offered = (DesiredOccupation.objects.filter(person_id=person_id, occupation_uri=occupation_uri).exists()
               or PersonExperience.objects.filter(person_id=person_id, occupation_uri=occupation_uri).exists())
    if not gaps and offered:
        return urlencode({"beroep": occupation_uri})
    return urlencode([("soort", "competenties"), *(("competentie", i.gap.uri) for i in implied)])


def _optional(tax, result: Plan, options: list[Option], occupation: int) -> dict[str, list[int]]:  # noqa: ANN001 - a Taxonomy
    """Per open gap, the courses of other occupations to offer as optional courses: those about the gap, of a related
    context where one exists (relevance.optional_courses; the others teach it only in passing)."""
    if not result.off_target:
        return {}
    kin = relevance.kinship(tax)
    skills_of = {o.id: o.skills for o in options}
    titles = dict(Course.objects.filter(pk__in={pk for ids in result.off_target.values() for pk in ids}).values_list("pk", "title_nl"))
    own = relevance.occupation_skill_uris(tax, occupation)
    return {gap: relevance.optional_courses(gap, ids, skills_of, result.relevance, kin, titles, own) for gap, ids in result.off_target.items()}


def _uncovered(gap: Gap, result: Plan, courses: dict[int, Course], optional: dict[str, list[int]]) -> Uncovered:
    ids = optional.get(gap.uri)
    if not ids and result.far.get(gap.uri):
        shown = [courses[pk] for pk in result.far[gap.uri][:MAX_OFF_TARGET_SHOWN] if pk in courses]
        return Uncovered(gap, "far_generic", _(
            "Deze algemene competentie komt in veel beroepen voor. De opleidingen die ze leren, zijn bedoeld voor een ander beroep "
            "en liggen verder dan %(km)s km: die verplaatsing stellen we niet voor. U leert ze ook op het werk, of vraag naar een "
            "opleiding dichterbij of online.") % {"km": round(relevance.NEAR_KM)}, shown)
    if not ids and result.off_target.get(gap.uri):
        return Uncovered(gap, "in_passing", _(
            "Alleen opleidingen voor andere beroepen noemen deze competentie, en dan naast veel andere: minder dan %(min)s %% van wat "
            "ze leren gaat erover. Daarmee leert u ze niet echt; we stellen ze niet voor. U leert ze ook op het werk; bespreek het met "
            "uw bemiddelaar.") % {"min": round(100 * relevance.MIN_GAP_SHARE)})
    if not ids:
        return Uncovered(gap, "not_taught", _("Geen opleiding in de catalogus leert deze competentie."))
    shown = [courses[pk] for pk in ids[:MAX_OFF_TARGET_SHOWN] if pk in courses]
    share = round(100 * max(result.relevance.get(pk, 0.0) for pk in ids))
    # offered as a course of one's own choice, not hidden: the walk of issue 13 found "Opslagactiviteiten: de basis" in the
    # person's own city left out for a missing skill of that very name, with "bespreek ze met uw bemiddelaar"
    text = ngettext(
        "%(n)s opleiding voor een ander beroep leert deze competentie. U kunt ze volgen als opleiding naar keuze; ze zit niet in het "
        "plan omdat hoogstens %(share)s %% van wat ze leert bij dit beroep hoort (minstens %(min)s %% nodig).",
        "%(n)s opleidingen voor andere beroepen leren deze competentie. U kunt ze volgen als opleiding naar keuze; ze zitten niet in "
        "het plan omdat hoogstens %(share)s %% van wat ze leren bij dit beroep hoort (minstens %(min)s %% nodig).", len(ids)) % {
        "n": len(ids), "share": share, "min": round(100 * relevance.MIN_COURSE_RELEVANCE)}
    return Uncovered(gap, "off_target", text, shown)


def _attach_bookings(person_id: int, proposals: list[Proposal], uncovered: list[Uncovered]) -> None:
    """The person's live bookings of the proposed courses and of the optional ones (read with the guide): a booked course
    is shown as booked wherever it is listed (the walk of issue 13 found a booked optional course offered as if not
    booked); what a proposed course's reservation holds counts as paid by the account, not as what the person still pays."""
    listed = [p.course.pk for p in proposals] + [c.pk for u in uncovered for c in u.courses]
    booked = Booking.objects.filter(person_id=person_id, course_id__in=listed, state="booked")
    first: dict[int, Booking] = {}
    for b in booked.select_related("session").order_by("session__start_date", "pk"):
        first.setdefault(b.course_id, b)
    for p in proposals:
        p.booking = first.get(p.course.pk)
    for u in uncovered:
        u.bookings = {c.pk: first[c.pk] for c in u.courses if c.pk in first}


def _start(p: Proposal, today: dt.date) -> dt.date:
    if p.booking is not None:
        return p.booking.session.start_date
    return p.next_session.start_date if p.next_session else today


def targets_for(principal, person_id: int, language: str = "nl", chosen: str = "") -> list[bottlenecks.Target]:  # noqa: ANN001
    """The person's desired occupations and, after them, the bottleneck occupations in their province closest to their
    profile (confirmed skills, experience, the ISCO groups of the occupations they worked in or want)."""
    from werkregie.matching.models import DesiredOccupation

    if not perms.can_guide(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    record_access(principal.actor(), [person_id], "opleidingen: profiel en gewenste beroepen voor de opleidingswijzer",
                  matching._purpose(principal, person_id), principal.channel)
    desired = list(DesiredOccupation.objects.filter(person_id=person_id).order_by("pk").values_list("occupation_uri", flat=True))
    province = Person.objects.filter(pk=person_id).values_list("municipality__province_nis", flat=True).first()
    found = matching.platform.person_profiles([person_id])  # confirmed skills only (COUNTING_SOURCES), experience, desired
    profile = None
    if found:
        p = found[0]
        profile = bottlenecks.Profile(frozenset(p.skills), tuple(sorted(p.experience.items())), tuple(dict.fromkeys([*p.experience, *p.desired])))
    return bottlenecks.targets(desired, province, language, profile=profile, chosen=chosen)
