// Attaché's analyst page. Everything from the API is untrusted: it is put into the page as text
// (textContent, text nodes), never as HTML. Chart tooltips, which ECharts renders as HTML, get
// escaped strings only.
"use strict";

const main = () => document.getElementById("main");
const QUAD = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
const QUAD_COLORS = ["#7fbf9b", "#2e8b57", "#e39b8f", "#c0392b"];

/** Creates an element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Escapes text for the few places a library wants HTML (chart tooltips). */
function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c]));
}

/** A link that only ever points inside this page. */
function link(hash, text) {
  return el("a", {href: "#" + hash}, text);
}

async function api(path) {
  const r = await fetch(path, {headers: {"Accept": "application/json"}});
  const body = await r.json().catch(() => ({message: "the server's answer was not JSON"}));
  if (!r.ok) throw new Error(body.message || ("HTTP " + r.status));
  return body;
}

function show(...nodes) {
  const m = main();
  m.replaceChildren(...nodes);
}

function failure(e) {
  show(el("h1", {text: "Something went wrong"}), el("p", {class: "error", text: e.message}));
}

function actorLabel(a) {
  if (!a) return "—";
  return (a.name || a.text || "?") + (a.code ? " (" + a.code + ")" : "");
}

function goldsteinColor(g) {
  if (g === null || g === undefined) return "#888";
  return g >= 0 ? "#2e8b57" : "#c0392b";
}

