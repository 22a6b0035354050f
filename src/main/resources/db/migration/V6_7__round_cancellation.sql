-- A round that can no longer go on is cancelled by the head with a reason: it is kept
-- (with its journal) and frees its period, so that a new round of the same period can be
-- ordered. One round per agency and period is now a key of the database: period_held is
-- the period while the round holds it and null once cancelled; NULLs are distinct in a
-- unique constraint on both H2 and PostgreSQL, so any number of cancelled rounds may share
-- a period with the one round that holds it.

alter table measurement_round add column cancelled_at timestamp with time zone;
alter table measurement_round add column cancelled_by varchar(60);
alter table measurement_round add column cancel_reason varchar(2000);
alter table measurement_round add column period_held varchar(4);

update measurement_round set period_held = period;

alter table measurement_round add constraint uq_round_period unique (agency_id, round_year, period_held);
