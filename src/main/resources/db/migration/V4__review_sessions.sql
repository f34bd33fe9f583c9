-- A review session is written decision by decision, and "back" may change an earlier decision of the
-- same session: changing a cadence decision puts back the cadence the person had before it, so each
-- decision remembers that cadence (null: none of their own, or not known for a review recorded whole).
ALTER TABLE review_decision ADD COLUMN previous_cadence_days INTEGER;
-- The command line (kith snooze, kith cadence) adds each day's decisions to one review of that day
-- rather than one review per command: it finds that review by this mark. Imported reviews carry none.
ALTER TABLE review ADD COLUMN from_command_line BOOLEAN DEFAULT FALSE NOT NULL;
