/*
 * Draws each idea's process on its BPMN model with the bpmn-js viewer: the open steps and the steps passed get a
 * marker. The model is fetched from the portal (same origin); the steps come as data attributes of the canvas.
 */
(function () {
    'use strict';

    function ids(value) {
        return (value || '').split(' ').filter(function (id) { return id.length > 0; });
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
            .then(function (xml) { return viewer.importXML(xml); })
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
