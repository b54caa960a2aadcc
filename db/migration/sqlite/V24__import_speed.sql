-- Version 24 changes how PostgreSQL does the verdict log's work for a large import (its V24: the keys' collation,
-- the published-claim rule once per statement, the review state in one pass). SQLite already compares the keys
-- byte by byte and has no statement-level triggers, so its schema stays as it was; this file keeps the two
-- engines' version numbers in step (SchemaVersionTest).
SELECT 1;
