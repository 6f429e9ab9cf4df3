package nl.participatie.youthmanifesto;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ModuleLayout;

/** The module has the shape of every method module (methods/README.md), so it cannot drift from it unnoticed. */
class LayoutTest {

    @Test
    void followsTheModuleTemplate() {
        // Maven runs tests in the module's folder, so the empty path is the module.
        ModuleLayout.of("YouthManifesto", "youthmanifesto", "ManifestoGroup").assertFollowed(Path.of(""));
    }
}
