from _mk import *
S="桐庐县"
md={"title":"中共桐庐县委办公室 桐庐县人民政府办公室关于调整桐庐县社区嵌入式服务设施建设工作领导小组的通知","doc_number":"桐委办发〔2024〕19号",
"issuer":"中共桐庐县委办公室、桐庐县人民政府办公室","issue_date":"2024-06-12","doc_type":"通知","province":"浙江省","city":"杭州市","county":S,
"recipients":["各乡镇党委、人民政府","各街道党工委、办事处","县委各部门","县级国家机关各部门","各人民团体"],
"cc":["杭州市民政局","县人大常委会办公室","县政协办公室"],"public_status":"此件公开发布"}
cit=[{"cited_title":"国务院办公厅转发国家发展改革委〈城市社区嵌入式服务设施建设工程实施方案〉的通知","cited_doc_number":"国办函〔2023〕121号"},
{"cited_title":"中共桐庐县委办公室 桐庐县人民政府办公室关于成立桐庐县城乡社区服务设施提升工作领导小组的通知","cited_doc_number":"桐委办发〔2021〕47号"}]
tg=[T("社区嵌入式服务设施数量",">=",30,"个","target",S,"2025-12-31"),
T("城市社区覆盖率",">=",60,"%","target",S,"2025-12-31"),
T("每个设施服务人口","=",5000,"人","requirement",S,vmax=15000,notes="原则上为0.5万至1.5万人"),
T("单个设施建筑面积",">=",1000,"平方米","requirement",S),
T("全体会议次数",">=",1,"次","requirement",S,notes="每半年至少召开一次"),
T("一次性建设补助","=",200,"元/平方米","support",S),
T("单个设施建设补助","<=",500000,"元","support",S),
T("运营补助","=",50000,"元/年","support",S),
T("连续运营时间",">=",1,"年","requirement",S,notes="连续运营满1年且评价合格 -> 运营补助"),
T("推进情况通报次数","=",1,"次","requirement",S,notes="每季度通报一次"),
T("联络员人数","=",1,"名","requirement",S,notes="各成员单位明确1名科级干部为联络员"),
T("联络员报送期限","<=",5,"个工作日","requirement",S)]
tk=[K("县民政局要会同县住房城乡建设局于",lead=["县民政局"],partner=["县住房城乡建设局"],deadline="2024-08-31",raw="2024年8月底前",rec="once"),
K("各乡镇（街道）要于2024年7月31日前",resp=["各乡镇（街道）"],deadline="2024-07-31",raw="2024年7月31日前",rec="once"),
K("县财政局要对新建设施按每平方米",resp=["县财政局"]),
K("县委督查室、县政府督查室要将",resp=["县委督查室","县政府督查室"],rec="quarterly"),
K("各成员单位要明确1名科级干部为联络员",resp=["各成员单位"],raw="本通知印发后5个工作日内",rec="once"),
K("各乡镇（街道）要参照县级做法",resp=["各乡镇（街道）"])]
G="县"
mem=[M("组长","蒋军","县委副书记、县长",None),M("副组长","王丽华","县委常委、常务副县长",None),M("副组长","陈建锋","副县长","县政府")]
for n,o,pz in [("俞晓东","县政府办公室","副主任"),("吴海燕","县民政局","局长"),("钟伟","县发展改革局","局长"),("李志强","县财政局","局长"),
 ("申屠明","县自然资源和规划局","局长"),("何丽君","县住房城乡建设局","局长"),("徐晨","县卫生健康局","局长"),("华国平","县教育局","局长"),
 ("叶剑","县商务局","局长"),("章立新","县市场监管局","局长"),("姚芳","县医保分中心","主任")]:
    mem.append(M("成员",n,pz,o))
mem.append(M("成员",None,"主要负责同志","各乡镇（街道）"))
tf=[{"name":"桐庐县社区嵌入式服务设施建设工作领导小组","members":mem},
{"name":"规划建设组","members":[M("组长",None,None,"县住房城乡建设局"),M("成员",None,None,"县自然资源和规划局"),M("成员",None,None,"县发展改革局")]},
{"name":"服务运营组","members":[M("组长",None,None,"县民政局"),M("成员",None,None,"县卫生健康局"),M("成员",None,None,"县教育局"),M("成员",None,None,"县商务局")]}]
write("ay2",md,cit,tg,tk,tf,"Co-issued (党委办+政府办). Office 主任 吴海燕 (already a 成员) and the 副主任 (县住建局分管负责同志) are office posts, not extra members. Names padded with full-width spaces in the table (钟　伟, 徐　晨, 叶　剑, 姚　芳) written without spaces; 申屠明 is a compound surname. Member-unit duties (各成员单位职责) are standing duties: not tasks. 工作要求（一） (领导小组…每半年至少召开一次全体会议) names the group itself, kept only as a requirement. '各成员单位要明确1名…联络员' and '各乡镇（街道）要参照县级做法' kept as tasks (a group of organs as actor; arguable); the first has a relative due time (印发后5个工作日内), deadline null. '到2027年城市社区实现全覆盖' has no number: left out. Nested 〈城市社区嵌入式服务设施建设工程实施方案〉 not a separate citation. Issue date is the signature date 2024-06-12, not the 印发 date 06-13. “15分钟品质生活圈” is a name, not a figure.")
