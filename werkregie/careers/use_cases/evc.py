"""EVC, recognition of prior learning: the person requests recognition for an occupation (its essential ESCO skills)
or a set of skills; an assessor — a counsellor who guides the person, or a partner organisation accredited as EVC
assessor to which the request is assigned — plans the assessment on a working day and records the result per skill;
the assessing organisation then certifies — VDAB for its own assessments, the accredited partner for what was assigned
to it — and the result becomes ONE `evc_result` credential for what the procedure recognised (the occupation or the
set of skills asked), signed by that organisation as issuer, with every recognised skill as an aligned ESCO skill and
its level in the evidence; the skills become certified competences in the matching profile. The states are the declared table in careers/workflows.py; messages go through the outbox."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.workdays import add_working_days, is_working_day
from werkregie.matching.models import PersonSkill, SkillSource
from werkregie.messaging import outbox
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people import perms as people_perms
from werkregie.workflows import services as wf
from werkregie.workflows.services import Who

from .. import perms
from ..enums import Evidence, Level, SkillResult
from ..models import EvcAccreditation, EvcRequest, EvcSkill
from . import common, evc_outcome, evc_skills, passport, profile

MAX_SKILLS = 40
OPEN_STATES = ("requested", "planned", "assessed")


def _what(req: EvcRequest, lang: str | None = None) -> str:
    """The occupation asked, or "3 competenties: a, b, c" (messages, credentials and lists name what was asked)."""
    if req.occupation_uri:
        return common.occupation_label(req.occupation_uri, lang)
    return evc_skills.asked(req, lang)["text"]


def _get(principal: Principal, request_id: int, lock: bool = False) -> EvcRequest:
    qs = EvcRequest.objects.select_related("person", "assessor", "assessor_organisation")
    req = (qs.select_for_update(of=("self",)) if lock else qs).filter(pk=request_id).first()
    if req is None or not perms.can_see_evc(principal, req):
        raise NotFound(_("Geen EVC-aanvraag met dit nummer binnen uw toegang."))
    return req


def _log(principal: Principal, req: EvcRequest, what: str) -> None:
    if not perms.is_own(principal, req.person_id):
        record_access(principal.actor(), [req.person_id], f"EVC: {what}", Purpose.COMPETENCE_RECOGNITION, principal.channel)


# --- the person --------------------------------------------------------------------------------------------------------


def request(principal: Principal, *, occupation_uri: str = "", skill_uris: list[str] | None = None, motivation: str = "") -> EvcRequest:
    """For an occupation (its essential skills, or the skills given with it) or for a set of skills (at most MAX_SKILLS,
    each a known ESCO skill URI). One rule for both (found by the attack on issue 13: by occupation, skills already
    certified or in another open request were asked again, where the explicit list refused them): a skill already
    certified is left out (`req.left_out_certified` says which); a skill in one of the person's open requests is
    refused (assessed twice in parallel, certified twice); one open request per occupation."""
    person = common.own_person(principal)
    errors: list[FieldError] = []
    occupation_uri = common.check_occupation(occupation_uri, "occupation", errors)
    given = skill_uris if skill_uris is not None else []
    skills: list[str] = []
    if not isinstance(given, list):
        errors.append(FieldError("skills", _("Een lijst van ESCO-competenties (URI's) verwacht.")))
    elif len(given) > MAX_SKILLS:  # refused before each is checked: a list of thousands gets one answer, not thousands
        errors.append(FieldError("skills", _("Hoogstens %(n)s competenties per aanvraag; u koos er %(chosen)s.")
                                 % {"n": MAX_SKILLS, "chosen": len(given)}))
    else:
        checked = [common.check_skill(u, f"skills[{i}]", errors) for i, u in enumerate(given)]
        skills = [s for s in dict.fromkeys(checked) if s]
    chosen = bool(skills)
    field = "skills" if chosen else "occupation"
    if occupation_uri and not skills and not errors:
        skills = common.essential_skills(occupation_uri)
    certified = set(PersonSkill.objects.filter(person=person, source=SkillSource.CERTIFIED, skill_uri__in=skills)
                    .values_list("skill_uri", flat=True))
    left_out = [u for u in skills if u in certified]
    skills = [u for u in skills if u not in certified][:MAX_SKILLS]
    if not errors and not skills:
        if left_out:
            errors.append(FieldError(field, _("Al deze competenties zijn al erkend: %(names)s.") % {"names": _names(left_out)}))
        else:
            errors.append(FieldError("occupation", _("Kies een beroep of minstens één competentie.")))
    motivation = (motivation or "").strip()
    if len(motivation) > 3000:
        errors.append(FieldError("motivation", _("Hoogstens 3000 tekens.")))
    if occupation_uri and EvcRequest.objects.filter(person=person, occupation_uri=occupation_uri, state__in=OPEN_STATES).exists():
        errors.append(FieldError("occupation", _("U hebt voor dit beroep al een lopende aanvraag.")))
    elif skills:
        running = set(EvcSkill.objects.filter(request__person=person, request__state__in=OPEN_STATES, skill_uri__in=skills)
                      .values_list("skill_uri", flat=True))
        if running:
            names = _names([u for u in skills if u in running])
            errors.append(FieldError(field, (_("Deze competenties staan al in een lopende aanvraag: %(names)s.") if chosen else
                                             _("Deze competenties van het beroep staan al in een lopende aanvraag: %(names)s. Wacht op die "
                                               "beoordeling of trek die aanvraag in.")) % {"names": names}))
    if errors:
        raise InvalidInput(_("De aanvraag is niet verstuurd."), errors)
    today = clock.today()
    deadline = add_working_days(today, common.parameter("plan_working_days", today))
    with transaction.atomic():
        req = wf.create(EvcRequest, Who.of(principal), deadline=deadline, person=person, occupation_uri=occupation_uri, motivation=motivation,
                        requested_at=clock.now())
        EvcSkill.objects.bulk_create([EvcSkill(request=req, skill_uri=u) for u in skills])
        outbox.send(person.pk, "careers.evc_received", {"what": _what(req, "nl"), "deadline": deadline},
                    who=Who.of(principal), related=("evc", req.pk), dedupe_key=f"careers.evc.{req.pk}.received")
    req.left_out_certified = left_out
    return req


def _names(uris: list[str]) -> str:
    return ", ".join(common.skill_label(u) for u in uris)[:500]


def left_out_text(req: EvcRequest) -> str:
    """What a new request left out because it is certified already ("" when nothing): for the page's message."""
    left_out = getattr(req, "left_out_certified", [])
    if not left_out:
        return ""
    return ngettext("%(n)s competentie is al erkend en werd niet opnieuw aangevraagd: %(names)s.",
                    "%(n)s competenties zijn al erkend en werden niet opnieuw aangevraagd: %(names)s.", len(left_out)) % {
        "n": len(left_out), "names": _names(left_out)}


