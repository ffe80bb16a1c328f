-- Real accounts (issue 8, point 4; issue 9's second factor): disabling that cannot drift, temporary passwords set by
-- staff, and sign-up codes throttled per client address as well as per phone. Forward-only.

-- `disabled` (0001, read by the session lookup) and `disabled_at` (0300) say the same thing: keep them from drifting.
UPDATE users SET disabled_at = now() WHERE disabled AND disabled_at IS NULL;
UPDATE users SET disabled = true WHERE disabled_at IS NOT NULL AND NOT disabled;
ALTER TABLE users ADD CONSTRAINT users_disabled_at CHECK (disabled = (disabled_at IS NOT NULL));
ALTER TABLE users ADD CONSTRAINT users_disabled_by CHECK (disabled_by IS NULL OR disabled_at IS NOT NULL);

-- A password an administrator or director set in a reset is temporary: it works until this moment, and a session
-- opened with it may do nothing but choose a new password (NIST SP 800-63B §6.1.2.3: a password set by someone else
-- is changed at first use). NULL: the holder chose the password.
ALTER TABLE users ADD COLUMN password_temporary_until timestamptz;
COMMENT ON COLUMN users.password_temporary_until IS 'Set when staff reset the password: the temporary password works until then and must be changed at the next login.';

-- Who asked for a one-time code (the client address), so one network cannot send codes to every number in turn.
ALTER TABLE one_time_codes ADD COLUMN requested_from text;
CREATE INDEX one_time_codes_requested_from ON one_time_codes (requested_from, created_at DESC);
COMMENT ON TABLE one_time_codes IS 'Sign-up and password-reset codes sent by SMS: only a salted SHA-256 is kept, a code lives 10 minutes and is tried at most 5 times; a newer code supersedes older ones.';

-- The in-app inbox: a user's notices, newest first, and the unread count.
CREATE INDEX notifications_outbox_inbox ON notifications_outbox (user_id, created_at DESC, id DESC) WHERE channel = 'in_app';
