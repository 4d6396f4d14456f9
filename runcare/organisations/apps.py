from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "runcare.organisations"
    verbose_name = "Organisations"
