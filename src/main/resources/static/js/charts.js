// Ukur charts (docs/dashboards.md, "Charts"): every table.chart-data on a page is drawn as a
// chart by ECharts, served by Ukur itself. The table is the chart's text equivalent and stays;
// the chart is an image labelled with the table's caption. Pages without such a table never
// load ECharts. Nothing here writes inline styles in markup, so the strict CSP holds.
(function () {
  'use strict';
  var tables = Array.prototype.slice.call(document.querySelectorAll('table.chart-data'));
  var self = document.currentScript;
  if (!tables.length || !self) {
    return;
  }
  var PALETTE = ['#0b6e69', '#3f51b5', '#b8860b', '#8e24aa', '#00838f', '#6d4c41', '#c2185b', '#546e7a'];
  var language = document.documentElement.lang || 'id';
  var charts = [];

  function clean(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  function label(cell) {
    var text = cell.getAttribute('data-chart-label') || clean(cell.textContent);
    return text.length > 48 ? text.substring(0, 47) + '…' : text;
  }

  function number(cell) {
    if (!cell || !cell.hasAttribute('data-value') || cell.getAttribute('data-value') === '') {
      return null;
    }
    var value = parseFloat(cell.getAttribute('data-value'));
    return isNaN(value) ? null : value;
  }

  // Header row = the categories, each body row a series (its first cell the name); with
  // data-chart-series="columns" the other way round: each header cell a series, each row a category.
  function read(table) {
    var head = table.tHead.rows[table.tHead.rows.length - 1];
    var heads = Array.prototype.slice.call(head.cells, 1).map(label);
    var rows = [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) { rows.push(row); });
    });
    var names = rows.map(function (row) { return label(row.cells[0]); });
    var matrix = rows.map(function (row) {
      return Array.prototype.slice.call(row.cells, 1).map(number);
    });
    if (table.getAttribute('data-chart-series') === 'columns') {
      var series = [];
      heads.forEach(function (name, column) {
        var values = matrix.map(function (row) { return row[column] === undefined ? null : row[column]; });
        var skipped = rows.every(function (row) {
          var cell = row.cells[column + 1];
          return !cell || cell.hasAttribute('data-chart-skip');
        });
        if (!skipped) {
          series.push({ name: name, values: values });
        }
      });
      return { categories: names, series: series };
    }
    return {
      categories: heads,
      series: names.map(function (name, i) { return { name: name, values: matrix[i] }; })
    };
  }

  function format(value) {
    return (value === null || value === undefined) ? '–'
      : Number(value).toLocaleString(language, { maximumFractionDigits: 2 });
  }

  function option(table, data) {
    var kind = table.getAttribute('data-chart') || 'bar';
    var colours = table.getAttribute('data-chart-colors');
    return {
      animation: false,
      color: colours ? colours.split(',') : PALETTE,
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: format },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 28, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', name: table.getAttribute('data-chart-unit') || '', min: 0,
        axisLabel: { formatter: format } },
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: kind === 'line' ? 'line' : 'bar',
          stack: kind === 'stacked' ? 'total' : undefined,
          connectNulls: true,
          data: s.values
        };
      })
    };
  }

  // The chart goes before the table (or before the scroll box around it).
  function place(table) {
    var anchor = table.parentElement.classList.contains('table-responsive') ? table.parentElement : table;
    var caption = table.caption ? clean(table.caption.textContent) : '';
    var box = document.createElement('div');
    box.className = 'chart';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', caption);
    anchor.parentElement.insertBefore(box, anchor);
    var summary = table.getAttribute('data-chart-details');
    if (summary) {
      var details = document.createElement('details');
      var title = document.createElement('summary');
      title.textContent = summary;
      details.appendChild(title);
      anchor.parentElement.insertBefore(details, anchor);
      details.appendChild(anchor);
    }
    return box;
  }

  function drawAll() {
    tables.forEach(function (table) {
      var data = read(table);
      if (!data.categories.length || !data.series.length) {
        return;
      }
      var chart = window.echarts.init(place(table), null, { renderer: 'canvas' });
      chart.setOption(option(table, data));
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  var script = document.createElement('script');
  script.src = self.src.replace(/js\/charts\.js.*$/, 'webjars/echarts/dist/echarts.min.js');
  script.addEventListener('load', drawAll);
  document.head.appendChild(script);
})();
