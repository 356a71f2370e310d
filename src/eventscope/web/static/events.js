// Event table: filters (kept in the URL), pagination, and each row opening its sentence with highlights.
"use strict";

(() => {
  const {api, apiUrl, dateLabel, el, emptyRow, eventSpans, fillForm, formValues, formatNumber, goldsteinColor, highlight,
    pager, replaceUrl, showError, urlParams, QUAD_NAMES} = ES;
  const PAGE = 50;
  const form = document.getElementById("filters");
  const tbody = document.querySelector("#events tbody");
  const state = {offset: 0, limit: PAGE};

  function place(row) {
    if (!row.location_name) return "–";
    return row.location_country ? [`${row.location_name} (`, TABLES.countryLink(row.location_country), ")"] : row.location_name;
  }

  // A state actor ("Russia") links to its country page; people and bodies stay plain text.
  function stateLink(code, country, name) {
    return code && code === country ? TABLES.countryLink(country, name || country) : (name || "–");
  }

  function eventRow(row) {
    const tr = el("tr", {class: `event-row quad-${row.quad_class}`, "data-id": row.id, tabindex: 0, title: "open the sentence"},
      el("td", {}, dateLabel(row.date, row.date_precision) || "–"),
      el("td", {title: row.source_code || ""}, stateLink(row.source_code, row.source_country, row.source_name)),
      el("td", {title: `${row.cameo} · ${QUAD_NAMES[row.quad_class] || ""}`}, el("b", {}, row.plover || "statement"), ` ${row.cameo}`,
        row.mode ? el("span", {class: "mode"}, ` ${row.mode}`) : null),
      el("td", {title: row.target_code || ""}, stateLink(row.target_code, row.target_country, row.target_name)),
      el("td", {}, el("span", {class: `modality modality-${row.modality}`}, row.modality)),
      el("td", {}, place(row)),
      el("td", {class: "num", style: `color:${goldsteinColor(row.goldstein)}`}, row.goldstein));
    const toggle = () => toggleDetail(tr, row.id);
    tr.addEventListener("click", toggle);
    tr.addEventListener("keydown", (event) => { if (event.key === "Enter") toggle(); });
    return tr;
  }

  async function toggleDetail(tr, id) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("detail-row")) { next.remove(); tr.classList.remove("open"); return; }
    tr.classList.add("open");
    const cell = el("td", {colspan: 7}, el("p", {class: "hint"}, "Loading…"));
    tr.after(el("tr", {class: "detail-row", "data-for": id}, cell));
    try {
      const found = await api(`/api/events/${encodeURIComponent(id)}`);
      const event = found.event;
      const article = found.article || {};
      const sentence = el("blockquote", {class: "sentence"}, highlight(event.evidence.text, event.evidence.start, eventSpans(event)));
      const facts = [
        `${event.modality}`,
        event.date ? `dated ${dateLabel(event.date, event.date_precision)} (${event.date_precision}${event.date_text ? `, “${event.date_text}”` : ""})` : "undated",
        (event.attribution || []).length ? `according to ${ES.actorNames(event.attribution)}` : null,
        `confidence ${event.confidence}`,
        (found.stories || []).length ? `story of ${found.stories[0].num_articles} article(s) from ${found.stories[0].num_sources} source(s)` : null,
      ].filter(Boolean).join(" · ");
      cell.replaceChildren(sentence, el("p", {class: "meta"}, facts, " · ",
        el("a", {href: `/articles/${encodeURIComponent(event.article_id)}#${encodeURIComponent(event.id)}`},
          article.title || "the article"), article.publisher ? ` (${article.publisher})` : ""));
    } catch (error) { showError(cell, error); }
  }

  async function load() {
    const filters = formValues(form);
    replaceUrl({...filters, offset: state.offset || ""});
    document.getElementById("csv").href = apiUrl("/api/events", {...filters, format: "csv"});
    try {
      const page = await api("/api/events", {...filters, limit: state.limit, offset: state.offset});
      document.getElementById("total").textContent = `${formatNumber(page.total)} events`;
      if (!page.items.length) emptyRow(tbody, 7, page.hint ? `No event matches these filters. ${page.hint}` : "No event matches these filters.");
      else tbody.replaceChildren(...page.items.map(eventRow));
      pager(state, page.total, (offset) => { state.offset = offset; load(); });
    } catch (error) {
      document.getElementById("total").textContent = "";
      emptyRow(tbody, 7, "");
      showError(tbody.querySelector("td"), error);
    }
    document.body.dataset.ready = "true";
  }

  async function main() {
    const params = urlParams();
    state.offset = Number(params.offset) || 0;
    fillForm(form, params);
    if (!params.sort) form.elements.sort.value = "-date";
    await ES.fillPloverChoices(form.elements.plover, params.plover);
    form.addEventListener("submit", (event) => { event.preventDefault(); state.offset = 0; load(); });
    for (const select of form.querySelectorAll("select")) select.addEventListener("change", () => { state.offset = 0; load(); });
    document.getElementById("reset").addEventListener("click", () => {
      for (const element of form.elements) if (element.name) element.value = "";
      form.elements.sort.value = "-date";
      form.elements.modality.value = "asserted";
      state.offset = 0;
      load();
    });
    await load();
  }

  main();
})();
