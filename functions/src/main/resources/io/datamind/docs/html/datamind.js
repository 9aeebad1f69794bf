(function () {
  'use strict';
  var input = document.getElementById('q');
  var hits = document.getElementById('hits');
  var index = null;

  // Built on first search, not at load, so a 500-table page opens without walking every row.
  function buildIndex() {
    var items = {};
    document.querySelectorAll('#toc li').forEach(function (li) { items[li.getAttribute('data-t')] = li; });
    return Array.prototype.map.call(document.querySelectorAll('section.table-section'), function (section) {
      var description = section.querySelector('.desc');
      return {
        section: section,
        item: items[section.id],
        text: (section.getAttribute('data-table') + ' ' + (description ? description.textContent : '')).toLowerCase(),
        rows: Array.prototype.map.call(section.querySelectorAll('table.cols tbody tr'), function (row) {
          var name = row.querySelector('.cn');
          var text = row.querySelector('.cd');
          return { row: row, text: ((name ? name.textContent : '') + ' ' + (text ? text.textContent : '')).toLowerCase() };
        })
      };
    });
  }

  function filter(query) {
    index = index || buildIndex();
    var q = query.trim().toLowerCase();
    var shown = 0;
    index.forEach(function (table) {
      var tableMatches = !q || table.text.indexOf(q) >= 0;
      var columnMatches = false;
      table.rows.forEach(function (column) {
        var matches = tableMatches || column.text.indexOf(q) >= 0;
        column.row.hidden = !matches;
        columnMatches = columnMatches || matches;
      });
      var visible = tableMatches || columnMatches;
      table.section.hidden = !visible;
      if (table.item) { table.item.hidden = !visible; }
      if (visible) { shown++; }
    });
    hits.textContent = q ? shown + ' of ' + index.length + ' tables match' : '';
  }

  // Statistics blocks arrive gzip-compressed in data-z (see PackedHtml) and are unpacked the first time they open.
  function unpack(details) {
    var packed = details.getAttribute('data-z');
    details.removeAttribute('data-z');
    if (typeof DecompressionStream === 'undefined') {
      details.insertAdjacentHTML('beforeend', '<p class="fig">This browser cannot unpack the statistics; please use a current one.</p>');
      return;
    }
    var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(function (html) {
      details.insertAdjacentHTML('beforeend', html);
      details.setAttribute('data-unpacked', 'true');
    });
  }

  document.addEventListener('toggle', function (event) {
    var details = event.target;
    if (details.open && details.hasAttribute('data-z')) { unpack(details); }
  }, true);

  var params = new URLSearchParams(window.location.search);
  // ?open=stats unfolds every statistics block, for printing or saving the whole dictionary.
  if (params.get('open') === 'stats') {
    document.querySelectorAll('details.stats').forEach(function (details) { details.open = true; });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { filter(input.value); }, 120);
  });
  // ?q=word opens the page already filtered, so a search can be shared as a link.
  var initial = params.get('q') || input.value;
  if (initial) {
    input.value = initial;
    filter(initial);
  }
  document.body.setAttribute('data-ready', 'true');
}());
