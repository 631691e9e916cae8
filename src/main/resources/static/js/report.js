// The public report page (随手拍) on a phone: shrink photos before upload, fill in the position when the
// browser may tell, offer checkpoints near it. No inline scripts (CSP script-src 'self').
(function () {
  'use strict';

  var MAX_SIDE = 1600;
  var QUALITY = 0.82;
  var MAX_PHOTOS = 4;

  function shrink(file) {
    return new Promise(function (resolve) {
      if (!/^image\/(jpeg|png|webp)$/.test(file.type) || !window.createImageBitmap) {
        resolve(file);
        return;
      }
      createImageBitmap(file).then(function (bitmap) {
        var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
        if (scale === 1 && file.size < 1024 * 1024) {
          resolve(file);
          return;
        }
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(bitmap.width * scale);
        canvas.height = Math.round(bitmap.height * scale);
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) {
            resolve(file);
            return;
          }
          var name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
          resolve(new File([blob], name, { type: 'image/jpeg', lastModified: Date.now() }));
        }, 'image/jpeg', QUALITY);
      }).catch(function () { resolve(file); });
    });
  }

  function photos(form) {
    var input = form.querySelector('[data-shrink-photos]');
    var status = form.querySelector('[data-photo-status]');
    if (!input || !window.DataTransfer) { return; }
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files, 0, MAX_PHOTOS);
      if (status) { status.textContent = form.getAttribute('data-msg-shrinking'); }
      Promise.all(files.map(shrink)).then(function (shrunk) {
        var transfer = new DataTransfer();
        shrunk.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
        if (status) {
          status.textContent = shrunk.map(function (f) { return Math.round(f.size / 1024) + ' KB'; }).join(' · ');
        }
      });
    });
  }

  function locate(form) {
    var button = form.querySelector('[data-locate]');
    var lat = form.querySelector('input[data-geo="lat"]');
    var lng = form.querySelector('input[data-geo="lng"]');
    var status = form.querySelector('[data-geo-status]');
    if (!button || !lat || !lng) { return; }
    if (!navigator.geolocation) { button.hidden = true; return; }
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        lat.value = pos.coords.latitude.toFixed(6);
        lng.value = pos.coords.longitude.toFixed(6);
        if (status) { status.textContent = button.getAttribute('data-msg-ok'); }
        document.body.dispatchEvent(new CustomEvent('located'));
      }, function () {
        if (status) { status.textContent = button.getAttribute('data-msg-denied'); }
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('[data-report-form]');
    if (!form) { return; }
    photos(form);
    locate(form);
  });
})();