def mine(principal: Principal) -> list[EvcRequest]:
    person = common.own_person(principal)
    common.log_own_read(principal, person, "EVC: mijn aanvragen")
    return list(EvcRequest.objects.filter(person=person).prefetch_related("skills"))


def withdraw(principal: Principal, request_id: int, reason: str, expected_version: int | None = None) -> EvcRequest:
    req = _get(principal, request_id)
    if not (perms.is_own(principal, req.person_id) or perms.guides(principal, req.person_id)):
        raise Forbidden(_("Enkel de persoon of de bemiddelaar trekt een aanvraag in."))
    req = wf.transition(req, "withdraw", Who.of(principal), reason=reason, expected_version=expected_version)
    _log(principal, req, "aanvraag ingetrokken")
    return req


# --- assessors ----------------------------------------------------------------------------------------------------------


def queue(principal: Principal, open_only: bool = True) -> QuerySet[EvcRequest]:
    """The requests this assessor may handle: a counsellor's for the persons they may see, an accredited partner's
    assigned to its organisation, an administrator's all. Listing is logged as a list read of each person."""
    qs = EvcRequest.objects.select_related("person", "assessor_organisation")
    if principal.role in perms.STAFF:
        qs = qs.filter(person__in=people_perms.visible_persons(principal))
    else:
        org = perms.accredited_organisation(principal)
        if org is None:
            raise Forbidden(_("Enkel een bemiddelaar of een erkende EVC-beoordelaar behandelt EVC-aanvragen."))
        qs = qs.filter(assessor_organisation_id=org)
    if open_only:
        qs = qs.filter(state__in=OPEN_STATES)
    return qs.order_by("deadline", "requested_at")


