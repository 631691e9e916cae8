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
