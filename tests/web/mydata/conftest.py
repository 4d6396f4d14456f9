from tests.web.checkins.conftest import checkin, planned  # noqa: F401  (shared fixtures)
