from django.apps import AppConfig


class MydataConfig(AppConfig):
    name = "runcare.mydata"
    verbose_name = "My data"
