/* RunCare charts: draws every <figure class="chart" data-chart-source="ID"> from the JSON in
   <script type="application/json" id="ID"> with the vendored uPlot. The data contract:
   {"x_kind": "time"|"category", "x": [...], "series": [{"label", "values", "kind":
   "line"|"bars"|"points", "axis": "left"|"right", "color"}], "y_left": {"label", "min", "max"},
   "y_right": {...}|null}. Each figure keeps its table fallback; the canvas is an image whose
   accessible name is the caption. No inline script or style is used (strict CSP). */
(function () {
  "use strict";
  var PALETTE = ["#0b5f56", "#a4161a", "#1a56db", "#8a4b00", "#6b3fa0", "#4f5b66"];
  var loading = null;

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  function loadUPlot() {
    if (window.uPlot) return Promise.resolve(window.uPlot);
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = meta("runcare-uplot-css");
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = meta("runcare-uplot-js");
      script.onload = function () { resolve(window.uPlot); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return loading;
  }

  function scaleFor(axis) {
    if (!axis) return {};
    var scale = {};
    if (axis.min !== null && axis.min !== undefined && axis.max !== null && axis.max !== undefined) {
      scale.range = [axis.min, axis.max];
    } else if (axis.min !== null && axis.min !== undefined) {
      scale.range = function (u, lo, hi) { return [axis.min, Math.max(hi, axis.min + 1)]; };
    }
    return scale;
  }

  function buildSeries(uPlot, data) {
    var bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({size: [0.6, 60]}) : null;
    var out = [{label: data.x_kind === "time" ? "Date" : ""}];
    data.series.forEach(function (s, i) {
      var color = s.color || PALETTE[i % PALETTE.length];
      var entry = {label: s.label, scale: s.axis === "right" ? "right" : "y", stroke: color,
                   width: 2, spanGaps: false};
      if (s.kind === "bars") {
        entry.paths = bars;
        entry.fill = color + "88";
        entry.points = {show: false};
      } else if (s.kind === "points") {
        entry.paths = function () { return null; };
        entry.points = {show: true, size: 9, fill: color, stroke: color};
      } else {
        entry.points = {show: true, size: 6};
      }
      out.push(entry);
    });
    return out;
  }

  function buildAxes(data, width) {
    var axes = [{}];
    if (data.x_kind !== "time") {
      // One label per ~70 px so that labels never overlap on a phone.
      var step = Math.max(1, Math.ceil(data.x.length / Math.max(2, Math.floor(width / 70))));
      axes[0] = {values: function (u, splits) {
        return splits.map(function (v) { return data.x[v] !== undefined ? data.x[v] : ""; });
      }, splits: function () {
        return data.x.map(function (_, i) { return i; }).filter(function (i) {
          return (data.x.length - 1 - i) % step === 0;
        });
      }};
    }
    axes.push({scale: "y", label: data.y_left ? data.y_left.label : ""});
    if (data.y_right) axes.push({scale: "right", side: 1, label: data.y_right.label,
                                 grid: {show: false}});
    return axes;
  }

  function render(uPlot, figure) {
    var source = document.getElementById(figure.getAttribute("data-chart-source"));
    if (!source) return;
    var data = JSON.parse(source.textContent);
    if (!data.series || !data.series.length || !data.x.length) return;
    var xs = data.x_kind === "time" ? data.x : data.x.map(function (_, i) { return i; });
    var scales = {x: {time: data.x_kind === "time"}, y: scaleFor(data.y_left)};
    if (data.y_right) scales.right = scaleFor(data.y_right);
    if (data.x_kind !== "time") scales.x.range = [-0.5, data.x.length - 0.5];
    var holder = document.createElement("div");
    holder.className = "chart__canvas";
    var caption = figure.querySelector("figcaption");
    holder.setAttribute("role", "img");
    holder.setAttribute("aria-label", caption ? caption.textContent.trim() : "Chart");
    figure.insertBefore(holder, figure.firstChild);
    var width = Math.max(260, figure.clientWidth - 8);
    var plot = new uPlot({
      width: width, height: Math.round(Math.min(320, Math.max(200, width * 0.55))),
      scales: scales, series: buildSeries(uPlot, data), axes: buildAxes(data, width),
      legend: {live: false}, cursor: {drag: {x: false, y: false}}
    }, [xs].concat(data.series.map(function (s) { return s.values; })), holder);
    figure.setAttribute("data-chart-rendered", "true");
    window.addEventListener("resize", function () {
      plot.setSize({width: Math.max(260, figure.clientWidth - 8), height: plot.height});
    });
  }

  function renderAll(root) {
    var figures = (root || document).querySelectorAll(
      "figure.chart[data-chart-source]:not([data-chart-rendered])");
    if (!figures.length) return;
    loadUPlot().then(function (uPlot) {
      Array.prototype.forEach.call(figures, function (f) { render(uPlot, f); });
    }).catch(function () { /* the table fallback stays visible */ });
  }

  document.addEventListener("DOMContentLoaded", function () { renderAll(document); });
  document.addEventListener("htmx:afterSwap", function (e) { renderAll(e.target); });
  window.RunCareCharts = {renderAll: renderAll};
}());
