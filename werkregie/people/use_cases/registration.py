"""Registering persons, upserting them from imports, finding duplicates and merging them."""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from django.db import transaction
from django.db.models import Count
from django.forms.models import model_to_dict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.organisations.models import PartnerType

from .. import perms
from ..enums import ChannelKind, StatusKind
from ..models import Consent, ContactChannel, MergeRecord, PartnerLink, Person, PersonLanguage, StatusEpisode
from ..validation import parse_date, validate_person

PARTNER_PURPOSE = {
    PartnerType.MUTUALITY: Purpose.SICKNESS_REINTEGRATION,
    PartnerType.INTEGRATION_AGENCY: Purpose.INTEGRATION_TRAJECTORY,
    PartnerType.SCHOOL: Purpose.EDUCATION_TRANSITION,
    PartnerType.TRAINING_PROVIDER: Purpose.TRAINING,
    PartnerType.LANGUAGE_PROVIDER: Purpose.TRAINING,
    PartnerType.REGIONAL_SERVICE: Purpose.INTERREGIONAL_EXCHANGE,
    PartnerType.PRIVATE_PLACEMENT: Purpose.GUIDANCE,
    PartnerType.SOCIAL_ECONOMY: Purpose.GUIDANCE,
}


def _apply_related(person: Person, clean: Mapping[str, Any]) -> bool:
    """Bring languages and contact channels in line with `clean`; True when anything changed."""
    changed = False
    existing = {pl.language: pl for pl in person.languages.all()}
    for code, level in clean.get("languages", {}).items():
        if code not in existing:
            PersonLanguage.objects.create(person=person, language=code, level=level)
            changed = True
        elif existing[code].level != level:
            existing[code].level = level
            existing[code].save(update_fields=["level"])
            changed = True
    for kind, key in ((ChannelKind.EMAIL, "email"), (ChannelKind.SMS, "phone")):
        value = clean.get(key)
        if value and not person.contact_channels.filter(kind=kind, value=value).exists():
            ContactChannel.objects.create(person=person, kind=kind, value=value, preferred=not person.contact_channels.exists())
            changed = True
    return changed


PERSON_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "nationality",
    "municipality_id",
    "postal_code",
    "street",
    "education_level",
    "driving_licences",
    "digital_skills",
)


def upsert_person(clean: Mapping[str, Any]) -> tuple[Person, str]:
    """Create or update by INSZ from validated data; returns the person and 'created', 'updated' or 'unchanged'."""
    person = Person.all_objects.filter(insz=clean["insz"]).first()
    if person is None:
        person = Person(insz=clean["insz"], registered_on=clean["registered_on"], **{f: clean[f] for f in PERSON_FIELDS})
        person.save()
        _apply_related(person, clean)
        return person, "created"
    changed = [f for f in PERSON_FIELDS if getattr(person, f) != clean[f]]
    for f in changed:
        setattr(person, f, clean[f])
    if changed:
        person.save()
    related = _apply_related(person, clean)
    return person, "updated" if changed or related else "unchanged"


DUPLICATE_KEY = ("last_name_key", "first_name_key", "birth_date")  # what makes two records one person (besides one INSZ)
DUPLICATE_KEY_LABELS = {"last_name_key": gettext_lazy("familienaam"), "first_name_key": gettext_lazy("voornaam"),
                        "birth_date": gettext_lazy("geboortedatum")}


def duplicate_key(person: Person) -> dict[str, Any]:
    """The fields two records of one person share: the normalised names and the birth date (a BIS number later
    replaced by a national number keeps them)."""
    return {field: getattr(person, field) for field in DUPLICATE_KEY}


def duplicate_differences(person: Person, other: Person) -> list[str]:
    """What keeps `other` from being a duplicate of `person`, in Dutch (empty: the same person, plausibly).
    One INSZ is one person; else the normalised names and the birth date must all be the same."""
    if person.insz and person.insz == other.insz:
        return []
    mine, theirs = duplicate_key(person), duplicate_key(other)
    return [str(DUPLICATE_KEY_LABELS[field]) for field in DUPLICATE_KEY if mine[field] != theirs[field]]


def possible_duplicates(person: Person) -> list[Person]:
    """Other persons with the same name and birth date (a BIS number later replaced by a national number…)."""
    return list(Person.objects.filter(**duplicate_key(person)).exclude(pk=person.pk))


MIN_STATUS_AGE = 16  # nobody has a labour-market status before 16
MAX_STATUS_AHEAD_DAYS = 92  # a status may be recorded ahead of its start, by one quarter at most


