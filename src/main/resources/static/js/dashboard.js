// The dashboard's and the wall screen's charts, drawn from the figures the page carries (data-initial), then,
// on the wall screen, from /dashboard/data (the same figures as the page).
// A rate over zero items comes as null and is drawn as an empty slot, never as 0 %. Bars are horizontal and
// capped at ten, so that labels stay readable on a 360 px phone. On the wall screen the data is fetched again
// every minute; a failed refresh keeps the last figures and shows the stale marker.
(function () {
  'use strict';

  document.querySelectorAll('[data-period-custom]').forEach(function (input) {
    input.addEventListener('change', function () {
      var period = document.getElementById('period');
      if (period) { period.value = 'custom'; }
    });
  });

  var root = document.getElementById('dashboard-charts');
  if (!root || typeof window.echarts === 'undefined') { return; }
  var dark = root.hasAttribute('data-dark');
  var text = dark ? '#c9d6ea' : '#333';
  var charts = {};

  function pct(v) { return v === null || v === undefined || v === '-' ? '—' : Number(v).toFixed(2) + '%'; }

  function trend(series) {
    return {
      textStyle: { color: text },
      grid: { left: 44, right: 44, top: 30, bottom: 28 },
      legend: { top: 0, textStyle: { color: text } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: series.labels, axisLabel: { color: text } },
      yAxis: [
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: text } },
        { type: 'value', axisLabel: { color: text }, splitLine: { show: false } }
      ],
      series: [
        { name: root.getAttribute('data-count-name'), type: 'bar', yAxisIndex: 1, data: series.counts,
          itemStyle: { color: dark ? '#334a73' : '#d9dee6' } },
        { name: root.getAttribute('data-rate-name'), type: 'line', connectNulls: false, symbolSize: 5,
          data: series.values.map(function (v) { return v === null ? '-' : Number(v); }),
          itemStyle: { color: '#e0474e' }, tooltip: { valueFormatter: pct } }
      ]
    };
  }

  function bars(series, kind) {
    var labels = series.labels.slice(0, 10).reverse();
    var values = series.values.slice(0, 10).reverse().map(function (v) { return v === null ? '-' : Number(v); });
    var isRate = kind !== 'count';
    var name = kind === 'compliance' ? root.getAttribute('data-compliance-name')
      : kind === 'count' ? root.getAttribute('data-count-name') : root.getAttribute('data-rate-name');
    return {
      textStyle: { color: text },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: isRate ? pct : undefined },
      xAxis: isRate ? { type: 'value', min: 0, max: 100, show: false } : { type: 'value', show: false },
      yAxis: { type: 'category', data: labels, axisLabel: { width: 110, overflow: 'truncate', color: text } },
      series: [{ name: name, type: 'bar', data: values, barMaxWidth: 18,
        itemStyle: { color: kind === 'compliance' ? '#2f7d5b' : '#b7282e' },
        label: { show: true, position: 'right', color: text,
          formatter: function (p) { return isRate ? pct(p.value) : p.value; } } }]
    };
  }

  function draw(data) {
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      var series = data[el.getAttribute('data-chart')];
      if (!series) { return; }
      var kind = el.getAttribute('data-kind');
      var chart = charts[el.getAttribute('data-chart')] || (charts[el.getAttribute('data-chart')] = window.echarts.init(el));
      chart.setOption(kind === 'trend' ? trend(series) : bars(series, kind), true);
      // a click on a bar or point opens the records behind it (bars are drawn reversed, top-10 only)
      chart.off('click');
      chart.on('click', function (p) {
        var links = series.links || [];
        var index = kind === 'trend' ? p.dataIndex : Math.min(links.length, 10) - 1 - p.dataIndex;
        if (links[index]) { window.location.href = links[index]; }
      });
    });
    (data.tiles || []).forEach(function (t) {
      var tile = document.querySelector('[data-tile="' + t.id + '"]');
      if (!tile) { return; }
      tile.querySelector('.screen-tile-value').textContent = t.value;
      var change = tile.querySelector('.screen-tile-change');
      change.textContent = t.change === null ? '' : t.change;
      change.classList.toggle('dash-up', t.better > 0);
      change.classList.toggle('dash-down', t.better < 0);
    });
    var updated = document.getElementById('screen-updated');
    if (updated && data.updatedAt) { updated.textContent = data.updatedAt.replace('T', ' '); }
  }

  function load() {
    return fetch(root.getAttribute('data-source'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      });
  }

  var stale = document.getElementById('screen-stale');
  function refresh() {
    load().then(function (data) {
      draw(data);
      if (stale) { stale.classList.remove('is-stale'); }
    }).catch(function () {
      // keep the last figures on screen; only say they are not fresh
      if (stale) { stale.classList.add('is-stale'); }
    });
  }

  // the page carries its first figures (computed once per view); later refreshes fetch them again
  var initial = root.getAttribute('data-initial');
  if (initial) {
    draw(JSON.parse(initial));
    root.removeAttribute('data-initial');
  } else {
    refresh();
  }
  var every = Number(root.getAttribute('data-refresh-seconds') || 0);
  if (every > 0) { window.setInterval(refresh, every * 1000); }
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
})();
