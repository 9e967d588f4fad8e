package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * orderdesk-bom has no parent (so importing it pins nothing but Orderdesk), which leaves its version and its list
 * of artifacts to be kept by hand; this test is the hand.
 */
class BomTest {

    /** The runnable application is not a library; the BOM itself is not a dependency. */
    private static final List<String> NOT_LIBRARIES = List.of("bootstrap", "orderdesk-bom", "examples");

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final Document parent = read(root.resolve("pom.xml"));
    private final Document bom = read(root.resolve("orderdesk-bom/pom.xml"));

    @Test
    void hasTheVersionOfTheBuild() {
        assertThat(childText(bom.getDocumentElement(), "version"))
                .isEqualTo(childText(parent.getDocumentElement(), "version"));
    }

    /** The examples build as another team would, from the BOM of a release: this build's. */
    @Test
    void theExamplesImportTheBomOfThisBuild() {
        Document examples = read(root.resolve("examples/pom.xml"));

        assertThat(examples.getElementsByTagName("orderdesk.version").item(0).getTextContent().trim())
                .isEqualTo(childText(parent.getDocumentElement(), "version"));
    }

    @Test
    void managesEveryLibraryModuleAndEveryTestJarAtTheProjectVersion() {
        List<String> expected = new ArrayList<>();
        for (String module : texts(parent.getElementsByTagName("module"))) {
            if (NOT_LIBRARIES.contains(module)) {
                continue;
            }
            // The directory names the module; its pom names the artifact (testkit is orderdesk-testkit).
            Document modulePom = read(root.resolve(module).resolve("pom.xml"));
            String artifactId = childText(modulePom.getDocumentElement(), "artifactId");
            expected.add(artifactId + ":jar");
            if (texts(modulePom.getElementsByTagName("goal")).contains("test-jar")) {
                expected.add(artifactId + ":test-jar");
            }
        }

        List<String> managed = new ArrayList<>();
        Element management = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
        NodeList dependencies = management.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(childText(dependency, "groupId")).isEqualTo("dev.orderdesk");
            assertThat(childText(dependency, "version")).isEqualTo("${project.version}");
            String type = childText(dependency, "type");
            managed.add(childText(dependency, "artifactId") + ":" + (type == null ? "jar" : type));
        }

        assertThat(managed).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Document read(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + pom, e);
        }
    }

    private static String childText(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
