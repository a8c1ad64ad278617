"""Vacancy intake: from a title and free text the matching engine suggests the ESCO occupation and skills; the
employer confirms, removes or adds, and only what they confirm is stored. Wording that may discriminate is shown hit
by hit (span, ground, neutral rewording) and blocks publishing; diploma demands get a hint with the competences the
diploma should prove; a language level above what the occupation usually asks needs a justification."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import text_problem
from werkregie.workflows import services as wf

from . import checks, diplomas, wording
from .models import Contract, Vacancy, VacancySkill, VacancyState

USUAL_LEVEL_BY_ISCO_MAJOR = {"1": "B2", "2": "B2", "3": "B2", "4": "B1", "5": "B1", "6": "A2", "7": "A2", "8": "A2", "9": "A2", "0": "B1"}
LEVEL_ORDER = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
TEXT_LANGUAGES = ("nl", "fr", "en", "de")  # a vacancy's text (Vacancy.text_language)
SUGGESTED_OCCUPATIONS, SUGGESTED_SKILLS = 5, 15
# No suggested skill is ticked beforehand, however confident the engine is: the issue says suggestions are never
# stored unconfirmed, so the employer ticks each one (or all essential skills of the occupation in one click, the
# form's "Alle essentiële aanvinken"). Each suggestion says how it was found and with what confidence.
# Skills are read from this many characters of the text (a real vacancy text is shorter): reading costs per distinct
# phrase, and the suggestion answers while the employer waits. The wording check reads the whole text.
SKILL_TEXT = 8_000


# An occupation is offered only when its score is at least this share of the best one: "Metselaar" gave metselaar (1.0),
# voorman metselaar (0.985), opperman bouw (0.37), then "Operator chipper" and "Schadebehandelaar" (0.33), letters
# in common and nothing else (walk of issue 16).
OCCUPATION_SHARE_OF_BEST = 0.35


def near_the_best(occupations: list) -> list:
    """The title search's occupations (best first) less those far below the best."""
    if not occupations:
        return []
    floor = float(occupations[0].score) * OCCUPATION_SHARE_OF_BEST
    return [o for o in occupations if float(o.score) >= floor]


def _tax():  # noqa: ANN202 - the ESCO taxonomy
    from werkregie.matching.platform import taxonomy

    return taxonomy()


def usual_level(occupation_uri: str) -> str | None:
    tax = _tax()
    index = tax.occupation_index.get(occupation_uri)
    if index is None or not tax.occupations[index].isco:
        return None
    return USUAL_LEVEL_BY_ISCO_MAJOR.get(tax.occupations[index].isco[0])


def spend_suggestion_budget(user_id: int) -> None:
    """A suggestion reads the text against every skill label and by meaning (up to a second of work): at most
    WERKREGIE_SUGGEST_RATE per user, so that parallel requests of one account cannot tie up the workers (429)."""
    from django.conf import settings

    from werkregie.accounts.throttle import user_budget_wait
    from werkregie.core.errors import TooManyRequests

    wait = user_budget_wait("vacancy-suggest", user_id, settings.WERKREGIE_SUGGEST_RATE)
    if wait is not None:
        raise TooManyRequests(_("U vroeg te veel suggesties aan; probeer opnieuw over %(seconds)s seconden.") % {"seconds": wait}, wait)


def _without_flagged_wording(text: str, language: str) -> str:
    """The text with every span the wording check flags blanked (same length, so positions stay): a skill is never
    suggested from wording the employer is asked to rewrite ("Jong dynamisch team" is no "coach young people")."""
    for hit in wording.check_all(text, language):
        text = text[:hit.start] + " " * (hit.end - hit.start) + text[hit.end:]
    return text


