"""Settings come from the environment and fail loudly when wrong."""

import pytest

from runcare.config.docs import README, render
from runcare.config.env import ConfigError, read_env


def test_defaults_apply_when_nothing_is_set():
    values = read_env({})
    assert values["RUNCARE_ENV"] == "production"
    assert values["RUNCARE_IDLE_MINUTES_MEMBER"] == 30
    assert values["RUNCARE_IDLE_MINUTES_STAFF"] == 15
    assert values["RUNCARE_SESSION_HOURS"] == 12


def test_unknown_runcare_variable_is_rejected_by_name():
    with pytest.raises(ConfigError, match="RUNCARE_SECRET_KYE: unknown setting"):
        read_env({"RUNCARE_SECRET_KYE": "typo"})


def test_malformed_values_are_all_reported_at_once():
    with pytest.raises(ConfigError) as info:
        read_env(
            {
                "RUNCARE_IDLE_MINUTES_MEMBER": "half an hour",
                "RUNCARE_BEHIND_PROXY": "maybe",
                "RUNCARE_ENV": "staging",
            }
        )
    message = str(info.value)
    assert "RUNCARE_IDLE_MINUTES_MEMBER" in message
    assert "RUNCARE_BEHIND_PROXY" in message
    assert "RUNCARE_ENV: expected one of production, local, test" in message


def test_lists_and_booleans_parse():
    values = read_env({"RUNCARE_ALLOWED_HOSTS": "a.example, b.example,", "RUNCARE_SMTP_TLS": "no"})
    assert values["RUNCARE_ALLOWED_HOSTS"] == ["a.example", "b.example"]
    assert values["RUNCARE_SMTP_TLS"] is False


def test_negative_numbers_are_rejected():
    with pytest.raises(ConfigError, match="RUNCARE_WEB_WORKERS: must not be negative"):
        read_env({"RUNCARE_WEB_WORKERS": "-2"})


def test_readme_settings_table_is_generated_and_current():
    text = README.read_text()
    assert render(text) == text
    assert "`RUNCARE_SECRET_KEY`" in text
