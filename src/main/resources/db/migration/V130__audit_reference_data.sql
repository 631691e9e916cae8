-- 安全审计 of the evaluation system's reference data: standards (达标标准), indicators (测评体系) and checkpoint
-- categories. The application never edits them; they change by migration or by hand-written SQL, so the
-- database records every change itself, whoever sends it: who (the database account, or the application user
-- a session names in chuangcheng.username), from where (the database client's address), before → after.
create function audit_reference_change() returns trigger language plpgsql as $$
declare
    o jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    n jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    detail text;
begin
    if tg_op = 'UPDATE' then
        select string_agg(k || ' ' || coalesce(o ->> k, '—') || ' → ' || coalesce(n ->> k, '—'), '; ' order by k)
          into detail
          from jsonb_object_keys(n) k
         where (o -> k) is distinct from (n -> k);
        if detail is null then
            return null; -- nothing changed
        end if;
    else
        select string_agg(k || ' ' || v, '; ' order by k) into detail
          from jsonb_each_text(coalesce(n, o)) as e(k, v)
         where v is not null;
    end if;
    insert into audit_log (username, client_address, action, target, detail, outcome)
    values (left(coalesce(nullif(current_setting('chuangcheng.username', true), ''), 'db:' || session_user), 100),
            left(host(inet_client_addr()), 64),
            tg_argv[0] || case tg_op when 'INSERT' then '_CREATED' when 'UPDATE' then '_CHANGED' else '_DELETED' end,
            left(lower(tg_argv[0]) || ' ' || coalesce(n ->> 'code', o ->> 'code'), 300),
            left(detail, 2000), 'SUCCESS');
    return null;
end
$$;

create trigger standards_audit after insert or update or delete on standards
    for each row execute function audit_reference_change('STANDARD');
create trigger indicators_audit after insert or update or delete on indicators
    for each row execute function audit_reference_change('INDICATOR');
create trigger checkpoint_categories_audit after insert or update or delete on checkpoint_categories
    for each row execute function audit_reference_change('CATEGORY');
