-- The factor beyond which a value's change against the previous period or the same period of the
-- previous year is flagged by the plausibility checks (docs/calculation.md, "Plausibility checks").
alter table region add column jump_factor numeric(7, 2) default 3 not null;
