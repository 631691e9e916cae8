-- Editions closed before V100 did not count visit compliance and citizen-report handling: their entries hold
-- 0/0 for them, which read as 样本不足 although nothing was measured. Mark the components an edition did not
-- count (a comma-separated list of component names), so that the ranking, the xlsx and the PDF show "not counted
-- when the month was closed" instead. Editions closed from V100 on counted every component.
alter table ranking_editions add column uncounted varchar(100) not null default '';

update ranking_editions set uncounted = 'VISITS,REPORTS'
 where closed_at < (select min(installed_on) from flyway_schema_history where version = '100' and success);
