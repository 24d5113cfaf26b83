/* sitroom dashboard: the world map. Countries from the vendored world-atlas shapes, shaded by their events (a
   choropleth); events as dots coloured by type, gathered into numbered clusters that split as one zooms in (a
   cluster of events at one point spreads into a ring when clicked); zoom and pan by wheel, drag, buttons and keys. */
"use strict";

const W = 960, H = 470, TOP_LAT = 84, BOTTOM_LAT = -58;
const MAX_ZOOM = 256;          /* the narrowest view is W / MAX_ZOOM map units wide */
const CLUSTER_PX = 34;         /* events nearer than this on screen share a cluster */
const SHADES = 5;              /* classes of the choropleth */

const mapState = {
  events: [], selected: null, view: { x: 0, y: 0, w: W, h: H }, spread: new Set(),
  onSelect: null, codes: { by_id: {}, by_name: {} }, dragged: false,
};

function project(lon, lat) {
  return [(lon + 180) / 360 * W, (TOP_LAT - lat) / (TOP_LAT - BOTTOM_LAT) * H];
}
function located(ev) {
  return ev.location && ev.location.lat !== null && ev.location.lon !== null;
}

/* base map --------------------------------------------------------------------------------------------- */
function ringPath(ring) {
  /* a ring that crosses the antimeridian is split there rather than drawn across the whole map */
  let d = "", prev = null, split = false;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    const jump = prev !== null && Math.abs(lon - prev) > 180;
    split = split || jump;
    d += (prev === null || jump ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
    prev = lon;
  }
  return split ? d : d + "Z";
}
function geometryPath(geometry) {
  if (!geometry) return "";
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) => poly.map(ringPath).join("")).join("");
}
async function mapInit(onSelect) {
  mapState.onSelect = onSelect;
  const svg = $("map");
  svg.appendChild(el("rect", { x: -W, y: -H, width: 3 * W, height: 3 * H, class: "sea" }));
  const [world, codes] = await Promise.all([getJSON("/static/vendor/countries-110m.json"),
    getJSON("/static/country-codes.json")]);
  mapState.codes = codes;
  const land = topojson.feature(world, world.objects.countries);
  const g = el("g", { id: "countries" });
  for (const f of land.features) {
    if (f.properties.name === "Antarctica") continue;
    const iso3 = codes.by_id[f.id] || codes.by_name[f.properties.name] || "";
    const path = el("path", { d: geometryPath(f.geometry), class: "land", "data-iso3": iso3,
      "data-name": f.properties.name });
    path.appendChild(el("title", {}, f.properties.name));
    g.appendChild(path);
  }
  svg.appendChild(g);
  svg.appendChild(el("g", { id: "dots" }));
  installZoom(svg);
}

/* choropleth ------------------------------------------------------------------------------------------- */
function mapShade(byCountry) {
  const counts = new Map(byCountry.filter((r) => r.key).map((r) => [r.key, r]));
  const max = Math.max(1, ...[...counts.values()].map((r) => r.events));
  /* classes on a log scale: 1, then up to the largest count */
  const shade = (n) => Math.min(SHADES, 1 + Math.floor(Math.log(n) / Math.log(max + 1) * SHADES));
  const on = $("choropleth").checked;
  for (const path of document.querySelectorAll("#countries path")) {
    const row = counts.get(path.dataset.iso3);
    path.setAttribute("class", "land" + (on && row ? ` shaded s${shade(row.events)}` : ""));
    path.querySelector("title").textContent = path.dataset.name +
      (row ? `: ${row.events} events, ${row.killed} killed` : "");
  }
  const legend = $("choropleth-legend");
  legend.replaceChildren();
  legend.hidden = !on || counts.size === 0;
  if (legend.hidden) return;
  legend.appendChild(html("span", "Events per country:"));
  for (let s = 1; s <= SHADES; s++) {
    const low = s === 1 ? 1 : Math.ceil(Math.exp((s - 1) / SHADES * Math.log(max + 1)));
    const high = Math.floor(Math.exp(s / SHADES * Math.log(max + 1)) - 1e-9);
    if (high < low) continue;
    const item = html("span", null, "shade");
    item.append(html("i", null, `s${s}`), low === high ? String(low) : `${low}–${Math.min(high, max)}`);
    legend.appendChild(item);
  }
}

