from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "runcare.accounts"
    verbose_name = "Accounts"
