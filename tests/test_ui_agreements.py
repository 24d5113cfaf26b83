"""The dashboard's agreements panel in a real headless Chromium (Debian's /usr/bin/chromium, via playwright): the
agreements of a store, and one agreement's timeline of breaches (confirmed filled, alleged hollow)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from sitroom.agreements.ingest import note_article
from sitroom.model import Article
from sitroom.store.base import Store
from tests.browser import BROWSER, CHROMIUM, serve_filled
from tests.test_agreements import GAZA
from tests.test_ui_dashboard import ARGS

pytestmark = BROWSER


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    def fill(store: Store) -> None:
        for article_id, published, text in GAZA:
            article = Article(article_id, text, date.fromisoformat(published))
            store.add_article(article, [])
            note_article(store, article, [])

    with serve_filled(tmp_path_factory, "ui-agreements", fill) as base:
        yield base


def test_ui_agreements_panel_lists_and_draws_breaches(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page: Any = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base_url + "/")
        page.wait_for_selector("#agreements-panel:not([hidden]) #agreements tbody tr", timeout=20_000)
        row = page.locator("#agreements tbody tr")
        assert row.count() == 1 and "collapsed" in row.inner_text()
        row.focus()  # keyboard: Enter on a focused row opens it (issue 14)
        page.keyboard.press("Enter")
        page.wait_for_selector("#agreement-timeline circle", timeout=20_000)
        assert row.get_attribute("class") == "selected" and row.get_attribute("tabindex") == "0"
        assert page.locator("#agreement-timeline circle.confirmed").count() == 1
        assert page.locator("#agreement-timeline circle.alleged").count() == 1
        assert page.locator("#agreement-timeline line.status").count() == len(GAZA)
        row.click()  # and by the mouse, as before
        assert page.locator("#agreement-timeline circle").count() == 2
        os.makedirs(os.path.join(os.path.dirname(__file__), "..", "artifacts"), exist_ok=True)
        page.screenshot(path=os.path.join(os.path.dirname(__file__), "..", "artifacts", "ui-agreements.png"))
        browser.close()
        assert errors == [], errors
