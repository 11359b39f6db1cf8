// Gongkai live preview (mvn site:serve only; never part of the generated site): polls the build
// state, reloads the page after a successful rebuild and shows the error of a failed one.
(function () {
  'use strict';
  var seen = null;
  var box = null;

  function show(error) {
    if (!error) {
      if (box) {
        box.remove();
        box = null;
      }
      return;
    }
    if (!box) {
      box = document.createElement('pre');
      box.id = 'gongkai-preview-error';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;top:0;z-index:99999;margin:0;padding:1em;'
        + 'max-height:50vh;overflow:auto;white-space:pre-wrap;background:#fff3f3;color:#900;'
        + 'border-bottom:3px solid #c00;font:14px/1.5 monospace';
      document.body.appendChild(box);
    }
    box.textContent = '站点重建失败，仍显示上一版 / rebuild failed, showing the previous site:\n\n' + error;
  }

  function poll() {
    fetch('/__gongkai/state', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (seen !== null && state.version !== seen && !state.error) {
          window.location.reload();
          return;
        }
        seen = state.version;
        show(state.error);
      })
      .catch(function () { /* the preview server stopped or is restarting */ })
      .then(function () { window.setTimeout(poll, 1000); });
  }

  poll();
}());
