"""What a decided EVC request means, per skill: which skills were recognised (with their level) and which were not,
and a concrete next step for those not recognised — the catalogue's courses that teach each one (the training guide's
catalogue), and a new EVC request later. The walk of issue 13 found "Erkend" shown for a request of which only part of
the skills were recognised, with nothing saying which, nor what to do about the rest; the person's page, the
counsellor's page, the API and the digital proof now say it the same way."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkregie.matching import labels

from ..enums import Level, SkillResult
from ..models import EvcRequest
from . import common

DECIDED = ("certified", "refused")
COURSES_PER_SKILL = 3  # enough to choose from, few enough to read per skill on a phone

FULL, PARTIAL, NONE = "full", "partial", "none"


@dataclass
class Missing:
    """A skill not recognised: its label entry ({uri, label, lang}) and the courses that teach it (may be none)."""

    entry: dict
    courses: list = field(default_factory=list)  # training Course rows


@dataclass
class AlreadyCertified:
    """A skill this request did not recognise that an earlier valid digital proof of the person certifies: not missing."""

    entry: dict
    proof: str  # the credential's title
    issued_on: object  # date


@dataclass
class Outcome:
    code: str  # full | partial | none
    label: str  # "Volledig erkend", "Deels erkend: 3 van 5 competenties", "Niet erkend"
    recognised: list[dict]  # {uri, label, lang, level, level_label}
    missing: list[Missing]
    next_step: str  # in words, for the skills not recognised ("" when all were recognised)
    already: list[AlreadyCertified] = field(default_factory=list)


def label(recognised: int, total: int) -> tuple[str, str]:
    """(code, words) for `recognised` of `total` skills: the one wording of a partial recognition."""
    if total and recognised == total:
        return FULL, _("Volledig erkend")
    if recognised:
        return PARTIAL, ngettext("Deels erkend: %(n)s van %(total)s competentie", "Deels erkend: %(n)s van %(total)s competenties",
                                 total) % {"n": recognised, "total": total}
    return NONE, _("Niet erkend")


def outcome(req: EvcRequest, lang: str | None = None, with_courses: bool = True) -> Outcome | None:
    """The outcome of a decided request (certified or refused), else None. A refused request recognised nothing, even
    where the assessor had marked some skills: no digital proof was issued and the profile was not changed."""
    if req.state not in DECIDED:
        return None
    lang = lang or common.language()
    levels = dict(Level.choices)
    skills = list(req.skills.all())
    recognised_rows = [s for s in skills if req.state == "certified" and s.result == SkillResult.CERTIFIED]
    kept = {s.pk for s in recognised_rows}
    recognised = [labels.skill(s.skill_uri, lang, level=s.level, level_label=str(levels.get(s.level, ""))) for s in recognised_rows]
    missing_uris = [s.skill_uri for s in skills if s.pk not in kept]
    # a skill an earlier digital proof certifies (another EVC, a competence visa, a partner's proof) is not missing:
    # the walk of issue 13 found one under "Nog niet erkend" while Mijn Loopbaan showed it certified
    from ..certified import certifying

    earlier = certifying(req.person_id, missing_uris)
    already = [AlreadyCertified(labels.skill(u, lang), c.title, timezone.localdate(c.issued_at)) for u, c in earlier.items()]
    missing_uris = [u for u in missing_uris if u not in earlier]
    courses: dict[str, list] = {}
    if with_courses and missing_uris:
        from werkregie.training.use_cases.catalogue import courses_teaching

        courses = courses_teaching(missing_uris, COURSES_PER_SKILL)
    missing = [Missing(labels.skill(u, lang), courses.get(u, [])) for u in missing_uris]
    code, words = label(len(recognised), len(skills))
    next_step = ""
    if missing:
        next_step = _("Voor de competenties die nog niet erkend zijn: volg een opleiding die ze leert (hieronder per competentie), of "
                      "doe er meer ervaring mee op. Vraag daarna een nieuwe EVC-beoordeling aan voor die competenties.")
    return Outcome(code, words, recognised, missing, next_step, already)


def with_outcome(requests: list[EvcRequest]) -> list[EvcRequest]:
    """The requests with `outcome` set, without the courses (the lists say only how much was recognised)."""
    lang = common.language()
    for r in requests:
        r.outcome = outcome(r, lang, with_courses=False)
    return requests
