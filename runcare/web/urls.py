from django.templatetags.static import static
from django.urls import path
from django.views.generic import RedirectView

from runcare.web import views

app_name = "web"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("home/", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", RedirectView.as_view(url=static("runcare/favicon.svg"), permanent=True)),
]
