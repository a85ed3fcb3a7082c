// Shows report text as readers will see it, under the box it is typed in: a line starting "## " is a heading, a line
// starting "- " an item of a list, other lines paragraphs (the same rules as the server's ReportMarkup). Text goes in
// as text, never as markup.
//   <textarea data-preview="How readers see it">
(() => {
  "use strict";

  const render = (text, into) => {
    const blocks = [];
    let list = null;
    for (const raw of text.replace(/\r\n/g, "\n").split("\n")) {
      const line = raw.trimEnd();
      if (line.startsWith("- ")) {
        if (!list) { list = document.createElement("ul"); blocks.push(list); }
        const item = document.createElement("li");
        item.textContent = line.slice(2).trim();
        list.append(item);
        continue;
      }
      list = null;
      if (line.startsWith("## ")) {
        const heading = document.createElement("h4");
        heading.textContent = line.slice(3).trim();
        blocks.push(heading);
      } else if (line.length > 0) {
        const paragraph = document.createElement("p");
        paragraph.textContent = line;
        blocks.push(paragraph);
      }
    }
    into.replaceChildren(...blocks);
  };

  for (const box of document.querySelectorAll("textarea[data-preview]")) {
    const preview = document.createElement("details");
    preview.className = "preview";
    preview.open = box.value.trim().length > 0;
    const summary = document.createElement("summary");
    summary.textContent = box.dataset.preview;
    const body = document.createElement("div");
    body.className = "report-text";
    preview.append(summary, body);
    box.after(preview);
    render(box.value, body);
    box.addEventListener("input", () => {
      render(box.value, body);
      if (box.value.trim().length > 0) preview.open = true;
    });
  }
})();
