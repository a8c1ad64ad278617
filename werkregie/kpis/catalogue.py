"""Every KPI defined once: name, definition, unit, source, formula, and whether it is an official statistic or the
platform's own. Pages, API and exports show these beside every figure; figures.py computes them from the cells."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from django.utils.translation import gettext_lazy as _

from .engine import FILL_DAYS, FILL_DAYS_CAP, FILLED


@dataclass(frozen=True)
class Kpi:
    code: str
    name: object
    definition: object
    unit: object
    source: object
    formula: str
    # "stock" (on a day), "flow" (over the 12 months up to the day), "rate" (of the cohort that entered in 12 months, `lag`
    # earlier), "median" (of the histogram cells `plus` over the 12 months up to the day: cell i counts the value i)
    kind: str
    plus: tuple[str, ...] = ()
    minus: tuple[str, ...] = ()
    numerator: str = ""
    denominator: str = ""
    lag: relativedelta = field(default_factory=relativedelta)
    amount: bool = False  # sums the value (hours), not the count
    # counted from 1 January to the day, not over the 12 months up to it: the hours' count is then the number of persons
    # (each counts once a year, on their first day: engine.contributions), which the small-cell rule needs
    year_to_date: bool = False
    per_inhabitants: bool = False  # also shown per 100 inhabitants aged 20–69
    official: bool = False
    theme: str = "stock"
    groups: bool = True  # broken down by sex, age, education, limitation and origin (a vacancy has none of these)


def _stock(code: str, status: str, name, definition, theme: str = "stock", per_inhabitants: bool = False) -> Kpi:  # noqa: ANN001
    return Kpi(code, name, definition, _("personen"), _("Register: statusepisodes"),
               f"Σ {status}.in + {status}.age_in − {status}.out − {status}.age_out (dag ≤ peildatum)", "stock",
               plus=(f"{status}.in", f"{status}.age_in"), minus=(f"{status}.out", f"{status}.age_out"), per_inhabitants=per_inhabitants, theme=theme)


def _flow(code: str, kpi: str, name, definition, source, unit=None, amount: bool = False, theme: str = "flow") -> Kpi:  # noqa: ANN001
    return Kpi(code, name, definition, unit or _("personen"), source, f"Σ {kpi} (12 maanden tot de peildatum)", "flow", plus=(kpi,), amount=amount,
               theme=theme)


def _hours(code: str, kind: str, name, definition, source) -> Kpi:  # noqa: ANN001
    return Kpi(code, name, definition, _("uren"), source, f"Σ hours.{kind} (1 januari tot de peildatum)", "flow", plus=(f"hours.{kind}",),
               amount=True, year_to_date=True, theme="community")


def _rate(code: str, numerator: str, lag: relativedelta, name, definition, source, theme: str = "timeliness",  # noqa: ANN001
          denominator: str = "inflow.cohort") -> Kpi:
    return Kpi(code, name, definition, _("%"), source, f"Σ {numerator} / Σ {denominator}", "rate", numerator=numerator,
               denominator=denominator, lag=lag, theme=theme)


REGISTER = _("Register: statusepisodes")
CATALOGUE: tuple[Kpi, ...] = (
    _stock("jobseekers", "jobseeker", _("Werkzoekenden"), _("Personen met een lopende episode als werkzoekende (met of zonder uitkering) op de peildatum, naar woonplaats."),
           per_inhabitants=True),
    _stock("jobseekers_benefit", "jobseeker_benefit", _("Werkzoekenden met uitkering"), _("Personen met een lopende episode als werkzoekende met uitkering op de peildatum.")),
    _stock("jobseekers_no_benefit", "jobseeker_no_benefit", _("Werkzoekenden zonder uitkering"),
           _("Personen met een lopende episode als werkzoekende zonder uitkering op de peildatum.")),
    _stock("leefloon", "leefloon", _("Leefloongerechtigden"), _("Personen met een lopend leefloon op de peildatum, bij de gemeente (OCMW) die het toekent."),
           per_inhabitants=True),
    _flow("jobseekers_in", "jobseeker.in", _("Instroom werkzoekenden"), _("Begonnen episodes als werkzoekende in de 12 maanden tot de peildatum."), REGISTER),
    _flow("jobseekers_out", "jobseeker.out", _("Uitstroom werkzoekenden"), _("Beëindigde episodes als werkzoekende in de 12 maanden tot de peildatum."), REGISTER),
    _flow("leefloon_in", "leefloon.in", _("Instroom leefloon"), _("Begonnen leefloonepisodes in de 12 maanden tot de peildatum."), REGISTER),
    _flow("leefloon_out", "leefloon.out", _("Uitstroom leefloon"), _("Beëindigde leefloonepisodes in de 12 maanden tot de peildatum."), REGISTER),
    _rate("work_6m", "inflow.work6m", relativedelta(months=6), _("Uitstroom naar werk binnen 6 maanden"),
          _("Aandeel van de nieuwe werkzoekenden met een episode als werkende die begint binnen 6 maanden na de inschrijving; instroom van de 12 maanden die 6 maanden voor de peildatum eindigen."),
          REGISTER, theme="work"),
    _rate("work_12m", "inflow.work12m", relativedelta(months=12), _("Uitstroom naar werk binnen 12 maanden"),
          _("Aandeel van de nieuwe werkzoekenden met een episode als werkende die begint binnen 12 maanden na de inschrijving; instroom van de 12 maanden die 12 maanden voor de peildatum eindigen."),
          REGISTER, theme="work"),
    _rate("screened_2m", "inflow.screened_in_time", relativedelta(months=2), _("Gescreend binnen 2 maanden"),
          _("Aandeel van de nieuwe werkzoekenden met een screening (beoordeling door de bemiddelaar) binnen 2 maanden na de inschrijving."),
          _("Register en screening (beoordelingen)")),
    _rate("agreement_3m", "inflow.agreement_in_time", relativedelta(months=3), _("Bindende afspraken binnen 3 maanden"),
          _("Aandeel van de nieuwe werkzoekenden met uitkering die de screening niet zelfredzaam vond, met een aanvaard bindend "
            "afsprakenblad binnen 3 maanden na de inschrijving (de zelfredzamen en wie geen uitkering heeft, krijgen geen bindende afspraken)."),
          _("Register, screening en overgangslog van de afsprakenbladen"), denominator="inflow.agreement_cohort"),
    _stock("screening_overdue", "screened_overdue", _("Screening te laat"),
           _("Werkzoekenden die meer dan 2 maanden ingeschreven zijn zonder screening, op de peildatum."), theme="timeliness"),
    _stock("agreement_overdue", "agreement_overdue", _("Afsprakenblad te laat"),
           _("Werkzoekenden met uitkering die de screening niet zelfredzaam vond, meer dan 3 maanden ingeschreven zonder aanvaard bindend "
             "afsprakenblad, op de peildatum."), theme="timeliness"),
    *(
        _flow(f"decisions_{code}", f"decision.{code}", name, _("Beslissingen van de controledienst van dit type in de 12 maanden tot de peildatum."),
              _("Controledossiers (beslissingen)"), unit=_("beslissingen"), theme="sanctions")
        for code, name in (("warning", _("Verwittigingen")), ("suspension", _("Schorsingen")), ("exclusion", _("Uitsluitingen")),
                           ("indefinite", _("Uitsluitingen voor onbepaalde duur")), ("none", _("Beslissingen zonder sanctie")))
    ),
    _stock("social_economy", "social_economy", _("Tewerkgesteld in de sociale economie"),
           _("Personen met een lopende episode als werknemer in de sociale economie (maatwerk, lokale diensteneconomie) op de peildatum, naar woonplaats."),
           theme="social_economy"),
    _flow("social_economy_in", "social_economy.in", _("Instroom sociale economie"),
          _("Begonnen episodes als werknemer in de sociale economie in de 12 maanden tot de peildatum."), REGISTER, theme="social_economy"),
    _flow("social_economy_to_work", "social_economy.to_work", _("Doorstroom naar de reguliere economie"),
          _("Beëindigde episodes in de sociale economie gevolgd door een episode als werkende die binnen 3 maanden begint, geteld op die begindag, in de 12 maanden tot de peildatum."),
          REGISTER, theme="social_economy"),
    _hours("hours_community_service", "community_service", _("Uren gemeenschapsdienst"),
           _("Gepresteerde uren gemeenschapsdienst van 1 januari tot de peildatum, naar woonplaats; verborgen wanneer minder dan tien personen ze presteerden."),
           _("Aanwezigheden gemeenschapsdienst")),
    _hours("hours_wijk_werken", "wijk_werken", _("Uren wijk-werken"),
           _("Gepresteerde uren wijk-werken van 1 januari tot de peildatum, naar woonplaats; verborgen wanneer minder dan tien personen ze presteerden."),
           _("Aanwezigheden wijk-werken")),
    Kpi("vacancies_filled", _("Ingevulde vacatures"),
        _("Vacatures die in de 12 maanden tot de peildatum ingevuld werden (de overgang naar 'ingevuld'), naar de gemeente van het werk."),
        _("vacatures"), _("Vacatures: overgangslog"), f"Σ {FILLED} (12 maanden tot de peildatum)", "flow", plus=(FILLED,), theme="vacancies",
        groups=False),
    Kpi("time_to_fill", _("Tijd tot invulling (mediaan)"),
        _("Mediaan van het aantal dagen tussen de eerste publicatie en de invulling, over de vacatures ingevuld in de 12 maanden tot de "
          "peildatum, naar de gemeente van het werk. Verborgen waar het aantal ingevulde vacatures verborgen is."),
        _("dagen"), _("Vacatures: overgangslog"),
        f"mediaan(dag ingevuld − dag eerst gepubliceerd) over Σ vacancy.days.0…{FILL_DAYS_CAP} (12 maanden tot de peildatum; "
        f"{FILL_DAYS_CAP} = zoveel dagen of meer)", "median", plus=FILL_DAYS, theme="vacancies", groups=False),
)
BY_CODE = {kpi.code: kpi for kpi in CATALOGUE}
# official statistics, shown beside the platform's own figures (official.py): published, not computed from the cells
OFFICIAL: tuple[Kpi, ...] = (
    Kpi("employment_rate_20_64", _("Werkzaamheidsgraad 20–64 jaar"),
        _("Werkenden van 20 tot 64 jaar als aandeel van de bevolking van 20 tot 64 jaar, volgens de Enquête naar de Arbeidskrachten (bij Statbel: werkgelegenheidsgraad); "
          "gepubliceerd voor België, de gewesten en sommige provincies, niet per gemeente. Het beleidsdoel is 80 %."),
        _("%"), _("Statbel, Enquête naar de Arbeidskrachten (EAK)"), "werkenden 20–64 / bevolking 20–64 (EAK, gepubliceerd)", "official",
        official=True, theme="official", groups=False),
)
THEMES = {"stock": _("Bestand"), "flow": _("Stromen"), "work": _("Uitstroom naar werk"), "timeliness": _("Tijdigheid"),
          "sanctions": _("Sancties en verwittigingen"), "community": _("Gemeenschapsdienst en wijk-werken"),
          "social_economy": _("Sociale economie"), "vacancies": _("Vacatures"), "official": _("Officiële statistieken")}


# the cohorts and counts that the shares divide, in words (the technical formula names their cells)
SHARE_PARTS = {"inflow.cohort": _("nieuwe werkzoekenden"), "inflow.agreement_cohort": _("nieuwe werkzoekenden met uitkering, niet zelfredzaam"),
               "inflow.work6m": _("nieuwe werkzoekenden aan het werk binnen 6 maanden"),
               "inflow.work12m": _("nieuwe werkzoekenden aan het werk binnen 12 maanden"),
               "inflow.screened_in_time": _("nieuwe werkzoekenden gescreend binnen 2 maanden"),
               "inflow.agreement_in_time": _("nieuwe werkzoekenden met uitkering, niet zelfredzaam, met een aanvaard bindend afsprakenblad binnen 3 maanden")}


OVERDUE_WORDS = {
    "screening_overdue": _("werkzoekenden van wie de termijn van 2 maanden voor de screening verstreek − wie daarna alsnog gescreend "
                           "werd of niet meer ingeschreven is, tot en met de peildatum"),
    "agreement_overdue": _("werkzoekenden van wie de termijn van 3 maanden voor een bindend afsprakenblad verstreek − wie daarna alsnog "
                           "een afsprakenblad aanvaardde of niet meer ingeschreven is, tot en met de peildatum"),
}


def readable_formula(kpi: Kpi) -> str:
    """The formula in Dutch words, for the pages and exports (the technical one, on the aggregate cells, is for the API)."""
    text = _formula_words(kpi)
    return text[:1].upper() + text[1:]


def _formula_words(kpi: Kpi) -> str:
    name = str(kpi.name)
    name = name[:1].lower() + name[1:]
    if kpi.code in OVERDUE_WORDS:  # a stock of persons past a term, not of status episodes (walk of stop 43)
        return str(OVERDUE_WORDS[kpi.code])
    if kpi.kind == "stock":
        return str(_("%(name)s op de peildatum = begonnen episodes − beëindigde episodes, tot en met de peildatum") % {"name": name})
    if kpi.year_to_date:
        return str(_("som van de %(name)s van 1 januari tot de peildatum") % {"name": name})
    if kpi.kind == "rate":
        return str(_("%(part)s ÷ %(whole)s (instroom van 12 maanden), in %%") % {"part": SHARE_PARTS[kpi.numerator], "whole": SHARE_PARTS[kpi.denominator]})
    if kpi.kind == "official":
        return str(_("werkenden van 20–64 jaar ÷ bevolking van 20–64 jaar, zoals Statbel het publiceert, in %"))
    if kpi.kind == "median":
        return str(_("mediaan van (dag ingevuld − dag eerst gepubliceerd) over de vacatures ingevuld in de 12 maanden tot de peildatum"))
    return str(_("som van de %(name)s in de 12 maanden tot de peildatum") % {"name": name})


def get(code: str) -> Kpi | None:
    return BY_CODE.get(code)


def describe(kpi: Kpi) -> dict:
    """The catalogue entry as the API and exports give it."""
    return {"code": kpi.code, "name": str(kpi.name), "definition": str(kpi.definition), "unit": str(kpi.unit), "source": str(kpi.source),
            "formula": readable_formula(kpi), "technical_formula": kpi.formula, "kind": kpi.kind, "official": kpi.official,
            "statistic": str(_("officiële statistiek") if kpi.official else _("eigen cijfer van het platform")), "theme": kpi.theme}
