package app.kith.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Kith's version: from the jar's manifest (Implementation-Version), else from
 * {@code app/kith/version.properties}, which Maven fills in at build time (so that the version is
 * known when running from the classes folder too).
 */
public final class KithVersion implements IVersionProvider {

    static final String RESOURCE = "/app/kith/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Kith " + version()};
    }

    /** The version, or "(unknown version)" when neither the manifest nor the resource has it. */
    public static String version() {
        String fromManifest = KithVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = KithVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through: a version is nice to have, never a reason to fail
        }
        return "(unknown version)";
    }
}
