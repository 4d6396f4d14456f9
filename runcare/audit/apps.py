from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "runcare.audit"
    verbose_name = "Audit log"

    def ready(self) -> None:
        from runcare.audit import auth_events  # noqa: F401  (connects the auth signal receivers)
