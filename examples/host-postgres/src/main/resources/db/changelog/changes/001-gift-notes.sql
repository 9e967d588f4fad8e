--liquibase formatted sql

--changeset host-team:001-gift-notes
-- The host's own table, beside Orderdesk's: a note to print on a gift order, written in the order's transaction.
CREATE TABLE gift_notes (
    order_id BIGINT PRIMARY KEY REFERENCES orderdesk.orders (id),
    note     TEXT   NOT NULL CHECK (char_length(note) BETWEEN 1 AND 200)
);
--rollback DROP TABLE gift_notes;
