// Tables of every page: a CSV download button before each, and links to country pages.
"use strict";

const TABLES = (() => {
  function csvCell(text) {
    const value = String(text).trim();
    // A cell a spreadsheet would run as a formula is written as text.
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? "'" + value : value;
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  }

  /** The rows of a table (header included, "empty" rows left out) as CSV text. */
  function tableCsv(table) {
    const lines = [];
    for (const row of table.querySelectorAll("tr")) {
      if (row.querySelector("td.empty")) continue;
      lines.push([...row.children].map((cell) => csvCell(cell.textContent)).join(","));
    }
    return lines.join("\n") + "\n";
  }

  /** A "CSV" button before every data table of the page, downloading what the table shows. */
  function addCsvButtons(root = document) {
    for (const table of root.querySelectorAll("table.data")) {
      if (table.previousElementSibling && table.previousElementSibling.classList.contains("csv-download")) continue;
      const name = table.id || "table";
      const button = ES.el("button", {type: "button", class: "csv-download", "data-table": name,
                                      title: "Download this table as CSV"}, "CSV");
      button.addEventListener("click", () => {
        const blob = new Blob([tableCsv(table)], {type: "text/csv;charset=utf-8"});
        const link = ES.el("a", {href: URL.createObjectURL(blob), download: `${name}.csv`});
        document.body.append(link);
        link.click();
        setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      });
      table.before(button);
    }
  }

  document.addEventListener("DOMContentLoaded", () => addCsvButtons());

  /** A country code as a link to its page, or plain text when it is not a country. */
  function countryLink(iso3, label) {
    return /^[A-Z]{3}$/.test(iso3 || "") && !["IGO", "NGO", "MNC", "UNK"].includes(iso3)
      ? ES.el("a", {href: `/countries/${iso3}`, class: "country"}, label || iso3) : (label || iso3 || "–");
  }

  return {addCsvButtons, countryLink, tableCsv};
})();

// Actor inputs suggest codes as a name is typed ("putin" offers RUSGOV), from /api/actors?q=.
(() => {
  function attach(input) {
    const list = ES.el("datalist", {id: `${input.name}-suggestions-${Math.random().toString(36).slice(2, 8)}`});
    input.after(list);
    input.setAttribute("list", list.id);
    input.setAttribute("autocomplete", "off");
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      // a dyad is completed on the side being typed: "RUS:pu" looks up "pu"
      const value = input.value;
      const [head, sep, tail] = input.name === "dyad" && value.includes(":") ? [value.split(":")[0], ":", value.split(":")[1]] : ["", "", value];
      if (tail.trim().length < 2) return;
      timer = setTimeout(async () => {
        try {
          const found = await ES.api("/api/actors", {q: tail.trim(), limit: 10, modality: "any"});
          list.replaceChildren(...found.items.map((m) => ES.el("option", {value: `${head}${sep}${m.code}`},
            `${m.name} · ${m.detail} · ${m.events} events`)));
          list.dataset.count = String(found.items.length);
        } catch (_) { /* suggestions are a convenience */ }
      }, 200);
    });
  }
  document.addEventListener("DOMContentLoaded", () => {
    for (const input of document.querySelectorAll("input[name=actor], input[name=dyad]")) attach(input);
  });
})();
