// Saves a form as the person types (after a pause) and when they leave a field, and says when it last saved.
// The form keeps working without this script: its Save button posts it like any other form.
//   <form method="post" data-autosave="?handler=Autosave"> with a hidden input name="version" and an element
//   [data-save-status]. The handler answers { version, savedAt } or a problem (400 errors by field, 412 stale).
(() => {
  "use strict";
  const pause = 1500;

  const bar = document.querySelector("form[data-actions]");
  const element = (tag, properties, ...children) => {
    const e = Object.assign(document.createElement(tag), properties);
    e.append(...children);
    return e;
  };

  // Each section of the form says whether its required fields are filled in.
  const showSections = (missing) => {
    for (const status of document.querySelectorAll("[data-section-fields]")) {
      const count = status.dataset.sectionFields.split(" ").filter((f) => missing.includes(f)).length;
      status.dataset.complete = String(count === 0);
      status.textContent = count === 0 ? status.dataset.completeText
        : count === 1 ? status.dataset.todoOneText : status.dataset.todoText.replace("{0}", String(count));
    }
  };

  // What the person may do now, and what not yet and why, as the server said after a save (e.g. "submit" once the
  // required fields are in): { available, unavailable, missingFields }.
  const showActions = (choices) => {
    showSections(choices.missingFields.map((f) => f.name));
    const buttons = bar?.querySelector("[data-action-buttons]");
    if (!buttons) return;
    bar.hidden = choices.available.length + choices.unavailable.length === 0;
    bar.querySelector("[data-comment]").hidden = !choices.available.some((a) => a.commentRequired);
    // Actions that cannot be taken yet do nothing when pressed, so they are rebuilt each time.
    bar.querySelector("[data-blocked-actions]").replaceChildren(...choices.unavailable.map((u) => {
      const why = element("div", { className: "why", id: `why-${u.trigger}`, tabIndex: -1 });
      for (const reason of u.reasons) {
        if (reason.missingFields.length === 0) {
          why.append(element("p", { textContent: reason.message }));
          continue;
        }
        why.append(element("p", { textContent: bar.dataset.missingText }), element("ul", {}, ...reason.missingFields.map((f) =>
          element("li", {}, element("a", { href: `#${f.name}`, textContent: f.label }, )))));
      }
      for (const link of why.querySelectorAll("a")) link.dataset.focusField = "";
      const button = element("button", { type: "button", className: `button ${u.primary ? "primary" : "secondary"}`, textContent: u.label });
      button.setAttribute("aria-disabled", "true");
      button.setAttribute("aria-describedby", why.id);
      button.dataset.why = why.id;
      return element("div", { className: "blocked" }, button, why);
    }));
    // Unchanged actions keep their buttons: replacing a button between the press and the release of a click loses
    // the click (the person pressed "Submit" just as a save came back).
    const shown = [...buttons.querySelectorAll("button")].map((b) => `${b.value}|${b.textContent}`).join("\n");
    if (shown === choices.available.map((a) => `${a.trigger}|${a.label}`).join("\n")) return;
    buttons.replaceChildren(...choices.available.map((a) => {
      const button = element("button", { type: "submit", name: "trigger", value: a.trigger, className: `button ${a.primary ? "primary" : "secondary"}`, textContent: a.label });
      if (a.confirm) button.dataset.confirm = bar.dataset.confirmText.replace("{0}", a.label);
      if (a.commentRequired) button.dataset.commentRequired = "true";
      return button;
    }));
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

    // A refused save names its fields: each is marked where the person typed it, with the reason beside it.
    const markInvalid = (errors) => {
      for (const old of form.querySelectorAll("[data-autosave-error]")) old.remove();
      for (const field of form.querySelectorAll("[aria-invalid=true]")) {
        field.removeAttribute("aria-invalid");
        const described = (field.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && !id.endsWith("-autosave-error"));
        if (described.length > 0) field.setAttribute("aria-describedby", described.join(" ")); else field.removeAttribute("aria-describedby");
      }
      for (const [name, messages] of Object.entries(errors)) {
        const field = form.elements.namedItem(name) ?? document.getElementById(name);
        if (!(field instanceof HTMLElement)) continue;
        field.setAttribute("aria-invalid", "true");
        const message = Object.assign(document.createElement("p"), { className: "field-error", textContent: messages.join(" ") });
        message.dataset.autosaveError = "";
        message.id = `${field.id || name}-autosave-error`;
        field.after(message);
        field.setAttribute("aria-describedby", [field.getAttribute("aria-describedby"), message.id].filter(Boolean).join(" "));
      }
    };

    const send = async () => {
      say(texts.savingText, "busy");
      try {
        const response = await fetch(form.dataset.autosave, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
        const body = await response.json().catch(() => ({}));
        if (response.ok) {
          markInvalid({});
          version.value = body.version;
          if (body.choices) showActions(body.choices);
          say(`${texts.savedText} ${new Date(body.savedAt).toLocaleTimeString(document.documentElement.lang)}`, "ok");
        } else if (response.status === 412 || response.status === 409) {
          stopped = true;
          say(texts.staleText, "error");
        } else if (response.status === 400 && body.errors) {
          dirty = true;
          markInvalid(body.errors);
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

  let acting = false;
  bar?.addEventListener("submit", async (e) => {
    if (acting) { e.preventDefault(); return; }
    // An action that needs a comment asks for it before anything else.
    const chosen = e.submitter;
    const comment = bar.querySelector("textarea[name=comment]");
    bar.querySelector("[data-comment-error]")?.remove();
    comment?.removeAttribute("aria-invalid");
    if (chosen?.dataset.commentRequired && comment && comment.value.trim() === "") {
      e.preventDefault();
      const error = Object.assign(document.createElement("p"), { className: "field-error", id: "comment-error", textContent: bar.dataset.commentFirstText });
      error.dataset.commentError = "";
      comment.after(error);
      comment.setAttribute("aria-invalid", "true");
      comment.setAttribute("aria-describedby", "comment-hint comment-error");
      comment.focus();
      return;
    }
    // A decision or a public move is recorded and told: the person confirms it once.
    if (chosen?.dataset.confirm && bar.dataset.confirmed !== chosen.value) {
      if (!window.confirm(chosen.dataset.confirm)) { e.preventDefault(); return; }
      bar.dataset.confirmed = chosen.value;
    }
    const waiting = editors.filter((editor) => editor.pending());
    if (waiting.length === 0) return;
    e.preventDefault();
    acting = true;
    try {
      const saved = (await Promise.all(waiting.map((editor) => editor.finish()))).every(Boolean);
      // The save may have changed the actions on offer; act only if the chosen one is still there.
      const trigger = chosen?.value;
      const button = [...bar.querySelectorAll("button[name=trigger]")].find((b) => b.value === trigger);
      if (saved && button) {
        acting = false;
        bar.requestSubmit(button);
      } else {
        delete bar.dataset.confirmed;
      }
    } finally {
      acting = false;
    }
  });

  // An action that cannot be taken yet shows why; a link to a missing field takes the person to it, ready to type.
  document.addEventListener("click", (e) => {
    const blocked = e.target.closest("button[data-why]");
    if (blocked) {
      document.getElementById(blocked.dataset.why)?.focus();
      return;
    }
    const link = e.target.closest("a[data-focus-field]");
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    e.preventDefault();
    const input = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
    (input ?? target).focus();
    target.scrollIntoView({ block: "center" });
  });

  // A repeating list (e.g. the actions of a report): "remove" takes a row out and numbers the others again, so the
  // form's indexes stay in sequence; the save that follows stores the list without it.
  const renumber = (list) => {
    list.querySelectorAll("[data-row]").forEach((row, index) => {
      for (const e of row.querySelectorAll("[id], [name], [for]")) {
        for (const attribute of ["id", "name", "for"]) {
          const value = e.getAttribute(attribute);
          if (value) e.setAttribute(attribute, value.replace(/(action-|actions\[)\d+/, `$1${index}`));
        }
      }
      const remove = row.querySelector("[data-remove-row]");
      for (const label of [row.querySelector("legend"), remove]) {
        if (label) label.textContent = label.textContent.replace(/\d+/, String(index + 1));
      }
    });
  };
  document.addEventListener("click", (e) => {
    const remove = e.target.closest("[data-remove-row]");
    if (!remove) return;
    e.preventDefault();
    const row = remove.closest("[data-row]");
    const list = row.parentElement;
    const form = remove.form;
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    renumber(list);
    form?.dispatchEvent(new Event("change", { bubbles: true }));
    (next?.querySelector("select, textarea") ?? list).focus();
  });

  for (const remove of document.querySelectorAll("[data-remove-row]")) remove.hidden = false;

  // A repeating list (e.g. the actions of a report): "add" copies the template row with the next index.
  for (const button of document.querySelectorAll("[data-add-row]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const list = document.getElementById(button.dataset.addRow);
      const template = document.getElementById(button.dataset.template);
      const index = list.querySelectorAll("[data-row]").length;
      const html = template.innerHTML.replaceAll("__index__", String(index)).replaceAll("__number__", String(index + 1));
      list.insertAdjacentHTML("beforeend", html);
      for (const remove of list.querySelectorAll("[data-remove-row]")) remove.hidden = false;
      list.querySelector("[data-row]:last-child select, [data-row]:last-child textarea")?.focus();
    });
  }
})();
