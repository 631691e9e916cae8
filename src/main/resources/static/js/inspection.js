// Inspections on a phone: where the inspector stands, when the browser may tell (no inline scripts: CSP).
(function () {
  'use strict';

  function fillLocation() {
    var lat = document.querySelector('input[data-geo="lat"]');
    var lng = document.querySelector('input[data-geo="lng"]');
    var status = document.querySelector('[data-geo-status]');
    if (!lat || !lng || lat.value || !navigator.geolocation) {
      return;
    }
    navigator.geolocation.getCurrentPosition(function (pos) {
      lat.value = pos.coords.latitude.toFixed(6);
      lng.value = pos.coords.longitude.toFixed(6);
      if (status) { status.textContent = status.getAttribute('data-msg-ok'); }
    }, function () {
      if (status) { status.textContent = status.getAttribute('data-msg-denied'); }
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }

  // the bulk bar of the office's problem list: select all on the page
  function selectAll() {
    var all = document.querySelector('[data-select-all]');
    if (!all) { return; }
    all.addEventListener('change', function () {
      document.querySelectorAll('input[name="ids"]').forEach(function (box) { box.checked = all.checked; });
    });
  }

  // the bulk form shows the unit field or the deadline field, whichever the operation needs
  function bulkOperation() {
    var op = document.querySelector('[data-bulk-operation]');
    if (!op) { return; }
    var update = function () {
      document.querySelectorAll('[data-bulk-for]').forEach(function (el) {
        el.hidden = el.getAttribute('data-bulk-for') !== op.value;
      });
    };
    op.addEventListener('change', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    fillLocation();
    selectAll();
    bulkOperation();
  });
})();
