"""A vacancy as HR Open Standards' PositionOpening (JSON), the format Implementing Decision (EU) 2017/1257 (technical
standards and formats for the EURES matching of vacancies and CVs) prescribes for vacancies sent to the EURES portal:
the same facts as the JobPosting (jobposting.py) in HR Open's names, with the ESCO occupation and the ISCO-08 code as
job categories, the skills as ESCO competencies and the languages asked as ISO 639-1 codes with their CEFR level. The
shape follows HR Open Standards 4 (PositionOpening / PositionProfile); it is checked here for the fields the portal
requires (gateways.missing_fields), not against the official schema, which is not shipped. No personal data."""

from __future__ import annotations

from .jobposting import FULL_TIME_HOURS, job_posting
from .models import Contract, Vacancy

CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
OFFERING = {Contract.PERMANENT: "DirectHire", Contract.FIXED_TERM: "Temporary", Contract.TEMPORARY: "Temporary",
            Contract.STUDENT: "Temporary", Contract.APPRENTICESHIP: "Apprenticeship"}


def _languages(vacancy: Vacancy) -> list[dict]:
    """The languages the vacancy asks: ISO 639-1 code and CEFR level (A1–C2), as the EURES matching reads them."""
    asked = []
    for need in vacancy.language_needs or []:
        code = str(need.get("language", "")).lower() if isinstance(need, dict) else ""
        if len(code) == 2 and code.isalpha():
            level = str(need.get("level", "")).upper()
            asked.append({"competencyId": {"value": code, "schemeID": "ISO639-1"},
                          **({"proficiencyLevel": {"value": level, "schemeID": "CEFR"}} if level in CEFR else {})})
    return asked


def position_opening(vacancy: Vacancy, url: str = "", *, closed: bool = False) -> dict:
    posting = job_posting(vacancy, url)
    categories = []
    for code in posting.get("occupationalCategory", []):
        if code.startswith("ISCO-08 "):
            categories.append({"value": code.removeprefix("ISCO-08 "), "listName": "ISCO2008"})
        else:
            categories.append({"value": code, "listName": "ESCO_Occupations", "listVersionID": "1.1.1"})
    address = (posting.get("jobLocation") or {}).get("address") or {}
    location = {"address": {"countryCode": "BE", "city": address.get("addressLocality", ""), "postalCode": address.get("postalCode", ""),
                            "countrySubDivisionCode": address.get("addressRegion", "")}} if address else None
    employer = posting["hiringOrganization"]
    profile = {
        "positionTitle": vacancy.title,
        "positionLocations": [location] if location else [],
        "positionOrganizations": [{"organizationIdentifiers": [{"organizationId": employer.get("identifier", ""), "organizationIdTypeCode": "VAT"}],
                                   "organizationName": employer["name"]}],
        "jobCategoryCodes": categories,
        "positionFormattedDescriptions": [{"content": posting["description"], "descriptionTypeCode": "Summary"}],
        "positionScheduleTypeCodes": [{"value": "FullTime" if float(vacancy.hours_per_week) >= FULL_TIME_HOURS else "PartTime"}],
        "workingHours": {"value": float(vacancy.hours_per_week), "unitCode": "HourPerWeek"},
        "positionOfferingTypeCodes": [{"value": OFFERING.get(vacancy.contract, "DirectHire")}],
        "positionQualifications": [{"competencies": [{"competencyId": {"value": s["termCode"], "schemeID": "ESCO_Skills"}, "competencyName": s["name"]}
                                                     for s in posting.get("skills", [])] + _languages(vacancy)}],
        "applicationCloseDate": posting.get("validThrough"),
        "positionURI": url or None,
    }
    if "baseSalary" in posting:
        salary = posting["baseSalary"]["value"]
        profile["offeredRemunerationPackage"] = {"ranges": [{"minimumAmount": {"value": salary["value"], "currencyCode": "EUR"},
                                                             "intervalCode": "Month"}]}
    return {
        "documentId": {"value": f"werkregie-{vacancy.pk}", "schemeAgencyId": "VDAB"},
        "positionOpeningStatusCode": {"value": "Closed" if closed else "Active"},
        "postingRequester": {"partyName": "VDAB", "countryCode": "BE"},
        "positionProfiles": [{k: v for k, v in profile.items() if v is not None}],
    }
