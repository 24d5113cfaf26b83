"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright).

Opens the dashboard on a database of events, filters by a country, clicks an event and checks that the article
text shows with the evidence sentence highlighted; saves a screenshot to artifacts/ui-dashboard.png.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sitroom.store import add_many
from sitroom.testing.synthetic import synthetic_articles
from tests.browser import BROWSER, CHROMIUM, serve_filled

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = os.path.join(os.path.dirname(__file__), "..", "artifacts")

pytestmark = BROWSER


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve_filled(tmp_path_factory, "ui", lambda store: add_many(store, synthetic_articles(300, seed=21))) as base:
        yield base


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        pg = context.new_page()
        outside: list[str] = []
        pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base_url, "data:")) else None)
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("console", lambda m: CSP_REPORTS.append(m.text) if "Content Security Policy" in m.text else None)
        pg.add_init_script(LISTEN)
        response = pg.goto(base_url + "/")
        assert response is not None and "frame-ancestors 'none'" in response.headers["content-security-policy"]
        pg.wait_for_selector("body[data-ready='1']", timeout=20_000)
        yield pg
        assert outside == [], f"the dashboard fetched from elsewhere: {outside}"
        assert errors == [], f"script errors: {errors}"
        assert CSP_REPORTS == [], f"Content-Security-Policy violations: {CSP_REPORTS}"
        browser.close()


CSP_REPORTS: list[str] = []  # console messages about the Content-Security-Policy, from every page of this module


def test_ui_dashboard_issue9_passes_its_content_security_policy(page: Any) -> None:
    """The dashboard runs under the CSP every response carries: no inline script or style is refused."""
    violations = page.evaluate(VIOLATIONS)
    assert violations == [] and CSP_REPORTS == [], (violations, CSP_REPORTS)


# the page's own record of CSP violations (the "securitypolicyviolation" events), with what each refused
VIOLATIONS = "() => window.__csp || []"
LISTEN = (
    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
    " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI))"
)


def _apply(page: Any) -> None:
    page.evaluate("document.body.dataset.ready = ''")
    page.click("#apply")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


def test_ui_dashboard_draws_map_timeline_and_list(page: Any) -> None:
    assert page.locator("#countries path").count() > 150
    assert page.locator("#dots circle").count() > 0
    assert page.locator("#timeline rect.bar").count() > 10
    assert page.locator("#events tbody tr").count() > 0


@pytest.mark.parametrize("country", ["SDN", "UKR"])
def test_ui_dashboard_country_filter_and_evidence(page: Any, base_url: str, country: str) -> None:
    page.click("#clear")
    page.wait_for_selector("body[data-ready='1']")
    page.fill("#f-country", country)
    _apply(page)
    total = httpx.get(base_url + "/api/events", params={"country": country, "limit": 1, "count": "true"}).json()[
        "total"
    ]
    rows = page.locator("#events tbody tr")
    assert rows.count() == total > 0
    places = page.locator("#events tbody tr td:nth-child(3)").all_inner_texts()
    assert all(p.endswith(f"({country})") for p in places)
    rows.nth(1).click()
    mark = page.locator("#detail mark.evidence")
    mark.wait_for(timeout=10_000)
    event_id = rows.nth(1).get_attribute("data-id")
    event = httpx.get(f"{base_url}/api/events/{event_id}").json()
    assert mark.inner_text().strip() == event["evidence"]["sentence"]
    assert mark.is_visible()
    assert page.locator("#dots circle.selected").count() == 1
    assert event["article"]["text"].split("\n")[0] in page.locator("#detail .article-text").inner_text()
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, f"ui-dashboard-{country.lower()}.png"))


def test_ui_dashboard_export_links_carry_filters(page: Any) -> None:
    page.fill("#f-country", "KEN")
    _apply(page)
    for fmt in ("csv", "geojson", "jsonl"):
        href = page.locator(f"#export-{fmt}").get_attribute("href")
        assert f"format={fmt}" in href and "country=KEN" in href


def test_ui_dashboard_issue12_reports_switch(page: Any, base_url: str) -> None:
    """Fused events by default; the "Every report" switch lists every report (and the exports follow it)."""
    page.click("#clear")
    page.wait_for_selector("body[data-ready='1']")
    page.fill("#f-country", "UKR")
    _apply(page)
    count = {"country": "UKR", "limit": 1, "count": "true"}
    fused = httpx.get(base_url + "/api/events", params=count).json()["total"]
    reports = httpx.get(base_url + "/api/events", params={**count, "reports": "true"}).json()["total"]
    assert page.locator("#summary").inner_text().startswith(f"{fused} events")
    page.check("#f-reports")
    _apply(page)
    assert page.locator("#summary").inner_text().startswith(f"{reports} reports") and reports >= fused
    assert "reports=true" in (page.locator("#export-jsonl").get_attribute("href") or "")
    page.uncheck("#f-reports")


def test_ui_dashboard_timeline_brush_sets_dates(page: Any) -> None:
    page.click("#clear")
    page.wait_for_selector("body[data-ready='1']")
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.evaluate("document.body.dataset.ready = ''")
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since and until and since < until
    dates = page.locator("#events tbody tr td:first-child").all_inner_texts()
    assert dates and all(since <= d <= until for d in dates)


def test_ui_docs_page_renders_from_vendored_swagger(page: Any, base_url: str) -> None:
    """Last in this module: leaves the dashboard. The fixture's teardown checks that nothing came from elsewhere."""
    response = page.goto(base_url + "/docs")
    assert response is not None
    for header, value in SECURITY.items():
        assert response.headers[header] == value, header
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() >= 7
    page.locator(".swagger-ui .opblock-summary").first.click()  # open one operation: more of the UI renders
    page.wait_for_selector(".swagger-ui .opblock-body", timeout=10_000)
    assert page.evaluate(VIOLATIONS) == [] and CSP_REPORTS == [], CSP_REPORTS


SECURITY = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer"}
