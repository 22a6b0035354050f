-- Uploaded files (evidence) kept in the shared database so that every node can serve them.
-- bytea is PostgreSQL's binary type and an alias of H2's BINARY VARYING (up to 1 GB).
-- The key column is file_key: KEY is a reserved word in H2.

create table stored_file (
    file_key      varchar(36)  not null primary key,
    file_name     varchar(120) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    created_at    timestamp with time zone not null
);
