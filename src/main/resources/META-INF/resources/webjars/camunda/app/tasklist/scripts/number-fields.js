// Numbers in Tasklist's forms: what is not a number is refused in words, never dropped unseen.
//
// form-js's number field drops a letter as it is typed without a word, so 12x4 typed was stored
// as 124; it reads a comma as a decimal point, so 2,400 pasted was stored as 2.4; and pasted
// letters leave NaN in the field. This script reads what is typed or pasted into a number field
// before form-js does. Digits are taken, and a decimal point where the field has decimal places;
// anything else is refused: the field keeps what it held, a message under it says what to enter
// (field-refusals.js shows it), and the form cannot be completed while the message shows. Typing
// or deleting in the field again clears it. The server checks every number again
// (workflow.FormSchema).
//
// Commas are refused, not read as thousands separators: form-js's field cannot hold "2,400" (it
// makes it 2.4 as it is typed), and a comma typed one at a time cannot be told from a decimal
// comma. Sums of money, where separators are usual, are text fields that take them (format=money).
// A minus sign is refused too: the hub's number fields count, score and weigh things, and none may
// be below zero (each sets validate.min to 0 or more, which the page cannot see).
import { clearRefusal, labelOf, refuse } from './field-refusals.js';

function isNumberInput(target) {
  return target instanceof HTMLInputElement && target.closest('.fjs-form-field-number') !== null
    && !target.readOnly && !target.disabled;
}

/**
 * How many decimal places the field takes. form-js gives the input a step of its increment, or of
 * 1e-decimalDigits, or 1 when the field sets neither: 1 reads here as whole numbers, which is what
 * every editable number field of the hub asks for (decimalDigits 0).
 */
function decimalPlaces(input) {
  const step = input.getAttribute('step') || '1';
  const point = step.indexOf('.');
  return point === -1 ? 0 : step.length - point - 1;
}

/** What to enter, for the end of a message: "Enter a whole number, such as 12000." */
function whatToEnter(places) {
  return places === 0
    ? 'Enter a whole number, such as 12000.'
    : 'Enter a number with at most ' + places + ' decimal place' + (places > 1 ? 's' : '')
      + ', such as 12000.' + '5'.padEnd(places, '0') + '.';
}

/**
 * Why the field may not hold the text it would hold once the inserted text is in, in words; or
 * undefined when it is a number the field takes, or the start of one (an empty field, "12.").
 */
function problemWith(input, inserted) {
  const places = decimalPlaces(input);
  const label = labelOf(input, 'The number');
  const text = input.value.slice(0, input.selectionStart) + inserted + input.value.slice(input.selectionEnd);
  const point = text.indexOf('.');
  for (const character of text) {
    if (character >= '0' && character <= '9') {
      continue;
    }
    if (character === ',') {
      return label + ': enter the number without commas, such as 12000.';
    }
    if (character === '-') {
      return label + ': enter a number of 0 or more, without a minus sign.';
    }
    if (character === '.' && places === 0) {
      return label + ': enter a whole number, without a decimal point, such as 12000.';
    }
    if (character !== '.' || text.indexOf('.', point + 1) !== -1) {
      return label + ': "' + inserted + '" is not a number. ' + whatToEnter(places);
    }
  }
  if (point !== -1 && text.length - point - 1 > places) {
    return label + ': ' + whatToEnter(places).replace('Enter a number with', 'enter');
  }
  return undefined;
}

/** Refuses the insertion when the field may not hold it: the field keeps what it held. */
function readBeforeTheField(event, inserted) {
  const input = event.target;
  if (!isNumberInput(input) || !inserted) {
    return;
  }
  const problem = problemWith(input, inserted);
  if (problem !== undefined) {
    event.preventDefault();
    refuse(input, problem);
  }
}

// form-js cancels the key press of a character it does not take, which stops the browser before it
// announces the insertion (beforeinput), so typed characters are read at the key press.
document.addEventListener('keypress', function (event) {
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    readBeforeTheField(event, event.key);
  }
}, true);
// Pasted, dropped and otherwise inserted text; pasted text is read as a whole, spaces around it
// aside, so "12x4" is refused at once rather than kept as 124.
document.addEventListener('beforeinput', function (event) {
  if (!event.inputType.startsWith('insert') || !isNumberInput(event.target)) {
    return;
  }
  const inserted = event.data !== null ? event.data
    : event.dataTransfer ? event.dataTransfer.getData('text/plain') : '';
  if (inserted.trim() !== inserted && problemWith(event.target, inserted.trim()) === undefined) {
    // A number copied from a spreadsheet brings a line break or spaces: it is put in without them.
    event.preventDefault();
    event.target.setRangeText(inserted.trim(), event.target.selectionStart, event.target.selectionEnd, 'end');
    clearRefusal(event.target);
    event.target.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  readBeforeTheField(event, inserted);
}, true);
// A change the field takes (a number typed or deleted) clears a refusal. form-js's arrows
// (the keys and the buttons) change the number without an input event, so they clear it too.
document.addEventListener('input', function (event) {
  if (event.isTrusted && isNumberInput(event.target)) {
    clearRefusal(event.target);
  }
}, true);
document.addEventListener('keydown', function (event) {
  if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && isNumberInput(event.target)) {
    clearRefusal(event.target);
  }
}, true);
document.addEventListener('click', function (event) {
  const arrow = event.target instanceof Element ? event.target.closest('.fjs-number-arrow-container button') : null;
  const input = arrow ? arrow.closest('.fjs-form-field-number').querySelector('input') : null;
  if (input) {
    clearRefusal(input);
  }
}, true);

export default [];
