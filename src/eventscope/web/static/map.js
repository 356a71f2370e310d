// Map of event locations on an offline world outline (equirectangular: x = lon + 180, y = 90 - lat).
"use strict";

(() => {
  const {api, el, emptyRow, fillForm, formValues, formatNumber, goldsteinColor, replaceUrl, showError, svg, urlParams} = ES;
  const form = document.getElementById("controls");
  const box = document.getElementById("map");
  let world = null;

  async function fillPloverChoices(selected) {
    try {
      const stats = await api("/api/stats");
      const types = Object.keys(stats.plover).filter((t) => t !== "-");
      if (selected && !types.includes(selected)) types.push(selected);
      form.elements.plover.append(...types.sort().map((t) => el("option", {value: t}, t)));
      form.elements.plover.value = selected || "";
    } catch (_) { /* errors show on the map */ }
  }

  function draw(places) {
    // Crop the polar regions, where no events happen and the projection stretches most.
    const chart = svg("svg", {viewBox: "0 8 360 140", width: "100%", role: "img", "aria-label": "map of event locations", class: "world"});
    chart.append(svg("rect", {x: 0, y: 0, width: 360, height: 180, class: "sea"}));
    const land = svg("g", {class: "land"});
    for (const country of world.countries) {
      land.append(svg("path", {d: country.path, "data-iso3": country.iso3 || ""}, svg("title", {}, country.name || "")));
    }
    chart.append(land);
    const maxCount = Math.max(...places.map((p) => p.count), 1);
    const dots = svg("g", {class: "places"});
    for (const place of places) {
      const r = 0.9 + 3.2 * Math.sqrt(place.count / maxCount);
      const href = `/events?location_country=${encodeURIComponent(place.country || "")}`;
      dots.append(svg("a", {href: place.country ? href : "/events"},
        svg("circle", {cx: place.lon + 180, cy: 90 - place.lat, r, fill: goldsteinColor(place.mean_goldstein), class: "place",
          "data-name": place.name},
          svg("title", {}, `${place.name}${place.country ? " (" + place.country + ")" : ""}: ${place.count} events, mean Goldstein ${place.mean_goldstein}`))));
    }
    chart.append(dots);
    box.replaceChildren(chart);
  }

  const TABLE_ROWS = 25;

  function table(places) {
    const tbody = document.querySelector("#places tbody");
    if (!places.length) return emptyRow(tbody, 5, "No event has a place with coordinates yet.");
    const more = places.length - TABLE_ROWS;
    const rest = more > 0 ? [el("tr", {}, el("td", {colspan: 5, class: "empty"}, `and ${formatNumber(more)} more places on the map`))] : [];
    tbody.replaceChildren(...places.slice(0, TABLE_ROWS).map((p) => el("tr", {},
      el("td", {}, p.name), el("td", {}, p.country || "–"), el("td", {class: "num"}, formatNumber(p.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(p.mean_goldstein)}`}, p.mean_goldstein),
      el("td", {}, p.top_plover || "–"))), ...rest);
  }

  async function load() {
    const values = formValues(form);
    replaceUrl(values);
    try {
      world = world || await api("/api/world");
      const places = await api("/api/locations", {...values, limit: 2000});
      draw(places.items);
      table(places.items);
    } catch (error) { showError(box, error); }
    document.body.dataset.ready = "true";
  }

  const params = urlParams();
  fillForm(form, params);
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  form.elements.plover.addEventListener("change", load);
  fillPloverChoices(params.plover).then(load);
})();
