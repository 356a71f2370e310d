// Actor network: actors as nodes, dyads as directed edges weighted by event count or summed Goldstein.
// The layout is a small force simulation run to rest before drawing (deterministic: same data, same picture).
"use strict";

(() => {
  const {api, el, emptyRow, fillForm, formValues, formatNumber, goldsteinColor, replaceUrl, showError, svg, urlParams} = ES;
  const form = document.getElementById("controls");
  const box = document.getElementById("network");
  const WIDTH = 960;
  const HEIGHT = 640;

  function buildGraph(dyads) {
    const nodes = new Map();
    const node = (id, name) => {
      if (!nodes.has(id)) nodes.set(id, {id, name: name || id, events: 0, x: 0, y: 0, dx: 0, dy: 0});
      return nodes.get(id);
    };
    const edges = dyads.map((d) => {
      const source = node(d.source, d.source_name);
      const target = node(d.target, d.target_name);
      source.events += d.count;
      if (target !== source) target.events += d.count;
      return {source, target, dyad: d};
    });
    return {nodes: [...nodes.values()], edges};
  }

  function layout({nodes, edges}) {
    // Fruchterman-Reingold with a pull to the centre, in an unbounded plane; the result is then fitted
    // to the canvas, so disconnected groups stay near the others instead of piling up at the edges.
    const n = nodes.length;
    const k = 100;
    nodes.forEach((v, i) => {
      const angle = (2 * Math.PI * i) / Math.max(n, 1);
      v.x = 300 * Math.cos(angle);
      v.y = 300 * Math.sin(angle);
    });
    let temperature = 80;
    for (let step = 0; step < 300; step++) {
      for (const v of nodes) { v.dx = -0.04 * v.x; v.dy = -0.04 * v.y; }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d = Math.max(Math.hypot(dx, dy), 0.01);
          if (d > 3 * k) continue;  // far nodes do not push: separate groups stay close to the centre
          const force = (k * k) / d;
          dx /= d; dy /= d;
          a.dx += dx * force; a.dy += dy * force;
          b.dx -= dx * force; b.dy -= dy * force;
        }
      }
      for (const {source: a, target: b} of edges) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = (d * d) / k;
        dx /= d; dy /= d;
        a.dx -= dx * force; a.dy -= dy * force;
        b.dx += dx * force; b.dy += dy * force;
      }
      for (const v of nodes) {
        const d = Math.max(Math.hypot(v.dx, v.dy), 0.01);
        v.x += (v.dx / d) * Math.min(d, temperature);
        v.y += (v.dy / d) * Math.min(d, temperature);
      }
      temperature = Math.max(temperature * 0.97, 1);
    }
    fit(nodes);
  }

  function fit(nodes) {
    const margin = 60;
    const xs = nodes.map((v) => v.x), ys = nodes.map((v) => v.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min((WIDTH - 2 * margin) / Math.max(maxX - minX, 1), (HEIGHT - 2 * margin) / Math.max(maxY - minY, 1), 2.5);
    const offsetX = (WIDTH - (maxX - minX) * scale) / 2, offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
    for (const v of nodes) {
      v.x = offsetX + (v.x - minX) * scale;
      v.y = offsetY + (v.y - minY) * scale;
    }
  }

  function draw(graph, weightBy) {
    const weight = (d) => (weightBy === "goldstein" ? d.goldstein_total : d.count);
    const maxWeight = Math.max(...graph.edges.map((e) => Math.abs(weight(e.dyad))), 1);
    const maxEvents = Math.max(...graph.nodes.map((v) => v.events), 1);
    const radius = (v) => 5 + 14 * Math.sqrt(v.events / maxEvents);
    const chart = svg("svg", {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: "100%", role: "img", "aria-label": "actor network",
      "data-weight": weightBy});
    const defs = svg("defs");
    for (const [id, color] of [["arrow-coop", ES.charts.COOPERATION], ["arrow-conf", ES.charts.CONFLICT], ["arrow-zero", "#999"]]) {
      defs.append(svg("marker", {id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 11, markerHeight: 11,
        markerUnits: "userSpaceOnUse", orient: "auto-start-reverse"},
        svg("path", {d: "M0,0 L10,5 L0,10 z", fill: color})));
    }
    chart.append(defs);
    for (const edge of graph.edges) {
      const {source: a, target: b, dyad} = edge;
      const sign = Math.sign(dyad.mean_goldstein || 0);
      const marker = sign > 0 ? "arrow-coop" : sign < 0 ? "arrow-conf" : "arrow-zero";
      const width = 1 + 7 * (Math.abs(weight(dyad)) / maxWeight);
      let d;
      if (a === b) {
        d = `M${a.x},${a.y - radius(a)} c30,-40 50,0 ${radius(a)},${radius(a)}`;
      } else {
        // Curve each edge to its right, so A->B and B->A are drawn apart.
        const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const cx = mx + ((b.y - a.y) / len) * 24, cy = my - ((b.x - a.x) / len) * 24;
        const end = radius(b) + 2;
        const ex = b.x - ((b.x - cx) / Math.hypot(b.x - cx, b.y - cy)) * end;
        const ey = b.y - ((b.y - cy) / Math.hypot(b.x - cx, b.y - cy)) * end;
        d = `M${a.x},${a.y} Q${cx},${cy} ${ex},${ey}`;
      }
      chart.append(svg("path", {d, class: "edge", fill: "none", stroke: goldsteinColor(dyad.mean_goldstein), "stroke-width": width,
        "marker-end": `url(#${marker})`, "data-dyad": `${dyad.source}:${dyad.target}`},
        svg("title", {}, `${dyad.source} → ${dyad.target}: ${dyad.count} events, Goldstein sum ${dyad.goldstein_total}, mean ${dyad.mean_goldstein}`)));
    }
    for (const v of graph.nodes) {
      const link = svg(ES.isCode(v.id) ? "a" : "g", {href: ES.isCode(v.id) ? `/events?actor=${encodeURIComponent(v.id)}` : null, class: "node"},
        svg("circle", {cx: v.x, cy: v.y, r: radius(v)}),
        svg("text", {x: v.x, y: v.y - radius(v) - 4, "text-anchor": "middle"}, v.id),
        svg("title", {}, `${v.name} (${v.id}): ${v.events} events`));
      chart.append(link);
    }
    box.replaceChildren(chart);
  }

  function table(dyads) {
    const tbody = document.querySelector("#dyad-table tbody");
    if (!dyads.length) return emptyRow(tbody, 6, "No dyads for these settings.");
    tbody.replaceChildren(...dyads.map((d) => el("tr", {},
      el("td", {title: d.source_name || ""}, d.source),
      el("td", {title: d.target_name || ""}, ES.dyadLink(d.source, d.target, d.target)),
      el("td", {class: "num"}, formatNumber(d.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(d.goldstein_total)}`}, d.goldstein_total),
      el("td", {class: "num"}, formatNumber(d.cooperation)),
      el("td", {class: "num"}, formatNumber(d.conflict)))));
  }

  async function load() {
    const values = formValues(form);
    replaceUrl(values);
    const sort = values.weight === "goldstein" ? "-goldstein_total" : "-count";
    try {
      const dyads = await api("/api/dyads", {level: values.level, limit: values.limit || 60, since: values.since, until: values.until, sort});
      table(dyads.items);
      if (!dyads.items.length) box.replaceChildren(el("p", {class: "empty"}, "No events with both a source and a target yet."));
      else {
        const graph = buildGraph(dyads.items);
        layout(graph);
        draw(graph, values.weight);
      }
    } catch (error) { showError(box, error); }
    document.body.dataset.ready = "true";
  }

  fillForm(form, urlParams());
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", load);
  load();
})();
