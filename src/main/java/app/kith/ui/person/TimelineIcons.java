package app.kith.ui.person;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The icon of each channel, depth level and favour direction on the timeline. */
final class TimelineIcons {

    private TimelineIcons() {
    }

    static Ikon of(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> Feather.COFFEE;
            case VIDEO -> Feather.VIDEO;
            case CALL -> Feather.PHONE;
            case MESSAGE -> Feather.MESSAGE_SQUARE;
            case EMAIL -> Feather.MAIL;
            case LETTER -> Feather.FEATHER;
            case SOCIAL -> Feather.AT_SIGN;
        };
    }

    /** A shape per level (its colour, one accent ramp, says the same for those who see it). */
    static Ikon of(Depth depth) {
        return switch (depth) {
            case SMALL_TALK -> Feather.CLOUD;
            case CATCH_UP -> Feather.REFRESH_CW;
            case PERSONAL -> Feather.HEART;
            case DEEP -> Feather.ANCHOR;
        };
    }

    static Ikon of(FavourDirection direction) {
        return direction == FavourDirection.GIVEN ? Feather.ARROW_UP_RIGHT : Feather.ARROW_DOWN_LEFT;
    }
}
