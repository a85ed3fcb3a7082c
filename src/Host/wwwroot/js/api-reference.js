// The API reference page: Scalar (served by the host under /scalar/) reads the OpenAPI document named on #app.
// A file of its own, not an inline script, so that the page needs nothing the content security policy forbids.
(function () {
  'use strict';
  var app = document.getElementById('app');
  window.Scalar.createApiReference('#app', {
    sources: [{ title: app.dataset.title, url: app.dataset.document }],
    withDefaultFonts: false,
    hideClientButton: true,
    // A reference for this application's users: none of the reader's own services (its AI chat, SDKs, hosting).
    showDeveloperTools: 'never',
    agent: { disabled: true },
  });
})();
