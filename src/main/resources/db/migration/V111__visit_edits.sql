-- A visit can be corrected by its author (or the office) within its month: who changed it last and when are
-- shown on the visit's page (the audit log keeps every change).
alter table visits add column edited_at timestamptz;
alter table visits add column edited_by bigint references accounts (id);
