// Overview: counts, cooperation and conflict over time (plotly: zoom, 3-period rolling mean, log scale), top dyads, event types, recent stories.
"use strict";

(() => {
  const {api, el, emptyRow, formatNumber, goldsteinColor, showError, storySpan} = ES;

  function card(label, value, href) {
    const body = [el("span", {class: "value"}, value), el("span", {class: "label"}, label)];
    return href ? el("a", {class: "card", href}, ...body) : el("div", {class: "card"}, ...body);
  }

  // Dates found in text reach far into the past (a 1913 treaty) and the odd one into the future, so the
  // chart shows the window holding the middle 96% of dated events, with empty periods filled in.
  const WINDOW_SHARE = 0.02;

  async function eventWindow() {
    const daily = (await api("/api/trends", {interval: "day", modality: modality()})).items;
    const total = daily.reduce((sum, row) => sum + row.count, 0);
    if (!total) return null;
    let seen = 0, since = null, until = null;
    for (const row of daily) {
      seen += row.count;
      if (since === null && seen > total * WINDOW_SHARE) since = row.period;
      if (until === null && seen >= total * (1 - WINDOW_SHARE)) until = row.period;
    }
    const shown = daily.filter((row) => row.period >= since && row.period <= until).reduce((sum, row) => sum + row.count, 0);
    return {since, until, outside: total - shown};
  }

  function chooseInterval(window) {
    if (!window) return "month";
    const days = (new Date(window.until) - new Date(window.since)) / 86400000;
    return days <= 62 ? "day" : days <= 730 ? "week" : "month";
  }

  function periodsBetween(first, last, interval) {
    const periods = [];
    const date = new Date(`${first}T00:00:00Z`);
    const end = new Date(`${last}T00:00:00Z`);
    while (date <= end && periods.length < 5000) {
      periods.push(date.toISOString().slice(0, 10));
      if (interval === "day") date.setUTCDate(date.getUTCDate() + 1);
      else if (interval === "week") date.setUTCDate(date.getUTCDate() + 7);
      else date.setUTCMonth(date.getUTCMonth() + 1);
    }
    return periods;
  }

  let shownWindow = null;
  const modality = () => document.querySelector("#overview-filters select[name=modality]").value;

  async function drawTrend() {
    const target = document.getElementById("trend");
    const interval = document.getElementById("interval").value;
    const unit = document.getElementById("unit").value;
    const range = shownWindow ? {since: shownWindow.since, until: shownWindow.until} : {};
    try {
      const trend = await api("/api/trends", {interval, unit, group_by: "quad_class", modality: modality(), ...range});
      const periods = new Map();
      for (const row of trend.items) {
        const p = periods.get(row.period) || {period: row.period, up: 0, down: 0};
        if (Number(row.quad_class) <= 2) p.up += row.count; else p.down += row.count;
        periods.set(row.period, p);
      }
      const keys = [...periods.keys()].sort();
      const filled = keys.length ? periodsBetween(keys[0], keys[keys.length - 1], interval)
        .map((period) => periods.get(period) || {period, up: 0, down: 0}) : [];
      const log = document.getElementById("trend-log").checked;
      if (!target.data) target.replaceChildren();
      await PLOTS.timeSeries(target, filled.map((p) => p.period), [
        {name: "cooperation", values: filled.map((p) => p.up), color: "#2e8b57"},
        {name: "conflict", values: filled.map((p) => p.down), color: "#c0392b"},
      ], {window: 3, log});
      const note = document.getElementById("trend-window");
      note.textContent = shownWindow ? `Shown: ${shownWindow.since} to ${shownWindow.until}` +
        (shownWindow.outside ? ` (${formatNumber(shownWindow.outside)} events dated outside it are left out).` : ".") : "";
    } catch (error) { showError(target, error); }
  }

  async function drawCounts() {
    const stats = await api("/api/stats");
    const c = stats.counts;
    const range = stats.date_min ? `${stats.date_min} – ${stats.date_max}` : "no dates";
    document.getElementById("counts").replaceChildren(
      card("articles", formatNumber(c.articles), "/articles"),
      card("events", formatNumber(c.events), "/events"),
      card("stories", formatNumber(c.stories)),
      card("duplicate articles", formatNumber(c.duplicates)),
      card("rejected inputs", formatNumber(c.rejects), "/api/rejects"),
      card("event dates", range),
    );
    ES.charts.hbars(document.getElementById("plover"), Object.entries(stats.plover).slice(0, 16).map(([label, value]) => ({
      label, value, href: label === "-" ? undefined : `/events?plover=${encodeURIComponent(label)}`,
    })));
    return stats;
  }

  async function drawDyads() {
    const tbody = document.querySelector("#dyads tbody");
    const dyads = await api("/api/dyads", {limit: 10, modality: modality()});
    if (!dyads.items.length) return emptyRow(tbody, 4, "No events with both a source and a target yet.");
    tbody.replaceChildren(...dyads.items.map((d) => el("tr", {},
      el("td", {title: d.source_name || ""}, d.source),
      el("td", {title: d.target_name || ""}, ES.dyadLink(d.source, d.target, d.target)),
      el("td", {class: "num"}, formatNumber(d.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(d.mean_goldstein)}`}, d.mean_goldstein))));
  }

  async function drawStories() {
    const tbody = document.querySelector("#stories tbody");
    const stories = await api("/api/stories", {sort: "-date", limit: 10, modality: modality()});
    if (!stories.items.length) return emptyRow(tbody, 7, "No stories yet.");
    tbody.replaceChildren(...stories.items.map((s) => el("tr", {},
      el("td", {}, storySpan(s)),
      el("td", {}, TABLES.countryLink(s.source_country, s.source_code || s.source_country || "–")),
      el("td", {}, el("a", {href: `/events?story_id=${encodeURIComponent(s.id)}`, title: "the reports of this story"},
        [s.plover || "statement", s.cameo].join(" · "))),
      el("td", {}, TABLES.countryLink(s.target_country, s.target_code || s.target_country || "–")),
      el("td", {}, s.location_name || "–"),
      el("td", {class: "num"}, formatNumber(s.num_reports ?? s.num_mentions)),
      el("td", {class: "num"}, formatNumber(s.num_sources)))));
  }

  async function main() {
    try {
      await drawCounts();
      shownWindow = await eventWindow();
      document.getElementById("interval").value = chooseInterval(shownWindow);
    } catch (error) { showError(document.getElementById("counts"), error); }
    document.getElementById("interval").addEventListener("change", drawTrend);
    document.getElementById("unit").addEventListener("change", drawTrend);
    document.getElementById("trend-log").addEventListener("change", drawTrend);
    document.querySelector("#overview-filters select[name=modality]").addEventListener("change", () => Promise.all([
      drawTrend(), drawDyads().catch(() => {}), drawStories().catch(() => {})]));
    await Promise.all([
      drawTrend(),
      drawDyads().catch((error) => showError(document.querySelector("#dyads tbody"), error)),
      drawStories().catch((error) => showError(document.querySelector("#stories tbody"), error)),
    ]);
    document.body.dataset.ready = "true";
  }

  main();
})();
