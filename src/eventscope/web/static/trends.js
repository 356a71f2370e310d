// Trends: counts per day, week or month (empty periods as zeros), split by QuadClass or PLOVER type, with a
// rolling mean, zoom (drag or range slider) and a log scale.
"use strict";

(() => {
  const {api, el, emptyRow, formValues, formatNumber, goldsteinColor, replaceUrl, showError} = ES;
  const form = document.getElementById("controls");
  const box = document.getElementById("series");
  const QUAD = {1: ["verbal cooperation", "#7fc49a"], 2: ["material cooperation", "#2e8b57"],
                3: ["verbal conflict", "#e59a8f"], 4: ["material conflict", "#c0392b"]};
  const PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#d68910", "#7d3c98", "#17a589", "#a04000", "#566573",
                   "#b03a2e", "#1e8449", "#2874a6", "#af601a", "#6c3483", "#148f77", "#909497", "#283747"];
  let last = null;

  function series(items, groupBy, interval) {
    const key = groupBy === "none" ? null : groupBy;
    const groups = [...new Set(items.map((r) => (key ? String(r[key] ?? "–") : "events")))].sort();
    const filled = PLOTS.zeroFill(
      [...new Set(items.map((r) => r.period))].map((period) => ({period})), interval, {});
    const periods = filled.map((p) => String(p.period).slice(0, 10));
    const counts = new Map(items.map((r) => [`${String(r.period).slice(0, 10)}|${key ? String(r[key] ?? "–") : "events"}`, r.count]));
    return {periods, series: groups.map((g, i) => ({
      name: key === "quad_class" && QUAD[g] ? `${g} ${QUAD[g][0]}` : g,
      color: key === "quad_class" && QUAD[g] ? QUAD[g][1] : PALETTE[i % PALETTE.length],
      values: periods.map((p) => counts.get(`${p}|${g}`) || 0),
    }))};
  }

  function table(items, groupBy) {
    const tbody = document.querySelector("#trend-table tbody");
    if (!items.length) return emptyRow(tbody, 4, "No dated events for these settings.");
    tbody.replaceChildren(...items.slice(-500).reverse().map((r) => el("tr", {},
      el("td", {}, String(r.period).slice(0, 10)), el("td", {}, groupBy === "none" ? "all" : String(r[groupBy] ?? "–")),
      el("td", {class: "num"}, formatNumber(r.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(r.mean_goldstein)}`}, r.mean_goldstein))));
  }

  async function redraw() {
    if (!last) return;
    const window = Number(document.getElementById("window").value);
    const log = document.getElementById("log").checked;
    await PLOTS.timeSeries(box, last.periods, last.series, {window, log});
    box.dataset.periods = last.periods.length;
    box.dataset.log = String(log);
  }

  async function load() {
    const values = formValues(form);
    replaceUrl(values);
    const interval = values.interval || "week", groupBy = values.group_by || "quad_class";
    try {
      const trend = await api("/api/trends", {...values, interval, group_by: groupBy});
      last = series(trend.items, groupBy, interval);
      if (!box.data) box.replaceChildren();
      await redraw();
      table(trend.items, groupBy);
    } catch (error) { showError(box, error); }
    document.body.dataset.ready = "true";
  }

  const params = ES.bindFilterForm(form, load, form.querySelectorAll("select"));
  document.getElementById("window").addEventListener("change", redraw);
  document.getElementById("log").addEventListener("change", redraw);
  ES.fillPloverChoices(form.elements.plover, params.plover).then(load);
})();
