"""Matching in the platform: vacancies for a person, candidates for a vacancy, decisions on a list, suitability and
skill gaps. Each use case checks access (perms.py), reads through the engine, and logs every read of personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.core.lifecourse import age_on
from werkregie.people import perms as people_perms
from werkregie.people.enums import JOBSEEKER_KINDS
from werkregie.people.models import Person, StatusEpisode
from werkregie.rules.calc import minimum_monthly_wage
from werkregie.screening.engine import register
from werkregie.vacancies.models import Vacancy

from . import labels, perms, platform, shown
from .engine import geography, suitability
from .engine.gaps import Gap, skill_gaps
from .engine.index import Match
from .engine.profiles import LEVEL_NAMES
from .engine.scoring import WEIGHTS, Explanation, score_pair
from .models import DecisionKind, MatchDecision


def _t(text: str) -> str:
    return _(text)


# the occupation reason of a match, by (relation, basis): what the vacancy's occupation is to the person's experience or,
# where no occupation worked in is as close, to an occupation the person only wants (scoring.occupation_relation_basis)
RELATIONS = {
    ("same", "experience"): gettext_noop("Hetzelfde beroep"),
    ("same", "desired"): gettext_noop("Gewenst beroep (geen werkervaring in dit beroep)"),
    ("parent", "experience"): gettext_noop("Verwant beroep (zelfde ESCO-hoofdberoep)"),
    ("parent", "desired"): gettext_noop("Verwant aan een gewenst beroep (zelfde ESCO-hoofdberoep)"),
    ("isco4", "experience"): gettext_noop("Verwant beroep (zelfde ISCO-beroepsgroep)"),
    ("isco4", "desired"): gettext_noop("Verwant aan een gewenst beroep (zelfde ISCO-beroepsgroep)"),
    ("isco3", "experience"): gettext_noop("Beroep in dezelfde ISCO-subgroep"),
    ("isco3", "desired"): gettext_noop("Beroep in dezelfde ISCO-subgroep als een gewenst beroep"),
}


def occupation_reason(e: Explanation) -> str:
    """The occupation part of a match's explanation, in the reader's language: the one text every page and the API
    show. "Hetzelfde beroep" only when the person worked in the vacancy's ESCO occupation."""
    return _(RELATIONS.get((e.occupation_relation, e.occupation_basis), gettext_noop("Ander beroep")))


@dataclass
class Explained:
    """One result with the reasons behind its score, in the reader's language."""

    score: float
    pinned: bool
    ring: int
    ring_name: str
    distance_km: float
    matched: list[dict]
    missing: list[dict]
    optional_matched: list[dict]
    occupation: str
    languages: list[dict]
    hours_ok: bool
    components: dict
    distance_band: str = ""


@dataclass
class VacancyResult:
    vacancy: Vacancy
    explained: Explained
    application: object | None = None  # the reader's own application to it, where shown.with_own_applications set it


@dataclass
class CandidateResult:
    person: Person
    explained: Explained
    municipality: object | None = None  # the person's municipality, only where the reader may see it


DISTANCE_BANDS = ((10, gettext_noop("minder dan 10 km")), (25, gettext_noop("10 tot 25 km")), (50, gettext_noop("25 tot 50 km")),
                  (100, gettext_noop("50 tot 100 km")))


def distance_band(km: float | None) -> str:
    """A road distance as a band: what an employer sees instead of the distance (which, with the workplace, would
    locate the candidate's home)."""
    if km is None:
        return ""
    for upper, label in DISTANCE_BANDS:
        if km < upper:
            return _(label)
    return _("meer dan 100 km")


def score_without_distance(score: float | None, components: dict) -> float | None:
    """The score an employer sees: without its distance term. The full score minus the published components gives the
    distance away, and two vacancies' full scores of one candidate give the difference of their distances (attack of
    issue 16: linked across an employer's vacancies, a pseudonymised candidate's scores located them)."""
    return round(score - WEIGHTS["distance"] * components.get("distance", 0.0), 2) if score is not None else None


def _for_employer(result: CandidateResult, shared: bool, band: bool = True) -> CandidateResult:
    """An employer sees a distance band, never the distance or the distance part of the score, and the municipality
    only when the person shared it by applying (people.perms.address_shared_with). `band`: whether this list shows the
    band (`_band_vacancies`: one vacancy per person whose town the employer does not know)."""
    e = result.explained
    e.distance_band, e.distance_km = distance_band(e.distance_km) if band or shared else "", None
    e.score = score_without_distance(e.score, e.components)
    e.components = {k: v for k, v in e.components.items() if k != "distance"}
    e.pinned = False  # a counsellor's pin is the counsellor's, not the employer's to see
    result.municipality = result.person.municipality if shared else None
    return result