# A skill suggested "from your text" by meaning only (no label in the text) needs at least this similarity and a label
# in the reader's language: the engine's own bar (SEMANTIC_THRESHOLD, 0.5) is for matching, where recall counts; here
# the employer is offered what to tick, and "voorraad tellen" gave "plant propagation" (0.573, English only),
# "reachtruck besturen" "trams besturen" (0.518), while the right ones ("heftrucks bedienen", "vracht laden") lie above.
MEANING_MIN = 0.58


def _from(read: str, text: str, language: str, source: str) -> dict[str, dict]:
    """The skills the engine reads in `read` (the text with flagged wording blanked), each with its span as written in
    `text`, how it was found and its confidence; a meaning-only hit below the intake's bar is left out."""
    from werkregie.matching import labels
    from werkregie.matching.engine.skills import default_skill_index

    if not read.strip():
        return {}
    by_words, by_words_and_meaning = default_skill_index().extract_by_words_and_meaning(read, language, SUGGESTED_SKILLS)
    by_label = {x.uri: x.score for x in by_words}
    found: dict[str, dict] = {}
    for hit in by_words_and_meaning:
        how = "label" if hit.uri in by_label else "meaning"
        confidence = round(float(by_label.get(hit.uri, hit.score)), 4)
        entry = labels.skill(hit.uri, language, source=source, span=text[hit.start:hit.end] if hit.start >= 0 else hit.span,
                             essential=True, found_by=how, confidence=confidence, of_occupation=False)
        if how == "meaning" and (confidence < MEANING_MIN or entry["lang"] != language):
            continue
        found[hit.uri] = entry
    return found


def _per_field(items: list[dict], title: str, key: str) -> list[dict]:
    """Spans found in title + "\n" + text as positions in the field they lie in (`key`: "title" or "text"); one that runs
    from the title into the text is shown as far as the title goes."""
    out = []
    for item in items:
        start, end = item["start"], item["end"]
        if start < len(title):
            out.append({**item, key: "title", "end": min(end, len(title)), "text": title[start:min(end, len(title))]})
        else:
            out.append({**item, key: "text", "start": start - len(title) - 1, "end": end - len(title) - 1})
    return out


def suggest(title: str, text: str, language: str = "nl", occupation_uri: str = "", added: str = "", extra_uris: list[str] | None = None) -> dict:
    """Suggestions only; nothing is stored. The occupation from the title (and text), skills mentioned in the text, in
    `added` (the employer's "Competentie toevoegen", read on its own: source "added") plus the chosen (or best)
    occupation's essential skills, each with how it was found (label, meaning, occupation), its confidence (none is
    ticked beforehand), the wording hits and the diploma hints (each span in the field it lies in: "title" or "text")."""
    from werkregie.matching import labels
    from werkregie.matching.engine.titles import default_index

    tax = _tax()
    title, text, added = (title or "").strip()[:200], (text or "")[:20_000], (added or "").strip()[:500]
    [occupations] = default_index().search([title or text[:200]], language, SUGGESTED_OCCUPATIONS) if (title or text) else [[]]
    occupations = near_the_best(occupations)
    confirmed = occupation_uri in tax.occupation_index  # the employer chose it on the form
    chosen = occupation_uri if confirmed else (occupations[0].uri if occupations else "")
    occupation_confidence = 1.0 if confirmed else (round(float(occupations[0].score), 4) if occupations else 0.0)
    from_added = _from(_without_flagged_wording(added, language), added, language, "added") if added else {}
    skills = {**from_added, **{u: s for u, s in _from(_without_flagged_wording(text[:SKILL_TEXT], language), text, language, "text").items()
                               if u not in from_added}}
    if chosen:
        for s in tax.occupations[tax.occupation_index[chosen]].essential[:SUGGESTED_SKILLS]:
            if tax.skills[s].uri in skills:
                skills[tax.skills[s].uri]["of_occupation"] = True
            skills.setdefault(tax.skills[s].uri, labels.skill(tax.skills[s].uri, language, source="occupation", span="", essential=True,
                                                              found_by="occupation", confidence=occupation_confidence,
                                                              of_occupation=True))
    for uri in extra_uris or []:  # what an edited vacancy holds already, shown to be kept or removed (intake_edit.py)
        if uri in tax.skill_index:
            skills.setdefault(uri, labels.skill(uri, language, source="vacancy", span="", essential=True, found_by="vacancy", confidence=1.0))
    hits = wording.check_all(f"{title}\n{text}", language)
    # per diploma demand the competences of the occupation it leads to; one naming no field of study, this vacancy's
    examples = [labels.skill(u, language) for u in list(skills)[:5]]
    diploma = diplomas.help_for(f"{title}\n{text}", language, examples, chosen)
    return {"occupations": [{"uri": o.uri, "label": o.label, "score": o.score} for o in occupations], "occupation_uri": chosen,
            "skills": list(skills.values()), "usual_language_level": usual_level(chosen) if chosen else None,
            "added": {"text": added, "matched": bool(from_added)},
            "wording": _per_field([{"start": h.start, "end": h.end, "text": h.text, "ground": h.ground, "ground_label": h.ground_label,
                                    "rewording": h.rewording} for h in hits], title, "field"),
            "diploma": _per_field(diploma, title, "in_field")}


