// The SPARQL page: YASGUI on this server's /sparql, and the example queries' buttons. Without JavaScript the page
// still lists the examples as text with plain links that run them on the endpoint.

// Content-Security-Policy violations on this page, kept for the browser test (the policy here is the site's, plus
// the hash of one stylesheet YASGUI injects; anything else YASGUI tried would show up here).
window.lexmaturityCspViolations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.lexmaturityCspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));

document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('yasgui');
  if (!el || typeof Yasgui === 'undefined') return;
  // Only variable names: the default autocompleters also ask an outside prefix service.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  const endpoint = new URL(el.dataset.endpoint, window.location.href).href;

  // YASGUI leaves some controls without a name a screen reader can announce; name them in the page language,
  // now and whenever YASGUI redraws (each result redraws the table controls).
  const label = () => {
    const name = (selector, text) => el.querySelectorAll(selector).forEach(c => {
      if (!c.hasAttribute('aria-label') && !c.labels?.length) c.setAttribute('aria-label', text);
    });
    name('.CodeMirror textarea', el.dataset.labelEditor);
    name('input.autocomplete', el.dataset.labelEndpoint);
    name('select.tableSizer', el.dataset.labelPageSize);
    name('.tabPanel .tabMenu input, .tab input[type=text]', el.dataset.labelTabName);
    // The "+" button sits inside the ARIA tablist, where only tabs belong (axe: aria-required-children). One query
    // tab is enough on this page, so the stylesheet hides it; axe still counts hidden children, hence the role.
    el.querySelectorAll('.tabsList button.addTab:not([role])').forEach(b => b.setAttribute('role', 'tab'));
  };
  new MutationObserver(label).observe(el, {childList: true, subtree: true});

  const yasgui = new Yasgui(el, {
    requestConfig: {endpoint: endpoint, method: 'POST'},
    endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}], keys: []},
    copyEndpointOnNewTab: true,
    persistenceId: 'lexmaturity-query',
    autofocus: false
  });
  label();
  window.lexmaturityYasgui = yasgui;

  document.querySelectorAll('button[data-example]').forEach(button => {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = document.getElementById('example-' + button.dataset.example).textContent;
      const tab = yasgui.getTab();
      tab.setEndpoint(endpoint);
      tab.setQuery(text);
      el.scrollIntoView({block: 'start'});
      tab.query();
    });
  });
});
