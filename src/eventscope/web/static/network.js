// Actor network: actors as nodes, dyads as directed edges weighted by event count or summed Goldstein.
// Layout: a force simulation whose repulsion only acts within a cut-off (a grid finds the neighbours), run to
// rest before drawing, so 1,000 dyads lay out in well under a second; deterministic (same data, same picture).
// Drawing: plotly.js, a few traces in all (edges batched by colour and width), with zoom and pan.
"use strict";

(() => {
  const {api, el, emptyRow, formValues, formatNumber, goldsteinColor, isCode, replaceUrl, showError} = ES;
  const form = document.getElementById("controls");
  const box = document.getElementById("network");
  const LABELLED = 25;  // the busiest nodes carry a label; the others show theirs on hover
  const K = 60;  // ideal edge length

  function buildGraph(dyads) {
    const nodes = new Map();
    const node = (id, name) => {
      if (!nodes.has(id)) nodes.set(id, {id, name: name || id, events: 0, degree: 0, x: 0, y: 0, dx: 0, dy: 0});
      return nodes.get(id);
    };
    const edges = dyads.map((d) => {
      const source = node(d.source, d.source_name);
      const target = node(d.target, d.target_name);
      source.events += d.count;
      source.degree += 1;
      if (target !== source) { target.events += d.count; target.degree += 1; }
      return {source, target, dyad: d};
    });
    const list = [...nodes.values()].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
    return {nodes: list, edges};
  }

  function layout({nodes, edges}) {
    const n = nodes.length;
    // Start on a sunflower spiral, busiest in the middle: no randomness, and a good first guess.
    nodes.forEach((v, i) => {
      const r = K * Math.sqrt(i + 0.5), angle = i * 2.39996;
      v.x = r * Math.cos(angle);
      v.y = r * Math.sin(angle);
    });
    const cutoff = 3 * K;
    let temperature = K * 2;
    const steps = n > 600 ? 120 : 200;
    for (let step = 0; step < steps; step++) {
      const grid = new Map();  // cell number -> nodes in it
      const cell = (gx, gy) => (gx + 32768) * 65536 + (gy + 32768);
      for (const v of nodes) {
        v.dx = -0.02 * v.x; v.dy = -0.02 * v.y;
        const key = cell(Math.floor(v.x / cutoff), Math.floor(v.y / cutoff));
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(v);
      }
      for (const v of nodes) {
        const gx = Math.floor(v.x / cutoff), gy = Math.floor(v.y / cutoff);
        for (let ox = -1; ox <= 1; ox++) {
          for (let oy = -1; oy <= 1; oy++) {
            for (const u of grid.get(cell(gx + ox, gy + oy)) || []) {
              if (u === v) continue;
              const dx = v.x - u.x, dy = v.y - u.y;
              const d2 = Math.max(dx * dx + dy * dy, 0.01);
              if (d2 > cutoff * cutoff) continue;
              const force = (K * K) / d2;  // (K^2 / d) along the unit vector
              v.dx += dx * force; v.dy += dy * force;
            }
          }
        }
      }
      for (const {source: a, target: b} of edges) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = d / K;  // (d^2 / K) along the unit vector
        a.dx -= dx * force; a.dy -= dy * force;
        b.dx += dx * force; b.dy += dy * force;
      }
      for (const v of nodes) {
        const d = Math.max(Math.hypot(v.dx, v.dy), 0.01);
        v.x += (v.dx / d) * Math.min(d, temperature);
        v.y += (v.dy / d) * Math.min(d, temperature);
      }
      temperature = Math.max(temperature * 0.96, 0.5);
    }
  }

  function traces(graph, weightBy) {
    const weight = (d) => (weightBy === "goldstein" ? d.goldstein_total : d.count);
    const maxWeight = Math.max(...graph.edges.map((e) => Math.abs(weight(e.dyad))), 1);
    const maxEvents = Math.max(...graph.nodes.map((v) => v.events), 1);
    const size = (v) => 5 + 17 * Math.sqrt(v.events / maxEvents);
    // Edges batched by sign and width class: a handful of traces however many dyads.
    const batches = new Map();
    const arrows = {x: [], y: [], angle: [], color: [], text: [], dyad: []};
    for (const {source: a, target: b, dyad} of graph.edges) {
      const sign = Math.sign(dyad.mean_goldstein || 0);
      const widthClass = Math.min(3, Math.floor((Math.abs(weight(dyad)) / maxWeight) * 4));
      const key = `${sign}:${widthClass}`;
      if (!batches.has(key)) batches.set(key, {sign, width: 0.8 + 2.2 * widthClass, x: [], y: [], dyads: []});
      const batch = batches.get(key);
      if (a === b) continue;
      // Bend each edge to its right, so A->B and B->A do not overlap.
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const cx = mx + ((b.y - a.y) / len) * len * 0.08, cy = my - ((b.x - a.x) / len) * len * 0.08;
      batch.x.push(a.x, cx, b.x, null);
      batch.y.push(a.y, cy, b.y, null);
      batch.dyads.push(`${dyad.source}:${dyad.target}`);
      // The arrowhead sits on the second half of the edge, pointing along it.
      const t = 0.7, ax = (1 - t) * cx + t * b.x, ay = (1 - t) * cy + t * b.y;
      arrows.x.push(ax); arrows.y.push(ay);
      arrows.angle.push(90 - (Math.atan2(b.y - cy, b.x - cx) * 180) / Math.PI);
      arrows.color.push(goldsteinColor(dyad.mean_goldstein));
      arrows.text.push(`${dyad.source} → ${dyad.target}: ${dyad.count} events, Goldstein sum ${dyad.goldstein_total}, mean ${dyad.mean_goldstein}`);
      arrows.dyad.push(`${dyad.source}:${dyad.target}`);
    }
    const colour = {1: "rgba(30,140,70,.55)", 0: "rgba(140,140,140,.5)", "-1": "rgba(200,45,40,.55)"};
    const edgeTraces = [...batches.values()].map((b) => ({
      type: "scatter", mode: "lines", x: b.x, y: b.y, hoverinfo: "skip", showlegend: false,
      line: {color: colour[b.sign], width: b.width}, meta: {edges: b.dyads},
    }));
    const arrowTrace = {
      type: "scatter", mode: "markers", x: arrows.x, y: arrows.y, text: arrows.text, customdata: arrows.dyad,
      hovertemplate: "%{text}<extra></extra>", showlegend: false, name: "edges",
      marker: {symbol: "triangle-up", size: 9, angle: arrows.angle, color: arrows.color, line: {width: 0}},
    };
    const nodeTrace = {
      type: "scatter", mode: "markers+text", name: "actors", showlegend: false,
      x: graph.nodes.map((v) => v.x), y: graph.nodes.map((v) => v.y), customdata: graph.nodes.map((v) => v.id),
      text: graph.nodes.map((v, i) => (i < LABELLED ? v.id : "")), textposition: "top center",
      textfont: {size: 11, color: "#1d232b"},
      hovertext: graph.nodes.map((v) => `${v.name} (${v.id}): ${v.events} events with ${v.degree} partners`),
      hovertemplate: "%{hovertext}<extra></extra>",
      marker: {size: graph.nodes.map(size), color: "#1f4e79", line: {color: "#fff", width: 1.5}, opacity: 0.9},
    };
    return [...edgeTraces, arrowTrace, nodeTrace];
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
    const timing = document.getElementById("network-timing");
    try {
      const {level, limit, min_weight: minWeight, weight, ...filters} = values;
      const dyads = await api("/api/dyads", {...filters, level, limit: limit || 300, sort});
      const started = performance.now();
      // Actors without a code are phrases, not actors: they stay in the table, not in the picture.
      const shown = dyads.items.filter((d) => d.count >= Number(minWeight || 1) && isCode(d.source) && isCode(d.target));
      table(dyads.items);
      if (!shown.length) {
        Plotly.purge(box);
        box.replaceChildren(el("p", {class: "empty"}, "No dyads for these settings."));
      } else {
        if (!box.data) box.replaceChildren();
        const graph = buildGraph(shown);
        layout(graph);
        box.dataset.layoutMs = Math.round(performance.now() - started);
        await PLOTS.draw(box, traces(graph, weight), {
          height: 680, dragmode: "pan", margin: {l: 10, r: 10, t: 10, b: 10},
          xaxis: {visible: false}, yaxis: {visible: false, scaleanchor: "x"},
        });
        box.dataset.weight = weight || "count";
        box.dataset.nodes = graph.nodes.length;
        box.dataset.edges = shown.length;
        if (!box.dataset.clicks) {
          box.dataset.clicks = "on";
          box.on("plotly_click", (event) => {
            const point = event.points && event.points[0];
            if (point && point.data.name === "actors") window.location.href = `/events?actor=${encodeURIComponent(point.customdata)}`;
          });
        }
      }
      const ms = Math.round(performance.now() - started);
      box.dataset.drawMs = ms;
      timing.textContent = `${formatNumber(shown.length)} dyads laid out and drawn in ${ms} ms`;
    } catch (error) { showError(box, error); }
    document.body.dataset.ready = "true";
  }

  const params = ES.bindFilterForm(form, load, form.querySelectorAll("select"));
  ES.fillPloverChoices(form.elements.plover, params.plover).then(load);
})();
