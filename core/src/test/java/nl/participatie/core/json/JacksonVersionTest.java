package nl.participatie.core.json;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supported Jackson 2 range, as a vendor's class path meets it: the library's JSON runs on any aligned set from
 * 2.18 on, and a set it cannot run on fails when the format is made, naming the versions found. The class paths are
 * real jars (copied by the build into {@code target/jackson-sets}) loaded beside this module's classes.
 */
class JacksonVersionTest {

    @Test
    void springBoot35sJacksonWritesAndReadsTheLibrarysValues() throws Exception {
        try (URLClassLoader loader = jacksonSet("boot35")) {
            Class<?> json = loader.loadClass(ParticipatieJson.class.getName());
            Object format = json.getMethod("defaults").invoke(null);
            Object postcode = loader.loadClass("nl.participatie.core.value.Postcode")
                    .getMethod("parse", String.class).invoke(null, "1234 AB");
            String written = (String) json.getMethod("write", Object.class).invoke(format, postcode);

            assertThat(written).isEqualTo(ParticipatieJson.defaults().write(nl.participatie.core.value.Postcode.parse("1234 AB")));
            Class<?> version = loader.loadClass("com.fasterxml.jackson.databind.cfg.PackageVersion");
            assertThat(version.getField("VERSION").get(null)).hasToString("2.19.2");
        }
    }

    @Test
    void annotationsOlderThanDatabindFailWhenTheFormatIsMadeNamingTheVersions() throws Exception {
        try (URLClassLoader loader = jacksonSet("annotations-behind")) {
            assertThatThrownBy(() -> defaults(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(JacksonVersionException.class.getName()))
                    .hasMessageContaining("jackson-databind 2.23.0")
                    .hasMessageContaining("jackson-annotations 2.13.5")
                    .hasMessageContaining("2.18 or newer");
        }
    }

    @Test
    void aSetBelowTheRangeFailsWhenTheFormatIsMade() throws Exception {
        try (URLClassLoader loader = jacksonSet("below-range")) {
            assertThatThrownBy(() -> defaults(loader))
                    .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(JacksonVersionException.class.getName()))
                    .hasMessageContaining("jackson-core 2.17.2")
                    .hasMessageContaining("jackson-databind 2.17.2");
        }
    }

    @Test
    void theCheckAcceptsEveryAlignedSetFromTheMinimumAndAnnotationsNewerThanDatabind() {
        JacksonVersions.check(v(2, 18, 2), v(2, 18, 2), "2.18.2");
        JacksonVersions.check(v(2, 21, 4), v(2, 21, 4), "2.21");
        JacksonVersions.check(v(2, 19, 2), v(2, 19, 2), "2.23");
        JacksonVersions.check(v(2, 23, 0), v(2, 23, 0), null);

        assertThatThrownBy(() -> JacksonVersions.check(v(2, 18, 2), v(2, 18, 2), "2.17.2"))
                .isInstanceOf(JacksonVersionException.class);
        assertThatThrownBy(() -> JacksonVersions.check(v(2, 22, 0), v(2, 22, 0), "2.21"))
                .isInstanceOf(JacksonVersionException.class).hasMessageContaining("jackson-annotations 2.21");
        assertThatThrownBy(() -> JacksonVersions.check(v(3, 0, 0), v(3, 0, 0), null))
                .isInstanceOf(JacksonVersionException.class);
    }

    private static Version v(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "test");
    }

    private static Object defaults(ClassLoader loader) throws Throwable {
        try {
            return loader.loadClass(ParticipatieJson.class.getName()).getMethod("defaults").invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** This module's classes with the jars of one set; everything else (the JDK, Jakarta Validation) from the test. */
    private static URLClassLoader jacksonSet(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(ParticipatieJson.class.getProtectionDomain().getCodeSource().getLocation());
        try (Stream<Path> jars = Files.list(Path.of("target", "jackson-sets", name))) {
            for (Path jar : jars.sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        assertThat(urls).as("the jars of set %s", name).hasSize(5);
        return new ChildFirst(urls.toArray(URL[]::new), JacksonVersionTest.class.getClassLoader());
    }

    /** Loads Jackson and the library from its own jars first, as a class path with only those versions would. */
    private static final class ChildFirst extends URLClassLoader {

        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("com.fasterxml.jackson.") && !name.startsWith("nl.participatie.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public String toString() {
            return "jackson set " + Collections.list(Collections.enumeration(List.of(getURLs())));
        }
    }
}
