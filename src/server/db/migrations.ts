/**
 * Versioned, forward-only migrations: a migration, once released, is never edited; a change is a new entry.
 * The same SQL runs on PGlite (PostgreSQL 18) and on PostgreSQL 15, so nothing newer than 15 is used.
 */
export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'submissions, idempotency, rate limits, audit log, feedback, letters',
    sql: `
CREATE TABLE submissions (
  reference text PRIMARY KEY,
  year integer NOT NULL,
  status text NOT NULL CHECK (status IN ('eingegangen', 'in-bearbeitung', 'entschieden')),
  received_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  manifest_sha256 text NOT NULL,
  bundle_bytes integer NOT NULL,
  decision jsonb
);

-- The bundle as received, byte for byte, with its SHA-256 (ADR 0013: in the database, behind BundleStore).
CREATE TABLE submission_bundles (
  reference text PRIMARY KEY REFERENCES submissions (reference),
  sha256 text NOT NULL,
  bytes bytea NOT NULL
);

-- Idempotency across processes: the primary key decides which of two racing requests owns a key.
CREATE TABLE idempotency_keys (
  key uuid PRIMARY KEY,
  fingerprint text NOT NULL,
  state text NOT NULL CHECK (state IN ('in-flight', 'answered')),
  claim_token uuid NOT NULL,
  claimed_at timestamptz NOT NULL,
  reference text REFERENCES submissions (reference),
  answer_status integer
);

CREATE TABLE reference_sequences (
  name text PRIMARY KEY,
  last_value integer NOT NULL
);

-- Fixed windows per bucket and subject (a keyed hash of the client, never its address).
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  subject text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, subject, window_start)
);

-- Who did what to which case, for the data protection officer; never names, KVNRs or health data.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_role text NOT NULL,
  actor_id text,
  action text NOT NULL,
  object_ref text,
  outcome text NOT NULL
);
CREATE INDEX audit_log_object ON audit_log (object_ref);

CREATE TABLE accessibility_feedback (
  reference text PRIMARY KEY,
  received_at timestamptz NOT NULL,
  report jsonb NOT NULL
);

-- Letters the insurer sends by post (initial passwords, decisions); the demo shows them in a mailbox.
CREATE TABLE outgoing_letters (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL,
  recipient_kind text NOT NULL,
  recipient_ref text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'bundles are stored without compression attempts',
    // A bundle is a zip of JPEGs and PDFs: already compressed. EXTERNAL keeps it out of line without running
    // pglz over every megabyte first (which costs CPU on each insert and saves nothing).
    sql: 'ALTER TABLE submission_bundles ALTER COLUMN bytes SET STORAGE EXTERNAL;',
  },
  {
    version: 3,
    name: 'one application per application id',
    // One draft is one application, whatever Idempotency-Key a client draws (issue 10): the unique index decides
    // between two keys racing with the same application, across processes, where a look-then-insert could not.
    // Rows stored before this version keep NULL, which never collides: their ids were not recorded.
    sql: `
ALTER TABLE submissions ADD COLUMN application_id text;
CREATE UNIQUE INDEX submissions_application_id ON submissions (application_id);
`,
  },
  {
    version: 4,
    name: 'advance payments and exemption statuses',
    // The advance payment (Vorauszahlung, issue 12) an application asks for, stored with the submission in its
    // transaction; the people it exempts wait in covered_people until the money arrives, when each gets a row of
    // exemption_statuses: the health card's co-payment status {status, gueltigAb, gueltigBis} with what the card
    // prints. kvnr_hmac (HMAC-SHA256 with the server secret, keyed-hash.ts) lets the provider check find a status
    // by KVNR through an index, without reading clear KVNRs.
    sql: `
