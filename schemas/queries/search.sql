-- search: every notice text, target, task and member (best copy of each notice) containing q
-- (pipeline/search.py: zh_fts turns q into a character-bigram query, zh_snippet cuts the context)
select
  r.kind,
  n.region,
  zh_snippet(coalesce(r.text, d.text), :q, 40) as context,
  n.title as notice,
  n.issue_date,
  '-/evidence/' || r.ref_table || '/' || r.ref_id
    || case when r.kind = 'notice' then '?q=' || replace(replace(:q, '&', '%26'), '#', '%23') else '' end as open
from search_fts f
join search_rows r on r.rowid = f.rowid
join notices n on n.best_document_id = r.document_id
left join documents d on d.id = r.document_id and r.text is null
where search_fts match zh_fts(:q)
order by f.rowid
limit 500
