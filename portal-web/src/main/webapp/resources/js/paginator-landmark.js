/*
 * PrimeFaces names its paginator's page buttons' container ("Navigatie"), a div without a role, where HTML allows no
 * aria-label (the Nu HTML Checker refuses it). The name belongs to the navigation landmark around that div, which
 * PrimeFaces renders without one: the paginator widget moves it there when it sets its labels.
 */
(function () {
    'use strict';
    var paginator = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Paginator;
    if (!paginator) {
        return;
    }
    var configureAria = paginator.prototype.configureAria;
    paginator.prototype.configureAria = function () {
        configureAria.apply(this, arguments);
        var name = this.navigator.attr('aria-label');
        if (name) {
            this.jq.attr('aria-label', name);
            this.navigator.removeAttr('aria-label');
        }
    };
})();
