-- targets and tasks whose deadline is before today (or :as_of), latest first
select deadline, kind, region, what, evidence, notice_title, '-/evidence/' || fact_table || '/' || fact_id as open
from notice_deadlines
where deadline < coalesce(nullif(:as_of, ''), date('now'))
order by deadline desc, region
limit 1000