def _employer_id(principal: Principal, employer_id: int | None) -> int:
    if principal.role == Role.EMPLOYER:
        if employer_id is not None and employer_id != principal.user.organisation_id:  # refused, never silently replaced
            message = _("Een werkgever plaatst alleen vacatures van de eigen organisatie: laat employer_id weg.")
            raise InvalidInput(message, [FieldError("employer_id", message)])
        return principal.user.organisation_id
    if principal.role in (Role.COUNSELLOR, Role.ADMIN) and employer_id:
        from werkregie.organisations.models import USABLE_EMPLOYER, Organisation

        if Organisation.objects.filter(USABLE_EMPLOYER, pk=employer_id).exists():
            return employer_id
        raise NotFound(_("Geen werkgever met dit nummer."))
    raise Forbidden(_("Alleen een werkgever of VDAB plaatst vacatures."))


def ring_offer_default(employer_id: int | None) -> bool:
    """Where a new vacancy's choice of the ring offer starts: its employer's default (true when none is known yet)."""
    from werkregie.organisations.models import Organisation

    found = Organisation.objects.filter(pk=employer_id).values_list("ring_offer_default", flat=True).first() if employer_id else None
    return True if found is None else found


def _checked(data: dict, employer_id: int, *, language: str, check_wording: bool, failed: str, kept_needs: list | None = None) -> tuple[dict, list[dict]]:
    """The intake's checks of a vacancy's fields (the same for a new vacancy and an edit): the model's values and the
    confirmed skills, or InvalidInput field by field (`failed`: the message above them)."""
    from werkregie.geo.models import Municipality
    from werkregie.organisations.models import EstablishmentUnit

    tax = _tax()
    errors: list[FieldError] = []
    title = (data.get("title") or "").strip()
    description = (data.get("description") or "").strip()
    if problem := checks.title_problem(title):  # the same check as the import (vacancies/exchange.py)
        errors.append(FieldError("title", _("Functietitel: %(problem)s") % {"problem": problem}))
    if len(description) > 20_000:
        errors.append(FieldError("description", _("Hoogstens 20.000 tekens.")))
    elif problem := text_problem(description):
        errors.append(FieldError("description", problem))
    municipality = str(data.get("municipality") or "")
    if not Municipality.objects.filter(pk=municipality).exists():
        errors.append(FieldError("municipality", _("Kies een bestaande gemeente (NIS-code).")))
    try:
        hours = Decimal(str(data.get("hours_per_week", 38)).replace(",", "."))
        if not checks.hours_ok(hours):
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        errors.append(FieldError("hours_per_week", _("Tussen 1 en 60 uur per week.")))
        hours = Decimal(38)
    contract = data.get("contract") or Contract.PERMANENT
    if contract not in Contract.values:
        errors.append(FieldError("contract", _("Kies een contractsoort.")))
    wage = data.get("monthly_wage")
    if wage not in (None, ""):
        try:
            wage = Decimal(str(wage))
            if not checks.wage_ok(wage):
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            errors.append(FieldError("monthly_wage", checks.wage_message()))
            wage = None
    else:
        wage = None
    occupation = data.get("occupation_uri") or ""
    if occupation not in tax.occupation_index:
        errors.append(FieldError("occupation_uri", _("Bevestig een ESCO-beroep.")))
    skills = data.get("skills") or []
    if not skills:
        errors.append(FieldError("skills", _("Bevestig minstens één competentie.")))
    if any(not isinstance(s, dict) or s.get("uri") not in tax.skill_index for s in skills):
        errors.append(FieldError("skills", _("Alleen competenties uit ESCO.")))
    needs = data.get("language_needs") or []
    justification = (data.get("language_justification") or "").strip()[:500]
    for need in needs:
        if not isinstance(need, dict) or need.get("language") not in ("nl", "fr", "en", "de") or need.get("level") not in LEVEL_ORDER:
            errors.append(FieldError("language_needs", _("Een taal (nl, fr, en, de) met een niveau van A1 tot C2.")))
            break
    else:
        usual = usual_level(occupation) if occupation in tax.occupation_index else None
        # a level the vacancy already asked for the same occupation (`kept_needs`: an edit) is not asked to be justified
        # again: an older vacancy without one stayed editable (re-walk of stop 42: its hours could not be corrected)
        above = [n for n in needs if usual and LEVEL_ORDER[n["level"]] > LEVEL_ORDER[usual] and n not in (kept_needs or [])]
        if above and len(justification) < 10:
            errors.append(FieldError("language_justification", _("Niveau %(level)s is hoger dan wat dit beroep gewoonlijk vraagt (%(usual)s): "
                                                                 "leg uit waarom het nodig is.") % {"level": above[0]["level"], "usual": usual}))
    establishment = data.get("establishment_id")
    if establishment and not EstablishmentUnit.objects.filter(pk=establishment, organisation_id=employer_id).exists():
        errors.append(FieldError("establishment_id", _("Geen vestiging van deze werkgever.")))
    if check_wording:
        for hit in wording.check_all(f"{title}\n{description}", language):
            errors.append(FieldError("description", _("“%(text)s” kan discrimineren op grond van %(ground)s. Schrijf bv.: %(rewording)s")
                                     % {"text": hit.text, "ground": hit.ground_label, "rewording": hit.rewording}))
    if errors:
        raise InvalidInput(failed, errors)
    values = {"title": title, "description": description, "municipality_id": municipality, "hours_per_week": hours, "contract": contract,
              "monthly_wage": wage, "occupation_uri": occupation, "language_needs": needs, "language_justification": justification,
              "establishment_id": establishment or None, "text_language": language if language in TEXT_LANGUAGES else "nl"}
    return values, list({s["uri"]: s for s in skills}.values())