def log_list(principal: Principal, requests: list[EvcRequest]) -> None:
    ids = [r.person_id for r in requests]
    if ids:
        record_access(principal.actor(), ids, "werklijst: EVC-aanvragen", Purpose.COMPETENCE_RECOGNITION, principal.channel)


def detail(principal: Principal, request_id: int) -> EvcRequest:
    req = _get(principal, request_id)
    _log(principal, req, "aanvraag geraadpleegd")
    return req


def accredited_organisations() -> list[Organisation]:
    today = clock.today()
    ids = EvcAccreditation.objects.filter(valid_from__lte=today).filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today)).values("organisation_id")
    return list(Organisation.objects.filter(pk__in=ids).order_by("name"))


def assign(principal: Principal, request_id: int, organisation_id: int | None, expected_version: int | None = None) -> EvcRequest:
    """A counsellor hands the assessment to an accredited partner (or takes it back with None)."""
    with transaction.atomic():
        req = _get(principal, request_id, lock=True)
        if not perms.guides(principal, req.person_id):
            raise Forbidden(_("Enkel de bemiddelaar wijst een beoordelaar toe."))
        if req.state not in ("requested", "planned"):
            raise common.fail(_("Een beoordelaar toewijzen kan enkel vóór de beoordeling."), "organisation")
        wf.check_version(req, expected_version)
        if organisation_id is not None and organisation_id not in {o.pk for o in accredited_organisations()}:
            raise common.fail(_("Deze organisatie is niet erkend als EVC-beoordelaar."), "organisation")
        req.assessor_organisation_id = organisation_id
        req.version += 1
        req.save(update_fields=["assessor_organisation", "version"])
    _log(principal, req, "beoordelaar toegewezen")
    return req


def _assessor_only(req: EvcRequest, otherwise: str) -> str:
    """Why someone who sees the request may not plan or record it: assigned, it is the assigned organisation's."""
    if req.assessor_organisation_id is None:
        return otherwise
    return _("Deze beoordeling is toegewezen aan %(organisation)s: enkel zij plannen de beoordeling en leggen het resultaat vast.") % {
        "organisation": req.assessor_organisation.name}


def plan(principal: Principal, request_id: int, day: dt.date | None, place: str, expected_version: int | None = None) -> EvcRequest:
    req = _get(principal, request_id)
    if not perms.can_assess_evc(principal, req):
        raise Forbidden(_assessor_only(req, _("Enkel een beoordelaar plant de beoordeling.")))
    errors: list[FieldError] = []
    today = clock.today()
    if day is None:
        errors.append(FieldError("day", _("Kies een datum.")))
    elif day < today or day > today + dt.timedelta(days=365):
        errors.append(FieldError("day", _("Kies een datum vanaf vandaag en binnen een jaar.")))
    elif not is_working_day(day):
        errors.append(FieldError("day", _("Kies een werkdag (geen weekend of feestdag).")))
    place = (place or "").strip()
    if not place or len(place) > 200:
        errors.append(FieldError("place", _("Geef de plaats (hoogstens 200 tekens), bv. het adres of 'videogesprek'.")))
    if errors:
        raise InvalidInput(_("De beoordeling is niet gepland."), errors)
    deadline = add_working_days(day, common.parameter("assess_working_days", day))
    req = wf.transition(req, "plan", Who.of(principal), expected_version=expected_version, deadline=deadline,
                        fields={"planned_on": day, "place": place, "assessor": principal.user}, data={"day": day.isoformat()})
    name = principal.user.get_full_name() or principal.user.username
    if principal.user.organisation_id:
        name = f"{name} ({principal.user.organisation.name})"
    outbox.send(req.person_id, "careers.evc_planned", {"what": _what(req, "nl"), "day": day, "place": place, "assessor": name},
                who=Who.of(principal), related=("evc", req.pk), dedupe_key=f"careers.evc.{req.pk}.planned.{req.version}")
    _log(principal, req, "beoordeling gepland")
    return req


