--liquibase formatted sql

--changeset billing:002-invoices
CREATE TABLE invoices (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES billing_customers (id),
    total       BIGINT NOT NULL
);
