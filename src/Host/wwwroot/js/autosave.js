// Saves a form as the person types (after a pause) and when they leave a field, and says when it last saved.
// The form keeps working without this script: its Save button posts it like any other form.
//   <form method="post" data-autosave="?handler=Autosave"> with a hidden input name="version" and an element
//   [data-save-status]. The handler answers { version, savedAt } or a problem (400 errors by field, 412 stale).
(() => {
  "use strict";
  const pause = 1500;

  // The actions the person may take now, as the server said after a save (e.g. "submit" once the required fields are in).
  const showActions = (actions) => {
    const bar = document.querySelector("form[data-actions]");
    const buttons = bar?.querySelector("[data-action-buttons]");
    if (!buttons) return;
    buttons.replaceChildren(...actions.map((a) => {
      const button = document.createElement("button");
      button.type = "submit";
      button.name = "trigger";
      button.value = a.trigger;
      button.className = `button ${a.primary ? "primary" : "secondary"}`;
      button.textContent = a.label;
      return button;
    }));
    bar.hidden = actions.length === 0;
  };

  for (const form of document.querySelectorAll("form[data-autosave]")) {
    const status = form.querySelector("[data-save-status]");
    const version = form.querySelector("input[name=version]");
    const texts = form.dataset;
    let timer = null;
    let saving = false;
    let dirty = false;
    let stopped = false;

    const say = (text, kind) => {
      if (!status) return;
      status.textContent = text;
      status.dataset.kind = kind || "";
    };

    const save = async () => {
      clearTimeout(timer);
      if (!dirty || stopped) return;
      if (saving) { timer = setTimeout(save, pause); return; }
      saving = true;
      dirty = false;
      say(texts.savingText, "busy");
      try {
        const response = await fetch(form.dataset.autosave, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
        const body = await response.json().catch(() => ({}));
        if (response.ok) {
          version.value = body.version;
          if (body.actions) showActions(body.actions);
          say(`${texts.savedText} ${new Date(body.savedAt).toLocaleTimeString(document.documentElement.lang)}`, "ok");
        } else if (response.status === 412 || response.status === 409) {
          stopped = true;
          say(texts.staleText, "error");
        } else if (response.status === 400 && body.errors) {
          dirty = true;
          say(`${texts.invalidText} ${Object.values(body.errors).flat().join(" ")}`, "error");
        } else {
          dirty = true;
          say(body.title || texts.failedText, "error");
        }
      } catch {
        dirty = true;
        say(texts.failedText, "error");
      } finally {
        saving = false;
      }
    };

    form.addEventListener("input", () => { dirty = true; clearTimeout(timer); timer = setTimeout(save, pause); });
    form.addEventListener("change", () => { dirty = true; save(); });
    form.addEventListener("focusout", () => save());
    window.addEventListener("beforeunload", (e) => { if (dirty && !stopped) { save(); e.preventDefault(); } });
  }

  // A repeating list (e.g. the actions of a report): "add" copies the template row with the next index.
  for (const button of document.querySelectorAll("[data-add-row]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const list = document.getElementById(button.dataset.addRow);
      const template = document.getElementById(button.dataset.template);
      const index = list.querySelectorAll("[data-row]").length;
      const html = template.innerHTML.replaceAll("__index__", String(index)).replaceAll("__number__", String(index + 1));
      list.insertAdjacentHTML("beforeend", html);
      list.querySelector("[data-row]:last-child select, [data-row]:last-child textarea")?.focus();
    });
  }
})();
