package app.kith.exchange.archive;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Archive ids are any unique strings; the journal's are UUIDs. A UUID is kept as it is, so that
 * re-importing an export matches the same people; any other string becomes a name-based UUID,
 * so that importing the same archive twice matches too.
 */
final class ArchiveIds {

    private ArchiveIds() {
    }

    static UUID toUuid(String kind, String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // not a UUID: fall through to a name-based one
        }
        return UUID.nameUUIDFromBytes(("kith-archive:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
