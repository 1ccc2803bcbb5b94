-- agencies ranked by the tasks they lead (counted once per notice), optionally by part of the name
select name, kind, region, tasks_led, tasks_joined, tasks, notices, agency_id
from agency_activity
where coalesce(:name, '') = '' or instr(name, :name) > 0
order by tasks_led desc, tasks desc, name
limit 1000
