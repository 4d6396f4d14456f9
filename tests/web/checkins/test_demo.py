"""The demo member gets six weeks of check-ins, start and week-4 questionnaires, self-tests."""

import pytest

from runcare.checkins.models import CheckIn, PromResponse, SelfTest

pytestmark = pytest.mark.django_db


def test_demo_checkins_are_loaded_once(login_as):
    from runcare.accounts.models import User
    from runcare.demo import load_demo

    load_demo()
    counts = (CheckIn.objects.count(), PromResponse.objects.count(), SelfTest.objects.count())
    load_demo()
    assert counts == (
        CheckIn.objects.count(),
        PromResponse.objects.count(),
        SelfTest.objects.count(),
    )
    assert counts[0] >= 20 and counts[1] == 4 and counts[2] == 7
    client = login_as(User.objects.get(email="member@demo.runcare.test"))
    page = client.get("/progress/").content.decode()
    assert "Your pain so far" in page and "Lower Extremity Functional Scale" in page
