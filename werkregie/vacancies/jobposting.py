"""A vacancy as schema.org JobPosting (JSON-LD): for the markup on the vacancy page, and the shape the exchange with
the other regional services uses. Plain Python over the model; no personal data."""

from __future__ import annotations

import datetime as dt
import json

from django.utils.safestring import SafeString, mark_safe

from .models import Contract, Vacancy

EMPLOYMENT_TYPE = {Contract.PERMANENT: "FULL_TIME", Contract.FIXED_TERM: "TEMPORARY", Contract.TEMPORARY: "TEMPORARY",
                   Contract.STUDENT: "PER_DIEM", Contract.APPRENTICESHIP: "INTERN"}
FULL_TIME_HOURS = 38


def job_posting(vacancy: Vacancy, url: str = "", language: str = "nl") -> dict:
    """The JobPosting of one vacancy. ESCO occupation URI and ISCO code in `occupationalCategory`, skills by ESCO URI
    and label, place with postal code and NIS code, hours, contract, wage, language requirements."""
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()
    hours = float(vacancy.hours_per_week)
    types = [EMPLOYMENT_TYPE[vacancy.contract]] if vacancy.contract in EMPLOYMENT_TYPE else []
    if hours < FULL_TIME_HOURS and "FULL_TIME" in types:
        types = ["PART_TIME"]
    # schema.org's employmentType is free text: besides the common value, the platform's own contract code, so that an
    # import reads back exactly the contract (interim and fixed term are both TEMPORARY)
    types.append(vacancy.contract)
    data: dict = {
        "@context": "https://schema.org/", "@type": "JobPosting", "identifier": identifier(vacancy),
        "title": vacancy.title, "description": vacancy.description or vacancy.title, "inLanguage": vacancy.text_language,
        "datePosted": vacancy.created_at.date().isoformat() if vacancy.created_at else None,
        "hiringOrganization": {"@type": "Organization", "name": vacancy.employer.name,
                               **({"identifier": f"BE{vacancy.employer.kbo_number}"} if vacancy.employer.kbo_number else {})},
        "employmentType": types, "workHours": f"{hours:g} h/week",
    }
    if url:
        data["url"] = url
    if vacancy.occupation_uri:
        category = [vacancy.occupation_uri]
        index = tax.occupation_index.get(vacancy.occupation_uri)
        if index is not None and tax.occupations[index].isco:
            category.append(f"ISCO-08 {tax.occupations[index].isco}")
        data["occupationalCategory"] = category
    skills = []
    for s in vacancy.skills.all():
        index = tax.skill_index.get(s.skill_uri)
        skills.append({"@type": "DefinedTerm", "termCode": s.skill_uri, "inDefinedTermSet": "https://esco.ec.europa.eu",
                       "name": tax.skills[index].label(language) if index is not None else s.skill_uri})
    if skills:
        data["skills"] = skills
    place = vacancy.municipality
    if place is not None:
        postal = min((p.code for p in place.postal_codes.all()), default=None)  # (.all(): a feed prefetches them)
        data["jobLocation"] = {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": place.name_fr if language == "fr" and place.name_fr else place.name_nl,
            "addressRegion": place.province_fr if language == "fr" and place.province_fr else place.province_nl,
            "addressCountry": "BE", **({"postalCode": postal} if postal else {})},
            "identifier": {"@type": "PropertyValue", "name": "NIS", "value": place.nis_code}}
    published = vacancy.state_since or vacancy.created_at
    if vacancy.state == "published" and published:  # the sweep expires it then (sweeps.py)
        from .sweeps import expire_days

        data["validThrough"] = (published + dt.timedelta(days=expire_days())).date().isoformat()
    if vacancy.monthly_wage is not None:
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR",
                              "value": {"@type": "QuantitativeValue", "value": float(vacancy.monthly_wage), "unitText": "MONTH"}}
    if vacancy.language_needs:
        data["experienceRequirements"] = {"@type": "OccupationalExperienceRequirements", "description": ", ".join(
            f"{n.get('language', '').upper()} {n.get('level', '')}".strip() for n in vacancy.language_needs if isinstance(n, dict))}
    return {k: v for k, v in data.items() if v is not None}


def identifier(vacancy: Vacancy) -> dict:
    return {"@type": "PropertyValue", "name": "werkregie", "value": str(vacancy.pk)}


def as_script(data: dict) -> SafeString:
    """The JSON-LD inside a <script type="application/ld+json">: '<', '>' and '&' escaped so that no text in a
    vacancy can close the element."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above
