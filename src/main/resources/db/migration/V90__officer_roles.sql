-- 三员分立 (等保 2.0): a security administrator and an audit administrator beside the system administrator
alter table accounts drop constraint ck_accounts_role;
alter table accounts add constraint ck_accounts_role
    check (role in ('ADMIN', 'OFFICE', 'LEADER', 'INSPECTOR', 'LIAISON', 'SECURITY', 'AUDITOR'));
