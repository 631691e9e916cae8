-- When the last problem an inspection raised was closed or cancelled (整改完毕), kept by a listener of the
-- problem feature's events; null while one is open or when the inspection raised none.
alter table inspections add column rectified_at timestamp with time zone;
