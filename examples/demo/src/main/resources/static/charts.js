// Draws every .chart[data-chart] as a bar chart with ECharts (served by the application): {categories, series}.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var colours = ['#154273', '#8a1538', '#1e6b2f', '#6b4e00'];
  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      color: colours,
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 90, right: 20, bottom: 90 },
      xAxis: { type: 'category', data: data.categories, axisLabel: { rotate: 35, color: '#1b1b1b' } },
      yAxis: { type: 'value', axisLabel: { color: '#1b1b1b' } },
      series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
    });
  });
})();
