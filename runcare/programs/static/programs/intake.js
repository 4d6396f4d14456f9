// Intake screens: show follow-up questions only when they apply, and move focus to the new
// screen's heading after an htmx swap so keyboard and screen-reader users land on it.
(function () {
  "use strict";

  function valueOf(form, name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : "";
  }

  function applyFollowUps(root) {
    root.querySelectorAll("form").forEach(function (form) {
      form.querySelectorAll("[data-show-if]").forEach(function (block) {
        var shown = valueOf(form, block.dataset.showIf) === block.dataset.showValue;
        block.hidden = !shown;
      });
    });
  }

  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form");
    if (form) { applyFollowUps(form.parentNode); }
  });

  document.addEventListener("DOMContentLoaded", function () { applyFollowUps(document); });

  document.addEventListener("htmx:afterSwap", function (event) {
    applyFollowUps(document);
    var heading = document.querySelector("[data-focus-on-swap]");
    if (heading) {
      heading.focus();
      window.scrollTo(0, 0);
      document.title = heading.textContent.trim() + " · RunCare";
    }
  });
})();
