// Ukur: small progressive enhancements; every page works without them.
(function () {
  'use strict';
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Forms and buttons with data-confirm ask before destructive or sealing actions.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
  // Copy buttons (e.g. a new API token).
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-copy'));
      if (target && navigator.clipboard) {
        navigator.clipboard.writeText(target.textContent.trim());
      }
    });
  });
})();
// Round pages: a submit button with data-confirm asks before its own action only
// (e.g. "Kirim formulir" next to "Simpan draf" in the same form).
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = button ? button.getAttribute('data-confirm') : null;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
})();
