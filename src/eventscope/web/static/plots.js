// Charts of the dashboard, drawn with plotly.js (served from the plotly wheel at /vendor/plotly.min.js) and a
// world map from /static/vendor/world_50m.json (Natural Earth shapes from the installed world-atlas package,
// converted by the server): nothing is fetched from the network. Without those shapes the map draws places only.
"use strict";

const PLOTS = (() => {
  const CONFIG = {
    displaylogo: false, responsive: true, scrollZoom: true, topojsonURL: "/static/vendor/",
    modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage"],
  };
  const FONT = {family: "system-ui, sans-serif", size: 12};
  const COUNT_SCALE = [[0, "rgb(222,235,247)"], [1, "rgb(8,48,107)"]];
  const GOLDSTEIN_SCALE = [[0, "rgb(200,45,40)"], [0.5, "rgb(235,235,235)"], [1, "rgb(30,140,70)"]];

  /** Draw (or redraw in place) a plotly figure; resolves when it is on screen. */
  function draw(box, traces, layout) {
    const base = {font: FONT, margin: {l: 50, r: 20, t: 20, b: 40}, paper_bgcolor: "rgba(0,0,0,0)",
                  plot_bgcolor: "rgba(0,0,0,0)", hovermode: "closest"};
    return Plotly.react(box, traces, {...base, ...layout}, CONFIG);
  }

  // -------------------------------------------------------------------------------------------- time series

  function addPeriod(date, interval, n = 1) {
    const d = new Date(date.getTime());
    if (interval === "day") d.setUTCDate(d.getUTCDate() + n);
    else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7 * n);
    else if (interval === "year") d.setUTCFullYear(d.getUTCFullYear() + n);
    else d.setUTCMonth(d.getUTCMonth() + n);
    return d;
  }

  const iso = (d) => d.toISOString().slice(0, 10);

  /**
   * Every period from the first to the last of `rows` (objects with a "period" key), empty ones as zeros:
   * a gap in the news is a count of 0, not a line drawn across it. At most `maxPeriods` are filled.
   */
  function zeroFill(rows, interval, zero, maxPeriods = 5000) {
    if (!rows.length) return [];
    const byPeriod = new Map(rows.map((r) => [String(r.period).slice(0, 10), r]));
    const keys = [...byPeriod.keys()].sort();
    const out = [];
    let cursor = new Date(keys[0] + "T00:00:00Z");
    const last = new Date(keys[keys.length - 1] + "T00:00:00Z");
    while (cursor <= last && out.length < maxPeriods) {
      const key = iso(cursor);
      out.push(byPeriod.get(key) || {period: key, ...zero});
      cursor = addPeriod(cursor, interval);
    }
    return out;
  }

  /** Trailing mean over `window` values (fewer at the start). */
  function rollingMean(values, window) {
    const out = [];
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      sum += values[i];
      if (i >= window) sum -= values[i - window];
      out.push(Math.round((sum / Math.min(i + 1, window)) * 100) / 100);
    }
    return out;
  }

  /**
   * A time series: `series` = [{name, values, color}] over `periods`; bars (or lines), a rolling mean of
   * their total, a range slider for zoom, and a log axis on request.
   */
  function timeSeries(box, periods, series, {window = 3, log = false, stacked = true, extra = []} = {}) {
    const traces = series.map((s) => ({
      type: "bar", name: s.name, x: periods, y: s.values, marker: {color: s.color},
      hovertemplate: `%{x}: %{y} ${s.name}<extra></extra>`,
    }));
    if (window > 1 && periods.length) {
      const total = periods.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
      traces.push({type: "scatter", mode: "lines", name: `${window}-period mean`, x: periods,
                   y: rollingMean(total, window), line: {color: "#222", width: 2}});
    }
    traces.push(...extra);
    return draw(box, traces, {
      barmode: stacked ? "stack" : "group", height: 360, margin: {l: 50, r: 50, t: 30, b: 30},
      legend: {orientation: "h", x: 0, y: 1.02, yanchor: "bottom"},
      xaxis: {type: "date", rangeslider: {visible: true, thickness: 0.08}},
      yaxis: {type: log ? "log" : "linear", title: {text: "events"}, rangemode: "tozero"},
      yaxis2: {overlaying: "y", side: "right", range: [-10, 10], title: {text: "mean Goldstein"}, showgrid: false},
    });
  }

  // -------------------------------------------------------------------------------------------- maps

  const EMPTY_LAYER = {type: "GeometryCollection", geometries: []};
  let worldStatus = null;

  /**
   * Whether the server has the country shapes (asked once per page). If not, plotly is handed an empty
   * topology so that it fetches nothing (no 404) and still draws the places on the projection.
   */
  async function worldShapes() {
    if (!worldStatus) {
      worldStatus = fetch("/api/world").then((r) => r.json()).catch(() => ({available: false, detail: ""}));
      const status = await worldStatus;
      if (!status.available) {
        const empty = {type: "Topology", arcs: [], objects: Object.fromEntries(
          ["countries", "land", "coastlines", "ocean", "lakes", "rivers", "subunits"].map((k) => [k, EMPTY_LAYER]))};
        window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};
        window.PlotlyGeoAssets.topojson.world_50m = empty;
      }
    }
    return (await worldStatus).available;
  }

  /** One line above `box` saying the country shapes are missing (once). */
  function missingShapesNotice(box) {
    const previous = box.previousElementSibling;
    if (previous && previous.classList.contains("world-notice")) return;
    const notice = document.createElement("p");
    notice.className = "hint world-notice";
    notice.textContent = "Country outlines are not installed (run `make install`): the map shows places only.";
    box.before(notice);
  }

  /** Choropleth of countries (value per ISO3) with points for places, zoomable (scroll, drag, buttons). */
  async function worldMap(box, {countries = [], metric = "count", places = [], focus = null, height = 520} = {}) {
    if (!(await worldShapes())) {
      missingShapesNotice(box);
      countries = [];
    }
    const traces = [];
    if (countries.length) {
      const goldstein = metric === "mean_goldstein";
      traces.push({
        type: "choropleth", locationmode: "ISO-3", locations: countries.map((c) => c.iso3),
        z: countries.map((c) => goldstein ? c.mean_goldstein : Math.log10(c.count + 1)),
        text: countries.map((c) => `${c.name}: ${c.count} events, mean Goldstein ${c.mean_goldstein}`),
        customdata: countries.map((c) => c.iso3), hovertemplate: "%{text}<extra></extra>",
        colorscale: goldstein ? GOLDSTEIN_SCALE : COUNT_SCALE, zmin: goldstein ? -10 : 0,
        zmax: goldstein ? 10 : undefined, marker: {line: {color: "#fff", width: 0.4}},
        colorbar: goldstein ? {title: {text: "Goldstein"}} : {
          title: {text: "events"}, tickvals: [0, 1, 2, 3, 4], ticktext: ["0", "10", "100", "1k", "10k"]},
      });
    }
    if (places.length) {
      const most = Math.max(...places.map((p) => p.count), 1);
      traces.push({
        type: "scattergeo", mode: "markers", lon: places.map((p) => p.lon), lat: places.map((p) => p.lat),
        text: places.map((p) => `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.count} events, mean Goldstein ${p.mean_goldstein}`),
        customdata: places.map((p) => p.country || ""), hovertemplate: "%{text}<extra></extra>", name: "places",
        marker: {size: places.map((p) => 5 + 18 * Math.sqrt(p.count / most)), color: places.map((p) => p.mean_goldstein),
                 colorscale: GOLDSTEIN_SCALE, cmin: -10, cmax: 10, line: {color: "#333", width: 0.5}, opacity: 0.85},
      });
    }
    const geo = {
      resolution: 50, projection: {type: "natural earth"}, showland: true, landcolor: "#f2f0ea", showcountries: true,
      countrycolor: "#bbb", showocean: false, showlakes: false, showrivers: false, showcoastlines: true,
      coastlinecolor: "#999", showframe: false, bgcolor: "rgba(0,0,0,0)",
    };
    if (focus) Object.assign(geo, focus);
    return draw(box, traces, {geo, height, margin: {l: 0, r: 0, t: 0, b: 0}, showlegend: false});
  }

  /** The map centre and zoom that show a set of points (for a country page). */
  function focusOn(places) {
    const lons = places.map((p) => p.lon).filter(Number.isFinite);
    const lats = places.map((p) => p.lat).filter(Number.isFinite);
    if (!lons.length) return null;
    const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats), 8);
    return {center: {lon: (Math.max(...lons) + Math.min(...lons)) / 2, lat: (Math.max(...lats) + Math.min(...lats)) / 2},
            projection: {type: "natural earth", scale: Math.max(1, Math.min(8, 160 / span))}};
  }

  return {draw, focusOn, rollingMean, timeSeries, worldMap, zeroFill};
})();
