package app.kith.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one second each time it is read, so that entries logged in turn have distinct times. */
final class StepClock extends Clock {

    private Instant now;

    StepClock(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the tests keep UTC");
    }

    /** Moves the clock on, as if the time had passed. */
    synchronized void advance(java.time.Duration time) {
        now = now.plus(time);
    }

    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plusSeconds(1);
        return current;
    }
}
