"""Forms of the compliance pages (Dutch labels, translated)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import AppealOutcome, Decision, HearingMode, Infringement
from .workflows import STATES

# Dates as the rest of the platform writes them (DD/MM/JJJJ text, not the browser's native control, whose order follows
# the browser's locale); ISO still accepted.
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
DATE_WIDGET = forms.DateInput(attrs={"autocomplete": "off", "size": 10}, format="%d/%m/%Y")


class FilterForm(forms.Form):
    q = forms.CharField(label=_("Zoeken op naam, INSZ of dossiernummer"), required=False, max_length=100)
    state = forms.ChoiceField(label=_("Stap"), required=False, choices=[("", _("Alle open dossiers"))] + list(STATES.items()))
    infringement = forms.ChoiceField(label=_("Inbreuk"), required=False, choices=[("", _("Alle"))] + list(Infringement.choices))
    action = forms.BooleanField(label=_("Enkel wat ik moet doen"), required=False)
    overdue = forms.BooleanField(label=_("Enkel over tijd"), required=False)
    mine = forms.BooleanField(label=_("Mijn dossiers en niet toegewezen"), required=False)


class Versioned(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class HearingForm(Versioned):
    hearing_at = forms.DateTimeField(label=_("Datum en uur van het verhoor"), help_text=_("DD/MM/JJJJ UU:MM"),
                                     input_formats=["%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
                                     # Belgian format in and out: a native date-time control shows the browser's own (US) order
                                     widget=forms.DateTimeInput(attrs={"autocomplete": "off", "size": 16},
                                                                format="%d/%m/%Y %H:%M"))
    mode = forms.ChoiceField(label=_("Soort verhoor"), choices=HearingMode.choices)
    place = forms.CharField(label=_("Plaats (of telefoonnummer, videolink)"), required=False, max_length=200)


class MoveHearingForm(HearingForm):
    reason = forms.CharField(label=_("Waarom wordt het verhoor verplaatst?"), max_length=500,
                             help_text=_("De persoon leest dit in de nieuwe uitnodiging."))


class ReportForm(Versioned):
    report = forms.CharField(label=_("Verslag van het verhoor of samenvatting van het schriftelijk verweer"), max_length=10000,
                             widget=forms.Textarea(attrs={"rows": 5}))


class DecisionForm(Versioned):
    # starts empty: the controller decides, the rule's proposal is shown beside the field, never chosen for them (walk of issue 16)
    decision = forms.ChoiceField(label=_("Beslissing"), choices=[("", _("— Kies —"))] + list(Decision.choices))
    weeks = forms.IntegerField(label=_("Aantal weken (bij schorsing of uitsluiting)"), required=False, min_value=0, max_value=520)
    deliberate = forms.BooleanField(label=_("Opzet vastgesteld (om de uitkering te behouden)"), required=False)
    legal_ground = forms.CharField(label=_("Rechtsgrond"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                                   help_text=_("Leeg laten neemt de rechtsgrond van de regel over."))
    motivation = forms.CharField(label=_("Motivering"), max_length=10000, widget=forms.Textarea(attrs={"rows": 4}))
    deviation_reason = forms.CharField(label=_("Reden van afwijking van het voorstel"), required=False, max_length=5000,
                                       widget=forms.Textarea(attrs={"rows": 3}), help_text=_("Verplicht (minstens 10 tekens) als u afwijkt van het voorstel."))
    sanction_start = forms.DateField(label=_("Sanctie gaat in op"), required=False, input_formats=DATE_FORMATS, help_text=_("DD/MM/JJJJ"),
                                     widget=DATE_WIDGET)


class PaperAppealForm(Versioned):
    text = forms.CharField(label=_("Inhoud van het beroep"), max_length=10000, widget=forms.Textarea(attrs={"rows": 3}))
    lodged_on = forms.DateField(label=_("Ingesteld op"), input_formats=DATE_FORMATS, help_text=_("DD/MM/JJJJ"), widget=DATE_WIDGET)


class AppealOutcomeForm(Versioned):
    outcome = forms.ChoiceField(label=_("Uitkomst"), choices=AppealOutcome.choices)
    reason = forms.CharField(label=_("Toelichting"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    # "Beslissing gewijzigd": the new decision, which becomes the sanction in force (use_cases.decide_appeal)
    decision = forms.ChoiceField(label=_("Nieuwe beslissing (enkel bij “Beslissing gewijzigd”)"), required=False,
                                 choices=[("", "—")] + list(Decision.choices))
    weeks = forms.IntegerField(label=_("Aantal weken (bij schorsing of uitsluiting)"), required=False, min_value=0, max_value=520)
    sanction_start = forms.DateField(label=_("Nieuwe sanctie gaat in op"), required=False, input_formats=DATE_FORMATS, widget=DATE_WIDGET,
                                     help_text=_("DD/MM/JJJJ. Leeg: vanaf de begindatum van de oorspronkelijke sanctie (de weken die liepen, tellen); "
                                                 "een andere dag enkel als die sanctie nog niet begonnen is."))


class ReasonForm(Versioned):
    reason = forms.CharField(label=_("Reden"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class CloseForm(Versioned):
    pass


class EvidenceForm(forms.Form):
    file = forms.FileField(label=_("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)"))
    description = forms.CharField(label=_("Omschrijving"), required=False, max_length=300)


class ResponseForm(Versioned):
    response = forms.CharField(label=_("Uw uitleg"), max_length=10000, widget=forms.Textarea(attrs={"rows": 6}),
                               help_text=_("Leg uit wat er gebeurde en waarom. U kunt bewijsstukken toevoegen."))
    file = forms.FileField(label=_("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)"), required=False)
    waive_hearing = forms.BooleanField(label=_("Ik zie af van het verhoor: de controledienst mag beslissen op basis van mijn schriftelijke uitleg."),
                                       required=False)


class CitizenAppealForm(Versioned):
    text = forms.CharField(label=_("Waarom gaat u niet akkoord met de beslissing?"), max_length=10000, widget=forms.Textarea(attrs={"rows": 5}))


class RefusalForm(forms.Form):
    person_id = forms.IntegerField(label=_("Persoonsnummer"), min_value=1)
    vacancy_id = forms.IntegerField(label=_("Vacaturenummer"), min_value=1)
    refused_on = forms.DateField(label=_("Geweigerd op"), input_formats=DATE_FORMATS, help_text=_("DD/MM/JJJJ"), widget=DATE_WIDGET)
    summary = forms.CharField(label=_("Wat is er gebeurd?"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
