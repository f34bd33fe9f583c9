package app.kith.ui.shell;

/** Kith's version, as the jar's manifest states it. */
public final class AppVersion {

    static final String DEVELOPMENT = "development build";

    private AppVersion() {
    }

    /** The Implementation-Version of the jar the class came from, or "development build". */
    public static String of(Class<?> type) {
        Package source = type.getPackage();
        String version = source == null ? null : source.getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }
}
