// A button that prints the page (a blank questionnaire, for instance).
for (const button of document.querySelectorAll("[data-print]")) {
  button.addEventListener("click", () => window.print());
}
