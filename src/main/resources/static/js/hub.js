// Starts nhsuk-frontend's components on every hub page. A file, not an inline script: the pages'
// Content-Security-Policy allows scripts from the hub only.
import { initAll } from '/vendor/nhsuk-frontend/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
