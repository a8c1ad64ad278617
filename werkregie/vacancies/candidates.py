"""Candidates for an employer's vacancy (issue 12 point 3): the matching engine's suggestions among the persons who
consented to be proposed to employers, shown pseudonymised — competences, experience, search ring, languages; no
name, INSZ, age, status, municipality or distance — until the person accepts to share their profile with that employer.
The employer invites by pseudonym (the person's number never reaches the employer); the person is told through the
outbox and shares (or not) on the vacancy page; only then does the employer see who it is.

An employer cannot link one person across its vacancies: a person appears in the suggestions of ONE vacancy of an
employer, the first one they were suggested for (models.CandidateSuggestion, unique per employer and person); the lists
of its other vacancies leave them out. The pseudonym differs per vacancy, but the profile (experience with years,
languages with levels) is a fingerprint, and since a person is suggested only within their commute, the workplaces
where a fingerprint did and did not appear narrowed the home to a few municipalities (issue 12, attack H2). The score
leaves the distance out as well, and the list follows that score. Only suggestions scoring at least the shown score
(matching/shown.py, on the score shown) are offered; under shown.FEW_RESULTS of them the page says so."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.db import transaction
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from werkregie.access.models import Shown
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.workflows import services as wf

from . import perms
from .models import Application, ApplicationOrigin, CandidateSuggestion, Vacancy
from .workflows import OPEN

TOP = 20


@dataclass
class Pseudonymous:
    pseudonym: str
    score: float
    ring_name: str
    matched: list[dict]
    missing: list[dict]
    experience: list[dict]
    languages: list[dict]
    invited: bool


def pseudonym(vacancy_id: int, person_id: int) -> str:
    """Stable per vacancy, different across vacancies. A different code alone does not keep one person's entries apart
    (the profile links them): a person is also suggested on one vacancy per employer only (CandidateSuggestion)."""
    return "K-" + salted_hmac("werkregie.vacancies.candidate", f"{vacancy_id}:{person_id}").hexdigest()[:8].upper()


class _Consenting:
    """The persons who consent to be proposed to employers, kept per process (reading them all costs a scan of the
    consent table: far more than the rest of the candidate list). Kept correct, not merely fresh:
    - a consent given since (any path, bulk loads too: a consent is a new row, never an edit) raises the table's
      highest id, which each request reads (one index lookup) and which refreshes the set;
    - a consent withdrawn since (an edit: no new row) is caught on the persons about to be listed: they are checked
      in the database, and one found withdrawn refreshes the set and ranks again. A withdrawn person who is not listed
      changes nothing of the list (they were not among the best; with min_good <= TOP they cannot have stopped the
      ring search either)."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.ids = np.zeros(0, dtype=np.int64)
        self.lock = threading.Lock()

    @staticmethod
    def _query(day):  # noqa: ANN001, ANN205 - a date; a QuerySet
        from werkregie.people.enums import ConsentPurpose
        from werkregie.people.models import Consent

        return Consent.objects.filter(purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, withdrawn_at__isnull=True, given_at__date__lte=day)

    def ids_on(self, day, refresh: bool = False) -> np.ndarray:  # noqa: ANN001 - a date
        from werkregie.people.models import Consent

        # the newest consent row (its id, person and time: ids can come back after a rolled-back transaction)
        key = (day, Consent.objects.order_by("-pk").values_list("pk", "person_id", "given_at").first())
        with self.lock:
            if refresh or key != self.key:
                self.ids = np.unique(np.fromiter(self._query(day).values_list("person_id", flat=True), dtype=np.int64))
                self.key = key
            return self.ids

    def still(self, day, person_ids: list[int]) -> bool:  # noqa: ANN001 - a date
        """Do all these persons still consent?"""
        return self._query(day).filter(person_id__in=person_ids).values("person_id").distinct().count() == len(set(person_ids))


_consenting = _Consenting()


def _own_vacancy(principal: Principal, vacancy_id: int) -> Vacancy:
    vacancy = Vacancy.objects.select_related("employer").filter(pk=vacancy_id).first()
    if vacancy is None or not perms.is_employer_of(principal, vacancy):
        raise NotFound(_("Geen vacature met dit nummer binnen uw toegang."))
    if vacancy.municipality_id is None or not vacancy.open:
        raise InvalidInput(_("Alleen voor een gepubliceerde vacature met een werkplek."), [FieldError("vacancy", _("Niet gepubliceerd."))])
    return vacancy


