"""The shared chart helper draws line, bar and point series from the JSON contract and keeps
the table fallback, in a real Chromium."""

import json

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

DATA = {
    "x_kind": "category",
    "x": ["W1", "W2", "W3"],
    "series": [
        {"label": "Distance (km)", "values": [20, 31, None], "kind": "bars", "axis": "left"},
        {"label": "Pain", "values": [3, 4, 2], "kind": "line", "axis": "right"},
        {"label": "Runs", "values": [1, 2, 3], "kind": "points", "axis": "left"},
    ],
    "y_left": {"label": "km", "min": 0, "max": None},
    "y_right": {"label": "Pain 0-10", "min": 0, "max": 10},
}


def chart_page(live_server, data) -> str:
    static = f"{live_server.url}/static/runcare"
    return f"""<!doctype html><html><head>
      <meta name="runcare-uplot-js" content="{static}/vendor/uplot-1.6.32.min.js">
      <meta name="runcare-uplot-css" content="{static}/vendor/uplot-1.6.32.min.css">
      <script src="{static}/charts.js" defer></script></head><body><main>
      <figure class="chart" data-chart-source="d1">
        <script type="application/json" id="d1">{json.dumps(data)}</script>
        <figcaption>Weekly distance and pain</figcaption>
        <details><summary>Show as a table</summary><table><tr><td>W1</td></tr></table></details>
      </figure></main></body></html>"""


def test_chart_renders_with_an_accessible_name_and_keeps_the_table(page, live_server):
    page.goto(f"{live_server.url}/healthz")
    page.set_content(chart_page(live_server, DATA))
    figure = page.locator("figure.chart")
    expect(figure).to_have_attribute("data-chart-rendered", "true")
    expect(page.get_by_role("img", name="Weekly distance and pain")).to_be_visible()
    assert page.locator("figure.chart canvas").count() == 1
    expect(page.get_by_text("Show as a table")).to_be_visible()
    assert page.console_errors == []


def test_time_axis_and_empty_data(page, live_server):
    page.goto(f"{live_server.url}/healthz")
    timed = {**DATA, "x_kind": "time", "x": [1_700_000_000, 1_700_086_400, 1_700_172_800]}
    page.set_content(chart_page(live_server, timed))
    expect(page.locator("figure.chart")).to_have_attribute("data-chart-rendered", "true")
    page.set_content(chart_page(live_server, {**DATA, "x": [], "series": []}))
    page.wait_for_function("window.RunCareCharts !== undefined")
    page.evaluate("window.RunCareCharts.renderAll(document)")
    assert page.locator("figure.chart canvas").count() == 0  # nothing to draw: table only
    assert page.locator("figure.chart").get_attribute("data-chart-rendered") is None
