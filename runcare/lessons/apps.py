from django.apps import AppConfig


class LessonsConfig(AppConfig):
    name = "runcare.lessons"
    verbose_name = "Lessons"
