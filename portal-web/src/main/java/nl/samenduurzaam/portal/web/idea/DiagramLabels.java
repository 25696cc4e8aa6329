package nl.samenduurzaam.portal.web.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import nl.samenduurzaam.portal.web.i18n.Texts;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names on the process diagram in the reader's language: the BPMN model names its steps in English for its
 * developers; the pages draw it with the names of the bundles ({@code diagram.<element id>}), which
 * process-diagram.js puts into the model before drawing it.
 */
@Named
@ApplicationScoped
public class DiagramLabels {

    static final String PREFIX = "diagram.";

    /** {@code {"screenIdea": "Idee screenen", ...}} in the current reader's language. */
    public String getJson() {
        return of(Texts.currentLocale());
    }

    static String of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale, DiagramLabels.class.getClassLoader());
        JsonObjectBuilder labels = Json.createObjectBuilder();
        bundle.keySet().stream().filter(key -> key.startsWith(PREFIX)).sorted()
                .forEach(key -> labels.add(key.substring(PREFIX.length()), bundle.getString(key)));
        return labels.build().toString();
    }
}
