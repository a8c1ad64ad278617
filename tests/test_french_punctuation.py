"""Issue 16 (a browser walk in French): French lines lacked the space before ':' and ';' ("Finalité: Recrutement").
French takes a no-break space U+00A0 before ':' and a narrow one U+202F before ';', '!' and '?'. One function writes it
into the French catalogues (werkregie.formats.punctuation.french); templates write the colon they add themselves with
{% colon %}. Checked here: the function, the compiled French catalogues, and real pages rendered in French per role."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import polib
import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.formats.punctuation import NBSP, NNBSP, french, join_semicolons
from werkregie.people.enums import StatusKind
from werkregie.people.models import ContactChannel, PersonLanguage
from werkregie.worklist import services
from werkregie.worklist.enums import TaskKind

from . import factories as f
from .test_daily_pages import ANSWERS, screened  # noqa: F401 - the shared screening fixture
from .test_matching_platform import market  # noqa: F401 - the shared matching fixture

ROOT = Path(__file__).resolve().parent.parent / "werkregie"

# --- the function ---------------------------------------------------------------------------------------------------

WORDS = st.sampled_from(["Finalité", "statut", "10", "été", "NISS", "l'emploi", "ça", "«", "»", "—", "(p. ex.", "2024)", "x"])
MARKS = st.sampled_from([":", ";", "!", "?", " :", " ;", " ?", "\u00a0:", "\u202f;", "  :", ""])
SPACES = st.sampled_from([" ", "", "\n", " \u00a0"])
# What French spacing must never enter: each comes back exactly as it went in.
UNTOUCHABLE = st.one_of(
    st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)),  # times
    st.builds(lambda r, s: f"{r}:{s}", st.integers(1, 9), st.integers(1, 9)),  # ratios
    st.sampled_from(["https://www.vdab.be/vacatures?page=2;sort=a", "http://x.be/a:b", "mailto:info@vdab.be", "urn:uuid:1234"]),
    st.sampled_from(["%(name)s", "%(counter)s", "%s", "%d", "%(n)d", "{name}", "{0}", "%%"]),
    st.sampled_from(['<a href="https://x.be/?a=1;b=2" title="Doel: x">', '<span style="color:red;">', "</strong>",
                     "<code>If-Match: *</code>", "`GET /api/v1/: lijst`", "&amp;", "&#160;", '{"nl": "B1"}', "nl:B1;fr:A2"]),
)


def _text(parts: list[str]) -> str:
    return "".join(parts)


PROSE = st.lists(st.one_of(WORDS, MARKS, SPACES, UNTOUCHABLE), max_size=30).map(_text)


@given(PROSE)
def test_french_is_idempotent(text):
    once = french(text)
    assert french(once) == once


@given(st.lists(st.tuples(PROSE, UNTOUCHABLE), min_size=1, max_size=4), PROSE)
def test_times_urls_placeholders_tags_and_code_are_left_alone(pairs, tail):
    text = "".join(prose + " " + kept + " " for prose, kept in pairs) + tail
    typeset = french(text)
    for _prose, kept in pairs:
        assert kept in typeset


@given(st.lists(st.tuples(st.sampled_from(["Finalité", "statut", "%(label)s", "2024", "été"]), st.sampled_from([":", ";", "!", "?"]),
                          st.sampled_from(["", " ", "\u00a0", "\u202f", "  "])), min_size=1, max_size=5))
def test_every_clause_mark_gets_its_no_break_space_and_nothing_else_changes(clauses):
    text = " ".join(f"{word}{space}{mark} suite" for word, mark, space in clauses)
    expected = " ".join(f"{word}{NBSP if mark == ':' else NNBSP}{mark} suite" for word, mark, _space in clauses)
    assert french(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Finalité: Recrutement", f"Finalité{NBSP}: Recrutement"),
    ("Consulté pour : %(purpose)s.", f"Consulté pour{NBSP}: %(purpose)s."),
    ("Pourquoi consultez-vous ce dossier ?", f"Pourquoi consultez-vous ce dossier{NNBSP}?"),
    ("Le champ « %(label)s » est obligatoire.", f"Le champ «{NBSP}%(label)s{NBSP}» est obligatoire."),
    ("; exclusion pour une durée indéterminée", f"{NNBSP}; exclusion pour une durée indéterminée"),  # appended to a word
    ("Partie du DID : did:web:<host>:issuers:<nom court>", f"Partie du DID{NBSP}: did:web:<host>:issuers:<nom court>"),
    ('dans un en-tête If-Match (p. ex. If-Match: "v3"), ou', 'dans un en-tête If-Match (p. ex. If-Match: "v3"), ou'),
    ('p. ex. {"nl": "B1"} ou nl:B1;fr:A2.', 'p. ex. {"nl": "B1"} ou nl:B1;fr:A2.'),
    ("Required) ; <code>If-Match: *</code> ne", f"Required){NNBSP}; <code>If-Match: *</code> ne"),
    ("à 10:30 &amp; 11:45 ; https://www.vdab.be/", f"à 10:30 &amp; 11:45{NNBSP}; https://www.vdab.be/"),
])
def test_french_examples(text, expected):
    assert french(text) == expected


def test_the_colon_tag_and_the_join_follow_the_reader():
    template = Template('{% load i18n %}{% translate "Doel" %}{% colon %} x{% semicolon %} {{ items|join_semicolons }}')
    with translation.override("nl"):
        assert template.render(Context({"items": ["a", "b"]})) == "Doel: x; a; b"
    with translation.override("fr"):
        assert template.render(Context({"items": ["a", "b"]})) == f"Finalité{NBSP}: x{NNBSP}; a{NNBSP}; b"
        assert join_semicolons(["<b>"]) == "<b>", "a plain join; the template escapes it"
    with translation.override("en"):
        assert template.render(Context({"items": ["a"]})) == "Purpose: x; a"


# --- the compiled French catalogues --------------------------------------------------------------------------------

FRENCH_CATALOGUES = sorted(ROOT.rglob("locale/fr/LC_MESSAGES/django.mo"))


@pytest.mark.parametrize("mo_path", FRENCH_CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_french_catalogues_are_typeset(mo_path):
    assert FRENCH_CATALOGUES, "no compiled French catalogue found"
    wrong = []
    for entry in polib.mofile(str(mo_path)):
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text != french(text):
                wrong.append(text)
    assert not wrong, f"{mo_path}: {len(wrong)} strings without French spacing (run scripts/translations.py), e.g. {wrong[:3]}"


# --- real pages in French ------------------------------------------------------------------------------------------

HIDDEN = re.compile(r"<(script|style|template)\b.*?</\1>|<!--.*?-->", re.S | re.I)
# Text marked as another language (a stored Dutch description, an English skill label) keeps that language's punctuation.
OTHER_LANGUAGE = re.compile(r'<(\w+)\b[^>]*\blang="(?!fr\b)[^"]*"[^>]*>[^<]*</\1>')
TAG = re.compile(r"<[^>]+>")
# A ':' or ';' that ends a clause (a space or the end follows): times (10:30) and URLs (https://) never match.
CLAUSE_MARK = re.compile(r"(.)([:;])(?=\s|$)")


def visible_text(page: str) -> str:
    return html.unescape(TAG.sub(" ", OTHER_LANGUAGE.sub(" ", HIDDEN.sub(" ", page))))


def unspaced_marks(page: str) -> list[str]:
    """Every clause-ending ':' or ';' not preceded by its French no-break space, with some context."""
    text = visible_text(page)
    found = []
    for m in CLAUSE_MARK.finditer(text):
        if m.group(1) != (NBSP if m.group(2) == ":" else NNBSP):
            found.append(text[max(0, m.start() - 40):m.end() + 20])
    return found


@pytest.fixture
def french_world(ref):
    today = clock.today()
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    person = f.person(first_name="Ann", last_name="Laat", counsellor=counsellor, team=team, birth_date=dt.date(1985, 7, 30))
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, today - dt.timedelta(days=100))
    PersonLanguage.objects.create(person=person, language="nl", level="B2")
    ContactChannel.objects.create(person=person, kind="email", value="ann.laat@example.be", preferred=True)
    services.upsert_task(f"screening:{person.pk}:t", person_id=person.pk, kind=TaskKind.SCREENING_DUE, due_on=today - dt.timedelta(days=3),
                         title="Screening", url=f"/personen/{person.pk}/")
    citizen = f.user(Role.CITIZEN, person=person)
    return {"counsellor": counsellor, "person": person, "citizen": citizen, "controller": f.user(Role.CONTROLLER),
            "analyst": f.user(Role.ANALYST)}


def _french_client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(user)
    return client


def _pages(world) -> list[tuple[str, str]]:
    pid = world["person"].pk
    return [
        ("counsellor", "/caseload/"), ("counsellor", f"/personen/{pid}/"), ("counsellor", f"/personen/{pid}/?doel=guidance"),
        ("counsellor", "/werklijst/"), ("citizen", "/mijn-gegevens/"), ("citizen", "/mijn-gegevens/raadplegingen/"),
        ("citizen", "/mijn-jobbonus/?year=2024&monthly_wage=2.500&fraction=1"), ("controller", "/caseload/"), ("analyst", "/statistiek/"),
    ]


def _walk(users: dict, pages: list[tuple[str, str]]) -> int:
    """Each page in French as its role; fails with every unspaced mark found. Returns the number of spaced colons seen."""
    checked, wrong = 0, []
    for role, url in pages:
        response = _french_client(users[role]).get(url)
        assert response.status_code == 200, (role, url, response.status_code)
        page = response.content.decode()
        assert 'lang="fr"' in page, (role, url)
        wrong += [(role, url, found) for found in unspaced_marks(page)]
        checked += visible_text(page).count(NBSP + ":")
    assert not wrong, wrong
    return checked


def test_french_pages_put_a_no_break_space_before_colon_and_semicolon(french_world):
    assert _walk(french_world, _pages(french_world)) >= 9, "the pages show colons at all (so the check above means something)"


def test_french_matching_pages(market):
    near, strong = market["near"].pk, market["strong"].pk
    _french_client(market["counsellor"]).get(f"/personen/{strong}/?doel=guidance")
    users = {"counsellor": market["counsellor"], "citizen": f.user(Role.CITIZEN, person=market["strong"])}
    pages = [("counsellor", f"/vacatures/{near}/kandidaten/"), ("counsellor", f"/personen/{strong}/vacatures/"),
             ("counsellor", f"/vacatures/{near}/"), ("citizen", "/mijn-vacatures/"), ("citizen", f"/vacatures/{near}/")]
    assert _walk(users, pages) >= 3


def test_french_screening_pages(screened):
    from werkregie.screening import use_cases

    person, counsellor = screened
    use_cases.record_assessment(f.principal(counsellor), person.pk, {**ANSWERS, "category": "long", "override_reason": "Zorg komt eerst."})
    users = {"counsellor": counsellor, "citizen": f.user(Role.CITIZEN, person=person)}
    _french_client(counsellor).get(f"/personen/{person.pk}/?doel=guidance")
    pages = [("counsellor", f"/personen/{person.pk}/screening/"), ("citizen", "/mijn-kans-op-werk/"), ("counsellor", "/screening/modelkaart/")]
    assert _walk(users, pages) >= 3


def test_the_check_itself_finds_a_colon_glued_to_a_word():
    assert unspaced_marks("<p>Finalité: Recrutement</p>") == [" Finalité: Recrutement "]
    assert unspaced_marks("<p>Finalité : Recrutement ; x</p>")  # a breakable space is not enough either
    assert not unspaced_marks(f"<p>Finalité{NBSP}: Recrutement à 10:30, https://www.vdab.be/ &amp; «{NBSP}x{NBSP}»</p>")
    assert not unspaced_marks('<td><span lang="nl">overzicht: naam</span></td>'), "Dutch text keeps Dutch punctuation"


def test_dutch_pages_keep_their_colon_against_the_word(french_world):
    client = Client()
    client.force_login(french_world["counsellor"])
    page = client.get(f"/personen/{french_world['person'].pk}/?doel=guidance").content.decode()
    assert NBSP + ":" not in visible_text(page) and "Huidig:" in visible_text(page)


def test_a_french_letter_draws_no_missing_glyph_for_the_narrow_space():
    """The letter's PDF uses Helvetica, which has no U+202F: reportlab drew a black box (ZapfDingbats "n") in its place."""
    from tests.test_kpis_report import pdf_text
    from tests.test_messaging_gateways import INSZ
    from werkregie.messaging import gateways, letter
    from werkregie.messaging.enums import Channel

    envelope = gateways.Envelope(7, Channel.EBOX, INSZ, f"Invitation{NBSP}: entretien", f"Pourquoi{NNBSP}? Venez{NBSP}: lundi{NNBSP}; merci",
                                 "fr", "cd" * 32, insz=INSZ)
    drawn = pdf_text(letter.render(envelope, date="01/12/2026", addressee="An"))
    shown = [text.replace(NBSP, " ") for text in re.findall(r"\(([^)]*)\) Tj", drawn)]
    assert "ZapfDingbats" not in drawn, "no other font drawing a missing glyph"
    assert "Pourquoi ? Venez : lundi ; merci" in shown, "one run of text: before, the box split it ('Pourquoi', 'n', '? Venez…')"
