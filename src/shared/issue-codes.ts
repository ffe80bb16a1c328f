/**
 * The machine codes of field issues: what a UI translates (web/src/i18n: `issues.<code>`, with the issue's params
 * interpolated). A code is stable once shipped; its English description here is for the OpenAPI document and the
 * server's own message. Parameters are listed after the description where a code has them.
 *
 * Codes come from three places: the request schemas (zod issues mapped in src/api/validation.ts; a schema may also
 * name a code as its message, e.g. `.regex(TIME, 'time_hhmm')`), the domain rules (src/care and the repositories),
 * and the database's own constraints (mapped in src/db/pool.ts).
 */
export const ISSUE_CODES = {
  // schema shape
  required: 'a value is required',
  invalid_type: 'the value has the wrong type (expected)',
  invalid_choice: 'the value is not one of the allowed options (options)',
  invalid_format: 'the value is not in the expected format (format)',
  unknown_field: 'the field is not part of this request',
  too_short: 'the text is too short (minimum)',
  too_long: 'the text is too long (maximum)',
  too_small: 'the number is too small (minimum)',
  too_big: 'the number is too large (maximum)',
  too_few: 'the list has too few entries (minimum)',
  too_many: 'the list has too many entries (maximum)',
  not_integer: 'the number must be a whole number',
  not_multiple_of: 'the number must be a multiple of (divisor)',
  invalid_date: 'the date must be a real calendar date, YYYY-MM-DD',
  time_hhmm: 'the time must be HH:MM (24-hour)',
  invalid_phone: 'the phone number must be digits, e.g. 0355-1234567 or 13800000000',
  invalid_mobile: 'the mobile number must be 11 digits starting with 1',
  invalid_uuid: 'the id must be a UUID',
  malformed_json: 'the body is not valid JSON',
  // text the database or a spreadsheet cannot hold
  control_character: 'the text contains a control character (index)',
  lone_surrogate: 'the text contains a broken character (a lone UTF-16 surrogate) (index)',
  // registry rules
  over_cap: 'the class capacity exceeds the policy cap for its band (cap, band, policy)',
  family_point_over_cap: 'a family point takes at most this many children in all (cap, total)',
  filing_number_required: 'a filed facility needs its filing number',
  duplicate_mode: 'this service mode is listed twice (mode)',
  duplicate_class_name: 'this class name is used twice (name)',
  close_before_open: 'closing time must be after opening time',
  below_enrolled: 'the capacity is below the children enrolled (capacity, enrolled)',
  class_has_children: 'the class still has children enrolled (enrolled)',
  unknown_division: 'no such division (id)',
  not_a_county: 'the division must be a county-level division (区/县) (id, level)',
  unknown_supervisor: 'no such supervising centre (id)',
  wrong_supervisor_tier: 'the supervising centre has the wrong tier (expected, actual)',
  supervisor_other_division: "the supervising county centre must be in the facility's own division (division)",
  no_supervisor_allowed: 'the municipal centre has no supervising centre',
  unknown_institution: 'no such medical institution (id)',
  not_your_class: 'the class does not belong to this facility (id)',
  stale_version: 'the record was changed by someone else; reload (current, yours)',
  archived: 'the record is archived',
  set_by_bureau: 'this field is set by the health bureau, not by the facility',
  outside_your_division: 'you may not write records in this division (division)',
  // ── planning (issues 8, 9) ──
  unknown_site: 'the site is neither a candidate nor an existing facility of this plan (id)',
  not_open: 'the site is not open in the base of the what-if (id)',
  already_open: 'the site is already open (id)',
  unknown_candidate: 'no such candidate site in your scope (id)',
  no_demand: 'there are no children 0–3 in compounds in this scope to plan for',
  no_candidates: 'there are no candidate sites in this scope (upload some as GeoJSON points)',
  more_than_candidates: 'more new sites asked for than there are candidate sites (p, candidates)',
  infeasible: 'no plan can meet this target, or this p, with these sites',
  // the database's own constraints
  duplicate: 'the value is already used',
  unknown_reference: 'the referenced record does not exist',
  rule_violated: 'the value breaks a rule of the record (rule)',
  overlaps: 'the period overlaps an existing one',
  // files: imports name the row and the flat column
  unknown_column: 'the header names a column the registry does not have (column)',
  duplicate_column: 'the same column appears twice in the header',
  missing_column: 'a required column is missing from the header',
  unheaded_value: 'a value stands in a column without a header (column)',
  spreadsheet_error: 'the cell holds a spreadsheet error (#REF!, #N/A …) instead of a value',
  nul_character: 'the text contains a NUL character (index)',
  noncharacter: 'the text contains a character a spreadsheet cannot hold (U+FFFE/U+FFFF) (index)',
  not_a_number: 'the cell is not a number',
  thousands_separator: 'write numbers without thousands separators',
  out_of_range: 'the value is outside the allowed range (minimum, maximum)',
  unknown_value: 'no such option (options)',
  bad_format: 'the cell is not written the way the column takes it',
  not_whole: 'the number must be a whole number',
  not_uuid: 'the id must be a UUID',
  incomplete_hours: 'opening hours need days, open and close together',
  duplicate_id: 'the id is used by another row too (row)',
  rule: 'the row breaks a childcare rule (class caps, filing number …)',
  not_a_feature: 'each element of features must be a GeoJSON Feature',
  geometry: 'each facility is a Point with [lng, lat] coordinates',
  unknown_property: 'the feature has a property the registry does not have',
  property_from_geometry: 'lng and lat come from the geometry, not from properties',
  duplicate_property: 'the property is given twice (in two languages)',
  property_type: 'a property must be a string or a number (flat columns, as in the CSV)',
  file_empty: 'the file is empty',
  file_too_large: 'the file is too large (maximum)',
  too_many_rows: 'the file has too many rows (maximum)',
  unsupported_format: 'the file format is not supported (format)',
  bad_file: 'the file cannot be read (reason)',
  // accounts and sign-in
  wrong_credentials: 'wrong username or password',
  rate_limited: 'too many attempts; try again later (retryAfterSeconds)',
  totp_required: 'a one-time code from the authenticator app is required',
  wrong_code: 'the code is wrong or has expired',
  weak_password: 'the password is too weak (minimum)',
  role_binding: 'this role must be bound to a facility, division or institution (role, needs)',
  phone_taken: 'an account with this mobile number already exists',
  username_taken: 'this username is already used',
  csrf: 'the request lacks the CSRF token of the session',
  // ── accounts (issue 8.4, issue 9) ──
  invalid_username: 'the username must be 3–64 characters: a–z, 0–9, and _ . @ -',
  unknown_facility: 'no such facility (id)',
  binding_not_allowed: 'this role is not bound to this kind of place (role)',
  own_account: 'you cannot do this to your own account (use your account settings)',
  wrong_password: 'the current password is wrong',
  same_password: 'the new password must differ from the current one',
  password_change_required: 'the password was set by someone else: choose your own password first',
  temporary_password_expired: 'the temporary password has expired; ask for a new reset',
  code_expired: 'the code has expired or was replaced by a newer one; ask for a new code',
  code_used_up: 'the code was tried too many times; ask for a new code',
  code_sent_recently: 'a code was sent moments ago; wait before asking again (retryAfterSeconds)',
  totp_not_started: 'start the authenticator set-up first',
  totp_already_enabled: 'the second factor is already on',
  totp_not_enabled: 'the second factor is not on',
  // ── families (issue 10) ──

  // ── daily care (issue 11) ──

  // ── health (issue 12) ──
  end_before_start: 'the end date is before the start date (from, to)',
  service_already_covered: 'another agreement of the facility already covers this service in the period (service, institution, from, to)',
  shorten_only: 'an agreement can only be ended earlier, not extended; sign a new one (validTo)',
  agreement_ended: 'the agreement has already ended',
  no_agreement_on_date: 'the institution had no agreement with the facility on that day (date)',
  examined_before_birth: 'the date is before the child was born (birthDate)',
  in_future: 'the date is in the future',
  position_required: 'a length or height needs its position: l (lying) or h (standing)',
  entry_exam_result: 'an entry exam needs its result (passed); other checks have none',
  not_a_pdf_or_image: 'the document must be a PDF, PNG or JPEG file',
  already_done: 'this follow-up is already done',
  age_outside_session: 'the child is outside the ages of this session (age, from, to)',
  session_started: 'the session has already started',
  session_cancelled: 'the session was cancelled',
  already_registered: 'the child is already registered for this session',
  not_attending_facility: 'the child does not attend the facility the session is for',
  course_ended: 'the course has already ended',
  not_completed_yet: 'the course has not ended yet',
  provider_required: 'a course is run by exactly one provider: a facility or a medical institution',

  // ── the bureaus' desk (issue 13) ──

  // generic
  invalid: 'the value is not valid',
  not_found: 'not found',
  forbidden: 'not allowed',
  full: 'no free place left',
  in_past: 'the date is in the past',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;
export const ISSUE_CODE_LIST = Object.keys(ISSUE_CODES) as IssueCode[];

/** Whether a string is a known issue code. */
export function isIssueCode(s: string): s is IssueCode {
  return Object.hasOwn(ISSUE_CODES, s);
}
