package nl.samenduurzaam.portal.web.idea;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every name the process diagram shows has its text in both languages: no English model name on a Dutch page. */
class DiagramLabelsTest {

    private static final String MODEL = "/bpmn/ideaLifecycle.bpmn";
    private static final Set<String> NOT_DRAWN = Set.of("message", "process", "definitions", "collaboration");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyNamedElementOfTheModelHasItsName(String language) throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        Set<String> named = namedElements();

        assertThat(named).hasSizeGreaterThan(80);
        assertThat(named).allSatisfy(id -> assertThat(bundle.containsKey(DiagramLabels.PREFIX + id))
                .as("diagram.%s in %s", id, language).isTrue());
        assertThat(bundle.keySet().stream().filter(key -> key.startsWith(DiagramLabels.PREFIX))
                .map(key -> key.substring(DiagramLabels.PREFIX.length())))
                .as("names of elements the model no longer has").allMatch(named::contains);
    }

    private static Set<String> namedElements() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Set<String> named = new TreeSet<>();
        try (InputStream model = DiagramLabelsTest.class.getResourceAsStream(MODEL)) {
            assertThat(model).as(MODEL).isNotNull();
            NodeList elements = factory.newDocumentBuilder().parse(model).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("id") && element.hasAttribute("name")
                        && !NOT_DRAWN.contains(element.getLocalName())) {
                    named.add(element.getAttribute("id"));
                }
            }
        }
        return named;
    }
}
