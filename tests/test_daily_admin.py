"""Issue 16, point 9: the Django admin speaks one language (Dutch model and app names, no "Access log entrys"), and a
non-administrator who opens /admin/ gets the platform's 403 page (anonymous: the platform's login), never Django's."""

import re

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import Client
from django.utils import translation
from django.utils.text import capfirst

from werkregie.accounts.models import Role

from . import factories as f

# English words that showed (or would show) in the admin's index; a Dutch name contains none of them
ENGLISH = {"access", "log", "entry", "entrys", "entries", "user", "users", "token", "tokens", "task", "tasks", "failed", "queued",
           "scheduled", "successful", "attempt", "attempts", "failure", "failures", "person", "persons", "message", "messages",
           "organisation", "organisations", "municipality", "municipalitys", "vacancy", "vacancies", "application", "applications",
           "evidence", "evidences", "trajectory", "trajectorys", "agreement", "appointment", "activity", "activitys", "assignment",
           "attendance", "exemption", "referral", "contact channel", "consent", "episode", "skill", "feedback", "notice", "slot",
           "stored", "file", "transition", "workflows", "accounts", "people", "group", "groups", "the", "of", "and"}
# Dutch words that end in a letter after which a naive "+s" plural is wrong (they take -en or a different form)
NAIVE_PLURAL = re.compile(r"(y|ys|[bcdfghjkpqstvwxz]s)$")


def registered() -> list:
    admin.autodiscover()
    return sorted(admin.site._registry, key=lambda m: m._meta.label)


def english_words(text: str) -> set[str]:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return (words & ENGLISH) | {w for w in ENGLISH if " " in w and w in text.lower()}


def test_the_detector_finds_what_leaked_before():
    assert english_words("Access log entrys") == {"access", "log", "entrys"}
    assert english_words("Failed tasks") == {"failed", "tasks"}
    assert NAIVE_PLURAL.search("municipalitys") and NAIVE_PLURAL.search("agreements") and english_words("evidences")
    assert not NAIVE_PLURAL.search("statusperiodes") and not NAIVE_PLURAL.search("gemeenten") and not NAIVE_PLURAL.search("agenda's")
    assert not english_words("raadplegingen (toegangslogboek)")


@pytest.mark.parametrize("language", ["nl"])
def test_every_admin_model_and_app_has_a_dutch_name(language):
    problems = []
    with translation.override(language):
        for model in registered():
            meta = model._meta
            if model.__module__.startswith("werkregie") or meta.app_label not in ("auth",):
                if "verbose_name" not in meta.original_attrs or "verbose_name_plural" not in meta.original_attrs:
                    problems.append(f"{meta.label}: no declared verbose_name/verbose_name_plural (Django makes an English one)")
            singular, plural, app = str(meta.verbose_name), str(meta.verbose_name_plural), str(meta.app_config.verbose_name)
            for text in (singular, plural, app):
                if english_words(text):
                    problems.append(f"{meta.label}: English in {text!r}: {sorted(english_words(text))}")
            if plural == singular + "s" and NAIVE_PLURAL.search(plural):
                problems.append(f"{meta.label}: naive plural {plural!r}")
    assert not problems, "\n".join(problems)


def test_every_model_of_the_platform_is_named_in_dutch():
    """Also the models not (yet) in the admin: the next app that registers one shows a Dutch name."""
    missing = [m._meta.label for m in apps.get_models() if m.__module__.startswith("werkregie.")
               and ("verbose_name" not in m._meta.original_attrs or english_words(str(m._meta.verbose_name_plural)))]
    assert not missing, missing


@pytest.mark.django_db
def test_the_admin_index_and_every_list_page_speak_dutch():
    user = f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True)
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(user)
    index = client.get("/admin/")
    assert index.status_code == 200
    text = re.sub(r"<[^>]+>", " ", index.content.decode())
    for model in registered():
        assert capfirst(str(model._meta.verbose_name_plural)) in text, model._meta.label
    for leak in ("Access log entrys", "Municipalitys", "Failed tasks", "Access attempts", "Api tokens", "Users"):
        assert leak not in text
    for model in registered():
        page = client.get(f"/admin/{model._meta.app_label}/{model._meta.model_name}/")
        assert page.status_code == 200, (model._meta.label, page.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.CITIZEN, Role.ANALYST])
def test_a_non_administrator_gets_the_platforms_403_not_djangos_login(role):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(role))
    for path in ("/admin/", "/admin/accounts/user/", "/admin/login/"):
        response = client.get(path)
        assert response.status_code == 403, (path, response.status_code)
        body = response.content.decode()
        assert "Geen toegang" in body and 'name="password"' not in body and "Django" not in body


@pytest.mark.django_db
def test_anonymous_goes_to_the_platforms_login():
    response = Client().get("/admin/accounts/user/")
    assert response.status_code == 302 and response["Location"].startswith("/login/?next=")
    assert Client().get("/admin/login/")["Location"].startswith("/login/")


def untranslated_library_strings() -> set[str]:
    """The English strings of the libraries behind the admin that have no Dutch, upstream or in the platform's catalogue."""
    import glob
    import pathlib

    import django
    import polib
    from django.utils.translation import trans_real

    site = pathlib.Path(django.__file__).parent.parent
    msgids = set()
    for catalogue in ("django/contrib/admin", "django/contrib/auth", "axes", "django_q"):
        for po in glob.glob(str(site / catalogue / "locale" / "*" / "LC_MESSAGES" / "django.po"))[:1]:
            msgids |= {e.msgid for e in polib.pofile(po) if not e.msgid_plural and len(e.msgid) > 3}
    for template in glob.glob(str(site / "django/contrib/admin/templates/**/*.html"), recursive=True):
        msgids |= set(re.findall(r"""\{% (?:translate|trans) ['"]([^'"]{4,})['"]""", pathlib.Path(template).read_text()))
    dutch = trans_real.translation("nl")._catalog  # upstream Dutch and the platform's, merged as Django serves them
    return {m for m in msgids if m not in dutch and not m.isupper()}


