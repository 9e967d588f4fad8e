--liquibase formatted sql

--changeset billing:001-users
-- The host's own first changeset, at the very path and id Orderdesk's earlier releases used: only the author differs.
CREATE TABLE billing_customers (
    id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL
);
