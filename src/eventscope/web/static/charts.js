// Small SVG charts drawn by hand: a diverging bar chart over time and horizontal bars.
"use strict";

ES.charts = (() => {
  const {svg, el, formatNumber} = ES;
  const COOPERATION = "#2e8b57";
  const CONFLICT = "#c0392b";

  function niceMax(value) {
    if (value <= 0) return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
    return 10 * power;
  }

  /**
   * Periods as bars: `up` above the axis (cooperation), `down` below it (conflict).
   * periods: [{period: "2024-05-01", up: 3, down: 2}]
   */
  function diverging(container, periods, labels = {up: "cooperation", down: "conflict"}) {
    if (!periods.length) {
      container.replaceChildren(el("p", {class: "empty"}, "No dated events yet."));
      return;
    }
    const width = Math.max(container.clientWidth || 800, 320);
    const height = 260;
    const margin = {top: 16, right: 12, bottom: 36, left: 44};
    const inner = {w: width - margin.left - margin.right, h: height - margin.top - margin.bottom};
    const top = niceMax(Math.max(...periods.map((p) => p.up), 1));
    const bottom = niceMax(Math.max(...periods.map((p) => p.down), 1));
    const scale = inner.h / (top + bottom);
    const zero = margin.top + top * scale;
    const slot = inner.w / periods.length;
    const barWidth = Math.max(2, Math.min(48, slot * 0.7));
    const chart = svg("svg", {viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
      "aria-label": `${labels.up} and ${labels.down} per period`});
    for (const [value, y] of [[top, margin.top], [0, zero], [bottom, margin.top + inner.h]]) {
      chart.append(svg("line", {x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: value === 0 ? "axis" : "grid"}));
      chart.append(svg("text", {x: margin.left - 6, y: y + 4, class: "tick", "text-anchor": "end"}, formatNumber(value)));
    }
    const labelEvery = Math.ceil(periods.length / Math.max(1, Math.floor(inner.w / 80)));
    periods.forEach((p, i) => {
      const x = margin.left + i * slot + (slot - barWidth) / 2;
      const title = `${p.period}: ${p.up} ${labels.up}, ${p.down} ${labels.down}`;
      chart.append(svg("rect", {x, y: zero - p.up * scale, width: barWidth, height: p.up * scale, fill: COOPERATION, class: "bar-up"},
        svg("title", {}, title)));
      chart.append(svg("rect", {x, y: zero, width: barWidth, height: p.down * scale, fill: CONFLICT, class: "bar-down"},
        svg("title", {}, title)));
      if (i % labelEvery === 0) {
        chart.append(svg("text", {x: x + barWidth / 2, y: height - 12, class: "tick", "text-anchor": "middle"}, p.period));
      }
    });
    chart.append(svg("text", {x: margin.left + 4, y: margin.top + 10, class: "legend-up"}, `▲ ${labels.up}`));
    chart.append(svg("text", {x: margin.left + 4, y: margin.top + inner.h - 2, class: "legend-down"}, `▼ ${labels.down}`));
    container.replaceChildren(chart);
  }

  /** Horizontal bars: entries [{label, value, href?}]. */
  function hbars(container, entries) {
    if (!entries.length) {
      container.replaceChildren(el("p", {class: "empty"}, "Nothing to show yet."));
      return;
    }
    const row = 22;
    const width = Math.max(container.clientWidth || 400, 280);
    const labelWidth = 110;
    const max = Math.max(...entries.map((e) => e.value), 1);
    const chart = svg("svg", {viewBox: `0 0 ${width} ${entries.length * row + 4}`, width: "100%", role: "img"});
    entries.forEach((entry, i) => {
      const y = i * row + 2;
      const barWidth = ((width - labelWidth - 50) * entry.value) / max;
      const label = svg("text", {x: labelWidth - 6, y: y + 15, "text-anchor": "end", class: "tick"}, entry.label);
      chart.append(entry.href ? svg("a", {href: entry.href}, label) : label);
      chart.append(svg("rect", {x: labelWidth, y: y + 3, width: Math.max(barWidth, 1), height: row - 8, class: "bar", fill: entry.color || "#1f4e79"},
        svg("title", {}, `${entry.label}: ${entry.value}`)));
      chart.append(svg("text", {x: labelWidth + barWidth + 4, y: y + 15, class: "tick"}, formatNumber(entry.value)));
    });
    container.replaceChildren(chart);
  }

  return {COOPERATION, CONFLICT, diverging, hbars};
})();