def _ranked(vacancy: Vacancy, elsewhere: frozenset[int] | set[int] = frozenset()) -> list[tuple[int, object]]:
    """(person id, explanation, profile) of the best consenting job seekers (the index holds exactly the job seekers
    of today). Those who applied or were invited are listed too (marked by the caller); those in `elsewhere` (suggested
    on another vacancy of the employer) are not ranked, so that others take their place."""
    from werkregie.matching import platform
    from werkregie.matching.engine import geography
    from werkregie.matching.engine.scoring import score_pair
    from werkregie.matching.models import DecisionKind, MatchDecision

    [profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy.pk))
    # the platform's own suggestions follow the counsellors' exclusions (a person a counsellor keeps off this vacancy
    # is not proposed); they never touch who applied themselves (matching.use_cases.candidates_for_vacancy)
    excluded = set(MatchDecision.objects.filter(vacancy=vacancy, kind=DecisionKind.EXCLUDE).values_list("person_id", flat=True)) | set(elsewhere)
    today = clock.today()
    index = platform.current_index()
    for refresh in (False, True):
        among = _consenting.ids_on(today, refresh)
        if not len(among):
            return []
        found = index.candidates_for(profile, top=TOP, among=among, min_good=settings.MATCHING_RING_MIN_GOOD,
                                     good_score=settings.MATCHING_GOOD_SCORE, exclude=excluded)
        ids = [m.id for m in found.matches]
        if not ids or _consenting.still(today, ids):
            break
    profiles = {p.id: p for p in platform.person_profiles(ids)}
    tax, places = platform.taxonomy(), geography.places()
    return [(m.id, score_pair(tax, places, profiles[m.id], profile), profiles[m.id]) for m in found.matches if m.id in profiles]


def suggestions(principal: Principal, vacancy_id: int, language: str = "nl") -> list[Pseudonymous]:
    """The pseudonymised suggestions for the employer's own published vacancy; each listed person's read is logged."""
    return suggestions_and_known(principal, vacancy_id, language)[0]


def _elsewhere(vacancy: Vacancy) -> set[int]:
    """The persons suggested on another vacancy of this employer (CandidateSuggestion): never on this one's list."""
    return set(CandidateSuggestion.objects.filter(employer_id=vacancy.employer_id).exclude(vacancy=vacancy).values_list("person_id", flat=True))


def _claim(vacancy: Vacancy, person_ids: list[int]) -> set[int]:
    """Record this vacancy as the one on which these persons are suggested to its employer, where none is yet; the
    persons whose one vacancy with this employer is this one. Safe under concurrent lists: the unique constraint keeps
    the first, and whoever lost leaves the person out."""
    if not person_ids:
        return set()
    now = clock.now()
    CandidateSuggestion.objects.bulk_create([CandidateSuggestion(employer_id=vacancy.employer_id, person_id=p, vacancy=vacancy, first_at=now)
                                             for p in person_ids], ignore_conflicts=True)
    return set(CandidateSuggestion.objects.filter(employer_id=vacancy.employer_id, person_id__in=person_ids, vacancy=vacancy)
               .values_list("person_id", flat=True))


