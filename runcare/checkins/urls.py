from django.urls import path

from runcare.checkins import views

app_name = "checkins"

urlpatterns = [
    path("check-in/", views.checkin, name="checkin"),
    path("check-in/<int:checkin_id>/", views.detail, name="detail"),
    path("check-in/questionnaires/", views.questionnaires, name="questionnaires"),
    path(
        "check-in/questionnaires/<slug:measure>/<slug:timepoint>/",
        views.questionnaire,
        name="questionnaire",
    ),
    path("check-in/self-tests/", views.self_tests, name="self_tests"),
    path("progress/", views.progress, name="progress"),
    path("progress/members/<int:member_id>/", views.member_progress, name="member_progress"),
]
