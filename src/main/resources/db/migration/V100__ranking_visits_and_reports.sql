-- Two more ranking components (issue #8): visit compliance (走访率) of the unit's paired checkpoints and the
-- handling of the citizen reports dispatched to the unit. Weight 0 by default, so rankings stay as they were
-- until an administrator weights them; editions closed before keep 0 and no figures for them.
alter table ranking_settings
    add column weight_visits  numeric(5, 2) not null default 0,
    add column weight_reports numeric(5, 2) not null default 0;
alter table ranking_settings drop constraint ck_ranking_settings_weights;
alter table ranking_settings add constraint ck_ranking_settings_weights check (weight_rectification >= 0
    and weight_on_time >= 0 and weight_compliance >= 0 and weight_tasks >= 0 and weight_visits >= 0
    and weight_reports >= 0
    and weight_rectification + weight_on_time + weight_compliance + weight_tasks + weight_visits + weight_reports > 0);

alter table ranking_editions
    add column weight_visits  numeric(5, 2) not null default 0,
    add column weight_reports numeric(5, 2) not null default 0;

alter table ranking_entries
    add column visits_visited     bigint not null default 0,
    add column visits_total       bigint not null default 0,
    add column reports_resolved   bigint not null default 0,
    add column reports_dispatched bigint not null default 0;
