from django.urls import path

from runcare.activities import views

app_name = "activities"

urlpatterns = [
    path("runs/", views.activity_list, name="list"),
    path("runs/import/", views.upload, name="upload"),
    path("runs/import/<int:job_id>/", views.job, name="job"),
    path("runs/import/<int:job_id>/resume/", views.resume, name="resume"),
    path("runs/<int:pk>/", views.activity_detail, name="detail"),
    path("runs/<int:pk>/pain/", views.record_pain, name="pain"),
    path("runs/<int:pk>/delete/", views.delete, name="delete"),
    path("load/", views.load, name="load"),
    path("members/<int:member_id>/runs/", views.activity_list, name="member_list"),
    path("members/<int:member_id>/load/", views.load, name="member_load"),
]
