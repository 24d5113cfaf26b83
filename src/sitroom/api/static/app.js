/* sitroom dashboard: a world map, a brushable timeline, filters, an event list and an evidence view.
   Everything comes from this server (/api/..., /static/vendor/...); nothing is fetched from elsewhere. */
"use strict";

const W = 960, H = 470, TOP_LAT = 84, BOTTOM_LAT = -58;
const PAGE = 500;
const COLOURS = {
  ASSAULT: "#d62728", COERCE: "#ff7f0e", PROTEST: "#1f77b4", AGREE: "#2ca02c", MOBILIZE: "#9467bd",
  THREATEN: "#8c564b", SANCTION: "#e377c2", AID: "#17becf", CONSULT: "#bcbd22", SUPPORT: "#7f7f7f",
  ACCUSE: "#a05d56", REQUEST: "#6b6ecf", REJECT: "#843c39", CONCEDE: "#637939", RETREAT: "#ad494a",
  COOPERATE: "#3182bd",
};
const SVGNS = "http://www.w3.org/2000/svg";
const state = { events: [], total: 0, offset: 0, selected: null, days: [] };
const $ = (id) => document.getElementById(id);

function colour(type) { return COLOURS[type] || "#555"; }
function project(lon, lat) {
  return [(lon + 180) / 360 * W, (TOP_LAT - lat) / (TOP_LAT - BOTTOM_LAT) * H];
}
function el(tag, attrs, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
function html(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}
function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 6000);
}
async function getJSON(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error + (body.detail ? ": " + JSON.stringify(body.detail) : ""));
  return body;
}

/* filters ---------------------------------------------------------------------------------------------- */
function filterParams(withDates = true) {
  const p = new URLSearchParams();
  const add = (key, id) => { const v = $(id).value.trim(); if (v) p.set(key, v); };
  if (withDates) { add("since", "f-since"); add("until", "f-until"); }
  add("type", "f-type"); add("country", "f-country"); add("actor", "f-actor"); add("text", "f-text");
  if ($("f-reports").checked) p.set("reports", "true");  /* fused events unless every report is asked for */
  return p;
}
function updateExports() {
  for (const fmt of ["csv", "geojson", "jsonl"]) {
    const p = filterParams(); p.set("format", fmt);
    $("export-" + fmt).href = "/api/events?" + p.toString();
  }
}

/* map -------------------------------------------------------------------------------------------------- */
function ringPath(ring) {
  /* a ring that crosses the antimeridian is split there rather than drawn across the whole map */
  let d = "", prev = null, split = false;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    const jump = prev !== null && Math.abs(lon - prev) > 180;
    split = split || jump;
    d += (prev === null || jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    prev = lon;
  }
  return split ? d : d + "Z";
}
function geometryPath(geometry) {
  if (!geometry) return "";
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) => poly.map(ringPath).join("")).join("");
}
async function drawBaseMap() {
  const svg = $("map");
  svg.appendChild(el("rect", { x: 0, y: 0, width: W, height: H, fill: "#d9e6f2" }));
  const world = await getJSON("/static/vendor/countries-110m.json");
  const land = topojson.feature(world, world.objects.countries);
  const g = el("g", { id: "countries" });
  for (const f of land.features) {
    if (f.properties.name === "Antarctica") continue;
    const path = el("path", { d: geometryPath(f.geometry), class: "land", "vector-effect": "non-scaling-stroke" });
    path.appendChild(el("title", {}, f.properties.name));
    g.appendChild(path);
  }
  svg.appendChild(g);
  svg.appendChild(el("g", { id: "dots" }));
}
function zoomTo(points) {
  /* fit the map to the events shown, keeping the aspect ratio; the whole world when they are spread wide */
  const svg = $("map");
  let box = [0, 0, W, H];
  if (points.length) {
    const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
    let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const w = Math.max(110, (x1 - x0) * 1.5), h = Math.max(w * H / W, (y1 - y0) * 1.5);
    const width = Math.max(w, h * W / H);
    if (width < W * 0.8) {
      const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, height = width * H / W;
      box = [Math.min(W - width, Math.max(0, cx - width / 2)), Math.min(H - height, Math.max(0, cy - height / 2)), width, height];
    }
  }
  svg.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
  return box[2] / W;
}
function drawDots() {
  const g = $("dots");
  g.replaceChildren();
  const seen = new Set();
  const located = state.events.filter((ev) => ev.location && ev.location.lat !== null && ev.location.lon !== null);
  const k = zoomTo(located.map((ev) => project(ev.location.lon, ev.location.lat)));
  for (const ev of state.events) {
    const loc = ev.location;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const [x, y] = project(loc.lon, loc.lat);
    const killed = (ev.fatalities && ev.fatalities.killed) || 0;
    const dot = el("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: ((3 + Math.min(6, Math.sqrt(killed))) * k).toFixed(2), "stroke-width": (0.8 * k).toFixed(2),
      fill: colour(ev.plover_event), class: "dot" + (ev.event_id === state.selected ? " selected" : ""),
      "data-id": ev.event_id });
    dot.appendChild(el("title", {}, `${ev.date || "?"} ${ev.plover_event} — ${loc.name}`));
    dot.addEventListener("click", () => selectEvent(ev.event_id));
    g.appendChild(dot);
    seen.add(ev.plover_event);
  }
  const legend = $("legend");
  legend.replaceChildren();
  for (const type of [...seen].sort()) {
    const item = html("span");
    const swatch = html("i"); swatch.style.background = colour(type);
    item.append(swatch, type);
    legend.appendChild(item);
  }
}

