from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "runcare.programs"
    verbose_name = "Programs"

    def ready(self) -> None:
        """A spiking run swaps the next scheduled run for cross-training (L1-SPIKE)."""
        from runcare.activities.signals import runs_imported
        from runcare.programs.run_load import on_runs_imported

        runs_imported.connect(on_runs_imported, dispatch_uid="programs.spike_swap")
