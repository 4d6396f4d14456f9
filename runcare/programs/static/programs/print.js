// "Print this page" buttons (no inline handlers: the content security policy forbids them).
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) { window.print(); }
});
