from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "runcare.programs"
    verbose_name = "Programs"
