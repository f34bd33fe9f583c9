package app.kith.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Circles of friends who meet as a group: who else could come to a dinner on a given day. */
final class Circles {

    private final Map<Integer, List<CastMember>> members = new HashMap<>();

    Circles(List<CastMember> cast) {
        for (CastMember member : cast) {
            if (member.circle() >= 0 && member.persona().joinsGroups()) {
                members.computeIfAbsent(member.circle(), c -> new ArrayList<>()).add(member);
            }
        }
    }

    /** Up to {@code wanted} friends of the host's circle, other than the host, whom I knew on that day. */
    List<UUID> guests(CastMember host, LocalDate day, int wanted, Dice dice) {
        List<CastMember> circle = members.getOrDefault(host.circle(), List.of());
        List<UUID> guests = new ArrayList<>(wanted);
        for (int attempt = 0; attempt < 3 * wanted && guests.size() < wanted && !circle.isEmpty(); attempt++) {
            CastMember guest = dice.pick(circle);
            UUID id = guest.person().id();
            if (guest != host && guest.knownOn(day) && !guests.contains(id)) {
                guests.add(id);
            }
        }
        return guests;
    }
}
