"""Mijn Loopbaan: the person's competences by source, experience and education, target occupations (add, remove),
EVC requests, visas and shared links, and the panels the other career domains contribute."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.matching import profile_use_cases as matching
from werkregie.matching.engine.titles import MatchingInputError
from werkregie.matching.models import SkillSource
from werkregie.people.models import Person

from ..models import CompetenceVisa, EvcRequest, PassportShare
from . import common, evc_outcome, evc_skills, profile

MAX_TARGETS = 5


@dataclass
class Overview:
    person: Person
    skills: dict[str, list[dict]]  # source -> [{uri, label, lang}]
    experience: list[dict]
    education: str
    targets: list[dict]
    version: int
    evc_requests: list[EvcRequest] = field(default_factory=list)
    visas: list[CompetenceVisa] = field(default_factory=list)
    shares: list[PassportShare] = field(default_factory=list)

    @property
    def skill_groups(self) -> list[tuple[str, str, list[dict]]]:
        return [(source, str(label), self.skills.get(source, [])) for source, label in SkillSource.choices]


def overview(principal: Principal) -> Overview:
    person = common.own_person(principal)
    lang = common.language()
    data = matching.profile_of(principal, person.pk, lang)  # the own read, logged by matching as the person's
    skills: dict[str, list[dict]] = {s: [] for s in SkillSource.values}
    for item in data["skills"]:
        skills.setdefault(item["source"], []).append(item)
    # the suggestions waiting for the person's word, the same list "Vacatures voor mij" asks about (walk of stop 28:
    # this page said 0 while that one said 49)
    from werkregie.matching.suggestion_use_cases import suggestions_of

    skills[SkillSource.IMPLIED] = suggestions_of(principal, person.pk, lang)["suggestions"]
    education = str(person.get_education_level_display()) if person.education_level is not None else ""
    return Overview(
        person=person, skills=skills, experience=data["experience"], education=education, targets=data["desired_occupations"],
        version=data["version"],
        evc_requests=evc_outcome.with_outcome(evc_skills.with_asked(list(EvcRequest.objects.filter(person=person).prefetch_related("skills")))),
        visas=list(CompetenceVisa.objects.filter(person=person).prefetch_related("skills")),
        shares=list(PassportShare.objects.filter(person=person)),
    )


def search_occupations(text: str, lang: str, top: int = 8) -> list[dict]:
    """ESCO occupations for a typed title (matching's title normalisation)."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    from werkregie.matching.engine.titles import default_index

    try:
        results = default_index().search([text[:200]], lang, top=top)[0]
    except MatchingInputError as exc:
        raise InvalidInput(str(exc), [FieldError("q", str(exc))]) from None
    return [{"uri": r.uri, "label": r.label} for r in results]


def add_target(principal: Principal, occupation_uri: str, expected_version: int | None = None) -> dict:
    person = common.own_person(principal)
    errors: list[FieldError] = []
    uri = common.check_occupation(occupation_uri, "occupation", errors, required=True)
    if errors:
        raise InvalidInput(errors[0].message, errors)
    current = list(person.desired_occupations.values_list("occupation_uri", flat=True))
    if uri in current:
        return matching.profile_of(principal, person.pk, log=False)
    if len(current) >= MAX_TARGETS:
        raise common.fail(_("U kunt hoogstens %(n)s doelberoepen kiezen. Verwijder er eerst een.") % {"n": MAX_TARGETS}, "occupation")
    return profile.set_targets(principal, person.pk, [*current, uri], expected_version)


def remove_target(principal: Principal, occupation_uri: str, expected_version: int | None = None) -> dict:
    person = common.own_person(principal)
    if not (occupation_uri or "").strip():
        raise common.fail(_("Kies het doelberoep dat u wilt verwijderen."), "occupation")
    current = list(person.desired_occupations.values_list("occupation_uri", flat=True))
    if occupation_uri not in current:
        raise NotFound(_("Dit beroep staat niet bij uw doelberoepen."))
    return profile.set_targets(principal, person.pk, [u for u in current if u != occupation_uri], expected_version)
