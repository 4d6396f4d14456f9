from django.urls import path

from runcare.selfcare import views

app_name = "selfcare"

urlpatterns = [
    path("", views.index, name="index"),
    path("ice-and-heat/", views.cold_heat, name="cold_heat"),
    path("pain-relief/", views.pain_relief, name="pain_relief"),
    path("hydration/", views.hydration, name="hydration"),
    path("warm-up/", views.warm_up, name="warm_up"),
    path("everyday/", views.everyday, name="everyday"),
]
