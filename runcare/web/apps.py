from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "runcare.web"
    verbose_name = "Web pages"