def results_open(req: EvcRequest) -> bool:
    """Whether results may be recorded today: on or after the planned day (or when none is planned)."""
    return req.planned_on is None or clock.today() >= req.planned_on


def results_by_skill(rows: list[dict]) -> dict[str, dict]:
    """The results as sent in a list, one per skill ({uri, result, level, evidence, note}), keyed by skill. Found by the
    attack on issue 13: the same skill twice with contradictory results was taken as the last one; now refused whole."""
    by_skill: dict[str, dict] = {}
    twice: list[str] = []
    for row in rows:
        uri = row.get("uri")
        if uri in by_skill and uri not in twice:
            twice.append(uri)
        by_skill[uri] = row
    if twice:
        names = [common.skill_label(uri) for uri in twice]
        raise InvalidInput(_("Competentie twee keer opgegeven: %(skills)s. Het resultaat is niet bewaard.") % {"skills": ", ".join(names)},
                           [FieldError(f"results.{uri}", _("Competentie twee keer opgegeven: %(skill)s.") % {"skill": name})
                            for uri, name in zip(twice, names, strict=True)])
    return {uri: {k: v for k, v in row.items() if k != "uri"} for uri, row in by_skill.items()}


def record_results(principal: Principal, request_id: int, results: dict[str, dict] | list[dict], expected_version: int | None = None) -> EvcRequest:
    """The result of every skill of the request: {uri: {result, level, evidence, note}}, or the API's rows (each with its
    skill_uri: a skill given twice is refused); every skill must be decided."""
    req = _get(principal, request_id)
    if not perms.can_assess_evc(principal, req):
        raise Forbidden(_assessor_only(req, _("Enkel een beoordelaar legt het resultaat vast.")))
    if isinstance(results, list):  # after the checks of who may see and assess it: an outsider learns nothing from a 422
        results = results_by_skill(results)
    if not results_open(req):
        # found by the browser walk: results recorded (and certified) eight days before the planned assessment
        raise common.fail(_("De beoordeling is gepland op %(day)s: leg het resultaat vast op of na die dag.")
                          % {"day": req.planned_on.strftime("%d/%m/%Y")}, "results")
    skills = {s.skill_uri: s for s in req.skills.all()}
    errors: list[FieldError] = []
    if not isinstance(results, dict):
        raise common.fail(_("Een resultaat per competentie verwacht."), "results")
    for uri in skills:
        row = results.get(uri)
        label = common.skill_label(uri)
        if not isinstance(row, dict) or row.get("result") not in (SkillResult.CERTIFIED, SkillResult.NOT_YET):
            errors.append(FieldError(f"results.{uri}.result", _("%(skill)s: kies erkend of nog niet erkend.") % {"skill": label}))
            continue
        if row["result"] == SkillResult.CERTIFIED:
            if row.get("level") not in Level.values:
                errors.append(FieldError(f"results.{uri}.level", _("%(skill)s: kies een niveau.") % {"skill": label}))
            if row.get("evidence") not in Evidence.values:
                errors.append(FieldError(f"results.{uri}.evidence", _("%(skill)s: kies hoe het is aangetoond.") % {"skill": label}))
        if len(str(row.get("note") or "")) > 300:
            errors.append(FieldError(f"results.{uri}.note", _("Hoogstens 300 tekens.")))
    unknown = set(results) - set(skills)
    if unknown:
        errors.append(FieldError("results", _("Competenties die niet in de aanvraag staan: %(n)s.") % {"n": len(unknown)}))
    if errors:
        raise InvalidInput(_("Het resultaat is niet bewaard."), errors)
    with transaction.atomic():
        req = wf.transition(req, "assess", Who.of(principal), expected_version=expected_version,
                            data={"certified": sum(1 for r in results.values() if r["result"] == SkillResult.CERTIFIED)})
        for uri, skill in skills.items():
            row = results[uri]
            certified = row["result"] == SkillResult.CERTIFIED
            skill.result = row["result"]
            skill.level = row["level"] if certified else (row.get("level") if row.get("level") in Level.values else "")
            skill.evidence = row["evidence"] if certified else (row.get("evidence") if row.get("evidence") in Evidence.values else "")
            skill.note = str(row.get("note") or "")[:300]
            skill.save(update_fields=["result", "level", "evidence", "note"])
    _log(principal, req, "resultaat per competentie vastgelegd")
    return req


