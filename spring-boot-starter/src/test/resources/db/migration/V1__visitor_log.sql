-- the test application's own table, migrated by Boot's Flyway (history table flyway_schema_history)
CREATE TABLE visitor_log (
  visitor VARCHAR(100) NOT NULL
);
