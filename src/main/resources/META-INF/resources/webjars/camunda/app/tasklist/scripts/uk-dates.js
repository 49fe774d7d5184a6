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
// right (field-refusals.js shows the message). Picking a day from the calendar involves no typing
// and no reading. The server checks every date again (workflow.FormSchema).
import { clearRefusal, labelOf, refuse } from './field-refusals.js';

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

function showRefusal(input, typed) {
  refuse(input, labelOf(input, 'The date') + ': "' + typed + '" is not a date. '
    + 'Enter the day, month and year as dd/mm/yyyy, for example 20/02/2027.');
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

export default [];
