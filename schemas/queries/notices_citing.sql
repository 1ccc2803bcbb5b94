-- notices citing a 文号: brackets folded to 〔〕 on both sides, part of a number matches
with wanted as (
  select replace(replace(replace(replace(replace(replace(replace(replace(trim(:doc_number),
           '[', '〔'), ']', '〕'), '［', '〔'), '］', '〕'), '【', '〔'), '】', '〕'), '(', '〔'), ')', '〕') as number
)
select
  n.region, n.title as citing_notice, n.doc_number as its_doc_number, n.issue_date,
  c.cited_title, c.cited_doc_number, c.evidence, '-/evidence/citations/' || c.id as open
from citations c
join notices n on n.best_document_id = c.document_id, wanted
where wanted.number != '' and instr(replace(replace(c.cited_doc_number, '（', '〔'), '）', '〕'), wanted.number) > 0
order by n.issue_date desc
limit 1000
