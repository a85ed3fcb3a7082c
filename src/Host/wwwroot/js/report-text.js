// Shows report text as readers will see it, under the box it is typed in: a line starting "## " is a heading, a line
// starting "- " an item of a list, other lines paragraphs (the same rules as the server's ReportMarkup). Text goes in
// as text, never as markup.
//   <textarea data-preview="How readers see it">
(() => {
  "use strict";

  // Headings that are action categories read in the page's language, as on the published page.
  const render = (text, into, labels) => {
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
        const title = line.slice(3).trim();
        heading.textContent = labels[title] ?? title;
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
    const labels = JSON.parse(box.form?.dataset.headingLabels ?? "{}");
    const preview = document.createElement("details");
    preview.className = "preview";
    preview.open = box.value.trim().length > 0;
    const summary = document.createElement("summary");
    summary.textContent = box.dataset.preview;
    const body = document.createElement("div");
    body.className = "report-text";
    preview.append(summary, body);
    box.after(preview);
    render(box.value, body, labels);
    box.addEventListener("input", () => {
      render(box.value, body, labels);
      if (box.value.trim().length > 0) preview.open = true;
    });
  }
})();
