// sitrep dashboard: shared helpers. Every value from the store goes into the page as text (textContent),
// never as HTML, so a headline containing <script> shows as text.
"use strict";
const TYPE_COLOURS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
};
function typeColour(t) { return TYPE_COLOURS[t] || "#555"; }

function h(tag, attrs, ...children) {
  const svg = ["svg", "g", "path", "circle", "rect", "line", "polyline", "text", "title", "a"].includes(tag) && attrs && attrs._svg;
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "_svg" || v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
function s(tag, attrs, ...children) { return h(tag, Object.assign({_svg: true}, attrs || {}), ...children); }

async function api(path) {
  const r = await fetch(path, {headers: {Accept: "application/json"}});
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.type + ": " + body.error.message : r.statusText);
  return body;
}
function fmtInt(n) { return (n || 0).toLocaleString("en"); }
function showError(where, err) {
  where.replaceChildren(h("p", {class: "error", role: "alert"}, String(err.message || err)));
}
