// The workflow designer's live side: after each edit the form is checked by the server (the same mapping and
// validation as saving), and the problems, the diagram, the outline and the JSON view are redrawn from its answer.
// Without this script the page still works: every button posts the form and the server draws the page.
(function () {
  'use strict';
  var form = document.getElementById('designer');
  var diagram = document.getElementById('diagram');
  if (!form || !diagram || typeof dagre === 'undefined') {
    return;
  }

  var svgNs = 'http://www.w3.org/2000/svg';
  var status = document.getElementById('designer-status');
  var problemsList = document.getElementById('problems');
  var outline = document.getElementById('outline');
  var jsonView = document.getElementById('json-view');
  var dirty = false;
  var sequence = 0;
  var timer = null;
  var measurer = document.createElement('canvas').getContext('2d');

  function textWidth(text, weight) {
    measurer.font = (weight || 'normal') + ' 14px ' + getComputedStyle(document.body).fontFamily;
    return measurer.measureText(text).width;
  }

  function el(name, attributes, parent) {
    var node = document.createElementNS(svgNs, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // States and transitions laid out in layers by dagre; each transition's label is a node of its own in the layout,
  // so labels never overlap each other or the states.
  function draw(graph) {
    var g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, edgesep: 12, marginx: 12, marginy: 12 });
    g.setDefaultEdgeLabel(function () { return {}; });
    graph.nodes.forEach(function (n) {
      if (n.id && !g.hasNode(n.id)) {
        g.setNode(n.id, { width: Math.max(textWidth(n.label, 'bold') + 28, 72), height: 38, data: n });
      }
    });
    graph.edges.forEach(function (e, k) {
      g.setEdge(e.from, e.to, { label: e.label, width: textWidth(e.label) + 10, height: 20, labelpos: 'c', data: e }, 'e' + k);
    });
    dagre.layout(g);

    var size = g.graph();
    var svg = el('svg', { width: Math.ceil(size.width), height: Math.ceil(size.height), viewBox: '0 0 ' + Math.ceil(size.width) + ' ' + Math.ceil(size.height), 'aria-hidden': 'true', focusable: 'false' });
    var marker = el('marker', { id: 'designer-arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '8', markerHeight: '8', orient: 'auto-start-reverse' }, el('defs', {}, svg));
    el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }, marker);

    g.edges().forEach(function (id) {
      var edge = g.edge(id);
      var data = edge.data;
      var group = el('g', { class: 'edge' + (data.invalid ? ' invalid' : ''), 'data-target': 'transition-' + data.index }, svg);
      var d = edge.points.map(function (p, i) { return (i ? 'L' : 'M') + p.x.toFixed(1) + ',' + p.y.toFixed(1); }).join(' ');
      el('path', { d: d, class: 'edge-line', 'marker-end': 'url(#designer-arrow)' }, group);
      el('rect', { x: edge.x - edge.width / 2, y: edge.y - edge.height / 2, width: edge.width, height: edge.height, rx: 3, class: 'edge-label-box' }, group);
      var label = el('text', { x: edge.x, y: edge.y + 5, 'text-anchor': 'middle', class: 'edge-label' }, group);
      label.textContent = edge.label;
    });

    g.nodes().forEach(function (id) {
      var node = g.node(id);
      var data = node.data;
      var classes = ['state'];
      if (data.initial) { classes.push('initial'); }
      if (data.terminal) { classes.push('terminal'); }
      if (data.public) { classes.push('public'); }
      if (data.invalid) { classes.push('invalid'); }
      var group = el('g', { class: classes.join(' '), 'data-target': 'state-' + data.index }, svg);
      el('rect', { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height, rx: 8, class: 'state-box' }, group);
      if (data.terminal) {
        el('rect', { x: node.x - node.width / 2 + 3, y: node.y - node.height / 2 + 3, width: node.width - 6, height: node.height - 6, rx: 6, class: 'state-inner' }, group);
      }
      var text = el('text', { x: node.x, y: node.y + 5, 'text-anchor': 'middle', class: 'state-label' }, group);
      text.textContent = data.label;
    });

    // Shrunk a little to fit beside the form; a larger definition keeps its natural size and scrolls, so that its
    // labels stay readable.
    var scale = Math.min(1, (diagram.clientWidth - 16) / size.width);
    if (scale >= 0.6) {
      svg.setAttribute('width', Math.floor(size.width * scale));
      svg.setAttribute('height', Math.floor(size.height * scale));
    }
    diagram.replaceChildren(svg);
  }

  function open(targetId) {
    var part = document.getElementById(targetId);
    if (!part) { return; }
    part.open = true;
    part.scrollIntoView({ block: 'start' });
    var first = part.querySelector('input:not([type=hidden]), select');
    if (first) { first.focus({ preventScroll: true }); }
    diagram.querySelectorAll('.selected').forEach(function (n) { n.classList.remove('selected'); });
    diagram.querySelectorAll('[data-target="' + targetId + '"]').forEach(function (n) { n.classList.add('selected'); });
  }

  diagram.addEventListener('click', function (event) {
    var target = event.target.closest('[data-target]');
    if (target) { open(target.getAttribute('data-target')); }
  });

  // The field a problem is about, or the nearest enclosing part of the form that exists (a group of checkboxes).
  function fieldFor(id) {
    var current = id;
    while (current) {
      var found = document.getElementById(current);
      if (found) { return found; }
      var cut = current.lastIndexOf('-');
      current = cut > 1 ? current.slice(0, cut) : null;
    }
    return null;
  }

  // A problem's link opens the part it is in (parts are collapsed) and puts the cursor in the field.
  problemsList.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var field = link && fieldFor(link.getAttribute('href').slice(1));
    if (!field) { return; }
    event.preventDefault();
    var part = field.closest('details');
    if (part) { part.open = true; }
    field.scrollIntoView({ block: 'center' });
    var target = field.matches('input, select, textarea') ? field : field.querySelector('input, select') || field;
    target.focus({ preventScroll: true });
  });

  function showProblems(problems) {
    form.querySelectorAll('.field-problem').forEach(function (p) { p.remove(); });
    form.querySelectorAll('[aria-invalid]').forEach(function (f) { f.removeAttribute('aria-invalid'); });
    form.querySelectorAll('[aria-describedby]').forEach(function (f) {
      var kept = f.getAttribute('aria-describedby').split(' ').filter(function (x) { return x && !/-problem$/.test(x); });
      if (kept.length) { f.setAttribute('aria-describedby', kept.join(' ')); } else { f.removeAttribute('aria-describedby'); }
    });
    var byField = {};
    problems.forEach(function (p) { (byField[p.id] = byField[p.id] || []).push(p.message); });
    Object.keys(byField).forEach(function (id) {
      var field = fieldFor(id);
      if (!field) { return; }
      var container = field.closest('[data-field]') || field;
      var message = document.createElement('p');
      message.className = 'field-problem';
      message.id = field.id + '-problem';
      message.textContent = byField[id].join(' ');
      container.appendChild(message);
      if (field.matches('input, select, textarea')) { field.setAttribute('aria-invalid', 'true'); }
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      described.push(message.id);
      field.setAttribute('aria-describedby', described.join(' '));
    });

    problemsList.replaceChildren.apply(problemsList, problems.map(function (p) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + p.id;
      link.textContent = p.subject;
      item.append(link, problemsList.getAttribute('data-separator') + p.message);
      return item;
    }));

    form.querySelectorAll('.problem-count').forEach(function (badge) {
      var prefix = badge.getAttribute('data-prefix');
      var count = problems.filter(function (p) { return p.field.indexOf(prefix) === 0; }).length;
      badge.textContent = count ? badge.getAttribute('data-template').replace('{0}', count) : '';
    });
  }

  function check() {
    var mine = ++sequence;
    var started = performance.now();
    var body = new FormData(form);
    return fetch(form.getAttribute('data-check'), { method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer || mine !== sequence) { return; }
        showProblems(answer.problems);
        draw(answer.graph);
        outline.innerHTML = answer.outline;
        jsonView.textContent = answer.json;
        status.textContent = answer.summary + (dirty ? ' ' + form.getAttribute('data-unsaved') : '');
        form.setAttribute('data-check-ms', Math.round(performance.now() - started));
        form.setAttribute('data-checks', String(Number(form.getAttribute('data-checks') || 0) + 1));
      });
  }

  function edited() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  }

  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  form.addEventListener('submit', function () { dirty = false; });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) { event.preventDefault(); }
  });

  draw(JSON.parse(diagram.getAttribute('data-graph')));
  if (location.hash && /^#(state|transition|timer|notification)-\d+$/.test(location.hash)) {
    open(location.hash.slice(1));
  }
  var confirmBox = document.getElementById('confirm-removal');
  if (confirmBox) { confirmBox.focus(); }
  window.workflowDesigner = { check: check };
})();
