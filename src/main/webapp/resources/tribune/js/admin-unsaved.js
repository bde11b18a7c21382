/* Warns before leaving an editor form whose changes were not saved. A form opts in with the class
   "unsaved-warning"; buttons with the class "saves" count as saving, unless validation fails. */
(function () {
  'use strict';
  var dirty = false;
  document.addEventListener('input', function (event) {
    if (event.target.closest && event.target.closest('form.unsaved-warning')) {
      dirty = true;
    }
  }, true);
  document.addEventListener('change', function (event) {
    if (event.target.closest && event.target.closest('form.unsaved-warning')) {
      dirty = true;
    }
  }, true);
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('.saves')) {
      dirty = false;
    }
  }, true);
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  window.tribuneUnsaved = {
    /* PrimeFaces' oncomplete: a refused save leaves the changes unsaved. */
    afterSave: function (args) {
      if (args && args.validationFailed) {
        dirty = true;
      }
    },
    isDirty: function () {
      return dirty;
    }
  };
}());