/* zoom and pan ----------------------------------------------------------------------------------------- */
function unitsPerPx() {
  const width = $("map").getBoundingClientRect().width || W;
  return mapState.view.w / width;
}
function setView(x, y, w, keepSpread) {
  const width = Math.min(W, Math.max(W / MAX_ZOOM, w)), height = width * H / W;
  if (!keepSpread && Math.abs(width - mapState.view.w) > 1e-9) mapState.spread.clear();
  mapState.view = { x: Math.min(W - width, Math.max(0, x)), y: Math.min(H - height, Math.max(0, y)), w: width, h: height };
  const v = mapState.view;
  $("map").setAttribute("viewBox", [v.x, v.y, v.w, v.h].map((n) => n.toFixed(3)).join(" "));
  $("map").dataset.zoom = (W / v.w).toFixed(2);
  drawMarkers();
}
function zoomBy(factor, cx, cy) {
  const v = mapState.view;
  const px = cx === undefined ? v.x + v.w / 2 : cx, py = cy === undefined ? v.y + v.h / 2 : cy;
  const w = Math.min(W, Math.max(W / MAX_ZOOM, v.w / factor)), k = w / v.w;
  setView(px - (px - v.x) * k, py - (py - v.y) * k, w);
}
function fitTo(points) {
  /* the view that holds every point with a margin; the whole world when they are spread wide or absent */
  if (!points.length) { setView(0, 0, W); return; }
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const box = $("map").getBoundingClientRect(), cw = box.width || W, ch = box.height || H;
  /* a margin of 40 pixels round the points, so that a cluster at the edge is drawn whole */
  const w = Math.max(W / MAX_ZOOM * 4, (x1 - x0) / Math.max(0.2, 1 - 80 / cw), (y1 - y0) / Math.max(0.2, 1 - 80 / ch) * W / H);
  if (w > W * 0.8) { setView(0, 0, W); return; }
  setView((x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - w * H / W / 2, w);
}
function mapFit() {
  fitTo(mapState.events.filter(located).map((ev) => project(ev.location.lon, ev.location.lat)));
}
function installZoom(svg) {
  const toMap = (evt) => {
    const r = svg.getBoundingClientRect(), v = mapState.view;
    return [v.x + (evt.clientX - r.left) / r.width * v.w, v.y + (evt.clientY - r.top) / r.height * v.h];
  };
  svg.addEventListener("wheel", (evt) => {
    evt.preventDefault();
    const [x, y] = toMap(evt);
    zoomBy(evt.deltaY < 0 ? 1.5 : 1 / 1.5, x, y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (evt) => {
    if (evt.button !== 0) return;
    drag = { x: evt.clientX, y: evt.clientY, view: { ...mapState.view }, moved: false };
    mapState.dragged = false;
  });
  window.addEventListener("pointermove", (evt) => {
    if (!drag) return;
    const dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = mapState.dragged = true;
    svg.classList.add("panning");
    const k = unitsPerPx();
    setView(drag.view.x - dx * k, drag.view.y - dy * k, drag.view.w, true);
  });
  window.addEventListener("pointerup", () => { drag = null; svg.classList.remove("panning"); });
  svg.addEventListener("dblclick", (evt) => { const [x, y] = toMap(evt); zoomBy(2, x, y); });
  svg.addEventListener("keydown", (evt) => {
    if (evt.target !== svg) return;  /* a marker's own keys are Enter and Space */
    const v = mapState.view, step = 0.2;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[evt.key]) setView(v.x + moves[evt.key][0] * v.w, v.y + moves[evt.key][1] * v.h, v.w, true);
    else if (evt.key === "+" || evt.key === "=") zoomBy(2);
    else if (evt.key === "-" || evt.key === "_") zoomBy(0.5);
    else if (evt.key === "0") mapFit();
    else return;
    evt.preventDefault();
  });
  $("zoom-in").addEventListener("click", () => zoomBy(2));
  $("zoom-out").addEventListener("click", () => zoomBy(0.5));
  $("zoom-fit").addEventListener("click", mapFit);
}

/* clusters --------------------------------------------------------------------------------------------- */
function clusterPoints(points, cell) {
  /* grid clustering in screen units, then clusters whose centres fall within a cell of each other merge */
  const grid = new Map();
  for (const p of points) {
    const key = Math.floor(p.x / cell) + ":" + Math.floor(p.y / cell);
    if (!grid.has(key)) grid.set(key, []);
    grid.get(key).push(p);
  }
  let clusters = [...grid.values()].map((members) => centre(members));
  let merged = true;
  while (merged) {
    merged = false;
    clusters.sort((a, b) => b.members.length - a.members.length);
    const out = [];
    for (const c of clusters) {
      const near = out.find((o) => Math.hypot(o.x - c.x, o.y - c.y) < cell);
      if (near) { Object.assign(near, centre(near.members.concat(c.members))); merged = true; } else out.push(c);
    }
    clusters = out;
  }
  return clusters;
}
function centre(members) {
  const x = members.reduce((s, p) => s + p.x, 0) / members.length;
  const y = members.reduce((s, p) => s + p.y, 0) / members.length;
  return { x, y, members };
}
function dotFor(ev, x, y, k, extra) {
  const killed = (ev.fatalities && ev.fatalities.killed) || 0;
  const key = typeKey(ev);
  const dot = el("circle", { cx: x.toFixed(3), cy: y.toFixed(3), r: ((4 + Math.min(6, Math.sqrt(killed))) * k).toFixed(3),
    "stroke-width": (1 * k).toFixed(3), fill: typeColour(key), tabindex: 0, role: "button",
    class: "dot" + (ev.event_id === mapState.selected ? " selected" : "") + (extra || ""), "data-id": ev.event_id,
    "data-type": key, "aria-label": `${ev.date || "undated"} ${key} at ${ev.location.name}: show its evidence` });
  dot.appendChild(el("title", {}, `${ev.date || "?"} ${key} — ${ev.location.name}`));
  onActivate(dot, (evt) => { if (!dragClick(evt)) mapState.onSelect(ev.event_id); });
  return dot;
}
function clusterFor(c, k) {
  /* a numbered disc ringed by the share of each type among its events */
  const counts = new Map();
  for (const p of c.members) counts.set(typeKey(p.ev), (counts.get(typeKey(p.ev)) || 0) + 1);
  const kinds = typeOrder(counts.keys());
  const top = [...kinds].sort((a, b) => counts.get(b) - counts.get(a))[0];
  const n = c.members.length, r = (11 + 5 * Math.log10(n)) * k, ring = 4.5 * k;
  const g = el("g", { class: "cluster", tabindex: 0, role: "button", "data-count": n, "data-type": top,
    "aria-label": `${n} events here, most ${top}: zoom in` });
  const cx = c.x.toFixed(3), cy = c.y.toFixed(3);
  g.appendChild(el("circle", { cx, cy, r: r.toFixed(3), class: "disc", "stroke-width": (1 * k).toFixed(3) }));
  const around = 2 * Math.PI * (r - ring / 2);
  let offset = 0;
  for (const kind of kinds) {
    const length = counts.get(kind) / n * around;
    g.appendChild(el("circle", { cx, cy, r: (r - ring / 2).toFixed(3), class: "share", fill: "none", stroke: typeColour(kind),
      "stroke-width": ring.toFixed(3), "stroke-dasharray": `${length.toFixed(3)} ${(around - length).toFixed(3)}`,
      "stroke-dashoffset": (-offset).toFixed(3), transform: `rotate(-90 ${cx} ${cy})`, "data-type": kind }));
    offset += length;
  }
  g.appendChild(el("text", { x: cx, y: cy, "font-size": (10 * k).toFixed(3), dy: "0.35em", "text-anchor": "middle" },
    String(n)));
  g.appendChild(el("title", {}, kinds.map((t) => `${t}: ${counts.get(t)}`).join("\n")));
  onActivate(g, (evt) => { if (!dragClick(evt)) openCluster(c); });
  return g;
}
function dragClick(evt) {
  /* the click that ends a drag is not a click on the marker under the pointer */
  return evt.type === "click" && mapState.dragged;
}
function openCluster(c) {
  /* zoom to the cluster's events; when they sit (almost) on one point, spread them into a ring instead */
  const xs = c.members.map((p) => p.x), ys = c.members.map((p) => p.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), (Math.max(...ys) - Math.min(...ys)) * W / H);
  const atMost = mapState.view.w <= W / MAX_ZOOM * 1.01;
  if (span < W / MAX_ZOOM / 4 || atMost) {
    for (const p of c.members) mapState.spread.add(p.ev.event_id);
    drawMarkers();
    const first = document.querySelector("#dots .dot.spread");
    if (first) first.focus();
    return;
  }
  const w = Math.max(span * 1.6, W / MAX_ZOOM);
  setView((Math.min(...xs) + Math.max(...xs)) / 2 - w / 2, (Math.min(...ys) + Math.max(...ys)) / 2 - w * H / W / 2, w);
}
function drawMarkers() {
  const g = $("dots");
  if (!g) return;
  g.replaceChildren();
  const k = unitsPerPx(), v = mapState.view, pad = CLUSTER_PX * k;
  const points = [];
  let selected = null, spread = [];
  for (const ev of mapState.events) {
    if (!located(ev)) continue;
    const [x, y] = project(ev.location.lon, ev.location.lat);
    if (x < v.x - pad || x > v.x + v.w + pad || y < v.y - pad || y > v.y + v.h + pad) continue;
    const p = { x, y, ev };
    if (ev.event_id === mapState.selected) selected = p;
    else if (mapState.spread.has(ev.event_id)) spread.push(p);
    else points.push(p);
  }
  for (const c of clusterPoints(points, CLUSTER_PX * k)) {
    g.appendChild(c.members.length === 1 ? dotFor(c.members[0].ev, c.x, c.y, k) : clusterFor(c, k));
  }
  if (spread.length) {
    const hub = centre(spread), ring = (14 + 2.5 * spread.length) * k;
    spread.forEach((p, i) => {
      const a = 2 * Math.PI * i / spread.length - Math.PI / 2;
      const x = hub.x + ring * Math.cos(a), y = hub.y + ring * Math.sin(a);
      g.appendChild(el("line", { x1: hub.x, y1: hub.y, x2: x, y2: y, class: "leg", "stroke-width": (1 * k).toFixed(3) }));
      g.appendChild(dotFor(p.ev, x, y, k, " spread"));
    });
  }
  if (selected) g.appendChild(dotFor(selected.ev, selected.x, selected.y, k));
  $("map").dataset.markers = String(g.querySelectorAll(".dot, .cluster").length);
}

/* what the rest of the dashboard calls ----------------------------------------------------------------- */
function mapSetEvents(events, refit) {
  mapState.events = events;
  mapState.spread.clear();
  if (refit) mapFit(); else drawMarkers();
  drawLegend();
}
function mapSelect(id) {
  mapState.selected = id;
  drawMarkers();
}
function mapRecolour() {
  drawMarkers();
  drawLegend();
}
function drawLegend() {
  const counts = new Map();
  for (const ev of mapState.events) if (located(ev)) counts.set(typeKey(ev), (counts.get(typeKey(ev)) || 0) + 1);
  const legend = $("legend");
  legend.replaceChildren();
  for (const key of typeOrder(counts.keys())) {
    const item = html("span", null, "entry");
    item.dataset.type = key;
    const swatch = html("i");
    swatch.style.background = typeColour(key);
    item.append(swatch, `${key} (${counts.get(key)})`);
    legend.appendChild(item);
  }
}
