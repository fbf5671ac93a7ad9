-- The store port's tables: sequences, requests with their append-only history, the outbox and its
-- deliveries, and a key-value space with time-to-live. Records are kept whole as jsonb; the columns
-- beside them are what queries select on.

CREATE TABLE store_sequences (
  key text PRIMARY KEY,
  last integer NOT NULL CHECK (last >= 0)
);

CREATE TABLE store_requests (
  id text PRIMARY KEY,
  position bigserial NOT NULL UNIQUE,
  requester_key text NOT NULL,
  idempotency_key text NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  record jsonb NOT NULL,
  UNIQUE (requester_key, idempotency_key)
);
-- "My requests": one requester's, in the order they were made.
CREATE INDEX store_requests_mine ON store_requests (requester_key, position);
-- "Open" (awaiting a decision): by status.
CREATE INDEX store_requests_status ON store_requests (status, position);

CREATE TABLE store_history (
  request_id text NOT NULL REFERENCES store_requests (id),
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  entry jsonb NOT NULL,
  PRIMARY KEY (request_id, seq)
);

CREATE FUNCTION store_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'store_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER store_history_no_change BEFORE UPDATE OR DELETE ON store_history
  FOR EACH ROW EXECUTE FUNCTION store_history_append_only();
CREATE TRIGGER store_history_no_truncate BEFORE TRUNCATE ON store_history
  FOR EACH STATEMENT EXECUTE FUNCTION store_history_append_only();

CREATE TABLE store_outbox (
  id text PRIMARY KEY,
  position bigserial NOT NULL UNIQUE,
  request_id text NOT NULL,
  -- 'hr', or the requester's key; the requester's platform beside it.
  audience text NOT NULL,
  audience_platform text,
  created_at timestamptz NOT NULL,
  event jsonb NOT NULL,
  -- False once every delivery it was claimed for is delivered.
  open boolean NOT NULL DEFAULT true
);
-- Due rows: the open events, oldest first.
CREATE INDEX store_outbox_open ON store_outbox (position) WHERE open;
CREATE INDEX store_outbox_closed ON store_outbox (created_at) WHERE NOT open;

CREATE TABLE store_deliveries (
  event_id text NOT NULL REFERENCES store_outbox (id) ON DELETE CASCADE,
  platform text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  delivered_at timestamptz,
  last_error text,
  claimed_by text,
  claimed_until timestamptz,
  PRIMARY KEY (event_id, platform)
);
CREATE INDEX store_deliveries_retry ON store_deliveries (next_attempt_at) WHERE delivered_at IS NULL;

CREATE TABLE store_kv (
  namespace text NOT NULL,
  key text NOT NULL,
  value jsonb NOT NULL,
  expires_at timestamptz,
  PRIMARY KEY (namespace, key)
);
CREATE INDEX store_kv_expiry ON store_kv (expires_at) WHERE expires_at IS NOT NULL;