CREATE TABLE advance_payments (
  reference text PRIMARY KEY REFERENCES submissions (reference),
  year integer NOT NULL,
  method text NOT NULL CHECK (method IN ('transfer', 'directDebit')),
  option text NOT NULL CHECK (option IN ('full', 'rest')),
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  payment_reference jsonb NOT NULL,
  debit_on date,
  state text NOT NULL CHECK (state IN ('erwartet', 'eingegangen', 'zurueckgebucht')),
  received_on date,
  returned_on date,
  return_reason text,
  covered_people jsonb NOT NULL,
  elsewhere_people jsonb NOT NULL,
  CHECK ((method = 'directDebit') = (debit_on IS NOT NULL)),
  CHECK ((state = 'erwartet') = (received_on IS NULL)),
  CHECK ((state = 'zurueckgebucht') = (returned_on IS NOT NULL AND return_reason IS NOT NULL))
);

CREATE TABLE exemption_statuses (
  reference text NOT NULL REFERENCES advance_payments (reference),
  member_id text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  kvnr text NOT NULL,
  kvnr_hmac text NOT NULL,
  birth_date date NOT NULL,
  status boolean NOT NULL,
  gueltig_ab date NOT NULL,
  gueltig_bis date NOT NULL,
  ended_on date,
  PRIMARY KEY (reference, member_id)
);
CREATE INDEX exemption_statuses_kvnr_hmac ON exemption_statuses (kvnr_hmac);
`,
  },
  {
    version: 5,
    name: 'caseworker accounts and sessions',
    // Caseworkers (issue 13, ADR 0020): the password as scrypt with its parameters and salt, the TOTP secret, and
    // the last TOTP time step used, so a code is accepted once only. A session row is keyed by the SHA-256 of
    // its random id (the cookie's value never reaches the database) and carries its CSRF token and both ends.
    sql: `
CREATE TABLE caseworkers (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  password_salt text NOT NULL,
  scrypt_n integer NOT NULL,
  scrypt_r integer NOT NULL,
  scrypt_p integer NOT NULL,
  totp_secret text NOT NULL,
  totp_last_step bigint,
  created_at timestamptz NOT NULL,
  disabled_at timestamptz
);

