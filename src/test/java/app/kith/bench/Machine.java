package app.kith.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The machine a run is on: cores, memory, JDK, and its load (Linux's 1-minute load average) as it starts. */
record Machine(int cores, long memoryMb, String jdk, String os, String load, Instant started) {

    static Machine now() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(Runtime.getRuntime().availableProcessors(), memory >> 20, jdk, os, loadNow(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The load averages over 1, 5 and 15 minutes, or "unknown" off Linux. */
    static String loadNow() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%d cores, %,d MB RAM, %s, %s; load (1/5/15 min) at start %s",
                cores, memoryMb, jdk, os, load);
    }
}
