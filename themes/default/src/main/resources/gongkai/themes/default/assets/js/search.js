/* 站内搜索: matches the reader's terms as substrings of each report's title, body names and text
   (Chinese needs no word segmentation this way), from the index in search-index.js, which a page
   opened from file:// can load. Results are built with textContent only: nothing from the index
   is ever parsed as HTML. */
(function () {
  'use strict';
  var index = window.GONGKAI_SEARCH_INDEX || [];
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var MAX_RESULTS = 100;
  var SNIPPET = 40;

  function normalize(text) {
    return (text || '').normalize('NFKC').toLowerCase();
  }

  function count(haystack, needle) {
    var n = 0;
    for (var at = haystack.indexOf(needle); at >= 0 && n < 20; at = haystack.indexOf(needle, at + needle.length)) {
      n++;
    }
    return n;
  }

  function score(doc, terms) {
    var title = normalize(doc.t);
    var names = normalize(doc.n + ' ' + doc.c + ' ' + doc.y + '年');
    var text = normalize(doc.x);
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      var inTitle = title.indexOf(t) >= 0;
      var inNames = names.indexOf(t) >= 0;
      var inText = count(text, t);
      if (!inTitle && !inNames && inText === 0) {
        return 0;
      }
      total += (inTitle ? 10 : 0) + (inNames ? 5 : 0) + inText;
    }
    return total;
  }

  function snippet(doc, terms) {
    var text = doc.x || '';
    var lower = normalize(text);
    var at = -1;
    var term = '';
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = lower.indexOf(terms[i]);
      term = terms[i];
    }
    var p = document.createElement('p');
    p.className = 'excerpt';
    if (at < 0) {
      p.textContent = text.slice(0, SNIPPET * 2);
      return p;
    }
    var from = Math.max(0, at - SNIPPET);
    var to = Math.min(text.length, at + term.length + SNIPPET);
    p.appendChild(document.createTextNode((from > 0 ? '…' : '') + text.slice(from, at)));
    var mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + term.length);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(text.slice(at + term.length, to) + (to < text.length ? '…' : '')));
    return p;
  }

  function search(query) {
    var terms = normalize(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    list.textContent = '';
    if (terms.length === 0) {
      status.textContent = '请输入要搜索的词语。';
      return;
    }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], terms);
      if (s > 0) {
        hits.push({doc: index[i], score: s, order: i});
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    status.textContent = hits.length === 0
      ? '没有找到包含“' + query.trim() + '”的年度报告。'
      : '找到 ' + hits.length + ' 篇包含“' + query.trim() + '”的年度报告'
        + (hits.length > MAX_RESULTS ? '，显示前 ' + MAX_RESULTS + ' 篇' : '') + '。';
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = hit.doc.u;
      a.textContent = hit.doc.t;
      li.appendChild(a);
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = hit.doc.y + '年度 · ' + hit.doc.c;
      li.appendChild(meta);
      li.appendChild(snippet(hit.doc, terms));
      list.appendChild(li);
    });
  }

  if (!form || !input) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value);
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (e) {
      // Some browsers refuse to change a file:// address; the results are shown all the same.
    }
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    search(query);
  }
}());
