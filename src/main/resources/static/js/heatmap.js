// Draws a programme's diagram with bpmn-js (loaded before this script) and puts on each step the
// figures of its row in the heat map's table: the cases waiting there, its median and 90th
// percentile, its colour band, and a link to the cases waiting there. The table stays the
// accessible form of the diagram, and the two can never disagree.
(function () {
  'use strict';

  var container = document.getElementById('heatmap-diagram');
  var table = container && document.getElementById(container.getAttribute('data-figures'));
  if (!container || !table || typeof window.BpmnJS === 'undefined') {
    return;
  }

  var figures = {};
  table.querySelectorAll('tbody tr[data-activity-id]').forEach(function (row) {
    var link = row.querySelector('a');
    figures[row.getAttribute('data-activity-id')] = {
      name: link.textContent.trim(),
      href: link.getAttribute('href'),
      band: row.getAttribute('data-band'),
      waiting: row.getAttribute('data-waiting'),
      median: row.getAttribute('data-median'),
      p90: row.getAttribute('data-p90')
    };
  });

  function line(parent, text) {
    var span = document.createElement('span');
    span.textContent = text;
    parent.appendChild(span);
    parent.appendChild(document.createElement('br'));
  }

  // the step's name is read out first (hidden on screen, where the shape shows it), then what is seen
  function badge(id, figure) {
    var link = document.createElement('a');
    link.className = 'hub-heat-badge hub-heat-' + figure.band;
    link.href = figure.href;
    link.setAttribute('data-activity-id', id);
    var name = document.createElement('span');
    name.className = 'nhsuk-u-visually-hidden';
    name.textContent = figure.name + ': ';
    link.appendChild(name);
    line(link, figure.waiting + ' waiting');
    if (figure.median) {
      line(link, 'median ' + figure.median);
      line(link, 'p90 ' + figure.p90);
    } else {
      line(link, 'none ended');
    }
    return link;
  }

  function annotate(viewer) {
    var canvas = viewer.get('canvas');
    var overlays = viewer.get('overlays');
    var elements = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    Object.keys(figures).forEach(function (id) {
      var element = elements.get(id);
      if (!element) {
        return;
      }
      canvas.addMarker(id, 'hub-heat-' + figures[id].band);
      overlays.add(id, 'hub-heat', { position: { top: element.height + 2, left: 0 }, html: badge(id, figures[id]) });
    });
    viewer.get('eventBus').on('element.click', function (event) {
      var figure = figures[event.element.id];
      if (figure) {
        window.location.href = figure.href;
      }
    });
    container.setAttribute('data-drawn', 'true');
  }

  function fail() {
    container.textContent = 'The diagram could not be drawn. The table below holds the same figures.';
  }

  fetch(container.getAttribute('data-diagram'), { credentials: 'same-origin', headers: { Accept: 'application/xml' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('diagram ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      container.textContent = '';
      var viewer = new window.BpmnJS({ container: container });
      return viewer.importXML(xml).then(function () {
        annotate(viewer);
      });
    })
    .catch(fail);
}());
