// The map: a choropleth of countries (events or mean Goldstein) with points for places, zoomable, over a
// chosen time range and modality. Drawn with plotly.js on Natural Earth outlines served by the app.
"use strict";

(() => {
  const {api, el, emptyRow, formValues, formatNumber, goldsteinColor, replaceUrl, showError} = ES;
  const {countryLink} = TABLES;
  const form = document.getElementById("controls");
  const box = document.getElementById("map");
  const TABLE_ROWS = 25;

  function more(rows, columns, what) {
    const extra = rows.length - TABLE_ROWS;
    return extra > 0 ? [el("tr", {}, el("td", {colspan: columns, class: "empty"}, `and ${formatNumber(extra)} more ${what} on the map`))] : [];
  }

  function countryTable(countries) {
    const tbody = document.querySelector("#countries tbody");
    if (!countries.length) return emptyRow(tbody, 5, "No event is placed in a country yet.");
    tbody.replaceChildren(...countries.slice(0, TABLE_ROWS).map((c) => el("tr", {},
      el("td", {}, countryLink(c.iso3, c.name)), el("td", {class: "num"}, formatNumber(c.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(c.mean_goldstein)}`}, c.mean_goldstein),
      el("td", {class: "num"}, formatNumber(c.cooperation)), el("td", {class: "num"}, formatNumber(c.conflict)))),
      ...more(countries, 5, "countries"));
  }

  function placeTable(places) {
    const tbody = document.querySelector("#places tbody");
    if (!places.length) return emptyRow(tbody, 5, "No event has a place with coordinates yet.");
    tbody.replaceChildren(...places.slice(0, TABLE_ROWS).map((p) => el("tr", {},
      el("td", {}, p.name), el("td", {}, countryLink(p.country)), el("td", {class: "num"}, formatNumber(p.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(p.mean_goldstein)}`}, p.mean_goldstein),
      el("td", {}, p.top_plover || "–"))), ...more(places, 5, "places"));
  }

  async function load() {
    const values = formValues(form);
    replaceUrl(values);
    const {metric, by, ...filters} = values;
    try {
      const [countries, places] = await Promise.all([
        api("/api/countries", {...filters, by: by || "location"}),
        api("/api/locations", {...filters, limit: 2000}),
      ]);
      await PLOTS.worldMap(box, {countries: countries.items, metric: metric || "count", places: places.items});
      box.on("plotly_click", (event) => {
        const point = event.points && event.points[0];
        if (point && point.data.type === "choropleth") window.location.href = `/countries/${point.location}`;
      });
      countryTable(countries.items);
      placeTable(places.items);
    } catch (error) { showError(box, error); }
    document.body.dataset.ready = "true";
  }

  const changing = ["plover", "metric", "by", "modality"].map((name) => form.elements[name]);
  const params = ES.bindFilterForm(form, load, changing);
  ES.fillPloverChoices(form.elements.plover, params.plover).then(load);
})();
