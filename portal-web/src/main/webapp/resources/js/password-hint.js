/*
 * A hint beside a new password while it is typed: how many characters are still missing, then how strong its length
 * makes it (NIST 800-63B: length counts, composition rules do not). The portal checks the rest when it is sent (a
 * common password, one containing the username). Listens on the document, so a form redrawn by AJAX keeps its hint;
 * the hint is a polite live region, read out when the person pauses.
 */
(function () {
    'use strict';

    var MINIMUM = 12;

    function update(field) {
        var hint = document.getElementById(field.getAttribute('data-strength-hint'));
        if (!hint) {
            return;
        }
        var length = Array.from(field.value).length;
        var level = length === 0 ? '' : length < MINIMUM ? 'short' : length < 16 ? 'fair' : length < 20 ? 'good'
            : 'strong';
        hint.textContent = level === '' ? '' : hint.getAttribute('data-' + level)
            .replace('{0}', String(MINIMUM - length));
        hint.className = 'password-hint' + (level === '' ? '' : ' password-hint-' + level);
    }

    document.addEventListener('input', function (event) {
        if (event.target instanceof HTMLInputElement && event.target.hasAttribute('data-strength-hint')) {
            update(event.target);
        }
    });
})();
