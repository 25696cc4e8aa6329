package nl.samenduurzaam.portal.ear;

import nl.samenduurzaam.portal.security.PortalRoles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR maps every portal role to its group and every named set of roles to the groups of its members, exactly as
 * {@link PortalRoles} defines them: a set that lost a member would let a role through or refuse it without a trace.
 */
class RoleMappingTest {

    private static final Path MAPPING = Path.of("src/main/application/META-INF/glassfish-application.xml");

    @Test
    void everyRoleAndEveryNamedSetIsMappedToExactlyItsGroups() throws Exception {
        Map<String, Set<String>> expected = new HashMap<>(PortalRoles.SETS);
        PortalRoles.ALL.forEach(role -> expected.put(role, Set.of(role)));

        assertThat(mapping()).isEqualTo(expected);
    }

    private static Map<String, Set<String>> mapping() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the DOCTYPE names a DTD on the web: not read
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(MAPPING.toFile());
        Map<String, Set<String>> mapped = new HashMap<>();
        NodeList mappings = document.getElementsByTagName("security-role-mapping");
        for (int i = 0; i < mappings.getLength(); i++) {
            Element mapping = (Element) mappings.item(i);
            String role = mapping.getElementsByTagName("role-name").item(0).getTextContent().strip();
            Set<String> groups = new HashSet<>();
            NodeList names = mapping.getElementsByTagName("group-name");
            for (int j = 0; j < names.getLength(); j++) {
                groups.add(names.item(j).getTextContent().strip());
            }
            mapped.put(role, groups);
        }
        return mapped;
    }
}
