/*
 * On a phone the filters of a list take the first screen: they start folded away behind a button (shown on narrow
 * screens only, see portal.css) that unfolds them. The button is outside the filter form, so that a search, which
 * redraws the form, leaves them as the person put them.
 */
(function () {
    'use strict';

    document.querySelectorAll('.filters-toggle[aria-controls]').forEach(function (button) {
        var filters = document.getElementById(button.getAttribute('aria-controls'));
        if (!filters) {
            return;
        }
        button.addEventListener('click', function () {
            var collapsed = filters.classList.toggle('is-collapsed');
            button.setAttribute('aria-expanded', String(!collapsed));
            button.textContent = collapsed ? button.dataset.show : button.dataset.hide;
        });
    });
})();
