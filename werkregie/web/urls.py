from django.urls import include, path

from werkregie.matching import views as matching_views
from werkregie.rules import simulation_views, work_pays_views
from werkregie.rules import views as rules_views
from werkregie.screening import views as screening_views

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("mijn-gegevens/", views.citizen_home, name="citizen_home"),
    path("mijn-gegevens/toestemming/", views.citizen_consent, name="citizen_consent"),
    path("caseload/", views.caseload, name="caseload"),
    path("caseload/export.csv", views.caseload_export, name="caseload_export"),
    path("export/personen.csv", views.export_persons, name="export_persons"),
    path("personen/<int:person_id>/", views.person_detail, name="person_detail"),
    path("gemeente/clienten/", views.municipality_clients, name="municipality_clients"),
    path("werkgever/kandidaten/", views.employer_candidates, name="employer_candidates"),
    path("statistiek/", views.statistics, name="statistics"),
    path("statistiek/personen-per-status.csv", views.statistics_csv, name="statistics_csv"),
    path("mijn-jobbonus/", rules_views.job_bonus, name="job_bonus"),
    path("loont-werken/", work_pays_views.work_pays, name="work_pays"),
    path("beleidssimulatie/", simulation_views.policy_simulation, name="policy_simulation"),  # issue 15 point 16
    path("mijn-kans-op-werk/", screening_views.my_screening, name="my_screening"),
    path("mijn-vacatures/", matching_views.my_vacancies, name="my_vacancies"),
    path("personen/<int:person_id>/vacatures/", matching_views.person_vacancies, name="matching_person"),
    path("personen/<int:person_id>/passend/", matching_views.suitability, name="matching_suitability"),
    path("personen/<int:person_id>/suggesties/", matching_views.decide_suggestions, name="matching_suggestions"),
    path("personen/<int:person_id>/competenties/verwijderen/", matching_views.remove_skill, name="matching_remove_skill"),
    path("vacatures/", matching_views.vacancy_list, name="vacancy_list"),
    path("vacatures/<int:vacancy_id>/kandidaten/", matching_views.vacancy_candidates, name="vacancy_candidates"),
    path("screening/werklijst/", screening_views.worklist, name="screening_worklist"),
    path("screening/modelkaart/", screening_views.model_card_page, name="screening_model_card"),
    path("personen/<int:person_id>/screening/", screening_views.person_screening, name="person_screening"),
    path("personen/<int:person_id>/screening/voorstel/", screening_views.preview, name="screening_preview"),
    # the workflow domains keep their own url lists
    path("", include("werkregie.access.urls")),
    path("", include("werkregie.worklist.urls")),
    path("", include("werkregie.trajectories.urls")),
    path("", include("werkregie.appointments.urls")),
    path("", include("werkregie.compliance.urls")),
    path("", include("werkregie.community.urls")),
    path("", include("werkregie.kpis.urls")),
    path("", include("werkregie.municipalities.urls")),
    path("", include("werkregie.messaging.urls")),
    path("", include("werkregie.vacancies.urls")),
    path("", include("werkregie.organisations.urls")),
    path("", include("werkregie.training.urls")),
    path("", include("werkregie.careers.urls")),
    path("", include("werkregie.learning.urls")),
    path("", include("werkregie.credentials.urls")),
]
