/* Drag-and-drop onto the upload form. The plain file input works without this script; the
   script only lets a file be dropped on the zone and shows its name. No inline handlers (CSP). */
(function () {
  "use strict";

  function init() {
    var zone = document.querySelector("[data-dropzone]");
    if (!zone) return;
    var input = zone.querySelector("input[type=file]");
    var chosen = zone.querySelector("[data-dropzone-name]");
    var form = zone.closest("form");
    zone.classList.add("dropzone--ready");

    function show() {
      chosen.textContent = input.files && input.files.length ? input.files[0].name : "";
    }
    function over(event) {
      event.preventDefault();
      zone.classList.add("dropzone--over");
    }
    function leave() { zone.classList.remove("dropzone--over"); }

    zone.addEventListener("dragenter", over);
    zone.addEventListener("dragover", over);
    zone.addEventListener("dragleave", leave);
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      leave();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        show();
      }
    });
    input.addEventListener("change", show);
    if (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector("button[type=submit]");
        if (button) {
          button.disabled = true;
          button.textContent = button.getAttribute("data-busy-label") || button.textContent;
        }
      });
    }
  }

  document.addEventListener("DOMContentLoaded", init);
}());
