package app.kith.exchange.contacts;

import app.kith.exchange.ExchangeException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a contacts file as text in the encoding it is really in: a byte-order mark says so; UTF-16
 * without one shows in its zero bytes; otherwise UTF-8 when every byte of the file is valid UTF-8,
 * else the first CHARSET a vCard declares, else Windows-1252 (what Outlook and older address books
 * write). An empty or binary file is refused here, before anything is parsed.
 */
public final class TextInput {

    /** No line of a contacts file is longer: a 12 MB photo in one line fits. */
    public static final long MAX_LINE_CHARS = 16L * 1024 * 1024;
    /** What is read first to tell the encoding and the format. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile("(?i)CHARSET=\"?([A-Za-z0-9_.:-]+)");

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final boolean repairFolds;
    private final String head;

    private TextInput(Path file, Charset charset, int bomLength, boolean repairFolds, String head) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.repairFolds = repairFolds;
        this.head = head;
    }

    /**
     * @throws ContactFileRefused when the file is empty, binary, or cannot be read
     */
    public static TextInput open(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new ContactFileRefused(file, "is a folder, not a file");
            }
            byte[] head = head(file);
            if (head.length == 0) {
                throw new ContactFileRefused(file, "is empty");
            }
            return decide(file, head);
        } catch (IOException e) {
            throw new ContactFileRefused(file, "cannot be read: " + ExchangeException.reason(e));
        }
    }

    public Path file() {
        return file;
    }

    public Charset charset() {
        return charset;
    }

    /** The first characters of the file (up to 64 KB of it), for telling the format. */
    public String head() {
        return head;
    }

    /** The whole text, from the start (after any byte-order mark); lines longer than the bound are refused while reading. */
    public LineLimitReader reader() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        if (repairFolds) {
            in = new FoldRepair(in);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new LineLimitReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), MAX_LINE_CHARS);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static TextInput decide(Path file, byte[] head) throws IOException {
        Charset charset;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            charset = utf16WithoutMark(head);
        }
        boolean utf16 = charset != null && charset != StandardCharsets.UTF_8;
        if (!utf16 && contains(head, 0)) {
            throw new ContactFileRefused(file, "is not a contacts file: it holds binary data, not text");
        }
        boolean repair = false;
        if (charset == null) {
            charset = validUtf8(file) ? StandardCharsets.UTF_8 : declaredOr1252(head);
            repair = charset == StandardCharsets.UTF_8;
        }
        String text = decodeHead(head, bom, charset);
        if (text.isBlank()) {
            throw new ContactFileRefused(file, "is empty");
        }
        if (mostlyControl(text)) {
            throw new ContactFileRefused(file, "is not a contacts file: it holds binary data, not text");
        }
        return new TextInput(file, charset, bom, repair, text);
    }

    /** UTF-16 text of a Latin script has a zero byte in every other place. */
    private static Charset utf16WithoutMark(byte[] head) {
        int pairs = Math.min(head.length / 2, 512);
        if (pairs < 4) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i] == 0 && head[2 * i + 1] != 0) {
                zeroFirst++;
            } else if (head[2 * i] != 0 && head[2 * i + 1] == 0) {
                zeroSecond++;
            }
        }
        if (zeroFirst * 10 >= pairs * 7) {
            return StandardCharsets.UTF_16BE;
        }
        return zeroSecond * 10 >= pairs * 7 ? StandardCharsets.UTF_16LE : null;
    }

    /** Reads the whole file through the fold repair: valid UTF-8 from end to end? */
    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[1 << 16];
        ByteBuffer bytes = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer chars = CharBuffer.allocate(chunk.length + 8);
        try (InputStream in = new FoldRepair(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int n;
            while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                bytes.put(chunk, 0, n).flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError()
                    && !bytes.hasRemaining();
        }
    }

    private static Charset declaredOr1252(byte[] head) {
        Matcher matcher = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            String name = matcher.group(1).toUpperCase(Locale.ROOT);
            if (!name.equals("UTF-8") && !name.equals("UTF8") && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return WINDOWS_1252;
    }

    private static String decodeHead(byte[] head, int bom, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head, bom, head.length - bom)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /** More than one character in fifty that no text file holds. */
    private static boolean mostlyControl(String text) {
        long odd = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count() + text.chars().filter(c -> c == 0xFFFD).count() / 4;
        return odd * 50 > text.length();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
