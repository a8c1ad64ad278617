"""Everything the register holds about one person, as plain JSON-ready data, in named sections.

Every model that refers to a person (a foreign key to people.Person, or a `person_id` number) is either named in a
section below or in NOT_EXPORTED with the reason; tests/test_own_data_export.py lists the models and fails when a new
one is in neither, so a new kind of personal data cannot be left out of the export unnoticed. Models of apps that are
not installed are skipped. Rows are written with every field (labels of coded values beside their codes), except
secrets (password hashes, key material, chain hashes) that say nothing about the person."""

from __future__ import annotations

import datetime as dt
import decimal
import re
import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

SECRET = re.compile(r"password|secret|token|_hash$|^hash|key_id|private", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    key: str
    title: object  # a lazy translation: Dutch first
    models: tuple[str, ...]  # "app_label.Model" read by person (foreign key `person`, or the field in PERSON_FIELD)
    extra: str = ""  # the name of a function in this module adding derived content (labels, statements)
    children: dict[str, tuple[str, str]] = field(default_factory=dict)  # model → (child model, its foreign key): rows under them


SECTIONS: tuple[Section, ...] = (
    Section("identity", _("Identiteit en adres"), ("people.Person", "people.MergeRecord", "accounts.User")),
    Section("statuses", _("Statussen"), ("people.StatusEpisode",)),
    Section("consents", _("Toestemmingen"), ("people.Consent",)),
    Section("contacts", _("Contactgegevens"), ("people.ContactChannel",)),
    Section("languages", _("Talen"), ("people.PersonLanguage",)),
    Section("partners", _("Partners met wie u een band hebt"), ("people.PartnerLink",)),
    Section("matching_profile", _("Matchingprofiel"), ("matching.PersonSkill", "matching.PersonExperience", "matching.DesiredOccupation",
                                                      "matching.MatchingPreferences", "matching.MatchDecision",
                                                      "matching.NightlyMatches", "matching.RejectedSkill"), extra="matching_labels"),
    Section("screening", _("Screening met uitleg"), ("screening.Score", "screening.Assessment", "worklist.ScreeningSchedule"), extra="screening_explanations"),
    Section("applications", _("Sollicitaties"), ("vacancies.Application", "vacancies.CandidateSuggestion"),
            children={"vacancies.Application": ("vacancies.ApplicationFeedback", "application")}),
    Section("trajectories", _("Trajecten, afspraken en stappen"), ("trajectories.Trajectory", "trajectories.Agreement", "trajectories.AgreementStep",
                                                                  "trajectories.StoredFile")),
    Section("appointments", _("Afspraken"), ("appointments.Appointment",)),
    Section("compliance", _("Controledossiers"), ("compliance.Case",)),
    Section("community", _("Gemeenschapsdienst en wijk-werken"), ("community.Assignment", "community.Attendance", "community.Exemption")),
    Section("municipalities", _("Doorverwijzingen en stappen van de gemeente"), ("municipalities.Referral", "municipalities.MunicipalStep")),
    Section("tasks", _("Taken van uw bemiddelaar over u"), ("worklist.Task",)),
    Section("messages", _("Berichten"), ("messaging.Message",), children={"messaging.Message": ("messaging.DeliveryAttempt", "message")}),
    Section("credentials", _("Digitale bewijzen (competentiepaspoort)"), ("credentials.Credential",), extra="credentials"),
    Section("learning", _("Leer- en loopbaanrekening"), ("learning.Account", "learning.Reservation"), extra="learning_statement"),
    Section("training", _("Opleidingen"), ("training.Booking",)),
    # the result per skill of a visa and of an EVC request (level, evidence, note) under each (found by the attack on
    # issue 13: they were left out)
    Section("careers", _("Mijn Loopbaan"), ("careers.PassportShare", "careers.CompetenceVisa", "careers.EvcRequest", "careers.CertifiedSkillOrigin"),
            children={"careers.CompetenceVisa": ("careers.VisaSkill", "visa"), "careers.EvcRequest": ("careers.EvcSkill", "request")}),
    Section("history", _("Geschiedenis van uw dossiers"), ("workflows.TransitionLog",)),
    Section("exports", _("Eerdere exports van uw gegevens"), ("privacy.OwnDataExport",)),
    Section("access_log", _("Wie heeft uw gegevens geraadpleegd"), ("access.AccessLogEntry",)),
)

# Models that refer to a person by a number rather than a foreign key.
PERSON_FIELD = {"access.AccessLogEntry": "person_id", "workflows.TransitionLog": "person_id", "people.MergeRecord": "survivor",
                "people.Person": "pk", "accounts.User": "person"}

# Rows in the order a person reads them (the others by their id, the order they were written): status periods by their start
ORDER = {"people.StatusEpisode": ("start", "pk")}

NOT_EXPORTED = {
    "kpis.Contribution": "uw bijdrage aan de gepubliceerde statistieken, herberekend uit de gegevens hierboven; geen eigen feit over u",
    "kpis.DirtyPerson": "een technische wachtrij van personen wier statistieken herberekend moeten worden; geen feit over u",
}


def exported_labels() -> set[str]:
    return {label for s in SECTIONS for label in s.models} | {child for s in SECTIONS for child, _fk in s.children.values()}


def model_of(label: str) -> type[models.Model] | None:
    try:
        return apps.get_model(label)
    except LookupError:  # an app not installed in this deployment
        return None


def plain(value):  # noqa: ANN001, ANN201
    """A JSON-ready value."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def row(obj: models.Model) -> dict:
    """Every field of the row (secrets left out), with the label of a coded value beside it: a choice's label, or the
    text of a text the platform stored as a code with parameters (a worklist task's title, werkregie.workflows.labels)."""
    from werkregie.workflows import labels

    out: dict = {}
    for f in obj._meta.concrete_fields:
        if SECRET.search(f.name):
            continue
        value = getattr(obj, f.attname)
        out[f.attname] = plain(value)
        if f.choices and value not in (None, ""):
            out[f"{f.name}_label"] = str(dict(f.flatchoices).get(value, value))
        elif labels.is_known(value):
            out[f"{f.name}_label"] = labels.render(value)
        elif f.name == "state" and value and getattr(obj, "workflow_name", ""):  # a declared workflow's state, by its table's label
            out["state_label"] = str(obj.state_label)
        elif f.many_to_one and value is not None and _name_field(f.related_model):  # an organisation, an issuer, a course: by name
            # a step's or an agreement's title the platform wrote is a coded text: shown in words (re-walk of issue 13)
            out[f"{f.name}_label"] = labels.render(getattr(getattr(obj, f.name), _name_field(f.related_model)))
    return out


def _name_field(model: type[models.Model]) -> str:
    """The field by which the person knows a related row (a partner's name, a course's title); "" for a person or an account."""
    if model._meta.label in ("people.Person", "accounts.User"):
        return ""
    names = {f.name for f in model._meta.concrete_fields}
    return next((n for n in ("name", "title") if n in names), "")


def field_labels(model: type[models.Model]) -> dict[str, str]:
    """Readable names of the fields (the PDF's), from the models' own verbose names."""
    labels = {}
    for f in model._meta.concrete_fields:
        labels[f.attname] = str(f.verbose_name)
        if f.choices or f.many_to_one or f.name == "state":
            labels[f"{f.name}_label"] = str(f.verbose_name)
    return labels


def _block(model: type[models.Model], objs: list[models.Model]) -> dict:
    """A model's rows with the readable names of their fields (a text stored as a code gets its shown text beside it)."""
    rows = [row(o) for o in objs]
    fields = field_labels(model)
    for f in model._meta.concrete_fields:
        if f"{f.name}_label" not in fields and any(f"{f.name}_label" in r for r in rows):
            fields[f"{f.name}_label"] = str(f.verbose_name)
    return {"title": str(model._meta.verbose_name_plural), "fields": fields, "rows": rows}


def person_ids(person) -> list[int]:  # noqa: ANN001 - a Person
    """The person and the duplicates merged into them: their data is the person's data."""
    from werkregie.people.models import Person

    return [person.pk, *Person.all_objects.filter(merged_into_id=person.pk).values_list("pk", flat=True)]


def rows_of(label: str, ids: list[int]) -> list[models.Model]:
    model = model_of(label)
    if model is None:
        return []
    key = PERSON_FIELD.get(label, "person")
    manager = getattr(model, "all_objects", model._default_manager)
    lookup = "pk__in" if key == "pk" else f"{key}__in"
    return list(manager.filter(**{lookup: ids}).order_by(*ORDER.get(label, ("pk",))))


def collect(person) -> dict:  # noqa: ANN001 - a Person
    """The export's content: {"sections": [{key, title, models: {label: {"title", "fields", "rows"}}, "derived": …}]}."""
    ids = person_ids(person)
    sections = []
    for section in SECTIONS:
        content: dict = {}
        for label in section.models:
            model = model_of(label)
            if model is None:
                continue
            objs = rows_of(label, ids)
            if label == "access.AccessLogEntry":
                objs.sort(key=lambda e: e.seq, reverse=True)
            entry = _block(model, objs)
            child = section.children.get(label)
            if child is not None and model_of(child[0]) is not None:
                child_model = model_of(child[0])
                kids = child_model._default_manager.filter(**{f"{child[1]}_id__in": [o.pk for o in objs]}).order_by("pk")
                content[child[0]] = _block(child_model, list(kids))
            content[label] = entry
        derived = globals()[section.extra](person) if section.extra else None
        sections.append({"key": section.key, "title": str(section.title), "models": content, "derived": derived})
    return {"sections": sections, "not_exported": dict(NOT_EXPORTED)}


# --- derived content: what the rows mean, in words ---------------------------------------------------------------------

def matching_labels(person) -> dict:  # noqa: ANN001
    """The ESCO labels of the person's skills and occupations (the rows hold URIs)."""
    from django.utils.translation import get_language

    from werkregie.matching import platform
    from werkregie.matching.models import DesiredOccupation, PersonExperience, PersonSkill

    tax, language = platform.taxonomy(), (get_language() or "nl")[:2]

    def occupation(uri: str) -> str:
        return tax.occupations[tax.occupation_index[uri]].label(language) if uri in tax.occupation_index else uri

    def skill(uri: str) -> str:
        return tax.skills[tax.skill_index[uri]].label(language) if uri in tax.skill_index else uri

    return {
        "skills": [{"uri": u, "label": skill(u), "source": s} for u, s in PersonSkill.objects.filter(person=person).values_list("skill_uri", "source")],
        "experience": [{"uri": u, "label": occupation(u), "years": str(y)} for u, y in
                       PersonExperience.objects.filter(person=person).values_list("occupation_uri", "years")],
        "desired_occupations": [{"uri": u, "label": occupation(u)} for u in
                                DesiredOccupation.objects.filter(person=person).values_list("occupation_uri", flat=True)],
    }


def screening_explanations(person) -> list[dict]:  # noqa: ANN001
    """Each score's chance and the factors that moved it, in the words the citizen's own page uses ("De kans daalt met 5
    procentpunten door uw digitale vaardigheden."); the factors as numbers are in the score's row."""
    from werkregie.screening import texts
    from werkregie.screening.models import Score

    out = []
    for score in Score.objects.filter(person=person).order_by("-reference_date"):
        words = texts.explained(score, texts.CITIZEN)
        out.append({"reference_date": score.reference_date.isoformat(), "chance_6m": score.chance_6m, "chance_12m": score.chance_12m,
                    "factors": [f["text"] for f in words["factors"]], "what_would_help": [c["text"] for c in words["changes"]]})
    return out


def credentials(person) -> list | None:  # noqa: ANN001
    """The credentials as the credentials app lists them (with their issuer's name)."""
    try:
        from werkregie.credentials.use_cases import credentials_of
    except ImportError:
        return None
    out = []
    for c in credentials_of(person):
        data = row(c) if isinstance(c, models.Model) else plain(c)
        issuer = getattr(c, "issuer", None)
        if issuer is not None:
            data["issuer_name"] = str(getattr(issuer, "name", issuer))
        out.append(data)
    return out


def learning_statement(person) -> dict | None:  # noqa: ANN001
    """The learning account's statement (every posting with the running balance) and its balance, per the ledger."""
    import dataclasses

    try:
        from werkregie.learning.use_cases import balance, statement
    except ImportError:
        return None
    lines = [plain(dataclasses.asdict(line)) if dataclasses.is_dataclass(line) else plain(line) for line in statement(person)]
    return {"balance_eur": plain(balance(person)), "statement": lines}
