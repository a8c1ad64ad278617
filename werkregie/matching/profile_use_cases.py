"""A person's matching profile: read it, replace parts of it (all-or-nothing), add competences found in a CV text."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.people.concurrency import check_version, retry_concurrency
from werkregie.people.models import Person

from . import labels, perms, platform
from .engine.cv import profile_skills
from .engine.geography import FOREIGN_REGIONS
from .engine.skills import default_skill_index
from .engine.titles import MatchingInputError
from .models import DesiredOccupation, MatchingPreferences, PersonExperience, PersonSkill, RejectedSkill, SkillSource
from .use_cases import _purpose

SECTIONS = ("skills", "experience", "desired_occupations", "preferences")
# the rest of the GET's body: sent back unchanged, a PUT accepts it (a GET body is a valid PUT, a no-op save when nothing
# changed); these are edited elsewhere (the person's record, the suggestions' own confirm), so a changed one is refused
READ_ONLY = ("suggestions", "municipality", "education_level", "driving_licences", "languages", "version")
MAX_ITEMS = 500


def _person(principal: Principal, person_id: int, edit: bool = False) -> Person:
    allowed = perms.can_edit_profile(principal, person_id) if edit else perms.can_match_person(principal, person_id)
    person = Person.objects.filter(pk=person_id).first()
    if person is None or not allowed:
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    return person


def profile_of(principal: Principal, person_id: int, language: str = "nl", log: bool = True) -> dict:
    person = _person(principal, person_id)

    def occupation(uri: str) -> dict:
        return labels.occupation(uri, language)

    skills = [labels.skill(uri, language, source=source) for uri, source in PersonSkill.objects.filter(person=person).order_by("skill_uri").values_list("skill_uri", "source")]
    skills.sort(key=lambda s: s["label"].lower())
    preferences = MatchingPreferences.objects.filter(person=person).first()
    profile = {
        "skills": [s for s in skills if s["source"] != SkillSource.IMPLIED],
        "suggestions": [s for s in skills if s["source"] == SkillSource.IMPLIED],  # implied by a CV: count only once confirmed
        "experience": [occupation(uri) | {"years": float(years)} for uri, years in
                       PersonExperience.objects.filter(person=person).order_by("-years").values_list("occupation_uri", "years")],
        "desired_occupations": [occupation(uri) for uri in DesiredOccupation.objects.filter(person=person).values_list("occupation_uri", flat=True)],
        "preferences": {
            "max_commute_km": preferences.max_commute_km if preferences else platform.DEFAULT_COMMUTE_KM,
            "hours_min": preferences.hours_min if preferences else platform.DEFAULT_HOURS[0],
            "hours_max": preferences.hours_max if preferences else platform.DEFAULT_HOURS[1],
            "relocate": preferences.relocate if preferences else False,
            "residence_abroad": preferences.residence_abroad if preferences else "",
        },
        "municipality": person.municipality_id, "education_level": person.education_level, "driving_licences": person.driving_licences,
        "languages": [{"language": lang, "level": level} for lang, level in person.languages.values_list("language", "level")],
        "version": person.profile_version,
    }
    if log:
        record_access(principal.actor(), [person_id], "matching: profiel (competenties, ervaring, gewenste beroepen, voorkeuren, gemeente, opleiding, "
                      "rijbewijzen, talen)", _purpose(principal, person_id),
                      principal.channel)
    return profile


def _list(data: dict, name: str, errors: list[FieldError]) -> list:
    value = data.get(name)
    if not isinstance(value, list):
        errors.append(FieldError(name, _("Een lijst verwacht.")))
        return []
    if len(value) > MAX_ITEMS:
        errors.append(FieldError(name, _("Hoogstens %(n)s elementen.") % {"n": MAX_ITEMS}))
        return []
    return value


def _read_only_changed(person: Person, data: dict) -> list[FieldError]:
    """A field of the GET's body that a PUT does not edit, sent with another value than the profile has: named, never
    silently ignored (the suggestions are derived and confirmed one by one, so any value is accepted for them)."""
    current = {"municipality": person.municipality_id, "education_level": person.education_level, "driving_licences": person.driving_licences,
               "languages": sorted([lang, level] for lang, level in person.languages.values_list("language", "level"))}
    sent = dict(data)
    if isinstance(sent.get("languages"), list):  # compared as text: any JSON sent (numbers, lists, objects) is named, never a 500
        sent["languages"] = sorted(([str(item.get("language")), str(item.get("level"))] if isinstance(item, dict) else [repr(item)]
                                    for item in sent["languages"]))
    return [FieldError(name, read_only_message())
            for name in current if name in sent and sent[name] != current[name]]


def _item_uri(item: object, key: str) -> object:
    """An occupation as the PUT documents it (`key`) or as the GET shows it (an object with `uri`)."""
    if isinstance(item, dict):
        return item.get(key, item.get("uri"))
    return item


def _shown_fields_changed(item: object, entry, uri: str, field: str, row: int) -> list[FieldError]:  # noqa: ANN001 - labels.skill or .occupation
    """The label (and its language) the GET shows beside a URI is read-only: sent back, it must be the label in one of
    the platform's languages (the GET's `language`); a changed one (a text with U+202E or NUL, found by the re-attack of
    issue 16) was silently dropped with a 200, now a 422 naming it."""
    if not isinstance(item, dict) or ("label" not in item and "lang" not in item):
        return []
    shown = [entry(uri, language) for language in ("nl", "fr", "en")]
    if "label" in item and item["label"] not in [s["label"] for s in shown]:
        return [FieldError(f"{field}[{row}].label", read_only_message(), row)]
    if "lang" in item and not any(item["lang"] == s["lang"] and item.get("label", s["label"]) == s["label"] for s in shown):
        return [FieldError(f"{field}[{row}].lang", read_only_message(), row)]
    return []


def read_only_message() -> str:
    return _("Hier niet te wijzigen (alleen-lezen in het profiel): laat de waarde van uw GET staan of laat het veld weg.")


def _validated(principal: Principal, person_id: int, data: dict) -> tuple[dict, list[FieldError]]:
    tax = platform.taxonomy()
    errors: list[FieldError] = []
    clean: dict = {}
    if not isinstance(data, dict) or not set(data) & set(SECTIONS) or set(data) - set(SECTIONS) - set(READ_ONLY):
        unknown = sorted(set(data) - set(SECTIONS) - set(READ_ONLY)) if isinstance(data, dict) else []
        return {}, [FieldError(", ".join(unknown) or "profile", _("Geef een of meer van: %(s)s.") % {"s": ", ".join(SECTIONS)})]
    certified = set(PersonSkill.objects.filter(person_id=person_id, source=SkillSource.CERTIFIED).values_list("skill_uri", flat=True))
    if "skills" in data:
        clean["skills"] = {}
        for row, item in enumerate(_list(data, "skills", errors)):
            uri = item.get("uri") if isinstance(item, dict) else None
            source = item.get("source", SkillSource.DECLARED) if isinstance(item, dict) else None
            if not isinstance(uri, str) or uri not in tax.skill_index:  # a list or object as URI was a 500 (attack of stop 45)
                errors.append(FieldError(f"skills[{row}].uri", _("Geen ESCO-competentie met deze URI."), row))
            elif not isinstance(source, str) or source not in SkillSource.values or source == SkillSource.IMPLIED:
                errors.append(FieldError(f"skills[{row}].source", _("Kies declared, extracted of certified."), row))
            elif source == SkillSource.CERTIFIED and uri not in certified and perms.is_own(principal, person_id):
                errors.append(FieldError(f"skills[{row}].source", _("Een attest registreert de bemiddelaar, niet de persoon zelf."), row))
            elif uri in clean["skills"]:  # one skill, two sources: which one holds? Named, as EVC does (re-attack of issue 16)
                errors.append(FieldError(f"skills[{row}].uri", _("Competentie twee keer opgegeven: %(skill)s.") % {"skill": labels.skill(uri, "nl")["label"]}, row))
            else:
                errors += _shown_fields_changed(item, labels.skill, uri, "skills", row)
                clean["skills"][uri] = source
    if "experience" in data:
        clean["experience"] = {}
        for row, item in enumerate(_list(data, "experience", errors)):
            uri = _item_uri(item, "occupation") if isinstance(item, dict) else None
            try:
                years = Decimal(str(item.get("years"))).quantize(Decimal("0.1")) if isinstance(item, dict) else None
            except (InvalidOperation, TypeError):
                years = None
            if not isinstance(uri, str) or uri not in tax.occupation_index:
                errors.append(FieldError(f"experience[{row}].occupation", _("Geen ESCO-beroep met deze URI."), row))
            elif years is None or not years.is_finite() or not Decimal(0) <= years <= Decimal(60):  # "NaN" compared was a 500
                errors.append(FieldError(f"experience[{row}].years", _("Een aantal jaren tussen 0 en 60."), row))
            else:
                errors += _shown_fields_changed(item, labels.occupation, uri, "experience", row)
                clean["experience"][uri] = years
    if "desired_occupations" in data:
        clean["desired_occupations"] = []
        for row, item in enumerate(_list(data, "desired_occupations", errors)):
            uri = _item_uri(item, "uri")
            if not isinstance(uri, str) or uri not in tax.occupation_index:
                errors.append(FieldError(f"desired_occupations[{row}]", _("Geen ESCO-beroep met deze URI."), row))
            else:
                errors += _shown_fields_changed(item, labels.occupation, uri, "desired_occupations", row)
                if uri not in clean["desired_occupations"]:
                    clean["desired_occupations"].append(uri)
    if "preferences" in data:
        clean["preferences"] = _preferences(data["preferences"], errors)
    return clean, errors


def _preferences(value: object, errors: list[FieldError]) -> dict:
    if not isinstance(value, dict):
        errors.append(FieldError("preferences", _("Een object verwacht.")))
        return {}
    out = {}
    for name, low, high in (("max_commute_km", 1, 300), ("hours_min", 0, 60), ("hours_max", 0, 60)):
        raw = value.get(name, {"max_commute_km": platform.DEFAULT_COMMUTE_KM, "hours_min": 0, "hours_max": 40}[name])
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not low <= raw <= high or int(raw) != raw:
            errors.append(FieldError(f"preferences.{name}", _("Een geheel getal van %(low)s tot %(high)s.") % {"low": low, "high": high}))
        else:
            out[name] = int(raw)
    if "hours_min" in out and "hours_max" in out and out["hours_min"] > out["hours_max"]:
        errors.append(FieldError("preferences.hours_min", _("Niet meer dan het maximum aantal uren.")))
    relocate = value.get("relocate", False)
    if not isinstance(relocate, bool):
        errors.append(FieldError("preferences.relocate", _("true of false.")))
    out["relocate"] = bool(relocate)
    abroad = value.get("residence_abroad", "") or ""
    if abroad and (not isinstance(abroad, str) or abroad not in {code for code, *_rest in FOREIGN_REGIONS}):
        errors.append(FieldError("preferences.residence_abroad", _("Onbekende regio.")))
    out["residence_abroad"] = abroad
    return out


def _lock_and_bump(person: Person, expected_version: int | None) -> int:
    """Lock the person's row, check the version the writer saw (412 when stale) and raise it by one."""
    current = Person.objects.select_for_update().values_list("profile_version", flat=True).get(pk=person.pk)
    check_version(current, expected_version)
    Person.objects.filter(pk=person.pk).update(profile_version=F("profile_version") + 1)
    return current + 1


