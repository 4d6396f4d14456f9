from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "runcare.activities"
    label = "activities"
    verbose_name = "Running data"
    default_auto_field = "django.db.models.BigAutoField"
