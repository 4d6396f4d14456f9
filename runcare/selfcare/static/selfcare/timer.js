// Ice/heat countdown: start, pause, reset, optional beep, screen-reader announcements at
// start, half-way and the end. Loaded as an external file (no inline script under our CSP).
(function () {
  "use strict";

  function format(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function beep() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) { return; }
    var ctx = new Ctx(), osc = ctx.createOscillator(), gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.value = 0.2;
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.6);
  }

  function setup(root) {
    var total = parseInt(root.dataset.seconds, 10) || 600;
    var left = total, handle = null;
    var clock = root.querySelector("[data-timer-clock]");
    var announce = root.querySelector("[data-timer-announce]");
    var start = root.querySelector("[data-timer-start]");
    var pause = root.querySelector("[data-timer-pause]");
    var reset = root.querySelector("[data-timer-reset]");
    var sound = root.querySelector("[data-timer-sound]");
    function say(name) {
      var t = root.querySelector("template[data-timer-" + name + "]");
      if (t) { announce.textContent = t.content.textContent.trim(); }
    }
    function render() { clock.textContent = format(left); }
    function stop() {
      if (handle) { clearInterval(handle); handle = null; }
      start.disabled = false;
      pause.disabled = true;
    }
    function tick() {
      left -= 1;
      render();
      if (left === Math.floor(total / 2)) { say("half"); }
      if (left <= 0) {
        stop();
        root.classList.add("timer--done");
        say("done");
        if (sound && sound.checked) { beep(); }
      }
    }
    start.addEventListener("click", function () {
      if (left <= 0) { left = total; root.classList.remove("timer--done"); }
      handle = setInterval(tick, 1000);
      start.disabled = true;
      pause.disabled = false;
      say("started");
    });
    pause.addEventListener("click", stop);
    reset.addEventListener("click", function () {
      stop();
      left = total;
      root.classList.remove("timer--done");
      render();
    });
    render();
  }

  function init() { document.querySelectorAll("[data-timer]").forEach(setup); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else { init(); }
})();
