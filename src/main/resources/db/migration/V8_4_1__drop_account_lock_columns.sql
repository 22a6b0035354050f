-- Accounts are no longer locked by failed sign-ins; sign-ins are throttled by account and
-- address instead (docs/security.md, "Sign-in"). Nothing reads or writes these columns.
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;