@retry_concurrency
def update_profile(principal: Principal, person_id: int, data: dict, log: bool = True, expected_version: int | None = None) -> dict:
    """Replace the sections given; nothing changes when any value is wrong (each error names its field). Returns the
    whole profile as it is now (logged as read: the API's PUT answers with it; `log=False` where it is not shown)."""
    person = _person(principal, person_id, edit=True)
    clean, errors = _validated(principal, person_id, data)
    errors += _read_only_changed(person, data) if isinstance(data, dict) else []
    if errors:
        raise InvalidInput(_("Het profiel is niet bewaard."), errors)
    now = clock.now()
    with transaction.atomic():
        _lock_and_bump(person, expected_version)  # one writer at a time per profile: no deadlock, no lost update
        if "skills" in clean:
            kept = dict(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source"))
            own = perms.is_own(principal, person_id)
            if own:  # a citizen cannot remove or downgrade what a counsellor certified
                clean["skills"].update({u: s for u, s in kept.items() if s == SkillSource.CERTIFIED})
            # suggestions are not part of the skills section: left alone unless named (then confirmed, with who and when)
            PersonSkill.objects.filter(person=person).exclude(source=SkillSource.IMPLIED).exclude(skill_uri__in=list(clean["skills"])).delete()
            for uri, source in clean["skills"].items():
                if kept.get(uri) != source:
                    # who made a skill count for decisions (declared or certified: the refusal check reads those) is
                    # recorded, whoever it was; a counsellor turning a CV's extracted skill into "declared" left no
                    # trace (attack of stop 45)
                    counts_now = source in (SkillSource.DECLARED, SkillSource.CERTIFIED)
                    confirmed = {"confirmed_by": principal.user, "confirmed_at": now} if counts_now and (uri in kept or not own) else {}
                    PersonSkill.objects.update_or_create(person=person, skill_uri=uri, defaults={"source": source, "added_at": now, **confirmed})
            # named again on purpose: a next CV may find it again (removed or rejected before)
            RejectedSkill.objects.filter(person=person, skill_uri__in=list(clean["skills"])).delete()
        if "experience" in clean:
            PersonExperience.objects.filter(person=person).delete()
            PersonExperience.objects.bulk_create([PersonExperience(person=person, occupation_uri=u, years=y) for u, y in clean["experience"].items()])
        if "desired_occupations" in clean:
            DesiredOccupation.objects.filter(person=person).delete()
            DesiredOccupation.objects.bulk_create([DesiredOccupation(person=person, occupation_uri=u) for u in clean["desired_occupations"]])
        if "preferences" in clean:
            MatchingPreferences.objects.update_or_create(person=person, defaults=clean["preferences"])
        from .signals import persons_changed

        persons_changed([person_id])  # bulk writes send no signals
    return profile_of(principal, person_id, log=log)


@retry_concurrency
def add_extracted_skills(principal: Principal, person_id: int, text: str, language: str) -> list[dict]:
    """Competences found in a CV or free text: those it names almost literally (Found.literal) added to the profile as
    'extracted'; those it names only by resemblance, meaning or a translation, and those it implies, as suggestions
    ('implied', to be confirmed: walk of issue 16, a port's "haven van Gent" became "lokale wateren van de haven" on the
    profile). Never one the person rejected or removed before. Existing ones keep their source; a literally named skill
    that was a suggestion becomes 'extracted'. Each item says whether it is a suggestion ("suggested")."""
    person = _person(principal, person_id, edit=True)
    try:
        found = profile_skills(default_skill_index(), text, language)  # strong evidence only, capped (engine/cv.py)
    except MatchingInputError as exc:
        raise InvalidInput(str(exc), [FieldError("language", str(exc))]) from None
    now = clock.now()
    with transaction.atomic():
        _lock_and_bump(person, None)
        existing = dict(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source"))
        rejected = set(RejectedSkill.objects.filter(person=person).values_list("skill_uri", flat=True))
        found = [f for f in found if f.uri not in rejected]
        named_now = [f.uri for f in found if f.literal and existing.get(f.uri) == SkillSource.IMPLIED]
        PersonSkill.objects.filter(person=person, skill_uri__in=named_now).update(source=SkillSource.EXTRACTED, added_at=now)
        PersonSkill.objects.bulk_create([PersonSkill(person=person, skill_uri=f.uri, added_at=now,
                                                     source=SkillSource.EXTRACTED if f.literal else SkillSource.IMPLIED)
                                         for f in found if f.uri not in existing])
        from .signals import persons_changed

        persons_changed([person_id])
    if not perms.is_own(principal, person_id):
        record_access(principal.actor(), [person_id], "matching: competenties uit tekst toegevoegd", _purpose(principal, person_id, (Purpose.GUIDANCE,)),
                      principal.channel)
    return [{"uri": f.uri, "label": f.label, "score": f.score, "span": f.span, "new": f.uri not in existing, "implied": f.implied,
             "suggested": not f.literal, "pending": existing.get(f.uri) == SkillSource.IMPLIED and f.uri not in named_now} for f in found]
