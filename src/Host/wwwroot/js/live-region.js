// Keeps a region of the page current while it says work is under way ([data-running] inside it; [data-live-refresh]
// names how often to look, in seconds): the page is fetched again and the region replaced only when it changed. What
// had focus in it gets it back (found again by its id or address), and a change of status ([data-status-of] elements,
// keyed, with [data-status]; their first span says it) is read out once through the page's [data-live-announcer].
(function () {
    'use strict';
    var region = document.querySelector('[data-live-refresh]');
    if (!region || !region.id) { return; }
    var announcer = document.querySelector('[data-live-announcer]');
    var seconds = Math.max(1, parseInt(region.getAttribute('data-live-refresh'), 10) || 2);

    function statuses() {
        var found = {};
        region.querySelectorAll('[data-status-of]').forEach(function (e) { found[e.getAttribute('data-status-of')] = e.getAttribute('data-status'); });
        return found;
    }

    function focusKey() {
        var active = document.activeElement;
        if (!active || !region.contains(active)) { return null; }
        return active.id ? '#' + CSS.escape(active.id) : active.getAttribute('href') ? '[href="' + CSS.escape(active.getAttribute('href')) + '"]' : '';
    }

    function replace(fresh) {
        var before = statuses();
        var focused = focusKey();
        region.innerHTML = fresh.innerHTML;
        if (focused !== null) {
            var again = (focused && region.querySelector(focused)) || region.querySelector('[tabindex]');
            if (again) { again.focus(); }
        }
        var said = [];
        region.querySelectorAll('[data-status-of]').forEach(function (e) {
            if (before[e.getAttribute('data-status-of')] !== e.getAttribute('data-status')) { said.push((e.querySelector('span') || e).textContent.replace(/\s+/g, ' ').trim()); }
        });
        if (announcer && said.length) { announcer.textContent = said.join(' '); }
    }

    function refresh() {
        if (!region.querySelector('[data-running]')) { return; }
        if (document.visibilityState === 'hidden') { setTimeout(refresh, seconds * 1000); return; }
        fetch(window.location.href, { credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                var fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById(region.id);
                if (fresh && fresh.innerHTML !== region.innerHTML) { replace(fresh); }
            })
            .catch(function () { /* offline for a moment: the next turn tries again */ })
            .then(function () { setTimeout(refresh, seconds * 1000); });
    }

    setTimeout(refresh, seconds * 1000);
})();
