-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the audit journal
-- refuses every UPDATE, DELETE and TRUNCATE, whoever sends it.

create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_no_change
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
