// Uploads that never lose work (issue #10). A form with photo inputs is sent by this script instead of the
// browser: photos are shrunk in the browser to at most 1600 px JPEG, sizes are checked before anything is
// sent (an oversize request would be refused and what was typed would be gone), and a progress bar shows the
// upload. The server's answer replaces the page, exactly as an ordinary submission would.
// No inline scripts (CSP script-src 'self'): texts come from data attributes of #upload-messages.
(function () {
  'use strict';

  var MAX_SIDE = 1600;
  var QUALITY = 0.85;

  function messages() {
    return document.getElementById('upload-messages') || document.createElement('div');
  }

  function msg(name, value) {
    var text = messages().getAttribute('data-' + name) || '';
    return value === undefined ? text : text.replace('{0}', value);
  }

  function bytes(text, fallback) {
    var m = /^\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB|B)?\s*$/i.exec(text || '');
    if (!m) { return fallback; }
    var unit = (m[2] || 'B').toUpperCase();
    var factor = unit === 'GB' ? 1024 * 1024 * 1024 : unit === 'MB' ? 1024 * 1024 : unit === 'KB' ? 1024 : 1;
    return Math.floor(parseFloat(m[1]) * factor);
  }

  function megabytes(n) {
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  function photoInputs(form) {
    return Array.prototype.filter.call(form.querySelectorAll('input[type="file"]'), function (input) {
      return (input.getAttribute('accept') || '').indexOf('image') >= 0;
    });
  }

  // A photo at most MAX_SIDE px on its longer side, as JPEG; the original when it is small already or
  // cannot be decoded here (the server then judges it).
  function shrink(file) {
    return new Promise(function (resolve) {
      if (!/^image\/(jpeg|png|webp|bmp|gif)$/i.test(file.type) || !window.URL || !document.createElement('canvas').toBlob) {
        resolve(file);
        return;
      }
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () {
        URL.revokeObjectURL(url);
        var scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
        if (scale === 1 && file.type === 'image/jpeg' && file.size < 1024 * 1024) {
          resolve(file);
          return;
        }
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
        var ctx = canvas.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size && scale === 1) {
            resolve(file);
            return;
          }
          var name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
          resolve(new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified }));
        }, 'image/jpeg', QUALITY);
      };
      img.onerror = function () {
        URL.revokeObjectURL(url);
        resolve(file);
      };
      img.src = url;
    });
  }

  function statusArea(form) {
    var area = form.querySelector('[data-upload-status]');
    if (!area) {
      area = document.createElement('div');
      area.setAttribute('data-upload-status', '');
      area.className = 'upload-status mt-2';
      area.innerHTML = '<div class="upload-message small" role="status" aria-live="polite"></div>'
        + '<div class="progress mt-1" hidden><div class="progress-bar" role="progressbar"'
        + ' aria-valuemin="0" aria-valuemax="100"></div></div>';
      var submit = form.querySelector('[type="submit"]');
      (submit && submit.parentNode ? submit.parentNode : form).appendChild(area);
    }
    return area;
  }

  function show(form, text, isError, percent) {
    var area = statusArea(form);
    var message = area.querySelector('.upload-message');
    message.textContent = text;
    message.className = 'upload-message small' + (isError ? ' text-danger fw-bold' : ' text-muted');
    if (isError) { message.id = 'upload-error'; } else { message.removeAttribute('id'); }
    var progress = area.querySelector('.progress');
    var bar = area.querySelector('.progress-bar');
    progress.hidden = percent === undefined;
    if (percent !== undefined) {
      bar.style.width = percent + '%';
      bar.setAttribute('aria-valuenow', String(percent));
      bar.textContent = percent + '%';
    }
  }

  function setBusy(form, busy) {
    Array.prototype.forEach.call(form.querySelectorAll('[type="submit"]'), function (b) { b.disabled = busy; });
  }

  // The answer replaces the page like a normal submission (a redirect was followed already).
  function replacePage(xhr) {
    var url = xhr.responseURL || window.location.href;
    document.open();
    document.write(xhr.responseText);
    document.close();
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, '', url); } catch (e) { /* another origin: keep the address */ }
    }
  }

  function send(form, submitter) {
    var maxFile = bytes(messages().getAttribute('data-max-file'), 10 * 1024 * 1024);
    var maxRequest = bytes(messages().getAttribute('data-max-request'), 60 * 1024 * 1024);
    var inputs = photoInputs(form);
    show(form, msg('shrinking'));
    setBusy(form, true);
    var jobs = [];
    inputs.forEach(function (input) {
      Array.prototype.forEach.call(input.files || [], function (file) {
        jobs.push(shrink(file).then(function (shrunk) { return { input: input, file: shrunk }; }));
      });
    });
    Promise.all(jobs).then(function (photos) {
      var total = 0;
      for (var i = 0; i < photos.length; i++) {
        total += photos[i].file.size;
        if (photos[i].file.size > maxFile) {
          setBusy(form, false);
          show(form, msg('file-too-large', photos[i].file.name + ' (' + megabytes(photos[i].file.size) + ')'), true);
          return;
        }
      }
      if (total > maxRequest * 0.95) {
        setBusy(form, false);
        show(form, msg('request-too-large', megabytes(total)), true);
        return;
      }
      var data = new FormData(form);
      inputs.forEach(function (input) { data.delete(input.name); });
      photos.forEach(function (p) { data.append(p.input.name, p.file, p.file.name); });
      inputs.forEach(function (input) {
        if (!data.has(input.name)) { data.append(input.name, new Blob([]), ''); }
      });
      if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
      var xhr = new XMLHttpRequest();
      // the attribute, not form.action: a control named "action" (the inspection's finish button) hides the property
      var target = new URL(form.getAttribute('action') || window.location.href, window.location.href).href;
      xhr.open((form.getAttribute('method') || 'post').toUpperCase(), target);
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          show(form, msg('uploading'), false, Math.round(e.loaded * 100 / e.total));
        }
      };
      xhr.onload = function () {
        if (xhr.status === 413) {
          setBusy(form, false);
          show(form, msg('request-too-large', megabytes(total)), true);
          return;
        }
        replacePage(xhr);
      };
      xhr.onerror = function () {
        setBusy(form, false);
        show(form, msg('failed'), true);
      };
      show(form, msg('uploading'), false, 0);
      xhr.send(data);
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form || form.tagName !== 'FORM' || !window.FormData || !window.Promise
        || (form.getAttribute('enctype') || '').toLowerCase() !== 'multipart/form-data' || !photoInputs(form).length) {
      return;
    }
    event.preventDefault();
    send(form, event.submitter);
  });
})();
