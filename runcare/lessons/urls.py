from django.urls import path

from runcare.lessons import views

app_name = "lessons"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:lesson_id>/", views.detail, name="detail"),
]
