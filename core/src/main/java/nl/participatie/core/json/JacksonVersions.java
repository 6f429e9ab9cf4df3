package nl.participatie.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.Version;

/**
 * Checks the Jackson 2 versions on the class path before a mapper is made. The versions are read from classes and
 * manifests that exist in every supported release, so the check itself cannot fail with a missing class.
 */
final class JacksonVersions {

    /** The oldest Jackson 2 minor the library is built and tested against. */
    static final int MINIMUM_MINOR = 18;

    private static volatile boolean checked;

    private JacksonVersions() {
    }

    static void check() {
        if (checked) {
            return;
        }
        check(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
                JsonProperty.class.getPackage().getImplementationVersion());
        checked = true;
    }

    /**
     * @param annotations the implementation version of {@code jackson-annotations} from its manifest ({@code 2.13.5};
     *                    from 2.20 on only {@code 2.20}), or {@code null} when the class loader does not expose it
     */
    static void check(Version core, Version databind, String annotations) {
        int[] annotationsVersion = parse(annotations);
        boolean tooOld = tooOld(core) || tooOld(databind)
                || annotationsVersion != null && (annotationsVersion[0] != 2 || annotationsVersion[1] < MINIMUM_MINOR);
        boolean annotationsBehind = annotationsVersion != null && annotationsVersion[0] == 2 && databind.getMajorVersion() == 2
                && annotationsVersion[1] < databind.getMinorVersion();
        if (tooOld || annotationsBehind) {
            throw new JacksonVersionException("participatie needs Jackson 2." + MINIMUM_MINOR + " or newer, with "
                    + "jackson-annotations no older than jackson-databind; found jackson-core " + core
                    + ", jackson-databind " + databind + ", jackson-annotations "
                    + (annotations == null ? "(version unknown)" : annotations)
                    + ". Align them, e.g. by importing com.fasterxml.jackson:jackson-bom in dependencyManagement.");
        }
    }

    private static boolean tooOld(Version v) {
        return v.getMajorVersion() != 2 || v.getMinorVersion() < MINIMUM_MINOR;
    }

    private static int[] parse(String version) {
        if (version == null) {
            return null;
        }
        String[] parts = version.split("[.-]");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
