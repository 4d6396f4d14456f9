"""The accessibility harness finds real violations and passes clean pages, under our CSP."""

import pytest

from tests.e2e.a11y import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


def test_landing_page_is_accessible(page):
    page.goto("/")
    assert_accessible(page)


def test_harness_reports_serious_violations(page):
    page.goto("/")
    page.evaluate(
        "() => { const i = document.createElement('img'); i.src = '/x.png';"
        " document.querySelector('main').appendChild(i); }"
    )
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page)
