-- task-force members whose organization or position contains the words given, by organization
select
  coalesce(m.organization, '') as organization, m.person, m.role, m.position, m.taskforce,
  m.region, m.evidence, m.notice_title, '-/evidence/taskforce_members/' || m.id as open
from notice_members m
where coalesce(:organization, '') = ''
   or instr(coalesce(m.organization, ''), :organization) > 0
   or instr(coalesce(m.position, ''), :organization) > 0
order by organization, m.region, m.seq
limit 1000
