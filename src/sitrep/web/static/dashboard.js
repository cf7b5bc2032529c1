// The dashboard: one filter drives the map, the weekly timeline and the table together (all from /api).
"use strict";
const form = document.getElementById("filters");
const FIELDS = ["country", "admin1", "since", "until", "type", "actor", "min_fatalities", "q", "bbox"];
const W = 800, H = 440, MAX_FEATURES = 3000;
let state = {sort: "-event_date", offset: 0, limit: 50};
let borderCache = null;

function params(extra) {
  const p = new URLSearchParams();
  for (const f of FIELDS) { const v = form.elements[f].value.trim(); if (v) p.set(f, v); }
  for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined) p.set(k, v);
  return p;
}
function fromUrl() {
  const u = new URLSearchParams(location.search);
  for (const f of FIELDS) form.elements[f].value = u.get(f) || "";
  state.sort = u.get("sort") || "-event_date";
  state.offset = Number(u.get("offset") || 0);
}
function toUrl() {
  const p = params();
  if (state.sort !== "-event_date") p.set("sort", state.sort);
  if (state.offset) p.set("offset", state.offset);
  history.replaceState(null, "", p.toString() ? "?" + p : location.pathname);
}

async function refresh() {
  toUrl();
  const p = params().toString();
  document.getElementById("export-csv").href = "/api/events.csv?" + params({sort: state.sort});
  document.getElementById("export-geojson").href = "/api/events.geojson?" + params({sort: state.sort});
  document.body.dataset.loading = "1";
  await Promise.all([drawMap(p), drawTimeline(p), drawTable()]);
  document.body.dataset.loading = "";
  document.body.dataset.query = p;
}

// -- map: equirectangular projection of the Natural Earth outlines the project carries ---------------------
async function drawMap(p) {
  const box = document.getElementById("map");
  try {
    let geo = await api("/api/events.geojson?limit=" + MAX_FEATURES + "&sort=-fatalities&" + p);
    let pts, clustered = false;
    if (geo.truncated) {   // dense: server-side grid cells instead of single events
      const cell = geo.total > 30000 ? 0.5 : 0.25;
      const m = await api("/api/map?cell=" + cell + "&" + p);
      pts = m.points.map(r => ({lat: r[0], lon: r[1], type: r[2], n: r[3], fat: r[4], label: r[5], cell}));
      clustered = true;
    } else {
      pts = geo.features.map(f => ({lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0],
        type: f.properties.event_type, n: 1, fat: f.properties.fatalities, id: f.id,
        label: (f.properties.event_date || "undated") + " · " + (f.properties.location || "") + " · " + f.properties.sub_event_type}));
    }
    let ext = extent(pts);
    if (!borderCache || borderCache.key !== ext.join()) {
      borderCache = {key: ext.join(), data: await api("/api/borders?bbox=" + ext.map(v => v.toFixed(2)).join(","))};
    }
    const [x0, y0, x1, y1] = ext;
    const sx = W / (x1 - x0), sy = H / (y1 - y0), k = Math.min(sx, sy);
    const px = lon => (lon - x0) * k, py = lat => (y1 - lat) * k;
    const svg = s("svg", {viewBox: `0 0 ${(x1 - x0) * k} ${(y1 - y0) * k}`, role: "img", "aria-label": "map of events"});
    const land = s("g", {class: "land"});
    const sc = borderCache.data.scale;
    for (const c of borderCache.data.countries) {
      let d = "";
      for (const ring of c.rings) {
        let lon = 0, lat = 0;
        for (let i = 0; i < ring.length; i += 2) {
          lon += ring[i]; lat += ring[i + 1];
          d += (i ? "L" : "M") + px(lon / sc).toFixed(1) + " " + py(lat / sc).toFixed(1);
        }
        d += "Z";
      }
      land.append(s("path", {d}, s("title", {}, c.name)));
    }
    svg.append(land);
    const dots = s("g", {class: "dots"});
    const maxN = Math.max(1, ...pts.map(q => q.n));
    pts.sort((a, b) => (b.n - a.n) || (b.fat - a.fat));   // big circles first, so small ones stay visible on top
    for (const q of pts) {
      const r = clustered ? 3 + 12 * Math.sqrt(q.n / maxN) : 3 + Math.min(12, 2 * Math.sqrt(q.fat || 0));
      const c = s("circle", {cx: px(q.lon).toFixed(1), cy: py(q.lat).toFixed(1), r: r.toFixed(1),
        fill: typeColour(q.type), class: clustered ? "dot cluster" : "dot", tabindex: 0,
        "data-id": q.id || null},
        s("title", {}, clustered ? `${q.n} events, ${q.fat} killed, ${q.type} — around ${q.label || "?"} (click to zoom)` :
          `${q.label}: ${q.fat} killed`));
      const go = () => {
        if (q.id) location.href = "/event/" + encodeURIComponent(q.id);
        else { const hc = q.cell / 2; form.elements.bbox.value = [q.lon - hc * 2, q.lat - hc * 2, q.lon + hc * 2, q.lat + hc * 2].map(v => v.toFixed(3)).join(","); state.offset = 0; refresh(); }
      };
      c.addEventListener("click", go);
      c.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
      dots.append(c);
    }
    svg.append(dots);
    box.replaceChildren(svg);
    box.dataset.points = pts.length;
    box.dataset.clustered = clustered ? "1" : "";
    document.getElementById("map-note").textContent = clustered ?
      `${fmtInt(geo.total)} mappable events in ${pts.length} clusters — click one to zoom` :
      `${fmtInt(geo.total)} mappable events; size: fatalities`;
    const legend = document.getElementById("legend");
    legend.replaceChildren(...Object.keys(TYPE_COLOURS).map(t =>
      h("li", {}, h("span", {class: "swatch", style: "background:" + typeColour(t)}), t)));
  } catch (e) { showError(box, e); }
}
function extent(pts) {
  const bb = form.elements.bbox.value;
  if (bb) return bb.split(",").map(Number);
  if (!pts.length) return [-18, 2, 25, 26];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const q of pts) { x0 = Math.min(x0, q.lon); x1 = Math.max(x1, q.lon); y0 = Math.min(y0, q.lat); y1 = Math.max(y1, q.lat); }
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  let w = Math.max(x1 - x0, 4) * 1.2, hh = Math.max(y1 - y0, 3) * 1.2;
  if (w / hh < W / H) w = hh * W / H; else hh = w * H / W;
  return [cx - w / 2, cy - hh / 2, cx + w / 2, cy + hh / 2];
}

