/* sitroom dashboard: filters, the event list and the evidence view, wiring the map (map.js) and the charts
   (charts.js). Everything comes from this server (/api/..., /static/...); nothing is fetched from elsewhere.

   Hooks for other scripts: when the detail pane shows an event, document receives "sitroom:event-shown" with
   detail {id, event, article, evidence, fused}; when the pane is cleared (the event left the filtered set),
   "sitroom:event-cleared". The pane's #review element is theirs to fill. */
"use strict";

const PAGE = 500;
const state = { events: [], total: 0, offset: 0, selected: null, gen: 0 };

/* filters ---------------------------------------------------------------------------------------------- */
function modalities() {
  const boxes = [...document.querySelectorAll("#f-modality input")];
  const checked = boxes.filter((b) => b.checked).map((b) => b.value);
  return checked.length === boxes.length ? [] : checked;  /* every one checked: no filter */
}
function filterParams(withDates = true) {
  const p = new URLSearchParams();
  const add = (key, id) => { const v = $(id).value.trim(); if (v) p.set(key, v); };
  if (withDates) { add("since", "f-since"); add("until", "f-until"); }
  add("type", "f-type"); add("country", "f-country"); add("actor", "f-actor"); add("text", "f-text");
  if ($("f-reports").checked) p.set("reports", "true");  /* fused events unless every report is asked for */
  const kinds = modalities();
  if (kinds.length) p.set("modality", kinds.join(","));
  if (Number($("f-confidence").value) > 0) p.set("min_confidence", $("f-confidence").value);
  return p;
}
function updateExports() {
  for (const fmt of ["csv", "geojson", "jsonl"]) {
    const p = filterParams(); p.set("format", fmt);
    $("export-" + fmt).href = "/api/events?" + p.toString();
  }
}
function showConfidence() {
  $("f-confidence-value").value = Number($("f-confidence").value).toFixed(2);
}

/* list ------------------------------------------------------------------------------------------------- */
function actorsOf(ev) {
  return [ev.actor1, ev.actor2].filter(Boolean).map((a) => a.name).join(" → ");
}
function renderList(append) {
  const body = $("events").tBodies[0];
  if (!append) body.replaceChildren();
  for (const ev of state.events.slice(append ? body.rows.length : 0)) {
    const row = document.createElement("tr");
    row.dataset.id = ev.event_id;
    row.tabIndex = 0;
    const type = html("td");
    const sw = html("span", null, "swatch"); sw.style.background = typeColour(typeKey(ev));
    type.append(sw, ev.acled_sub_event_type || ev.non_acled_type || ev.plover_event);
    const loc = ev.location;
    row.append(html("td", ev.date || "—"), type, html("td", loc ? `${loc.name} (${loc.country || "?"})` : "—"),
      html("td", ev.fatalities && ev.fatalities.killed != null ? String(ev.fatalities.killed) : ""),
      html("td", actorsOf(ev)));
    if (ev.event_id === state.selected) { row.classList.add("selected"); row.setAttribute("aria-current", "true"); }
    onActivate(row, () => selectEvent(ev.event_id));
    body.appendChild(row);
  }
  $("summary").textContent = `${state.total} ${$("f-reports").checked ? "reports" : "events"}` +
    (state.total > state.events.length ? ` (showing ${state.events.length})` : "");
  $("more").hidden = state.events.length >= state.total;
}
function markSelected(id) {
  for (const row of $("events").tBodies[0].rows) {
    row.classList.toggle("selected", row.dataset.id === id);
    if (row.dataset.id === id) row.setAttribute("aria-current", "true"); else row.removeAttribute("aria-current");
  }
  mapSelect(id);
}

/* detail ----------------------------------------------------------------------------------------------- */
function clearDetail() {
  state.selected = null;
  markSelected(null);
  const box = $("detail");
  box.replaceChildren(html("p", "Click an event on the map or in the list to read its evidence.", "hint"));
  delete box.dataset.id;
  document.dispatchEvent(new CustomEvent("sitroom:event-cleared"));
}
async function selectEvent(id) {
  state.selected = id;
  markSelected(id);
  let data;
  try { data = await getJSON("/api/events/" + encodeURIComponent(id)); } catch (err) { showError(err.message); return; }
  if (state.selected !== id) return;  /* another event was chosen meanwhile */
  const ev = data.event, art = data.article, evd = data.evidence;
  const box = $("detail");
  box.replaceChildren();
  box.dataset.id = id;
  box.appendChild(html("h2", art && art.title ? art.title : ev.article_id));
  const dl = html("dl");
  const fact = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(html("dt", k), html("dd", String(v))); };
  fact("Event", [ev.acled_event_type, ev.acled_sub_event_type, ev.non_acled_type, ev.plover_event].filter(Boolean).join(" · "));
  fact("Date", ev.date + (ev.date_precision && ev.date_precision !== "day" ? ` (${ev.date_precision} only)` : "") +
    (ev.date_text ? ` (“${ev.date_text}”)` : ""));
  const loc = ev.location;
  fact("Place", loc ? [loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(", ") + ` (${loc.lat}, ${loc.lon})` : "");
  fact("Actors", actorsOf(ev));
  const f = ev.fatalities || {};
  fact("Killed", f.killed); fact("Injured", f.injured);
  fact("Modality", ev.modality); fact("Confidence", ev.confidence);
  fact("Published", art ? art.published : ""); fact("Source", art ? art.source : "");
  const fused = state.events.find((e) => e.event_id === id && e.report_count);
  if (fused) {
    const ff = fused.fatalities || {};
    fact("Reports", `${fused.report_count} from ${fused.source_count} sources, ${fused.first_reported} to ${fused.last_reported}`);
    fact("Fused date", fused.date + (fused.date_end ? " to " + fused.date_end : ""));
    if (ff.killed !== null && ff.killed !== undefined) fact("Killed (fused)", ff.killed_low === ff.killed_high ? ff.killed : `${ff.killed} (${ff.killed_low} to ${ff.killed_high})`);
    if (fused.conflicts && fused.conflicts.length) fact("Reports disagree on", fused.conflicts.join(", "));
  }
  if (ev.reported_late_days) fact("Reported late", `${ev.reported_late_days} days after the event`);
  if (art && art.stale) fact("Stale", "an earlier article reported its main news");
  box.appendChild(dl);
  const text = html("div", null, "article-text");
  if (art && art.text && evd && evd.start >= 0 && evd.end <= art.text.length) {
    const mark = html("mark", art.text.slice(evd.start, evd.end), "evidence");
    text.append(art.text.slice(0, evd.start), mark, art.text.slice(evd.end));
    box.appendChild(text);
    mark.scrollIntoView({ block: "center" });
  } else {
    text.appendChild(html("mark", evd ? evd.sentence : "", "evidence"));
    box.appendChild(text);
  }
  document.dispatchEvent(new CustomEvent("sitroom:event-shown", { detail: { id, ...data, fused: fused || null, event: ev, box } }));
}

