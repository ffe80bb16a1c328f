-- Free places of many classes in one pass (finding care reads them for every class within a walk, on every search).
-- The rule is migration 0400's: a class's occupancy from a day is the most children placed in it on any day from then
-- on. 0400 counted it per class and per candidate day (a count for each later first day); here one sweep over the
-- placements that hold a place on or after the day: +1 where each begins (or on the day, if it began before), -1
-- where it ends (ranges are half-open, so an end on a day is applied before a start on it), the running sum's
-- maximum per class. class_occupancy_from becomes the one-class case of the same sweep, so the offer that takes a
-- place and the search that shows it count the same way. Forward-only.

CREATE FUNCTION classes_occupancy_from(p_classes uuid[], p_from date) RETURNS TABLE (class_id uuid, occupancy integer)
LANGUAGE sql STABLE AS $$
  SELECT r.class_id, max(r.n)::int
  FROM (
    SELECT e.class_id, sum(e.delta) OVER (PARTITION BY e.class_id ORDER BY e.day, e.delta ROWS UNBOUNDED PRECEDING) AS n
    FROM (
      SELECT p.class_id, x.day, x.delta
      FROM (SELECT DISTINCT u.id FROM unnest(p_classes) AS u(id)) k
      -- per class through the (class_id, during) index; OFFSET 0 keeps the planner from trading that for one scan of
      -- every placement when it cannot see how many classes are asked (a prepared statement's generic plan)
      CROSS JOIN LATERAL (SELECT p.class_id, p.during FROM placements p WHERE p.class_id = k.id AND p.during && daterange(p_from, NULL) OFFSET 0) p
      CROSS JOIN LATERAL (VALUES (GREATEST(lower(p.during), p_from), 1), (upper(p.during), -1)) AS x(day, delta)
      WHERE x.day IS NOT NULL
    ) e
  ) r
  GROUP BY r.class_id
$$;

CREATE OR REPLACE FUNCTION class_occupancy_from(p_class uuid, p_from date) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT o.occupancy FROM classes_occupancy_from(ARRAY[p_class], p_from) o), 0)
$$;

-- Free places (capacity − occupancy, never below 0) of the given classes from a day; classes without a placement
-- then are free to their capacity. Unknown ids give no row.
CREATE FUNCTION classes_free_from(p_classes uuid[], p_from date) RETURNS TABLE (class_id uuid, free integer)
LANGUAGE sql STABLE AS $$
  SELECT c.id, GREATEST(c.capacity - COALESCE(o.occupancy, 0), 0)
  FROM classes c
  LEFT JOIN classes_occupancy_from(p_classes, p_from) o ON o.class_id = c.id
  WHERE c.id = ANY(p_classes)
$$;
