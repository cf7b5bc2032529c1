// A story page: its articles side by side, the figures each gives, the contradictions between them marked.
"use strict";
async function main() {
  const root = document.getElementById("story");
  const id = decodeURIComponent(location.pathname.split("/").pop());
  try {
    const st = await api("/api/stories/" + encodeURIComponent(id));
    document.title = "sitrep — " + (st.title || "story");
    const disputed = new Set();   // "article_id|value" pairs that take part in a contradiction
    const says = {};              // article_id -> [[field, value], ...] it gives differently from another source
    for (const c of st.contradictions) for (const v of c.values) {
      disputed.add(v.article_id + "|" + Number(v.value));
      (says[v.article_id] = says[v.article_id] || []).push([c.field, v.text || v.value]);
    }
    const parts = [
      h("h2", {}, st.title || "(untitled story)"),
      h("p", {}, `${st.article_count} articles, ${st.first_published || "?"} to ${st.last_published || "?"}`),
      h("h3", {}, `Contradictions (${st.contradictions.length})`),
      st.contradictions.length ? h("ul", {class: "contradictions"}, st.contradictions.map(c => h("li", {class: "contradiction"},
        h("strong", {}, c.field), ": ",
        c.values.map((v, i) => [i ? " vs " : "", h("span", {class: "value"}, String(v.value)), ` (${v.outlet || "?"}, ${v.published || "undated"})`]),
        " — ", h("a", {href: "/event/" + encodeURIComponent(c.event_id)}, "event")))) : h("p", {}, "The sources agree."),
      h("h3", {}, "Events"),
      h("ul", {}, st.events.map(e => h("li", {}, h("a", {href: "/event/" + encodeURIComponent(e.event_id)},
        `${e.event_date || "undated"} ${e.event_type} / ${e.sub_event_type} at ${e.location || "?"}: ${e.fatalities} killed`)))),
      h("h3", {}, "The articles side by side"),
    ];
    const grid = h("div", {class: "side-by-side"});
    parts.push(grid);
    root.replaceChildren(...parts);
    for (const a of st.articles) {
      const art = await api("/api/articles/" + encodeURIComponent(a.article_id));
      grid.append(h("article", {class: "source-article"},
        h("h4", {}, a.title || "(untitled)"),
        h("p", {class: "meta"}, `${a.outlet || "unknown outlet"} · ${a.published || "undated"}` +
          (a.duplicate_of ? ` · copy of ${a.duplicate_of.slice(0, 8)}` : "")),
        says[a.article_id] ? [h("h5", {}, "Where it differs from the other sources"),
          h("ul", {class: "differs"}, says[a.article_id].map(([f, v]) => h("li", {class: "contradiction"},
            f + ": ", h("strong", {}, String(v)))))] : null,
        h("h5", {}, "Figures"),
        a.figures.length ? h("ul", {class: "figures"}, a.figures.map(f => h("li",
          {class: disputed.has(a.article_id + "|" + Number(f.value)) ? "contradiction" : null},
          `${f.kind}: `, h("strong", {}, f.text), f.about ? ` (${f.about})` : ""))) : h("p", {}, "none"),
        h("details", {open: true}, h("summary", {}, "Text"), h("div", {class: "article-text"}, art.text))));
    }
  } catch (e) { showError(root, e); }
}
main();
