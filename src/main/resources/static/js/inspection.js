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

  // the checklist on a phone: answered x/N, a jump to the first unanswered item, "the rest passed",
  // and a confirmation saying how many problems finishing will hand out
  function checklist() {
    var bar = document.getElementById('checklist-bar');
    if (!bar) { return; }
    var items = Array.prototype.slice.call(document.querySelectorAll('.checklist-item'));
    var counter = document.getElementById('answered-count');
    var answered = function (item) { return item.querySelector('input[type="radio"]:checked') !== null; };
    var update = function () {
      var done = items.filter(answered).length;
      counter.textContent = counter.getAttribute('data-template').replace('{0}', done).replace('{1}', items.length);
      items.forEach(function (item) {
        var fail = item.querySelector('input[type="radio"][value="FAIL"]:checked') !== null;
        item.classList.toggle('item-failed', fail);
        var note = item.querySelector('.item-note');
        if (note) { note.required = fail; }
        if (answered(item) && (!fail || (note && note.value.trim()))) { item.classList.remove('item-missing'); }
      });
    };
    document.getElementById('jump-unanswered').addEventListener('click', function () {
      var first = items.filter(function (item) { return !answered(item) || item.classList.contains('item-missing'); })[0];
      if (first) {
        first.classList.add('item-missing');
        first.scrollIntoView({ block: 'center' });
        var radio = first.querySelector('input[type="radio"]');
        if (radio) { radio.focus({ preventScroll: true }); }
      }
    });
    document.getElementById('rest-pass').addEventListener('click', function () {
      items.forEach(function (item) {
        if (!answered(item)) {
          var pass = item.querySelector('input[type="radio"][value="PASS"]');
          if (pass) { pass.checked = true; }
        }
      });
      update();
    });
    items.forEach(function (item) {
      item.addEventListener('change', update);
      item.addEventListener('input', update);
    });
    var photoInputs = document.querySelectorAll('.item-photo');
    photoInputs.forEach(function (input) {
      input.addEventListener('change', function () {
        var label = input.closest('label');
        if (label) { label.classList.toggle('has-photo', input.files && input.files.length > 0); }
      });
    });
    var finish = document.getElementById('finish-inspection');
    if (finish) {
      finish.addEventListener('click', function (event) {
        var fails = items.filter(function (item) {
          return item.querySelector('input[type="radio"][value="FAIL"]:checked') !== null;
        }).length;
        var question = fails > 0 ? finish.getAttribute('data-confirm-some').replace('{0}', fails)
          : finish.getAttribute('data-confirm-none');
        if (question && !window.confirm(question)) {
          event.preventDefault();
        }
      });
    }
    update();
    var missing = document.querySelector('.item-missing');
    if (missing) { missing.scrollIntoView({ block: 'center' }); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    fillLocation();
    selectAll();
    bulkOperation();
    checklist();
  });
})();

// Picking the checkpoint: "nearby" orders the list by distance from where the phone is.
(function () {
  'use strict';

  function km(lat1, lng1, lat2, lng2) {
    var rad = Math.PI / 180;
    var dLat = (lat2 - lat1) * rad;
    var dLng = (lng2 - lng1) * rad;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
      + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('nearby');
    var list = document.getElementById('checkpoint-choices');
    var status = document.getElementById('nearby-status');
    if (!button || !list) { return; }
    button.addEventListener('click', function () {
      if (!navigator.geolocation) {
        status.textContent = button.getAttribute('data-msg-denied');
        return;
      }
      status.textContent = button.getAttribute('data-msg-wait');
      navigator.geolocation.getCurrentPosition(function (pos) {
        var here = pos.coords;
        var items = Array.prototype.slice.call(list.querySelectorAll('.checkpoint-choice'));
        items.forEach(function (item) {
          var lat = parseFloat(item.getAttribute('data-lat'));
          var lng = parseFloat(item.getAttribute('data-lng'));
          var d = isNaN(lat) || isNaN(lng) ? Infinity : km(here.latitude, here.longitude, lat, lng);
          item.setAttribute('data-distance', String(d));
          var label = item.querySelector('.checkpoint-distance');
          if (label) {
            label.textContent = d === Infinity ? '' : button.getAttribute('data-km').replace('{0}', d.toFixed(1));
          }
        });
        items.sort(function (a, b) {
          return parseFloat(a.getAttribute('data-distance')) - parseFloat(b.getAttribute('data-distance'));
        });
        items.forEach(function (item) { list.appendChild(item); });
        status.textContent = '';
      }, function () {
        status.textContent = button.getAttribute('data-msg-denied');
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  });
})();
