"""Page forms of the municipalities domain: a cooperation agreement (period, engagements with target figures,
contacts) and one of the municipality's own steps with a leefloon client. Dates as DD/MM/JJJJ; the use cases check
everything again and name each bad field (views.apply_errors puts their errors beside these fields)."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkregie.geo.models import Municipality, Region
from werkregie.kpis import catalogue

from .models import Direction, StepKind

DATE_HINT = _("DD/MM/JJJJ")


def _date(label, required: bool = True) -> forms.CharField:  # noqa: ANN001 - a lazy string
    return forms.CharField(label=label, required=required, help_text=DATE_HINT, max_length=10,
                           widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 10}))


def as_day(value) -> str:  # noqa: ANN001 - a date or None
    return value.strftime("%d/%m/%Y") if value else ""


class AgreementForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    partner_name = forms.CharField(label=_("Partner"), max_length=200, help_text=_("Het OCMW, de wijk-werkorganisatie of het samenwerkingsverband"))
    # checkboxes per province (agreement_form.html), not a list of 300 names to Ctrl-click through (walk of stop 41: on
    # a phone a multiple select cannot be used)
    municipalities = forms.MultipleChoiceField(label=_("Gemeenten"), help_text=_("Kies de gemeente of de gemeenten van het samenwerkingsverband"),
                                               widget=forms.CheckboxSelectMultiple)
    start = _date(_("Begin"))
    end = _date(_("Einde"))
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
        """The use case's input, and the aliases from its field names to this form's (engagements[0].kpi → eng_2_kpi)."""
        d = getattr(self, "cleaned_data", {})  # after is_valid(): the fields that passed the form's own checks
        engagements, aliases = [], {}
        for i in self.engagement_rows:
            if not (d.get(f"eng_{i}_kpi") or d.get(f"eng_{i}_target")):
                continue
            n = len(engagements)
            aliases.update({f"engagements[{n}].{p}": f"eng_{i}_{p}" for p in ("kpi", "direction", "target")})
            engagements.append({"kpi": d.get(f"eng_{i}_kpi"), "direction": d.get(f"eng_{i}_direction") or Direction.AT_LEAST,
                                "target": d.get(f"eng_{i}_target") or "", "description": d.get(f"eng_{i}_description") or ""})
        contacts = []
        for i in self.contact_rows:
            if (d.get(f"c_{i}_name") or "").strip():
                aliases[f"contacts[{i}].email"] = f"c_{i}_email"
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
    title = forms.CharField(label=_("Omschrijving"), required=False, max_length=200)
    start = _date(_("Begin"))
    end = _date(_("Einde"), required=False)
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)


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
    them: Belgian number formats, finite, within limits)."""
    amount_per_engagement = forms.CharField(label=_("Bedrag per gehaald engagement (EUR)"), required=False)
    partial_share = forms.CharField(label=_("Deel bij gedeeltelijk halen (0–1)"), required=False)
    partial_threshold = forms.CharField(label=_("Drempel voor gedeeltelijk halen (0–1)"), required=False)
    maximum_per_year = forms.CharField(label=_("Maximum per jaar (EUR)"), required=False)

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
