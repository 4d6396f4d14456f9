"""Settings for the test run: the real settings module in its ``test`` environment."""

import os

os.environ.setdefault("RUNCARE_ENV", "test")

from runcare.config.settings import *  # noqa: F403
