/**
 * The script inside the HTML report: it reads the embedded RunResult (`#fiduciary-result`) and builds the
 * page from it, Lighthouse-style, so the file is one renderer plus its data. Every value goes into the DOM
 * as text (createTextNode / setAttribute), never as markup, so hostile strings from audited sites cannot
 * inject anything. Links are only http(s); screenshot refs only relative paths (an absolute URL would make
 * the report fetch something). Plain ES2019 in a string: it runs as-is in the browser, with no build step.
 * It must contain no backtick and no dollar-brace, since it lives in a template literal.
 */
export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var SEV = ['critical', 'high', 'medium', 'low', 'info'];
  var SEV_LABEL = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
  var OUTCOME_LABEL = { fail: 'Problem', 'needs-review': 'Needs review', pass: 'Passed', 'not-applicable': 'Not applicable', error: 'Could not check' };
  var KIND_LABEL = { scan: 'Website scan', review: 'Contract review', 'logs-audit': 'Log audit', logs: 'Log statistics' };
  var SUBJECT_NOUN = { scan: 'page', review: 'document', 'logs-audit': 'log source', logs: 'log source' };
  var data = JSON.parse(document.getElementById('fiduciary-result').textContent);
  var noun = SUBJECT_NOUN[data.kind] || 'page';

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) e.setAttribute(k, String(attrs[k]));
    add(e, kids);
    return e;
  }
  function add(e, kids) {
    if (kids === undefined || kids === null) return e;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (k) {
      if (k === undefined || k === null || k === false) return;
      e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
    });
    return e;
  }
  function svg(tag, attrs, kids) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    return add(e, kids);
  }
  function safeHref(u) { return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : null; }
  function safeRef(r) {
    return typeof r === 'string' && r.length > 0 && !/^[a-z][a-z0-9+.\-]*:/i.test(r) && !/^[\/\\]/.test(r) && r.indexOf('\\') < 0 ? r : null;
  }
  function isProblem(f) { return f.outcome === 'fail' || f.outcome === 'needs-review'; }
  function rank(s) { return SEV.length - 1 - SEV.indexOf(s); }
  function bySeverity(a, b) { return rank(b.severity) - rank(a.severity) || (isProblem(b) ? 1 : 0) - (isProblem(a) ? 1 : 0) || b.count - a.count; }
  function badge(sev) { return el('span', { 'class': 'badge sev-' + sev }, SEV_LABEL[sev] || sev); }
  function outcomeBadge(o) { return el('span', { 'class': 'badge out-' + o }, OUTCOME_LABEL[o] || o); }
  function shortPage(p) {
    var m = /^https?:\/\/[^\/]+(\/.*)?$/i.exec(p);
    return m ? (m[1] || '/') : p;
  }

  var findings = (data.findings || []).slice().sort(bySeverity);
  var problems = findings.filter(isProblem);

  // Header and navigation.
  var header = document.getElementById('top');
  add(header, [
    el('h1', null, 'Privacy audit: ' + data.target),
    el('p', null, (KIND_LABEL[data.kind] || data.kind) + ' · ' + String(data.startedAt).slice(0, 10) + ' · Fiduciary ' + data.tool.version),
  ]);
  var navItems = [['summary', 'Summary'], ['findings', 'Findings']];

  var main = document.getElementById('main');

  // Summary: what a board member needs in one minute.
  var s = data.summary;
  var counts = el('ul', { 'class': 'counts', 'aria-label': 'Problems by severity' }, SEV.map(function (sev) {
    return el('li', null, [el('strong', null, String(s.bySeverity[sev] || 0)), ' ', badge(sev)]);
  }));
  var worst = problems.slice(0, 3);
  var summary = el('section', { id: 'summary', 'aria-labelledby': 'summary-h' }, [
    el('h2', { id: 'summary-h' }, 'Summary'),
    el('div', { 'class': 'summary-grid' }, [
      el('div', { 'class': 'grade', role: 'img', 'aria-label': 'Grade ' + s.grade + ', score ' + s.score + ' out of 100' }, [
        el('span', { 'class': 'letter', 'aria-hidden': 'true' }, s.grade),
        el('span', { 'aria-hidden': 'true' }, 'Score ' + s.score + ' / 100'),
      ]),
      el('div', null, [
        el('p', null, problems.length === 0 ? 'No problems were found.' :
          problems.length + ' problem' + (problems.length === 1 ? '' : 's') + ' found across ' + (data.subjects || []).length + ' ' + noun + (((data.subjects || []).length === 1) ? '' : 's') + '.'),
        counts,
        el('p', { 'class': 'method' }, 'How the score is computed: ' + s.scoreMethod),
      ]),
    ]),
  ]);
  if (worst.length) {
    summary.appendChild(el('h3', null, worst.length === 1 ? 'The most serious problem' : 'The ' + worst.length + ' most serious problems'));
    summary.appendChild(el('ol', { 'class': 'worst' }, worst.map(function (f) {
      return el('li', null, [badge(f.severity), el('strong', null, f.title), f.entity ? ' (' + f.entity.name + ')' : '', '. ', f.explanation]);
    })));
  }
  main.appendChild(summary);

  // Chart of third parties by category, as inline SVG with a text equivalent.
  var cats = s.thirdPartiesByCategory ? Object.keys(s.thirdPartiesByCategory).map(function (k) { return [k, s.thirdPartiesByCategory[k]]; }) : [];
  if (cats.length) {
    cats.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
    var max = Math.max.apply(null, cats.map(function (c) { return c[1]; })) || 1;
    var rowH = 28, labelW = 170, barW = 360, h = cats.length * rowH + 8;
    var desc = cats.map(function (c) { return c[0] + ': ' + c[1]; }).join(', ');
    var chart = svg('svg', { viewBox: '0 0 ' + (labelW + barW + 50) + ' ' + h, width: labelW + barW + 50, height: h, role: 'img', 'aria-labelledby': 'chart-title chart-desc' }, [
      svg('title', { id: 'chart-title' }, 'Third parties contacted, by category'),
      svg('desc', { id: 'chart-desc' }, desc),
    ]);
    cats.forEach(function (c, i) {
      var y = i * rowH + 4, w = Math.max(2, Math.round(barW * c[1] / max));
      chart.appendChild(svg('text', { x: labelW - 8, y: y + 18, 'text-anchor': 'end' }, c[0]));
      chart.appendChild(svg('rect', { x: labelW, y: y + 3, width: w, height: rowH - 8, rx: 2 }));
      chart.appendChild(svg('text', { x: labelW + w + 6, y: y + 18 }, String(c[1])));
    });
    main.appendChild(el('section', { id: 'third-parties', 'class': 'chart', 'aria-labelledby': 'tp-h' }, [el('h2', { id: 'tp-h' }, 'Third parties by category'), chart]));
    navItems.push(['third-parties', 'Third parties']);
  }

  // Findings with filters.
  var pages = [];
  findings.forEach(function (f) { (f.pages || []).forEach(function (p) { if (pages.indexOf(p) < 0) pages.push(p); }); });
  var sevBoxes = SEV.map(function (sev) {
    var id = 'flt-' + sev;
    return el('label', { 'for': id }, [el('input', { type: 'checkbox', id: id, value: sev, checked: 'checked', 'data-filter': 'severity' }), ' ', SEV_LABEL[sev]]);
  });
  var pageSelect = el('select', { id: 'flt-page', 'data-filter': 'page' }, [el('option', { value: '' }, 'All ' + noun + 's')].concat(pages.map(function (p) {
    return el('option', { value: p }, shortPage(p));
  })));
  var passBox = el('input', { type: 'checkbox', id: 'flt-pass', 'data-filter': 'pass' });
  var status = el('p', { 'class': 'status', role: 'status', 'aria-live': 'polite', id: 'filter-status' });
  var findingsSec = el('section', { id: 'findings', 'aria-labelledby': 'findings-h' }, [
    el('h2', { id: 'findings-h', tabindex: '-1' }, 'Findings'),
    el('form', { 'class': 'filters', 'aria-label': 'Filter findings', id: 'filters' }, [
      el('fieldset', null, [el('legend', null, 'Severity')].concat(sevBoxes)),
      el('div', null, [el('label', { 'for': 'flt-page', 'class': 'block' }, 'Show ' + noun), el('br'), pageSelect]),
      el('div', null, [el('label', { 'for': 'flt-pass' }, [passBox, ' Include passed and other checks'])]),
    ]),
    status,
  ]);

  // Group by vendor / entity, worst group first; inside a group, by severity.
  var groups = [];
  var byName = {};
  findings.forEach(function (f) {
    var name = f.entity ? f.entity.name : (data.kind === 'scan' ? 'The library site itself' : 'General');
    if (!byName[name]) { byName[name] = { name: name, entity: f.entity, items: [] }; groups.push(byName[name]); }
    byName[name].items.push(f);
  });
  function groupRank(g) { var p = g.items.filter(isProblem); return p.length ? rank(p[0].severity) + 1 : 0; }
  groups.sort(function (a, b) { return groupRank(b) - groupRank(a) || (a.name < b.name ? -1 : 1); });
  var articles = [];
  groups.forEach(function (g, gi) {
    var hid = 'group-' + gi;
    var sub = g.entity ? [g.entity.company, g.entity.category].filter(Boolean).join(', ') : '';
    var sec = el('section', { 'class': 'group', 'aria-labelledby': hid }, [el('h3', { id: hid }, [g.name, sub ? el('small', null, ' — ' + sub) : null])]);
    g.items.forEach(function (f) {
      var a = renderFinding(f);
      articles.push({ node: a, f: f, group: sec });
      sec.appendChild(a);
    });
    findingsSec.appendChild(sec);
  });
  if (!findings.length) findingsSec.appendChild(el('p', null, 'Nothing to report.'));
  main.appendChild(findingsSec);

  function renderFinding(f) {
    var a = el('article', { 'class': 'finding sev-' + f.severity + '-border', 'data-finding-id': f.id, 'data-severity': f.severity, 'data-outcome': f.outcome, 'aria-label': f.title });
    add(a, [
      el('h4', null, f.title),
      el('p', null, [badge(f.severity), outcomeBadge(f.outcome), el('span', { 'class': 'meta' }, 'rule ' + f.ruleId + (f.count > 1 ? ' · seen ' + f.count + ' times' : '') + (f.visits && f.visits.length ? ' · visits: ' + f.visits.join(', ') : ''))]),
      el('p', null, f.explanation),
    ]);
    if (f.error) a.appendChild(el('p', null, [el('strong', null, 'Error: '), f.error.message + ' [' + f.error.code + ']']));
    if (f.pages && f.pages.length) {
      a.appendChild(el('h5', null, f.pages.length === 1 ? 'Where' : 'Where (' + f.pages.length + ' ' + noun + 's)'));
      a.appendChild(el('ul', null, f.pages.map(function (p) { return el('li', null, el('code', null, p)); })));
    }
    if (f.evidence && f.evidence.length) {
      a.appendChild(el('h5', null, 'Evidence'));
      var ul = el('ul');
      f.evidence.forEach(function (e) {
        var li = el('li', null, e.summary);
        if (e.quote) li.appendChild(el('blockquote', null, [el('p', null, '\u201C' + e.quote.text + '\u201D'), el('cite', null, e.quote.location)]));
        var ref = safeRef(e.ref);
        if (ref) li.appendChild(el('figure', null, [el('img', { src: ref, alt: e.summary }), el('figcaption', null, ['Screenshot: ', el('code', null, ref)])]));
        else if (e.ref) li.appendChild(el('p', null, 'Screenshot reference not shown (not a relative path).'));
        if (e.url && e.url !== (f.pages || [])[0]) li.appendChild(el('div', { 'class': 'meta' }, ['on ', el('code', null, e.url)]));
        ul.appendChild(li);
      });
      a.appendChild(ul);
    }
    if (f.remediation) { a.appendChild(el('h5', null, 'What to do')); a.appendChild(el('p', null, f.remediation)); }
    if (f.citations && f.citations.length) {
      a.appendChild(el('h5', null, 'Why it matters'));
      a.appendChild(el('ul', null, f.citations.map(function (c) {
        var href = safeHref(c.url);
        return el('li', null, [href ? el('a', { href: href, 'class': 'cite', rel: 'noreferrer noopener' }, c.title) : c.title, ' — ', c.source]);
      })));
    }
    return a;
  }

  function applyFilters() {
    var sevs = {};
    sevBoxes.forEach(function (l) { var i = l.querySelector('input'); sevs[i.value] = i.checked; });
    var page = pageSelect.value, withPass = passBox.checked, shown = 0;
    var groupShown = new Map();
    articles.forEach(function (x) {
      var ok = sevs[x.f.severity] && (withPass || isProblem(x.f) || x.f.outcome === 'error') && (!page || (x.f.pages || []).indexOf(page) >= 0);
      if (x.node.hidden === ok) x.node.hidden = !ok;
      if (ok) shown++;
      groupShown.set(x.group, (groupShown.get(x.group) || 0) + (ok ? 1 : 0));
    });
    groupShown.forEach(function (n, g) { g.hidden = n === 0; });
    status.textContent = 'Showing ' + shown + ' of ' + articles.length + ' findings.';
  }
  findingsSec.querySelector('form').addEventListener('change', applyFilters);
  findingsSec.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); });
  applyFilters();

  // Sections added by the producer (consent comparison, questions for the vendor, log statistics).
  (data.sections || []).forEach(function (sec, i) {
    var id = 'section-' + i;
    var node = el('section', { id: id, 'aria-labelledby': id + '-h' }, [el('h2', { id: id + '-h' }, sec.title)]);
    (sec.paragraphs || []).forEach(function (p) { node.appendChild(el('p', null, p)); });
    if (sec.table) node.appendChild(table(sec.table.columns, sec.table.rows, sec.title));
    main.appendChild(node);
    navItems.push([id, sec.title]);
  });

  function table(cols, rows, caption) {
    return el('table', null, [
      el('caption', { 'class': 'visually-hidden' }, caption),
      el('thead', null, el('tr', null, cols.map(function (c) { return el('th', { scope: 'col' }, c); }))),
      el('tbody', null, rows.map(function (r) { return el('tr', null, r.map(function (c) { return el('td', null, String(c)); })); })),
    ]);
  }

  // What was covered, and what went wrong in the run.
  var subjects = data.subjects || [];
  var covTitle = noun.charAt(0).toUpperCase() + noun.slice(1) + 's covered';
  main.appendChild(el('section', { id: 'subjects', 'aria-labelledby': 'subjects-h' }, [
    el('h2', { id: 'subjects-h' }, covTitle),
    table(['Id', 'Address', 'Role', 'Problem'], subjects.map(function (x) { return [x.id, x.url, x.role || '', x.error || '']; }), covTitle),
  ]));
  navItems.push(['subjects', covTitle]);
  if (data.errors && data.errors.length) {
    main.appendChild(el('section', { id: 'run-errors', 'aria-labelledby': 'run-errors-h' }, [
      el('h2', { id: 'run-errors-h' }, 'Problems during the run'),
      el('ul', null, data.errors.map(function (e) { return el('li', null, e.message + ' [' + e.code + ']' + (e.where ? ' — ' + e.where : '')); })),
    ]));
    navItems.push(['run-errors', 'Run problems']);
  }
  if (data.settings) {
    main.appendChild(el('section', { id: 'settings', 'aria-labelledby': 'settings-h' }, [
      el('h2', { id: 'settings-h' }, 'Settings'),
      table(['Setting', 'Value'], Object.keys(data.settings).map(function (k) { return [k, data.settings[k]]; }), 'Settings'),
    ]));
  }
  document.getElementById('toc').appendChild(el('ul', null, navItems.map(function (n) { return el('li', null, el('a', { href: '#' + n[0] }, n[1])); })));
  add(document.getElementById('bottom'), el('p', null, 'Generated by Fiduciary ' + data.tool.version + ' on ' + data.finishedAt +
    '. This file makes no network requests; the data it shows is embedded in it as JSON (element #fiduciary-result).'));
  document.documentElement.setAttribute('data-rendered', 'true');
})();
`;
