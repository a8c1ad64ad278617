"""Page forms of the municipalities domain: a cooperation agreement (period, engagements with target figures,
contacts) and one of the municipality's own steps with a leefloon client. Dates as DD/MM/JJJJ; the use cases check
everything again and name each bad field (views.apply_errors puts their errors beside these fields)."""

from __future__ import annotations

import re

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from werkregie.core import dates
from werkregie.formats.punctuation import with_colon
from werkregie.geo.models import Municipality, Region
from werkregie.kpis import catalogue

from .models import Direction, StepKind

DATE_HINT = _("DD/MM/JJJJ")


def _date(label, required: bool = True) -> forms.CharField:  # noqa: ANN001 - a lazy string
    return forms.CharField(label=label, required=required, help_text=DATE_HINT, max_length=10,
                           widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 10}))


def as_day(value) -> str:  # noqa: ANN001 - a date or None
    return value.strftime("%d/%m/%Y") if value else ""


def in_our_words(form: forms.Form, missing: dict[str, str]) -> None:
    """The form's own errors in the platform's words: after the field's label, so in lower case ("Titel: vul een titel
    in", not Django's "Titel: Dit veld is verplicht." — walk of stop 43). A required field left empty says what to do
    (`missing`; a date says how to write one, core.dates), a choice not offered and a text too long say so too."""
    for name, field in form.fields.items():
        if field.required:
            field.error_messages["required"] = missing.get(name) or dates.format_hint()
        if "invalid_choice" in field.error_messages:
            field.error_messages["invalid_choice"] = missing.get(name) or gettext("kies een van de mogelijkheden")
        field.validators = [MaxLengthValidator(v.limit_value, gettext("hoogstens %(limit_value)d tekens (nu %(show_value)d)"))
                            if isinstance(v, MaxLengthValidator) else v for v in field.validators]


ROW_FIELD = re.compile(r"^(eng|c)_(\d+)_(\w+)$")


class AgreementForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    partner_name = forms.CharField(label=_("Partner"), max_length=200, help_text=_("Het OCMW, de wijk-werkorganisatie of het samenwerkingsverband"))
    # checkboxes per province (agreement_form.html), not a list of 300 names to Ctrl-click through (walk of stop 41: on
    # a phone a multiple select cannot be used)
    municipalities = forms.MultipleChoiceField(label=_("Gemeenten"), help_text=_("Kies de gemeente of de gemeenten van het samenwerkingsverband"),
                                               widget=forms.CheckboxSelectMultiple)
    start = _date(_("Begindatum"))
    end = _date(_("Einddatum"))
    notes = forms.CharField(label=_("Toelichting"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, engagement_rows: int = 3, contact_rows: int = 2, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        french = (get_language() or "nl").startswith("fr")  # names in the reader's language (walk of stop 42: Dutch on French pages)
        flemish = sorted(Municipality.objects.filter(region=Region.FLANDERS), key=lambda m: (m.province_nl, m.name))
        self.fields["municipalities"].choices = [(m.nis_code, m.name) for m in flemish]
        self.province_of = {m.nis_code: (m.province_fr or m.province_nl) if french else m.province_nl for m in flemish}
        kpis = [("", _("— geen —")), *[(k.code, k.name) for k in catalogue.CATALOGUE]]
        self.engagement_rows, self.contact_rows = range(engagement_rows), range(contact_rows)
        for i in self.engagement_rows:
            self.fields[f"eng_{i}_kpi"] = forms.ChoiceField(label=_("Indicator"), choices=kpis, required=False)
            self.fields[f"eng_{i}_direction"] = forms.ChoiceField(label=_("Richting"), choices=Direction.choices, required=False)
            self.fields[f"eng_{i}_target"] = forms.CharField(label=_("Streefwaarde"), required=False, max_length=20,
                                                             help_text=_("Voor een aandeel een percentage (80 = 80 %), anders een aantal"),
                                                             widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 10}))
            self.fields[f"eng_{i}_description"] = forms.CharField(label=_("Omschrijving"), required=False, max_length=300)
        for i in self.contact_rows:
            self.fields[f"c_{i}_name"] = forms.CharField(label=_("Naam"), required=False, max_length=200)
            self.fields[f"c_{i}_function"] = forms.CharField(label=_("Functie"), required=False, max_length=200)
            self.fields[f"c_{i}_email"] = forms.CharField(label=_("E-mail"), required=False, max_length=254,
                                                          widget=forms.EmailInput(attrs={"autocomplete": "off"}))
            self.fields[f"c_{i}_phone"] = forms.CharField(label=_("Telefoon"), required=False, max_length=40,
                                                          widget=forms.TextInput(attrs={"type": "tel"}))
        in_our_words(self, {"title": gettext("vul een titel in"), "partner_name": gettext("vul de partner in"),
                                   "municipalities": gettext("kies een of meer gemeenten")})
        for name, field in self.fields.items():
            if ROW_FIELD.match(name):  # its errors say the row and the field themselves (error_summary.html)
                field.errors_name_field = True

    def row_of(self, name: str) -> str | None:
        """Where a field of an engagement or contact row is, in words: "Engagement 2 (Leefloongerechtigden),
        streefwaarde", "Contactpersoon 1, e-mail"; None for a field outside the rows."""
        found = ROW_FIELD.match(name)
        if not found:
            return None
        kind, number, part = found.group(1), int(found.group(2)) + 1, str(self.fields[name].label)
        if kind == "c":
            row = gettext("Contactpersoon %(n)s") % {"n": number}
        else:
            kpi = catalogue.get(str(self.data.get(f"eng_{found.group(2)}_kpi") or "")) if self.is_bound else None
            row = (gettext("Engagement %(n)s (%(kpi)s)") % {"n": number, "kpi": kpi.name} if kpi else
                   gettext("Engagement %(n)s") % {"n": number})
        return f"{row}, {part[:1].lower()}{part[1:]}"

    def add_error(self, field: str | None, error) -> None:  # noqa: ANN001 - as Django's
        """A row's error names its row and field, in the summary and beside the field (walk of stop 43: "Streefwaarde:
        een getal van 0 of meer" did not say which of the engagements)."""
        where = self.row_of(field) if field else None
        if where and error is not None:
            error = forms.ValidationError([f"{with_colon(where)} {message}" for message in forms.ValidationError(error).messages])
        super().add_error(field, error)

    def municipality_groups(self) -> list[dict]:
        """The municipalities' checkboxes per province: its name, how many are chosen, its checkboxes."""
        chosen = {str(v) for v in (self["municipalities"].value() or [])}
        groups: dict[str, dict] = {}
        for box in self["municipalities"]:
            province = self.province_of.get(str(box.data["value"]), "")
            group = groups.setdefault(province, {"province": province, "chosen": 0, "boxes": []})
            group["boxes"].append(box)
            group["chosen"] += str(box.data["value"]) in chosen
        return list(groups.values())

    def rows(self, prefix: str, parts: tuple[str, ...], count: range) -> list[list]:
        return [[self[f"{prefix}_{i}_{p}"] for p in parts] for i in count]

    def engagements(self) -> list[list]:
        return self.rows("eng", ("kpi", "direction", "target", "description"), self.engagement_rows)

    def contacts(self) -> list[list]:
        return self.rows("c", ("name", "function", "email", "phone"), self.contact_rows)

    def data_for_use_case(self) -> tuple[dict, dict[str, str]]:
        """The use case's input, and the aliases from its field names to this form's (engagements[0].kpi → eng_2_kpi).
        A row with anything typed in it goes to the use case, which refuses what is missing (walk of stop 43: a contact
        with an e-mail but no name was dropped without a word); an empty row is left out."""
        d = getattr(self, "cleaned_data", {})  # after is_valid(): the fields that passed the form's own checks
        typed = {name for name in self.fields if str(self.data.get(name) or "").strip()} if self.is_bound else set()
        engagements, aliases = [], {}
        for i in self.engagement_rows:
            if not {f"eng_{i}_kpi", f"eng_{i}_target", f"eng_{i}_description"} & typed:
                continue
            n = len(engagements)
            aliases.update({f"engagements[{n}].{p}": f"eng_{i}_{p}" for p in ("kpi", "direction", "target", "description")})
            engagements.append({"kpi": d.get(f"eng_{i}_kpi"), "direction": d.get(f"eng_{i}_direction") or Direction.AT_LEAST,
                                "target": d.get(f"eng_{i}_target") or "", "description": d.get(f"eng_{i}_description") or ""})
        contacts = []
        for i in self.contact_rows:
            aliases.update({f"contacts[{i}].{p}": f"c_{i}_{p}" for p in ("name", "function", "email", "phone")})
            contacts.append({p: d.get(f"c_{i}_{p}") or "" for p in ("name", "function", "email", "phone")})
        data = {k: d.get(k) for k in ("title", "partner_name", "start", "end", "notes")}
        data.update(municipalities=d.get("municipalities") or [], engagements=engagements, contacts=contacts)
        return data, aliases

    @staticmethod
    def initial_of(item) -> dict:  # noqa: ANN001 - a CooperationAgreement
        initial = {"title": item.title, "partner_name": item.partner_name, "municipalities": [m.nis_code for m in item.municipalities.all()],
                   "start": as_day(item.start), "end": as_day(item.end), "notes": item.notes, "version": item.version}
        for i, e in enumerate(item.engagements.all()):
            initial.update({f"eng_{i}_kpi": e.kpi, f"eng_{i}_direction": e.direction, f"eng_{i}_target": f"{e.target:f}".rstrip("0").rstrip(".").replace(".", ","),
                            f"eng_{i}_description": e.description})
        for i, c in enumerate(item.contacts.all()):
            initial.update({f"c_{i}_name": c.name, f"c_{i}_function": c.function, f"c_{i}_email": c.email, f"c_{i}_phone": c.phone})
        return initial


