from _g import *
S="蜀山区"
rows=[("三里庵街道",68,8,90),("琥珀街道",55,8,90),("西园街道",74,10,85),("笔架山街道",49,6,90),("井岗镇",31,4,80),("其他街道及经开区",135,12,85)]
tab=[]
for sc,n,x,r in rows:
    tab+= [T("非学科类校外培训机构数","actual","=",n,"家",sc),
           T("暑期巡查次数","target",">=",x,"次",sc,"2023-08-31"),
           T("白名单公示率","target",">=",r,"%",sc)]
write("az4",
 {"title":"关于开展2023年暑期校外培训专项治理行动的通知","doc_number":"蜀教体〔2023〕46号",
  "issuer":"蜀山区教育体育局、蜀山区市场监督管理局、合肥市公安局蜀山分局、蜀山区民政局","issue_date":"2023-06-28","doc_type":"通知","province":"安徽省","city":"合肥市","county":"蜀山区",
  "recipients":["各街道办事处","井岗镇人民政府","蜀山经济开发区管委会","区有关单位"],"cc":[],"public_status":"主动公开"},
 [{"cited_title":"中华人民共和国民办教育促进法","cited_doc_number":None},
  {"cited_title":"关于加强校外培训机构预收费监管工作的通知","cited_doc_number":"教监管厅函〔2021〕1号"},
  {"cited_title":"合肥市校外培训机构预收费资金监管办法","cited_doc_number":None}],
 [T("学科类校外培训机构压减率","target",">=",95,"%",S),
  T("非学科类校外培训机构预收费资金纳入监管比例","target",">=",100,"%",S),
  T("单次预收费时间跨度","requirement","<=",3,"个月",S),
  T("单次预收费课时","requirement","<=",60,"课时",S),
  T("单次预收费金额","requirement","<=",5000,"元",S),
  T("“隐形变异”学科类培训问题线索办结率","target",">=",100,"%",S),
  T("群众投诉按期回复率","target",">=",98,"%",S),
  T("非学科类校外培训机构","actual","=",412,"家",S,"2023-05-31"),
  T("体育类校外培训机构","actual","=",138,"家",S,"2023-05-31"),
  T("文化艺术类校外培训机构","actual","=",197,"家",S,"2023-05-31"),
  T("科技类校外培训机构","actual","=",77,"家",S,"2023-05-31"),
  T("已完成白名单公示的机构","actual","=",326,"家",S,"2023-05-31")]
 + tab +
 [T("暑期巡查次数","target",">=",48,"次",S,"2023-08-31",notes="合计 row"),
  T("网格员巡查次数","requirement",">=",1,"次",S),
  T("违法所得罚款倍数","requirement",">=",1,"倍",S,vmax=5),
  T("重新申请办学许可期限","requirement","=",5,"年",S)],
 [K("排查摸底。由区教育体育局牵头",lead=["区教育体育局"],partner=["各街道（镇）","蜀山经济开发区管委会"],deadline="2023-07-15",raw="7月15日前",rec="once"),
  K("预收费监管。区教育体育局会同中国人民银行",lead=["区教育体育局"],partner=["中国人民银行合肥中心支行营业管理部","各托管银行"],rec="monthly"),
  K("价格和广告治理。区市场监管局负责",resp=["区市场监管局"]),
  K("安全检查。区公安分局、区消防救援大队要",resp=["区公安分局","区消防救援大队"],deadline="2023-08-20",raw="8月20日前",rec="once"),
  K("非营利性登记。区民政局负责",resp=["区民政局"]),
  K("各街道（镇）要落实属地责任",resp=["各街道（镇）"],rec="ongoing")],
 [],
 "Traps: scraper YAML header carries a page title with district prefix and site name and a 'created' clipping date 2024-01-09 (not the issue date); info box says 发布机构 only 区教育体育局 but the signature shows four co-issuers (issuer taken from the signature, in its order). Table 合计 412 equals the prose figure as of 2023-05-31 so is not a separate fact; 合计 48 巡查 is. Table 机构数 rows given no as-of date (deadline null); 暑期巡查 rows given the action's end 2023-08-31 (arguable). 治理目标 bullets have no explicit date: deadline null (the action runs 7/1–8/31; arguable). 60课时 and 3个月 are two alternatives of one rule, written as two facts. **bold** markers inside figures and task heads. 罚款 一倍以上五倍以下 as a range 1–5 倍. Phone number and hours are not figures.")
