// The progress report: a task total above its target is asked about before sending, and a total the server
// would refuse (above its ceiling) is shown at the field without sending, so the chosen photos are not lost to
// a round trip. The server checks both again when this script did not run.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  var quantity = document.getElementById('quantityDone');
  var confirmed = document.getElementById('aboveTargetConfirmed1');
  if (!form || !quantity || !confirmed) { return; }

  function refuse(message) {
    var error = document.getElementById('quantityDone-error');
    if (!error) {
      error = document.createElement('div');
      error.id = 'quantityDone-error';
      error.className = 'invalid-feedback';
      quantity.parentNode.appendChild(error);
    }
    error.textContent = message;
    quantity.classList.add('is-invalid');
    quantity.setAttribute('aria-describedby', error.id);
    quantity.focus();
  }

  form.addEventListener('submit', function (event) {
    var target = parseFloat(form.getAttribute('data-target'));
    var ceiling = parseFloat(form.getAttribute('data-ceiling'));
    var total = (parseFloat(form.getAttribute('data-others')) || 0) + (parseFloat(quantity.value) || 0);
    if (!isNaN(ceiling) && total > ceiling) {
      event.preventDefault();
      refuse(form.getAttribute('data-msg-absurd'));
      return;
    }
    if (isNaN(target) || total <= target || confirmed.checked) { return; }
    var question = (form.getAttribute('data-confirm-above') || '').replace('{0}', total).replace('{1}', target);
    if (window.confirm(question)) {
      confirmed.checked = true;
    } else {
      event.preventDefault();
    }
  });
})();