def _status_errors(principal: Principal, status: Mapping[str, Any], birth_date: Any) -> tuple[dict, list[FieldError]]:
    """A first status episode as this writer may record it: a kind of its competence, its own municipality for
    leefloon, a plausible start. Returns the episode's fields and the errors."""
    errors: list[FieldError] = []
    kind = status.get("kind")
    if kind not in StatusKind.values:
        errors.append(FieldError("status.kind", _("kies een van: %(choices)s") % {"choices": ", ".join(StatusKind.values)}))
    elif kind not in perms.writable_statuses(principal):
        allowed = ", ".join(sorted(perms.writable_statuses(principal))) or _("geen")
        errors.append(FieldError("status.kind", _("Uw organisatie mag deze status niet registreren; toegestaan: %(allowed)s.") % {"allowed": allowed}))
    raw_start = status.get("start")
    start = parse_date(raw_start) if raw_start not in (None, "") else clock.today()
    today = clock.today()
    if start is None:
        errors.append(FieldError("status.start", _("een datum JJJJ-MM-DD")))
    elif start > today + dt.timedelta(days=MAX_STATUS_AHEAD_DAYS):
        errors.append(FieldError("status.start", _("hoogstens %(n)s dagen in de toekomst") % {"n": MAX_STATUS_AHEAD_DAYS}))
    elif isinstance(birth_date, dt.date) and start < _years_after(birth_date, MIN_STATUS_AGE):
        errors.append(FieldError("status.start", _("niet voor de persoon %(n)s jaar is") % {"n": MIN_STATUS_AGE}))
    municipality, allowed_municipality = perms.status_municipality(principal, status.get("municipality"))
    if not allowed_municipality:
        errors.append(FieldError("status.municipality", _("een gemeente registreert enkel leefloon in haar eigen gemeente")))
    elif kind == StatusKind.LEEFLOON and not municipality:
        errors.append(FieldError("status.municipality", _("verplicht bij leefloon")))
    return {"kind": kind, "start": start, "municipality_id": municipality if kind == StatusKind.LEEFLOON else None}, errors


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def status_source(principal: Principal) -> str:
    """Who wrote an episode: the writer's organisation (or account), never a generic role."""
    user = principal.user
    who = f"org:{user.organisation_id}" if user.organisation_id else f"user:{user.pk}"
    return f"{principal.role}:{who}"[:50]


@transaction.atomic
def register_person(principal: Principal, data: Mapping[str, Any]) -> tuple[Person, list[Person]]:
    """Register a new person. Same INSZ → Conflict, naming the existing record only when the caller may see it (else
    the answer would tell who is in the register); same name and birth date → registered, with the possible duplicates
    the caller may see returned for review."""
    if not perms.can_register(principal):
        raise Forbidden(_("Uw rol mag geen personen inschrijven."))
    clean, errors = validate_person(data)
    status = data.get("status") or None
    episode: dict = {}
    if status:
        if not isinstance(status, Mapping):
            errors.append(FieldError("status", _("een object met kind, start en municipality")))
        else:
            episode, status_errors = _status_errors(principal, status, clean.get("birth_date"))
            errors += status_errors
    if errors:
        raise InvalidInput(_("De gegevens van de persoon zijn niet geldig."), errors)
    existing = Person.all_objects.filter(insz=clean["insz"]).first()
    if existing:
        if existing.merged_into_id is None and perms.can_view_loaded(principal, existing):
            raise Conflict(_("Er staat al een persoon met dit INSZ-nummer in het register."), [FieldError("insz", _("bestaat al"))], existing.pk)
        raise Conflict(
            _("Deze persoon staat al in het register, buiten uw toegang. Vraag de dienst die de persoon begeleidt (of VDAB) om de persoon "
              "aan uw organisatie te koppelen; daarna vindt u de persoon in uw lijst."),
            [FieldError("insz", _("bestaat al, buiten uw toegang: vraag een koppeling"))],
        )
    person, _state = upsert_person(clean)
    user = principal.user
    if principal.role == Role.COUNSELLOR:
        person.counsellor, person.team_id = user, user.organisation_id
        person.save(update_fields=["counsellor", "team"])
    if principal.role == Role.PARTNER and user.organisation_id:
        PartnerLink.objects.create(
            person=person,
            organisation_id=user.organisation_id,
            purpose=PARTNER_PURPOSE.get(user.organisation.partner_type, Purpose.GUIDANCE),
            start=clock.today(),
        )
    if episode:
        StatusEpisode.objects.create(person=person, source=status_source(principal), **episode)
    record_access(principal.actor(), [person.pk], "inschrijving in het talentregister", Purpose.REGISTRATION, principal.channel)
    visible = perms.visible_persons(principal)
    return person, [d for d in possible_duplicates(person) if visible.filter(pk=d.pk).exists()]


def duplicate_groups(limit: int = 100) -> list[list[Person]]:
    """Groups of active persons sharing name and birth date (same INSZ cannot occur: it is unique)."""
    keys = (
        Person.objects.values(*DUPLICATE_KEY)
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .order_by("last_name_key", "first_name_key")[:limit]
    )
    groups = []
    for key in keys:
        groups.append(list(Person.objects.filter(**{k: key[k] for k in DUPLICATE_KEY}).order_by("id")))
    return groups


