// /docs: Swagger UI from the package's own files (no CDN); without them, a plain list of the endpoints.
"use strict";
window.addEventListener("load", async () => {
  const root = document.getElementById("swagger-ui");
  if (window.SwaggerUIBundle) { window.SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"}); return; }
  const spec = await (await fetch("/openapi.json")).json();
  const ul = document.createElement("ul");
  for (const [path, ops] of Object.entries(spec.paths)) for (const [m, op] of Object.entries(ops)) {
    const li = document.createElement("li");
    li.textContent = `${m.toUpperCase()} ${path} — ${op.summary || ""}`;
    ul.append(li);
  }
  root.replaceChildren(ul);
});
