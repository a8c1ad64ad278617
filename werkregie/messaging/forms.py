"""Forms of the messaging pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

CHANNEL_CHOICES = [("email", _("E-mail (niet-afleveringsbericht, RFC 3464)")), ("sms", _("Sms (afleverrapport van de provider, JSON)")),
                   ("ebox", _("eBox (StatusBericht van MAGDA, XML)")), ("registered", _("Aangetekende brief (gebeurtenis van de printpartner, JSON)")),
                   ("paper", _("Gewone brief (gebeurtenis van de printpartner, JSON)"))]


class ReportForm(forms.Form):
    channel = forms.ChoiceField(label=_("Kanaal"), choices=CHANNEL_CHOICES)
    file = forms.FileField(label=_("Rapport als bestand"), required=False, help_text=_("Het bestand zoals het kanaal het stuurde (.eml, .json of .xml), hoogstens 1 MB."))
    text = forms.CharField(label=_("Of plak het rapport"), required=False, widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}))

    def payload(self) -> bytes:
        upload = self.cleaned_data.get("file")
        if upload is not None:
            return upload.read(1024 * 1024 + 1)
        return (self.cleaned_data.get("text") or "").encode()
