-- A later migration used only by DatabaseTest, to see that a backup is taken before migrating.
CREATE TABLE test_marker (id INTEGER NOT NULL);
