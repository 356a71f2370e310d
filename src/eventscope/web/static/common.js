// Shared helpers of the dashboard pages: DOM building, API calls, form <-> URL, span highlighting.
// Written for eventscope; no third-party code. Text from the database is only ever inserted as text nodes.
"use strict";

const ES = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setAttributes(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    return node;
  }

  /** An HTML element: el("td", {class: "num"}, "12"). */
  function el(tag, attrs, ...children) {
    return append(setAttributes(document.createElement(tag), attrs), children);
  }

  /** An SVG element. */
  function svg(tag, attrs, ...children) {
    return append(setAttributes(document.createElementNS(SVG_NS, tag), attrs), children);
  }

  function cleanParams(params) {
    const out = {};
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) out[key] = value;
    }
    return out;
  }

  function apiUrl(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [key, value] of Object.entries(cleanParams(params))) url.searchParams.set(key, value);
    return url;
  }

  /** GET (or POST with a JSON body) an API path; throws an Error carrying the API's message. */
  async function api(path, params, body) {
    const options = body === undefined ? {} : {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
    };
    const response = await fetch(apiUrl(path, params), options);
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try { message = (await response.json()).detail || message; } catch (_) { /* not JSON */ }
      throw new Error(message);
    }
    return response.json();
  }

  function formValues(form) {
    return cleanParams(Object.fromEntries(new FormData(form).entries()));
  }

  function fillForm(form, params) {
    for (const element of form.elements) {
      if (element.name && params[element.name] !== undefined) element.value = params[element.name];
    }
  }

  function urlParams() {
    return Object.fromEntries(new URLSearchParams(window.location.search).entries());
  }

  // A filter form: filled from the URL, reloading on submit and when one of `changing` changes.
  // Returns the URL's parameters.
  function bindFilterForm(form, load, changing = []) {
    const params = urlParams();
    fillForm(form, params);
    form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
    for (const field of changing) field.addEventListener("change", load);
    return params;
  }

  function replaceUrl(params) {
    const query = new URLSearchParams(cleanParams(params)).toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? `?${query}` : ""));
  }

  function showError(container, error) {
    container.replaceChildren(el("p", {class: "error", role: "alert"}, error.message || String(error)));
  }

  function emptyRow(tbody, columns, message) {
    tbody.replaceChildren(el("tr", {}, el("td", {colspan: columns, class: "empty"}, message)));
  }

  /** Fills a PLOVER <select> with the types in the database (plus `selected`, kept chosen). On an API error
   * the choices stay "any"; the page's own load reports the error. */
  async function fillPloverChoices(select, selected) {
    try {
      const stats = await api("/api/stats");
      const types = Object.keys(stats.plover).filter((t) => t !== "-");
      if (selected && !types.includes(selected)) types.push(selected);
      select.append(...types.sort().map((t) => el("option", {value: t}, t)));
      select.value = selected || "";
    } catch (_) { /* the page reports errors where it draws */ }
  }

  // ------------------------------------------------------------------------------------ events

  function actorNames(actors) {
    return (actors || []).map((a) => a.name || a.text).join(", ");
  }

  function actorTitle(actors) {
    return (actors || []).map((a) => `${a.name} [${a.code || a.country || "?"}${a.kind ? ", " + a.kind : ""}]`).join("; ");
  }

  /** A date written to its precision: a month as "1986-04", a year as "1986" (stored as their first day). */
  function dateLabel(date, precision) {
    if (!date) return "";
    const text = String(date).slice(0, 10);
    return precision === "year" ? text.slice(0, 4) : precision === "month" ? text.slice(0, 7) : text;
  }

  /** A story's dates, each to its precision: one label when its first and last date read the same, else "first – last". */
  function storySpan(story) {
    const start = dateLabel(story.date_start, story.date_start_precision);
    const end = dateLabel(story.date_end, story.date_end_precision);
    return !start ? "–" : !end || end === start ? start : `${start} – ${end}`;
  }

  function eventLabel(type) {
    return [type.plover || "statement", type.cameo, type.mode].filter(Boolean).join(" · ");
  }

  const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};

  /** The marked spans of one contract event: actors, trigger, place and who reports it. */
  function eventSpans(event) {
    const spans = [];
    const add = (span, cls, title) => {
      if (span && Number.isInteger(span.start) && span.end > span.start) spans.push({start: span.start, end: span.end, cls, title, id: event.id});
    };
    for (const actor of event.source || []) add(actor, "hl-source", `source: ${actor.name} (${actor.code || actor.country || "?"})`);
    for (const actor of event.target || []) add(actor, "hl-target", `target: ${actor.name} (${actor.code || actor.country || "?"})`);
    for (const actor of event.attribution || []) add(actor, "hl-attr", `according to: ${actor.name}`);
    add(event.trigger, "hl-trigger", `${eventLabel(event.event)} (${event.modality})`);
    if (event.location) add(event.location, "hl-place", `place: ${event.location.name}${event.location.country ? " (" + event.location.country + ")" : ""}`);
    return spans;
  }

  /**
   * `text` (which starts at character `base` of the article) with spans marked. Overlapping spans are
   * split at every boundary, so each piece carries the classes and event ids of all spans covering it.
   */
  function highlight(text, base, spans) {
    const end = base + text.length;
    const inside = spans
      .map((s) => ({...s, start: Math.max(s.start, base), end: Math.min(s.end, end)}))
      .filter((s) => s.end > s.start);
    const cuts = new Set([base, end]);
    for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = text.slice(from - base, to - base);
      const covering = inside.filter((s) => s.start <= from && s.end >= to);
      if (!covering.length) { fragment.append(piece); continue; }
      const classes = [...new Set(covering.map((s) => s.cls))];
      const ids = [...new Set(covering.map((s) => s.id))];
      const titles = [...new Set(covering.map((s) => s.title))];
      fragment.append(el("mark", {class: classes.join(" "), title: titles.join("\n"), "data-events": ids.join(" ")}, piece));
    }
    return fragment;
  }

  /** A list item describing one event (used beside the article text and on the coding page). */
  function eventItem(event) {
    const place = event.location ? ` in ${event.location.name}` : "";
    const date = event.date ? ` ${event.date_precision === "day" ? "on" : "in"} ${dateLabel(event.date, event.date_precision)}` : "";
    const said = (event.attribution || []).length ? ` (according to ${actorNames(event.attribution)})` : "";
    return el("li", {"data-event": event.id, class: `quad-${event.event.quad_class}`, tabindex: 0},
      el("span", {class: "who", title: actorTitle(event.source)}, actorNames(event.source) || "?"), " ",
      el("b", {class: "what"}, eventLabel(event.event)), " ",
      el("span", {class: "who", title: actorTitle(event.target)}, actorNames(event.target) || "—"),
      el("div", {class: "detail"},
        el("span", {class: `modality modality-${event.modality}`}, event.modality),
        ` “${event.trigger.text}”${place}${date}${said} · Goldstein ${event.event.goldstein} · confidence ${event.confidence}`));
  }

  /** Hovering or focusing an event item lights up its marks in `textContainer`. */
  function linkItemsToMarks(list, textContainer) {
    const focus = (id, on) => {
      for (const mark of textContainer.querySelectorAll(`mark[data-events~="${CSS.escape(id)}"]`)) mark.classList.toggle("focus", on);
    };
    for (const item of list.querySelectorAll("li[data-event]")) {
      const id = item.dataset.event;
      item.addEventListener("mouseenter", () => focus(id, true));
      item.addEventListener("mouseleave", () => focus(id, false));
      item.addEventListener("focus", () => focus(id, true));
      item.addEventListener("blur", () => focus(id, false));
      item.addEventListener("click", () => {
        const mark = textContainer.querySelector(`mark[data-events~="${CSS.escape(id)}"]`);
        if (mark) mark.scrollIntoView({block: "center", behavior: "smooth"});
      });
    }
  }

  /** Red for conflict, grey for neutral, green for cooperation (Goldstein -10..10). */
  function goldsteinColor(value) {
    const g = Math.max(-10, Math.min(10, Number(value) || 0)) / 10;
    const [neutral, good, bad] = [[150, 150, 150], [30, 140, 70], [200, 45, 40]];
    const to = g >= 0 ? good : bad;
    const t = Math.abs(g) ** 0.7;
    const mix = neutral.map((c, i) => Math.round(c + (to[i] - c) * t));
    return `rgb(${mix.join(",")})`;
  }

  /** Whether an actor key can be used as an actor or dyad filter (codes such as RUS or RUSGOV, not names). */
  function isCode(key) {
    return /^[A-Za-z0-9]{2,32}$/.test(key || "");
  }

  /** A link to the events of a dyad when both ends are codes; plain text otherwise. */
  function dyadLink(source, target, text) {
    return isCode(source) && isCode(target)
      ? el("a", {href: `/events?dyad=${encodeURIComponent(source + ":" + target)}`}, text) : text;
  }

  /** A link to a URL from the data (an article's address) only when it is http(s); anything else, such as
   * javascript: or data:, is shown as plain text and can never run on this page's origin. */
  function webLink(url, text) {
    let parsed = null;
    try { parsed = new URL(String(url)); } catch (error) { parsed = null; }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
      return el("span", {class: "unsafe-url", title: String(url)}, text);
    }
    return el("a", {href: parsed.href, rel: "noreferrer noopener", target: "_blank"}, text);
  }

  function formatNumber(value) {
    return value === null || value === undefined ? "–" : Number(value).toLocaleString("en");
  }

  function pager(state, total, onChange) {
    const prev = document.getElementById("prev");
    const next = document.getElementById("next");
    const info = document.getElementById("pageinfo");
    const first = total ? state.offset + 1 : 0;
    const last = Math.min(state.offset + state.limit, total);
    info.textContent = `${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(total)}`;
    prev.disabled = state.offset <= 0;
    next.disabled = state.offset + state.limit >= total;
    prev.onclick = () => onChange(Math.max(0, state.offset - state.limit));
    next.onclick = () => onChange(state.offset + state.limit);
  }

  return {
    QUAD_NAMES, actorNames, actorTitle, api, apiUrl, bindFilterForm, dateLabel, dyadLink, el, emptyRow, eventItem, eventLabel, eventSpans, fillForm,
    fillPloverChoices, formValues, formatNumber, goldsteinColor, highlight, isCode, linkItemsToMarks, pager, replaceUrl, showError,
    storySpan, svg, urlParams, webLink,
  };
})();