/* loading ---------------------------------------------------------------------------------------------- */
async function loadEvents(reset, gen) {
  if (reset) { state.events = []; state.offset = 0; }
  updateExports();
  const p = filterParams(); p.set("limit", PAGE); p.set("offset", state.offset); p.set("count", "true");
  const page = await getJSON("/api/events?" + p.toString());
  if (gen !== state.gen) return false;  /* the filters changed while this page was on its way */
  state.events = state.events.concat(page.events);
  state.total = page.total;
  state.offset = state.events.length;
  renderList(!reset);
  mapSetEvents(state.events, reset);
  /* the detail pane follows the filters: an event that left the listed set leaves the pane */
  if (reset && state.selected && !state.events.some((e) => e.event_id === state.selected)) clearDetail();
  return true;
}
async function loadStats(gen) {
  const interval = trendInterval();
  const p = filterParams(); p.set("interval", interval);
  const stats = await getJSON("/api/stats?" + p.toString());
  if (gen !== state.gen) return;
  drawTrend(stats.by_period, interval);
  mapShade(stats.by_country);
}
async function update(gen) {
  /* the events, the trend and the choropleth of the current filters */
  try {
    const [fresh] = await Promise.all([loadEvents(true, gen), loadStats(gen)]);
    showBrush();
    if (fresh && gen === state.gen) document.body.dataset.ready = "1";
  } catch (err) { showError(err.message); }
}
async function refresh() {
  const gen = ++state.gen;
  document.body.dataset.ready = "";
  try {
    const p = filterParams(false); p.set("interval", "day");  /* the timeline shows every date: it is the brush */
    const stats = await getJSON("/api/stats?" + p.toString());
    if (gen !== state.gen) return;
    chart.all = stats.by_period.filter((r) => r.period);
    drawTimeline(chart.all);
  } catch (err) { showError(err.message); }
  await update(gen);
}
function brushed(since, until) {
  $("f-since").value = since; $("f-until").value = until;
  if (!since && !until) { refresh(); return; }
  const gen = ++state.gen;
  document.body.dataset.ready = "";
  update(gen);
}
async function fillChoices() {
  const stats = await getJSON("/api/stats?interval=month");
  const types = $("f-type");
  for (const row of stats.by_type.concat(stats.by_plover)) {
    if (!row.key || [...types.options].some((o) => o.value === row.key)) continue;
    types.appendChild(new Option(`${row.key} (${row.events})`, row.key));
  }
  const list = $("countries");
  for (const row of stats.by_country) if (row.key) list.appendChild(new Option(`${row.events} events`, row.key));
}

async function main() {
  $("filters").addEventListener("submit", (evt) => { evt.preventDefault(); refresh(); });
  $("clear").addEventListener("click", () => { $("filters").reset(); showConfidence(); refresh(); });
  $("more").addEventListener("click", () => loadEvents(false, state.gen).catch((err) => showError(err.message)));
  /* the switches apply at once */
  $("f-reports").addEventListener("change", refresh);
  for (const box of document.querySelectorAll("#f-modality input")) {
    box.addEventListener("change", () => {
      if (!document.querySelector("#f-modality input:checked")) box.checked = true;  /* at least one */
      refresh();
    });
  }
  $("f-confidence").addEventListener("input", showConfidence);
  $("f-confidence").addEventListener("change", refresh);
  $("colour-by").addEventListener("change", () => {
    palette.by = $("colour-by").value;
    renderList(false);
    mapRecolour();
  });
  $("choropleth").addEventListener("change", () => loadStats(state.gen).catch((err) => showError(err.message)));
  $("outlier-toggle").addEventListener("click", () => {
    chart.showOutliers = !chart.showOutliers;
    drawTimeline(chart.all || []);
    loadStats(state.gen).catch((err) => showError(err.message));
  });
  installBrush(brushed);
  showConfidence();
  try { await Promise.all([mapInit(selectEvent), fillChoices()]); } catch (err) { showError(err.message); }
  await refresh();
}
main();