def may_decide(principal: Principal, req: EvcRequest) -> bool:
    """Certify or refuse: VDAB (who guides the person) for a request VDAB assesses; the accredited partner it was
    assigned to for its own."""
    if req.assessor_organisation_id is not None:
        return perms.assessing_organisation(principal) == req.assessor_organisation_id or (
            perms.guides(principal, req.person_id) and req.state == "requested")
    return perms.guides(principal, req.person_id)


def _issuer(req: EvcRequest):  # noqa: ANN202 - a credentials Issuer, or None for the platform
    """Who signs the result: the assessing partner's own issuer; the platform for VDAB's own assessments."""
    if req.assessor_organisation_id is None:
        return None
    from werkregie.credentials.models import Issuer

    found = Issuer.objects.filter(organisation_id=req.assessor_organisation_id, active=True).first()
    if found is None:
        raise common.fail(_("De beoordelende organisatie is nog niet geregistreerd als uitgever van digitale bewijzen: vraag een beheerder "
                            "om ze te registreren, zodat zij de erkenning zelf ondertekent."), "issuer")
    return found


TITLE_MAX = 200  # the credential's title (Credential.title, the achievement's name, ELM's title)
TITLE_SKILLS = 3  # a title names at most this many recognised skills, then "en N andere" (the description names all)


def _credential_title(req: EvcRequest, what: str, certified: list[EvcSkill], asked: int) -> str:
    """The achievement (in Dutch, as the whole credential): the occupation asked, said partly recognised when only some
    of its skills were (the walk of issue 13: "EVC: <beroep>" read as the whole occupation recognised), or the skills
    recognised by name (the browser walk of issue 13: "EVC: 2 competenties" said nothing on the page, in the credential or
    in the export): "Erkende competenties (EVC): heftrucks besturen, orders verzamelen en 3 andere"."""
    with translation.override("nl"):
        if req.occupation_uri:
            code, words = evc_outcome.label(len(certified), asked)
            return (f"EVC: {what}" if code == evc_outcome.FULL else f"EVC: {what} ({words[:1].lower()}{words[1:]})")[:TITLE_MAX]
        return skills_title([common.skill_label(s.skill_uri, "nl") for s in certified])


def skills_title(names: list[str]) -> str:
    """"Erkende competenties (EVC): a, b, c en 2 andere", at most TITLE_SKILLS names and TITLE_MAX characters (fewer names
    where long labels would not fit; a single name too long for the title is cut with an ellipsis)."""
    title = _("Erkende competenties (EVC)")
    if not names:
        return title
    for shown in range(min(TITLE_SKILLS, len(names)), 0, -1):
        rest = len(names) - shown
        listed = ", ".join(names[:shown])
        if rest:
            listed = ngettext("%(skills)s en %(n)s andere", "%(skills)s en %(n)s andere", rest) % {"skills": listed, "n": rest}
        title = _("Erkende competenties (EVC): %(skills)s") % {"skills": listed}
        if len(title) <= TITLE_MAX:
            return title
    return title[:TITLE_MAX - 1] + "…"


def _credential_description(req: EvcRequest, what: str, certified: list[EvcSkill], asked: int) -> str:
    """Every recognised competence named (the list names only the first of those asked); for an occupation partly
    recognised, how many of its competences were."""
    with translation.override("nl"):
        names = ", ".join(common.skill_label(s.skill_uri, "nl") for s in certified)
        if not req.occupation_uri:
            return (_("Erkenning van verworven competenties: %(what)s.") % {"what": names})[:2000]
        if len(certified) == asked:
            return (_("Erkenning van verworven competenties: %(what)s.") % {"what": what})[:2000]
        return (_("Erkenning van verworven competenties voor %(what)s: %(n)s van de %(total)s competenties erkend (%(names)s).")
                % {"what": what, "n": len(certified), "total": asked, "names": names})[:2000]


