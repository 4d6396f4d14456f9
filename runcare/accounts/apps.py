from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "runcare.accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from runcare.accounts.middleware import start_session_clock

        user_logged_in.connect(start_session_clock, dispatch_uid="runcare_session_clock")
