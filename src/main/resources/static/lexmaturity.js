// Small progressive enhancements; every page works without them. No inline scripts: the CSP forbids them.
document.addEventListener('DOMContentLoaded', () => {
  // <button data-print> prints the page
  document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
  // <form data-confirm="text"> asks before submitting
  document.querySelectorAll('form[data-confirm]').forEach(f => f.addEventListener('submit', e => {
    if (!window.confirm(f.dataset.confirm)) e.preventDefault();
  }));
});
