/* sitroom dashboard: the review form in the event detail pane. Accept, reject or correct the fused event shown
   (type, sub-type, actors, date, place, fatalities), and read its audit trail. Writes need the server's token
   (SITROOM_TOKEN), typed once per browser session; the reviewer's name is remembered. The detail pane announces
   each event it shows with a "sitroom:event-shown" event; data from /api/...; nothing is fetched from elsewhere. */
"use strict";

(function () {
  const byId = (id) => document.getElementById(id);
  const EDITABLE = [
    ["type", "Type"], ["sub_type", "Sub-type"], ["actor1", "Actor 1"], ["actor2", "Actor 2"],
    ["date", "Date"], ["place", "Place"], ["fatalities", "Killed"],
  ];
  let choices = null;  // /api/reviews/fields: ACLED's types and sub-types
  let shown = null;  // the event id the detail pane shows
  let saved = "";  // what the last write answered, shown again once the pane is drawn afresh

  function node(tag, text, attrs) {
    const n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  }
  function valueOf(ev, name) {
    const loc = ev.location || {}, f = ev.fatalities || {};
    return {
      type: ev.acled_event_type, sub_type: ev.acled_sub_event_type,
      actor1: ev.actor1 && ev.actor1.name, actor2: ev.actor2 && ev.actor2.name,
      date: ev.date, place: loc.name, fatalities: f.killed,
    }[name];
  }
  function show(text) { const m = byId("rv-message"); if (m) m.textContent = text; }
  async function answer(response) {
    let body = {};
    try { body = await response.json(); } catch (err) { body = { error: response.statusText }; }
    if (!response.ok) throw new Error((body.code ? body.code + ": " : "") + body.error);
    return body;
  }
  function select(name, options, current) {
    const s = node("select", null, { id: "rv-" + name, name: name });
    s.appendChild(new Option("—", ""));
    for (const o of options) s.appendChild(new Option(o, o, false, o === current));
    return s;
  }
  function input(name, current) {
    const attrs = { id: "rv-" + name, name: name, value: current === null || current === undefined ? "" : String(current) };
    if (name === "date") attrs.placeholder = "YYYY-MM-DD";
    if (name === "fatalities") { attrs.inputmode = "numeric"; attrs.size = "5"; }
    return node("input", null, attrs);
  }
  function field(name, label, ev) {
    const current = valueOf(ev, name);
    let control;
    if (name === "type" && choices) control = select(name, Object.keys(choices), current);
    else if (name === "sub_type" && choices) control = select(name, [].concat(...Object.values(choices)), current);
    else control = input(name, current);
    control.dataset.before = current === null || current === undefined ? "" : String(current);
    const row = node("label", null, { for: "rv-" + name });
    row.append(node("span", label), control);
    return row;
  }
  async function send(fusedId, action, changes) {
    const token = byId("rv-token").value.trim(), reviewer = byId("rv-reviewer").value.trim();
    if (!token) { show("Type the server's token (SITROOM_TOKEN) first."); byId("rv-token").focus(); return; }
    sessionStorage.setItem("sitroom-token", token);
    if (reviewer) localStorage.setItem("sitroom-reviewer", reviewer);
    const body = { action: action, reviewer: reviewer || "dashboard" };
    if (action === "correct") body.changes = changes;
    const note = byId("rv-note").value.trim();
    if (note) body.note = note;
    try {
      const result = await answer(await fetch("/api/events/" + encodeURIComponent(fusedId) + "/review", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
        body: JSON.stringify(body),
      }));
      saved = "Saved: " + result.review.status + ".";
      if (typeof window.selectEvent === "function" && shown) await window.selectEvent(shown);  /* the pane afresh */
      else await history(fusedId, result.review);
      show(saved);
      document.body.dataset.reviewed = result.review.status;
    } catch (err) { show(err.message); }
  }
  function changesOf(form) {
    const changes = {};
    for (const [name] of EDITABLE) {
      const c = form.elements[name];
      if (c && c.value.trim() !== c.dataset.before) changes[name] = c.value.trim();
    }
    return changes;
  }
  async function history(fusedId, review) {
    const box = byId("rv-history");
    if (!box) return;
    let trail;
    try { trail = await answer(await fetch("/api/events/" + encodeURIComponent(fusedId) + "/reviews")); }
    catch (err) { show(err.message); return; }
    review = review || trail.review;
    byId("rv-status").textContent = review
      ? `${review.status} by ${review.reviewer}, ${review.reviewed_at}` + (review.flags.length ? ` · ${review.flags.length} flag(s): ${review.flags.map((f) => f.kind + (f.field ? " " + f.field : "")).join(", ")}` : "")
      : "not reviewed";
    box.replaceChildren();
    for (const e of trail.log) {
      const what = e.action + (e.field ? " " + e.field : "");
      let change = "";
      if (e.field && e.action !== "flag") change = `${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`;
      else if (["accept", "reject", "correct"].includes(e.action)) change = `${e.before || "unreviewed"} → ${e.after}`;
      box.appendChild(node("li", `${e.at} ${e.reviewer}: ${what} ${change}` + (e.note ? ` (${e.note})` : "")));
    }
  }
  async function render(box, ev) {
    const fusedId = ev.fused_id || ev.event_id;
    shown = ev.event_id;
    if (choices === null) {
      try { choices = (await answer(await fetch("/api/reviews/fields"))).acled_types; } catch (err) { choices = false; }
    }
    const old = byId("review");
    if (old) old.remove();
    const section = node("section", null, { id: "review", "aria-label": "Review", "data-fused-id": fusedId });
    section.append(node("h3", "Review"), node("p", "…", { id: "rv-status" }));
    const form = node("form", null, { id: "rv-form", autocomplete: "off" });
    const grid = node("div", null, { class: "rv-fields" });
    for (const [name, label] of EDITABLE) grid.appendChild(field(name, label, ev));
    const who = node("div", null, { class: "rv-fields" });
    const reviewer = node("label", null, { for: "rv-reviewer" });
    reviewer.append(node("span", "Reviewer"), node("input", null, { id: "rv-reviewer", value: localStorage.getItem("sitroom-reviewer") || "" }));
    const token = node("label", null, { for: "rv-token" });
    token.append(node("span", "Token"), node("input", null, { id: "rv-token", type: "password", value: sessionStorage.getItem("sitroom-token") || "" }));
    const note = node("label", null, { for: "rv-note" });
    note.append(node("span", "Note"), node("input", null, { id: "rv-note" }));
    who.append(reviewer, token, note);
    const buttons = node("div", null, { class: "rv-buttons" });
    const accept = node("button", "Accept", { type: "button", id: "rv-accept" });
    const reject = node("button", "Reject", { type: "button", id: "rv-reject" });
    const save = node("button", "Save corrections", { type: "submit", id: "rv-correct" });
    buttons.append(accept, reject, save);
    form.append(grid, who, buttons, node("p", "", { id: "rv-message", role: "status" }));
    accept.addEventListener("click", () => send(fusedId, "accept"));
    reject.addEventListener("click", () => send(fusedId, "reject"));
    form.addEventListener("submit", (evt) => {
      evt.preventDefault();
      const changes = changesOf(form);
      if (!Object.keys(changes).length) { show("Change a field first, or accept the event as it reads."); return; }
      send(fusedId, "correct", changes);
    });
    section.append(form, node("h4", "History"), node("ol", null, { id: "rv-history" }));
    const text = box.querySelector(".article-text");
    box.insertBefore(section, text);
    await history(fusedId);
    if (saved) { show(saved); saved = ""; }
  }
  document.addEventListener("sitroom:event-shown", (e) => { render(e.detail.box, e.detail.event); });
})();
