/* sitroom dashboard: the timeline of events per day (brushable) and the fatalities trend under it, on one time
   axis. Days far from the bulk of the events (a year-only date years before the rest) are left off the axis and
   named apart, with a button that puts them back. */
"use strict";

const TL = { left: 30, right: 950, top: 6, bottom: 92 };
const chart = { days: [], range: null, bulk: null, outliers: [], showOutliers: false, xOf: null };

function quantile(sorted, q) {
  /* sorted: [[day, weight], ...] by day; the day below which a share q of the weight lies */
  const total = sorted.reduce((s, d) => s + d[1], 0);
  let seen = 0;
  for (const [day, weight] of sorted) { seen += weight; if (seen >= q * total) return day; }
  return sorted[sorted.length - 1][0];
}
function splitOutliers(days) {
  /* the bulk: from the 5th to the 95th percentile of the events' days, widened by that span (30 days at least)
     on each side; days beyond it are outliers */
  if (!days.length) return { bulk: [], outliers: [] };
  const weighted = days.map((d) => [dayIndex(d.period), d.events]);
  const lo = quantile(weighted, 0.05), hi = quantile(weighted, 0.95), fence = Math.max(30, hi - lo);
  const inside = (i) => i >= lo - fence && i <= hi + fence;
  return { bulk: days.filter((d) => inside(dayIndex(d.period))), outliers: days.filter((d) => !inside(dayIndex(d.period))) };
}
function describeOutliers(outliers) {
  const n = outliers.reduce((s, d) => s + d.events, 0);
  const dates = outliers.map((d) => d.period.slice(0, 10));
  const shown = dates.length > 3 ? `${dates.slice(0, 3).join(", ")}…` : dates.join(", ");
  return `${n} event${n === 1 ? "" : "s"} far from the rest (${shown}) ${chart.showOutliers ? "shown" : "left off the axis"}`;
}

function drawTimeline(allDays) {
  const svg = $("timeline");
  svg.replaceChildren();
  const { bulk, outliers } = splitOutliers(allDays);
  chart.outliers = outliers;
  const days = chart.showOutliers ? allDays : bulk;
  chart.days = days;
  const note = $("timeline-outliers");
  note.hidden = outliers.length === 0;
  $("outlier-text").textContent = outliers.length ? describeOutliers(outliers) : "";
  $("outlier-toggle").textContent = chart.showOutliers ? "Leave them off" : "Show them";
  $("outlier-toggle").setAttribute("aria-pressed", String(chart.showOutliers));
  if (!days.length) {
    chart.range = null; chart.xOf = null;
    svg.appendChild(el("text", { x: 40, y: 50, class: "axis" }, "no dated events"));
    return;
  }
  const first = dayIndex(days[0].period), last = dayIndex(days[days.length - 1].period) + 1;
  chart.range = [first, last];
  const max = Math.max(...days.map((d) => d.events));
  const xOf = (i) => TL.left + (i - first) / Math.max(1, last - first) * (TL.right - TL.left);
  chart.xOf = xOf;
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
    const anchor = t === 0 ? "start" : t === ticks ? "end" : "middle";
    svg.appendChild(el("text", { x: xOf(i), y: 106, class: "axis tick", "text-anchor": anchor }, isoOf(i)));
  }
  svg.appendChild(el("text", { x: 2, y: 14, class: "axis" }, String(max)));
  svg.appendChild(el("rect", { id: "brush", class: "brush", y: TL.top, height: TL.bottom - TL.top, x: 0, width: 0 }));
  showBrush();
}
function showBrush() {
  const brush = $("brush");
  const since = $("f-since").value, until = $("f-until").value;
  if (!brush || !chart.range || (!since && !until)) { if (brush) brush.setAttribute("width", 0); return; }
  const a = since ? chart.xOf(dayIndex(since)) : TL.left, b = until ? chart.xOf(dayIndex(until) + 1) : TL.right;
  brush.setAttribute("x", Math.max(TL.left, a));
  brush.setAttribute("width", Math.max(1, Math.min(TL.right, b) - Math.max(TL.left, a)));
}
function installBrush(onDates) {
  const svg = $("timeline");
  let start = null;
  const toX = (evt) => { const r = svg.getBoundingClientRect(); return (evt.clientX - r.left) / r.width * 960; };
  const toDay = (x) => {
    const [first, last] = chart.range;
    const clamped = Math.min(TL.right, Math.max(TL.left, x));
    return first + Math.floor((clamped - TL.left) / (TL.right - TL.left) * (last - first));
  };
  svg.addEventListener("mousedown", (evt) => { if (chart.range) { start = toX(evt); evt.preventDefault(); } });
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
    if (moved < 3) { showBrush(); return; }
    onDates(isoOf(a), isoOf(Math.max(a, b)));
  });
  svg.addEventListener("dblclick", () => onDates("", ""));
}

/* the fatalities trend: killed per day, week or month (by the span shown), on the timeline's axis ------------ */
function trendInterval() {
  if (!chart.range) return "month";
  const since = $("f-since").value, until = $("f-until").value;
  const a = since ? Math.max(chart.range[0], dayIndex(since)) : chart.range[0];
  const b = until ? Math.min(chart.range[1], dayIndex(until) + 1) : chart.range[1];
  const span = b - a;
  return span <= 92 ? "day" : span <= 731 ? "week" : "month";
}
function drawTrend(byPeriod, interval) {
  const svg = $("trend");
  svg.replaceChildren();
  const length = { day: 1, week: 7, month: 30.44 }[interval];
  const [first, last] = chart.range || [0, 1];
  const rows = byPeriod.filter((r) => r.period && (!chart.range ||
    (dayIndex(r.period) + length > first && dayIndex(r.period) < last)));
  $("trend-title").textContent = `(killed per ${interval}${rows.length ? ", most " + Math.max(...rows.map((r) => r.killed || 0)) : ""})`;
  if (!rows.length || !chart.xOf) { svg.appendChild(el("text", { x: 40, y: 40, class: "axis" }, "no dated events")); return; }
  const max = Math.max(1, ...rows.map((r) => r.killed || 0));
  const bottom = 72, top = 4;
  for (const r of rows) {
    const x0 = Math.max(TL.left, chart.xOf(dayIndex(r.period))), x1 = Math.min(TL.right, chart.xOf(dayIndex(r.period) + length));
    const h = (r.killed || 0) / max * (bottom - top);
    const bar = el("rect", { x: x0.toFixed(2), y: (bottom - h).toFixed(2), width: Math.max(1, x1 - x0 - 0.5).toFixed(2),
      height: h.toFixed(2), class: "bar" });
    bar.appendChild(el("title", {}, `${interval} of ${r.period}: ${r.killed || 0} killed in ${r.events} events`));
    svg.appendChild(bar);
  }
  svg.appendChild(el("line", { x1: TL.left, x2: TL.right, y1: bottom, y2: bottom, stroke: "#889" }));
  svg.appendChild(el("text", { x: 2, y: 12, class: "axis" }, String(max)));
}
