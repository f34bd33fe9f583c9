package app.kith.ui.pictures;

import app.kith.ui.person.InsightViewModel;
import java.util.List;
import java.util.UUID;

/**
 * What a picture's hover card says of a person: their name, a headline of figures, and lines of labels with the
 * insight model's own reasons.
 *
 * @param headline e.g. "Depth 62 · Ring 15 · Investment +0.31"
 * @param lines e.g. Kind, Balance, Initiative and Status, each with its reason
 */
public record PersonCard(UUID id, String name, String headline, List<InsightViewModel.Line> lines) {

    public PersonCard {
        lines = List.copyOf(lines);
    }
}