def _store_skills(vacancy: Vacancy, skills: list[dict]) -> None:
    VacancySkill.objects.filter(vacancy=vacancy).delete()
    VacancySkill.objects.bulk_create([VacancySkill(vacancy=vacancy, skill_uri=s["uri"], essential=bool(s.get("essential", True))) for s in skills])


def create(principal: Principal, data: dict, *, language: str = "nl", publish: bool = False) -> Vacancy:
    """Store a vacancy with exactly the occupation and skills the employer confirmed. `data`: title, description,
    municipality (NIS), hours_per_week, contract, monthly_wage, language_needs, language_justification,
    occupation_uri, skills ([{"uri", "essential"}]), employer_id (VDAB only), establishment_id, ring_offer (absent or None:
    the employer's default, Organisation.ring_offer_default)."""
    employer_id = _employer_id(principal, data.get("employer_id"))
    values, skills = _checked(data, employer_id, language=language, check_wording=publish, failed=_("De vacature is niet bewaard."))
    who = wf.Who.of(principal)
    with transaction.atomic():
        vacancy = wf.create(Vacancy, who, employer_id=employer_id, open=False, **values,
                            ring_offer=bool(data["ring_offer"]) if data.get("ring_offer") is not None else ring_offer_default(employer_id))
        _store_skills(vacancy, skills)
        if publish:
            vacancy = wf.transition(vacancy, "publish", who, fields={"open": True})
    return vacancy


