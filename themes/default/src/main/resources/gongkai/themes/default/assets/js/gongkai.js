// Enhancements only: every page works without JavaScript (字号 and 适老化 switch with CSS :target).
// With JavaScript the choice is remembered across pages (localStorage) and the 打印 button shows.
(function () {
  'use strict';
  var root = document.documentElement;
  var SIZES = ['l', 'm', 's'];

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }  // storage may be disabled
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* the mode still applies to this page */ }
  }
  function setSize(size) {
    for (var i = 0; i < SIZES.length; i++) { root.classList.remove('fs-' + SIZES[i]); }
    if (SIZES.indexOf(size) >= 0) { root.classList.add('fs-' + size); }
  }
  function setElder(on) {
    root.classList.toggle('elder', on);
  }

  // Before the first paint: this script is loaded in <head> without defer for that reason.
  root.classList.add('js');
  setSize(load('gongkai.fontSize'));
  setElder(load('gongkai.elder') === 'on');

  function onClick(event) {
    var link = event.target.closest ? event.target.closest('a[data-font-size], a[data-elder]') : null;
    if (!link) { return; }
    event.preventDefault();  // no :target change: the class does the work and the page does not jump
    if (link.hasAttribute('data-font-size')) {
      setSize(link.getAttribute('data-font-size'));
      save('gongkai.fontSize', link.getAttribute('data-font-size'));
    } else {
      var on = link.getAttribute('data-elder') === 'on';
      setElder(on);
      save('gongkai.elder', on ? 'on' : 'off');
      var other = document.querySelector(on ? '.elder-off' : '.elder-on');
      if (other) { other.focus(); }  // the link just used is hidden now; keep keyboard users in place
    }
  }

  function ready() {
    document.addEventListener('click', onClick);
    var buttons = document.querySelectorAll('.print-button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener('click', function () { window.print(); });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
