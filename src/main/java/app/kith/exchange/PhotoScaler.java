package app.kith.exchange;

import app.kith.domain.Photo;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Turns a picture file into a small photo for the journal: at most {@link #MAX_SIDE} pixels on
 * either side, JPEG (PNG when it has transparency). Runs in the background: it reads a file. The
 * person editor and the contact imports (vCard photos) share it, so a photo is bounded the same way
 * whichever way it came in.
 */
public final class PhotoScaler {

    /** Big enough for a person's page, small enough that a journal of thousands stays light. */
    public static final int MAX_SIDE = 256;
    /** Larger files are refused before decoding: they are not photos of a face. */
    private static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    /** A sentence for a person: the file is not something Kith can use as a photo. */
    public static final class NotAPicture extends Exception {
        private static final long serialVersionUID = 1L;

        NotAPicture(String message) {
            super(message);
        }
    }

    private PhotoScaler() {
    }

    public static Photo fromFile(Path file) throws NotAPicture {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new NotAPicture(file.getFileName() + " is larger than 40 MB; choose a smaller picture.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NotAPicture(file.getFileName() + " is no longer there.");
        } catch (IOException e) {
            throw new NotAPicture("Kith could not read " + file.getFileName() + ".");
        }
        return fromBytes(bytes, String.valueOf(file.getFileName()));
    }

    /** @param name what to call the picture in a message */
    public static Photo fromBytes(byte[] bytes, String name) throws NotAPicture {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new NotAPicture(name + " is not a picture Kith can read; choose a PNG, JPEG, GIF or BMP file.");
        }
        return encode(scaled(image));
    }

    /** Halves the picture step by step, then one last step to the bound: sharper than one big jump. */
    static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage current = copy(image, image.getWidth(), image.getHeight());
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = copy(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : copy(current, width, height);
    }

    private static BufferedImage copy(BufferedImage image, int width, int height) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static Photo encode(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, alpha ? "png" : "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Photo(alpha ? "image/png" : "image/jpeg", out.toByteArray());
    }
}
