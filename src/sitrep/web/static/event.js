// An event page: every field with the sentences that support it, highlighted in each source article's text.
"use strict";
const FIELDS = ["event_date", "date_phrase", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "plover_category", "plover_mode", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
  "claim", "location", "location_text", "admin1", "admin2", "country", "country_code", "latitude", "longitude", "geo_precision", "where_prec",
  "fatalities", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "wounded", "abducted",
  "arrested", "number_of_sources", "confidence", "story_id", "first_seen", "updated"];

// the article text with spans wrapped in <mark>: pieces of text appended as text nodes, never parsed as HTML
function markedText(text, spans) {
  const out = h("div", {class: "article-text"});
  spans = spans.filter(sp => sp.start >= 0 && sp.end > sp.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const sp of spans) {
    if (sp.start < pos) continue;   // overlapping spans: the first (longest) wins
    out.append(text.slice(pos, sp.start));
    out.append(h("mark", {class: "evidence", id: sp.anchor || null, title: sp.label, "data-field": sp.field}, text.slice(sp.start, sp.end)));
    pos = sp.end;
  }
  out.append(text.slice(pos));
  return out;
}

async function main() {
  const root = document.getElementById("event");
  const id = decodeURIComponent(location.pathname.split("/").pop());
  try {
    const ev = await api("/api/events/" + encodeURIComponent(id));
    document.title = `sitrep — ${ev.event_type} ${ev.event_date || ""}`;
    const byField = {};
    ev.evidence.forEach((e, i) => { e.anchor = "ev" + i; (byField[e.field] = byField[e.field] || []).push(e); });
    const dis = Object.fromEntries(ev.disagreements.map(d => [d.field, d.values]));
    const rows = FIELDS.filter(f => ev[f] !== null && ev[f] !== "" && ev[f] !== undefined || byField[f]).map(f =>
      h("tr", {class: dis[f] ? "disputed" : null},
        h("th", {scope: "row"}, f.replaceAll("_", " ")),
        h("td", {}, String(ev[f] ?? ""), dis[f] ? h("span", {class: "contradiction"}, " sources differ: " +
          Object.entries(dis[f]).map(([a, v]) => `${v} (${a.slice(0, 8)})`).join(" vs ")) : null),
        h("td", {}, (byField[f] || []).map(e => h("p", {class: "evidence-sentence"},
          h("a", {href: "#" + e.anchor}, "“" + e.text + "”"), h("small", {}, ` ${e.article_id.slice(0, 8)} · ${e.rule}`))))));
    const parts = [
      h("h2", {}, `${ev.event_type} — ${ev.sub_event_type}`),
      h("p", {class: "notes"}, ev.notes),
      h("h3", {}, "Sources"),
      h("ul", {class: "sources"}, ev.sources.map(src => h("li", {},
        h("strong", {}, src.outlet || "unknown outlet"), " · ", String(src.published || "undated"), " · ",
        src.title || "", /^https?:\/\//i.test(src.url || "") ? [" · ", h("a", {href: src.url, rel: "noopener noreferrer"}, "original")] : null,
        src.duplicate_of ? h("em", {}, " (copy of " + src.duplicate_of.slice(0, 8) + ")") : null))),
      ev.story_id ? h("p", {}, h("a", {href: "/story/" + encodeURIComponent(ev.story_id)}, "The story these sources belong to")) : null,
      h("h3", {}, "Fields and their evidence"),
      h("div", {class: "scroll"}, h("table", {class: "fields"}, h("thead", {}, h("tr", {}, h("th", {}, "field"), h("th", {}, "value"), h("th", {}, "source sentences"))), h("tbody", {}, rows))),
      h("h3", {}, "The articles, evidence highlighted"),
    ];
    root.replaceChildren(...parts);
    for (const src of ev.sources) {
      const art = await api("/api/articles/" + encodeURIComponent(src.article_id));
      const spans = ev.evidence.filter(e => e.article_id === art.id).map(e => ({start: e.start, end: e.end,
        field: e.field, anchor: e.anchor, label: `${e.field} = ${e.value} (${e.rule})`}));
      root.append(h("article", {class: "source-article"},
        h("h4", {}, art.title || "(untitled)"),
        h("p", {class: "meta"}, `${art.outlet || "unknown outlet"} · ${art.published || "undated"}`),
        markedText(art.text, spans)));
    }
  } catch (e) { showError(root, e); }
}
main();
