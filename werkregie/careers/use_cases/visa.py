"""The competence visa: after a (collective) dismissal the counsellor assesses the person's competences per ESCO skill
(level and evidence) and records them; the result is issued as a `competence_visa` credential the person can show to
employers, and the skills become certified competences in the matching profile."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, InvalidInput, NotFound
from werkregie.matching.models import PersonExperience, PersonSkill
from werkregie.messaging import outbox
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person
from werkregie.workflows.services import Who

from ..enums import DismissalKind, Evidence, Level
from ..models import CompetenceVisa, VisaSkill
from . import common, passport, profile

MAX_SKILLS = 60
# A dismissal ends a period of work: its date lies within a work episode of the register or at most this many days after
# its end (the register's end date may be the last day paid, a notice period served at home, a few days of holiday).
DISMISSAL_TOLERANCE_DAYS = 31
WORK_KINDS = (StatusKind.EMPLOYED, StatusKind.IGU, StatusKind.SOCIAL_ECONOMY)  # the register's states of work
# A visa issued this recently for the same person needs the counsellor's confirmation (see _check_duplicates).
RECENT_DAYS = 30


@dataclass
class Candidates:
    person: Person
    occupation_uri: str
    skills: list[dict]  # {uri, label, source}: the profile's competences, the last occupation's essential ones, then the added ones
    visas: list[CompetenceVisa]
    recent: list[CompetenceVisa] = field(default_factory=list)  # live visas of the last RECENT_DAYS days, newest first: the page warns
    found: int = 0  # skills the typed word found that were not on the form yet (added at its end)
    searched: int = 0  # skills the typed word found in all (also those already on the form); 0 without a word


def candidates(principal: Principal, person_id: int, occupation_uri: str = "", added: list[str] | None = None,
               query: str = "") -> Candidates:
    """What the counsellor's form starts from (logged as a read of the person's profile): the profile's competences, the
    essential ones of the last occupation, the ones the counsellor added by a search (`added`, in the order added, so
    that each keeps its row in the posted form), then what `query` finds (the EVC request's search, evc_skills.search).
    A person with no competences in the register and no occupation gets a visa through the search alone (walk of
    issue 13: the form listed nothing and refused "Leg minstens één competentie vast.")."""
    from werkregie.matching import platform
    from werkregie.matching.labels import skill

    from .evc_skills import search

    person = common.guided_person(principal, person_id)
    if not occupation_uri:
        last = PersonExperience.objects.filter(person=person).order_by("-years").values_list("occupation_uri", flat=True).first()
        occupation_uri = last or ""
    own = dict(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source"))
    uris = list(own) + [u for u in common.essential_skills(occupation_uri) if u not in own]
    known = platform.taxonomy().skill_index
    extra = [u for u in dict.fromkeys(added or []) if u in known and u not in own and u not in uris]
    matched = [e["uri"] for e in search(query, common.language())] if query.strip() else []
    fresh = [u for u in matched if u not in uris and u not in extra]
    lang = common.language()
    skills = [skill(u, lang, source=own.get(u, "")) for u in uris[:MAX_SKILLS]]  # label with its language
    skills += [skill(u, lang, source="", added=True) for u in (extra + fresh)[:max(0, MAX_SKILLS - len(skills))]]
    record_access(principal.actor(), [person_id], "loopbaan: competenties voor een competentievisum", Purpose.COMPETENCE_RECOGNITION,
                  principal.channel)
    visas = list(CompetenceVisa.objects.filter(person=person).prefetch_related("skills"))
    since = clock.now() - dt.timedelta(days=RECENT_DAYS)
    recent = sorted((v for v in _live(visas) if v.issued_at >= since), key=lambda v: v.issued_at, reverse=True)
    shown = {s["uri"] for s in skills}
    return Candidates(person, occupation_uri, skills, visas, recent, found=sum(1 for u in fresh if u in shown), searched=len(matched))


def described(visas: list[CompetenceVisa]) -> str:
    """The earlier visas in words, each one (the walk of issue 13 was warned of one while there were two)."""
    return "; ".join(_("op %(issued)s, na ontslag bij %(employer)s") % {
        "issued": v.issued_at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y"), "employer": v.former_employer} for v in visas)


def _clean_skills(rows: object, errors: list[FieldError]) -> list[dict]:
    if not isinstance(rows, list) or not rows:
        errors.append(FieldError("skills", _("Leg minstens één competentie vast.")))
        return []
    if len(rows) > MAX_SKILLS:
        errors.append(FieldError("skills", _("Hoogstens %(n)s competenties.") % {"n": MAX_SKILLS}))
        return []
    clean: dict[str, dict] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            errors.append(FieldError(f"skills[{i}]", _("Een object verwacht."), i))
            continue
        uri = common.check_skill(row.get("uri"), f"skills[{i}].uri", errors)
        level, evidence, note = row.get("level"), row.get("evidence"), str(row.get("note") or "").strip()
        if level not in Level.values:
            errors.append(FieldError(f"skills[{i}].level", _("Kies een niveau."), i))
        if evidence not in Evidence.values:
            errors.append(FieldError(f"skills[{i}].evidence", _("Kies hoe de competentie is aangetoond."), i))
        if len(note) > 300:
            errors.append(FieldError(f"skills[{i}].note", _("Hoogstens 300 tekens."), i))
        if uri and level in Level.values and evidence in Evidence.values:
            clean[uri] = {"uri": uri, "level": level, "evidence": evidence, "note": note[:300]}
    return list(clean.values())


def _same_employer(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _live(visas: list[CompetenceVisa]) -> list[CompetenceVisa]:
    """The visas whose credential still stands: one the counsellor revoked (to correct it) no longer blocks a new one."""
    from werkregie.credentials.models import Credential

    revoked = {str(u) for u in Credential.objects.filter(uid__in=[v.credential_id for v in visas if v.credential_id],
                                                          revoked_at__isnull=False).values_list("uid", flat=True)}
    return [v for v in visas if v.credential_id not in revoked]


def _check_duplicates(person: Person, former_employer: str, dismissal_date: dt.date, confirm_recent: bool) -> None:
    """Two different answers, on purpose. The same dismissal (same former employer, same date) is REFUSED: a second
    signed credential for the same facts leaves employers with two visas that may say different things, and it is
    almost always a double submission (the walk of issue 13 nearly issued one: the form stayed on screen). A wrong visa
    is corrected by revoking its credential, after which a new one may be issued. A visa for ANOTHER occasion issued in
    the last RECENT_DAYS days only needs CONFIRMATION: a person can lose two part-time jobs within weeks, but the
    counsellor should see that a colleague (or they themselves) just issued one before adding a second."""
    visas = _live(list(CompetenceVisa.objects.filter(person=person).order_by("-issued_at")))
    same = next((v for v in visas if v.dismissal_date == dismissal_date and _same_employer(v.former_employer, former_employer)), None)
    if same is not None:
        message = _("Voor dit ontslag (%(employer)s, %(day)s) is al een competentievisum uitgereikt op %(issued)s. Trek dat eerst in "
                    "als het verbeterd moet worden.") % {"employer": same.former_employer, "day": same.dismissal_date.strftime("%d/%m/%Y"),
                                                        "issued": same.issued_at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y")}
        raise Conflict(message, [FieldError("former_employer", message)], existing_id=same.pk)
    since = clock.now() - dt.timedelta(days=RECENT_DAYS)
    recent = [v for v in visas if v.issued_at >= since]
    if recent and not confirm_recent:
        if len(recent) == 1:
            message = _("Op %(issued)s is al een competentievisum uitgereikt (na ontslag bij %(employer)s). Bevestig dat dit visum over een "
                        "ander ontslag gaat.") % {"issued": recent[0].issued_at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y"),
                                                  "employer": recent[0].former_employer}
        else:
            message = _("Er zijn al %(n)d competentievisa uitgereikt: %(visas)s. Bevestig dat dit visum over een ander ontslag gaat.") % {
                "n": len(recent), "visas": described(recent)}
        raise Conflict(message, [FieldError("confirm_recent", message)], existing_id=recent[0].pk)


def dismissal_date_problem(person: Person, day: dt.date, today: dt.date) -> str | None:
    """Why `day` cannot be the date of a dismissal of `person` by the register's status episodes, or None. A dismissal
    ends a period of work: the date lies within a work episode or up to DISMISSAL_TOLERANCE_DAYS after its end (an
    announced dismissal of someone still at work may lie ahead). Otherwise a future date is refused (the register shows
    no work going on then), and so is a past date on which the register shows the person in another status (walk of
    issue 13: a visa for a dismissal on 14/11/2026 of someone working until 20/06/2026 and a job seeker since). A past
    date the register knows nothing about is the counsellor's word."""
    from werkregie.people.models import StatusEpisode

    episodes = list(StatusEpisode.objects.filter(person=person).order_by("start", "pk"))
    work = [e for e in episodes if e.kind in WORK_KINDS]
    if any(e.start <= day and (e.end is None or day <= e.end + dt.timedelta(days=DISMISSAL_TOLERANCE_DAYS)) for e in work):
        return None
    ended = [e for e in work if e.end is not None and e.end < day]
    last = max(ended, key=lambda e: e.end) if ended else None
    if day > today:
        if last is not None:
            return _("Het register toont de persoon aan het werk tot %(end)s, niet meer op %(day)s: een ontslag in de toekomst kan enkel "
                     "voor wie nu werkt. Geef de datum waarop het werk eindigde.") % {"end": _day(last.end), "day": _day(day)}
        return _("Het register toont geen werk dat op %(day)s nog loopt: een ontslag in de toekomst kan enkel voor wie nu werkt. Geef "
                 "de datum waarop het werk eindigde.") % {"day": _day(day)}
    other = next((e for e in reversed(episodes) if e.kind not in WORK_KINDS and e.start <= day and (e.end is None or day <= e.end)), None)
    if other is None:
        return None
    if last is not None:
        return _("Volgens het register werkte de persoon tot %(end)s en heeft die sinds %(since)s de status „%(status)s”: een ontslag "
                 "op %(day)s past daar niet bij. Geef de datum waarop het werk eindigde (hoogstens %(n)d dagen na het einde in het "
                 "register).") % {"end": _day(last.end), "since": _day(other.start), "status": other.get_kind_display(), "day": _day(day),
                                  "n": DISMISSAL_TOLERANCE_DAYS}
    return _("Volgens het register heeft de persoon sinds %(since)s de status „%(status)s” en werkte die op %(day)s niet: een ontslag "
             "beëindigt een periode van werk. Geef de datum waarop het werk eindigde.") % {
        "since": _day(other.start), "status": other.get_kind_display(), "day": _day(day)}


def _day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def issue(principal: Principal, person_id: int, *, dismissal: str, former_employer: str, dismissal_date: dt.date | None,
          occupation_uri: str = "", summary: str = "", skills: list[dict], confirm_recent: bool = False) -> CompetenceVisa:
    """`confirm_recent`: the counsellor confirms a visa while another was issued in the last RECENT_DAYS days."""
    person = common.guided_person(principal, person_id)
    errors: list[FieldError] = []
    if dismissal not in DismissalKind.values:
        errors.append(FieldError("dismissal", _("Kies de soort ontslag.")))
    former_employer = (former_employer or "").strip()
    if not former_employer or len(former_employer) > 200:
        errors.append(FieldError("former_employer", _("Geef de naam van de vorige werkgever (hoogstens 200 tekens).")))
    today = clock.today()
    if dismissal_date is None:
        errors.append(FieldError("dismissal_date", _("Geef de datum van het ontslag.")))
    elif dismissal_date > today + dt.timedelta(days=365) or dismissal_date < today - dt.timedelta(days=5 * 365):
        errors.append(FieldError("dismissal_date", _("Een datum tussen vijf jaar geleden en een jaar vooruit (aangekondigd ontslag).")))
    elif problem := dismissal_date_problem(person, dismissal_date, today):
        errors.append(FieldError("dismissal_date", problem))
    occupation_uri = common.check_occupation(occupation_uri, "occupation", errors)
    summary = (summary or "").strip()
    if len(summary) > 2000:
        errors.append(FieldError("summary", _("Hoogstens 2000 tekens.")))
    clean = _clean_skills(skills, errors)
    if errors:
        raise InvalidInput(_("Het competentievisum is niet uitgereikt."), errors)
    now = clock.now()
    title = _("Competentievisum na ontslag bij %(employer)s") % {"employer": former_employer}
    levels = dict(Level.choices)
    # what an employer reads on the shared and verification pages: the counsellor's summary, then each skill's level
    assessed = "; ".join(f"{common.skill_label(r['uri'], 'nl')}: {levels[r['level']]}" for r in clean)
    description = (f"{summary}\n\n{assessed}" if summary else assessed)[:2000]
    with transaction.atomic():
        # one issuance per person at a time (the row lock on PostgreSQL): two counsellors submitting at once cannot both
        # pass the duplicate check
        Person.objects.select_for_update().filter(pk=person.pk).first()
        _check_duplicates(person, former_employer, dismissal_date, confirm_recent)
        visa = CompetenceVisa.objects.create(person=person, counsellor=principal.user, dismissal=dismissal, former_employer=former_employer,
                                             dismissal_date=dismissal_date, occupation_uri=occupation_uri, summary=summary, issued_at=now)
        VisaSkill.objects.bulk_create([VisaSkill(visa=visa, skill_uri=r["uri"], level=r["level"], evidence=r["evidence"], note=r["note"]) for r in clean])
        evidences = dict(Evidence.choices)
        evidence = {"name": "Beoordeling door de bemiddelaar", "narrative": "; ".join(
            f"{common.skill_label(r['uri'], 'nl')}: {levels[r['level']]}, {evidences[r['evidence']]}" for r in clean)[:3000]}
        visa.credential_id = passport.issue(person=person, kind="competence_visa", title=title[:200], skills=[r["uri"] for r in clean],
                                            who=principal, description=description, evidence=evidence)
        visa.save(update_fields=["credential_id"])
        profile.certify_skills(principal, person.pk, [r["uri"] for r in clean])
        outbox.send(person.pk, "careers.visa_issued", {"counsellor": principal.user.get_full_name() or principal.user.username,
                                                      "skills": skill_count(len(clean))}, who=Who.of(principal), dedupe_key=f"careers.visa.{visa.pk}")
    record_access(principal.actor(), [person_id], "loopbaan: competentievisum uitgereikt", Purpose.COMPETENCE_RECOGNITION, principal.channel)
    return visa


MIN_REVOKE_REASON = 5


def revoke(principal: Principal, person_id: int, visa_id: int, reason: str) -> CompetenceVisa:
    """Revoke a visa's credential, to correct it (walk of stop 30: the duplicate check said "revoke it first" and no page
    could). The visa stays as a record; its credential fails verification from now on, and a new visa for the same
    dismissal may then be issued. Who may: who could issue it (credentials.perms.can_revoke), for a person they guide."""
    from werkregie.credentials import perms as credential_perms
    from werkregie.credentials import use_cases as credentials
    from werkregie.credentials.models import Credential

    person = common.guided_person(principal, person_id)
    found = CompetenceVisa.objects.filter(person=person, pk=visa_id).first()
    if found is None:
        raise NotFound(_("Geen competentievisum gevonden."))
    reason = (reason or "").strip()
    if len(reason) < MIN_REVOKE_REASON:
        raise InvalidInput(_("Het visum is niet ingetrokken."), [FieldError("reason", _("Geef een reden (minstens %(n)s tekens).") % {"n": MIN_REVOKE_REASON})])
    credential = Credential.objects.select_related("issuer").filter(uid=found.credential_id).first() if found.credential_id else None
    if credential is None or not credential_perms.can_revoke(principal, credential):
        raise NotFound(_("Geen competentievisum gevonden."))
    if credential.revoked_at is not None:
        raise Conflict(_("Dit competentievisum is al ingetrokken."), [FieldError("reason", _("al ingetrokken"))])
    credentials.revoke(credential, principal, reason)
    return found


def revoked_uids(visas: list[CompetenceVisa]) -> set[str]:
    """The credential ids of these visas that were revoked (the page shows them as such, without a revoke button)."""
    live = {v.credential_id for v in _live(visas)}
    return {v.credential_id for v in visas if v.credential_id and v.credential_id not in live}


def _skill_count(n: int) -> str:
    return ngettext("%(count)s competentie", "%(count)s competenties", n) % {"count": n}


# "1 competentie", "3 competenties", worded when the message is written, in the message's language (outbox renders its
# template under that language; a lazy value is read there): the walk of stop 31 read "(1 competenties)"
skill_count = lazy(_skill_count, str)
