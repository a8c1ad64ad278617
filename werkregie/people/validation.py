"""Checking a person's data, field by field, with messages that say what is wrong and where.

One function serves the API, the web form and the CSV import, so a rule is written once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Mapping

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.countries import ISO_COUNTRIES
from werkregie.core.errors import FieldError
from werkregie.core.identifiers import compact_insz, insz_birth_date, insz_problem
from werkregie.core.text import name_problem, nfc
from werkregie.geo.models import HistoricMunicipality, Municipality, PostalCode

from .enums import DRIVING_LICENCES, LANGUAGE_CODES, Cefr, DigitalSkills, Sex

_PHONE = re.compile(r"^\+?[0-9 ()./-]{8,20}$")


def is_phone(value: str) -> bool:
    """A telephone number as people write it (+32 9 123 45 67, 09/123.45.67): the platform's one rule for phones."""
    return bool(_PHONE.match(value))


@dataclass
class Lookups:
    """Reference data held in memory so that checking a million rows does not ask the database a million times."""

    municipalities: set[str]
    historic: dict[str, str]
    postal: dict[str, list[str]]

    @classmethod
    def load(cls) -> "Lookups":
        postal: dict[str, list[str]] = {}
        for code, nis in PostalCode.objects.values_list("code", "municipality_id"):
            postal.setdefault(code, []).append(nis)
        return cls(
            municipalities=set(Municipality.objects.values_list("nis_code", flat=True)),
            historic=dict(HistoricMunicipality.objects.values_list("nis_code", "successor_id")),
            postal=postal,
        )


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value).strip()


