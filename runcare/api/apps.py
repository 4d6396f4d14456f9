from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "runcare.api"
    verbose_name = "JSON API"
