package nl.participatie.springboot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bill of materials names every artifact the build publishes, each at the project's version, so a vendor who
 * imports it writes one version for the starter, the method modules and everything else.
 */
class BomTest {

    private static final Path ROOT = Path.of("../..");

    @Test
    void theBomListsEveryPublishedArtifactAtTheProjectsVersion() throws Exception {
        Map<String, String> bom = new LinkedHashMap<>();
        Element management = child(read(ROOT.resolve("bom/pom.xml")).getDocumentElement(), "dependencyManagement");
        for (Element dependency : children(child(management, "dependencies"), "dependency")) {
            assertThat(text(dependency, "groupId")).isEqualTo("nl.participatie");
            bom.put(text(dependency, "artifactId"), text(dependency, "version"));
        }

        Set<String> published = new TreeSet<>();
        collectPublished(ROOT, published);

        assertThat(published).contains("participatie-core", "participatie-spring-boot-autoconfigure",
                "participatie-spring-boot-starter").doesNotContain("participatie-examples");
        assertThat(bom.keySet()).containsAll(published);
        assertThat(bom).allSatisfy((artifact, version) -> assertThat(version).isEqualTo("${project.version}"));
    }

    /** The jar modules under a folder's pom, less those whose deployment is skipped (examples, benchmarks). */
    private static void collectPublished(Path folder, Set<String> published) throws Exception {
        Element project = read(folder.resolve("pom.xml")).getDocumentElement();
        Element packaging = child(project, "packaging");
        Element properties = child(project, "properties");
        boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
        if ((packaging == null || packaging.getTextContent().strip().equals("jar")) && !skipped) {
            published.add(text(project, "artifactId"));
        }
        Element modules = child(project, "modules");
        if (modules != null) {
            for (Element module : children(modules, "module")) {
                collectPublished(folder.resolve(module.getTextContent().strip()), published);
            }
        }
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                out.add(element);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }
}
