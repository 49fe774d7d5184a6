// Draws each console table's chart from the table itself (Chart.js, loaded before this script):
// the figures people read and the bars they see can never disagree, and the table stays the
// accessible form of every chart.
(function () {
  'use strict';

  // NHS.UK palette, in an order that keeps neighbouring series apart
  var COLOURS = ['#005eb8', '#ffb81c', '#009639', '#d5281b', '#330072', '#00a499', '#768692'];

  function cellText(cell) {
    return cell.textContent.replace(/\s+/g, ' ').trim();
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-for'));
    if (!table || typeof window.Chart === 'undefined') {
      return;
    }
    var labelColumn = Number(table.getAttribute('data-chart-label'));
    var valueColumns = table.getAttribute('data-chart-values').split(',').map(Number);
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), cellText);
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) {
      var cells = row.querySelectorAll('td');
      // a programme's rows are told apart by their programme when the label column is not the first
      return labelColumn > 0 && headers[0] === 'Programme' && new Set(rows.map(function (r) {
        return cellText(r.querySelectorAll('td')[0]);
      })).size > 1
        ? cellText(cells[0]) + ': ' + cellText(cells[labelColumn])
        : cellText(cells[labelColumn]);
    });
    var datasets = valueColumns.map(function (column, index) {
      return {
        label: headers[column],
        backgroundColor: COLOURS[index % COLOURS.length],
        data: rows.map(function (row) {
          return Number(row.querySelectorAll('td')[column].getAttribute('data-value'));
        })
      };
    });
    var stacked = table.getAttribute('data-chart-stacked') === 'true';
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        indexAxis: labels.length > 8 ? 'y' : 'x',
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  document.querySelectorAll('canvas[data-chart-for]').forEach(draw);
}());
