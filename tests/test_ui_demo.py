"""The dashboard in headless Chromium on the bundled demo corpus, ingested through the real NLP pipeline."""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest

from sitroom.testing.live import live_server
from tests.browser import BROWSER, CHROMIUM
from tests.test_ui_dashboard import ARGS, ARTIFACTS

pytestmark = BROWSER


def _apply(page: Any) -> None:
    page.evaluate("document.body.dataset.ready = ''")
    page.click("#apply")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


@pytest.mark.slow
def test_ui_dashboard_on_the_demo_corpus(tmp_path: Any) -> None:
    """The bundled demo corpus through the real pipeline, then the dashboard: Azerbaijan, an event, its evidence."""
    from playwright.sync_api import sync_playwright

    from sitroom.core import Sitroom, demo_corpus_path

    url = os.path.join(os.fspath(tmp_path), "demo.duckdb")
    core = Sitroom(url)
    core.ingest(core.read([demo_corpus_path()]))
    core.close()
    with live_server(url) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        pg.goto(base + "/")
        pg.wait_for_selector("body[data-ready='1']", timeout=20_000)
        pg.fill("#f-country", "AZE")
        _apply(pg)
        places = pg.locator("#events tbody tr td:nth-child(3)").all_inner_texts()
        assert places and all(p.endswith("(AZE)") for p in places)
        pg.locator("#events tbody tr").first.click()
        mark = pg.locator("#detail mark.evidence")
        mark.wait_for(timeout=10_000)
        event_id = pg.locator("#events tbody tr").first.get_attribute("data-id")
        event = httpx.get(f"{base}/api/events/{event_id}").json()
        assert mark.inner_text().strip() == event["evidence"]["sentence"].strip()
        os.makedirs(ARTIFACTS, exist_ok=True)
        pg.screenshot(path=os.path.join(ARTIFACTS, "ui-dashboard.png"))
        browser.close()
