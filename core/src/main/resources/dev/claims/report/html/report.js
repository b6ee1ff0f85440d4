(function () {
  'use strict';
  var STORE = 'claims-triage';
  var FILTERS = ['severity', 'kind', 'rule', 'doc', 'entity', 'decision'];
  var list = document.getElementById('finding-list');
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var search = document.getElementById('search');
  var sort = document.getElementById('sort');
  var shown = document.getElementById('shown');
  var selects = {};
  FILTERS.forEach(function (f) { selects[f] = document.getElementById('filter-' + f); });
  var at = '';
  var sorted = 'severity';

  function norm(s) { return s.toLowerCase(); }
  var haystack = articles.map(function (a) {
    var parts = [];
    a.querySelectorAll('h3, .message, .side .where, .side .value, .side blockquote').forEach(function (e) {
      parts.push(e.textContent);
    });
    return norm(parts.join('\n'));
  });

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE) || '{}') || {}; } catch (e) { return {}; }
  }
  var decisions = load();
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(decisions)); } catch (e) { /* storage unavailable */ }
  }

  function value(a, f) {
    if (f === 'doc') { return ' ' + a.getAttribute('data-docs') + ' '; }
    return a.getAttribute('data-' + f) || '';
  }
  function matches(a, f, want) {
    if (!want) { return true; }
    if (f === 'doc') { return value(a, f).indexOf(' ' + want + ' ') >= 0; }
    return value(a, f) === want;
  }

  function state() {
    var s = {q: search.value.trim(), sort: sort.value};
    FILTERS.forEach(function (f) { s[f] = selects[f].value; });
    return s;
  }

  function writeHash() {
    var s = state();
    var p = new URLSearchParams();
    if (s.q) { p.set('q', s.q); }
    FILTERS.forEach(function (f) { if (s[f]) { p.set(f, s[f]); } });
    if (s.sort !== 'severity') { p.set('sort', s.sort); }
    if (at) { p.set('at', at); }
    var h = p.toString();
    history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
  }

  function readHash() {
    var h = location.hash.replace(/^#/, '');
    if (h && h.indexOf('=') < 0) { return {at: decodeURIComponent(h)}; }
    var p = new URLSearchParams(h);
    var s = {q: p.get('q') || '', sort: p.get('sort') || 'severity', at: p.get('at') || ''};
    FILTERS.forEach(function (f) { s[f] = p.get(f) || ''; });
    return s;
  }

  function setSelect(sel, v) {
    for (var i = 0; i < sel.options.length; i++) {
      if (sel.options[i].value === v) { sel.value = v; return; }
    }
    sel.value = '';
  }

  function reorder(by) {
    var key = by === 'kind' ? 'data-order-kind' : by === 'document' ? 'data-order-doc' : 'data-order-severity';
    articles.slice().sort(function (x, y) {
      return Number(x.getAttribute(key)) - Number(y.getAttribute(key));
    }).forEach(function (a) { list.appendChild(a); });
  }

  function apply() {
    var s = state();
    var terms = norm(s.q).split(/\s+/).filter(function (t) { return t.length > 0; });
    var counts = {};
    FILTERS.forEach(function (f) { counts[f] = {}; });
    var n = 0;
    articles.forEach(function (a, i) {
      var text = haystack[i];
      var found = terms.every(function (t) { return text.indexOf(t) >= 0; });
      var ok = {};
      var all = found;
      FILTERS.forEach(function (f) { ok[f] = matches(a, f, s[f]); all = all && ok[f]; });
      a.hidden = !all;
      if (all) { n++; }
      if (!found) { return; }
      FILTERS.forEach(function (f) {
        var others = FILTERS.every(function (g) { return g === f || ok[g]; });
        if (!others) { return; }
        var vs = f === 'doc' ? a.getAttribute('data-docs').split(' ') : [value(a, f)];
        vs.forEach(function (v) { counts[f][v] = (counts[f][v] || 0) + 1; });
      });
    });
    FILTERS.forEach(function (f) {
      var sel = selects[f];
      for (var i = 1; i < sel.options.length; i++) {
        var o = sel.options[i];
        o.textContent = o.getAttribute('data-label') + ' (' + (counts[f][o.value] || 0) + ')';
      }
    });
    shown.textContent = n + ' of ' + articles.length + ' findings shown';
    if (s.sort !== sorted) { reorder(s.sort); sorted = s.sort; }
    writeHash();
  }

  function visible() {
    return Array.prototype.slice.call(list.querySelectorAll('article.finding')).filter(function (a) {
      return !a.hidden;
    });
  }

  function go(id, scroll) {
    var el = document.getElementById(id);
    if (!el) { return; }
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS') { p.open = true; }
    }
    document.querySelectorAll('.current').forEach(function (c) { c.classList.remove('current'); });
    el.classList.add('current');
    at = id;
    if (scroll !== false) { el.scrollIntoView({block: 'center'}); }
    writeHash();
  }

  function step(delta) {
    var v = visible();
    if (v.length === 0) { return; }
    var cur = v.findIndex(function (a) { return a.id === at; });
    var next = cur < 0 ? (delta > 0 ? 0 : v.length - 1) : Math.min(v.length - 1, Math.max(0, cur + delta));
    go(v[next].id);
  }

  function decide(a) {
    var id = a.getAttribute('data-id');
    var d = a.querySelector('select.decision').value;
    var r = a.querySelector('input.reason').value;
    if (d) { decisions[id] = {decision: d, reason: r}; } else { delete decisions[id]; }
    a.setAttribute('data-decision', d || 'undecided');
    save();
    updateExport();
    apply();
  }

  function exported() {
    var rows = articles.filter(function (a) { return decisions[a.getAttribute('data-id')]; }).map(function (a) {
      var id = a.getAttribute('data-id');
      return {id: id, kind: a.getAttribute('data-kind'), rule: a.getAttribute('data-rule'),
        subject: a.getAttribute('data-subject'), decision: decisions[id].decision, reason: decisions[id].reason};
    });
    rows.sort(function (x, y) { return x.id < y.id ? -1 : x.id > y.id ? 1 : 0; });
    return JSON.stringify({schemaVersion: 1, findings: rows}, null, 2) + '\n';
  }

  var exportText = document.getElementById('export-text');
  var exportLink = document.getElementById('export-download');
  var exportCount = document.getElementById('export-count');
  function updateExport() {
    var text = exported();
    exportText.value = text;
    exportCount.textContent = String(JSON.parse(text).findings.length);
    if (exportLink.href && exportLink.href.indexOf('blob:') === 0) { URL.revokeObjectURL(exportLink.href); }
    exportLink.href = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  }

  articles.forEach(function (a) {
    var d = decisions[a.getAttribute('data-id')];
    var sel = a.querySelector('select.decision');
    var reason = a.querySelector('input.reason');
    if (d) { sel.value = d.decision; reason.value = d.reason || ''; }
    a.setAttribute('data-decision', sel.value || 'undecided');
    sel.addEventListener('change', function () { decide(a); });
    reason.addEventListener('change', function () { if (sel.value) { decide(a); } });
  });

  search.addEventListener('input', apply);
  sort.addEventListener('change', apply);
  FILTERS.forEach(function (f) { selects[f].addEventListener('change', apply); });
  document.getElementById('next').addEventListener('click', function () { step(1); });
  document.getElementById('prev').addEventListener('click', function () { step(-1); });
  document.getElementById('clear-decisions').addEventListener('click', function () {
    decisions = {};
    save();
    articles.forEach(function (a) {
      a.querySelector('select.decision').value = '';
      a.querySelector('input.reason').value = '';
      a.setAttribute('data-decision', 'undecided');
    });
    updateExport();
    apply();
  });

  document.addEventListener('click', function (ev) {
    var link = ev.target.closest ? ev.target.closest('a[href^="#"]') : null;
    if (!link) { return; }
    ev.preventDefault();
    go(decodeURIComponent(link.getAttribute('href').slice(1)));
  });

  document.addEventListener('keydown', function (ev) {
    var t = ev.target.tagName;
    if (ev.ctrlKey || ev.metaKey || ev.altKey || t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') { return; }
    if (ev.key === 'j' || ev.key === 'n') { step(1); ev.preventDefault(); }
    else if (ev.key === 'k' || ev.key === 'p') { step(-1); ev.preventDefault(); }
    else if (ev.key === '/') { search.focus(); ev.preventDefault(); }
  });

  function restore() {
    var s = readHash();
    if (s.q !== undefined) {
      search.value = s.q;
      setSelect(sort, s.sort);
      FILTERS.forEach(function (f) { setSelect(selects[f], s[f]); });
    }
    at = '';
    apply();
    if (s.at) { go(s.at); }
  }
  window.addEventListener('hashchange', restore);
  updateExport();
  restore();
  document.documentElement.setAttribute('data-ready', 'true');
})();