@dataclass
class CandidateView:
    vacancy: Vacancy
    results: list[CandidateResult]
    rings_searched: list[int]
    good_per_ring: dict[int, int]
    min_good: int
    excluded: list[MatchDecision] = field(default_factory=list)


def _skills(indexes: list[int], language: str) -> list[dict]:
    tax = platform.taxonomy()
    return [labels.skill(tax.skills[s].uri, language) for s in indexes]


def _explained(match: Match, e: Explanation, language: str, ring: int) -> Explained:
    return Explained(
        score=match.score, pinned=match.pinned, ring=ring, ring_name=_(geography.RING_NAMES[ring]), distance_km=e.distance_km,
        matched=_skills(e.matched_essential, language), missing=_skills(e.missing_essential, language),
        optional_matched=_skills(e.matched_optional, language), occupation=occupation_reason(e),
        languages=e.languages, hours_ok=e.hours_ok, components={k: round(v, 3) for k, v in e.components.items()},
    )


def _purpose(principal: Principal, person_id: int, preferred: tuple[Purpose, ...] = (Purpose.GUIDANCE,)) -> Purpose:
    if perms.is_own(principal, person_id):
        return Purpose.OWN_DATA
    allowed = people_perms.purposes_for(principal, person_id)
    for purpose in (*preferred, Purpose.RECRUITMENT, Purpose.ADMINISTRATION):
        if purpose in allowed:
            return purpose
    raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))


def _person_profile(person_id: int):  # noqa: ANN202 - an engine PersonProfile
    found = platform.person_profiles([person_id])
    if not found:
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    return found[0]


def _check_top(top: int, most: int) -> int:
    if not 1 <= top <= most:
        raise InvalidInput(_("Ongeldige vraag."), [FieldError("top", _("Tussen 1 en %(most)s.") % {"most": most})])
    return top