function eventsTable(events, caption) {
  const rows = events.map(e => el("tr", {},
    el("td", {}, e.date || "—"),
    el("td", {}, el("span", {class: "tag q" + e.quad_class}, e.code), " ", e.plover || ""),
    el("td", {}, actorLabel(e.source)),
    el("td", {}, actorLabel(e.target)),
    el("td", {class: "num"}, String(e.sources)),
    el("td", {}, link("/event/" + encodeURIComponent(e.id), e.sentence.length > 160 ? e.sentence.slice(0, 159) + "…" : e.sentence)),
  ));
  return el("table", {"aria-label": caption},
    el("thead", {}, el("tr", {}, ["Date", "Code", "Source", "Target", "Sources", "Evidence"].map(h => el("th", {scope: "col"}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", {colspan: "6", class: "muted"}, "No events."))));
}

function chart(node, option) {
  if (!window.echarts) {
    node.replaceChildren(el("p", {class: "muted", text: "The chart library did not load."}));
    return null;
  }
  const c = echarts.init(node);
  c.setOption(option);
  window.addEventListener("resize", () => c.resize());
  return c;
}

// ---- views ----

async function home() {
  const [health, actors, events] = await Promise.all([api("/api/health"), api("/api/actors?limit=12"), api("/api/events?limit=15")]);
  show(
    el("h1", {text: "Overview"}),
    el("div", {class: "cards"},
      el("div", {class: "card"}, el("div", {class: "big"}, String(health.documents)), "articles"),
      el("div", {class: "card"}, el("div", {class: "big"}, String(health.events)), "events")),
    el("h2", {text: "Most active actors"}),
    el("p", {}, actors.actors.flatMap((a, i) => [i ? " · " : "", link("/actor/" + encodeURIComponent(a.code), (a.name || a.code) + " (" + a.code + ", " + a.events + ")")])),
    el("h2", {text: "Events"}),
    eventsTable(events.events, "Events"));
}

async function search(q) {
  document.getElementById("q").value = q;
  const [hits, events] = await Promise.all([
    api("/api/search?limit=30&kind=documents&q=" + encodeURIComponent(q)),
    api("/api/events?limit=50&q=" + encodeURIComponent(q))]);
  show(
    el("h1", {}, "Search: ", el("q", {text: q})),
    el("h2", {text: "Events (" + events.total + ")"}),
    eventsTable(events.events, "Matching events"),
    el("h2", {text: "Articles"}),
    el("ul", {id: "doc-hits"}, hits.hits.length ? hits.hits.map(h => el("li", {},
      link("/doc/" + encodeURIComponent(h.id), h.title || h.doc || h.id), el("div", {class: "muted"}, h.snippet)))
      : el("li", {class: "muted"}, "No articles.")));
}

async function dyad(a, b) {
  a = (a || "IRN").toUpperCase();
  b = (b || "RUS").toUpperCase();
  const form = el("form", {class: "controls", id: "dyad-form"},
    el("label", {}, "First country", el("input", {id: "dyad-a", value: a, maxlength: "9", size: "6", required: "required"})),
    el("label", {}, "Second country", el("input", {id: "dyad-b", value: b, maxlength: "9", size: "6", required: "required"})),
    el("button", {type: "submit"}, "Show"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    location.hash = "/dyad/" + encodeURIComponent(form.querySelector("#dyad-a").value.trim().toUpperCase())
      + "/" + encodeURIComponent(form.querySelector("#dyad-b").value.trim().toUpperCase());
  });
  const chartNode = el("div", {class: "chart", id: "dyad-chart", role: "img", "aria-label": "Cooperation and conflict between " + a + " and " + b + " by month"});
  show(el("h1", {text: a + " and " + b}), form, chartNode, el("h2", {text: "Events"}), el("div", {id: "dyad-events"}, el("p", {class: "muted", text: "Loading…"})));
  const [timeline, events] = await Promise.all([
    api("/api/dyads/" + encodeURIComponent(a) + "/" + encodeURIComponent(b) + "/timeline"),
    api("/api/events?limit=200&dyad=" + encodeURIComponent(a + "," + b))]);
  const months = timeline.months.map(m => m.month);
  if (!months.length) {
    chartNode.replaceChildren(el("p", {class: "muted", text: "None of these events has a date to chart."}));
  } else chart(chartNode, {
    tooltip: {trigger: "axis", formatter: ps => esc(ps[0].axisValue) + "<br>" + ps.map(p => esc(p.seriesName) + ": " + esc(p.value)).join("<br>")},
    legend: {data: QUAD.concat(["Mean Goldstein"])},
    grid: {left: 50, right: 50, bottom: 30, top: 50},
    xAxis: {type: "category", data: months},
    yAxis: [{type: "value", name: "events", minInterval: 1}, {type: "value", name: "Goldstein", min: -10, max: 10}],
    series: QUAD.map((name, i) => ({name, type: "bar", stack: "q", data: timeline.months.map(m => m.quad_counts[i]), itemStyle: {color: QUAD_COLORS[i]}}))
      .concat([{name: "Mean Goldstein", type: "line", yAxisIndex: 1, data: timeline.months.map(m => m.mean_goldstein), itemStyle: {color: "#1f5fbf"}}]),
  });
  document.getElementById("dyad-events").replaceChildren(
    el("p", {class: "muted", text: events.total + " events between " + a + " and " + b + ", in either direction."}),
    eventsTable(events.events, "Events between " + a + " and " + b));
}

async function eventView(id) {
  const body = await api("/api/events/" + encodeURIComponent(id));
  const e = body.event;
  const docs = new Map(body.documents.map(d => [d.doc, d]));
  const facts = el("dl", {class: "facts"},
    el("dt", {}, "Code"), el("dd", {}, el("span", {class: "tag q" + e.quad_class}, e.code), " ", e.plover || "", " · Goldstein ", String(e.goldstein)),
    el("dt", {}, "Source"), el("dd", {}, actorLabel(e.source), e.source && e.source.text ? el("span", {class: "muted"}, " — “" + e.source.text + "”") : ""),
    el("dt", {}, "Target"), el("dd", {}, actorLabel(e.target), e.target && e.target.text ? el("span", {class: "muted"}, " — “" + e.target.text + "”") : ""),
    el("dt", {}, "When"), el("dd", {}, (e.date || "unknown") + (e.date_basis ? " (" + e.date_basis + ")" : "")),
    el("dt", {}, "Where"), el("dd", {}, e.location ? e.location.name + (e.location.country ? ", " + e.location.country : "") : "unknown"),
    el("dt", {}, "Sources"), el("dd", {}, e.sources + " article" + (e.sources === 1 ? "" : "s") + ", " + e.mentions.length + " report" + (e.mentions.length === 1 ? "" : "s")));
  const conflicts = e.conflicts.map(c => el("div", {class: "conflict", role: "note"}, "Reports disagree: ", c));
  const mentions = e.mentions.map((m, i) => {
    const d = docs.get(m.doc);
    return el("section", {class: "mention"},
      el("h2", {}, "Report " + (i + 1) + ": ", d && d.title ? d.title : m.doc,
        el("span", {class: "muted"}, (d && d.title ? " · " + m.doc : "") + (m.date ? " · dated " + m.date : "") + (d && d.url ? " · " : "")),
        d && d.url && /^https?:\/\//i.test(d.url) ? el("a", {href: d.url, rel: "noopener noreferrer nofollow", target: "_blank"}, "original") : ""),
      d ? articleWithEvidence(d.text, m.span[0], m.span[1]) : el("p", {class: "muted", text: m.sentence}));
  });
  show(el("h1", {}, e.plover ? e.plover.toLowerCase() + ": " : "", actorLabel(e.source), " → ", actorLabel(e.target)),
    facts, ...conflicts, ...mentions);
  const mark = document.querySelector("mark.evidence");
  if (mark) mark.scrollIntoView({block: "center"});
}

/** The article as text with the evidence sentence marked; offsets index the cleaned text. */
function articleWithEvidence(text, start, end) {
  const s = Math.max(0, Math.min(start, text.length));
  const t = Math.max(s, Math.min(end, text.length));
  return el("div", {class: "article", tabindex: "0", "aria-label": "Article text"},
    text.slice(0, s), el("mark", {class: "evidence"}, text.slice(s, t)), text.slice(t));
}

async function documentView(key) {
  const d = await api("/api/documents/" + encodeURIComponent(key));
  show(el("h1", {text: d.title || d.doc}),
    el("p", {class: "muted"}, d.doc, " · published ", d.published || (d.published_range ? d.published_range.join(" to ") : "unknown"),
      d.published_basis ? " (" + d.published_basis + ")" : "", " · ", String(d.events), " event reports",
      d.duplicate_of ? el("span", {}, " · re-post of ", link("/doc/" + encodeURIComponent(d.duplicate_of), "the original")) : ""),
    el("div", {class: "article", tabindex: "0"}, d.text));
}

async function documents() {
  const body = await api("/api/documents?limit=200");
  show(el("h1", {text: "Articles"}), el("table", {},
    el("thead", {}, el("tr", {}, ["Published", "Article", "Reports", "Re-post"].map(h => el("th", {scope: "col"}, h)))),
    el("tbody", {}, body.documents.map(d => el("tr", {},
      el("td", {}, d.published || (d.published_range ? d.published_range.join("…") : "—")),
      el("td", {}, link("/doc/" + encodeURIComponent(d.key), d.title || d.doc)),
      el("td", {class: "num"}, String(d.events)),
      el("td", {}, d.duplicate_of ? "yes" : ""))))));
}

async function actorView(code) {
  const events = await api("/api/events?limit=200&actor=" + encodeURIComponent(code));
  show(el("h1", {text: "Actor " + code}), el("p", {class: "muted", text: events.total + " events"}), eventsTable(events.events, "Events of " + code));
}

async function network() {
  const body = await api("/api/network?limit=120");
  const node = el("div", {class: "chart tall", id: "network-chart", role: "img", "aria-label": "Who acts on whom"});
  const list = el("table", {},
    el("thead", {}, el("tr", {}, ["Source", "Target", "Events", "Mean Goldstein"].map(h => el("th", {scope: "col"}, h)))),
    el("tbody", {}, body.edges.map(e => el("tr", {},
      el("td", {}, e.source), el("td", {}, e.target), el("td", {class: "num"}, String(e.events)),
      el("td", {class: "num"}, link("/dyad/" + encodeURIComponent(e.source) + "/" + encodeURIComponent(e.target), String(e.mean_goldstein)))))));
  show(el("h1", {text: "Who acts on whom"}), el("p", {class: "muted", text: "Line width: number of events; colour: mean Goldstein score (green cooperation, red conflict)."}), node,
    el("h2", {text: "Pairs"}), list);
  const names = new Set();
  body.edges.forEach(e => { names.add(e.source); names.add(e.target); });
  const max = Math.max(1, ...body.edges.map(e => e.events));
  const c = chart(node, {
    tooltip: {formatter: p => p.dataType === "edge" ? esc(p.data.source + " → " + p.data.target + ": " + p.data.value + " events, mean Goldstein " + p.data.g) : esc(p.name)},
    series: [{type: "graph", layout: "force", roam: true, draggable: true, force: {repulsion: 220, edgeLength: 120},
      label: {show: true}, edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      data: [...names].map(n => ({name: n, symbolSize: 26})),
      links: body.edges.map(e => ({source: e.source, target: e.target, value: e.events, g: e.mean_goldstein,
        lineStyle: {width: 1 + 6 * e.events / max, color: goldsteinColor(e.mean_goldstein), opacity: .8, curveness: .15}}))}],
  });
  if (c) c.on("click", p => { if (p.dataType === "edge") location.hash = "/dyad/" + p.data.source + "/" + p.data.target; });
}

async function map() {
  const body = await api("/api/places?limit=500");
  const node = el("div", {class: "chart tall", id: "map-chart", role: "img", "aria-label": "Where events happened"});
  show(el("h1", {text: "Where events happened"}), node, el("h2", {text: "Places"}),
    el("table", {}, el("thead", {}, el("tr", {}, ["Place", "Country", "Events", "Mean Goldstein"].map(h => el("th", {scope: "col"}, h)))),
      el("tbody", {}, body.places.map(p => el("tr", {}, el("td", {}, p.name), el("td", {}, p.country || ""),
        el("td", {class: "num"}, String(p.events)), el("td", {class: "num"}, String(p.mean_goldstein)))))));
  const max = Math.max(1, ...body.places.map(p => p.events));
  chart(node, {
    tooltip: {formatter: p => esc(p.name + ": " + p.value[2] + " events")},
    geo: {map: "world", roam: true, itemStyle: {areaColor: "#eef1f5", borderColor: "#b9c2cf"}, emphasis: {itemStyle: {areaColor: "#dde4ee"}}},
    series: [{type: "scatter", coordinateSystem: "geo",
      data: body.places.map(p => ({name: p.name, value: [p.lon, p.lat, p.events], itemStyle: {color: goldsteinColor(p.mean_goldstein)}})),
      symbolSize: v => 6 + 18 * Math.sqrt(v[2] / max)}],
  });
}

// ---- routing ----

async function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean);
  const params = new URLSearchParams(query || "");
  try {
    if (parts[0] === "search") await search(params.get("q") || "");
    else if (parts[0] === "dyad") await dyad(parts[1], parts[2]);
    else if (parts[0] === "event" && parts[1]) await eventView(parts[1]);
    else if (parts[0] === "doc" && parts[1]) await documentView(parts[1]);
    else if (parts[0] === "documents") await documents();
    else if (parts[0] === "actor" && parts[1]) await actorView(parts[1]);
    else if (parts[0] === "network") await network();
    else if (parts[0] === "map") await map();
    else await home();
    document.title = "Attaché · " + (parts[0] || "overview");
  } catch (e) {
    failure(e);
  }
  main().focus({preventScroll: true});
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", ev => {
    ev.preventDefault();
    const q = document.getElementById("q").value.trim();
    if (q) location.hash = "/search?q=" + encodeURIComponent(q);
  });
  document.addEventListener("keydown", ev => {
    if (ev.key === "/" && document.activeElement.tagName !== "INPUT") {
      ev.preventDefault();
      document.getElementById("q").focus();
    }
  });
  window.addEventListener("hashchange", route);
  route();
});
