// Session player: hold/rep timer with an optional beep, "too painful" opener, and focus moved
// to the new exercise after each htmx swap. Progressive: without this script the forms work.
(function () {
  "use strict";
  var audio = null;

  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.value = 0.15;
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start();
      osc.stop(audio.currentTime + 0.2);
    } catch (e) { /* no audio: the visible timer is enough */ }
  }

  function setUp(box) {
    var hold = parseInt(box.dataset.hold, 10) || 0;
    var reps = parseInt(box.dataset.reps, 10) || 1;
    var sets = parseInt(box.dataset.sets, 10) || 1;
    var value = box.querySelector("[data-timer-value]");
    var status = box.querySelector("[data-timer-status]");
    var startButton = box.querySelector("[data-timer-start]");
    var sound = box.querySelector("[data-timer-sound]");
    var total = reps * sets;
    var state = { rep: 0, left: hold, timer: null };

    function say(text) { status.textContent = text; }
    function stop() { clearInterval(state.timer); state.timer = null; startButton.textContent = startButton.dataset.label; }

    function tick() {
      if (hold) {
        state.left -= 1;
        value.textContent = String(Math.max(state.left, 0));
        if (state.left > 0) { return; }
      }
      state.rep += 1;
      if (sound.checked) { beep(); }
      value.textContent = hold ? "0" : String(state.rep);
      if (state.rep >= total) { stop(); say(box.dataset.doneText || "All reps done."); return; }
      state.left = hold;
      if (hold) { value.textContent = String(hold); }
      say((box.dataset.repText || "Rep {n} of {total}").replace("{n}", state.rep + 1).replace("{total}", total));
    }

    startButton.dataset.label = startButton.textContent;
    startButton.addEventListener("click", function () {
      if (state.timer) { stop(); return; }
      if (state.rep >= total) { state.rep = 0; state.left = hold; }
      say((box.dataset.repText || "Rep {n} of {total}").replace("{n}", state.rep + 1).replace("{total}", total));
      state.timer = setInterval(tick, hold ? 1000 : 3000);
      startButton.textContent = box.dataset.pauseText || "Pause";
    });
    box.querySelector("[data-timer-reset]").addEventListener("click", function () {
      stop(); state.rep = 0; state.left = hold; value.textContent = String(hold || 0);
    });
    box.querySelector("[data-timer-controls]").hidden = false;
  }

  function init(root) { root.querySelectorAll("[data-timer]").forEach(setUp); }

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:afterSwap", function () {
    init(document);
    var heading = document.querySelector("[data-focus-on-swap]");
    if (heading) { heading.focus(); window.scrollTo(0, 0); }
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 422) { event.detail.shouldSwap = true; event.detail.isError = false; }
  });
  document.addEventListener("click", function (event) {
    var opener = event.target.closest && event.target.closest("[data-open-painful]");
    if (!opener) { return; }
    event.preventDefault();
    var details = document.querySelector("[data-painful]");
    details.open = true;
    details.querySelector("input[name=pain]").focus();
  });
})();
