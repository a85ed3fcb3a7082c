// Keeps the header's counts (e.g. unread notifications) current without reloading the page:
// each badge link names a JSON address returning { "count": n } and how often to ask it.
(function () {
    'use strict';
    document.querySelectorAll('[data-badge-poll]').forEach(function (link) {
        var count = link.querySelector('[data-badge-count]');
        var label = link.querySelector('[data-badge-label]');
        var seconds = Math.max(1, parseInt(link.getAttribute('data-badge-seconds'), 10) || 30);
        function show(n) {
            count.textContent = String(n);
            count.hidden = n === 0;
            label.hidden = n === 0;
        }
        function refresh() {
            if (document.visibilityState === 'hidden') { return; }
            fetch(link.getAttribute('data-badge-poll'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (body) { if (body && typeof body.count === 'number') { show(body.count); } })
                .catch(function () { /* offline for a moment: the next poll tries again */ });
        }
        setInterval(refresh, seconds * 1000);
        document.addEventListener('visibilitychange', refresh);
    });
})();