def validate_person(data: Mapping[str, Any], lookups: Lookups | None = None, row: int | None = None) -> tuple[dict, list[FieldError]]:
    """Return (clean values, errors). Clean values are only meaningful when there are no errors."""
    lookups = lookups or Lookups.load()
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}

    def err(field: str, message: str) -> None:
        errors.append(FieldError(field=field, message=message, row=row))

    insz = compact_insz(_text(data, "insz"))
    problem = insz_problem(insz)
    if problem:
        err("insz", problem)
    clean["insz"] = insz

    for key, label in (("first_name", _("voornaam")), ("last_name", _("familienaam"))):
        value = nfc(_text(data, key))
        if not value:
            err(key, _("De %(label)s is verplicht.") % {"label": label})
        elif len(value) > 100:
            err(key, _("De %(label)s is langer dan 100 tekens.") % {"label": label})
        elif name_problem(value, label):  # control, bidi and zero-width characters (core/text.py)
            err(key, name_problem(value, label))
        clean[key] = value

    raw_birth = data.get("birth_date")
    birth = parse_date(raw_birth)
    if raw_birth in (None, ""):
        err("birth_date", _("De geboortedatum is verplicht."))
    elif birth is None:
        err("birth_date", _("'%(value)s' is geen datum (gebruik JJJJ-MM-DD of DD/MM/JJJJ).") % {"value": str(raw_birth)[:40]})
    else:
        today = clock.today()
        if birth > today:
            err("birth_date", _("De geboortedatum ligt in de toekomst."))
        elif birth.year < today.year - 120:
            err("birth_date", _("De geboortedatum ligt meer dan 120 jaar terug."))
        elif not problem:
            from_insz = insz_birth_date(insz)
            if from_insz and from_insz != birth:
                err("birth_date", _("De geboortedatum (%(birth)s) verschilt van die in het INSZ-nummer (%(insz)s).")
                    % {"birth": birth.strftime("%d/%m/%Y"), "insz": from_insz.strftime("%d/%m/%Y")})
    clean["birth_date"] = birth

    sex = _text(data, "sex").upper() or "X"
    if sex not in Sex.values:
        err("sex", _("Geslacht moet M, F of X zijn."))
    clean["sex"] = sex

    nationality = _text(data, "nationality").upper() or "BE"
    if nationality not in ISO_COUNTRIES:
        err("nationality", _("'%(value)s' is geen ISO-landcode van 2 letters.") % {"value": nationality[:10]})
    clean["nationality"] = nationality

    nis = _text(data, "municipality") or _text(data, "nis_code")
    postal = _text(data, "postal_code")
    municipality = None
    if nis:
        municipality = nis if nis in lookups.municipalities else lookups.historic.get(nis)
        if municipality is None:
            err("municipality", _("Onbekende NIS-code '%(value)s'.") % {"value": nis[:10]})
    elif postal:
        candidates = lookups.postal.get(postal, [])
        if len(candidates) == 1:
            municipality = candidates[0]
        elif candidates:
            err("municipality", _("Postcode %(value)s hoort bij meer dan één gemeente; geef de NIS-code.") % {"value": postal})
    else:
        err("municipality", _("De gemeente (NIS-code) of de postcode is verplicht."))
    if postal and postal not in lookups.postal:
        err("postal_code", _("Onbekende postcode '%(value)s'.") % {"value": postal[:10]})
    elif postal and municipality and municipality not in lookups.postal.get(postal, []):
        err("postal_code", _("Postcode %(value)s ligt niet in de opgegeven gemeente.") % {"value": postal})
    clean["municipality_id"] = municipality
    clean["postal_code"] = postal
    clean["street"] = _text(data, "street")[:200]

    education = data.get("education_level")
    if education in (None, ""):
        clean["education_level"] = None
    else:
        try:
            level = int(str(education).strip())
            if not 0 <= level <= 8:
                raise ValueError
            clean["education_level"] = level
        except ValueError:
            err("education_level", _("Het onderwijsniveau is een ISCED-niveau van 0 tot 8."))

    digital = _text(data, "digital_skills").lower()
    if digital and digital not in DigitalSkills.values:
        err("digital_skills", _("Digitale vaardigheden: een van %(values)s.") % {"values": ", ".join(DigitalSkills.values)})
    clean["digital_skills"] = digital

    licences = data.get("driving_licences") or []
    if isinstance(licences, str):
        licences = [x.strip().upper() for x in re.split(r"[,; ]+", licences) if x.strip()]
    elif not isinstance(licences, (list, tuple)):
        err("driving_licences", _("Rijbewijzen: een lijst van categorieën (bv. B, C)."))
        licences = []
    unknown = [x for x in licences if x not in DRIVING_LICENCES]
    if unknown:
        err("driving_licences", _("Onbekende rijbewijscategorie: %(values)s.") % {"values": ", ".join(map(str, unknown))[:60]})
    clean["driving_licences"] = sorted(set(licences), key=DRIVING_LICENCES.index) if not unknown else []

    languages = data.get("languages") or {}
    if isinstance(languages, str):  # "nl:B1;fr:A2" in a CSV
        parsed = {}
        for part in filter(None, (p.strip() for p in re.split(r"[;|]", languages))):
            code, _sep, level = part.partition(":")
            parsed[code.strip().lower()] = level.strip()
        languages = parsed
    elif not isinstance(languages, dict):
        err("languages", _("Talen: per taalcode een ERK-niveau, bv. {\"nl\": \"B1\"} of nl:B1;fr:A2."))
        languages = {}
    clean_languages = {}
    for code, level in languages.items():
        level = str(level).strip()
        level = level.lower() if level.lower() == "native" else level.upper()
        if code not in LANGUAGE_CODES:
            err("languages", _("Onbekende taalcode '%(code)s'.") % {"code": str(code)[:10]})
        elif level not in Cefr.values:
            err("languages", _("Niveau '%(level)s' voor %(code)s is geen ERK-niveau (A1–C2 of native).") % {"level": level[:10], "code": code})
        else:
            clean_languages[code] = level
    clean["languages"] = clean_languages

    email = _text(data, "email")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            err("email", _("'%(value)s' is geen geldig e-mailadres.") % {"value": email[:60]})
    clean["email"] = email
    phone = _text(data, "phone")
    if phone and not is_phone(phone):
        err("phone", _("'%(value)s' is geen geldig telefoonnummer.") % {"value": phone[:30]})
    clean["phone"] = phone

    raw_registered = data.get("registered_on")
    registered = parse_date(raw_registered) if raw_registered not in (None, "") else clock.today()
    if registered is None:
        err("registered_on", _("'%(value)s' is geen datum.") % {"value": str(raw_registered)[:40]})
    clean["registered_on"] = registered
    return clean, errors