CREATE TABLE caseworker_sessions (
  id_sha256 text PRIMARY KEY,
  caseworker_id text NOT NULL REFERENCES caseworkers (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL
);
CREATE INDEX caseworker_sessions_caseworker ON caseworker_sessions (caseworker_id);
`,
  },
  {
    version: 6,
    name: 'audit log is append-only',
    // Deliverable 2 of issue 13: no UPDATE, DELETE or TRUNCATE of audit_log, refused by the database itself, on
    // PGlite (one role, the owner) as on PostgreSQL. Triggers rather than REVOKE: the server connects as the
    // table's owner, whose privileges a REVOKE does not bind. Dropping the triggers takes the owner's DDL, which
    // a deployment keeps from the application's role (docs/adr/0020-caseworker-login.md).
    sql: `
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
`,
  },
  {
    version: 7,
    name: 'queue facts and assignment of submissions',
    // The caseworker's queue (issue 13, deliverable 3) filters and sorts 10,000 submissions without opening a
    // bundle: what it shows is stored with each submission at receipt, from the verify worker's verdict
    // (src/documents/bundle/queue-facts.ts) — household size, the claimed amount, and flags without health data.
    // Rows stored before this version were never read for these facts; they get household size 1, claimed 0 and
    // no flags (a caseworker sees them when opening the case), not a guess from their bundles. assigned_to is the
    // caseworker who opened the case first (an UPDATE … WHERE assigned_to IS NULL decides between two).
    // Indexes: every sort key with the reference as its tiebreak (the order the queue asks for, read in either
    // direction), the filters (year, status, assignee; flags by GIN for `flags @> ARRAY[…]`); application_id has
    // its unique index from version 3, reference its primary key.
    sql: `
ALTER TABLE submissions ADD COLUMN household_size integer NOT NULL DEFAULT 1 CHECK (household_size >= 1);
ALTER TABLE submissions ADD COLUMN claimed_cents bigint NOT NULL DEFAULT 0 CHECK (claimed_cents >= 0);
ALTER TABLE submissions ADD COLUMN flags text[] NOT NULL DEFAULT '{}';
ALTER TABLE submissions ADD COLUMN assigned_to text REFERENCES caseworkers (id);
ALTER TABLE submissions ADD COLUMN assigned_at timestamptz;
ALTER TABLE submissions ADD CONSTRAINT submissions_assigned_together
  CHECK ((assigned_to IS NULL) = (assigned_at IS NULL));
CREATE INDEX submissions_received_at ON submissions (received_at, reference);
CREATE INDEX submissions_year ON submissions (year, reference);
CREATE INDEX submissions_status ON submissions (status, received_at, reference);
CREATE INDEX submissions_claimed ON submissions (claimed_cents, reference);
CREATE INDEX submissions_household_size ON submissions (household_size, reference);
CREATE INDEX submissions_assigned_to ON submissions (assigned_to);
CREATE INDEX submissions_flags ON submissions USING gin (flags);
`,
  },
  {
    version: 8,
    name: 'case review: marks, decisions, document requests, uploads, letters',
    // The caseworker's work on a case (issue 13, deliverables 5 to 7). Every table hangs off submissions with ON
    // DELETE CASCADE, so the retention command deletes a case with one statement per case and leaves nothing behind
    // (docs/rules/retention.md). A decision awaiting its second approval (four eyes) is a row in state
    // 'awaitingSecond'; the database itself refuses a second approval by the proposer. Exemption statuses now come
    // from decisions as well as from advance payments, so they hang off the submission, not the payment.
    // Letters keep the PDF as printed and as shown to the applicant, byte for byte, with its SHA-256.
    sql: `
-- What an entry is about inside its case: a receipt's or file's id, a decision's kind; never personal data.
ALTER TABLE audit_log ADD COLUMN detail text;

ALTER TABLE exemption_statuses DROP CONSTRAINT exemption_statuses_reference_fkey;
ALTER TABLE exemption_statuses ADD CONSTRAINT exemption_statuses_reference_fkey
  FOREIGN KEY (reference) REFERENCES submissions (reference) ON DELETE CASCADE;

CREATE TABLE case_marks (
  reference text NOT NULL REFERENCES submissions (reference) ON DELETE CASCADE,
  item_kind text NOT NULL CHECK (item_kind IN ('receipt', 'income')),
  item_id text NOT NULL,
  mark text NOT NULL,
  reason text NOT NULL,
  caseworker_id text NOT NULL REFERENCES caseworkers (id),
  at timestamptz NOT NULL,
  PRIMARY KEY (reference, item_kind, item_id)
);

CREATE TABLE case_decisions (
  reference text PRIMARY KEY REFERENCES submissions (reference) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('approve', 'confirmAdvance', 'reject')),
  state text NOT NULL CHECK (state IN ('awaitingSecond', 'final')),
  exempt_from date,
  exempt_until date,
  refund_cents bigint NOT NULL CHECK (refund_cents >= 0),
  reason text,
  details jsonb NOT NULL,
  proposed_by text NOT NULL REFERENCES caseworkers (id),
  proposed_at timestamptz NOT NULL,
  second_by text REFERENCES caseworkers (id),
  second_at timestamptz,
  CHECK (second_by IS NULL OR second_by <> proposed_by),
  CHECK ((second_by IS NULL) = (second_at IS NULL))
);

CREATE TABLE document_requests (
  id bigserial PRIMARY KEY,
  reference text NOT NULL REFERENCES submissions (reference) ON DELETE CASCADE,
  documents jsonb NOT NULL,
  due_on date NOT NULL,
  requested_by text NOT NULL REFERENCES caseworkers (id),
  requested_at timestamptz NOT NULL
);
CREATE INDEX document_requests_reference ON document_requests (reference);

CREATE TABLE case_uploads (
  id bigserial PRIMARY KEY,
  reference text NOT NULL REFERENCES submissions (reference) ON DELETE CASCADE,
  name text NOT NULL,
  media_type text NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  received_at timestamptz NOT NULL
);
ALTER TABLE case_uploads ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE INDEX case_uploads_reference ON case_uploads (reference);

