// The counselor group form's unit picker: a unit ticked among the search results joins the chosen units (and
// leaves the results, so a new search cannot drop it); unticking a chosen unit leaves it out when the group is saved.
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!box.matches || !box.matches('input[data-unit-pick]') || !box.checked) {
      return;
    }
    var chosen = document.getElementById('unit-chosen');
    var item = box.closest('li');
    box.removeAttribute('data-unit-pick');
    chosen.appendChild(item);
    var none = document.getElementById('unit-chosen-none');
    if (none) {
      none.hidden = true;
    }
    // keyboard and phone users add the next one from where they search
    var search = document.getElementById('unit-search');
    if (search) {
      search.focus();
      search.select();
    }
  });
  // Enter in the search field searches at once instead of saving the half-filled form
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.id === 'unit-search') {
      event.preventDefault();
      if (window.htmx) {
        window.htmx.trigger(event.target, 'search');
      }
    }
  });
})();