def certify(principal: Principal, request_id: int, expected_version: int | None = None) -> EvcRequest:
    req = _get(principal, request_id)
    if not may_decide(principal, req):
        raise Forbidden(_("Enkel de beoordelende organisatie (VDAB, of de erkende partner aan wie de aanvraag is toegewezen) kent de "
                          "erkenning toe."))
    asked_skills = list(req.skills.all())
    certified = [s for s in asked_skills if s.result == SkillResult.CERTIFIED]
    if not certified and req.state == "assessed":
        raise common.fail(_("Geen enkele competentie is erkend: kies 'Niet erkennen' met een reden."), "results")
    issuer = _issuer(req)
    levels = dict(Level.choices)
    evidences = dict(Evidence.choices)
    what = _what(req, "nl")
    with transaction.atomic():
        req = wf.transition(req, "certify", Who.of(principal), expected_version=expected_version, data={"skills": len(certified)})
        if certified:
            per_skill = "; ".join(f"{common.skill_label(s.skill_uri, 'nl')}: {levels.get(s.level, '')} ({evidences.get(s.evidence, '')})"
                                  for s in certified)
            when = f"beoordeeld op {req.planned_on:%d/%m/%Y}" if req.planned_on else "beoordeeld"
            uid = passport.issue(
                person=req.person, kind="evc_result", skills=[s.skill_uri for s in certified],
                title=_credential_title(req, what, certified, len(asked_skills)), who=Who.of(principal), issuer=issuer,
                description=_credential_description(req, what, certified, len(asked_skills)),
                evidence={"name": "EVC-beoordeling", "narrative": f"{when}; {per_skill}"[:3500]},
            )
            EvcSkill.objects.filter(pk__in=[s.pk for s in certified]).update(credential_id=uid)
        profile.certify_skills(principal, req.person_id, [s.skill_uri for s in certified])
        not_yet = [common.skill_label(s.skill_uri, "nl") for s in req.skills.all() if s.result == SkillResult.NOT_YET]
        outbox.send(req.person_id, "careers.evc_certified", {
            "what": what, "certified": ", ".join(common.skill_label(s.skill_uri, "nl") for s in certified)[:1500],
            "not_yet": ("Nog niet erkend: " + ", ".join(not_yet))[:1500] if not_yet else "",
        }, who=Who.of(principal), related=("evc", req.pk), dedupe_key=f"careers.evc.{req.pk}.certified")
    _log(principal, req, "erkenning toegekend")
    return req


def refuse(principal: Principal, request_id: int, reason: str, expected_version: int | None = None) -> EvcRequest:
    req = _get(principal, request_id)
    if not may_decide(principal, req):
        raise Forbidden(_("Enkel de beoordelende organisatie (VDAB, of de erkende partner aan wie de aanvraag is toegewezen) weigert een "
                          "erkenning."))
    with transaction.atomic():
        req = wf.transition(req, "refuse", Who.of(principal), reason=reason, expected_version=expected_version)
        outbox.send(req.person_id, "careers.evc_refused", {"what": _what(req, "nl"), "reason": reason.strip()[:500]}, who=Who.of(principal),
                    related=("evc", req.pk), dedupe_key=f"careers.evc.{req.pk}.refused")
    _log(principal, req, "erkenning geweigerd")
    return req


def accredit(principal: Principal, organisation_id: int, valid_from: dt.date, valid_until: dt.date | None = None) -> EvcAccreditation:
    if not perms.can_accredit(principal):
        raise Forbidden(_("Enkel een beheerder erkent EVC-beoordelaars."))
    org = Organisation.objects.filter(pk=organisation_id, kind=OrganisationKind.PARTNER).first()
    if org is None:
        raise common.fail(_("Geen partnerorganisatie met dit nummer."), "organisation")
    if valid_until is not None and valid_until < valid_from:
        raise common.fail(_("De einddatum ligt vóór de begindatum."), "valid_until")
    return EvcAccreditation.objects.create(organisation=org, valid_from=valid_from, valid_until=valid_until,
                                           granted_by=principal.user if principal.role == Role.ADMIN else None)
