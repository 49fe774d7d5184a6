// What Tasklist's forms show when the hub refuses something typed into a field: a message in words
// under the field, the field marked invalid for screen readers, and Complete held back until the
// field is put right. uk-dates.js (dates) and number-fields.js (numbers) refuse through it.
//
// It is imported by those scripts, not listed in config.js: a module runs once however many scripts
// import it, so both share the one list of refusals (a second copy, loaded under another address
// as config.js's scripts are, would keep a list of its own).
const REFUSED = 'hub-field-refused';

// Refusals by field id. form-js renders its fields again whenever the form changes and drops
// anything it did not render, so the messages are put back after every change to the page.
const refusals = new Map();

function fieldOf(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

/** The field's label as the form shows it, without the mark of a required field. */
export function labelOf(input, otherwise) {
  const label = document.querySelector('label[for="' + input.id + '"]');
  return label ? label.textContent.replace('*', '').trim() : otherwise;
}

function showRefusals() {
  refusals.forEach(function (text, inputId) {
    const input = document.getElementById(inputId);
    if (!input) {
      refusals.delete(inputId);
      return;
    }
    const field = fieldOf(input);
    const shown = field.querySelector('.' + REFUSED);
    if (shown && shown.textContent !== text) {
      shown.textContent = text;
    } else if (!shown) {
      const message = document.createElement('div');
      message.className = 'fjs-form-field-error ' + REFUSED;
      message.setAttribute('role', 'alert');
      message.textContent = text;
      field.appendChild(message);
    }
    if (input.getAttribute('aria-invalid') !== 'true') {
      input.setAttribute('aria-invalid', 'true');
    }
  });
  document.querySelectorAll('.' + REFUSED).forEach(function (message) {
    const input = message.parentElement.querySelector('input');
    if (!input || !refusals.has(input.id)) {
      message.remove();
    }
  });
}

new MutationObserver(showRefusals).observe(document.documentElement, { childList: true, subtree: true });

/** Shows the message under the field, in place of any it showed before. */
export function refuse(input, text) {
  refusals.set(input.id, text);
  showRefusals();
}

export function clearRefusal(input) {
  if (refusals.delete(input.id)) {
    input.removeAttribute('aria-invalid');
    showRefusals();
  }
}

/** Whether a field's refusal shows, not yet put right: Tasklist's form counts as invalid meanwhile. */
export function anyRefused() {
  showRefusals();
  return refusals.size > 0;
}

// dynamic-list-validity.js keeps the form invalid while this answers true.
window.hubFieldRefused = anyRefused;

// Tasklist hears of a refusal only when a field's value changes, and a refusal may change no value
// (a refused date leaves an empty field empty; a refused number leaves the number as it was):
// Complete is held back here while a refusal shows.
document.addEventListener('click', function (event) {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button && button.textContent.trim() === 'Complete' && anyRefused()) {
    event.preventDefault();
    event.stopImmediatePropagation();
    document.getElementById(refusals.keys().next().value).focus();
  }
}, true);
