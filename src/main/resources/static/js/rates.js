// The rates page: a bar chart of the rectification rate by group, drawn from the table's own rows
// (data-chart-label / data-chart-value), so chart and table always show the same figures.
(function () {
  'use strict';

  // Editing a date means a custom period.
  document.querySelectorAll('[data-period-custom]').forEach(function (input) {
    input.addEventListener('change', function () {
      var period = document.getElementById('period');
      if (period) {
        period.value = 'custom';
      }
    });
  });

  var el = document.getElementById('rates-chart');
  if (!el || typeof window.echarts === 'undefined') {
    return;
  }
  var rows = document.querySelectorAll(el.getAttribute('data-source') + ' tbody tr');
  var labels = [];
  var values = [];
  rows.forEach(function (row) {
    labels.push(row.getAttribute('data-chart-label'));
    var value = row.getAttribute('data-chart-value');
    values.push(value === null ? '-' : Number(value)); // '-' = no rate over zero items: an empty slot, not 0
  });
  var chart = window.echarts.init(el);
  var percent = function (v) { return v === '-' || v === undefined ? '—' : Number(v).toFixed(2) + '%'; };
  if (window.matchMedia && window.matchMedia('(max-width: 575.98px)').matches) {
    // on a phone: the top ten as horizontal bars, best at the top, names readable on the left
    var pairs = labels.map(function (label, i) { return { label: label, value: values[i] }; })
      .filter(function (p) { return p.value !== '-'; })
      .sort(function (a, b) { return b.value - a.value; })
      .slice(0, 10)
      .reverse();
    el.style.height = Math.max(220, pairs.length * 30 + 40) + 'px';
    chart.resize();
    chart.setOption({
      grid: { left: 8, right: 56, top: 10, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: percent },
      xAxis: { type: 'value', min: 0, max: 100, show: false },
      yAxis: { type: 'category', data: pairs.map(function (p) { return p.label; }),
        axisLabel: { width: 110, overflow: 'truncate' } },
      series: [{
        name: el.getAttribute('data-series-name'),
        type: 'bar',
        data: pairs.map(function (p) { return p.value; }),
        itemStyle: { color: '#b7282e' },
        label: { show: true, position: 'right', formatter: function (p) { return percent(p.value); } }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    return;
  }
  chart.setOption({
    grid: { left: 40, right: 10, top: 20, bottom: 70 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: function (v) { return v === '-' || v === undefined ? '—' : v.toFixed(2) + '%'; }
    },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { interval: 0, rotate: labels.length > 6 ? 40 : 0, width: 90, overflow: 'truncate' }
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    dataZoom: labels.length > 15 ? [{ type: 'slider', height: 14, bottom: 0 }] : [],
    series: [{
      name: el.getAttribute('data-series-name'),
      type: 'bar',
      data: values,
      itemStyle: { color: '#b7282e' },
      label: { show: labels.length <= 12, position: 'top', formatter: function (p) { return Number(p.value).toFixed(2) + '%'; } }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