def vacancies_for_person(principal: Principal, person_id: int, top: int = 20, language: str = "nl", min_score: float = 0.0,
                         within_hours: bool = False) -> list[VacancyResult]:
    """The best open vacancies for a person, with explanations; pinned ones first, excluded ones never, and none
    scoring under `min_score` unless pinned (a forklift driver is not shown blockchain developers to fill a list).
    `within_hours`: none outside the person's own hours range (the citizen's list: "minimum 30 u" means no 24-hour job;
    the counsellor's list keeps them, as suitable work may be from half-time)."""
    if not perms.can_match_person(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    _check_top(top, 100)
    profile = _person_profile(person_id)
    index = platform.current_index()
    decisions = MatchDecision.objects.filter(person_id=person_id).values_list("vacancy_id", "kind")
    excluded = {v for v, k in decisions if k == DecisionKind.EXCLUDE}
    pinned = [v for v, k in decisions if k == DecisionKind.PIN]
    matches = [m for m in index.vacancies_for(profile, top=top, exclude=excluded, pinned=pinned, within_hours=within_hours) if m.pinned or m.score >= min_score]
    vacancies = Vacancy.objects.select_related("employer", "municipality").in_bulk([m.id for m in matches])
    tax, places = platform.taxonomy(), geography.places()
    results = []
    for m in matches:
        e = score_pair(tax, places, profile, index.vacancy_profile(m.id))
        results.append(VacancyResult(vacancies[m.id], _explained(m, e, language, e.vacancy_ring)))
    record_access(principal.actor(), [person_id], "matching: vacatures voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)",
                  _purpose(principal, person_id), principal.channel)
    return results


def _explain_vacancies(person_id: int, vacancies: list[Vacancy], language: str) -> dict[int, Explained]:
    """How each vacancy fits the person, scored as every list scores it; those without a location cannot be scored."""
    located = [v.pk for v in vacancies if v.municipality_id is not None]
    if not located:
        return {}
    profile = _person_profile(person_id)
    tax, places = platform.taxonomy(), geography.places()
    pinned = set(MatchDecision.objects.filter(person_id=person_id, vacancy_id__in=located, kind=DecisionKind.PIN).values_list("vacancy_id", flat=True))
    explained = {}
    for vacancy_profile in platform.vacancy_profiles(Vacancy.objects.filter(pk__in=located)):
        e = score_pair(tax, places, profile, vacancy_profile)
        match = Match(vacancy_profile.id, e.score, e.vacancy_ring, e.distance_km, vacancy_profile.id in pinned)
        explained[vacancy_profile.id] = _explained(match, e, language, e.vacancy_ring)
    return explained


def vacancy_for_person(principal: Principal, person_id: int, vacancy: Vacancy, language: str = "nl") -> Explained | None:
    """How one vacancy fits one person (the vacancy page): the same explanation as in the lists; None when the
    vacancy has no location yet (it cannot be scored)."""
    if not perms.can_match_person(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    if vacancy.municipality_id is None:
        return None
    explained = _explain_vacancies(person_id, [vacancy], language)
    record_access(principal.actor(), [person_id], f"matching: vacature {vacancy.pk} voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)",
                  _purpose(principal, person_id), principal.channel)
    return explained.get(vacancy.pk)


def vacancies_explained(principal: Principal, person_id: int, vacancies: list[Vacancy], language: str = "nl") -> dict[int, Explained]:
    """How each of these vacancies fits the person (one page of the public search): vacancy_for_person's score and
    explanation for each, by vacancy id, in one read of the profile and one log entry; those without a location are
    left out. A person without a profile to score gets none (NotFound)."""
    if not perms.can_match_person(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    explained = _explain_vacancies(person_id, vacancies, language)
    if explained:
        record_access(principal.actor(), [person_id], "matching: vacatures uit de zoekresultaten voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)",
                      _purpose(principal, person_id), principal.channel)
    return explained


def _vacancy(vacancy_id: int) -> Vacancy:
    vacancy = Vacancy.objects.select_related("employer", "municipality").filter(pk=vacancy_id).first()
    if vacancy is None:
        raise NotFound(_("Geen vacature met dit nummer."))
    return vacancy


def _band_vacancies(organisation_id: int | None, person_ids: list[int]) -> dict[int, int]:
    """Person → the one vacancy of this employer whose list shows their distance band when the employer does not know
    their town: that of their first ground (the proposal VDAB made, or the first application). A band on every
    vacancy's list gave one ring per workplace, and their intersection a few municipalities (attack of issue 16)."""
    first: dict[int, int] = {}
    grounds = people_perms.employer_grounds(organisation_id).filter(person_id__in=person_ids).order_by("created_at", "pk")
    for person_id, vacancy_id in grounds.values_list("person_id", "vacancy_id"):
        first.setdefault(person_id, vacancy_id)
    return first


def candidates_for_vacancy(principal: Principal, vacancy_id: int, top: int = 50, language: str = "nl",
                           include_weaker: bool = True) -> CandidateView:
    """The best candidates for a vacancy among the persons the principal may see, ring by ring (concentric model).
    `include_weaker`: also those under the shown score (matching/shown.py); what is left out is neither returned nor
    logged (the API's default list; a page that renders the weaker ones asks for them)."""
    vacancy = _vacancy(vacancy_id)
    if not perms.can_see_candidates(principal, vacancy):
        raise NotFound(_("Geen vacature met dit nummer binnen uw toegang."))
    _check_top(top, 200)
    if vacancy.municipality_id is None:
        raise InvalidInput(_("Deze vacature heeft geen locatie: vul eerst de gemeente van de werkplek in."),
                           [FieldError("municipality", _("Ontbreekt."))])
    if principal.role == Role.EMPLOYER:
        return _employer_candidates(principal, vacancy, top, language, include_weaker)
    [profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy_id))
    among = None if principal.role == Role.ADMIN else list(people_perms.visible_persons(principal).values_list("pk", flat=True))
    index = platform.current_index()  # counsellors look among current job seekers
    decisions = list(MatchDecision.objects.filter(vacancy=vacancy).select_related("person", "decided_by"))
    excluded = {d.person_id for d in decisions if d.kind == DecisionKind.EXCLUDE}
    pinned = [d.person_id for d in decisions if d.kind == DecisionKind.PIN]
    min_good = settings.MATCHING_RING_MIN_GOOD
    found = index.candidates_for(profile, top=top, among=among, min_good=min_good, good_score=settings.MATCHING_GOOD_SCORE,
                                 exclude=excluded, pinned=pinned)
    ids = [m.id for m in found.matches]
    persons = Person.objects.select_related("municipality").in_bulk(ids)
    profiles = {p.id: p for p in platform.person_profiles(ids)}
    tax, places = platform.taxonomy(), geography.places()
    results = []
    for m in found.matches:
        e = score_pair(tax, places, profiles[m.id], profile)
        results.append(CandidateResult(persons[m.id], _explained(m, e, language, e.person_ring), persons[m.id].municipality))
    if not include_weaker:
        results = [r for r in results if shown.relevant(r)]
    purpose = Purpose.ADMINISTRATION if principal.role == Role.ADMIN else Purpose.GUIDANCE
    record_access(principal.actor(), [r.person.pk for r in results],
                  f"matching: kandidatenlijst voor vacature {vacancy_id} (naam, score, competenties, afstand, gemeente)", purpose,
                  principal.channel)
    # exclusions and their reasons are the counsellors' notes
    shown_excluded = [d for d in decisions if d.kind == DecisionKind.EXCLUDE and people_perms.can_view_person(principal, d.person_id)]
    record_access(principal.actor(), [d.person_id for d in shown_excluded], f"matching: uitgesloten voor vacature {vacancy_id} (naam, reden, datum)",
                  purpose, principal.channel, shown="list")
    return CandidateView(vacancy, results, found.rings_searched, found.good_per_ring, min_good, shown_excluded)


def _employer_candidates(principal: Principal, vacancy: Vacancy, top: int, language: str, include_weaker: bool) -> CandidateView:
    """An employer's list for its own published vacancy: exactly the persons who shared themselves for THIS vacancy
    (people.perms.shared_applications: applied, or proposed by VDAB with consent), each scored, whatever their commute.
    No ring search and no count per ring: the list must not depend on where a person lives. Ranking the employer's
    applicants among everyone within reach listed a proposed person (named, town not shared) on exactly those of the
    employer's 167 vacancies, closed ones too, within his commute: the circles around the workplaces gave his town (issue
    12, attack H1). Who applied elsewhere with the employer, or whom VDAB proposed for another vacancy, is on that list.
    A counsellor's exclusion takes a person VDAB proposed off the list, never one who applied themself: an applicant
    missing from (or first on) the list would tell a counsellor's note; a counsellor's pin is not the employer's to see."""
    from werkregie.vacancies.models import ApplicationOrigin

    if not vacancy.open:
        raise InvalidInput(_("Alleen voor een gepubliceerde vacature met een werkplek."), [FieldError("vacancy", _("Niet gepubliceerd."))])
    from werkregie.vacancies.applicants import ENDED

    # the running applications: an ended one is no longer scored on the person's live profile (vacancies.applicants)
    grounds = list(people_perms.shared_applications(principal).filter(vacancy=vacancy).exclude(state__in=ENDED).values_list("person_id", "origin"))
    applied_themselves = {p for p, origin in grounds if origin == ApplicationOrigin.APPLIED}
    excluded = set(MatchDecision.objects.filter(vacancy=vacancy, kind=DecisionKind.EXCLUDE).values_list("person_id", flat=True))
    ids = list(dict.fromkeys(p for p, _origin in grounds if p not in excluded or p in applied_themselves))
    [profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy.pk))
    persons = Person.objects.select_related("municipality").in_bulk(ids)
    profiles = {p.id: p for p in platform.person_profiles(ids)}
    tax, places = platform.taxonomy(), geography.places()
    town_shared = people_perms.address_shared_with(principal, ids)
    banded = _band_vacancies(principal.user.organisation_id, ids)
    results = []
    for person_id in (p for p in ids if p in profiles):
        e = score_pair(tax, places, profiles[person_id], profile)
        result = CandidateResult(persons[person_id], _explained(Match(person_id, e.score, e.person_ring, e.distance_km), e, language, e.person_ring))
        results.append(_for_employer(result, person_id in town_shared, banded.get(person_id) == vacancy.pk))
    # in the order of the score shown: the full score's order told who lives nearer this workplace
    results.sort(key=lambda r: (-(r.explained.score or 0.0), r.person.last_name, r.person.first_name, r.person.pk))
    results = [r for r in results if include_weaker or shown.relevant(r)][:top]
    _log_employer_list(principal, vacancy.pk, results)
    return CandidateView(vacancy, results, [], {}, 0, [])


def _log_employer_list(principal: Principal, vacancy_id: int, results: list[CandidateResult]) -> None:
    """One entry per person listed, saying what the list showed of them: the town only where it was shown (the person
    shared it by applying), the distance band only where it was shown (_band_vacancies)."""
    groups: dict[tuple[bool, bool], list[int]] = {}
    for r in results:
        groups.setdefault((r.municipality is not None, bool(r.explained.distance_band)), []).append(r.person.pk)
    for (town, band), ids in groups.items():
        # one constant per case, so that the access log's descriptions stay a closed list (access/descriptions.py)
        shown_of = ("naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse, gemeente" if town and band else
                    "naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, gemeente" if town else
                    "naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse" if band else
                    "naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring")
        record_access(principal.actor(), ids, f"matching: kandidatenlijst voor vacature {vacancy_id} ({shown_of})", Purpose.RECRUITMENT,
                      principal.channel)


def decide(principal: Principal, vacancy_id: int, person_id: int, kind: str, reason: str = "") -> MatchDecision | None:
    """Pin or exclude a person on a vacancy's list (with a reason), or clear the decision ('clear')."""
    vacancy = _vacancy(vacancy_id)
    if not perms.can_see_candidates(principal, vacancy) or not perms.can_decide(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    errors = []
    if kind not in (*DecisionKind.values, "clear"):
        errors.append(FieldError("decision", _("Kies 'exclude', 'pin' of 'clear'.")))
    reason = (reason or "").strip()
    if kind != "clear" and len(reason) < 5:
        errors.append(FieldError("reason", _("Geef een reden (minstens 5 tekens).")))
    if len(reason) > 300:
        errors.append(FieldError("reason", _("Hoogstens 300 tekens.")))
    if errors:
        raise InvalidInput(_("De beslissing is niet bewaard."), errors)
    with transaction.atomic():
        MatchDecision.objects.filter(vacancy=vacancy, person_id=person_id).delete()
        if kind == "clear":
            return None
        return MatchDecision.objects.create(vacancy=vacancy, person_id=person_id, kind=kind, reason=reason, decided_by=principal.user,
                                            decided_at=clock.now())


def _unemployed_months(person_id: int, today: dt.date) -> float:
    rows = StatusEpisode.objects.filter(person_id=person_id, kind__in=JOBSEEKER_KINDS).values_list("kind", "start", "end")
    episodes = [register.Episode(kind, start, end) for kind, start, end in rows]
    return register.months_unemployed(episodes, today)


@dataclass
class SuitabilityView:
    person: Person
    vacancy: Vacancy
    verdict: str
    criteria: list[dict]
    score: float | None  # None for a reader without the profile section (the score is made of the profile)


def suitability_for(principal: Principal, person_id: int, vacancy_id: int) -> SuitabilityView:
    if not perms.can_check_suitability(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    vacancy = _vacancy(vacancy_id)
    if vacancy.municipality_id is None:
        raise InvalidInput(_("Deze vacature heeft geen locatie: vul eerst de gemeente van de werkplek in."),
                           [FieldError("municipality", _("Ontbreekt."))])
    person = Person.objects.get(pk=person_id)
    profile = _person_profile(person_id).without_suggestions()  # suggestions count only once confirmed (issue 18 point 4)
    [vacancy_profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy_id))
    explanation = score_pair(platform.taxonomy(), geography.places(), profile, vacancy_profile)
    today = clock.today()
    age = age_on(person.birth_date, today)
    result = suitability.check(
        profile, vacancy_profile, explanation, unemployed_months=_unemployed_months(person_id, today), age=age,
        work_limitation=person.work_limitation, monthly_wage=float(vacancy.monthly_wage) if vacancy.monthly_wage is not None else None,
        minimum_monthly_wage=minimum_monthly_wage(today),
    )
    sees_profile = "profile" in people_perms.sections_for(principal)
    shown_facts = "oordeel per criterium en de feiten erachter" if sees_profile else "oordeel per criterium"  # what this role is shown
    record_access(principal.actor(), [person_id], f"matching: passende dienstbetrekking voor vacature {vacancy_id} ({shown_facts})",
                  _purpose(principal, person_id, (Purpose.AVAILABILITY_CONTROL, Purpose.GUIDANCE)), principal.channel)
    if not sees_profile:  # a controller: the verdict per criterion, never the competences, licences or health behind it
        result = suitability.without_hidden_facts(result)
    criteria = [{"name": c.name, "outcome": c.outcome, "reason": c.render(_t)} for c in result.criteria]
    return SuitabilityView(person, vacancy, result.verdict, criteria, explanation.score if sees_profile else None)


def skill_gaps_for(principal: Principal, person_id: int, occupation_uri: str, language: str = "nl") -> list[Gap]:
    if not perms.can_match_person(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    tax = platform.taxonomy()
    if occupation_uri not in tax.occupation_index:
        raise InvalidInput(_("Onbekend beroep."), [FieldError("occupation", _("Geen ESCO-beroep met deze URI."))])
    profile = _person_profile(person_id)
    occupation = tax.occupation_index[occupation_uri]
    demand = platform.current_index().open_vacancies_asking(tax.occupations[occupation].essential)
    record_access(principal.actor(), [person_id], "matching: ontbrekende competenties voor een beroep", _purpose(principal, person_id),
                  principal.channel)
    return skill_gaps(tax, set(profile.skills), occupation, demand, language)


def level_name(level: int) -> str:
    return LEVEL_NAMES.get(level, "")
