"""The page components as rendered HTML: the form with its error summary (links to each field's id), errors beside the
fields wired with aria-describedby, hints, required marks, checkboxes before their labels, CSRF; messages with their
roles; empty state; progress; the header menu; and no inline script anywhere in the templates they serve."""

import re
from pathlib import Path

import pytest
from django import forms
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from werkregie.accounts.models import Role

from . import factories as f

ROOT = Path(__file__).resolve().parent.parent / "werkregie"
OWN_TEMPLATES = [ROOT / "web" / "templates", ROOT / "screening" / "templates", ROOT / "matching" / "templates", ROOT / "rules" / "templates"]


class SampleForm(forms.Form):
    name = forms.CharField(label="Naam", help_text="Zoals op uw identiteitskaart.")
    email = forms.EmailField(label="E-mail", required=False)
    agree = forms.BooleanField(label="Ik ga akkoord")
    colours = forms.MultipleChoiceField(label="Kleuren", choices=[("r", "Rood"), ("g", "Groen")], widget=forms.CheckboxSelectMultiple)
    kind = forms.ChoiceField(label="Soort", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect, required=False)
    upload = forms.FileField(label="Bestand", required=False)

    def clean(self):
        if self.cleaned_data.get("name") == "fout":
            raise forms.ValidationError("Het geheel klopt niet.")
        return self.cleaned_data


def render(template, **context):
    request = RequestFactory().post("/x/")
    with translation.override("nl"):
        return render_to_string(template, context, request=request)


def test_form_renders_the_form_element_with_csrf_hints_required_marks_and_a_button():
    html = render("web/components/form.html", form=SampleForm(), submit_label="Bewaren", action="/bewaren/")
    assert re.search(r'<form class="form" method="post" action="/bewaren/" enctype="multipart/form-data" novalidate>', html)
    assert 'name="csrfmiddlewaretoken"' in html
    assert "error-summary" not in html  # nothing to summarise yet
    assert '<div class="hint" id="id_name_helptext">Zoals op uw identiteitskaart.</div>' in html
    assert 'aria-describedby="id_name_helptext"' in html
    assert re.search(r'<label for="id_name">Naam <span class="required">\(verplicht\)</span></label>', html)
    assert re.search(r'<label for="id_email">E-mail</label>', html)  # optional: no mark
    # the checkbox stands before its label
    assert re.search(r'<div class="check"><input type="checkbox" name="agree"[^>]*id="id_agree"[^>]*><label for="id_agree">Ik ga akkoord', html)
    # radio buttons and multiple checkboxes: a fieldset with a legend
    assert re.search(r"<fieldset>\s*<legend>Kleuren", html) and re.search(r"<fieldset>\s*<legend>Soort</legend>", html)
    assert '<button class="button" type="submit">Bewaren</button>' in html
    get = render("web/components/form.html", form=SampleForm(), method="get")
    assert 'method="get"' in get and "csrfmiddlewaretoken" not in get and ">Versturen</button>" in get


def test_error_summary_links_to_every_field_and_errors_sit_beside_the_fields():
    form = SampleForm({"name": "", "email": "geen-adres"})
    assert not form.is_valid()
    html = render("web/components/form.html", form=form, submit_label="Bewaren", summary_id="sample-errors")
    summary = html[html.index('class="error-summary"'):html.index("</div>", html.index('class="error-summary"'))]
    assert 'id="sample-errors"' in html and 'tabindex="-1"' in summary and 'data-autofocus="error"' in summary
    assert 'aria-labelledby="sample-errors-title"' in summary and "Er is een probleem" in summary
    links = re.findall(r'<a href="#([^"]+)">', summary)
    assert links == ["id_name", "id_email", "id_agree", "id_colours_0"]
    for field_id in links:
        assert f'id="{field_id}"' in html, field_id  # every link leads somewhere
    assert "Naam: Dit veld is verplicht." in summary
    # beside the field, referenced by the input
    assert '<ul class="errorlist field-error" id="id_name_error">' in html
    assert re.search(r'<input type="text" name="name"[^>]*aria-invalid="true"[^>]*aria-describedby="id_name_helptext id_name_error"', html)
    assert re.search(r'<fieldset aria-describedby=" id_colours_error">', html)


