package app.kith.exchange.contacts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Address books made up for benchmarks and bad-input runs: vCards as Apple and Google write them
 * (3.0 and 4.0 mixed, folded lines, item groups with labels, birthdays with and without a year, notes,
 * categories, now and then a photo), the same every time for the same seed.
 *
 * <p>{@code java -cp ... app.kith.exchange.contacts.GeneratedCards FILE MEGABYTES [PHOTO_PERCENT]} writes
 * a file of about that size.
 */
public final class GeneratedCards {

    private static final List<String> GIVEN = List.of("Maya", "Tom", "Ravi", "Sam", "Lena", "Chris", "Rosa", "Ben",
            "Zoë", "Jürgen", "Aiko", "Omar", "Ines", "Pavel", "Grace", "Ada", "Nils", "Chloé", "Kofi", "Mei");
    private static final List<String> FAMILY = List.of("Cole", "Reed", "Iyer", "Lee", "Fischer", "Park", "Lind",
            "Okafor", "Müller", "Tanaka", "Haddad", "Costa", "Novak", "Hopper", "Lovelace", "Berg", "Martin",
            "Mensah", "Chen", "Smith");
    private static final List<String> ORGANIZATIONS = List.of("Porto Labs", "Acme", "City Library", "Northwind",
            "Riverside Clinic", "Blue Finch Studio");
    private static final List<String> TAGS = List.of("friends", "work", "family", "climbing", "book club");

    private final Random random;
    private final int photoPercent;
    private final String photo;

    /** @param photoPercent how many cards in a hundred carry a photo (a 320 × 320 JPEG) */
    public GeneratedCards(long seed, int photoPercent) {
        this.random = new Random(seed);
        this.photoPercent = photoPercent;
        this.photo = photoPercent == 0 ? null : Base64.getEncoder().encodeToString(jpeg(seed));
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        int photos = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long cards = new GeneratedCards(42, photos).writeUntil(file, bytes);
        System.out.printf(Locale.ROOT, "%s: %,d cards, %,d bytes%n", file, cards, Files.size(file));
    }

    /** Writes this many cards. */
    public void write(Path file, int cards) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < cards; i++) {
                out.write(card(i));
            }
        }
    }

    /** Writes cards until the file is about this large; returns how many. */
    public long writeUntil(Path file, long bytes) throws IOException {
        long written = 0;
        long cards = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            while (written < bytes) {
                String card = card(cards++);
                out.write(card);
                written += card.length();
            }
        }
        return cards;
    }

    /** One card; the n-th person has a name of their own ("Maya Cole 17"), so that no two match. */
    public String card(long n) {
        boolean four = random.nextInt(3) == 0;
        String given = pick(GIVEN);
        String family = pick(FAMILY) + " " + n;
        StringBuilder card = new StringBuilder(512);
        line(card, "BEGIN:VCARD");
        line(card, four ? "VERSION:4.0" : "VERSION:3.0");
        line(card, "N:" + family + ";" + given + ";;;");
        line(card, "FN:" + given + " " + family);
        String mail = (given + "." + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        line(card, "EMAIL;TYPE=INTERNET,HOME:" + mail + "@example.org");
        if (random.nextBoolean()) {
            line(card, "EMAIL;TYPE=INTERNET,WORK:" + mail + "@work.example");
        }
        line(card, "TEL;TYPE=CELL:+1 555 " + String.format(Locale.ROOT, "%07d", n % 10_000_000));
        if (random.nextInt(3) == 0) {
            line(card, "ORG:" + pick(ORGANIZATIONS) + ";");
            line(card, "TITLE:Engineer");
        }
        int year = 1950 + random.nextInt(55);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        if (random.nextInt(4) == 0) {
            line(card, String.format(Locale.ROOT, "BDAY;X-APPLE-OMIT-YEAR=1604:1604-%02d-%02d", month, day));
        } else {
            line(card, String.format(Locale.ROOT, "BDAY:%04d-%02d-%02d", year, month, day));
        }
        if (random.nextInt(5) == 0) {
            line(card, String.format(Locale.ROOT, "item1.X-ABDATE:%04d-%02d-%02d", year + 25, month, day));
            line(card, "item1.X-ABLabel:_$!<Anniversary>!$_");
        }
        if (random.nextInt(4) == 0) {
            line(card, "NOTE:Met at the " + pick(ORGANIZATIONS) + " summer party\\, talked about climbing and"
                    + " books for an hour; wants to move to Porto next year.");
        }
        line(card, "CATEGORIES:" + pick(TAGS) + "," + pick(TAGS));
        if (photo != null && random.nextInt(100) < photoPercent) {
            folded(card, (four ? "PHOTO:data:image/jpeg;base64," : "PHOTO;ENCODING=b;TYPE=JPEG:") + photo);
        }
        line(card, "END:VCARD");
        return card.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void line(StringBuilder card, String line) {
        card.append(line).append("\r\n");
    }

    /** Folded at 75 characters, as address books write long values. */
    private static void folded(StringBuilder card, String line) {
        card.append(line, 0, Math.min(75, line.length())).append("\r\n");
        for (int at = 75; at < line.length(); at += 74) {
            card.append(' ').append(line, at, Math.min(at + 74, line.length())).append("\r\n");
        }
    }

    /** A photo as phones take them, scaled down: 320 × 320, some shapes and noise so that JPEG has work. */
    private static byte[] jpeg(long seed) {
        Random noise = new Random(seed);
        BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(noise.nextInt(256), noise.nextInt(256), noise.nextInt(256)));
            g.fillOval(noise.nextInt(320), noise.nextInt(320), 20 + noise.nextInt(120), 20 + noise.nextInt(120));
        }
        g.dispose();
        for (int i = 0; i < 4000; i++) {
            image.setRGB(noise.nextInt(320), noise.nextInt(320), noise.nextInt(0xFFFFFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
