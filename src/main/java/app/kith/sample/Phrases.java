package app.kith.sample;

import app.kith.domain.Depth;
import app.kith.domain.FavourKind;
import java.util.List;

/** The plain words a sample journal is written in; all places and organisations are made up. */
final class Phrases {

    private Phrases() {
    }

    static final List<String> ORGANISATIONS = List.of(
            "Lumen Studio", "Northwind Analytics", "Harbourside Clinic", "Alder Road Primary School",
            "Greenleaf Co-op", "Meridian Health", "Blue Finch Books", "Copperline Engineering", "Oakridge University",
            "Riverbend Council", "Saltmarsh Architects", "Tidewater Logistics", "Brightwell Bank", "Kestrel Robotics",
            "Fernhill Bakery", "Quarry Lane Theatre", "Open Field Foundation", "Silverbirch Law",
            "Morningside Hospital", "Pinecone Games");

    static final List<String> TITLES = List.of(
            "Product manager", "Software engineer", "Nurse", "Teacher", "Architect", "Designer", "Accountant",
            "Researcher", "Head chef", "Paramedic", "Editor", "Data analyst", "Civil engineer", "Lawyer",
            "Pharmacist", "Photographer", "Social worker", "Project lead", "Librarian", "Physiotherapist");

    /** Circles of friends: the tag they share and how I met them. */
    static final List<String> CIRCLE_TAGS = List.of("school", "university", "club", "neighbours", "climbing",
            "book club");

    static final List<String> NOTES = List.of("Vegetarian.", "Allergic to nuts.", "Prefers calls to messages.",
            "Two kids, Ada and Leo.", "Supports the local football club.");

    static final List<String> MATTERS = List.of(
            "Training for her first marathon in the spring.",
            "Looking for a new job in design; open to introductions.",
            "Their daughter starts school in the autumn.",
            "Learning Portuguese before moving to Lisbon.",
            "Caring for an ageing parent; some weeks are hard.",
            "Wants to meet someone in publishing about a book idea.",
            "Saving for a flat; anything about mortgages helps.",
            "Building a small furniture workshop in the garage.",
            "Recovering from a knee operation, misses climbing.",
            "Starting a community garden on the estate.",
            "Writing a thesis on coastal erosion.",
            "Thinking about going part-time to paint more.",
            "New to the city and would like to meet people.",
            "Their band plays small venues; always glad of an audience.",
            "Wants to learn to cook properly.");

    static final List<String> SMALL_TALK = List.of(
            "Quick hello in the corridor.", "Chatted about the weather at the bus stop.",
            "Liked the holiday photos.", "Said hi at the coffee machine.", "A few words about the weekend.",
            "Short chat while waiting for the lift.", "Wished a happy birthday.", "Talked about the match.");

    static final List<String> CATCH_UP = List.of(
            "Caught up on the new flat and work.", "Heard about the trip to the mountains.",
            "Swapped news about the kids and school.", "Talked about the new project at work.",
            "Caught up over coffee.", "News about the renovation, finally done.", "Walked the dog together.",
            "Heard how the new job is going.");

    static final List<String> PERSONAL = List.of(
            "Talked about changing jobs and what really matters.", "Worries about their mother's health.",
            "Plans to move abroad next year; weighing it up.", "Talked about money and the mortgage.",
            "How it is going with the new relationship.", "Long walk, talked about burnout at work.",
            "Talked about becoming a parent.", "Doubts about the PhD; listened mostly.");

    static final List<String> DEEP = List.of(
            "Long talk about grief after the funeral.", "They told me about the divorce; stayed late.",
            "Talked through the diagnosis and what comes next.", "Honest talk about our friendship.",
            "Helped think through leaving the company.", "Talked about faith, family and what we want from life.",
            "Late-night call; they needed someone to listen.", "Shared what the last year has really been like.");

    static final List<String> GROUP = List.of(
            "Dinner together at the Thai place on Mill Road.", "Board games evening at ours.",
            "Birthday drinks in the park.", "Picnic by the river with the whole group.",
            "Potluck dinner; everyone brought something.", "Weekend cabin trip with the group.");

    static final List<String> FOLLOW_UPS = List.of(
            "Send the article about marathon training.", "Ask how the job interview went.",
            "Return the camping stove.", "Call on their birthday.", "Introduce them to someone in publishing.",
            "Send photos from the weekend.", "Check in after the operation.", "Book a table for dinner.",
            "Lend them the book we talked about.", "Ask about the new flat.");

    static final List<String> DATE_LABELS = List.of("wedding anniversary", "started the new job",
            "moved to the city", "name day", "finished the PhD");

    static String note(Depth depth, Dice dice) {
        return switch (depth) {
            case SMALL_TALK -> dice.pick(SMALL_TALK);
            case CATCH_UP -> dice.pick(CATCH_UP);
            case PERSONAL -> dice.pick(PERSONAL);
            case DEEP -> dice.pick(DEEP);
        };
    }

    static String favour(FavourKind kind, Dice dice) {
        return switch (kind) {
            case HELP -> dice.pick(List.of("Helped move the sofa into the new flat.", "Fed the cat for a week.",
                    "Picked them up from the airport.", "Fixed the leaking tap.",
                    "Looked after the kids for an evening."));
            case INTRODUCTION -> dice.pick(List.of("Introduced them to a recruiter.",
                    "Put them in touch with an editor.", "Introduction to a good landlord.",
                    "Connected them with a mentor."));
            case ADVICE -> dice.pick(List.of("Advice on negotiating the contract.", "Read and commented on the CV.",
                    "Talked through the tax return.", "Advice on the visa application."));
            case GIFT -> dice.pick(List.of("Birthday present: a book on birdwatching.", "Flowers after the operation.",
                    "Homemade jam.", "Concert tickets."));
            case HOSPITALITY -> dice.pick(List.of("Put them up for two nights.", "Sunday lunch at ours.",
                    "Let them use the spare room while the flat was flooded."));
            case LOAN -> dice.pick(List.of("Lent 200 until payday.", "Lent the car for the weekend.",
                    "Lent the drill and the ladder."));
            case OTHER -> dice.pick(List.of("Watered the plants during the holiday.", "Wrote a reference."));
        };
    }

    static String howWeMet(Persona persona, String circleTag, String organisation, String through, Dice dice) {
        return switch (persona) {
            case KIN -> "Family.";
            case COLLEAGUE, NEW_COLLEAGUE, WORKMATE -> "We work together at " + organisation + ".";
            case ASKER -> dice.pick(List.of("A neighbour from the old street.", "Friend of a friend at a barbecue."));
            case HELPER -> dice.pick(List.of("Through " + through + ".", "My first manager at " + organisation + "."));
            case ACQUAINTANCE -> dice.pick(List.of("At a conference in Berlin.", "At a meetup about design.",
                    "On a training course."));
            case CLOSE_FRIEND, FRIEND, FADED -> switch (circleTag) {
                case "school" -> "At school.";
                case "university" -> "At university, same corridor in halls.";
                case "club" -> "At the running club.";
                case "neighbours" -> "Neighbours on Alder Road.";
                case "climbing" -> "On the climbing wall.";
                default -> "In the book club at the library.";
            };
            case CONTACT -> dice.pick(List.of("Parent at the kids' school.", "Through " + through + ".",
                    "Met at a wedding.", "Used to work together."));
        };
    }
}
