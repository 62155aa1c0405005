-- API tokens of administrators, for automation such as the import API (issue 18). Only a hash of each token is kept:
-- the token itself is shown once, when it is made. A revoked token stays listed, unusable.
create table api_token (
    id           bigserial    primary key,
    username     varchar(100) not null references app_user (username),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_username_idx on api_token (username, created_at desc);