/* timeline --------------------------------------------------------------------------------------------- */
const TL = { left: 30, right: 950, top: 6, bottom: 92 };
function dayIndex(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function isoOf(index) { return new Date(index * 86400000).toISOString().slice(0, 10); }
async function drawTimeline() {
  const p = filterParams(false); p.set("interval", "day");
  const stats = await getJSON("/api/stats?" + p.toString());
  const days = stats.by_period.filter((r) => r.period);
  state.days = days;
  const svg = $("timeline");
  svg.replaceChildren();
  if (!days.length) { svg.appendChild(el("text", { x: 40, y: 50, class: "axis" }, "no dated events")); return stats; }
  const first = dayIndex(days[0].period), last = dayIndex(days[days.length - 1].period) + 1;
  state.range = [first, last];
  const max = Math.max(...days.map((d) => d.events));
  const xOf = (i) => TL.left + (i - first) / Math.max(1, last - first) * (TL.right - TL.left);
  const barW = Math.max(1, (TL.right - TL.left) / Math.max(1, last - first) - 0.5);
  for (const d of days) {
    const h = d.events / max * (TL.bottom - TL.top);
    const bar = el("rect", { x: xOf(dayIndex(d.period)).toFixed(2), y: (TL.bottom - h).toFixed(2), width: barW.toFixed(2),
      height: h.toFixed(2), class: "bar" });
    bar.appendChild(el("title", {}, `${d.period}: ${d.events} events, ${d.killed} killed`));
    svg.appendChild(bar);
  }
  svg.appendChild(el("line", { x1: TL.left, x2: TL.right, y1: TL.bottom, y2: TL.bottom, stroke: "#889" }));
  const ticks = 6;
  for (let t = 0; t <= ticks; t++) {
    const i = Math.round(first + (last - first) * t / ticks);
    svg.appendChild(el("text", { x: xOf(i), y: 106, class: "axis", "text-anchor": "middle" }, isoOf(i)));
  }
  svg.appendChild(el("text", { x: 2, y: 14, class: "axis" }, String(max)));
  const brush = el("rect", { id: "brush", class: "brush", y: TL.top, height: TL.bottom - TL.top, x: 0, width: 0 });
  svg.appendChild(brush);
  showBrush(xOf);
  state.xOf = xOf;
  return stats;
}
function showBrush(xOf) {
  const brush = $("brush");
  const since = $("f-since").value, until = $("f-until").value;
  if (!brush || !state.range || (!since && !until)) { if (brush) brush.setAttribute("width", 0); return; }
  const a = since ? xOf(dayIndex(since)) : TL.left, b = until ? xOf(dayIndex(until) + 1) : TL.right;
  brush.setAttribute("x", Math.max(TL.left, a)); brush.setAttribute("width", Math.max(1, Math.min(TL.right, b) - Math.max(TL.left, a)));
}
function installBrush() {
  const svg = $("timeline");
  let start = null;
  const toX = (evt) => { const r = svg.getBoundingClientRect(); return (evt.clientX - r.left) / r.width * 960; };
  const toDay = (x) => {
    const [first, last] = state.range;
    const clamped = Math.min(TL.right, Math.max(TL.left, x));
    return first + Math.floor((clamped - TL.left) / (TL.right - TL.left) * (last - first));
  };
  svg.addEventListener("mousedown", (evt) => { if (state.range) { start = toX(evt); evt.preventDefault(); } });
  svg.addEventListener("mousemove", (evt) => {
    if (start === null) return;
    const x = toX(evt), brush = $("brush");
    brush.setAttribute("x", Math.min(start, x)); brush.setAttribute("width", Math.abs(x - start));
  });
  window.addEventListener("mouseup", (evt) => {
    if (start === null) return;
    const x = toX(evt), moved = Math.abs(x - start);
    const a = toDay(Math.min(start, x)), b = toDay(Math.max(start, x));
    start = null;
    if (moved < 3) { showBrush(state.xOf); return; }
    $("f-since").value = isoOf(a); $("f-until").value = isoOf(Math.max(a, b));
    loadEvents(true);
  });
  svg.addEventListener("dblclick", () => { $("f-since").value = ""; $("f-until").value = ""; refresh(); });
}

/* list and detail -------------------------------------------------------------------------------------- */
function actorsOf(ev) {
  return [ev.actor1, ev.actor2].filter(Boolean).map((a) => a.name).join(" → ");
}
function renderList(append) {
  const body = $("events").tBodies[0];
  if (!append) body.replaceChildren();
  for (const ev of state.events.slice(append ? body.rows.length : 0)) {
    const row = document.createElement("tr");
    row.dataset.id = ev.event_id;
    const type = html("td");
    const sw = html("span", null, "swatch"); sw.style.background = colour(ev.plover_event);
    type.append(sw, ev.acled_sub_event_type || ev.non_acled_type || ev.plover_event);
    const loc = ev.location;
    row.append(html("td", ev.date || "—"), type, html("td", loc ? `${loc.name} (${loc.country || "?"})` : "—"),
      html("td", ev.fatalities && ev.fatalities.killed != null ? String(ev.fatalities.killed) : ""),
      html("td", actorsOf(ev)));
    if (ev.event_id === state.selected) row.classList.add("selected");
    row.addEventListener("click", () => selectEvent(ev.event_id));
    body.appendChild(row);
  }
  $("summary").textContent = `${state.total} events` + (state.total > state.events.length ? ` (showing ${state.events.length})` : "");
  $("more").hidden = state.events.length >= state.total;
}
async function selectEvent(id) {
  state.selected = id;
  for (const row of $("events").tBodies[0].rows) row.classList.toggle("selected", row.dataset.id === id);
  for (const dot of document.querySelectorAll("#dots .dot")) dot.classList.toggle("selected", dot.dataset.id === id);
  let data;
  try { data = await getJSON("/api/events/" + encodeURIComponent(id)); } catch (err) { showError(err.message); return; }
  const ev = data.event, art = data.article, evd = data.evidence;
  const box = $("detail");
  box.replaceChildren();
  box.appendChild(html("h2", art && art.title ? art.title : ev.article_id));
  const dl = html("dl");
  const fact = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(html("dt", k), html("dd", String(v))); };
  fact("Event", [ev.plover_event, ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(" · "));
  fact("Date", ev.date + (ev.date_text ? ` (“${ev.date_text}”)` : ""));
  fact("Place", ev.location ? `${ev.location.name}, ${ev.location.country || "?"} (${ev.location.lat}, ${ev.location.lon})` : "");
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
  document.dispatchEvent(new CustomEvent("sitroom:event-shown", { detail: { event: ev, box: box } }));  /* review.js */
}
async function loadEvents(reset) {
  if (reset) { state.events = []; state.offset = 0; }
  updateExports();
  const p = filterParams(); p.set("limit", PAGE); p.set("offset", state.offset); p.set("count", "true");
  let page;
  try { page = await getJSON("/api/events?" + p.toString()); } catch (err) { showError(err.message); return; }
  state.events = state.events.concat(page.events);
  state.total = page.total;
  state.offset = state.events.length;
  renderList(!reset);
  drawDots();
  if (state.xOf) showBrush(state.xOf);
  document.body.dataset.ready = "1";
}
async function refresh() {
  document.body.dataset.ready = "";
  try { await drawTimeline(); } catch (err) { showError(err.message); }
  await loadEvents(true);
}
async function fillChoices() {
  const stats = await getJSON("/api/stats?interval=month");
  const types = $("f-type");
  for (const row of stats.by_plover.concat(stats.by_type)) {
    if (!row.key || [...types.options].some((o) => o.value === row.key)) continue;
    types.appendChild(new Option(`${row.key} (${row.events})`, row.key));
  }
  const list = $("countries");
  for (const row of stats.by_country) if (row.key) list.appendChild(new Option(`${row.events} events`, row.key));
}

async function main() {
  $("filters").addEventListener("submit", (evt) => { evt.preventDefault(); refresh(); });
  $("clear").addEventListener("click", () => { $("filters").reset(); refresh(); });
  $("more").addEventListener("click", () => loadEvents(false));
  installBrush();
  try { await Promise.all([drawBaseMap(), fillChoices()]); } catch (err) { showError(err.message); }
  await refresh();
}
main();
