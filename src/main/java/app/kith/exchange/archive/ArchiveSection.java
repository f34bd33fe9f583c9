package app.kith.exchange.archive;

import java.util.Optional;

/** The lists of a Kith archive, in the order they are checked and written (people before what names them). */
enum ArchiveSection {
    PEOPLE("people", "person"),
    INTERACTIONS("interactions", "interaction"),
    FAVOURS("favours", "favour"),
    FOLLOW_UPS("followUps", "follow-up"),
    REVIEWS("reviews", "review");

    /** The list's name in the archive's JSON. */
    final String field;
    /** One entry's kind, as {@link ArchiveIds} names it. */
    final String kind;

    ArchiveSection(String field, String kind) {
        this.field = field;
        this.kind = kind;
    }

    static Optional<ArchiveSection> named(String field) {
        for (ArchiveSection section : values()) {
            if (section.field.equals(field)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
