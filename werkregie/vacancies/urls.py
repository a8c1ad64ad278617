"""Pages of vacancies; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import intake_views, measures_views, more_views, referral_views, views

urlpatterns = [
    path("steunmaatregelen/", measures_views.support_measures, name="support_measures"),
    path("vacatures/zoeken/", more_views.vacancy_search, name="vacancy_search"),
    path("vacatures/sectoren/", more_views.sector_view, name="vacancy_sectors"),
    path("vacatures/gemiste-competenties/", more_views.missed_skills, name="vacancy_missed_skills"),
    path("vacatures/berichten/", more_views.employer_notices, name="employer_notices"),
    path("sollicitaties/<int:application_id>/steunmaatregelen/", more_views.application_measures, name="application_measures"),
    path("vacatures/nieuw/", intake_views.new_vacancy, name="vacancy_new"),
    path("vacatures/<int:vacancy_id>/bewerken/", intake_views.edit_vacancy, name="vacancy_edit"),
    path("vacatures/<int:vacancy_id>/levensloop/", intake_views.vacancy_lifecycle, name="vacancy_lifecycle"),
    path("vacatures/<int:vacancy_id>/buiten-vlaanderen/", intake_views.vacancy_ring_offer, name="vacancy_ring_offer"),
    path("vacatures/<int:vacancy_id>/", views.vacancy_page, name="vacancy_page"),
    path("vacatures/<int:vacancy_id>/sollicitaties/", views.vacancy_applications, name="vacancy_applications"),
    path("vacatures/<int:vacancy_id>/suggesties/", views.vacancy_suggestions, name="vacancy_suggestions"),
    path("vacatures/<int:vacancy_id>/doorverwijzen/", referral_views.vacancy_referral, name="vacancy_referral"),
    path("sollicitaties/<int:application_id>/terugkoppeling/", views.application_feedback, name="application_feedback"),
]
