package app.kith.exchange.ics;

/** What a calendar export wrote: yearly events for birthdays and dates, one-off events for follow-ups. */
public record CalendarCounts(int birthdays, int dates, int followUps) {

    public int events() {
        return birthdays + dates + followUps;
    }
}
