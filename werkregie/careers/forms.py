"""Forms of the careers pages. The use cases validate again; forms give each field its label, hint and error place."""

from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .enums import DismissalKind, Evidence, Level, SkillResult


class DateInput(forms.DateInput):
    input_type = "date"


class ShareForm(forms.Form):
    label = forms.CharField(label=_("Voor wie is de link?"), max_length=120, help_text=_("Bijvoorbeeld de naam van de werkgever. U ziet later wie de link opende."))
    credentials = forms.MultipleChoiceField(label=_("Welke bewijzen deelt u?"), widget=forms.CheckboxSelectMultiple)
    days = forms.IntegerField(label=_("Hoeveel dagen blijft de link geldig?"), min_value=1, initial=30)

    def __init__(self, *args, choices: list[tuple[str, str]], max_days: int, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["credentials"].choices = choices
        self.fields["days"].max_value = max_days
        self.fields["days"].widget.attrs.update({"max": max_days, "inputmode": "numeric"})
        self.fields["days"].help_text = _("Van 1 tot %(n)s dagen. U kunt de link altijd vroeger intrekken.") % {"n": max_days}
        self.fields["days"].validators.append(MaxValueValidator(max_days))


class TargetForm(forms.Form):
    occupation = forms.CharField(widget=forms.HiddenInput)


class SkillSearchForm(forms.Form):
    """A form with the ESCO competence search (`zoek`; the page's "Zoeken" button, name "action" value "search", posts
    the form back with what was entered kept and the found competences added): the EVC request and the competence visa."""

    zoek = forms.CharField(label=_("Een competentie zoeken"), required=False, max_length=100, help_text="")

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["zoek"].widget.input_type = "search"
        from .use_cases.evc_skills import search_example

        self.fields["zoek"].help_text = self.search_help(search_example())

    def search_help(self, example: str) -> str:
        return _("Typ een woord, bv. 'heftruck' of '%(example)s', en kies 'Zoeken'. Wat u al aanvinkte, blijft aangevinkt.") % {"example": example}


class EvcRequestForm(SkillSearchForm):
    """An occupation (its essential skills are assessed) or a set of skills the person ticks: from the profile, the
    essential ones of their occupations, or found by a word (`zoek`, the page's "Zoeken" button posts the form back
    with the ticked ones kept). The use case validates again (known ESCO URIs, at most MAX_SKILLS, none already in
    an open request)."""

    OCCUPATION, SKILLS = "beroep", "competenties"
    # not required: a form posted without it (an older page, a script) asks for an occupation, as before
    kind = forms.ChoiceField(label=_("Waarvoor vraagt u erkenning?"), widget=forms.RadioSelect, initial=OCCUPATION, required=False,
                             choices=[(OCCUPATION, _("Voor een beroep")), (SKILLS, _("Voor competenties die ik zelf kies"))])
    occupation = forms.ChoiceField(label=_("Voor welk beroep vraagt u erkenning?"), required=False,
                                   help_text=_("De competenties die voor dit beroep essentieel zijn, worden beoordeeld."))
    skills = forms.MultipleChoiceField(label=_("Welke competenties wilt u laten erkennen?"), required=False,
                                       widget=forms.CheckboxSelectMultiple)
    motivation = forms.CharField(label=_("Uw ervaring"), required=False, max_length=3000, widget=forms.Textarea(attrs={"rows": 5}),
                                 help_text=_("Waar en hoe lang deed u dit werk? Wat kunt u tonen (attesten, foto's, voorbeelden)?"))

    def __init__(self, *args, occupations: list[tuple[str, str]], skills: list[str] | None = None, max_skills: int = 40,  # noqa: ANN002, ANN003
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_skills = max_skills
        self.fields["occupation"].choices = [("", _("— kies een beroep —")), *occupations]
        self.fields["skills"].choices = [(u, u) for u in skills or []]  # the page shows each with its marked label
        self.fields["skills"].help_text = _("Vink er minstens één en hoogstens %(n)s aan.") % {"n": max_skills}

    def clean(self) -> dict:
        data = super().clean()
        data["kind"] = data.get("kind") or self.OCCUPATION
        if data.get("kind") == self.OCCUPATION and not data.get("occupation"):
            self.add_error("occupation", _("Kies een beroep."))
        if data.get("kind") == self.SKILLS:
            chosen = data.get("skills") or []
            if not chosen:
                self.add_error("skills", _("Vink minstens één competentie aan."))
            elif len(chosen) > self.max_skills:
                self.add_error("skills", _("Hoogstens %(n)s competenties per aanvraag; u koos er %(chosen)s.")
                               % {"n": self.max_skills, "chosen": len(chosen)})
        return data


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reden"), min_length=5, max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))


class PlanForm(forms.Form):
    day = forms.DateField(label=_("Datum van de beoordeling"), widget=DateInput, help_text=_("Een werkdag."))
    place = forms.CharField(label=_("Plaats"), max_length=200, help_text=_("Adres, of 'videogesprek'."))


class AssignForm(forms.Form):
    organisation = forms.TypedChoiceField(label=_("Beoordelaar"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, organisations: list[tuple[int, str]], **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [("", _("VDAB zelf (de bemiddelaar)")), *organisations]


LEVEL_CHOICES = [("", _("— niet beoordeeld —")), *Level.choices]
EVIDENCE_CHOICES = [("", _("— kies —")), *Evidence.choices]


class VisaForm(SkillSearchForm):
    """The counsellor's assessment: the dismissal, then a level and evidence per competence (rows left "not assessed"
    stay out of the visa); competences not on the form are added by the search."""

    dismissal = forms.ChoiceField(label=_("Soort ontslag"), choices=DismissalKind.choices, initial=DismissalKind.COLLECTIVE)
    former_employer = forms.CharField(label=_("Vorige werkgever"), max_length=200)
    dismissal_date = forms.DateField(label=_("Datum van het ontslag"), widget=DateInput)
    summary = forms.CharField(label=_("Samenvatting voor werkgevers"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 4}))
    confirm_recent = forms.BooleanField(label=_("Ik bevestig dat dit visum over een ander ontslag gaat"), required=False)

    def __init__(self, *args, skills: list[dict], **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.skills = skills
        for i, skill in enumerate(skills):
            # each field names its competence, so that the error summary says which one (the walk of issue 13 read
            # "Aangetoond met: Kies hoe de competentie is aangetoond." among 18 competences)
            name = skill.get("label", "")
            self.fields[f"level_{i}"] = forms.ChoiceField(label=format_lazy("{} — {}", _("Niveau"), name), choices=LEVEL_CHOICES, required=False)
            self.fields[f"evidence_{i}"] = forms.ChoiceField(label=format_lazy("{} — {}", _("Aangetoond met"), name), choices=EVIDENCE_CHOICES,
                                                             required=False)

    def search_help(self, example: str) -> str:
        return _("Typ een woord, bv. 'heftruck' of '%(example)s', en kies 'Zoeken'. Wat u gevonden hebt, komt onderaan de lijst "
                 "van competenties; wat u al invulde, blijft staan.") % {"example": example}

    def rows(self) -> list[tuple[dict, forms.BoundField, forms.BoundField]]:
        return [(s, self[f"level_{i}"], self[f"evidence_{i}"]) for i, s in enumerate(self.skills)]

    def assessed(self) -> list[dict]:
        out = []
        for i, skill in enumerate(self.skills):
            level, evidence = self.cleaned_data.get(f"level_{i}"), self.cleaned_data.get(f"evidence_{i}")
            if level or evidence:
                out.append({"uri": skill["uri"], "level": level, "evidence": evidence})
        return out

    def field_of(self, error_field: str) -> str | None:
        """skills[3].level → level_<row of that skill in the form>."""
        import re

        found = re.match(r"skills\[(\d+)\]\.(level|evidence)", error_field)
        if not found:
            return None
        chosen = self.assessed()
        index = int(found.group(1))
        if index >= len(chosen):
            return None
        row = next(i for i, s in enumerate(self.skills) if s["uri"] == chosen[index]["uri"])
        return f"{found.group(2)}_{row}"


RESULT_CHOICES = [("", _("— kies —")), (SkillResult.CERTIFIED, SkillResult.CERTIFIED.label), (SkillResult.NOT_YET, SkillResult.NOT_YET.label)]


class ResultsForm(forms.Form):
    def __init__(self, *args, skills: list[dict], **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.skills = skills
        for i, skill in enumerate(skills):
            # each field names its competence, so that the error summary says which one lacks a result (the walk read
            # "Resultaat: Dit veld is verplicht." 39 times)
            name = skill.get("label", "")
            self.fields[f"result_{i}"] = forms.ChoiceField(label=format_lazy("{} — {}", _("Resultaat"), name), choices=RESULT_CHOICES)
            self.fields[f"level_{i}"] = forms.ChoiceField(label=format_lazy("{} — {}", _("Niveau"), name), choices=LEVEL_CHOICES, required=False)
            self.fields[f"evidence_{i}"] = forms.ChoiceField(label=format_lazy("{} — {}", _("Aangetoond met"), name), choices=EVIDENCE_CHOICES,
                                                             required=False)

    def rows(self) -> list:
        return [(s, self[f"result_{i}"], self[f"level_{i}"], self[f"evidence_{i}"]) for i, s in enumerate(self.skills)]

    def results(self) -> dict[str, dict]:
        return {s["uri"]: {"result": self.cleaned_data.get(f"result_{i}"), "level": self.cleaned_data.get(f"level_{i}"),
                           "evidence": self.cleaned_data.get(f"evidence_{i}")} for i, s in enumerate(self.skills)}

    def field_of(self, error_field: str) -> str | None:
        parts = error_field.split(".")
        if len(parts) < 3 or parts[0] != "results":
            return None
        uri, name = ".".join(parts[1:-1]), parts[-1]
        row = next((i for i, s in enumerate(self.skills) if s["uri"] == uri), None)
        return None if row is None else f"{name}_{row}"
