-- One fee policy (src/care/fees.ts): the families' fees no longer carry their own copy of the affordable caps and
-- the operating subsidy ('cc-fees-shanxi-2026'); they follow the one cap policy (src/care/fee-cap.ts,
-- 'cc-fee-caps-2024') and the one subsidy policy (src/care/subsidy, 'sx-subsidy-2024') the bureaus' claims use. The
-- amounts of the retired copy were those same versions' (¥2,100 / ¥1,700 / ¥1,400 caps; ¥500 / ¥300 a month), so
-- the records checked against it name the versions they were in fact checked against: a class fee the cap's, a
-- statement the cap's and the subsidy's. Forward-only.
UPDATE class_fees SET policy_id = 'cc-fee-caps-2024' WHERE policy_id = 'cc-fees-shanxi-2026';
UPDATE fee_statements SET policy_id = 'cc-fee-caps-2024+sx-subsidy-2024' WHERE policy_id = 'cc-fees-shanxi-2026';
