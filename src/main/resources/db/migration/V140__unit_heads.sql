-- A unit's head (单位负责人), set by the office: the escalation ladder's second rung and the daily digest's
-- reader when something is overdue. Until now "the head" was any enabled leader attached to the unit: where that
-- was one account, it stays the head; where it was several or none, the office chooses.
alter table units add column head_account_id bigint references accounts (id);

update units u set head_account_id = l.id
from (select unit_id, min(id) as id from accounts where role = 'LEADER' and enabled and unit_id is not null
      group by unit_id having count(*) = 1) l
where l.unit_id = u.id;
