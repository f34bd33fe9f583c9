package app.kith.exchange.contacts;

import app.kith.domain.Person;

/**
 * One person read from a contacts file, with where they were found.
 *
 * @param line the line the record starts on (1 is the first)
 * @param person a new person (a fresh id) with what the record holds
 */
public record ContactRecord(int line, Person person) {
}
