from django.apps import AppConfig


class SelfcareConfig(AppConfig):
    name = "runcare.selfcare"
    verbose_name = "Self-care tools"
