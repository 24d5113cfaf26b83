/* sitroom dashboard: what every part shares (element helpers, fetching, the colours of event types).
   Loaded first; map.js, charts.js and app.js use these names. */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

/* ACLED's six event types, in the codebook's order; events without one are "Other". */
const ACLED_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#8e0152",
  "Protests": "#1f77b4",
  "Riots": "#9467bd",
  "Strategic developments": "#2ca02c",
  "Other": "#8a8f94",
};
const PLOVER_COLOURS = {
  ASSAULT: "#d62728", COERCE: "#ff7f0e", PROTEST: "#1f77b4", AGREE: "#2ca02c", MOBILIZE: "#9467bd",
  THREATEN: "#8c564b", SANCTION: "#e377c2", AID: "#17becf", CONSULT: "#bcbd22", SUPPORT: "#7f7f7f",
  ACCUSE: "#a05d56", REQUEST: "#6b6ecf", REJECT: "#843c39", CONCEDE: "#637939", RETREAT: "#ad494a",
  COOPERATE: "#3182bd",
};
const palette = { by: "acled" };  /* "acled" or "plover": the map's and the list's colours */

function typeKey(ev) {
  if (palette.by === "plover") return ev.plover_event || "Other";
  return ev.acled_event_type && ACLED_COLOURS[ev.acled_event_type] ? ev.acled_event_type : "Other";
}
function typeColour(key) {
  const table = palette.by === "plover" ? PLOVER_COLOURS : ACLED_COLOURS;
  return table[key] || "#555";
}
function typeOrder(keys) {
  const table = palette.by === "plover" ? PLOVER_COLOURS : ACLED_COLOURS;
  const order = Object.keys(table);
  const rank = (k) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
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
/* Enter and Space act as a click on an element that is not a button (a table row, a map marker) */
function onActivate(node, action) {
  node.addEventListener("click", action);
  node.addEventListener("keydown", (evt) => {
    if (evt.key === "Enter" || evt.key === " ") { evt.preventDefault(); action(evt); }
  });
}
const dayIndex = (iso) => Math.round(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / 86400000);
const isoOf = (index) => new Date(index * 86400000).toISOString().slice(0, 10);