def suggestions_and_known(principal: Principal, vacancy_id: int, language: str = "nl") -> tuple[list[Pseudonymous], int]:
    """The suggestions, and how many of the best-ranked the employer already knows by name (they applied or VDAB proposed
    them with consent): those are left out here and listed with the applications, which the page says (walk of issue 16:
    an empty list read as "nobody fits" while the best candidate was among the applications). Only those scoring at least
    the shown score (the score shown: without the distance) are offered; none suggested on another of its vacancies."""
    from werkregie.matching.engine import geography
    from werkregie.matching.platform import taxonomy
    from werkregie.matching.use_cases import _skills, score_without_distance
    from werkregie.people.perms import visible_persons

    vacancy = _own_vacancy(principal, vacancy_id)
    tax = taxonomy()
    invited = set(Application.objects.filter(vacancy=vacancy).values_list("person_id", flat=True))
    # someone the employer already sees by name (an application of theirs is a ground) is ranked by name on its
    # candidate list; under a pseudonym here too, the same score and competences would tie the two (attack of stop 30)
    known = set(visible_persons(principal).values_list("pk", flat=True))
    # an application that ended (not retained, hired, withdrawn) stays on the applications list, by name where it was
    # shared: back on this list under a pseudonym, its competences tied the two and showed live data the ended
    # application no longer shows (walk of stop 44)
    ended = set(Application.objects.filter(vacancy=vacancy).exclude(state__in=OPEN).values_list("person_id", flat=True))
    floor = settings.MATCHING_SHOWN_SCORE
    offered: list[tuple[int, float, object, object]] = []
    for person_id, e, profile in _ranked(vacancy, _elsewhere(vacancy) | known | ended):
        score = round(score_without_distance(e.score, e.components), 1)
        if score >= floor:  # a weak match is no suggestion (15/100 was offered)
            offered.append((person_id, score, e, profile))
    mine = _claim(vacancy, [p for p, *_rest in offered])
    out = [Pseudonymous(  # nothing that depends on the workplace, and on one vacancy of the employer only
        pseudonym(vacancy.pk, person_id), score, _(geography.RING_NAMES[e.person_ring]),
        _skills(e.matched_essential, language),
        _skills(e.missing_essential, language),
        [{"occupation": tax.occupations[o].label(language), "years": round(y, 1)} for o, y in sorted(profile.experience.items(), key=lambda kv: -kv[1])[:3]],
        [{"language": x["language"], "level": x.get("level") or "—"} for x in e.languages], person_id in invited)
        for person_id, score, e, profile in offered if person_id in mine]
    out.sort(key=lambda c: (-c.score, c.pseudonym))  # the order of the score shown, not of the distance within it
    record_access(principal.actor(), [p for p, *_rest in offered if p in mine],
                  f"gepseudonimiseerde kandidaten voor vacature {vacancy.pk} (score zonder afstand, competenties, ervaring, zoekkring, talen)",
                  Purpose.RECRUITMENT, principal.channel, shown=Shown.LIST)
    return out, _known_fitting(vacancy, known | ended, floor)


def _known_fitting(vacancy: Vacancy, known: set[int], floor: float) -> int:
    """How many of the persons the employer knows by name fit this vacancy well: their score shown (without the
    distance) at least `floor`, wherever they live. Counted among the ranked ones (within their commute), the count
    told on which workplaces a named person whose town is not shared stood within it (as the named list did, H1)."""
    from werkregie.matching import platform
    from werkregie.matching.engine import geography
    from werkregie.matching.engine.scoring import score_pair
    from werkregie.matching.use_cases import score_without_distance

    if not known:
        return 0
    [profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy.pk))
    tax, places = platform.taxonomy(), geography.places()
    scores = (score_pair(tax, places, p, profile) for p in platform.person_profiles(sorted(known)))
    return sum(1 for e in scores if score_without_distance(e.score, e.components) >= floor)


def invite(principal: Principal, vacancy_id: int, code: str) -> Application:
    """The employer invites a pseudonymised candidate: an application 'proposed' (origin 'invited', no ground to see the
    person yet) and a message to the person, who may share their profile on the vacancy page."""
    from .use_cases import _notify

    vacancy = _own_vacancy(principal, vacancy_id)
    # only someone this vacancy's list offered: suggested on it (CandidateSuggestion), never one of another vacancy's
    offered = CandidateSuggestion.objects.filter(employer_id=vacancy.employer_id, vacancy=vacancy).values_list("person_id", flat=True)
    person_id = next((p for p in offered if pseudonym(vacancy.pk, p) == code), None)
    if person_id is not None and person_id not in {p for p, _e, _pr in _ranked(vacancy, _elsewhere(vacancy))}:
        person_id = None
    if person_id is None:
        raise NotFound(_("Deze kandidaat staat niet (meer) in de suggesties."))
    who = wf.Who.of(principal)
    with transaction.atomic():
        if Application.objects.filter(vacancy=vacancy, person_id=person_id).exists():
            raise InvalidInput(_("Deze kandidaat is al uitgenodigd of heeft al gesolliciteerd."), [FieldError("candidate", _("Al uitgenodigd."))])
        application = wf.create(Application, who, vacancy=vacancy, person_id=person_id, origin=ApplicationOrigin.INVITED)
        application.vacancy = vacancy
        _notify(application, who)
    return application
