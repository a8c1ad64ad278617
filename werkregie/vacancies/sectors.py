"""The sector view (issue 12, point 8): shortages and surpluses of competences per sector and province — the demand
in open vacancies (of employers in the NACE section, in the province) against the supply in current job seekers'
profiles (in the province), with the bottleneck occupations marked (VDAB's published list, training.bottlenecks, and
the platform's own tension). For analysts, counsellors, administrators and employers (and their sector organisations).

Aggregates only: the supply counts persons, so counts under the suppression threshold are hidden
(core.suppression); no person is read, nothing is logged. Job seekers have no sector: supply is per province."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.core.suppression import suppress
from werkregie.matching import labels
from werkregie.organisations import represented

from . import sector_scope
from .models import Vacancy, VacancySkill

READERS = sector_scope.READERS  # analysts, counsellors, administrators, employers and sector organisations
TOP = 25
SHORTAGE = 1.0  # at least as many open vacancies asking a competence as job seekers who have it
SURPLUS = 5.0  # five job seekers or more with the competence for each vacancy asking it


@dataclass
class SkillRow:
    uri: str
    label: str
    demand: int  # open vacancies asking it (essential)
    supply: int | None  # current job seekers in the province with it; None: suppressed
    verdict: str  # shortage, surplus, balanced, unknown
    lang: str = ""  # the label's language where ESCO has none in the reader's (the page marks it: matching.labels.render)

    @property
    def verdict_label(self) -> str:
        return {"shortage": _("tekort"), "surplus": _("overschot"), "balanced": _("in evenwicht"), "unknown": _("niet te bepalen")}[self.verdict]


@dataclass
class OccupationRow:
    uri: str
    label: str
    vacancies: int
    listed: bool  # on VDAB's list of bottleneck occupations
    listed_year: int | None
    lang: str = ""  # as SkillRow.lang
    bottleneck: bool = False  # training.bottlenecks.mark: the one rule of every page (listed, or tight on the platform in the region)
    tight: bool = False  # more open vacancies than job seekers who want it, in the region


@dataclass
class SectorView:
    section: str
    section_label: str
    province_nis: str
    province: str
    vacancies: int
    skills: list[SkillRow] = field(default_factory=list)
    occupations: list[OccupationRow] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)
    provinces: list[tuple[str, str]] = field(default_factory=list)
    all_label: str = ""  # the sector form's default choice: all sectors, or a sector organisation's own together


def _provinces() -> list[tuple[str, str]]:
    """The Flemish provinces (NIS code, name in the reader's language: walk of stop 42 read "Provincie Oost-Vlaanderen"
    on the French page and in its CSV)."""
    from django.utils.translation import get_language

    from werkregie.geo.models import Municipality

    column = "province_fr" if (get_language() or "nl").startswith("fr") else "province_nl"
    # in the Dutch names' order in every language ("Province d’Anvers" sorted last by its letters; re-walk of stop 42)
    rows = {(nis, dutch, name) for nis, dutch, name in Municipality.objects.filter(region="02000").exclude(province_nis="")
            .values_list("province_nis", "province_nl", column)}
    return [(nis, name) for nis, _dutch, name in sorted(rows, key=lambda p: p[1])]


FLANDERS = "flanders"
ELSEWHERE = "elsewhere"  # job seekers with no Flemish province (unknown address, Brussels…): never shown, a part of the whole


def supply_cells(supply_q, uris: list[str], provinces: list[str], below: int | None) -> tuple[dict, set]:  # noqa: ANN001
    """The supply of each competence in Flanders and in each province, as one table suppressed by the platform's one
    rule (core.suppression) over its additive relation, Flanders = Σ provinces + elsewhere, per competence: whichever
    province the reader asks, a hidden province cannot be recovered by subtracting the others from Flanders (issue 12
    attack: 81 − 28 − 11 − 16 − 20 gave Limburg's 6). The cells of one competence do not depend on the view's other
    competences, so every view, the CSV and the API hide the same cells."""
    counts = supply_q.filter(skill_uri__in=uris).values_list("skill_uri", "person__municipality__province_nis").annotate(n=Count("person_id", distinct=True))
    return suppressed_supply(list(counts), uris, provinces, below)


def suppressed_supply(counts: list[tuple[str, str, int]], uris: list[str], provinces: list[str], below: int | None) -> tuple[dict, set]:
    """(competence, province NIS, job seekers) → the cells (competence, province | FLANDERS | ELSEWHERE) and those hidden."""
    cells: dict[tuple[str, str], int] = {(u, p): 0 for u in uris for p in (FLANDERS, ELSEWHERE, *provinces)}
    for uri, province, n in counts:
        cells[(uri, province if province in provinces else ELSEWHERE)] += n
        cells[(uri, FLANDERS)] += n
    relations = [((u, FLANDERS), [(u, p) for p in (*provinces, ELSEWHERE)]) for u in uris]
    return cells, suppress(cells, relations, below)


def view(principal: Principal, section: str = "", province_nis: str = "", language: str = "nl", below: int | None = None) -> SectorView:
    from werkregie.matching.models import COUNTING_SOURCES, PersonSkill
    from werkregie.people.enums import JOBSEEKER_KINDS
    from werkregie.people.models import StatusEpisode
    from werkregie.training.bottlenecks import mark

    errors: list[FieldError] = []
    scope = sector_scope.resolve(principal, section, errors)
    provinces = _provinces()
    if province_nis and province_nis not in dict(provinces):
        errors.append(FieldError("province", _("Kies een Vlaamse provincie.")))
    if errors:
        raise InvalidInput(_("De sectorweergave is niet gemaakt."), errors)
    vacancies = Vacancy.objects.filter(open=True)
    if scope.codes:
        vacancies = vacancies.filter(represented.employer_filter(scope.codes))
    if province_nis:
        vacancies = vacancies.filter(municipality__province_nis=province_nis)
    def label(kind: str, uri: str) -> tuple[str, str]:  # (label, its language): the best available, marked on the page
        entry = labels.skill(uri, language) if kind == "skill" else labels.occupation(uri, language)
        return entry["label"], entry["lang"]

    demand = dict(VacancySkill.objects.filter(vacancy__in=vacancies, essential=True).values_list("skill_uri").annotate(n=Count("vacancy_id"))
                  .order_by("-n", "skill_uri")[:TOP])
    today = clock.today()
    seeking = StatusEpisode.objects.filter(kind__in=JOBSEEKER_KINDS, start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
    supply_q = PersonSkill.objects.filter(person_id__in=seeking.values("person_id"), source__in=COUNTING_SOURCES)  # no unconfirmed suggestion
    here = supply_q.filter(person__municipality__province_nis=province_nis) if province_nis else supply_q
    top_supply = dict(here.values_list("skill_uri").annotate(n=Count("person_id", distinct=True)).order_by("-n", "skill_uri")[:10])
    uris = list(dict.fromkeys([*demand, *top_supply]))
    cells, hidden = supply_cells(supply_q, uris, [nis for nis, _name in provinces], below)
    column = province_nis or FLANDERS
    rows = []
    for u in uris:
        d, s = demand.get(u, 0), (None if (u, column) in hidden else cells[(u, column)])
        if s is None:
            # A hidden cell is small or hides a small one by complementary suppression (it may hold 11 or 500): its
            # verdict would be a bound on it, and through the province sums one on the small cell it protects (attack
            # of stop 36: "minder dan 10, tekort" for 11 job seekers and 11 vacancies). Every hidden cell reads alike.
            verdict = "unknown"
        elif d >= max(1, s) * SHORTAGE and d > 0:
            verdict = "shortage"
        elif s >= SURPLUS * max(d, 1) and s > 0:
            verdict = "surplus"
        else:
            verdict = "balanced"
        text, lang = label("skill", u)
        rows.append(SkillRow(u, text, d, s, verdict, lang))
    rows.sort(key=lambda r: (-r.demand, r.label))
    occupations = []
    for uri, n in vacancies.exclude(occupation_uri="").values_list("occupation_uri").annotate(n=Count("id")).order_by("-n", "occupation_uri")[:TOP]:
        found = mark(uri, province_nis or None)
        text, lang = label("occupation", uri)
        occupations.append(OccupationRow(uri, labels.capitalised(text), n, found.listed_year is not None, found.listed_year, lang, found.bottleneck,
                                         found.tight))
    return SectorView(scope.code, scope.label, province_nis, dict(provinces).get(province_nis, _("heel Vlaanderen")),
                      vacancies.count(), rows, occupations, scope.choices, provinces, scope.all_label)


def hidden_label() -> str:  # translated when read
    return _("niet getoond")


def csv_rows(v: SectorView) -> tuple[list[str], list[list]]:
    header = [_("Sector"), _("Provincie"), _("Competentie"), _("ESCO-URI"), _("Vacatures die ze vragen"), _("Werkzoekenden die ze hebben"), _("Oordeel")]
    return header, [[v.section_label, v.province, labels.plain(r), r.uri, r.demand, hidden_label() if r.supply is None else r.supply, r.verdict_label] for r in v.skills]
