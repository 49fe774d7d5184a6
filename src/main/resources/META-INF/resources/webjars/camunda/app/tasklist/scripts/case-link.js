// Tasklist's task header links to the task's case page ("Open case DEN-2026-0001"), beside the name
// of its process; the process instance link there opens Cockpit, which only administrators may use.
// The case's reference is one of the task's own variables (workflow.TaskContext), which whoever may
// see the task may read.
const engineApi = document.querySelector('base').getAttribute('engine-api') + 'engine/default';
const references = new Map();

function currentTaskId() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
}

function show(header, taskId, reference) {
  header.querySelectorAll('.hub-case-link').forEach(link => link.remove());
  if (!reference) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'hub-case-link';
  link.dataset.task = taskId;
  link.href = '/cases/' + encodeURIComponent(reference);
  link.textContent = 'Open case ' + reference;
  header.appendChild(link);
}

function linkTheCase() {
  const taskId = currentTaskId();
  const header = document.querySelector('.task-card header .names .definition-name');
  if (!taskId || !header) {
    return;
  }
  const shown = header.querySelector('.hub-case-link');
  if (shown && shown.dataset.task === taskId) {
    return;
  }
  if (references.has(taskId)) {
    show(header, taskId, references.get(taskId));
    return;
  }
  references.set(taskId, null);
  fetch(engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/caseReference',
      {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(response => response.ok ? response.json() : null)
    .then(variable => {
      references.set(taskId, variable && variable.value);
      linkTheCase();
    })
    .catch(() => references.delete(taskId));
}

new MutationObserver(linkTheCase).observe(document.body, {childList: true, subtree: true});
window.addEventListener('hashchange', linkTheCase);

export default [];
