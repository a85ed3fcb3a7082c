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
    // Unchanged actions keep their buttons: replacing a button between the press and the release of a click loses
    // the click (the person pressed "Submit" just as a save came back).
    const shown = [...buttons.querySelectorAll("button")].map((b) => `${b.value}|${b.textContent}`).join("\n");
    if (shown === actions.map((a) => `${a.trigger}|${a.label}`).join("\n")) return;
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

  // Each editor's "finish saving": an action (e.g. "Submit for review") waits for it, so what was typed last is in the
  // report it acts on rather than racing the action and being refused as stale afterwards.
  const editors = [];

  for (const form of document.querySelectorAll("form[data-autosave]")) {
    const status = form.querySelector("[data-save-status]");
    const version = form.querySelector("input[name=version]");
    const texts = form.dataset;
    let timer = null;
    let saving = null; // the save on its way, if any
    let dirty = false;
    let stopped = false;

    const say = (text, kind) => {
      if (!status) return;
      status.textContent = text;
      status.dataset.kind = kind || "";
    };

    const send = async () => {
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
        saving = null;
      }
    };

    const save = () => {
      clearTimeout(timer);
      if (!dirty || stopped) return saving ?? Promise.resolve();
      if (saving) { timer = setTimeout(save, pause); return saving; }
      dirty = false;
      saving = send();
      return saving;
    };

    // Resolves true once everything typed is saved; false when the last save was refused (its message is shown).
    const finish = async () => {
      clearTimeout(timer);
      if (saving) await saving;
      if (dirty && !stopped) await save();
      return !dirty && !stopped;
    };

    editors.push({ pending: () => dirty || saving !== null, finish });
    // The Save button right after typing: the save on its way carries the version this post would send, so the post
    // waits for it and then goes with the version it answered, instead of being refused as stale.
    let posting = false;
    form.addEventListener("submit", async (e) => {
      if (posting || (!dirty && saving === null)) return;
      e.preventDefault();
      posting = true;
      try {
        await finish();
        if (!stopped) {
          dirty = false;
          form.requestSubmit(e.submitter ?? undefined);
        }
      } finally {
        posting = false;
      }
    });
    form.addEventListener("input", () => { dirty = true; clearTimeout(timer); timer = setTimeout(save, pause); });
    form.addEventListener("change", () => { dirty = true; save(); });
    form.addEventListener("focusout", () => save());
    window.addEventListener("beforeunload", (e) => { if (dirty && !stopped) { save(); e.preventDefault(); } });
  }

  const bar = document.querySelector("form[data-actions]");
  let acting = false;
  bar?.addEventListener("submit", async (e) => {
    if (acting) { e.preventDefault(); return; }
    const waiting = editors.filter((editor) => editor.pending());
    if (waiting.length === 0) return;
    e.preventDefault();
    acting = true;
    try {
      const saved = (await Promise.all(waiting.map((editor) => editor.finish()))).every(Boolean);
      // The save may have changed the actions on offer; act only if the chosen one is still there.
      const trigger = e.submitter?.value;
      const button = [...bar.querySelectorAll("button[name=trigger]")].find((b) => b.value === trigger);
      if (saved && button) {
        acting = false;
        bar.requestSubmit(button);
      }
    } finally {
      acting = false;
    }
  });

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
