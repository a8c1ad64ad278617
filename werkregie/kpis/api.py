"""/api/v1/kpis: the catalogue, drill-downs, a municipality beside its comparison group, the management view.
Aggregates only (small cells suppressed); analysts, admins and municipality workers (management: analysts and admins)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from . import use_cases

router = Router(tags=["kpis"])


class DrillFilters(Schema):
    kpi: str = Field(description="a code of the catalogue")
    on: str | None = Field(None, description="reference date, YYYY-MM-DD or DD/MM/YYYY (default today)")
    level: str | None = Field(None, description="all, region, province, arrondissement or municipality (default region)")
    code: str | None = Field(None, description="NIS code of the unit (default Flanders, 02000)")
    dimension: str | None = Field(None, description="sex, age, education, limitation or origin: the unit per group instead of its children")


@router.get("/catalogue", summary="Every KPI with its definition, unit, source and formula")
def catalogue(request: HttpRequest) -> list[dict]:
    from . import perms

    perms.require_aggregates(request.auth)
    return use_cases.catalogue_rows()


@router.get("/figures", summary="One KPI for a unit and its children (or its groups); suppressed cells are null")
def figures(request: HttpRequest, filters: Query[DrillFilters]) -> dict:
    return use_cases.drilldown(request.auth, filters.kpi, filters.on, filters.level, filters.code, filters.dimension)


@router.get("/municipalities/{nis}/comparison", summary="A municipality's KPIs beside its ten comparable municipalities and Flanders")
def comparison(request: HttpRequest, nis: str, on: str | None = None) -> dict:
    return use_cases.comparison(request.auth, nis, on)


@router.get("/management", summary="Timeliness and outflow to work per province, with the monthly trend (analyst, admin)")
def management(request: HttpRequest, on: str | None = None) -> dict:
    return use_cases.management(request.auth, on)


@router.get("/official", summary="Official employment rates (Statbel, 20–64) per geography beside the 80 % target; none per municipality")
def official(request: HttpRequest) -> dict:
    return use_cases.official_figures(request.auth)