// -- timeline: events (bars) and fatalities (line) per week; click a week to filter to it -------------------
async function drawTimeline(p) {
  const box = document.getElementById("timeline");
  try {
    const st = await api("/api/stats?" + p);
    const weeks = st.by_week;
    document.getElementById("summary").textContent =
      `${fmtInt(st.events)} events, ${fmtInt(st.fatalities)} fatalities`;
    box.dataset.weeks = weeks.length;
    box.dataset.events = st.events;
    if (!weeks.length) { box.replaceChildren(h("p", {}, "No dated events for this filter.")); return; }
    const TW = 800, TH = 140, bw = TW / weeks.length;
    const maxE = Math.max(1, ...weeks.map(w => w.events)), maxF = Math.max(1, ...weeks.map(w => w.fatalities));
    const svg = s("svg", {viewBox: `0 0 ${TW} ${TH + 16}`, role: "img", "aria-label": "events per week"});
    weeks.forEach((w, i) => {
      const bh = (TH - 4) * w.events / maxE;
      const r = s("rect", {x: (i * bw).toFixed(2), y: (TH - bh).toFixed(2), width: Math.max(bw - 1, 0.5).toFixed(2),
        height: bh.toFixed(2), class: "bar"}, s("title", {}, `week of ${w.start}: ${w.events} events, ${w.fatalities} fatalities`));
      r.addEventListener("click", () => { form.elements.since.value = w.start; form.elements.until.value = w.end; state.offset = 0; refresh(); });
      svg.append(r);
    });
    svg.append(s("polyline", {class: "fat", points: weeks.map((w, i) =>
      `${((i + 0.5) * bw).toFixed(1)},${(TH - (TH - 4) * w.fatalities / maxF).toFixed(1)}`).join(" ")}));
    svg.append(s("text", {x: 0, y: TH + 13, class: "axis"}, weeks[0].start));
    svg.append(s("text", {x: TW, y: TH + 13, class: "axis", "text-anchor": "end"}, weeks[weeks.length - 1].end));
    box.replaceChildren(svg);
  } catch (e) { showError(box, e); }
}

// -- table: one page at a time, sortable ------------------------------------------------------------------
const COLS = [["event_date", "date"], ["event_type", "type"], [null, "sub-type"], ["actor1", "actor 1"], [null, "actor 2"],
  ["location", "location"], ["admin1", "region"], ["country", "country"], ["fatalities", "fatalities"], ["number_of_sources", "sources"]];
async function drawTable() {
  const table = document.getElementById("events");
  const head = h("tr", {}, COLS.map(([key, label]) => {
    if (!key) return h("th", {scope: "col"}, label);
    const cur = state.sort.replace("-", "") === key, desc = state.sort.startsWith("-");
    return h("th", {scope: "col", "aria-sort": cur ? (desc ? "descending" : "ascending") : "none"},
      h("button", {type: "button", class: "sort", onclick: () => {
        state.sort = cur && desc ? key : "-" + key; state.offset = 0; refresh(); }}, label + (cur ? (desc ? " ▼" : " ▲") : "")));
  }));
  table.tHead.replaceChildren(head);
  try {
    const r = await api("/api/events?" + params({sort: state.sort, limit: state.limit, offset: state.offset}));
    table.tBodies[0].replaceChildren(...r.events.map(e => h("tr", {"data-id": e.event_id},
      h("td", {}, h("a", {href: "/event/" + encodeURIComponent(e.event_id)}, e.event_date || "undated")),
      h("td", {}, h("span", {class: "swatch", style: "background:" + typeColour(e.event_type)}), e.event_type),
      h("td", {}, e.sub_event_type), h("td", {}, e.actor1 || ""), h("td", {}, e.actor2 || ""),
      h("td", {}, e.location || ""), h("td", {}, e.admin1 || ""), h("td", {}, e.country || ""),
      h("td", {class: "num"}, e.fatalities), h("td", {class: "num"}, e.number_of_sources))));
    table.dataset.total = r.total;
    const last = Math.min(r.offset + r.limit, r.total);
    document.getElementById("page").textContent = r.total ? `${fmtInt(r.offset + 1)}–${fmtInt(last)} of ${fmtInt(r.total)}` : "no events";
    document.getElementById("prev").disabled = r.offset === 0;
    document.getElementById("next").disabled = last >= r.total;
  } catch (e) { showError(table.tBodies[0], e); }
}

document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); refresh(); });
document.getElementById("next").addEventListener("click", () => { state.offset += state.limit; refresh(); });
form.addEventListener("submit", e => { e.preventDefault(); state.offset = 0; refresh(); });
form.addEventListener("reset", () => setTimeout(() => { state.offset = 0; refresh(); }, 0));
fromUrl();
refresh();