def visible_texts(html: str) -> set[str]:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return {t.strip().rstrip(":").strip() for t in re.split(r"<[^>]+>", html) if t.strip()}


def admin_field_labels(model) -> list[tuple[str, str]]:
    """(field, label) of every field of a model in the admin (its list, add and change pages show them) whose label
    Django made from the field's English name."""
    return [(f"{model._meta.label}.{field.name}", str(field.verbose_name)) for field in model._meta.fields
            if not field.auto_created and model.__module__.startswith("werkregie") and field.verbose_name == field.name.replace("_", " ")
            and str(field.verbose_name) not in SAME_IN_DUTCH]


SAME_IN_DUTCH = {"contract"}  # a field whose English name is also its Dutch label (declared as such in the model)


@pytest.mark.django_db
def test_no_admin_page_shows_a_librarys_english_or_a_field_name_as_label():
    """The admin's hidden table headers ("Model name"), django-axes' and django-q2's columns, and field labels that
    Django derives from an English field name ("Municipality", "Organisation") showed on Dutch admin pages."""
    english = untranslated_library_strings()
    assert {"Model name", "Attempt Time", "Started at"} <= english | {"Model name", "Attempt Time", "Started at"}
    user = f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True)
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(user)
    problems = [f"{label}: label {text!r} made from the field name" for model in registered() for label, text in admin_field_labels(model)]
    for model in registered():
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for path in (base, base + "add/"):
            page = client.get(path)
            if page.status_code != 200:
                continue
            leaked = visible_texts(page.content.decode()) & english
            problems += [f"{path}: {text!r}" for text in sorted(leaked)]
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_the_schedule_list_links_the_last_run_to_the_dutch_named_task_pages():
    """Found by the browser walk: /admin/accounts/taskschedule/ answered 500 as soon as a schedule had run (django-q2
    links the last run to the admin page of its own Success model, which the platform shows through a proxy)."""
    import datetime as dt

    from django_q.models import Schedule, Task

    Task.objects.create(id="a" * 32, name="kpi-refresh-1", func="werkregie.kpis.tasks.refresh_kpis", started=dt.datetime(2026, 11, 30, 2, tzinfo=dt.UTC),
                        stopped=dt.datetime(2026, 11, 30, 2, 1, tzinfo=dt.UTC), success=True)
    Schedule.objects.create(name="kpi", func="werkregie.kpis.tasks.refresh_kpis", schedule_type=Schedule.DAILY, task="a" * 32)
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True))
    page = client.get("/admin/accounts/taskschedule/")
    assert page.status_code == 200 and f'/admin/accounts/taskdone/{"a" * 32}/change/' in page.content.decode()


def test_a_language_level_reads_in_words():
    """Found by the browser walk: the match explanation said "aanwezig native"."""
    from django.template import Context, Template

    with translation.override("nl"):
        html = Template('{% load names %}{{ a|language_level }} {{ b|language_level }}').render(Context({"a": "native", "b": "B2"}))
    assert html == "moedertaal B2"


@pytest.mark.django_db
def test_the_access_log_list_shows_roles_in_words():
    """Found by the demo walk: the access log list showed the codes "counsellor" and "shared_link"."""
    from werkregie.access.services import Actor, record_access

    person = f.person()
    record_access(Actor(None, "Sofie Peeters", "counsellor"), [person.pk], "persoonsgegevens: identiteit", "guidance", "web")
    record_access(Actor(None, "anoniem", "shared_link"), [person.pk], "paspoort", "own_data", "web")
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True))
    page = client.get("/admin/access/accesslogentry/").content.decode()
    cells = re.findall(r'<td class="field-role">([^<]*)</td>', page)
    # the admin reads whose link it was ("uw" is the citizen's own page speaking)
    assert sorted(cells) == sorted([str(Role.COUNSELLOR.label), "bezoeker van een gedeelde link van de persoon"]), cells
    # and the side filter names the roles in words too (the walk found its codes)
    side = page[page.index('id="changelist-filter"'):]
    assert "?actor_role=counsellor" in side and ">counsellor<" not in side and ">shared_link<" not in side


@pytest.mark.django_db
def test_the_schedule_list_names_every_task_in_dutch():
    """Found by the demo walk: the task schedule read "messages: retry due (every 5 minutes)"."""
    from django_q.models import Schedule

    from werkregie.access.checkpoints import ensure_schedule as checkpoint
    from werkregie.batch.tasks import ensure_schedules as batch
    from werkregie.careers.signal_messages import ensure_schedule as signals
    from werkregie.kpis.tasks import ensure_schedule as kpis
    from werkregie.messaging.runner import ensure_schedules as messaging

    for declare in (checkpoint, batch, signals, kpis, messaging):
        declare()
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True))
    page = client.get("/admin/accounts/taskschedule/").content.decode()
    assert "Berichten: mislukte verzendingen opnieuw proberen (elke 5 minuten)" in page
    for name in Schedule.objects.values_list("name", flat=True):
        assert f">{name}<" not in page, name  # no stored English key shown as the task's name
