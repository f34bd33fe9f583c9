package app.kith.exchange.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of the files Kith reads, for the fuzz tests: bytes flipped, cut, repeated and spliced, and values
 * (after a ':' or a ',') swapped for the awkward ones a careless reader trips on.
 */
public final class Mutator {

    /** Values a careless archive reader trips on: huge numbers, deep nesting, long texts, lone surrogates, wrong types. */
    public static final List<String> JSON = List.of("null", "true", "-0", "1e999999", "99999999999999999999999",
            "\"\"", "\" \"", "[]", "{}", "\"\\ud800\"", "\"\\u0000\"", "\"0000-01-01\"", "\"9999-12-31\"",
            "\"2026-02-30\"", "\"--02-30\"", "\"25:61\"", "\"data:image/png;base64,!!!\"", "\"p1\"", "\"i1\"",
            "-1", "2147483648", "1.5", "\"" + "x".repeat(5_000) + "\"", "[" + "[".repeat(40) + "]".repeat(40) + "]",
            "{\"id\":\"p1\"}", "\"in-person\"", "\"deep\"", "\"given\"", "\"snoozed\"", "\"" + "é".repeat(300) + "\"");
    /** Values a careless vCard or CSV reader trips on: broken folding and encodings, odd dates, huge lines. */
    public static final List<String> CONTACTS = List.of("", "BEGIN:VCARD", "END:VCARD", "\r\n ", "=\r\n",
            "=C3=", "=ZZ", ";CHARSET=KOI8-R:", ";ENCODING=QUOTED-PRINTABLE:", ";ENCODING=b:!!!!", "\"", "\"\"\"",
            ",,,,,,,,", ";;;;;;", "\t", "0000-00-00", "1604-03-14", "--02-30", "99999999", "-1", "\ufeff", "\u0000",
            "x".repeat(70_000), "ä".repeat(500), "data:image/png;base64,AAAA", "PHOTO;VALUE=uri:http://example.org/a.jpg",
            "BDAY:circa 1800", "KIND:group", "X-ABShowAs:COMPANY", "item1.X-ABDATE:2010-06-12", " ::: ", "0.0.00");

    private static final byte[] STRUCTURE = "{}[]\",:;\\ \n\r=0aé".getBytes(StandardCharsets.UTF_8);

    private final Random random;
    private final List<byte[]> seeds;
    private final List<String> awkward;

    /** @param awkward the values swapped in: {@link #JSON} or {@link #CONTACTS} */
    public Mutator(long seed, List<byte[]> seeds, List<String> awkward) {
        this.random = new Random(seed);
        this.seeds = seeds;
        this.awkward = awkward;
    }

    /** The next input: a seed with one to four mutations. */
    public byte[] next() {
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

    /** Replaces the value after a random ":" or "," (up to the next separator or line end) with an awkward one. */
    private byte[] swapValue(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int from = random.nextInt(text.length());
        int colon = text.indexOf(':', from);
        int comma = text.indexOf(',', from);
        int at = colon < 0 ? comma : comma < 0 ? colon : Math.min(colon, comma);
        if (at < 0) {
            return input;
        }
        int end = at + 1;
        while (end < text.length() && ",}];\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String replaced = text.substring(0, at + 1) + awkward.get(random.nextInt(awkward.size()))
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
