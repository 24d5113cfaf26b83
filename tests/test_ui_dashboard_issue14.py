"""The dashboard of issue 14 in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright): colour
and legend by ACLED type (PLOVER as an option), clusters that split on zoom and a stack of events on one point that
spreads, zoom and pan by buttons, wheel, drag and keys, the switches (fused events or reports, modality,
confidence), the detail pane following the filters, the timeline leaving a far outlier apart, the country
choropleth and the fatalities trend, and keyboard use. The agreements panel has its own test (test_ui_agreements).

One server and one browser page for the module; each state is saved as artifacts/ui-issue14-*.png and checked
(elements present; at the end, no script error, no console error, no CSP violation, nothing fetched from elsewhere).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest

from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location
from sitroom.store import add_many
from sitroom.testing.synthetic import synthetic_articles
from tests.browser import BROWSER, CHROMIUM, serve_filled
from tests.test_ui_dashboard import ARGS, ARTIFACTS, LISTEN, VIOLATIONS

pytestmark = BROWSER

# (day, PLOVER, ACLED type, sub-type, modality, confidence): six events reported at one point of Colombo harbour
HARBOUR = [
    ("2023-02-03", "PROTEST", "Protests", "Peaceful protest", "asserted", 0.9),
    ("2023-03-09", "COERCE", "Riots", "Violent demonstration", "reported", 0.6),
    ("2023-04-14", "ASSAULT", "Battles", "Armed clash", "asserted", 0.85),
    ("2023-05-20", "MOBILIZE", "Strategic developments", "Arrests", "future", 0.55),
    ("2023-06-25", "ASSAULT", "Explosions/Remote violence", "Grenade", "reported", 0.3),
    ("2023-08-02", "ASSAULT", "Violence against civilians", "Attack", "asserted", 0.95),
]


def _one(article_id: str, day: date, sentence: str, **fields: Any) -> tuple[Article, list[Event]]:
    text = f"A made-up report.\n\n{sentence}\n"
    event = Event(
        article_id=article_id,
        evidence=Evidence(sentence=sentence, start=19, end=19 + len(sentence)),
        actor1=Actor(text="Police", name="Police", country=fields.pop("iso3"), sector="COP"),
        date=day,
        **fields,
    )
    return Article(article_id, text, day, title=f"Made-up {article_id}", source="synthetic"), [event]


def _extra() -> list[tuple[Article, list[Event]]]:
    out = []
    for n, (day, plover, acled, sub, modality, confidence) in enumerate(HARBOUR):
        sentence = f"Police and crowds met in Colombo harbour on {day}, case {n}."
        out.append(
            _one(
                f"harbour-{n}",
                date.fromisoformat(day),
                sentence,
                iso3="LKA",
                plover_event=plover,
                acled_event_type=acled,
                acled_sub_event_type=sub,
                date_precision="day",
                location=Location(name="Colombo", lat=6.9375, lon=79.8433, country="LKA", text="Colombo"),
                fatalities=Casualties(killed=n, qualifier="exact"),
                modality=modality,
                confidence=confidence,
            )
        )
    # a year-only date years before the bulk of the events (2022-2023)
    out.append(
        _one(
            "long-ago",
            date(2014, 1, 1),
            "Police dispersed a protest in Nairobi in 2014.",
            iso3="KEN",
            plover_event="PROTEST",
            acled_event_type="Protests",
            acled_sub_event_type="Protest with intervention",
            date_precision="year",
            location=Location(name="Nairobi", lat=-1.29, lon=36.82, country="KEN", text="Nairobi"),
        )
    )
    return out


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve_filled(
        tmp_path_factory, "ui14", lambda store: add_many(store, [*synthetic_articles(160, seed=21), *_extra()])
    ) as base:
        yield base


PROBLEMS: list[str] = []  # script errors, console errors and CSP reports of the module's page


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        outside: list[str] = []
        pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base_url, "data:")) else None)
        pg.on("pageerror", lambda e: PROBLEMS.append(f"script error: {e}"))
        pg.on("console", lambda m: PROBLEMS.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        pg.add_init_script(LISTEN)
        pg.goto(base_url + "/")
        pg.wait_for_selector("body[data-ready='1']", timeout=20_000)
        yield pg
        problems = [*PROBLEMS, *pg.evaluate(VIOLATIONS)]
        browser.close()
        assert outside == [], f"the dashboard fetched from elsewhere: {outside}"
        assert problems == [], problems


def _settle(page: Any, action: Any) -> None:
    """Do ``action`` (a callable) and wait until the dashboard has loaded what it asked for."""
    page.evaluate("document.body.dataset.ready = ''")
    action()
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


def _shot(page: Any, name: str) -> None:
    os.makedirs(ARTIFACTS, exist_ok=True)
    path = os.path.join(ARTIFACTS, f"ui-issue14-{name}.png")
    page.screenshot(path=path)
    assert os.path.getsize(path) > 20_000, path  # a drawn page, not a blank one
    assert page.evaluate(VIOLATIONS) == [] and PROBLEMS == [], PROBLEMS


def _view(page: Any) -> list[float]:
    return [float(v) for v in page.get_attribute("#map", "viewBox").split()]


def _ticks(page: Any) -> list[str]:
    return list(page.locator("#timeline text.tick").evaluate_all("els => els.map(e => e.textContent)"))


def _api_total(base_url: str, **params: str) -> int:
    answer = httpx.get(base_url + "/api/events", params={**params, "limit": 1, "count": "true"})
    return int(answer.json()["total"])


def test_ui_issue14_first_view(page: Any, base_url: str) -> None:
    """ACLED colours and legend, clusters, the choropleth, the trend, and the timeline without the 2014 outlier."""
    legend = page.locator("#legend .entry")
    assert set(legend.evaluate_all("els => els.map(e => e.dataset.type)")) >= {
        "Protests",
        "Riots",
        "Battles",
        "Violence against civilians",
        "Other",
    }
    shares = page.locator("#dots .cluster .share").evaluate_all("els => els.map(e => e.dataset.type)")
    assert {"Protests", "Riots", "Other"} <= set(shares)  # each cluster ringed by the share of each type
    stats = httpx.get(base_url + "/api/stats", params={"interval": "month"}).json()
    shaded = page.locator("#countries path.shaded").evaluate_all("els => els.map(e => e.dataset.iso3)")
    assert set(shaded) == {r["key"] for r in stats["by_country"] if r["key"]} and len(shaded) == 11
    assert page.locator("#choropleth-legend .shade").count() >= 2
    assert page.locator("#trend rect.bar").count() > 10
    assert "(killed per week" in page.inner_text("#trend-title")
    ticks = _ticks(page)
    assert ticks and all(t >= "2022" for t in ticks)  # 2014 does not stretch the axis
    assert page.locator("#timeline-outliers").is_visible()
    assert "1 event far from the rest (2014-01-01)" in page.inner_text("#timeline-outliers")
    _shot(page, "first")
    page.click("#outlier-toggle")  # shown apart, and back on the axis when asked
    assert _ticks(page)[0].startswith("2014")
    page.click("#outlier-toggle")
    assert _ticks(page)[0] >= "2022"


def test_ui_issue14_colour_by_plover(page: Any) -> None:
    page.select_option("#colour-by", "plover")
    types = page.locator("#legend .entry").evaluate_all("els => els.map(e => e.dataset.type)")
    assert {"ASSAULT", "PROTEST", "AGREE"} <= set(types)
    colours = page.locator("#dots .dot, #dots .cluster .share").evaluate_all(
        "els => els.map(e => e.getAttribute(e.classList.contains('dot') ? 'fill' : 'stroke'))"
    )
    assert {"#d62728", "#1f77b4", "#2ca02c"} <= set(colours)  # ASSAULT, PROTEST, AGREE
    _shot(page, "plover")
    page.select_option("#colour-by", "acled")
    assert "Riots" in page.locator("#legend").inner_text()


def test_ui_issue14_clusters_split_on_zoom(page: Any) -> None:
    """Clicking a cluster zooms to its events, which split into smaller clusters and single dots."""
    before = _view(page)
    clusters = page.locator("#dots .cluster")
    counts = clusters.evaluate_all("els => els.map(e => Number(e.dataset.count))")
    clusters.nth(counts.index(max(counts))).click()
    after = _view(page)
    assert after[2] < before[2] / 4  # zoomed in
    now = page.locator("#dots .cluster").evaluate_all("els => els.map(e => Number(e.dataset.count))")
    assert len(now) + page.locator("#dots .dot").count() > 1 and max(now, default=0) < max(counts)
    for _ in range(4):  # deeper, until single events show
        if page.locator("#dots .dot").count():
            break
        page.locator("#dots .cluster").first.click()
    assert page.locator("#dots .dot").count() > 0
    _shot(page, "zoomed")


def test_ui_issue14_zoom_and_pan(page: Any) -> None:
    page.click("#zoom-fit")
    fit = _view(page)
    page.click("#zoom-in")
    zin = _view(page)
    assert abs(zin[2] - fit[2] / 2) < 0.01
    page.click("#zoom-out")
    assert abs(_view(page)[2] - fit[2]) < 0.01
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -300)
    page.wait_for_function("(z) => Number(document.getElementById('map').dataset.zoom) > z", arg=960 / fit[2] + 0.01)
    wheeled = _view(page)
    assert wheeled[2] < fit[2]
    # drag to pan: the view moves against the pointer
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 - 120, box["y"] + box["height"] / 2, steps=4)
    page.mouse.up()
    dragged = _view(page)
    assert dragged[0] > wheeled[0] and dragged[2] == wheeled[2]
    # keys, with the map focused
    page.focus("#map")
    page.keyboard.press("ArrowLeft")
    assert _view(page)[0] < dragged[0]
    page.keyboard.press("+")
    assert _view(page)[2] < dragged[2]
    page.keyboard.press("0")
    assert _view(page) == pytest.approx(fit, abs=0.5)


def test_ui_issue14_stack_on_one_point_spreads(page: Any) -> None:
    """Six events at one point of Colombo: one cluster, which spreads into a ring of six dots when clicked."""
    _settle(page, lambda: (page.fill("#f-text", "Colombo harbour"), page.click("#apply")))
    assert page.locator("#events tbody tr").count() == len(HARBOUR)
    cluster = page.locator("#dots .cluster")
    assert cluster.count() == 1 and cluster.get_attribute("data-count") == str(len(HARBOUR))
    cluster.press("Enter")
    spread = page.locator("#dots .dot.spread")
    assert spread.count() == len(HARBOUR) and page.locator("#dots .cluster").count() == 0
    assert page.evaluate("document.activeElement.classList.contains('spread')")
    spots = spread.evaluate_all("els => els.map(e => e.getAttribute('cx') + ',' + e.getAttribute('cy'))")
    assert len(set(spots)) == len(HARBOUR)  # really apart
    spread.nth(2).click()
    page.locator("#detail mark.evidence").wait_for(timeout=10_000)
    assert "Colombo harbour" in page.inner_text("#detail mark.evidence")
    assert page.locator("#dots .dot.selected").count() == 1
    _shot(page, "spread")


def test_ui_issue14_switches_and_detail_follows_filters(page: Any, base_url: str) -> None:
    """Modality and confidence switches apply at once; an event that leaves the filtered set leaves the pane."""
    shown = page.get_attribute("#detail", "data-id")
    modality = httpx.get(f"{base_url}/api/events/{shown}").json()["event"]["modality"]
    _settle(page, lambda: page.uncheck(f"#f-modality input[value='{modality}']"))
    kept = [m for m in ("asserted", "reported", "future", "hypothetical", "negated") if m != modality]
    expected = _api_total(base_url, text="Colombo harbour", modality=",".join(kept))
    assert page.locator("#events tbody tr").count() == expected < len(HARBOUR)
    assert page.locator("#detail mark.evidence").count() == 0 and page.get_attribute("#detail", "data-id") is None
    assert page.locator("#events tbody tr.selected").count() == 0 and page.locator("#dots .selected").count() == 0
    assert f"modality={','.join(kept)}" in page.get_attribute("#export-csv", "href").replace("%2C", ",")
    _shot(page, "modality")
    _settle(page, lambda: page.check(f"#f-modality input[value='{modality}']"))
    # confidence: the slider's value, shown beside it, is the API's min_confidence
    page.locator("#f-text").fill("")
    _settle(page, lambda: page.locator("#f-confidence").fill("0.8"))
    assert page.inner_text("#f-confidence-value") == "0.80"
    expected = _api_total(base_url, min_confidence="0.8")
    assert page.inner_text("#summary").startswith(f"{expected} events") and 0 < expected < 160
    _shot(page, "confidence")
    # fused events or every report
    _settle(page, lambda: page.check("#f-reports"))
    assert page.inner_text("#summary").startswith(
        f"{_api_total(base_url, min_confidence='0.8', reports='true')} reports"
    )
    _settle(page, lambda: page.click("#clear"))
    assert not page.is_checked("#f-reports") and page.inner_text("#f-confidence-value") == "0.00"


def test_ui_issue14_keyboard(page: Any) -> None:
    """Tab reaches the list rows (with a visible focus ring); Enter and Space open an event; controls are labelled."""
    first = page.locator("#events tbody tr").first
    page.focus("#outlier-toggle")  # the control before the list in the tab order
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.id") == first.get_attribute("data-id")
    assert first.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.locator("#detail mark.evidence").wait_for(timeout=10_000)
    assert page.get_attribute("#detail", "data-id") == first.get_attribute("data-id")
    page.keyboard.press("Tab")
    second = page.locator("#events tbody tr").nth(1)
    assert page.evaluate("document.activeElement.dataset.id") == second.get_attribute("data-id")
    page.keyboard.press(" ")
    page.wait_for_function(
        "(id) => document.getElementById('detail').dataset.id === id", arg=second.get_attribute("data-id")
    )
    assert second.get_attribute("aria-current") == "true"
    for selector in ("#map", "#zoom-in", "#zoom-out", "#zoom-fit", "#colour-by", "#timeline", "#trend"):
        assert page.get_attribute(selector, "aria-label"), selector
    assert (
        page.locator("#dots [role='button'][tabindex='0'][aria-label]").count()
        == page.locator("#dots .dot, #dots .cluster").count()
    )
    # Tab order: from the filters' last control, through the map's tools, to the map
    page.focus("#zoom-fit")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "colour-by"
    _shot(page, "keyboard")
