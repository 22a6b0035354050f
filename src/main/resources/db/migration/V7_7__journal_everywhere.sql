-- The journal covers every change, not only round actions (docs/journal.md): a line belongs
-- to a region and, when the change is an agency's, to that agency; its kind says what was
-- changed (ROUND, PLAN, SOP, ORGANIZATION, ACCESS).
-- Only columns are added and a constraint relaxed: no existing line is updated, so the
-- PostgreSQL append-only trigger (V5_1_1) stays in force throughout. Lines written before
-- this migration have no region id; queries find their region through their agency.

alter table audit_entry add column region_id bigint references region (id);
alter table audit_entry add column kind varchar(20) default 'ROUND' not null;
alter table audit_entry alter column agency_id drop not null;
alter table audit_entry add constraint ck_audit_entry_owner check (agency_id is not null or region_id is not null);

create index ix_audit_entry_region on audit_entry (region_id, id);
