"""What a person can ask to have recognised when the EVC request is a set of skills rather than an occupation: the
competences in their profile that are not certified yet, the essential ones of the occupations they worked in or aim
for, and ESCO skills found by a typed word (point 8 of issue 13: "recognition for an occupation or a set of skills").
What an EVC request is about, in words, for the lists that name it ("Heftruckchauffeur", "3 competenties: …")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.formats.punctuation import colon
from werkregie.matching import labels, platform
from werkregie.matching.engine.titles import normalise
from werkregie.matching.models import DesiredOccupation, PersonExperience, PersonSkill, SkillSource

from ..models import EvcRequest, EvcSkill
from . import common

SEARCH_SHOWN = 15  # skills found for one typed word: enough to choose from, few enough to read
MIN_QUERY = 3  # letters: a shorter word finds hundreds of skills
NAMED_IN_LISTS = 3  # a list names the first skills of a set, then "…"


@dataclass
class SkillGroup:
    key: str  # "profile", "occupation-<n>", "found"
    title: str
    skills: list[dict]  # {uri, label, lang}: shown with {% skill_label %}, marked where not in the reader's language


def _entry(uri: str, lang: str) -> dict:
    return labels.skill(uri, lang)


@lru_cache(maxsize=1)
def _search_index() -> list[tuple[str, int]]:
    """(normalised label, skill index) for every Dutch, French and English label: a typed Dutch word finds a skill that
    has only an English label when the English word is the same ("forklift", "SAP", "HACCP")."""
    tax = platform.taxonomy()
    out = []
    for index, skill in enumerate(tax.skills):
        for code in ("nl", "fr", "en"):
            for text in skill.labels.get(code, []):
                out.append((normalise(text), index))
    return out


def search(text: str, lang: str, top: int = SEARCH_SHOWN) -> list[dict]:
    """ESCO skills whose label contains every typed word (case and accents ignored), a label that starts with the first
    word first, then shorter labels; at most `top`."""
    words = normalise((text or "")[:100]).split()
    if not words or len("".join(words)) < MIN_QUERY:
        return []
    tax = platform.taxonomy()
    best: dict[int, tuple] = {}
    for label, index in _search_index():
        if all(w in label for w in words):
            rank = (not label.startswith(words[0]), len(label))
            if index not in best or rank < best[index]:
                best[index] = rank
    chosen = sorted(best, key=lambda i: (best[i], i))[:top]
    return [_entry(tax.skills[i].uri, lang) for i in chosen]


@dataclass
class Options:
    groups: list[SkillGroup]
    found: int  # skills the typed word found (also those already shown in a group above); 0 without a query
    found_certified: int = 0  # of those, already certified (left out)
    found_running: int = 0  # of those, already in an open request (left out)
    running: int = 0  # skills left out everywhere because an open request of the person has them


# an example for the search hint that finds skills in every language of the pages (the test searches each): the walk of
# issue 13 typed the old example, 'klantvriendelijk', and found nothing (no ESCO label holds the word)
SEARCH_EXAMPLES = {"nl": "voorraad", "fr": "stock", "en": "stock"}


def search_example(lang: str | None = None) -> str:
    return SEARCH_EXAMPLES.get((lang or common.language())[:2], SEARCH_EXAMPLES["nl"])


def options(principal: Principal, query: str = "", keep: list[str] | None = None) -> Options:
    """The groups of skills the request page offers, each skill once (the first group that has it), certified ones left
    out (they are recognised already): the ticked ones that came from an earlier search (`keep`), the profile's, the
    essential ones of the person's occupations, then what `query` finds. Reading the profile is logged as the person's
    own read."""
    person = common.own_person(principal)
    common.log_own_read(principal, person, "EVC: competenties om te laten erkennen")
    lang = common.language()
    tax = platform.taxonomy()
    certified = set(PersonSkill.objects.filter(person=person, source=SkillSource.CERTIFIED).values_list("skill_uri", flat=True))
    # a skill in an open request is not offered again: evc.request refuses it (assessed twice in parallel), and the form
    # offered it only to refuse it (walk of issue 13)
    from .evc import OPEN_STATES

    running = set(EvcSkill.objects.filter(request__person=person, request__state__in=OPEN_STATES).values_list("skill_uri", flat=True)) - certified
    seen = certified | running
    groups: list[SkillGroup] = []

    def add(key: str, title: str, uris: list[str]) -> None:
        fresh = [u for u in dict.fromkeys(uris) if u not in seen and u in tax.skill_index]
        seen.update(fresh)
        if fresh:
            groups.append(SkillGroup(key, title, [_entry(u, lang) for u in fresh]))

    own = list(PersonSkill.objects.filter(person=person).exclude(source__in=(SkillSource.CERTIFIED, SkillSource.IMPLIED))
               .order_by("pk").values_list("skill_uri", flat=True))
    occupations = list(PersonExperience.objects.filter(person=person).order_by("-years", "pk").values_list("occupation_uri", flat=True))
    occupations += list(DesiredOccupation.objects.filter(person=person).order_by("pk").values_list("occupation_uri", flat=True))
    offered = set(own) | {s for uri in occupations for s in common.essential_skills(uri)}
    add("chosen", _("Al gekozen"), [u for u in keep or [] if u not in offered])
    add("profile", _("Uit uw profiel"), own)
    for n, uri in enumerate(dict.fromkeys(occupations)):
        if uri in tax.occupation_index:
            title = _("Essentieel voor %(occupation)s") % {"occupation": common.occupation_label(uri, lang)}
            add(f"occupation-{n}", title, common.essential_skills(uri))
    found = [e["uri"] for e in search(query, lang)] if query else []
    add("found", _("Gevonden voor '%(query)s'") % {"query": query.strip()[:100]}, found)
    return Options(groups, len(found), sum(1 for u in found if u in certified), sum(1 for u in found if u in running), len(running))


def asked(req: EvcRequest, lang: str | None = None) -> dict:
    """What the request is about: {"occupation": label or "", "count": n, "skills": [the first entries], "more": bool,
    "text": in words}. A request for an occupation is named by it; a set of skills by its number and first skills."""
    lang = lang or common.language()
    uris = [s.skill_uri for s in req.skills.all()]
    if req.occupation_uri:
        label = common.occupation_label(req.occupation_uri, lang)
        return {"occupation": label, "count": len(uris), "skills": [], "more": False, "text": label}
    shown = [_entry(u, lang) for u in uris[:NAMED_IN_LISTS]]
    names = ", ".join(e["label"] for e in shown) + (", …" if len(uris) > NAMED_IN_LISTS else "")
    head = _("%(n)s competenties") % {"n": len(uris)} if len(uris) != 1 else _("1 competentie")
    return {"occupation": "", "count": len(uris), "skills": shown, "more": len(uris) > NAMED_IN_LISTS,
            "head": head, "text": f"{head}{colon(lang)} {names}"}


def with_asked(requests: list[EvcRequest]) -> list[EvcRequest]:
    """The requests with `asked` set (the lists of the person and of the assessors) and `occupation_label` kept."""
    lang = common.language()
    for r in requests:
        r.asked = asked(r, lang)
        r.occupation_label = r.asked["occupation"]
    return requests
