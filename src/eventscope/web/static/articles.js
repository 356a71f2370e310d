// Article list, newest first, each opening the article view.
"use strict";

(() => {
  const {api, el, emptyRow, formatNumber, pager, showError} = ES;
  const tbody = document.querySelector("#articles tbody");
  const state = {offset: 0, limit: 50};

  async function load() {
    try {
      const page = await api("/api/articles", {limit: state.limit, offset: state.offset});
      document.getElementById("total").textContent = `${formatNumber(page.total)} articles`;
      if (!page.items.length) emptyRow(tbody, 4, "No articles yet: ingest some with `eventscope ingest`.");
      else tbody.replaceChildren(...page.items.map((a) => el("tr", {},
        el("td", {}, a.published || "–"),
        el("td", {}, el("a", {href: `/articles/${encodeURIComponent(a.id)}`}, a.title || a.origin || a.id)),
        el("td", {}, a.publisher || "–"),
        el("td", {class: "num"}, formatNumber(a.num_events)))));
      pager(state, page.total, (offset) => { state.offset = offset; load(); });
    } catch (error) { showError(tbody, error); }
    document.body.dataset.ready = "true";
  }

  load();
})();
