-- one indicator across regions: each notice's goal, highest first
select
  t.region, t.province, t.scope, t.comparator, t.value, t.unit, t.deadline, t.kind,
  t.evidence, t.notice_title, t.issue_date, '-/evidence/targets/' || t.id as open
from notice_targets t
where t.indicator = :indicator and t.kind = 'target'
order by t.value desc, t.region
limit 1000
