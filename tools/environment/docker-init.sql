-- First start of the docker-compose postgres volume only (docker-entrypoint-initdb.d), as superuser.
-- The same roles `npm start` creates on the embedded server; see docs/operations-environment.md.
-- Passwords are the local defaults: change them here and in docker-compose.yml for anything shared.
CREATE ROLE vangrail_owner LOGIN PASSWORD 'vangrail_owner' NOSUPERUSER CREATEROLE;
-- Row-level security only holds for a role that is neither superuser nor BYPASSRLS.
CREATE ROLE vangrail_app LOGIN PASSWORD 'vangrail_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE vangrail OWNER vangrail_owner;
GRANT CONNECT ON DATABASE vangrail TO vangrail_app;

\connect vangrail
ALTER SCHEMA public OWNER TO vangrail_owner;
GRANT USAGE ON SCHEMA public TO vangrail_app;
