-- An account whose password someone else chose (the officers created from the environment at first start)
-- must choose its own before doing anything else.
alter table accounts add column password_change_required boolean not null default false;
