-- targets and tasks whose deadline is before today (or :as_of), latest first
select deadline, kind, region, what, evidence, notice_title, open from (
  select t.deadline, 'target' as kind, t.region, t.indicator || ' ' || coalesce(t.comparator, '') || ' '
           || t.value || coalesce(t.unit, '') as what,
         t.evidence, t.notice_title, '-/evidence/targets/' || t.id as open
  from notice_targets t where t.kind = 'target' and t.deadline is not null
  union all
  select k.deadline, 'task', k.region, substr(k.text, 1, 60), k.evidence, k.notice_title, '-/evidence/tasks/' || k.id
  from notice_tasks k where k.deadline is not null
)
where deadline < coalesce(nullif(:as_of, ''), date('now'))
order by deadline desc, region
limit 1000
