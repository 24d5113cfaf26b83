/* sitroom dashboard: the agreements panel. Each agreement with its status and breach counts; click one for its
   timeline: breaches as dots (filled: confirmed, hollow: alleged) between the day it took effect and its last
   report, and its status after each report. Data from /api/agreements; nothing is fetched from elsewhere. */
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  const byId = (id) => document.getElementById(id);
  const dayOf = (iso) => Date.parse(iso + "T00:00:00Z") / 86400000;

  function cell(row, text, cls) {
    const td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "" : String(text);
    if (cls) td.className = cls;
    row.appendChild(td);
  }
  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function drawTimeline(agreement) {
    const box = byId("agreement-timeline");
    box.replaceChildren();
    const dates = [agreement.effective || agreement.signed]
      .concat(agreement.violations.map((v) => v.date), agreement.reports.map((r) => r.published))
      .filter(Boolean).sort();
    if (!dates.length) return;
    const first = dayOf(dates[0]), last = Math.max(dayOf(dates[dates.length - 1]), first + 1);
    const x = (iso) => 20 + (dayOf(iso) - first) / (last - first) * 920;
    box.appendChild(svg("line", { x1: 20, x2: 940, y1: 40, y2: 40, class: "axis" }));
    box.appendChild(svg("text", { x: 20, y: 75, class: "tick" }, dates[0]));
    box.appendChild(svg("text", { x: 940, y: 75, class: "tick", "text-anchor": "end" }, dates[dates.length - 1]));
    for (const r of agreement.reports) {
      if (!r.published) continue;
      const mark = svg("line", { x1: x(r.published), x2: x(r.published), y1: 10, y2: 70, class: "status " + r.status.replace(" ", "-") });
      mark.appendChild(svg("title", {}, `${r.published}: ${r.status} (${r.article_id})`));
      box.appendChild(mark);
    }
    for (const v of agreement.violations) {
      const dot = svg("circle", { cx: x(v.date), cy: 40, r: 6, class: v.alleged ? "alleged" : "confirmed" });
      const who = v.by.join(", ");
      dot.appendChild(svg("title", {}, `${v.date} ${v.place || ""}: by ${who}${v.alleged ? " (alleged)" : ""}` +
        `${v.killed !== null ? ", " + v.killed + " killed" : ""}; reported by ${v.reports.join(", ")}`));
      box.appendChild(dot);
    }
  }

  async function select(id, row) {
    for (const other of byId("agreements").querySelectorAll("tr.selected")) other.classList.remove("selected");
    row.classList.add("selected");
    const response = await fetch("/api/agreements/" + encodeURIComponent(id));
    if (response.ok) drawTimeline(await response.json());
  }

  async function load() {
    const response = await fetch("/api/agreements");
    if (!response.ok) return;
    const body = await response.json();
    const tbody = byId("agreements").querySelector("tbody");
    tbody.replaceChildren();
    byId("agreements-summary").textContent = `Agreements: ${body.agreements.length}`;
    for (const a of body.agreements) {
      const row = document.createElement("tr");
      row.dataset.id = a.agreement_id;
      cell(row, a.kind);
      cell(row, a.status, "status " + a.status.replace(" ", "-"));
      cell(row, a.signed);
      cell(row, a.expires || "");
      cell(row, a.parties.join(", ") + (a.mediators.length ? ` (${a.mediators.join(", ")})` : ""));
      cell(row, `${a.violations_confirmed} / ${a.violations_alleged}`);
      row.tabIndex = 0;  /* keyboard: Tab to a row, Enter or Space to open it */
      row.addEventListener("click", () => select(a.agreement_id, row));
      row.addEventListener("keydown", (evt) => {
        if (evt.key === "Enter" || evt.key === " ") { evt.preventDefault(); select(a.agreement_id, row); }
      });
      tbody.appendChild(row);
    }
    byId("agreements-panel").hidden = body.agreements.length === 0;
  }
  load();
})();
