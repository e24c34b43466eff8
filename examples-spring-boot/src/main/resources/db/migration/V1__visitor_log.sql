-- the application's own table, migrated by Spring Boot's Flyway; the library's tables come after, with their own history
CREATE TABLE visitor_log (
  visitor VARCHAR(100) NOT NULL,
  complaint_id VARCHAR(100)
);
