/* Counts the characters of a field that has a limit (data-limit) as it is typed. The limit is not
   put on the field itself: a browser stops typing there and cuts a longer paste without a word,
   and PrimeFaces cuts a longer posted value; the server refuses it with a message instead. */
(function () {
  'use strict';
  function show(field) {
    var limit = parseInt(field.getAttribute('data-limit'), 10);
    var counter = field.nextElementSibling;
    if (!counter || !counter.classList.contains('char-counter')) {
      counter = document.createElement('small');
      counter.className = 'char-counter';
      counter.setAttribute('aria-live', 'polite');
      field.insertAdjacentElement('afterend', counter);
    }
    counter.textContent = field.value.length + ' / ' + limit;
    counter.classList.toggle('over', field.value.length > limit);
  }
  ['input', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.hasAttribute && event.target.hasAttribute('data-limit')) {
        show(event.target);
      }
    }, true);
  });
})();
