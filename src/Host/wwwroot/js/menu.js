// On a narrow screen the main menu folds behind a "Menu" button, so the page starts with its content.
(() => {
  "use strict";
  const toggle = document.querySelector(".menu-toggle");
  const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!menu) return;
  const narrow = window.matchMedia("(max-width: 40rem)");
  const apply = () => {
    toggle.hidden = !narrow.matches;
    const open = !narrow.matches || toggle.getAttribute("aria-expanded") === "true";
    menu.hidden = !open;
  };
  toggle.addEventListener("click", () => {
    toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
    apply();
  });
  narrow.addEventListener("change", apply);
  apply();
})();
