// Keeps a region of the page current while it says work is under way ([data-live-refresh] names how often, in seconds):
// the page is fetched again and only the region is swapped, so focus and the rest of the page stay as they are.
(function () {
    'use strict';
    var region = document.querySelector('[data-live-refresh]');
    if (!region || !region.id) { return; }
    var seconds = Math.max(1, parseInt(region.getAttribute('data-live-refresh'), 10) || 2);
    function refresh() {
        if (!region.querySelector('[data-running]')) { return; }
        if (document.visibilityState === 'hidden') { setTimeout(refresh, seconds * 1000); return; }
        fetch(window.location.href, { credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                if (html) {
                    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(region.id);
                    if (fresh) { region.innerHTML = fresh.innerHTML; }
                }
            })
            .catch(function () { /* offline for a moment: the next turn tries again */ })
            .then(function () { setTimeout(refresh, seconds * 1000); });
    }
    setTimeout(refresh, seconds * 1000);
})();
