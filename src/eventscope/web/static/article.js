// Article view: the clean text with every event's actors, trigger and place marked, and the event list.
"use strict";

(() => {
  const {api, el, eventItem, eventSpans, highlight, linkItemsToMarks, showError} = ES;
  const root = document.getElementById("article");
  const textBox = document.getElementById("article-text");
  const list = document.getElementById("article-events");

  async function main() {
    try {
      const article = await api(`/api/articles/${encodeURIComponent(root.dataset.articleId)}`);
      const meta = [article.publisher, article.published, article.language].filter(Boolean).join(" · ");
      document.getElementById("article-meta").replaceChildren(meta,
        article.url ? el("span", {}, " · ", ES.webLink(article.url, "original")) : "");
      const spans = article.events.flatMap(eventSpans);
      textBox.replaceChildren(highlight(article.text, 0, spans));
      document.getElementById("event-count").textContent = `(${article.events.length})`;
      if (!article.events.length) list.replaceChildren(el("li", {class: "empty"}, "No events were coded in this article."));
      else list.replaceChildren(...article.events.map(eventItem));
      linkItemsToMarks(list, textBox);
      const wanted = decodeURIComponent(window.location.hash.slice(1));
      const item = wanted && list.querySelector(`li[data-event="${CSS.escape(wanted)}"]`);
      if (item) { item.classList.add("selected"); item.click(); item.dispatchEvent(new Event("mouseenter")); }
    } catch (error) { showError(textBox, error); }
    document.body.dataset.ready = "true";
  }

  main();
})();
