(function () {
  'use strict';
  // Filters and sorts the findings table. Reads cells as text only; never writes HTML.
  var table = document.getElementById('findings');
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var query = document.getElementById('filter-text');
    var severity = document.getElementById('filter-severity');
    var rule = document.getElementById('filter-rule');
    var count = document.getElementById('shown-count');
    var apply = function () {
      var text = query.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var ok = (!severity.value || row.getAttribute('data-severity') === severity.value)
          && (!rule.value || row.getAttribute('data-rule') === rule.value)
          && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
        row.hidden = !ok;
        if (ok) { shown++; }
      });
      count.textContent = shown + ' of ' + rows.length + ' shown';
    };
    query.addEventListener('input', apply);
    severity.addEventListener('change', apply);
    rule.addEventListener('change', apply);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var key = th.getAttribute('data-sort');
      if (!key) { return; }
      th.tabIndex = 0;
      var sort = function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var value = function (row) {
          var v = row.getAttribute('data-' + key);
          return v === null ? row.cells[index].textContent : v;
        };
        rows.sort(function (a, b) {
          var x = value(a), y = value(b);
          var c = key === 'rank' ? Number(x) - Number(y) : x.localeCompare(y, undefined, { numeric: true });
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
    apply();
  }
  document.documentElement.setAttribute('data-ready', 'true');
}());
