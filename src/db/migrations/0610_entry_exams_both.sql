-- Entry exams (入托体检) are recorded on both sides: families' entry_exams (a director noting the certificate a
-- family brought) and health's health_checks of kind 'entry' (a partner hospital's exam). The admission rule reads
-- child_entry_exams, so it reads both (same columns as 0400's view). health_checks.valid_until is the last valid day
-- the examiner set; without it, the admission policy's default validity of 3 months applies (as for entry_exams).
CREATE OR REPLACE VIEW child_entry_exams AS
  SELECT e.child_id, e.examined_on, e.passed, (e.examined_on + interval '3 months')::date AS valid_until
  FROM entry_exams e
  UNION ALL
  SELECT h.child_id, h.examined_on, h.passed, COALESCE(h.valid_until, (h.examined_on + interval '3 months')::date) AS valid_until
  FROM health_checks h
  WHERE h.kind = 'entry';
