-- targets against national thresholds: a region's goal beside the 全国 figure for the same indicator and unit
with national as (
  select indicator, unit, max(value) as national_value, min(evidence) as national_evidence
  from targets
  where scope = '全国' and indicator is not null and kind in ('baseline', 'target')
  group by indicator, unit
)
select
  t.region, t.indicator, t.comparator, t.value, t.unit, t.deadline,
  nat.national_value,
  round(t.value - nat.national_value, 2) as above_national,
  t.evidence, t.notice_title, '-/evidence/targets/' || t.id as open
from notice_targets t
join national nat on nat.indicator = t.indicator and coalesce(nat.unit, '') = coalesce(t.unit, '')
where t.kind = 'target' and t.scope != '全国'
  and (coalesce(:indicator, '') = '' or t.indicator = :indicator)
order by t.indicator, above_national desc
limit 1000
