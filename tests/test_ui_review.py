"""The review form of the dashboard's detail pane in a real headless Chromium (issue 14 item 2): correct an event's
toll, then reject it, with the server's token; the audit trail shows both, and the API answers the reviewed values.
Saves screenshots to artifacts/ui-review-*.png."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest

from sitroom.store.base import Store
from tests.browser import BROWSER, CHROMIUM, serve_filled
from tests.test_review import _wire

TOKEN = "ui-review-token"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
ARTIFACTS = os.path.join(os.path.dirname(__file__), "..", "artifacts")
# the page's own record of Content-Security-Policy violations
LISTEN = (
    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
    " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI))"
)
VIOLATIONS = "() => window.__csp || []"

pytestmark = BROWSER


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    def fill(store: Store) -> None:
        for item in _wire():
            store.add_article(*item)

    with serve_filled(tmp_path_factory, "ui-review", fill, token=TOKEN) as base:
        yield base


def test_ui_review_correct_then_reject(base_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.add_init_script(LISTEN)
        page.goto(base_url + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=20_000)
        row = page.locator("#events tbody tr", has_text="Gusau")
        row.click()
        expect(page.locator("#rv-status")).to_have_text("not reviewed", timeout=10_000)
        assert page.locator("#rv-type").input_value() == "Violence against civilians"
        page.fill("#rv-token", TOKEN)
        page.fill("#rv-reviewer", "ana")
        page.fill("#rv-fatalities", "31")
        page.keyboard.press("Enter")  # the form submits from the keyboard
        page.wait_for_selector("body[data-reviewed='corrected']", timeout=10_000)
        page.wait_for_selector("#rv-history li", timeout=10_000)
        assert "correct fatalities 30 → 31" in page.locator("#rv-history").inner_text()
        assert page.locator("#rv-fatalities").input_value() == "31"
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "ui-review-corrected.png"))
        page.focus("#rv-reject")
        page.keyboard.press("Enter")
        page.wait_for_selector("body[data-reviewed='rejected']", timeout=10_000)
        expect(page.locator("#rv-history li")).to_have_count(3, timeout=10_000)
        assert page.locator("#rv-status").inner_text().startswith("rejected by ana")
        page.screenshot(path=os.path.join(ARTIFACTS, "ui-review-rejected.png"))
        page.fill("#rv-token", "wrong")
        page.click("#rv-accept")
        expect(page.locator("#rv-message")).to_contain_text("E064", timeout=10_000)
        assert page.evaluate(VIOLATIONS) == []
        browser.close()
    fused_id = httpx.get(base_url + "/api/events", params={"article_id": "elsewhere"}).json()["events"][0]["fused_id"]
    record = httpx.get(f"{base_url}/api/fused/{fused_id}").json()
    assert record["fatalities"]["killed"] == 31 and record["review"]["status"] == "rejected"
    assert [e for e in errors if "401" not in e] == [], errors
