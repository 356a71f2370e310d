// Code a pasted text on the spot: POST /api/code, then show the text with its events marked.
"use strict";

(() => {
  const {api, el, eventItem, eventSpans, highlight, linkItemsToMarks, showError} = ES;
  const form = document.getElementById("code-form");
  const status = document.getElementById("code-status");
  const result = document.getElementById("code-result");
  const textBox = document.getElementById("coded-text");
  const list = document.getElementById("coded-events");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = form.elements.text.value;
    if (!text.trim()) { status.textContent = "Paste some text first."; return; }
    const button = form.querySelector("button");
    button.disabled = true;
    status.textContent = "Coding…";
    try {
      const coded = await api("/api/code", {}, {text, published: form.elements.published.value || null});
      const events = coded.events;
      textBox.replaceChildren(highlight(coded.article.text, 0, events.flatMap(eventSpans)));
      document.getElementById("coded-count").textContent = `(${events.length})`;
      if (!events.length) list.replaceChildren(el("li", {class: "empty"}, "No political event found in this text."));
      else list.replaceChildren(...events.map(eventItem));
      linkItemsToMarks(list, textBox);
      result.hidden = false;
      status.textContent = `${events.length} event(s)`;
    } catch (error) {
      status.textContent = "";
      result.hidden = false;
      showError(textBox, error);
      list.replaceChildren();
    } finally {
      button.disabled = false;
      document.body.dataset.ready = "true";
    }
  });
  document.body.dataset.ready = "true";
})();
