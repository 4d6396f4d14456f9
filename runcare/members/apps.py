from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "runcare.members"
    verbose_name = "Members and care team"