def move(principal: Principal, vacancy_id: int, name: str, *, version: int | None = None) -> Vacancy:
    """A lifecycle move (publish, fill, close, republish) by the employer of the vacancy or VDAB; leaving "published"
    ends the running applications (closing.py)."""
    from . import perms

    vacancy = Vacancy.objects.filter(pk=vacancy_id).first()
    if vacancy is None or not (perms.is_employer_of(principal, vacancy) or principal.role in perms.GUIDING_ROLES):
        raise NotFound(_("Geen vacature met dit nummer binnen uw toegang."))
    if vacancy.source and principal.role == Role.EMPLOYER:
        # a partner's copy (the exchange) follows its source: closing it here would hide a vacancy the partner still
        # offers (attack of stop 39: an imported vacancy could be closed by the employer its KBO number named)
        raise Forbidden(_("Een vacature van een partner wijzigt u bij die partner."))
    if name in ("publish", "republish"):
        hits = wording.check_all(f"{vacancy.title}\n{vacancy.description}")
        if hits:
            raise InvalidInput(_("De vacature is niet gepubliceerd."), [FieldError("description", _("“%(text)s” kan discrimineren op grond van %(ground)s.")
                                                                                     % {"text": h.text, "ground": h.ground_label}) for h in hits])
    target = vacancy.workflow.find(name, vacancy.state)
    fields = {"open": target.target == VacancyState.PUBLISHED} if target else None
    from . import closing

    return closing.leave(vacancy, name, wf.Who.of(principal), expected_version=version, fields=fields)


EDITABLE = (VacancyState.DRAFT, VacancyState.PUBLISHED)


def update(principal: Principal, vacancy_id: int, data: dict, *, version: int, language: str = "nl") -> Vacancy:
    """Edit a draft or published vacancy of the caller's own employer (or VDAB): the same checks as the intake (a
    published one also the wording check, as publishing asks), against the version the editor saw (409 when stale)."""
    from . import perms

    found = Vacancy.objects.filter(pk=vacancy_id).first()
    if found is None or not (perms.is_employer_of(principal, found) or principal.role in perms.GUIDING_ROLES):
        raise NotFound(_("Geen vacature met dit nummer binnen uw toegang."))
    if found.source:
        raise Forbidden(_("Een vacature van een partner wijzigt u bij die partner."))
    with transaction.atomic():
        vacancy = Vacancy.objects.select_for_update().get(pk=found.pk)
        wf.check_version(vacancy, version)
        if vacancy.state not in EDITABLE:
            raise Conflict(_("Alleen een ontwerp of een gepubliceerde vacature kan gewijzigd worden."), [FieldError("state", vacancy.state_label)])
        if data.get("employer_id") is not None and data["employer_id"] != vacancy.employer_id:
            message = _("De werkgever van een vacature wijzigt niet: laat employer_id weg (of geef de huidige).")
            raise InvalidInput(message, [FieldError("employer_id", message)])
        kept = vacancy.language_needs if (data.get("occupation_uri") or "") == vacancy.occupation_uri else None
        values, skills = _checked(data, vacancy.employer_id, language=language, check_wording=vacancy.state == VacancyState.PUBLISHED, kept_needs=kept,
                                  failed=_("De vacature is niet gewijzigd."))
        _refuse_moved_workplace(vacancy, values)
        for name, value in values.items():
            setattr(vacancy, name, value)
        if data.get("ring_offer") is not None and bool(data["ring_offer"]) != vacancy.ring_offer:
            from .rings import refuse_unless_employer

            refuse_unless_employer(principal, vacancy)
            vacancy.ring_offer = bool(data["ring_offer"])
        vacancy.version += 1
        vacancy.save()  # also the search text and updated_at (the exchange's feed)
        _store_skills(vacancy, skills)
    return vacancy


