// Tasklist 7.24 counts a form as invalid while form-js's errors object has any key. form-js keeps
// a key, holding an empty list, for every field of a repeating row (a dynamic list) once it has
// been edited, so the Complete button stayed disabled for good on forms with rows (the lots of a
// dental procurement). This decorates Tasklist's form controller: a form reported invalid is
// taken as invalid only while form-js shows an error on one of its fields. Completing still runs
// form-js's full validation, and the hub checks every row again on the server. A date or number
// refused in words (field-refusals.js) keeps the form invalid until it is put right.
const angular = window.angular;

function formShowsAnError() {
  return document.querySelector('.fjs-container .fjs-has-errors') !== null || fieldRefused();
}

// A refused date empties its field and a refused number leaves it as it was, both of which form-js
// may take as valid.
function fieldRefused() {
  return typeof window.hubFieldRefused === 'function' && window.hubFieldRefused();
}

angular.module('cam.tasklist').config(['$provide', function ($provide) {
  $provide.decorator('camTasklistFormDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    const original = directive.controller;
    const constructor = Array.isArray(original) ? original[original.length - 1] : original;
    const dependencies = Array.isArray(original) ? original.slice(0, -1) : (original.$inject || []);

    function HubTasklistFormController(...args) {
      constructor.apply(this, args);
      const notifyFormValidated = this.notifyFormValidated;
      this.notifyFormValidated = function (invalid) {
        invalid = invalid || fieldRefused();
        notifyFormValidated.call(this, invalid);
        if (invalid) {
          // form-js renders the errors after it reports them
          setTimeout(() => notifyFormValidated.call(this, formShowsAnError()), 0);
        }
      };
    }

    directive.controller = dependencies.concat([HubTasklistFormController]);
    return $delegate;
  }]);
}]);

export default [];
