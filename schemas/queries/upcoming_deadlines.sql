-- targets and tasks due from today (or :as_of) to :days days later (default 365)
select deadline, kind, region, what, evidence, notice_title, '-/evidence/' || fact_table || '/' || fact_id as open
from notice_deadlines
where deadline >= coalesce(nullif(:as_of, ''), date('now'))
  and deadline <= date(coalesce(nullif(:as_of, ''), date('now')), '+' || coalesce(nullif(:days, ''), '365') || ' days')
order by deadline, region
limit 1000