CREATE TABLE case_letters (
  id bigserial PRIMARY KEY,
  reference text NOT NULL REFERENCES submissions (reference) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('bescheid', 'unterlagen-angefordert')),
  created_at timestamptz NOT NULL,
  sha256 text NOT NULL,
  pdf bytea NOT NULL,
  -- The print service sets it when the letter went to the post; until then the letter is in the print queue.
  printed_at timestamptz
);
CREATE INDEX case_letters_reference ON case_letters (reference);

ALTER TABLE submission_bundles DROP CONSTRAINT submission_bundles_reference_fkey;
ALTER TABLE submission_bundles ADD CONSTRAINT submission_bundles_reference_fkey
  FOREIGN KEY (reference) REFERENCES submissions (reference) ON DELETE CASCADE;
ALTER TABLE advance_payments DROP CONSTRAINT advance_payments_reference_fkey;
ALTER TABLE advance_payments ADD CONSTRAINT advance_payments_reference_fkey
  FOREIGN KEY (reference) REFERENCES submissions (reference) ON DELETE CASCADE;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_reference_fkey;
ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_reference_fkey
  FOREIGN KEY (reference) REFERENCES submissions (reference) ON DELETE CASCADE;
`,
  },
  {
    version: 9,
    name: 'applications in progress, invitations of family members, member sessions',
    // Issue 14: the applicant's application-to-be (before it is sent), the invitations it makes and the sessions
    // of the members who opened one. No secret is stored in clear: the application secret and member session ids
    // as SHA-256 (256 random bits each, so a plain hash cannot be reversed), the invitation's token and short code
    // as HMACs with the server secret (the 40-bit code could be brute-forced from a plain hash). The member's birth
    // date is what the applicant typed about them: the member confirms it with the code.
    sql: `
CREATE TABLE applications_in_progress (
  id uuid PRIMARY KEY,
  secret_sha256 text NOT NULL,
  year integer NOT NULL,
  applicant_given_name text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications_in_progress (id) ON DELETE CASCADE,
  token_hmac text NOT NULL UNIQUE,
  code_hmac text NOT NULL,
  member_id text NOT NULL,
  relation text NOT NULL CHECK (relation IN ('spouse', 'child', 'other')),
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  opened_at timestamptz,
  handed_in_at timestamptz,
  withdrawn_at timestamptz,
  locked_at timestamptz,
  failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0)
);
CREATE INDEX invitations_application ON invitations (application_id, created_at);

CREATE TABLE member_sessions (
  id_sha256 text PRIMARY KEY,
  invitation_id uuid NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL
);
CREATE INDEX member_sessions_invitation ON member_sessions (invitation_id);
`,
  },
  {
    version: 10,
    name: "members' parts, change requests, applications sent",
    // Issue 14, the member's part: the member's own bag as received, byte for byte, with its SHA-256 and the
    // summary the applicant may read of it (memberPartSummarySchema: income sum, reduced rate, co-payments' dates
    // and amounts). One part per invitation: handing in again replaces it. A change request of the applicant, or
    // the member's withdrawal, deletes the part (the server keeps a member's health-related bag only while it is
    // handed in; the member's draft stays on their device) and returns the invitation to 'opened';
    // change_requested_at tells the member why. sent_at marks an application in progress as sent: from then on
    // the parts it cites are final (409); the sending slice sets it.
    sql: `
CREATE TABLE member_parts (
  invitation_id uuid PRIMARY KEY REFERENCES invitations (id) ON DELETE CASCADE,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  summary jsonb NOT NULL,
  handed_in_at timestamptz NOT NULL
);
-- Compressed already (zip): stored out of line without another compression pass, like case_uploads.
ALTER TABLE member_parts ALTER COLUMN bytes SET STORAGE EXTERNAL;

ALTER TABLE invitations ADD COLUMN change_requested_at timestamptz;
ALTER TABLE applications_in_progress ADD COLUMN sent_at timestamptz;
`,
  },
  {
    version: 11,
    name: "members' parts kept with the submission that cites them",
    // Issue 14, the sending: the parts an application cites (application.json memberParts, by invitation and
    // SHA-256) are copied byte for byte into the case when it is stored. Copied, not referenced: member_parts hangs
    // off invitations, which the invitation tables' retention deletes long before a case's deletion date
    // (docs/rules/retention.md); the case needs the member's bag as its proof until the case itself is deleted,
    // and goes with it (ON DELETE CASCADE, like every other table of a case). No foreign key to invitations for the
    // same reason; member_id is the application's members[].id, so the caseworker can say whose part it is.
    sql: `