def duplicate_groups_shown(principal: Principal, limit: int = 100) -> list[list[Person]]:
    """The duplicate groups as one who may merge sees them (`werkregie people duplicates --user`): only persons within
    their access, and each person listed logged as read (name, INSZ, birth date)."""
    if not perms.can_merge(principal):
        raise Forbidden(_("Uw rol mag geen personen samenvoegen."))
    visible = None if principal.role == Role.ADMIN else set(perms.visible_persons(principal).values_list("pk", flat=True))
    groups = [g for g in ([p for p in group if visible is None or p.pk in visible] for group in duplicate_groups(limit)) if len(g) > 1]
    record_access(principal.actor(), [p.pk for g in groups for p in g], "dubbels: naam, INSZ, geboortedatum", Purpose.ADMINISTRATION, principal.channel)
    return groups


@transaction.atomic
def merge_persons(principal: Principal, survivor_id: int, duplicate_id: int, reason: str) -> MergeRecord:
    """Move every history of the duplicate to the survivor; keep the duplicate's row, marked as merged."""
    if not perms.can_merge(principal):
        raise Forbidden(_("Uw rol mag geen personen samenvoegen."))
    if survivor_id == duplicate_id:
        raise InvalidInput(_("Een persoon kan niet met zichzelf worden samengevoegd."), [FieldError("duplicate", _("zelfde persoon"))])
    visible = perms.visible_persons(principal)
    if principal.role != Role.ADMIN and not (visible.filter(pk=survivor_id).exists() and visible.filter(pk=duplicate_id).exists()):
        raise NotFound(_("Beide personen moeten binnen uw toegang vallen."))
    survivor = Person.objects.select_for_update().filter(pk=survivor_id).first()
    duplicate = Person.objects.select_for_update().filter(pk=duplicate_id).first()
    if survivor is None or duplicate is None:
        raise NotFound(_("Persoon niet gevonden of al samengevoegd."))
    differences = duplicate_differences(survivor, duplicate)
    if differences:  # then the INSZ differs too
        differences = [_("INSZ"), *differences]
        raise InvalidInput(
            _("Deze personen zijn geen dubbels: %(differences)s verschillen. Enkel twee registraties van dezelfde persoon "
              "(zelfde INSZ, of zelfde naam en geboortedatum) mogen worden samengevoegd.") % {"differences": ", ".join(differences)},
            [FieldError("duplicate_id", _("verschilt in %(label)s") % {"label": label}) for label in differences],
        )
    snapshot = {k: str(v) for k, v in model_to_dict(duplicate).items()}
    StatusEpisode.objects.filter(person=duplicate).update(person=survivor)
    # what the survivor already has stays its own: an active consent for the same purpose, the same partner link (the
    # duplicate's copy stays on the merged row, as its history) — moving it would break a unique constraint (a 500)
    active = set(Consent.objects.filter(person=survivor, withdrawn_at__isnull=True).values_list("purpose", flat=True))
    Consent.objects.filter(person=duplicate).exclude(withdrawn_at__isnull=True, purpose__in=active).update(person=survivor)
    links = set(PartnerLink.objects.filter(person=survivor).values_list("organisation_id", "purpose", "start"))
    PartnerLink.objects.filter(pk__in=[pk for pk, *key in PartnerLink.objects.filter(person=duplicate).values_list("pk", "organisation_id", "purpose", "start")
                                       if tuple(key) not in links]).update(person=survivor)
    have = set(survivor.languages.values_list("language", flat=True))
    PersonLanguage.objects.filter(person=duplicate).exclude(language__in=have).update(person=survivor)
    have_channels = set(survivor.contact_channels.values_list("kind", "value"))
    for channel in ContactChannel.objects.filter(person=duplicate):
        if (channel.kind, channel.value) not in have_channels:
            channel.person = survivor
            channel.preferred = False
            channel.save(update_fields=["person", "preferred"])
    from werkregie.vacancies.models import Application

    taken = set(Application.objects.filter(person=survivor).values_list("vacancy_id", flat=True))
    Application.objects.filter(person=duplicate).exclude(vacancy_id__in=taken).update(person=survivor)
    Person.all_objects.filter(merged_into=duplicate).update(merged_into=survivor)
    duplicate.merged_into = survivor
    duplicate.save(update_fields=["merged_into", "updated_at"])
    if survivor.registered_on > duplicate.registered_on:
        survivor.registered_on = duplicate.registered_on
        survivor.save(update_fields=["registered_on", "updated_at"])
    from werkregie.matching.signals import persons_changed

    persons_changed([survivor.pk, duplicate.pk])  # histories moved by bulk updates send no signals: name both to the match index
    return MergeRecord.objects.create(
        survivor=survivor, merged=duplicate, merged_at=clock.now(), merged_by=principal.user.label, reason=reason[:200], snapshot=snapshot
    )
