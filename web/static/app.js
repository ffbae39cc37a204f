// sitrep web UI: dashboard (dyad time series), map, events table and
// article view over the JSON API in docs/api.md. Plain JavaScript, no
// build step; uPlot and Leaflet come from static/vendor (make web).
"use strict";

(() => {
  const QUAD = ["", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
  const QCOL = ["#9ca3af", "#3b82f6", "#16a34a", "#f59e0b", "#dc2626"];
  const $ = (sel, el = document) => el.querySelector(sel);
  const $$ = (sel, el = document) => Array.from(el.querySelectorAll(sel));
  const main = $("#main");
  const state = { meta: null, codes: new Map(), libs: null, cleanup: [] };

  // ---- helpers -----------------------------------------------------------

  function esc(s) {
    return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function h(tag, attrs = {}, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "html") el.innerHTML = v;
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const k of kids.flat()) if (k != null) el.append(k instanceof Node ? k : document.createTextNode(k));
    return el;
  }

  class APIError extends Error {}

  async function api(path, params) {
    const qs = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null && v !== false)).toString() : "";
    const res = await fetch("/api/" + path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok) throw new APIError(body.error || res.statusText);
    return body;
  }

  let toastTimer = 0;
  function toast(msg) {
    const t = $("#toast");
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (t.hidden = true), 6000);
  }

  function fail(err) {
    if (err instanceof APIError) toast(err.message);
    else { toast("Error: " + err.message); }
  }

  const fmtInt = (n) => Number(n || 0).toLocaleString("en-US");
  const fmtG = (g) => (g > 0 ? "+" : "") + Number(g).toFixed(1);
  const goldClass = (g) => (g < 0 ? "gold-neg" : g > 0 ? "gold-pos" : "");
  const codeName = (c) => (state.codes.get(c) || {}).name || "";
  const qchip = (q) => h("span", { class: "qchip", style: `background:${QCOL[q] || QCOL[0]}`, title: QUAD[q] || "" }, String(q || "?"));

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, qs] = raw.split("?");
    const parts = path.split("/").map(decodeURIComponent);
    return { view: parts[0] || "dashboard", rest: parts.slice(1).join("/"), q: new URLSearchParams(qs || "") };
  }

  function go(view, params, rest) {
    const qs = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null && v !== false)).toString() : "";
    location.hash = "#/" + view + (rest ? "/" + encodeURIComponent(rest) : "") + (qs ? "?" + qs : "");
  }

  const articleHref = (id, ev) => "#/article/" + encodeURIComponent(id) + (ev != null ? "?event=" + ev : "");

  // Turns a byte span of the document into the string between; the API
  // gives UTF-8 byte offsets, JavaScript strings count UTF-16 units.
  function byteText(bytes, start, end) {
    return new TextDecoder().decode(bytes.subarray(start, end));
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = h("script", { src });
      s.onload = resolve;
      s.onerror = () => reject(new Error("could not load " + src));
      document.head.append(s);
    });
  }

  function loadCSS(href) {
    document.head.append(h("link", { rel: "stylesheet", href }));
  }

  // libs loads uPlot and Leaflet once; it resolves false when the binary
  // was built without them.
  function libs() {
    if (!state.libs) {
      state.libs = (async () => {
        if (!state.meta || !state.meta.libraries) return false;
        loadCSS("vendor/uPlot.min.css");
        loadCSS("vendor/leaflet.css");
        await Promise.all([loadScript("vendor/uPlot.iife.min.js"), loadScript("vendor/leaflet.js")]);
        return true;
      })();
    }
    return state.libs;
  }

  function needLibs(el) {
    el.append(h("div", { class: "panel empty" },
      h("p", {}, "Charts and the map need the front-end libraries, which this binary was built without."),
      h("p", { html: "Run <code>make web</code> (npm ci of web/package.json), then rebuild: <code>go build ./cmd/sitrep</code>." }),
      h("p", { html: 'The <a href="#/events">events table</a> and the <a href="#/articles">article view</a> work without them.' })));
  }

  // ---- tooltip -----------------------------------------------------------

  const tip = $("#tip");
  function showTip(html, x, y) {
    tip.innerHTML = html;
    tip.hidden = false;
    const r = tip.getBoundingClientRect();
    tip.style.left = Math.min(x + 14, innerWidth - r.width - 8) + "px";
    tip.style.top = (y + 18 + r.height > innerHeight ? y - r.height - 10 : y + 18) + "px";
  }
  const hideTip = () => (tip.hidden = true);

  // ---- header ------------------------------------------------------------

  async function loadStats() {
    try {
      const s = await api("stats");
      const range = s.first_date ? `${s.first_date} – ${s.last_date}` : "no dates";
      $("#stats").innerHTML = `<b>${fmtInt(s.documents)}</b> articles · <b>${fmtInt(s.events)}</b> events · ${esc(range)}`;
      state.stats = s;
    } catch (e) { fail(e); }
  }

  // ---- dashboard ---------------------------------------------------------

  function periodEnd(start, by) {
    const d = new Date(start + "T00:00:00Z");
    if (by === "day") d.setUTCDate(d.getUTCDate());
    else if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
    else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
    return d.toISOString().slice(0, 10);
  }

  async function actorOptions() {
    if (!state.actors) {
      state.actors = api("actors", { limit: 200 }).then((r) => r.actors).catch((e) => { fail(e); return []; });
    }
    return state.actors;
  }

  async function viewDashboard(q) {
    const actors = await actorOptions();
    let a = (q.get("a") || "").toUpperCase();
    let b = (q.get("b") || "").toUpperCase();
    if (!a && actors.length) {
      a = actors[0].code;
      b = actors.length > 1 ? actors[1].code : "ANY";
    }
    b = b || "ANY";
    const by = q.get("by") || "month";
    const both = q.get("both") !== "0";
    const dl = h("datalist", { id: "actor-list" }, h("option", { value: "ANY" }, "any actor"),
      actors.map((x) => h("option", { value: x.code }, `${x.name || x.code} · ${x.events} events`)));
    const form = h("form", { class: "filters", id: "dash-form" },
      h("label", {}, "Actor A", h("input", { name: "a", class: "code-in", list: "actor-list", value: a, required: true, "aria-label": "Actor A code" })),
      h("label", {}, "Actor B", h("input", { name: "b", class: "code-in", list: "actor-list", value: b, "aria-label": "Actor B code or ANY" })),
      h("label", {}, "Period", h("select", { name: "by" }, ["day", "week", "month"].map((x) => h("option", { value: x, selected: x === by }, x)))),
      h("label", {}, "From", h("input", { name: "from", type: "date", value: q.get("from") || "" })),
      h("label", {}, "To", h("input", { name: "to", type: "date", value: q.get("to") || "" })),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "both", checked: both }), "both directions"),
      h("button", { type: "submit" }, "Draw"),
      h("button", { type: "button", class: "secondary", id: "swap", onclick: () => { const f = form.elements; [f.a.value, f.b.value] = [f.b.value, f.a.value]; } }, "Swap"),
      dl);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const f = form.elements;
      go("dashboard", { a: f.a.value.trim().toUpperCase(), b: f.b.value.trim().toUpperCase() || "ANY", by: f.by.value, from: f.from.value, to: f.to.value, both: f.both.checked ? "" : "0" });
    });
    const title = h("h1", {}, `${a || "?"} ${both ? "↔" : "→"} ${b === "ANY" ? "any actor" : b}`);
    const chartsEl = h("div", { class: "charts" });
    const listEl = h("div", { class: "panel", id: "period-events" }, h("p", { class: "muted" }, "Click a point (or focus a chart and press ← → and Enter) to list that period's events. Drag across a chart to zoom; press z or double-click to reset."));
    main.replaceChildren(h("div", { class: "panel" }, form), h("div", { class: "panel" }, title,
      h("div", { class: "legend" }, [1, 2, 3, 4].map((i) => h("span", {}, h("span", { class: "sw q" + i }), QUAD[i])),
        h("span", {}, h("span", { class: "sw", style: "background:var(--gold)" }), "Mean Goldstein (−10 conflict … +10 cooperation)")),
      chartsEl), listEl);
    if (!a) { chartsEl.append(h("div", { class: "empty" }, "No actors in the database yet.")); return; }
    if (!(await libs())) { needLibs(chartsEl); return; }
    let series;
    try {
      series = await api(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, { by, both: both ? "true" : "", from: q.get("from") || "", to: q.get("to") || "" });
    } catch (e) { fail(e); chartsEl.append(h("div", { class: "empty" }, e.message)); return; }
    const pts = series.points;
    if (!pts.length) {
      chartsEl.append(h("div", { class: "empty" }, `No events between ${a} and ${b === "ANY" ? "any actor" : b}. Try another pair, or B = ANY.`));
      return;
    }
    const xs = pts.map((p) => Date.parse(p.period + "T00:00:00Z") / 1000);
    const counts = [1, 2, 3, 4].map((i) => pts.map((p) => p.quad[i - 1]));
    const gold = pts.map((p) => (p.count ? p.goldstein_mean : null));
    const width = Math.max(400, chartsEl.clientWidth - 4);
    const tz = (ts) => uPlot.tzDate(new Date(ts * 1e3), "Etc/UTC");
    const sync = uPlot.sync("dash");
    let selIdx = -1;
    const charts = [];
    const zoomAll = (min, max) => charts.forEach((c) => c.setScale("x", { min, max }));
    const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const label = (v) => { const d = new Date(v * 1e3); return by === "month" ? `${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}` : d.toISOString().slice(0, 10); };
    // Ticks fall on period starts only, thinned to fit the width.
    const xAxis = {
      space: 80,
      splits: (u, i, min, max) => {
        const inRange = xs.filter((x) => x >= min && x <= max);
        const step = Math.max(1, Math.ceil(inRange.length / Math.max(2, Math.floor(u.bbox.width / devicePixelRatio / 95))));
        return inRange.filter((_, k) => k % step === 0);
      },
      values: (u, splits) => splits.map(label),
    };
    const common = (height) => ({
      width, height, tzDate: tz, padding: [10, 44, 0, 0],
      cursor: { sync: { key: sync.key, setSeries: false }, drag: { x: true, y: false, setScale: false }, points: { size: 7 } },
      select: { show: true },
      hooks: {
        setSelect: [(u) => {
          if (u.select.width > 4) {
            const min = u.posToVal(u.select.left, "x"), max = u.posToVal(u.select.left + u.select.width, "x");
            zoomAll(min, max);
          }
          u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
        }],
      },
    });
    const cChart = new uPlot({
      ...common(260),
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [xAxis, { label: "events", size: 50, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000] }],
      series: [{ label: "Period", value: (u, v) => (v == null ? "–" : new Date(v * 1e3).toISOString().slice(0, 10)) },
        ...[1, 2, 3, 4].map((i) => ({ label: QUAD[i], stroke: QCOL[i], fill: QCOL[i] + "22", width: 1.8, points: { show: pts.length < 80, size: 5 } }))],
    }, [xs, ...counts], chartsEl);
    const gChart = new uPlot({
      ...common(180),
      scales: { x: { time: true }, y: { range: [-10, 10] } },
      axes: [xAxis, { label: "Goldstein", size: 50, splits: () => [-10, -5, 0, 5, 10] }],
      series: [{ label: "Period", value: (u, v) => (v == null ? "–" : new Date(v * 1e3).toISOString().slice(0, 10)) },
        { label: "Mean Goldstein", stroke: "#7c3aed", width: 2, spanGaps: false, points: { show: true, size: 5 }, value: (u, v) => (v == null ? "–" : fmtG(v)) }],
      hooks: {
        ...common(0).hooks,
        drawClear: [(u) => {
          const y0 = u.valToPos(0, "y", true);
          const ctx = u.ctx;
          ctx.save();
          ctx.fillStyle = "rgba(22,163,74,0.05)";
          ctx.fillRect(u.bbox.left, u.bbox.top, u.bbox.width, y0 - u.bbox.top);
          ctx.fillStyle = "rgba(220,38,38,0.05)";
          ctx.fillRect(u.bbox.left, y0, u.bbox.width, u.bbox.top + u.bbox.height - y0);
          ctx.restore();
        }],
      },
    }, [xs, gold], chartsEl);
    charts.push(cChart, gChart);
    chartsEl.dataset.points = String(pts.length);
    chartsEl.uplots = charts; // for the browser tests
    const resetZoom = () => zoomAll(xs[0], xs[xs.length - 1]);
    for (const c of charts) {
      c.root.classList.add("chart");
      c.root.tabIndex = 0;
      c.root.setAttribute("role", "img");
      c.root.setAttribute("aria-label", `Chart of ${a}–${b} events per ${by}; arrows move the period, Enter lists its events`);
      let down = null;
      c.over.addEventListener("mousedown", (e) => (down = [e.clientX, e.clientY]));
      c.over.addEventListener("click", (e) => {
        if (down && Math.hypot(e.clientX - down[0], e.clientY - down[1]) > 4) return;
        if (c.cursor.idx != null) { selIdx = c.cursor.idx; listPeriod(selIdx); }
      });
      c.over.addEventListener("dblclick", resetZoom);
      c.root.addEventListener("keydown", (e) => {
        const moves = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity, PageUp: -10, PageDown: 10 };
        if (e.key in moves) {
          e.preventDefault();
          const m = moves[e.key];
          if (selIdx < 0 && Math.abs(m) === 1) selIdx = m < 0 ? xs.length : -1;
          selIdx = Math.max(0, Math.min(xs.length - 1, (selIdx < 0 ? 0 : selIdx) + (Number.isFinite(m) ? m : m > 0 ? xs.length : -xs.length)));
          for (const cc of charts) cc.setCursor({ left: cc.valToPos(xs[selIdx], "x"), top: 10 });
          const p = pts[selIdx];
          listEl.replaceChildren(h("p", { class: "muted" }, `${p.period}: ${p.count} events — press Enter to list them`));
        } else if (e.key === "Enter" && selIdx >= 0) {
          e.preventDefault();
          listPeriod(selIdx);
        }
      });
    }
    state.resetZoom = resetZoom;
    const onResize = () => { const w = Math.max(400, chartsEl.clientWidth - 4); charts.forEach((c) => c.setSize({ width: w, height: c.height })); };
    addEventListener("resize", onResize);
    state.cleanup.push(() => { removeEventListener("resize", onResize); charts.forEach((c) => c.destroy()); state.resetZoom = null; });

    async function listPeriod(i) {
      const p = pts[i];
      const to = periodEnd(p.period, by);
      const base = { from: p.period, to, limit: 200, total: "false" };
      const bq = b === "ANY" ? "" : b;
      const reqs = [api("events", { ...base, source: a, target: bq })];
      if (both) reqs.push(bq ? api("events", { ...base, source: bq, target: a }) : api("events", { ...base, target: a }));
      listEl.replaceChildren(h("p", { class: "muted" }, "Loading…"));
      try {
        const pages = await Promise.all(reqs);
        const seen = new Set();
        const rows = pages.flatMap((x) => x.events).filter((r) => { const k = r.doc_id + "#" + r.index; if (seen.has(k)) return false; seen.add(k); return true; });
        rows.sort((x, y) => (x.date || "").localeCompare(y.date || ""));
        listEl.replaceChildren(
          h("div", { class: "period-head" }, h("h2", {}, `${p.period} – ${to}`),
            h("span", { class: "muted" }, `${rows.length} events · mean Goldstein ${p.count ? fmtG(p.goldstein_mean) : "–"}`),
            h("a", { href: "#/events?" + new URLSearchParams(bq && !both ? { source: a, target: bq, from: p.period, to } : { actor: a, from: p.period, to }).toString() }, "open in table")),
          eventsTable(rows, { compact: true }));
      } catch (e) { fail(e); }
    }
  }

  // ---- events table --------------------------------------------------------

  const cols = [
    { key: "date", label: "Date", sort: "date", get: (r) => r.date || "" },
    { key: "source", label: "Source", get: (r) => r.source.code },
    { key: "code", label: "Event", get: (r) => r.code },
    { key: "target", label: "Target", get: (r) => (r.target ? r.target.code : "") },
    { key: "quad", label: "Quad", get: (r) => r.quad_class },
    { key: "goldstein", label: "Goldstein", sort: "goldstein", num: true, get: (r) => r.goldstein },
    { key: "confidence", label: "Conf.", sort: "confidence", num: true, get: (r) => r.confidence },
    { key: "place", label: "Place", get: (r) => (r.place ? r.place.name : "") },
    { key: "sentence", label: "Sentence", get: (r) => r.sentence_text || r.trigger },
  ];

  function sentenceCell(r) {
    const s = r.sentence_text || "";
    const i = r.trigger ? s.indexOf(r.trigger) : -1;
    if (i < 0) return h("td", { class: "sent" }, s || r.trigger);
    return h("td", { class: "sent" }, s.slice(0, i), h("b", {}, r.trigger), s.slice(i + r.trigger.length));
  }

  function eventsTable(rows, opts = {}) {
    if (!rows.length) return h("div", { class: "empty" }, "No events match.");
    const head = h("tr", {}, cols.map((c) => {
      let sortAttr = null;
      if (opts.sort && c.sort) {
        const cur = opts.sort.replace(/^-/, "");
        if (cur === c.sort) sortAttr = opts.sort.startsWith("-") ? "descending" : "ascending";
      } else if (opts.localSort && opts.localSort.key === c.key) {
        sortAttr = opts.localSort.dir > 0 ? "ascending" : "descending";
      }
      return h("th", { "aria-sort": sortAttr, scope: "col" }, h("button", { type: "button", onclick: () => opts.onSort && opts.onSort(c), title: "Sort by " + c.label.toLowerCase() }, c.label));
    }), h("th", { scope: "col" }, "Article"));
    const body = h("tbody", {}, rows.map((r) => {
      const tr = h("tr", { tabindex: 0, "data-href": articleHref(r.doc_id, r.index), title: `${r.rule || ""} · conf ${r.confidence}` },
        h("td", { class: "code", title: r.date ? null : "no date found" }, r.date || "—"),
        h("td", { class: "code", title: r.source.text }, r.source.code || "—"),
        h("td", {}, h("span", { class: "code" }, r.code), " ", h("span", { class: "muted small" }, codeName(r.code))),
        h("td", { class: "code", title: r.target ? r.target.text : "" }, r.target ? r.target.code || "—" : "—"),
        h("td", {}, qchip(r.quad_class)),
        h("td", { class: "num " + goldClass(r.goldstein) }, fmtG(r.goldstein)),
        h("td", { class: "num" }, Number(r.confidence).toFixed(2)),
        h("td", {}, r.place ? `${r.place.name}${r.place.country ? " (" + r.place.country + ")" : ""}` : ""),
        sentenceCell(r),
        h("td", {}, h("a", { href: articleHref(r.doc_id, r.index) }, r.title || r.doc_id)));
      return tr;
    }));
    body.addEventListener("click", (e) => {
      if (e.target.closest("a")) return;
      const tr = e.target.closest("tr");
      if (tr) location.hash = tr.dataset.href;
    });
    body.addEventListener("keydown", (e) => {
      const tr = e.target.closest("tr");
      if (!tr) return;
      if (e.key === "Enter") { location.hash = tr.dataset.href; }
      else if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); (tr.nextElementSibling || tr).focus(); }
      else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); (tr.previousElementSibling || tr).focus(); }
    });
    return h("table", { class: "grid" }, h("thead", {}, head), body);
  }

  const filterFields = [
    ["actor", "Either actor", "code"], ["source", "Source", "code"], ["target", "Target", "code"],
    ["root", "Root", "root"], ["code", "Code", "text"], ["quad", "QuadClass", "quad"],
    ["modality", "Modality", "modality"], ["from", "From", "date"], ["to", "To", "date"],
    ["place", "Country", "text"], ["min_confidence", "Min conf.", "text"],
  ];

  function rootSelect(name, value) {
    const roots = Array.from(state.codes.values()).filter((c) => c.code.length === 2);
    return h("select", { name }, h("option", { value: "" }, "any"), roots.map((c) => h("option", { value: c.code, selected: c.code === value }, `${c.code} ${c.name}`)));
  }

  function filterForm(q, fields, onApply) {
    const els = fields.map(([name, label, kind]) => {
      const v = q.get(name) || "";
      let input;
      if (kind === "root") input = rootSelect(name, v);
      else if (kind === "quad") input = h("select", { name }, h("option", { value: "" }, "any"), [1, 2, 3, 4].map((i) => h("option", { value: i, selected: String(i) === v }, `${i} ${QUAD[i]}`)));
      else if (kind === "modality") input = h("select", { name }, h("option", { value: "" }, "any"), ["asserted", "negated", "intended", "hypothetical", "reported"].map((m) => h("option", { value: m, selected: m === v }, m)));
      else input = h("input", { name, value: v, type: kind === "date" ? "date" : "text", class: kind === "code" ? "code-in" : null, size: kind === "text" ? 6 : null });
      return h("label", {}, label, input);
    });
    const form = h("form", { class: "filters" }, els, h("button", { type: "submit" }, "Apply"),
      h("button", { type: "button", class: "secondary", onclick: () => onApply({}) }, "Clear"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const out = {};
      for (const [name] of fields) { const v = form.elements[name].value.trim(); if (v) out[name] = v; }
      onApply(out);
    });
    return form;
  }

  async function viewEvents(q) {
    const fields = filterFields;
    const params = {};
    for (const [name] of fields) if (q.get(name)) params[name] = q.get(name);
    const sort = q.get("sort") || "-date";
    const limit = 100;
    const offset = Number(q.get("offset") || 0);
    const reload = (over) => go("events", { ...params, sort, ...over });
    const form = filterForm(q, fields, (vals) => go("events", { ...vals, sort }));
    const out = h("div", { class: "panel" }, h("p", { class: "muted" }, "Loading…"));
    main.replaceChildren(h("div", { class: "panel" }, h("h1", {}, "Events"), form), out);
    let page;
    try {
      page = await api("events", { ...params, sort, limit, offset });
    } catch (e) { fail(e); out.replaceChildren(h("div", { class: "empty" }, e.message)); return; }
    let rows = page.events;
    let localSort = null;
    const draw = () => {
      const table = eventsTable(rows, {
        sort: localSort ? null : sort, localSort,
        onSort: (c) => {
          if (c.sort) {
            const server = c.sort === "confidence" ? "-confidence" : sort === "-" + c.sort ? c.sort : "-" + c.sort;
            reload({ sort: server, offset: 0 });
            return;
          }
          localSort = { key: c.key, dir: localSort && localSort.key === c.key ? -localSort.dir : 1 };
          rows = [...rows].sort((x, y) => { const a = c.get(x), b = c.get(y); return (a > b ? 1 : a < b ? -1 : 0) * localSort.dir; });
          draw();
          const th = $$(`th`, out).find((t) => t.textContent.startsWith(c.label));
          if (th) th.querySelector("button").focus();
        },
      });
      const total = page.total ?? rows.length;
      const pager = h("div", { class: "pager" },
        h("button", { type: "button", class: "secondary", disabled: offset === 0, onclick: () => reload({ offset: Math.max(0, offset - limit) }) }, "← Previous"),
        h("span", { class: "muted" }, rows.length ? `${fmtInt(offset + 1)}–${fmtInt(offset + rows.length)} of ${fmtInt(total)}` : "0 events"),
        h("button", { type: "button", class: "secondary", disabled: offset + rows.length >= total, onclick: () => reload({ offset: offset + limit }) }, "Next →"),
        h("span", { class: "muted small" }, "Date, Goldstein and Conf. sort the whole result; other columns sort this page."));
      out.replaceChildren(table, pager);
    };
    draw();
  }

  // ---- map -----------------------------------------------------------------

  async function world() {
    if (!state.world) state.world = fetch("world.geojson").then((r) => r.json());
    return state.world;
  }

  async function viewMap(q) {
    const fields = [["actor", "Either actor", "code"], ["root", "Root", "root"], ["code", "Code", "text"], ["quad", "QuadClass", "quad"], ["from", "From", "date"], ["to", "To", "date"]];
    const params = {};
    for (const [name] of fields) if (q.get(name)) params[name] = q.get(name);
    const form = filterForm(q, fields, (vals) => go("map", vals));
    const info = h("span", { class: "muted", id: "map-info" }, "");
    const mapEl = h("div", { id: "map", role: "application", "aria-label": "Map of event locations" });
    main.replaceChildren(h("div", { class: "panel" }, form), h("div", { class: "panel" },
      h("div", { class: "legend", style: "margin-bottom:8px" }, h("b", {}, "Event locations"), info,
        [1, 2, 3, 4].map((i) => h("span", {}, h("span", { class: "sw q" + i, style: "border-radius:50%" }), QUAD[i])),
        h("span", { class: "muted" }, "circle area ∝ event mentions; colour = most frequent QuadClass")), mapEl));
    if (!(await libs())) { const box = h("div"); mapEl.replaceWith(box); needLibs(box); return; }
    const map = L.map(mapEl, { worldCopyJump: false, minZoom: 1, maxZoom: 9, zoomSnap: 0.25, keyboard: true, attributionControl: true, maxBounds: [[-85, -200], [85, 200]] });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth (public domain) · Places: GeoNames (CC BY)");
    map.fitBounds([[-50, -150], [72, 160]]);
    state.cleanup.push(() => map.remove());
    try {
      const [w, places] = await Promise.all([world(), api("places", params)]);
      L.geoJSON(w, { style: { color: "#9ca3af", weight: 0.7, fillColor: "#f8f8f5", fillOpacity: 1 }, interactive: false }).addTo(map);
      const feats = places.features.sort((x, y) => y.properties.events - x.properties.events);
      const layer = L.layerGroup().addTo(map);
      let total = 0;
      for (const f of feats) {
        const p = f.properties;
        total += p.events;
        const [lon, lat] = f.geometry.coordinates;
        const m = L.circleMarker([lat, lon], {
          radius: Math.min(40, 4 + 3 * Math.sqrt(p.events)), color: "#1f2937", weight: 0.8,
          fillColor: QCOL[p.quad_class] || QCOL[0], fillOpacity: 0.72, className: "place-point",
        });
        const quads = p.quad.map((n, i) => `<span style="color:${QCOL[i + 1]}">●</span> ${n}`).join("  ");
        m.bindTooltip(`<b>${esc(p.name)}</b> ${esc(p.country)}<br>${fmtInt(p.events)} events · Goldstein ${fmtG(p.goldstein_mean)}<br>${quads}`, { direction: "top", offset: [0, -4] });
        const link = "#/events?" + new URLSearchParams({ ...params, ...(p.country ? { place: p.country } : {}) }).toString();
        m.bindPopup(`<b>${esc(p.name)}</b> (${esc(p.country)})<br>${fmtInt(p.events)} events<br><a href="${esc(link)}">list events in ${esc(p.country || "this country")}</a>`);
        layer.addLayer(m);
      }
      info.textContent = `${fmtInt(feats.length)} places · ${fmtInt(total)} event mentions`;
      mapEl.dataset.points = String(feats.length);
      const legend = L.control({ position: "bottomleft" });
      legend.onAdd = () => h("div", { class: "map-legend" }, [1, 2, 3, 4].map((i) => h("div", {}, h("span", { class: "sw", style: `background:${QCOL[i]};border-radius:50%` }), QUAD[i])));
      legend.addTo(map);
    } catch (e) { fail(e); }
  }

  // ---- articles and search -------------------------------------------------

  function snippet(s) {
    // The store marks matches with [ and ]; everything else is text.
    const frag = document.createDocumentFragment();
    const re = /\[([^\]]*)\]/g;
    let last = 0, m;
    while ((m = re.exec(s))) {
      frag.append(s.slice(last, m.index), h("mark", {}, m[1]));
      last = re.lastIndex;
    }
    frag.append(s.slice(last));
    return frag;
  }

  async function viewArticles(q) {
    const query = q.get("q") || "";
    const offset = Number(q.get("offset") || 0);
    $("#search-q").value = query;
    const out = h("div", { class: "panel" }, h("p", { class: "muted" }, "Loading…"));
    main.replaceChildren(out);
    try {
      if (query) {
        const r = await api("search", { q: query, limit: 50, offset });
        out.replaceChildren(h("h1", {}, `Search: ${query}`), r.hits.length ? h("ul", { class: "hits" }, r.hits.map((x) => h("li", {},
          h("a", { href: articleHref(x.id) }, x.title || x.id), " ", h("span", { class: "muted small" }, `${x.date || ""} · ${x.source || ""} · ${x.events} events`),
          h("div", {}, snippet(x.snippet || ""))))) : h("div", { class: "empty" }, "No article matches. FTS5 syntax: words, \"phrases\", AND, OR, NOT, prefix*."));
      } else {
        const r = await api("documents", { limit: 50, offset, status: "ok" });
        out.replaceChildren(h("h1", {}, "Articles"), h("table", { class: "grid" },
          h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "Title"), h("th", {}, "Source"), h("th", {}, "Events"), h("th", {}, "Tone"))),
          h("tbody", {}, r.documents.map((d) => h("tr", { tabindex: 0, "data-href": articleHref(d.id), onclick: () => (location.hash = articleHref(d.id)), onkeydown: (e) => rowKeys(e) },
            h("td", { class: "code" }, d.date || ""), h("td", {}, h("a", { href: articleHref(d.id) }, d.title || d.id)),
            h("td", {}, d.source || ""), h("td", { class: "num" }, d.events), h("td", { class: "num " + goldClass(d.tone) }, Number(d.tone).toFixed(1)))))),
          h("div", { class: "pager" },
            h("button", { type: "button", class: "secondary", disabled: offset === 0, onclick: () => go("articles", { offset: Math.max(0, offset - 50) }) }, "← Previous"),
            h("button", { type: "button", class: "secondary", disabled: r.documents.length < 50, onclick: () => go("articles", { offset: offset + 50 }) }, "Next →")));
      }
    } catch (e) { fail(e); out.replaceChildren(h("div", { class: "empty" }, e.message)); }
  }

  function rowKeys(e) {
    const tr = e.target.closest("tr");
    if (e.key === "Enter") location.hash = tr.dataset.href;
    else if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); (tr.nextElementSibling || tr).focus(); }
    else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); (tr.previousElementSibling || tr).focus(); }
  }

  // ---- article view ----------------------------------------------------------

  const LAYERS = [["actor", "Actors"], ["trigger", "Event triggers"], ["quote", "Quotes"], ["date", "Dates"], ["place", "Places"], ["amount", "Amounts"]];

  // spansOf lists every highlighted span of d with what the tooltip says.
  function spansOf(d) {
    const out = [];
    d.entities.forEach((e, i) => out.push({ kind: "actor", start: e.start, end: e.end, id: "ent" + i, info: e }));
    d.events.forEach((e, i) => out.push({ kind: "trigger", start: e.start, end: e.end, id: "ev" + i, info: e, ev: i }));
    d.quotes.forEach((qt, i) => {
      out.push({ kind: "quote", start: qt.start, end: qt.end, id: "q" + i, info: qt });
      if (qt.speaker && qt.speaker.end > qt.speaker.start) out.push({ kind: "speaker", start: qt.speaker.start, end: qt.speaker.end, id: "sp" + i, info: qt.speaker });
    });
    d.dates.forEach((x, i) => out.push({ kind: "date", start: x.start, end: x.end, id: "d" + i, info: x }));
    d.places.forEach((x, i) => out.push({ kind: "place", start: x.start, end: x.end, id: "p" + i, info: x }));
    d.amounts.forEach((x, i) => out.push({ kind: "amount", start: x.start, end: x.end, id: "a" + i, info: x }));
    return out.filter((s) => s.end > s.start);
  }

  function describe(s) {
    const x = s.info;
    const row = (k, v) => (v === "" || v == null ? "" : `<div><span class="k">${k}</span> ${esc(v)}</div>`);
    switch (s.kind) {
      case "actor": return `<div class="t">Actor</div>` + row("code", x.code || "(unknown)") + row("name", x.name) + row("type", x.type) + row("role", x.role) + row("found by", x.by);
      case "trigger": return `<div class="t">Event ${esc(x.code)} · ${esc(codeName(x.code))}</div>` +
        row("dyad", `${x.source.code || "—"} → ${x.target ? x.target.code || "—" : "—"}`) +
        row("QuadClass", `${x.quad_class} ${QUAD[x.quad_class] || ""}`) + row("Goldstein", fmtG(x.goldstein)) +
        row("PLOVER", x.plover && x.plover.type ? `${x.plover.type}${x.plover.mode ? " / " + x.plover.mode : ""}` : "") +
        row("modality", x.modality) + row("date", x.date ? `${x.date} (${x.date_precision})` : "") +
        row("place", x.place ? `${x.place.name}, ${x.place.country}` : "") + row("rule", x.rule) + row("confidence", Number(x.confidence).toFixed(2));
      case "quote": return `<div class="t">${esc(x.kind || "")} quote</div>` + row("speaker", x.speaker ? `${x.speaker.name || x.speaker.text}${x.speaker.code ? " (" + x.speaker.code + ")" : ""}` : "unattributed");
      case "speaker": return `<div class="t">Speaker</div>` + row("name", x.name || x.text) + row("code", x.code);
      case "date": return `<div class="t">Date</div>` + row("value", x.value) + row("precision", x.precision);
      case "place": return `<div class="t">Place</div>` + row("name", x.name) + row("country", x.country) + row("admin1", x.admin1) + row("lat, lon", `${x.lat}, ${x.lon}`) + row("GeoNames", x.geonameid || "") + row("feature", x.feature);
      case "amount": return `<div class="t">Amount</div>` + row("value", x.value) + row("unit", x.unit) + row("currency", x.currency);
    }
    return "";
  }

  function renderText(d, bytes) {
    const spans = spansOf(d);
    const cuts = new Set([0, bytes.length]);
    for (const s of spans) { cuts.add(Math.max(0, Math.min(bytes.length, s.start))); cuts.add(Math.max(0, Math.min(bytes.length, s.end))); }
    const pos = Array.from(cuts).sort((a, b) => a - b);
    // Spans sorted by start let each segment find its covering spans.
    const byStart = spans.slice().sort((a, b) => a.start - b.start);
    const frag = document.createDocumentFragment();
    const segSpans = new Map();
    let active = [], k = 0;
    for (let i = 0; i + 1 < pos.length; i++) {
      const a = pos[i], b = pos[i + 1];
      while (k < byStart.length && byStart[k].start <= a) active.push(byStart[k++]);
      active = active.filter((s) => s.end > a);
      const text = byteText(bytes, a, b);
      const cover = active.filter((s) => s.start <= a && s.end >= b);
      if (!cover.length) { frag.append(text); continue; }
      const el = h("span", { class: "s " + Array.from(new Set(cover.map((s) => s.kind))).join(" "), "data-seg": i }, text);
      for (const s of cover) el.classList.add("x-" + s.id);
      segSpans.set(String(i), cover);
      frag.append(el);
    }
    return { frag, segSpans };
  }

  async function viewArticle(id, q) {
    const out = h("div", { class: "panel" }, h("p", { class: "muted" }, "Loading…"));
    main.replaceChildren(out);
    let d;
    try { d = await api("documents/" + encodeURIComponent(id)); } catch (e) { fail(e); out.replaceChildren(h("div", { class: "empty" }, e.message)); return; }
    for (const k of ["entities", "events", "quotes", "dates", "places", "amounts"]) d[k] = d[k] || [];
    const bytes = new TextEncoder().encode(d.text || "");
    const { frag, segSpans } = renderText(d, bytes);
    const textEl = h("div", { class: "doc-text", id: "doc-text" }, frag);
    const layers = h("div", { class: "layers", role: "group", "aria-label": "Highlight layers" }, LAYERS.map(([k, label]) => h("label", {},
      h("input", { type: "checkbox", checked: true, onchange: (e) => textEl.classList.toggle("hide-" + k, !e.target.checked) }),
      h("span", { class: "lk " + k }, label),
      h("span", { class: "muted" }, String(k === "actor" ? d.entities.length : k === "trigger" ? d.events.length : (d[k + "s"] || []).length)))));
    textEl.addEventListener("mouseover", (e) => {
      const seg = e.target.closest("[data-seg]");
      if (!seg) return hideTip();
      const cover = segSpans.get(seg.dataset.seg) || [];
      const order = ["trigger", "actor", "speaker", "date", "place", "amount", "quote"];
      cover.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind));
      showTip(cover.map(describe).join("<hr>"), e.clientX, e.clientY);
    });
    textEl.addEventListener("mousemove", (e) => { if (!tip.hidden) showTip(tip.innerHTML, e.clientX, e.clientY); });
    textEl.addEventListener("mouseleave", hideTip);

    const evItems = d.events.map((e, i) => h("li", {}, h("button", { type: "button", "data-ev": i, onclick: () => focusEvent(i, true), onkeydown: evKeys },
      h("div", {}, qchip(e.quad_class), " ", h("span", { class: "dy" }, `${e.source.code || "—"} → ${e.target ? e.target.code || "—" : "—"}`), "  ",
        h("b", { class: "code" }, e.code), " ", codeName(e.code)),
      h("div", { class: "meta" }, `“${e.trigger}” · Goldstein ${fmtG(e.goldstein)} · ${e.modality} · conf ${Number(e.confidence).toFixed(2)}${e.date ? " · " + e.date : ""}${e.place ? " · " + e.place.name : ""}`),
      h("div", { class: "rule", title: e.rule }, `rule: ${e.rule}`))));
    const side = h("aside", { class: "side" },
      h("div", { class: "panel" }, h("h2", {}, `Events (${d.events.length})`), d.events.length ? h("ul", { class: "evlist", id: "evlist" }, evItems) : h("p", { class: "muted" }, "No events coded in this article.")),
      d.quotes.length ? h("div", { class: "panel" }, h("h2", {}, `Quotes (${d.quotes.length})`), h("ol", { class: "qlist" }, d.quotes.map((qt) => h("li", {},
        h("b", {}, qt.speaker ? qt.speaker.name || qt.speaker.text : "unattributed"), qt.speaker && qt.speaker.code ? h("span", { class: "code muted" }, ` ${qt.speaker.code}`) : "", ": ",
        h("span", { class: "muted" }, qt.text.length > 160 ? qt.text.slice(0, 160) + "…" : qt.text))))) : null,
      actorsPanel(d));
    const tone = d.tone ? ` · tone ${fmtG(d.tone.score)}` : "";
    out.replaceWith(h("div", { class: "article" },
      h("article", { class: "panel" },
        h("h1", {}, d.title || d.id),
        h("div", { class: "doc-meta" }, `${d.date || "undated"}${d.source ? " · " + d.source : ""}${tone} · id ${d.id} `, d.url ? h("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, "original") : ""),
        layers, textEl),
      side));

    function focusEvent(i, scroll) {
      $$(".focus", textEl).forEach((el) => el.classList.remove("focus"));
      $$(".evlist button.sel").forEach((el) => el.classList.remove("sel"));
      const e = d.events[i];
      const btn = $(`.evlist button[data-ev="${i}"]`);
      if (btn) btn.classList.add("sel");
      const segs = $$(".x-ev" + i, textEl);
      for (const ref of [e.source, e.target]) {
        if (!ref || ref.end <= ref.start) continue;
        d.entities.forEach((en, j) => { if (en.start === ref.start && en.end === ref.end) segs.push(...$$(".x-ent" + j, textEl)); });
      }
      segs.forEach((el) => el.classList.add("focus"));
      if (scroll && segs[0]) segs[0].scrollIntoView({ block: "center", behavior: "smooth" });
    }
    function evKeys(e) {
      const li = e.target.closest("li");
      if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); const n = li.nextElementSibling; if (n) { n.firstChild.focus(); n.firstChild.click(); } }
      else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); const p = li.previousElementSibling; if (p) { p.firstChild.focus(); p.firstChild.click(); } }
    }
    const ev = q.get("event");
    if (ev != null && d.events[Number(ev)]) { focusEvent(Number(ev), true); const b = $(`.evlist button[data-ev="${ev}"]`); if (b) b.focus({ preventScroll: true }); }
  }

  function actorsPanel(d) {
    const by = new Map();
    for (const e of d.entities) {
      const key = e.code || e.name || e.text;
      const x = by.get(key) || { code: e.code, name: e.name || e.text, n: 0 };
      x.n++;
      by.set(key, x);
    }
    if (!by.size) return null;
    const list = Array.from(by.values()).sort((a, b) => b.n - a.n);
    return h("div", { class: "panel" }, h("h2", {}, `Actors (${list.length})`), h("table", { class: "grid" }, h("tbody", {}, list.map((x) => h("tr", {},
      h("td", { class: "code" }, x.code ? h("a", { href: "#/dashboard?" + new URLSearchParams({ a: x.code, b: "ANY" }) }, x.code) : "—"),
      h("td", {}, x.name), h("td", { class: "num" }, x.n))))));
  }

  // ---- routing and keys ------------------------------------------------------

  async function route() {
    hideTip();
    for (const f of state.cleanup.splice(0)) { try { f(); } catch (e) { /* already gone */ } }
    const { view, rest, q } = parseHash();
    const navView = view === "article" || view === "search" ? "articles" : view;
    $$("header nav a").forEach((a) => { a.classList.toggle("active", a.dataset.view === navView); a.setAttribute("aria-current", a.dataset.view === navView ? "page" : "false"); });
    document.title = "sitrep · " + view;
    try {
      if (view === "dashboard") await viewDashboard(q);
      else if (view === "map") await viewMap(q);
      else if (view === "events") await viewEvents(q);
      else if (view === "articles" || view === "search") await viewArticles(q);
      else if (view === "article") await viewArticle(rest, q);
      else main.replaceChildren(h("div", { class: "panel empty" }, "No such view."));
    } catch (e) { fail(e); }
    document.body.dataset.ready = view;
  }

  function typing(e) {
    const t = e.target;
    return t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || t.isContentEditable;
  }

  addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    const views = { 1: "dashboard", 2: "map", 3: "events", 4: "articles" };
    if (views[e.key]) { e.preventDefault(); go(views[e.key]); }
    else if (e.key === "/") { e.preventDefault(); $("#search-q").focus(); }
    else if (e.key === "?") { e.preventDefault(); $("#help").showModal(); }
    else if (e.key === "z" && state.resetZoom) { state.resetZoom(); }
    else if (e.key === "Escape") hideTip();
    else if ((e.key === "j" || e.key === "k") && !e.target.closest("tr, .evlist")) {
      const first = $("table.grid tbody tr, .evlist button");
      if (first) { e.preventDefault(); first.focus(); }
    }
  });

  $("#search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const v = $("#search-q").value.trim();
    go("articles", v ? { q: v } : {});
  });
  $("#help-btn").addEventListener("click", () => $("#help").showModal());
  addEventListener("hashchange", route);

  (async () => {
    try {
      state.meta = await api("meta");
      const codes = await api("codes");
      for (const c of codes.codes) state.codes.set(c.code, c);
    } catch (e) { fail(e); state.meta = state.meta || { libraries: false }; }
    const banner = $("#banner");
    if (!state.meta.libraries) {
      banner.innerHTML = "This build has no chart or map libraries: run <code>make web</code> and rebuild to get the dashboard charts and the map.";
      banner.hidden = false;
    } else if (state.meta.demo) {
      banner.innerHTML = "Demo: the bundled example articles, coded at start-up into a temporary database. Run <code>sitrep ingest</code> and <code>sitrep serve --db FILE</code> for your own.";
      banner.hidden = false;
    }
    loadStats();
    route();
  })();
})();
