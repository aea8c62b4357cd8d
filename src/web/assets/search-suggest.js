// Suggestions as you type for every form marked data-suggest: its input becomes an ARIA 1.2 combobox
// with a listbox of records whose names start with what was typed. Without this script the form
// still searches; with it, Enter on a suggestion goes to its page, Enter otherwise submits.
(() => {
  const MIN_LETTERS = 2;
  const DELAY_MS = 200;
  const lang = document.documentElement.lang || "en";
  let count = 0;

  for (const form of document.querySelectorAll("form[data-suggest]")) {
    const input = form.querySelector('input[name="q"]');
    if (input) enhance(form, input, `suggest-${++count}`);
  }

  function enhance(form, input, id) {
    const words = form.dataset;
    const kinds = JSON.parse(words.kindLabels || "{}");
    const box = document.createElement("div");
    box.className = "suggest";
    input.replaceWith(box);
    box.append(input);
    const list = document.createElement("ul");
    list.id = id;
    list.className = "suggestions";
    list.hidden = true;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", words.labelSuggestions || "");
    box.append(list);
    // Polite by default (role=status), in the page from the start so that changes are announced.
    const live = document.createElement("div");
    live.className = "visually-hidden suggest-status";
    live.setAttribute("role", "status");
    form.append(live);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");

    let items = [];
    let active = -1;
    let timer = 0;
    let pending = null;

    const open = () => items.length > 0 && !list.hidden;
    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function announce(n) {
      live.textContent = n === 0 ? words.suggestionNone : n === 1 ? words.suggestionOne : words.suggestionMany.replace("{n}", String(n));
    }
    function show(suggestions) {
      items = suggestions.filter((s) => typeof s.path === "string" && s.path.startsWith("/") && !s.path.startsWith("//"));
      active = -1;
      list.replaceChildren(...items.map((s, i) => {
        const option = document.createElement("li");
        option.id = `${id}-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        const title = document.createElement("span");
        title.textContent = s.title;
        const kind = document.createElement("span");
        kind.className = "suggestion-kind";
        kind.textContent = kinds[s.kind] || "";
        option.append(title, " ", kind);
        // Keep the focus in the input when an option is pressed (the click still follows).
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => go(i));
        return option;
      }));
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", String(items.length > 0));
      input.removeAttribute("aria-activedescendant");
      announce(items.length);
    }
    function move(to) {
      if (!open()) return;
      active = (to + items.length) % items.length;
      list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      const option = document.getElementById(`${id}-${active}`);
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }
    function go(i) {
      close();
      window.location.assign(items[i].path);
    }
    async function lookUp() {
      const q = input.value.trim();
      // A newer keystroke wins: the answer to an older one is dropped, never shown over it.
      if (pending) pending.abort();
      pending = null;
      if ([...q].length < MIN_LETTERS) {
        items = [];
        close();
        return;
      }
      const controller = new AbortController();
      pending = controller;
      try {
        const url = `/api/search/suggest?q=${encodeURIComponent(q)}&lang=${encodeURIComponent(lang)}&limit=8`;
        const response = await fetch(url, { signal: controller.signal, headers: { accept: "application/json" } });
        if (!response.ok) throw new Error(`suggestions answered ${response.status}`);
        const body = await response.json();
        if (pending === controller) show(Array.isArray(body.suggestions) ? body.suggestions : []);
      } catch (error) {
        if (error.name !== "AbortError" && pending === controller) close();
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, DELAY_MS);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!open() && items.length > 0) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (!open()) return;
        event.preventDefault();
        move(event.key === "ArrowDown" ? active + 1 : active < 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && open() && active >= 0) {
        event.preventDefault();
        go(active);
      } else if (event.key === "Escape" && open()) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
    form.addEventListener("submit", () => {
      clearTimeout(timer);
      if (pending) pending.abort();
    });
  }
})();
