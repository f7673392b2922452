#include "review/assets.hpp"

namespace akn {

std::string_view review_css() {
  return R"CSS(
:root { --para: #1f6feb; --body: #6e7781; --furniture: #d1242f; --masthead: #bc4c00; --marker: #8250df;
  --footnote: #1a7f37; --mark: #0a3069; --correction: #bf3989; --join: #9a6700; --edit: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; background: #f6f8fa; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 20px; margin: 4px 0; } h1 small { font-weight: normal; color: #57606a; font-size: 14px; }
h2 { font-size: 15px; margin: 16px 0 6px; }
.facts { margin: 4px 0; color: #424a53; }
.problem { margin: 6px 0; padding: 6px 10px; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 8px; font-size: 13px; }
.legend label { display: inline-flex; align-items: center; gap: 5px; cursor: pointer; }
.sw { display: inline-block; width: 14px; height: 10px; border: 2px solid; border-radius: 2px; }
.sw.para, .box.para { border-color: var(--para); background: rgba(31,111,235,.07); }
.sw.body, .box.body { border-color: var(--body); background: rgba(110,119,129,.07); }
.sw.furniture, .box.furniture { border-color: var(--furniture); background: rgba(209,36,47,.16); }
.sw.masthead, .box.masthead { border-color: var(--masthead); background: rgba(188,76,0,.10); }
.sw.marker, .box.marker { border-color: var(--marker); background: rgba(130,80,223,.14); }
.sw.footnote, .box.footnote { border-color: var(--footnote); background: rgba(26,127,55,.09); }
.sw.mark, .box.mark { border-color: var(--mark); background: rgba(10,48,105,.30); }
.sw.correction, .box.correction { border-color: var(--correction); background: rgba(191,57,137,.22); }
.sw.join, .box.join { border-color: var(--join); background: rgba(154,103,0,.22); }
.sw.edit, .box.edit { border-color: var(--edit); border-style: dashed; background: transparent; }
main { display: flex; align-items: flex-start; }
.pages { flex: 1 1 auto; min-width: 0; padding: 16px 20px 16px 40px; overflow-x: hidden; }
aside { flex: 0 0 34%; max-width: 560px; position: sticky; top: 0; height: 100vh; overflow: auto; padding: 12px 16px;
  background: #fff; border-left: 1px solid #d0d7de; }
figure.page { margin: 0 auto 24px; max-width: 1000px; }
figcaption { color: #57606a; font-size: 12px; margin-bottom: 4px; }
.sheet { position: relative; width: 100%; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.sheet img { position: absolute; inset: 0; width: 100%; height: 100%; }
.sheet.missing::before { content: "page image missing"; position: absolute; left: 40%; top: 45%; color: #d1242f; }
.sheet .box { position: absolute; border-width: 1.5px; border-style: solid; cursor: pointer; }
.sheet .box.para, .sheet .box.body, .sheet .box.footnote { border-width: 1px; }
.box:hover { outline: 2px solid #0969da; z-index: 3; }
.box.hl, a.part.hl { outline: 3px solid #e3b341; z-index: 2; }
.tag { position: absolute; right: calc(100% + 3px); top: -1px; font: 10px/13px ui-monospace, "DejaVu Sans Mono", monospace;
  background: var(--para); color: #fff; padding: 0 3px; white-space: nowrap; pointer-events: none; }
.listing { background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); padding: 8px 0; font: 13px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; }
.listing > div { position: relative; padding: 0 8px 0 56px; border-left: 4px solid transparent; white-space: pre-wrap; word-break: break-word; }
.listing > .box { border-width: 0 0 0 4px; border-style: solid; }
.listing .ln { position: absolute; left: 6px; width: 40px; text-align: right; color: #8c959f; }
.listing .tag { position: static; margin-right: 6px; }
.listing span.box { border-width: 0 0 2px 0; padding: 0 2px; }
body.hide-para .box.para, body.hide-body .box.body, body.hide-furniture .box.furniture, body.hide-masthead .box.masthead,
body.hide-marker .box.marker, body.hide-footnote .box.footnote, body.hide-mark .box.mark,
body.hide-correction .box.correction, body.hide-join .box.join, body.hide-edit .box.edit { visibility: hidden; }
.listing > .box { visibility: visible !important; }
#detail { position: sticky; top: -12px; background: #fff; padding: 8px 0; border-bottom: 1px solid #d0d7de; min-height: 60px; }
#detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; }
#detail dt { color: #57606a; } #detail dd { margin: 0; word-break: break-word; }
#detail .entry { border-top: 1px dashed #d0d7de; padding-top: 4px; }
ol.parts { padding-left: 0; list-style: none; } ol.parts li { margin: 4px 0; }
a.part { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
a.part.unplaced { color: #8c959f; }
pre.clean { white-space: pre-wrap; font-size: 12.5px; background: #f6f8fa; padding: 8px; }
.filters { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.filters button { border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
.filters button.on { background: #0969da; color: #fff; border-color: #0969da; }
.filters input { padding: 3px 8px; border: 1px solid #d0d7de; border-radius: 6px; min-width: 200px; }
table { border-collapse: collapse; margin: 16px 20px; background: #fff; font-size: 13px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort="ascending"]::after { content: " \25B2"; } th[aria-sort="descending"]::after { content: " \25BC"; }
tr.status-failed td { background: #ffebe9; } tr.low td:nth-child(6) { color: #d1242f; font-weight: bold; }
tr[hidden] { display: none; }
)CSS";
}

std::string_view review_document_js() {
  return R"JS(
(function () {
  'use strict';
  var edits = JSON.parse(document.getElementById('edits').textContent);
  var detail = document.getElementById('detail');
  var body = document.body;
  document.querySelectorAll('.legend input[data-cat]').forEach(function (box) {
    var apply = function () { body.classList.toggle('hide-' + box.dataset.cat, !box.checked); };
    box.addEventListener('change', apply);
    apply();
  });
  // An image that cannot be loaded (moved, deleted) says so on its page.
  // Images after the first pages wait (data-src) until they come within two
  // screens of view, so that a long document opens at once.
  var waiting = [];
  document.querySelectorAll('.sheet > img').forEach(function (img) {
    var mark = function (ok) {
      img.dataset.state = ok ? 'loaded' : 'missing';
      img.parentNode.classList.toggle('missing', !ok);
    };
    if (img.dataset.src) {
      img.dataset.state = 'waiting';
      waiting.push(img);
    } else if (img.complete) {
      mark(img.naturalWidth > 0);
      return;
    }
    img.addEventListener('load', function () { mark(true); });
    img.addEventListener('error', function () { mark(false); });
  });
  var fetchImage = function (img) {
    if (!img.dataset.src) return;
    if (img.dataset.state === 'waiting') img.dataset.state = 'loading';
    img.src = img.dataset.src;
    delete img.dataset.src;
  };
  // A link to a page (X.html#page-12) is followed here, before the images
  // near it are chosen, rather than left to when the browser gets to it.
  if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
  // The images near the screen now are fetched at once, measured here: an
  // observer first reports after the browser's next frame, which a busy or
  // headless browser may be slow to draw. The observer does the rest.
  var ahead = 2;  // screens above and below the one in view
  var screen = window.innerHeight || document.documentElement.clientHeight || 1000;
  waiting.forEach(function (img) {
    var r = img.getBoundingClientRect();
    if (r.bottom >= -ahead * screen && r.top <= (1 + ahead) * screen) fetchImage(img);
  });
  if ('IntersectionObserver' in window) {
    var near = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { fetchImage(e.target); near.unobserve(e.target); }
      });
    }, { rootMargin: (100 * ahead) + '% 0px' });
    waiting.forEach(function (img) { near.observe(img); });
  } else waiting.forEach(fetchImage);
  function clear() {
    document.querySelectorAll('.hl').forEach(function (x) { x.classList.remove('hl'); });
  }
  function byEid(eid) {
    var sel = '[data-eid="' + (window.CSS && CSS.escape ? CSS.escape(eid) : eid) + '"]';
    return { boxes: document.querySelectorAll('.box' + sel), links: document.querySelectorAll('a.part' + sel) };
  }
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    parent.appendChild(el);
    return el;
  }
  function field(dl, name, value) {
    if (value === undefined || value === null || value === '') return;
    add(dl, 'dt', name);
    add(dl, 'dd', String(value));
  }
  function show(box) {
    detail.textContent = '';
    var kind = box.className.replace(/\b(box|hl)\b/g, '').trim();
    var legend = document.querySelector('.legend input[data-cat="' + kind.split(' ')[0] + '"]');
    add(detail, 'h2', legend ? legend.parentNode.textContent : kind);
    var dl = add(detail, 'dl');
    field(dl, 'AKN eId', box.dataset.eid);
    field(dl, 'line', box.dataset.line);
    if (!box.dataset.edits) field(dl, 'text', box.title);
    (box.dataset.edits || '').split(' ').filter(Boolean).forEach(function (i) {
      var e = edits[Number(i)];
      if (!e) return;
      var d = add(detail, 'dl', undefined, 'entry');
      field(d, 'pass', e.pass);
      field(d, 'kind', e.kind);
      field(d, 'reason', e.reason);
      field(d, 'original', e.before);
      field(d, 'replacement', e.after === '' && e.before !== '' ? '(removed)' : e.after);
      field(d, 'confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : e.confidence);
      field(d, 'OCR confidence', e.ocrConfidence);
      var p = e.position || {};
      field(d, 'position', (p.page ? 'page ' + p.page : '') + (p.line ? ', line ' + p.line : '') + (p.column ? ', column ' + p.column : ''));
      field(d, 'edit', '#' + i + ' of X.edits.json');
    });
  }
  document.addEventListener('click', function (ev) {
    var box = ev.target.closest('.box');
    if (box) {
      ev.preventDefault();
      clear();
      box.classList.add('hl');
      if (box.dataset.eid) {
        var found = byEid(box.dataset.eid);
        found.boxes.forEach(function (b) { b.classList.add('hl'); });
        found.links.forEach(function (a) { a.classList.add('hl'); a.scrollIntoView({ block: 'nearest' }); });
      }
      show(box);
      return;
    }
    var link = ev.target.closest('a.part');
    if (link) {
      ev.preventDefault();
      clear();
      var all = byEid(link.dataset.eid);
      all.boxes.forEach(function (b) { b.classList.add('hl'); });
      link.classList.add('hl');
      if (all.boxes.length) {
        all.boxes[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
        show(all.boxes[0]);
      }
    }
  });
})();
)JS";
}

std::string_view review_index_js() {
  return R"JS(
(function () {
  'use strict';
  var table = document.getElementById('documents');
  var tbody = table.tBodies[0];
  var filter = 'all';
  var find = document.getElementById('find');
  function visible(row) {
    var d = row.dataset;
    var q = find.value.trim().toLowerCase();
    if (q && (d.name + ' ' + d.symbol).toLowerCase().indexOf(q) < 0) return false;
    switch (filter) {
      case 'failed': return d.status === 'failed';
      case 'low': return row.classList.contains('low');
      case 'corrections': return row.classList.contains('many');
      case 'warnings': return Number(d.warnings) > 0;
      default: return true;
    }
  }
  function apply() {
    Array.prototype.forEach.call(tbody.rows, function (row) { row.hidden = !visible(row); });
  }
  document.querySelectorAll('.filters button').forEach(function (b) {
    b.addEventListener('click', function () {
      filter = b.dataset.filter;
      document.querySelectorAll('.filters button').forEach(function (x) { x.classList.toggle('on', x === b); });
      apply();
    });
  });
  find.addEventListener('input', apply);
  table.tHead.querySelectorAll('th').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.dataset.key, text = th.dataset.type === 'text';
      var up = th.getAttribute('aria-sort') !== 'ascending';
      table.tHead.querySelectorAll('th').forEach(function (x) { x.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        var c = text ? x.localeCompare(y) : Number(x) - Number(y);
        return up ? c : -c;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  apply();
})();
)JS";
}

}  // namespace akn
