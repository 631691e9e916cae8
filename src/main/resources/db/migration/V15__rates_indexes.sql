-- Access paths of the rates (org.chuangcheng.rates): one unit's problems in a period (a liaison's figures,
-- a unit's row) and reviewed rectifications in a period.
create index ix_problems_unit_assigned_on on problems (responsible_unit_id, assigned_on);
create index ix_rectifications_reviewed_at on rectifications (reviewed_at) where reviewed_at is not null;
