#!/bin/sh
# First start of the docker-compose postgres volume only (docker-entrypoint-initdb.d), as superuser:
# the same two roles `npm start` creates on the embedded server, with the passwords from the
# environment (OWNER_DB_PASSWORD, APP_DB_PASSWORD). Row-level security only holds for a role that is
# neither superuser nor BYPASSRLS, so the application role is neither.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres \
  -v owner_password="$OWNER_DB_PASSWORD" -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE vangrail_owner LOGIN PASSWORD :'owner_password' NOSUPERUSER CREATEROLE;
CREATE ROLE vangrail_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE vangrail OWNER vangrail_owner;
GRANT CONNECT ON DATABASE vangrail TO vangrail_app;
\connect vangrail
ALTER SCHEMA public OWNER TO vangrail_owner;
GRANT USAGE ON SCHEMA public TO vangrail_app;
SQL
