// Follows an import job (a survey, statutes): polls its JSON status and updates the page; reloads it once the job has finished,
// so the server shows the result or the problems. Without JavaScript the page has a plain "refresh" link.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('job-status');
  if (!box || box.dataset.finished === 'true') return;
  const state = document.getElementById('job-state');
  const progress = document.getElementById('job-progress');
  const step = document.getElementById('job-step');
  const poll = () => fetch(box.dataset.status, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(r => r.ok ? r.json() : Promise.reject(r.status))
    .then(job => {
      if (job.finished) {
        window.location.reload();
        return;
      }
      const read = document.getElementById('job-units');
      if (read && job.filesRead !== undefined) read.textContent = job.filesRead;
      if (job.state !== box.dataset.state) {
        box.dataset.state = job.state;
        state.textContent = box.dataset['word' + job.state.charAt(0).toUpperCase() + job.state.slice(1)] || job.state;
        progress.value = job.step;
        step.textContent = job.step + ' / ' + job.steps;
      }
      window.setTimeout(poll, 700);
    })
    .catch(() => window.setTimeout(poll, 3000));
  window.setTimeout(poll, 300);
});
