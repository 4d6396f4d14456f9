from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "runcare.checkins"
    verbose_name = "Check-ins and progress"

    def ready(self) -> None:
        """Pain on a scheduled run goes through the same progression rules as a check-in."""
        from runcare.activities.signals import run_pain_recorded
        from runcare.checkins.run_decisions import on_run_pain

        run_pain_recorded.connect(on_run_pain, dispatch_uid="checkins.run_pain")
