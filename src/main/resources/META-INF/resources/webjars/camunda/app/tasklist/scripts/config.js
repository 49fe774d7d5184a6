// Tasklist's configuration for Commissioning Hub: Camunda's defaults, plus the hub's scripts that
// show and read dates as dd/mm/yyyy (uk-dates.js), refuse in words what is not a number in a
// number field (number-fields.js), let forms with repeating rows be completed
// (dynamic-list-validity.js) and link each task's header to its case page (case-link.js). The
// dates and numbers scripts show their refusals through field-refusals.js, which they import.
export default {
  customScripts: ['scripts/uk-dates', 'scripts/number-fields', 'scripts/dynamic-list-validity', 'scripts/case-link'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
