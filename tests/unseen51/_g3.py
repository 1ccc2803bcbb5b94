from _mk import *
S="河南省"
md={"title":"河南省人民政府办公厅关于稳步推进城中村改造的实施意见","doc_number":"豫政办〔2024〕33号",
"issuer":"河南省人民政府办公厅","issue_date":"2024-05-20","doc_type":"实施意见","province":S,"city":None,"county":None,
"recipients":["各省辖市人民政府","济源示范区、航空港区管委会","省人民政府各部门"],
"cc":["省委各部门","省人大常委会办公厅","省政协办公厅","省法院","省检察院"],"public_status":"此件公开发布"}
cit=[{"cited_title":"国务院办公厅关于在超大特大城市积极稳步推进城中村改造的指导意见","cited_doc_number":"国办发〔2023〕25号"},
{"cited_title":"国有土地上房屋征收与补偿条例","cited_doc_number":None},
{"cited_title":"河南省实施〈中华人民共和国土地管理法〉办法","cited_doc_number":None}]
tg=[T("新开工城中村改造项目",">=",100,"个","target",S,"2024-12-31"),
T("城中村改造完成投资",">=",80000000000,"元","target",S,"2024-12-31"),
T("累计完成改造城中村",">=",500,"个","target",S,"2027-12-31"),
T("建设筹集安置住房",">=",300000,"套","target",S,"2027-12-31"),
T("配建保障性住房占安置住房总量比例",">=",20,"%","target",S,"2027-12-31"),
T("已启动城中村改造项目","=",62,"个","actual",S,"2023-12-31"),
T("征收补偿方案被征收户同意比例",">=",66.666667,"%","requirement",S,notes="三分之二以上"),
T("签约率",">=",90,"%","requirement",S,notes="未达到90%的原则上不得启动拆除"),
T("土地出让收入用于安置和基础设施建设比例",">=",30,"%","requirement",S),
T("安置住房建设周期","<=",3,"年","requirement",S),
T("在外过渡时间","<=",36,"个月","requirement",S),
T("超期临时安置费倍数","=",2,"倍","support",S,notes="按原标准的2倍支付; kind arguable (support/requirement)"),
T("社区综合服务设施面积",">=",30,"平方米/百户","requirement",S,notes="按每百户不低于30平方米配置; unit arguable"),
T("城中村改造专项资金","=",1000000000,"元","support",S,notes="每年安排10亿元"),
T("回迁安置奖补","=",5000,"元/套","support",S),
T("单个项目奖补","<=",10000000,"元","support",S),
T("筹集保障性租赁住房",">=",50000,"套","target",S,"2025-12-31"),
T("补偿款发放期限","<=",30,"日","requirement",S),
T("不动产登记发证期限","<=",1,"年","requirement",S),
T("搬迁奖励","<=",20000,"元/户","support",S),
T("项目进展调度次数","=",1,"次","requirement",S,notes="每季度调度一次")]
C="各省辖市人民政府"
tk=[K("摸清底数。2024年6月底前完成",resp=["省住房城乡建设厅","省自然资源厅",C],deadline="2024-06-30",raw="2024年6月底前",rec="once"),
K("科学编制改造方案。改造方案应",resp=[C,"省住房城乡建设厅"]),
K("强化用地保障。城中村改造项目",resp=["省自然资源厅","省财政厅"]),
K("加快安置房建设。安置住房建设",resp=[C]),
K("完善配套设施。同步规划建设社区",resp=["省发展改革委","省民政厅","省卫生健康委",C]),
K("加大资金支持。省财政每年安排",resp=["省财政厅","省发展改革委","国家金融监督管理总局河南监管局"],rec="annual"),
K("盘活存量资源。鼓励将改造中腾退",resp=["省住房城乡建设厅","郑州市人民政府","洛阳市人民政府"],deadline="2025-12-31",raw="“十四五”期间",rec="ongoing"),
K("保护历史文化。改造范围内的历史",resp=["省文化和旅游厅","省住房城乡建设厅",C]),
K("保障群众权益。严格落实征收补偿",resp=[C,"省自然资源厅"]),
K("推动产业发展。结合城中村改造同步",resp=["省农业农村厅","省商务厅",C])]
write("ay3",md,cit,tg,tk,[],"Date under signature in Chinese numerals 二〇二四年五月二十日; 印发 2024-05-22 is not the issue date. Provincial issuer: city/county null. Recipient '济源示范区、航空港区管委会' kept as written as one addressee (shared 管委会; arguable, could be two). '郑州市、洛阳市人民政府' in task 7 expanded into two governments. 保障措施 sentences (省住房城乡建设厅要会同…) carry no unit note in a notice with notes: not tasks (3 left out). 800亿元 investment read as a bare target (>=). Task 6 '每年安排' read as annual (arguable). Attachment list (2 附件) not counted. Nested 《中华人民共和国土地管理法》 inside 〈〉 not a separate citation.")