class StepForm(forms.Form):
    kind = forms.ChoiceField(label=_("Soort stap"), choices=StepKind.choices, widget=forms.RadioSelect)
    title = forms.CharField(label=_("Omschrijving"), required=False, max_length=200, help_text=_("Verplicht bij “Andere stap”: welke stap het is"))
    start = _date(_("Begindatum"))
    end = _date(_("Einddatum"), required=False)
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        in_our_words(self, {"kind": gettext("kies een soort stap")})

    def data_for_use_case(self) -> dict:
        """What passed the form's own checks, for the use case's checks of the rest (all problems at once)."""
        d = getattr(self, "cleaned_data", {})
        return {name: d.get(name) for name in ("kind", "title", "start", "end", "note")}


class ReferralForm(forms.Form):
    """The referral of a leefloon client to VDAB, with its reason in the same step (the use case refuses it without)."""

    note = forms.CharField(label=_("Waarom verwijst u deze persoon door?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("VDAB leest dit bij de screening en het traject, bijvoorbeeld wat de persoon al deed en wat de drempels zijn."))

    def __init__(self, *args, name: str = "", **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        if name:
            self.fields["note"].label = _("Waarom verwijst u %(name)s door?") % {"name": name}


class WhatIfForm(forms.Form):
    """The analyst's what-if on an agreement's reward: any parameter replaced for one computation (reward.what_if checks
    them: Belgian number formats, finite, within limits). Shares as percentages, as the page shows them ("50 %"), each
    field with its unit beside it (field.html); the analyst lands on the result (agreement.html)."""
    amount_per_engagement = forms.CharField(label=_("Beloning per engagement dat zijn streefwaarde haalt"), required=False,
                                            help_text=_("In euro, per jaar, bv. 10.000 of 12.500,50"))
    partial_share = forms.CharField(label=_("Deel van die beloning voor een engagement dat de drempel haalt"), required=False,
                                    help_text=_("Een percentage van 0 tot 100, bv. 50 of 37,5"))
    partial_threshold = forms.CharField(label=_("Drempel: deel van de streefwaarde dat gedeeltelijk beloond wordt"), required=False,
                                        help_text=_("Een percentage van 0 tot 100, bv. 90"))
    maximum_per_year = forms.CharField(label=_("Hoogste beloning per jaar voor deze overeenkomst"), required=False,
                                       help_text=_("In euro, bv. 50.000"))

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off", "size": 12})
            field.unit = "%" if name in ("partial_share", "partial_threshold") else "euro"
