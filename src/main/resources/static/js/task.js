// The progress report: a task total above its target is asked about before sending, so the chosen photos are
// not lost to a round trip. The server asks again (a checkbox) when this script did not run.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  var quantity = document.getElementById('quantityDone');
  var confirmed = document.getElementById('aboveTargetConfirmed1');
  if (!form || !quantity || !confirmed) { return; }
  form.addEventListener('submit', function (event) {
    var target = parseFloat(form.getAttribute('data-target'));
    var total = (parseFloat(form.getAttribute('data-others')) || 0) + (parseFloat(quantity.value) || 0);
    if (isNaN(target) || total <= target || confirmed.checked) { return; }
    var question = (form.getAttribute('data-confirm-above') || '').replace('{0}', total).replace('{1}', target);
    if (window.confirm(question)) {
      confirmed.checked = true;
    } else {
      event.preventDefault();
    }
  });
})();
