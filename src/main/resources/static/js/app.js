// Small behaviours shared by every page. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token like the forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <form data-confirm="..."> asks before a destructive action is sent.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);

  // <select data-autosubmit> submits its filter form on change.
  document.addEventListener('change', function (event) {
    var el = event.target;
    if (el.hasAttribute && el.hasAttribute('data-autosubmit') && el.form) {
      el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    }
  });
})();

// <a data-download> fetches a long export (the year's ledger takes many seconds) in the background: the page
// stays usable, a line says it is being prepared and for how long, and the file is offered when it is ready.
(function () {
  'use strict';

  function filename(response, fallback) {
    var header = response.headers.get('Content-Disposition') || '';
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) { return decodeURIComponent(star[1]); }
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-download]') : null;
    if (!link || !window.fetch || !window.URL || event.ctrlKey || event.metaKey) { return; }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') { return; }
    var status = link.parentNode.querySelector('.download-status');
    if (!status) {
      status = document.createElement('span');
      status.className = 'download-status small text-muted ms-2';
      status.setAttribute('role', 'status');
      link.insertAdjacentElement('afterend', status);
    }
    var started = Date.now();
    var tick = function () {
      status.textContent = (link.getAttribute('data-msg-wait') || '').replace('{0}', Math.round((Date.now() - started) / 1000));
    };
    tick();
    var timer = window.setInterval(tick, 1000);
    link.setAttribute('aria-busy', 'true');
    link.classList.add('disabled');
    fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = document.createElement('a');
        a.href = url;
        a.download = filename(response, 'export.xlsx');
        document.body.appendChild(a);
        a.click();
        a.remove();
        window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
        status.textContent = '';
      });
    }).catch(function () {
      status.textContent = link.getAttribute('data-msg-failed') || '';
      status.classList.add('text-danger');
    }).then(function () {
      window.clearInterval(timer);
      link.removeAttribute('aria-busy');
      link.classList.remove('disabled');
    });
  });
})();