CREATE TABLE submission_member_parts (
  reference text NOT NULL REFERENCES submissions (reference) ON DELETE CASCADE,
  invitation_id uuid NOT NULL,
  member_id text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  PRIMARY KEY (reference, invitation_id)
);
-- Compressed already (zip): stored out of line without another compression pass, like member_parts.
ALTER TABLE submission_member_parts ALTER COLUMN bytes SET STORAGE EXTERNAL;
`,
  },
  {
    version: 12,
    name: 'provider status check: register, accounts, letters, sessions, API keys, query log, objections',
    // Issue 15 (ADR 0026). provider_register is the insurer's copy of the IK register: the address a letter goes
    // to; nobody can register an address of their own. An account exists once a letter was asked for; its personal
    // password is scrypt like a caseworker's (NULL until the Prüfnummer was used). A letter's initial password and
    // Prüfnummer are 80+ random bits each, so an HMAC with the server secret suffices (a plain hash of a short code
    // could be brute-forced, the HMAC cannot without the secret); outgoing_letters holds the text for the print
    // service until printed. Sessions and API keys store only the SHA-256 of their 256-bit secrets.
    // status_queries is the log the checklist asks for (§ 1i): IK, time, HMAC-SHA256 of the KVNR (kvnr.ts's
    // labelled HMAC, the one exemption_statuses is indexed by), consent form, date asked and result — never the KVNR.
    // An objection is kept after its withdrawal (withdrawn_at), so the record shows when it held.
    // provider_check_settings is the one row of limits an operator changes in the database (admin command).
    sql: `
CREATE TABLE provider_register (
  ik text PRIMARY KEY CHECK (ik ~ '^[0-9]{9}$'),
  name text NOT NULL,
  address_lines jsonb NOT NULL
);

CREATE TABLE provider_accounts (
  ik text PRIMARY KEY REFERENCES provider_register (ik),
  password_hash text,
  password_salt text,
  scrypt_n integer,
  scrypt_r integer,
  scrypt_p integer,
  created_at timestamptz NOT NULL,
  activated_at timestamptz,
  last_login_at timestamptz,
  -- NULL: the default of provider_check_settings.
  daily_quota integer CHECK (daily_quota > 0),
  CHECK ((password_hash IS NULL) = (activated_at IS NULL))
);

CREATE TABLE provider_letters (
  id bigserial PRIMARY KEY,
  ik text NOT NULL REFERENCES provider_accounts (ik) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('registration', 'newLetter')),
  initial_password_hmac text NOT NULL,
  pruefnummer_hmac text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  outgoing_letter_id bigint REFERENCES outgoing_letters (id)
);
CREATE INDEX provider_letters_ik ON provider_letters (ik, created_at);
ALTER TABLE outgoing_letters ADD COLUMN printed_at timestamptz;

CREATE TABLE provider_sessions (
  id_sha256 text PRIMARY KEY,
  ik text NOT NULL REFERENCES provider_accounts (ik) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('activation', 'active')),
  letter_id bigint REFERENCES provider_letters (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  CHECK ((stage = 'activation') = (letter_id IS NOT NULL))
);
CREATE INDEX provider_sessions_ik ON provider_sessions (ik);

CREATE TABLE provider_api_keys (
  id uuid PRIMARY KEY,
  ik text NOT NULL REFERENCES provider_accounts (ik) ON DELETE CASCADE,
  label text NOT NULL,
  secret_sha256 text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX provider_api_keys_ik ON provider_api_keys (ik);

CREATE TABLE provider_check_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  daily_quota integer NOT NULL DEFAULT 100 CHECK (daily_quota > 0),
  burst_limit integer NOT NULL DEFAULT 30 CHECK (burst_limit > 0),
  burst_window_seconds integer NOT NULL DEFAULT 60 CHECK (burst_window_seconds > 0),
  dormant_after_days integer NOT NULL DEFAULT 180 CHECK (dormant_after_days > 0),
  letter_valid_days integer NOT NULL DEFAULT 30 CHECK (letter_valid_days > 0)
);
INSERT INTO provider_check_settings DEFAULT VALUES;

