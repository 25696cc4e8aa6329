/*
 * Draws each idea's process on its BPMN model with the bpmn-js viewer: the open steps and the steps passed get a
 * marker. The model is fetched from the portal (same origin); the steps come as data attributes of the canvas.
 */
(function () {
    'use strict';

    function ids(value) {
        return (value || '').split(' ').filter(function (id) { return id.length > 0; });
    }

    /*
     * The heatmap: "activityId=millis ..." becomes a coloured marker (five steps, relative to the slowest step) and
     * an overlay with the figure in days on every activity that has one.
     */
    function heat(viewer, value, unit) {
        var figures = ids(value).map(function (pair) {
            var parts = pair.split('=');
            return { id: parts[0], millis: Number(parts[1]) };
        });
        var slowest = figures.reduce(function (max, figure) { return Math.max(max, figure.millis); }, 0);
        var registry = viewer.get('elementRegistry');
        var canvas = viewer.get('canvas');
        var overlays = viewer.get('overlays');
        figures.forEach(function (figure) {
            if (!registry.get(figure.id) || slowest === 0) {
                return;
            }
            var level = Math.min(5, 1 + Math.floor(4 * figure.millis / slowest));
            canvas.addMarker(figure.id, 'heat-' + level);
            var label = document.createElement('span');
            label.className = 'heat-figure';
            label.textContent = (figure.millis / 86400000).toFixed(1) + ' ' + unit;
            overlays.add(figure.id, { position: { bottom: 2, right: 2 }, html: label });
        });
    }

    /*
     * The model names its steps in English; the page gives their names in the reader's language (data-labels, by
     * element id), put into the model before it is drawn.
     */
    function translated(xml, labelsJson) {
        if (!labelsJson) {
            return xml;
        }
        var labels = JSON.parse(labelsJson);
        var model = new DOMParser().parseFromString(xml, 'application/xml');
        if (model.getElementsByTagName('parsererror').length > 0) {
            return xml;
        }
        model.querySelectorAll('[id][name]').forEach(function (element) {
            var label = labels[element.getAttribute('id')];
            if (label) {
                element.setAttribute('name', label);
            }
        });
        return new XMLSerializer().serializeToString(model);
    }

    /*
     * bpmn-js copies its label style onto every SVG text, lineHeight included, which SVG does not have (the Nu HTML
     * Checker refuses it). The lines are placed by then, so the attribute says nothing and goes.
     */
    function validLabels(canvasElement) {
        canvasElement.querySelectorAll('text').forEach(function (text) {
            text.removeAttribute('lineHeight');
        });
    }

    function draw(canvasElement) {
        var figure = canvasElement.closest('.process-diagram');
        var viewer = new BpmnJS({ container: canvasElement });
        fetch(canvasElement.dataset.model, { credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('model ' + response.status);
                }
                return response.text();
            })
            .then(function (xml) { return viewer.importXML(translated(xml, canvasElement.dataset.labels)); })
            .then(function () {
                var canvas = viewer.get('canvas');
                var registry = viewer.get('elementRegistry');
                canvas.zoom('fit-viewport');
                ids(canvasElement.dataset.passed).forEach(function (id) {
                    if (registry.get(id)) { canvas.addMarker(id, 'diagram-passed'); }
                });
                ids(canvasElement.dataset.current).forEach(function (id) {
                    if (registry.get(id)) { canvas.addMarker(id, 'diagram-current'); }
                });
                heat(viewer, canvasElement.dataset.heat, canvasElement.dataset.unit || 'd');
                validLabels(canvasElement);
                figure.classList.add('diagram-ready');
            })
            .catch(function (failure) {
                // the reason stays on the page for whoever investigates; the reader gets the translated text
                figure.dataset.failure = String(failure && failure.message || failure);
                figure.querySelector('.diagram-error').hidden = false;
                figure.classList.add('diagram-failed');
            });
    }

    document.querySelectorAll('.process-diagram .diagram-canvas').forEach(draw);
})();
