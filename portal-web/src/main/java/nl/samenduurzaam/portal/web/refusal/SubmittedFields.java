package nl.samenduurzaam.portal.web.refusal;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the input of the submitted form that a refused property belongs to, so that its message stands next to it.
 * An input matches when its id is the property's name, the name in kebab case ({@code displayName} and
 * {@code display-name}), or when it lists the name in its {@value #PROPERTIES} attribute (for a field whose id reads
 * differently, or one field answering for several rules): {@code <f:attribute name="properties" value="reason
 * reasonGivenWhereNeeded"/>}. A refusal's message key may be listed the same way, for a rule the domain checks
 * across fields ({@code role.conflict.justification-required} beside the justification).
 */
final class SubmittedFields {

    static final String PROPERTIES = "properties";
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

    private final FacesContext faces;

    SubmittedFields(FacesContext faces) {
        this.faces = faces;
    }

    /**
     * The client id of the input the refused property or message key belongs to; the input is marked invalid, so
     * that it renders as such ({@code aria-invalid}) and a focus component on the page can move to it.
     */
    Optional<String> refuse(String propertyOrKey) {
        if (propertyOrKey == null || faces.getViewRoot() == null) {
            return Optional.empty();
        }
        String kebab = WORD_START.matcher(propertyOrKey).replaceAll("-").toLowerCase();
        for (UIForm form : submittedForms()) {
            Optional<UIInput> input = find(form, propertyOrKey, kebab);
            if (input.isPresent()) {
                input.get().setValid(false);
                return Optional.of(input.get().getClientId(faces));
            }
        }
        return Optional.empty();
    }

    /** A form is submitted when the request carries its client id (also when an AJAX call processes only a part). */
    private List<UIForm> submittedForms() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        List<UIForm> forms = new ArrayList<>();
        collect(faces.getViewRoot(), form -> parameters.containsKey(form.getClientId(faces)), forms);
        return forms;
    }

    private static void collect(UIComponent component, Predicate<UIForm> submitted, List<UIForm> forms) {
        if (component instanceof UIForm form && submitted.test(form)) {
            forms.add(form);
            return;
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            collect(kids.next(), submitted, forms);
        }
    }

    private static Optional<UIInput> find(UIComponent component, String property, String kebab) {
        if (!isRendered(component)) {
            return Optional.empty();
        }
        if (component instanceof UIInput input && matches(input, property, kebab)) {
            return Optional.of(input);
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            Optional<UIInput> found = find(kids.next(), property, kebab);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isRendered(UIComponent component) {
        try {
            return component.isRendered();
        } catch (RuntimeException withoutItsRow) {
            // a component inside a table or repeat is asked here without its row variable: no field to point at
            return false;
        }
    }

    private static boolean matches(UIInput input, String property, String kebab) {
        String id = input.getId();
        if (property.equals(id) || kebab.equals(id)) {
            return true;
        }
        return input.getAttributes().get(PROPERTIES) instanceof String listed
                && SEPARATOR.splitAsStream(listed.strip()).anyMatch(property::equals);
    }
}
