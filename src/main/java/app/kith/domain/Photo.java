package app.kith.domain;

import java.util.Arrays;
import java.util.Set;

/** A person's picture: PNG or JPEG bytes, bounded in size so the journal stays small. */
public record Photo(String mediaType, byte[] bytes) {

    /** Photos are scaled down before they are stored; this is the most one may take. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");

    public Photo {
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new InvalidValueException("photo", "a photo must be PNG or JPEG, not " + mediaType);
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidValueException("photo", "the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidValueException("photo",
                    "the photo is " + bytes.length / 1024 + " KB; at most " + MAX_BYTES / 1024 + " KB fit");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo that && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