def test_non_field_errors_are_listed_without_a_link():
    form = SampleForm({"name": "fout", "agree": "on", "colours": ["r"]})
    assert not form.is_valid()
    html = render("web/components/error_summary.html", form=form)
    assert "<li>Het geheel klopt niet.</li>" in html


def test_messages_have_a_role_a_hidden_kind_and_take_the_focus():
    messages = [Message(constants.SUCCESS, "Bewaard."), Message(constants.ERROR, "Niet gelukt.")]
    html = render("web/components/messages.html", messages=messages)
    assert 'tabindex="-1"' in html and 'data-autofocus="message"' in html
    assert re.search(r'role="status"><p><span class="visually-hidden">Gelukt: </span>Bewaard\.', html)
    assert re.search(r'role="alert"><p><span class="visually-hidden">Fout: </span>Niet gelukt\.', html)
    assert render("web/components/messages.html", messages=[]).strip() == ""


def test_empty_state_and_progress():
    html = render("web/components/empty.html", title="Nog geen afspraken", text="Uw bemiddelaar plant ze.", action_url="/x/", action_label="Vragen")
    assert "Nog geen afspraken" in html and "Uw bemiddelaar plant ze." in html and '<a class="button" href="/x/">Vragen</a>' in html
    assert "button" not in render("web/components/empty.html", title="Leeg", text="Niets.")
    progress = render("web/components/progress.html", id="p1", label="Laden…")
    assert 'id="p1"' in progress and 'role="status"' in progress and "htmx-indicator" in progress and "Laden…" in progress


@pytest.mark.django_db
def test_pages_load_the_component_script_and_the_menu_disclosure(client, ref):
    user = f.user(Role.ANALYST, username="analist", password="a-long-demo-password")
    client.force_login(user)
    html = client.get("/statistiek/").content.decode()
    assert re.search(r'<script src="/static/web/components\.js" defer></script>', html)
    assert '<details class="menu" data-menu open>' in html and "<summary>Menu</summary>" in html
    assert 'data-autosubmit' in html and "onchange" not in html


@pytest.mark.django_db
def test_consent_change_redirects_with_a_message(client, ref):
    person = f.person()
    user = f.user(Role.CITIZEN, username="burger", password="a-long-demo-password", person=person)
    client.force_login(user)
    response = client.post("/mijn-gegevens/toestemming/", {"purpose": "proposal_to_employers", "action": "give"}, follow=True)
    assert response.redirect_chain[-1][0] == "/mijn-gegevens/"
    html = response.content.decode()
    assert 'class="messages"' in html and "U gaf toestemming" in html
    response = client.post("/mijn-gegevens/toestemming/", {"purpose": "proposal_to_employers", "action": "nonsense"}, follow=True)
    assert "Onbekende actie." in response.content.decode() and 'role="alert"' in response.content.decode()


def test_no_inline_script_or_event_handler_in_the_templates_i_serve():
    """The platform gets a Content-Security-Policy without 'unsafe-inline' scripts: behaviour lives in components.js."""
    offenders = []
    for folder in OWN_TEMPLATES:
        for path in folder.rglob("*.html"):
            text = path.read_text()
            if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(r"\son[a-z]+\s*=", text) or "javascript:" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders


@pytest.mark.parametrize("language, heading, required", [("fr", "Il y a un problème", "(obligatoire)"), ("en", "There is a problem", "(mandatory)")])
def test_components_speak_the_readers_language(language, heading, required):
    form = SampleForm({})
    assert not form.is_valid()
    with translation.override(language):
        html = render_to_string("web/components/form.html", {"form": form}, request=RequestFactory().post("/x/"))
    assert heading in html and required in html and "verplicht" not in html and "Er is een probleem" not in html
