package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The bill of materials names every artifact the build publishes, and nothing it does not publish. */
class BomTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(participatie-[^<]+)</artifactId>");

    @Test
    void everyPublishedModuleIsInTheBom() throws Exception {
        Set<String> published = new TreeSet<>();
        for (Path pom : modulePoms(Path.of(".."))) {
            String text = Files.readString(pom);
            boolean aggregator = text.contains("<packaging>pom</packaging>");
            boolean unpublished = text.contains("<maven.deploy.skip>true</maven.deploy.skip>");
            if (!aggregator && !unpublished) {
                published.add(ownArtifactId(text));
            }
        }
        Set<String> inBom = new TreeSet<>();
        Matcher m = ARTIFACT.matcher(Files.readString(Path.of("../bom/pom.xml")));
        while (m.find()) {
            inBom.add(m.group(1));
        }
        inBom.remove("participatie-bom");
        assertThat(published).contains("participatie-core", "participatie-testkit");
        assertThat(inBom).isEqualTo(published);
    }

    /** The poms of every module below the root pom, through aggregators. */
    private static List<Path> modulePoms(Path dir) throws Exception {
        List<Path> out = new ArrayList<>();
        Matcher m = MODULE.matcher(Files.readString(dir.resolve("pom.xml")));
        while (m.find()) {
            Path module = dir.resolve(m.group(1));
            out.add(module.resolve("pom.xml"));
            out.addAll(modulePoms(module));
        }
        return out;
    }

    /** The artifactId of the project itself, not of its parent. */
    private static String ownArtifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher m = ARTIFACT.matcher(withoutParent);
        assertThat(m.find()).as("an artifactId in %s", pom.substring(0, Math.min(80, pom.length()))).isTrue();
        return m.group(1);
    }
}
