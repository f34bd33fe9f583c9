package app.kith.ui.people;

import app.kith.domain.Ring;

/** Which ring the People list shows: any, one of the four, or those outside the rings. */
public enum RingFilter {
    ANY("Any ring", null),
    FIVE("Ring 5", Ring.FIVE),
    FIFTEEN("Ring 15", Ring.FIFTEEN),
    FIFTY("Ring 50", Ring.FIFTY),
    ONE_FIFTY("Ring 150", Ring.ONE_FIFTY),
    OUTSIDE("Outside the rings", null);

    private final String label;
    private final Ring ring;

    RingFilter(String label, Ring ring) {
        this.label = label;
        this.ring = ring;
    }

    public String label() {
        return label;
    }

    boolean matches(Ring placed) {
        return switch (this) {
            case ANY -> true;
            case OUTSIDE -> placed == null;
            default -> placed == ring;
        };
    }
}
