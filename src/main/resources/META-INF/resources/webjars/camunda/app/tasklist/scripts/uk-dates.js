// Dates in Tasklist's forms as people in England write them: dd/mm/yyyy, never misread.
//
// form-js (Camunda Forms) takes its date pickers' format from the browser's language, so a browser
// set to US English showed mm/dd/yyyy, and flatpickr, the picker underneath, rolls an impossible
// date over: 20/02/2027 typed into a US-format picker was stored as a day in 2028, without a word.
// This script makes British English the default date format inside Tasklist, so every picker
// shows, and reads, dd/mm/yyyy; and it reads what is typed before the picker does, strictly: a
// day, a month and a four-digit year that make a real date (20/02/2027, 20.2.2027) or an ISO date
// (2027-02-20). Anything else (31/02/2027, 02/20/2027, 20/02/27) is refused: the field is emptied,
// a message under it says why in words, and the form cannot be completed until the date is put
// right. Picking a day from the calendar involves no typing and no reading. The server
// checks every date again (workflow.FormSchema).
const BrowserDateTimeFormat = Intl.DateTimeFormat;

function BritishDateTimeFormat(locales, options) {
  const british = locales === undefined || locales === 'default' ? 'en-GB' : locales;
  return new BrowserDateTimeFormat(british, options);
}
BritishDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
BritishDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = BritishDateTimeFormat;

const UK_DATE = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const REFUSED = 'hub-date-refused';

/** The date typed, or undefined when the text is not a real date written day, month, year. */
function readUkDate(text) {
  const typed = String(text).trim();
  let parts = UK_DATE.exec(typed);
  let day, month, year;
  if (parts) {
    [day, month, year] = [parts[1], parts[2], parts[3]].map(Number);
  } else if ((parts = ISO_DATE.exec(typed))) {
    [year, month, day] = [parts[1], parts[2], parts[3]].map(Number);
  } else {
    return undefined;
  }
  const date = new Date(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date : undefined;
}

function fieldOf(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

function labelOf(input) {
  const label = document.querySelector('label[for="' + input.id + '"]');
  return label ? label.textContent.replace('*', '').trim() : 'The date';
}

// Refused entries by field id. form-js renders its fields again whenever the form changes and drops
// anything it did not render, so the messages are put back after every change to the page.
const refusals = new Map();

function showRefusals() {
  refusals.forEach(function (text, inputId) {
    const input = document.getElementById(inputId);
    if (!input) {
      refusals.delete(inputId);
      return;
    }
    const field = fieldOf(input);
    if (!field.querySelector('.' + REFUSED)) {
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

function clearRefusal(input) {
  if (refusals.delete(input.id)) {
    input.removeAttribute('aria-invalid');
    showRefusals();
  }
}

function showRefusal(input, typed) {
  refusals.set(input.id, labelOf(input) + ': "' + typed + '" is not a date. '
    + 'Enter the day, month and year as dd/mm/yyyy, for example 20/02/2027.');
  showRefusals();
}

function isDateInput(target) {
  return target instanceof HTMLInputElement && target.closest('.fjs-datepicker') !== null;
}

function twoDigits(number) {
  return String(number).padStart(2, '0');
}

/**
 * Reads what was typed before the picker does, as it is about to take it (the field is left or
 * Enter is pressed): a real date is rewritten as dd/mm/yyyy, which the picker then reads exactly;
 * anything else is refused and the field emptied, so the picker has nothing to roll over.
 */
function readBeforeThePicker(event) {
  const input = event.target;
  if (!isDateInput(input) || input.readOnly || input.value.trim() === '') {
    return;
  }
  const typed = input.value.trim();
  const date = readUkDate(typed);
  if (date === undefined) {
    input.value = '';
    showRefusal(input, typed);
    return;
  }
  clearRefusal(input);
  input.value = twoDigits(date.getDate()) + '/' + twoDigits(date.getMonth() + 1) + '/' + date.getFullYear();
}

document.addEventListener('blur', readBeforeThePicker, true);
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter') {
    readBeforeThePicker(event);
  }
}, true);
// Typing again clears a refusal; the input event the picker sends after emptying the field does not.
document.addEventListener('input', function (event) {
  if (event.isTrusted && isDateInput(event.target)) {
    clearRefusal(event.target);
  }
}, true);

/** Whether a date was refused and not yet put right: Tasklist's form counts as invalid meanwhile. */
window.hubDateRefused = function () {
  showRefusals();
  return refusals.size > 0;
};

// Tasklist hears of a refusal only when a field's value changes, and a field that was empty stays
// empty: Complete is held back here while a refusal shows.
document.addEventListener('click', function (event) {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button && button.textContent.trim() === 'Complete' && window.hubDateRefused()) {
    event.preventDefault();
    event.stopImmediatePropagation();
    document.getElementById(refusals.keys().next().value).focus();
  }
}, true);

export default [];
