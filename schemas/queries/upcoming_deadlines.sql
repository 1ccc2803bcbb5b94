-- targets and tasks due from today (or :as_of) to :days days later (default 365)
with window as (
  select coalesce(nullif(:as_of, ''), date('now')) as start,
         date(coalesce(nullif(:as_of, ''), date('now')), '+' || coalesce(nullif(:days, ''), '365') || ' days') as stop
)
select deadline, kind, region, what, evidence, notice_title, open from (
  select t.deadline, 'target' as kind, t.region, t.indicator || ' ' || coalesce(t.comparator, '') || ' '
           || t.value || coalesce(t.unit, '') as what,
         t.evidence, t.notice_title, '-/evidence/targets/' || t.id as open
  from notice_targets t where t.kind = 'target' and t.deadline is not null
  union all
  select k.deadline, 'task', k.region, substr(k.text, 1, 60), k.evidence, k.notice_title, '-/evidence/tasks/' || k.id
  from notice_tasks k where k.deadline is not null
), window
where deadline >= window.start and deadline <= window.stop
order by deadline, region
limit 1000
