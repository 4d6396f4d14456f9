from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "runcare.checkins"
    verbose_name = "Check-ins and progress"
