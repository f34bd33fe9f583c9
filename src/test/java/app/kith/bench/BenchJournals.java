package app.kith.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sample journals the benchmarks read: M and L of PRODUCT.md, written once by the packaged jar's own
 * {@code sample} command and kept under {@code ~/.cache/kith-bench/KEY}, where KEY is a digest of the
 * generator and the schema it writes (the jar's {@code app/kith/sample} classes and migration scripts), so that
 * a changed generator writes them anew. Benchmarks never write to these: they work on {@link #copy}s.
 */
public final class BenchJournals {

    /** System properties the runner hands to the JMH forks. */
    public static final String M_PROPERTY = "kith.bench.m";
    public static final String L_PROPERTY = "kith.bench.l";
    public static final String ARCHIVE_PROPERTY = "kith.bench.archive";

    static final List<String> M_ARGS = List.of("sample");
    static final List<String> L_ARGS = List.of("sample", "--people", "10000", "--interactions", "1000000",
            "--favours", "100000", "--years", "20");

    private BenchJournals() {
    }

    /** The cache folder for this jar's generator. */
    static Path cacheFor(Path jar) throws IOException {
        String home = System.getProperty("kith.bench.cache",
                Path.of(System.getProperty("user.home"), ".cache", "kith-bench").toString());
        return Path.of(home).resolve(generatorKey(jar));
    }

    /** The journal NAME ("M" or "L") in the cache, written by the jar's sample command when absent. */
    static Path ensure(Path jar, Path cache, String name, List<String> sampleArgs) throws IOException,
            InterruptedException {
        Path folder = cache.resolve(name);
        Path done = cache.resolve(name + ".done");
        if (Files.exists(done)) {
            return folder;
        }
        deleteTree(folder);
        Files.createDirectories(cache);
        System.out.println("Writing the " + name + " sample journal once into " + folder + " …");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString(), "--data-dir",
                folder.toString()));
        command.addAll(sampleArgs);
        run(command);
        Files.writeString(done, String.join(" ", sampleArgs) + "\n");
        return folder;
    }

    /** M's archive, exported once beside the journals (from a copy: the cached journal is never opened). */
    static Path archiveOf(Path jar, Path cache, Path journal) throws IOException, InterruptedException {
        Path archive = cache.resolve("M.kith.json");
        if (Files.exists(archive)) {
            return archive;
        }
        Path copy = copy(journal);
        try {
            Path partial = cache.resolve("M-partial.json");
            Files.deleteIfExists(partial);
            run(List.of(javaBin(), "-jar", jar.toString(), "--data-dir", copy.toString(), "export",
                    partial.toString()));
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(copy);
        }
        return archive;
    }

    /** A fresh copy of a journal folder, in a temporary folder of its own, for work that may write. */
    public static Path copy(Path journal) throws IOException {
        Path copy = Files.createTempDirectory("kith-bench-");
        try (Stream<Path> files = Files.walk(journal)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(journal.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** The journal named by the system property, copied. */
    public static Path copyOf(String property) {
        String folder = System.getProperty(property);
        if (folder == null) {
            throw new IllegalStateException("-D" + property + " is not set: run the benchmarks with BenchRun");
        }
        try {
            return copy(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed (exit " + process.exitValue() + "): " + String.join(" ", command));
        }
    }

    private static String generatorKey(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> e.getName().startsWith("app/kith/sample/") || e.getName().startsWith("db/migration/"))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                digest.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = zip.getInputStream(entry)) {
                    digest.update(in.readAllBytes());
                }
            }
            return "sample-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