WORKPLACE = ("municipality_id", "establishment_id")


def _refuse_moved_workplace(vacancy: Vacancy, values: dict) -> None:
    """Found by attack round 4: moving a vacancy's workplace and reading a candidate's distance band again (or watching a
    pseudonymous candidate appear and go on the suggestions) located the home of a person whose town was not shared.
    Once a vacancy had candidates (an application, a proposal or a suggestion), its workplace stays: a vacancy that
    moves is closed and posted anew."""
    from .models import Application, CandidateSuggestion

    moved = [name for name in WORKPLACE if str(getattr(vacancy, name) or "") != str(values.get(name) or "")]
    if not moved or not (Application.objects.filter(vacancy=vacancy).exists() or CandidateSuggestion.objects.filter(vacancy=vacancy).exists()):
        return
    message = _("De werkplek van een vacature die al kandidaten had, wijzigt niet meer. Sluit deze vacature en plaats een nieuwe "
                "met de nieuwe werkplek.")
    raise Conflict(message, [FieldError(name.removesuffix("_id") if name == "municipality_id" else name, message) for name in moved])


# ---- editing a draft or a published vacancy in the guided form (intake_views.edit_vacancy) ------------------------------

def editable(principal: Principal, vacancy_id: int) -> Vacancy:
    """The vacancy, when the caller may edit it in the form: its employer or VDAB, the platform's own, a draft or published."""
    from . import perms

    found = Vacancy.objects.filter(pk=vacancy_id).select_related("municipality").first()
    if found is None or not (perms.is_employer_of(principal, found) or principal.role in perms.GUIDING_ROLES):
        raise NotFound(_("Geen vacature met dit nummer binnen uw toegang."))
    if found.source:
        raise Forbidden(_("Een vacature van een partner wijzigt u bij die partner."))
    if found.state not in EDITABLE:
        raise Conflict(_("Alleen een ontwerp of een gepubliceerde vacature kan gewijzigd worden."), [FieldError("state", found.state_label)])
    return found


def held_skills(vacancy: Vacancy) -> dict[str, bool]:
    """The vacancy's skills as stored: URI → essential."""
    return dict(VacancySkill.objects.filter(vacancy=vacancy).order_by("pk").values_list("skill_uri", "essential"))


def form_values(vacancy: Vacancy) -> dict:
    """The guided form's fields as the vacancy holds them."""
    dutch = next((n.get("level", "") for n in vacancy.language_needs or [] if n.get("language") == "nl"), "")
    return {"title": vacancy.title, "description": vacancy.description, "municipality": vacancy.municipality.name if vacancy.municipality_id else "",
            "hours_per_week": vacancy.hours_per_week, "contract": vacancy.contract, "monthly_wage": vacancy.monthly_wage, "dutch_level": dutch,
            "language_justification": vacancy.language_justification, "ring_offer": vacancy.ring_offer, "version": vacancy.version}


def save_edit(principal: Principal, vacancy_id: int, data: dict, *, version: int, publish: bool, language: str = "nl") -> Vacancy:
    """The form's edit saved (update: the intake's checks, the version), then a draft published when asked: one step
    for the employer, all or nothing."""
    with transaction.atomic():
        vacancy = update(principal, vacancy_id, {k: v for k, v in data.items() if k != "employer_id"}, version=version, language=language)
        if publish and vacancy.state == VacancyState.DRAFT:
            vacancy = move(principal, vacancy.pk, "publish", version=vacancy.version)
    return vacancy
