from _mk import *
S="汉中市"; D="2025-12-31"
md={"title":"汉中市人民政府办公室关于印发加快发展新型农村集体经济若干措施的通知","doc_number":"汉政办发〔2024〕8号",
"issuer":"汉中市人民政府办公室","issue_date":"2024-03-28","doc_type":"通知","province":"陕西省","city":S,"county":None,
"recipients":["各县区人民政府","汉中经济技术开发区管委会","市政府各工作部门、直属机构"],"cc":[],"public_status":None}
cit=[{"cited_title":"中共中央 国务院关于做好2024年全面推进乡村振兴重点工作的意见","cited_doc_number":None},
{"cited_title":"农村集体经济组织财务制度","cited_doc_number":"财农〔2021〕121号"}]
N10="集体经营性收入10万元以上的村"
tg=[T(N10,">=",1200,"个","target",S,D,notes="rows of the table add up to 1200; no 合计 row"),
T("集体经营性收入50万元以上的村",">=",150,"个","target",S,D),
T("村集体经济总收入",">=",1200000000,"元","target",S,D),
T("村均收入",">=",600000,"元","target",S,D),
T(N10,"=",836,"个","actual",S,"2023-12-31")]
for c,v in [("汉台区",130),("南郑区",160),("城固县",170),("洋县",150),("西乡县",140),("勉县",150),("宁强县",120),("略阳县",70),("镇巴县",70),("留坝县",20),("佛坪县",20)]:
    tg.append(T(N10,">=",v,"个","target",c,D))
tg+=[T("新型农村集体经济发展扶持资金","=",30000000,"元","support",S,notes="市级财政每年安排3000万元"),
T("单个村扶持资金","<=",1000000,"元","support",S),
T("集体经营性收入",">",500000,"元","requirement",S,notes="首次突破50万元"),
T("一次性奖励","=",100000,"元","support",S),
T("集体经营性收入",">",1000000,"元","requirement",S,notes="首次突破100万元"),
T("一次性奖励","=",200000,"元","support",S),
T("单户授信额度","<=",3000000,"元","support",S),
T("贷款利率下浮",">=",20,"个基点","support",S),
T("村集体经营性收入",">",300000,"元","requirement",S,notes="超过30万元的可提取奖励"),
T("村干部奖励占经营性收入增量比例","<=",10,"%","support",S),
T("村干部奖励","<=",50000,"元/年","support",S,notes="每人每年奖励最高5万元"),
T("预留建设用地指标比例",">=",5,"%","requirement",S),
T("培训村集体经济组织负责人和经营管理人员",">=",1000,"人次","target",S,D,notes="2024年至2025年每年"),
T("选派市县机关干部到薄弱村任职",">=",100,"名","target",S,D,notes="deadline read from the 2024-2025 span (arguable)"),
T("结对帮扶集体经济薄弱村",">=",3,"个","requirement",S,notes="每家市属国有企业至少3个"),
T("村集体资产处置金额",">=",500000,"元","requirement",S),
T("全覆盖审计次数",">=",1,"次","requirement",S,notes="每3年至少一次"),
T("专题研究次数",">=",1,"次","requirement",S,notes="每年至少一次"),
T("通报排名次数","=",1,"次","requirement",S,notes="每半年一次"),
T("有效期","=",3,"年","requirement",S)]
tk=[K("加大财政扶持。市级财政每年安排",lead=["市财政局"],partner=["市农业农村局"],raw="每年4月底前",rec="annual"),
K("落实税费优惠。村集体经济组织承接",resp=["市税务局"]),
K("强化金融服务。人民银行汉中市分行要",resp=["人民银行汉中市分行"]),
K("保障发展用地。在国土空间规划中预留",resp=["市自然资源和规划局"],partner=["市农业农村局"]),
K("培育经营人才。实施“头雁”培育工程",lead=["市委组织部"],partner=["市农业农村局","市人力资源和社会保障局"],deadline=D,raw="2024年至2025年",rec="ongoing"),
K("推进村企联建。鼓励国有企业、民营",resp=["市国资委"]),
K("加强审计监督。市审计局、市农业农村局要",resp=["市审计局","市农业农村局"]),
K("各县区要把发展新型农村集体经济",resp=["各县区"],rec="annual"),
K("市农业农村局负责统筹协调",resp=["市农业农村局"]),
K("市委农办要牵头建立新型农村集体经济",lead=["市委农办"],deadline="2024-09-30",raw="2024年9月底前",rec="once")]
write("ay5",md,cit,tg,tk,[],"WeChat repost: 发布 2024-04-02 in the header; 成文日期 2024-03-28 under the signature. No 公开属性. The county table has no 合计 row; its rows add to the 1200 of the prose (kept as the city fact plus 11 county facts). 消除5万元以下的村 has no count: left out (the 5万/10万/50万 are class thresholds, part of the indicator names). Measures （二）（五）（九） name no unit: not tasks (3 left out). The （一） measure's assigned sentence (市财政局要会同市农业农村局于每年4月底前下达) makes the item a task, matched at the item's start. 施行日期 2024-05-01 not a figure. 城固县 appears only as a table row (not the issuer).")
