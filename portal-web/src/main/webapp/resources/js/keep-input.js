/*
 * The language switch posts the header's form and loads the page again in the other language: what the person had
 * typed in the page's own forms would be lost. Just before the switch, the page's fields are kept in the tab's
 * sessionStorage, and put back into the same fields of the same page once it is loaded in the new language.
 * Password fields are never kept; the stored input is removed as soon as it is put back.
 */
(function () {
    'use strict';

    var KEY = 'portal.unsaved-input';

    function keep() {
        var values = {};
        document.querySelectorAll('form:not(#nav-form) input, form:not(#nav-form) textarea, form:not(#nav-form) select')
            .forEach(function (field) {
                // every field as it stands: typed and not sent, or sent and refused (the new page is a new view)
                if (!field.id || field.type === 'hidden' || field.type === 'password' || field.type === 'submit'
                        || field.type === 'button' || field.type === 'file') {
                    return;
                }
                values[field.id] = field.type === 'checkbox' || field.type === 'radio' ? { checked: field.checked }
                    : { value: field.value };
            });
        if (Object.keys(values).length > 0) {
            sessionStorage.setItem(KEY, JSON.stringify({ page: location.pathname, values: values }));
        }
    }

    function restore() {
        var kept = sessionStorage.getItem(KEY);
        if (!kept) {
            return;
        }
        sessionStorage.removeItem(KEY);
        var input = JSON.parse(kept);
        if (input.page !== location.pathname) {
            return;
        }
        Object.keys(input.values).forEach(function (id) {
            var field = document.getElementById(id);
            if (!field) {
                return;
            }
            if ('checked' in input.values[id]) {
                field.checked = input.values[id].checked;
            } else {
                field.value = input.values[id].value;
            }
        });
    }

    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('[id^="nav-form:language-"]')) {
            keep();
        }
    }, true);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restore);
    } else {
        restore();
    }
})();
