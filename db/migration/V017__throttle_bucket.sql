-- Throttles (sign-in, password checks, the public forms) counted in PostgreSQL, so that every
-- instance counts together: one Bucket4j token bucket per hashed key, forgotten once it expires
-- (expires_at in milliseconds since 1970, by the application's clock).
create table throttle_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);

create index throttle_bucket_expiry on throttle_bucket (expires_at);
