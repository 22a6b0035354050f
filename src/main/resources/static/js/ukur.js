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
// A wide table that scrolls inside its box (.table-responsive, e.g. on a phone) can be
// reached and scrolled with the keyboard: the box takes the focus only while it scrolls
// (WCAG 2.1.1; README.md, "Accessibility and phones").
(function () {
  'use strict';
  function mark() {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
      } else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
      }
    });
  }
  mark();
  window.addEventListener('resize', mark);
  document.body.addEventListener('htmx:afterSwap', mark);
})();
