-- V63 (quantity supervision) and V90 (三员分立) each redefined the role check with their own new role;
-- applied in version order the later one dropped SUPERVISOR again. Allow every role.
alter table accounts drop constraint ck_accounts_role;
alter table accounts add constraint ck_accounts_role
    check (role in ('ADMIN', 'OFFICE', 'LEADER', 'INSPECTOR', 'LIAISON', 'SUPERVISOR', 'SECURITY', 'AUDITOR'));
