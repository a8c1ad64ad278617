"""The EURES PositionOpening (Implementing Decision (EU) 2017/1257, HR Open Standards) carries the languages a vacancy
asks as ISO 639-1 codes with their CEFR level, beside the ESCO skills; a level that is no CEFR level is left out, never
passed on as typed."""

from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.eures import position_opening

from . import factories as f
from .test_matching_platform import vacancy


def test_languages_asked_travel_as_iso_codes_with_their_cefr_level(db):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    job = vacancy(employer)
    job.language_needs = [{"language": "nl", "level": "B2"}, {"language": "FR", "level": "a2"}, {"language": "en", "level": "vloeiend"}]
    competencies = position_opening(job)["positionProfiles"][0]["positionQualifications"][0]["competencies"]
    languages = [c for c in competencies if c["competencyId"]["schemeID"] == "ISO639-1"]
    assert languages == [
        {"competencyId": {"value": "nl", "schemeID": "ISO639-1"}, "proficiencyLevel": {"value": "B2", "schemeID": "CEFR"}},
        {"competencyId": {"value": "fr", "schemeID": "ISO639-1"}, "proficiencyLevel": {"value": "A2", "schemeID": "CEFR"}},
        {"competencyId": {"value": "en", "schemeID": "ISO639-1"}},
    ]
    assert any(c["competencyId"]["schemeID"] == "ESCO_Skills" for c in competencies)


def test_a_vacancy_without_languages_has_only_its_skills(db):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    job = vacancy(employer)
    job.language_needs = []
    competencies = position_opening(job)["positionProfiles"][0]["positionQualifications"][0]["competencies"]
    assert competencies and all(c["competencyId"]["schemeID"] == "ESCO_Skills" for c in competencies)
