// One country's page: its events by and against it over time, partners both ways, event types, stories, map.
"use strict";

(() => {
  const {api, el, emptyRow, formValues, formatNumber, goldsteinColor, replaceUrl, showError, storySpan} = ES;
  const {countryLink} = TABLES;
  const iso3 = document.getElementById("country-name").dataset.iso3;
  const form = document.getElementById("controls");

  function card(value, label) {
    return el("div", {class: "card"}, el("span", {class: "value"}, value), el("span", {class: "label"}, label));
  }

  function partnerRows(tbody, rows) {
    if (!rows.length) return emptyRow(tbody, 3, "none");
    tbody.replaceChildren(...rows.map((r) => el("tr", {},
      el("td", {}, countryLink(r.iso3, r.name)), el("td", {class: "num"}, formatNumber(r.count)),
      el("td", {class: "num", style: `color:${goldsteinColor(r.mean_goldstein)}`}, r.mean_goldstein))));
  }

  function storyRows(tbody, stories) {
    if (!stories.length) return emptyRow(tbody, 6, "No story yet.");
    tbody.replaceChildren(...stories.map((s) => el("tr", {},
      el("td", {}, storySpan(s)),
      el("td", {}, countryLink(s.source_country, s.source_code || s.source_country)),
      el("td", {}, el("a", {href: `/events?story_id=${encodeURIComponent(s.id)}`}, s.plover || s.cameo)),
      el("td", {}, countryLink(s.target_country, s.target_code || s.target_country)),
      el("td", {}, s.location_name || "–"), el("td", {class: "num"}, formatNumber(s.num_reports)))));
  }

  async function load() {
    const values = formValues(form);
    replaceUrl(values);
    const trendBox = document.getElementById("country-trend");
    try {
      const profile = await api(`/api/countries/${iso3}`, values);
      document.getElementById("country-counts").replaceChildren(
        card(formatNumber(profile.events), "events by or against it"),
        card(profile.mean_goldstein ?? "–", "mean Goldstein"),
        card(formatNumber(profile.partners_as_source.length + profile.partners_as_target.length), "partner countries"));
      const interval = values.interval || "month";
      const zero = {by_country: 0, against_country: 0, cooperation: 0, conflict: 0, mean_goldstein: null};
      const periods = PLOTS.zeroFill(profile.periods, interval, zero);
      await PLOTS.timeSeries(trendBox, periods.map((p) => p.period), [
        {name: "cooperation", values: periods.map((p) => p.cooperation), color: "#2e8b57"},
        {name: "conflict", values: periods.map((p) => p.conflict), color: "#c0392b"},
      ], {extra: [{type: "scatter", mode: "lines+markers", name: "mean Goldstein", yaxis: "y2", connectgaps: false,
                   x: periods.map((p) => p.period), y: periods.map((p) => p.mean_goldstein), line: {color: "#1f4e79", dash: "dot"}}]});
      partnerRows(document.querySelector("#partners-out tbody"), profile.partners_as_source);
      partnerRows(document.querySelector("#partners-in tbody"), profile.partners_as_target);
      const types = document.querySelector("#types tbody");
      if (!profile.event_types.length) emptyRow(types, 3, "none");
      else types.replaceChildren(...profile.event_types.map((t) => el("tr", {},
        el("td", {}, t.plover), el("td", {class: "num"}, formatNumber(t.count)),
        el("td", {class: "num", style: `color:${goldsteinColor(t.mean_goldstein)}`}, t.mean_goldstein))));
      storyRows(document.querySelector("#country-stories tbody"), profile.stories);
      await PLOTS.worldMap(document.getElementById("country-map"), {
        countries: [{iso3, name: profile.name, count: profile.events, mean_goldstein: profile.mean_goldstein}],
        places: profile.places, focus: PLOTS.focusOn(profile.places), height: 360});
    } catch (error) { showError(trendBox, error); }
    document.body.dataset.ready = "true";
  }

  ES.bindFilterForm(form, load);
  load();
})();
