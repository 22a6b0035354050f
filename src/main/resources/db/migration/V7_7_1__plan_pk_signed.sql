-- The day the year's Perjanjian Kinerja was signed, set by the agency's planner; from then
-- on every change of the plan needs a reason (docs/journal.md).
alter table plan add column pk_signed_on date;