CREATE TABLE status_queries (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  ik text NOT NULL REFERENCES provider_register (ik),
  kvnr_hmac text NOT NULL CHECK (kvnr_hmac ~ '^[0-9a-f]{64}$'),
  consent text NOT NULL CHECK (consent IN ('writtenOnFile', 'givenOrally', 'cardPresented', 'byRepresentative')),
  service_date date NOT NULL,
  result text NOT NULL CHECK (result IN ('befreit', 'nicht-befreit', 'blocked')),
  via text NOT NULL CHECK (via IN ('portal', 'apiKey'))
);
CREATE INDEX status_queries_ik_at ON status_queries (ik, at);
CREATE INDEX status_queries_kvnr_at ON status_queries (kvnr_hmac, at);

CREATE TABLE status_objections (
  id bigserial PRIMARY KEY,
  kvnr_hmac text NOT NULL CHECK (kvnr_hmac ~ '^[0-9a-f]{64}$'),
  ik text NOT NULL REFERENCES provider_register (ik),
  since timestamptz NOT NULL,
  withdrawn_at timestamptz
);
CREATE UNIQUE INDEX status_objections_open ON status_objections (kvnr_hmac, ik) WHERE withdrawn_at IS NULL;
`,
  },
  {
    version: 13,
    name: 'proof-of-work challenges accepted once',
    // Issue 15: a solved ALTCHA challenge for a letter request is accepted once. The challenge is signed and
    // carries its own expiry, so only the used ones need remembering, and only until they expire; the primary key
    // decides between two processes handed the same solution at once. The nonce is random and names nobody.
    sql: `
CREATE TABLE used_challenges (
  nonce text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX used_challenges_expires_at ON used_challenges (expires_at);
`,
  },
  {
    version: 14,
    name: 'exemption statuses decided outside the app, and one view the status check reads',
    // Issue 15: the provider check must find every exemption the insurer knows, also those decided outside this app
    // (a paper application decided in the insurer's core system). They are imported into a table of their own: no
    // submission stands behind them, so they cannot hang off submissions like exemption_statuses, and they keep
    // only what the check needs — the KVNR as its HMAC, never in clear. The demo start seeds its people here, so a
    // demo database holds no invented case in the caseworker's queue. checkable_exemption_statuses is the one
    // place the status check and the insured person's view read; the card number is the case's reference for
    // statuses of this app, the imported card's number otherwise. PostgreSQL pushes the WHERE of a query into both
    // halves of the UNION ALL, so each side's kvnr_hmac index serves it.
    sql: `
CREATE TABLE imported_exemption_statuses (
  card_number text NOT NULL CHECK (card_number ~ '^ZB-[0-9]{4}-[0-9]{6}$'),
  member_id text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  kvnr_hmac text NOT NULL CHECK (kvnr_hmac ~ '^[0-9a-f]{64}$'),
  birth_date date NOT NULL,
  status boolean NOT NULL,
  gueltig_ab date NOT NULL,
  gueltig_bis date NOT NULL,
  ended_on date,
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (card_number, member_id)
);
CREATE INDEX imported_exemption_statuses_kvnr_hmac ON imported_exemption_statuses (kvnr_hmac);

CREATE VIEW checkable_exemption_statuses AS
  SELECT reference AS card_number, member_id, given_name, family_name, kvnr_hmac, birth_date, status, gueltig_ab,
         gueltig_bis, ended_on
  FROM exemption_statuses
  UNION ALL
  SELECT card_number, member_id, given_name, family_name, kvnr_hmac, birth_date, status, gueltig_ab, gueltig_bis,
         ended_on
  FROM imported_exemption_statuses;
`,
  },
];
