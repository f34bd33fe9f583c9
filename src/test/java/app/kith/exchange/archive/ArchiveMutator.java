package app.kith.exchange.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of archives for the fuzz test: bytes flipped, cut, repeated and spliced, and JSON values swapped
 * for the awkward ones (huge numbers, deep nesting, long texts, lone surrogates, wrong types).
 */
final class ArchiveMutator {

    /** Values a careless reader trips on, put where another value was. */
    private static final List<String> AWKWARD = List.of("null", "true", "-0", "1e999999", "99999999999999999999999",
            "\"\"", "\" \"", "[]", "{}", "\"\\ud800\"", "\"\\u0000\"", "\"0000-01-01\"", "\"9999-12-31\"",
            "\"2026-02-30\"", "\"--02-30\"", "\"25:61\"", "\"data:image/png;base64,!!!\"", "\"p1\"", "\"i1\"",
            "-1", "2147483648", "1.5", "\"" + "x".repeat(5_000) + "\"", "[" + "[".repeat(40) + "]".repeat(40) + "]",
            "{\"id\":\"p1\"}", "\"in-person\"", "\"deep\"", "\"given\"", "\"snoozed\"", "\"" + "é".repeat(300) + "\"");
    private static final byte[] STRUCTURE = "{}[]\",:\\ \n0aé".getBytes(StandardCharsets.UTF_8);

    private final Random random;
    private final List<byte[]> seeds;

    ArchiveMutator(long seed, List<byte[]> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds;
    }

    /** The next input: a seed with one to four mutations. */
    byte[] next() {
        byte[] input = seeds.get(random.nextInt(seeds.size())).clone();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && input.length > 0; i++) {
            input = mutate(input);
        }
        return input;
    }

    private byte[] mutate(byte[] input) {
        return switch (random.nextInt(7)) {
            case 0 -> flip(input);
            case 1 -> cut(input);
            case 2 -> repeat(input);
            case 3 -> insert(input, new byte[] {STRUCTURE[random.nextInt(STRUCTURE.length)]});
            case 4 -> swapValue(input);
            case 5 -> splice(input, seeds.get(random.nextInt(seeds.size())));
            default -> java.util.Arrays.copyOf(input, random.nextInt(input.length));
        };
    }

    private byte[] flip(byte[] input) {
        input[random.nextInt(input.length)] ^= (byte) (1 << random.nextInt(8));
        return input;
    }

    private byte[] cut(byte[] input) {
        int from = random.nextInt(input.length);
        int to = Math.min(input.length, from + 1 + random.nextInt(64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(input, 0, from);
        out.write(input, to, input.length - to);
        return out.toByteArray();
    }

    private byte[] repeat(byte[] input) {
        int from = random.nextInt(input.length);
        int length = Math.min(input.length - from, 1 + random.nextInt(256));
        byte[] part = java.util.Arrays.copyOfRange(input, from, from + length);
        return insert(input, part);
    }

    private byte[] insert(byte[] input, byte[] part) {
        int at = random.nextInt(input.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(input, 0, at);
        out.write(part, 0, part.length);
        out.write(input, at, input.length - at);
        return out.toByteArray();
    }

    /** Replaces the value after a random ":" with an awkward one. */
    private byte[] swapValue(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            return input;
        }
        int end = colon + 1;
        while (end < text.length() && ",}]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String replaced = text.substring(0, colon + 1) + AWKWARD.get(random.nextInt(AWKWARD.size()))
                + text.substring(end);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] splice(byte[] input, byte[] other) {
        int cut = random.nextInt(input.length);
        int from = random.nextInt(other.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(input, 0, cut);
        out.write(other, from, other.length - from);
        return out.toByteArray();
    }
}
