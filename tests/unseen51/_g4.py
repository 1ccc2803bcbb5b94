from _mk import *
S="石阡县"; D="2024-12-31"
md={"title":"石阡县农业农村局 石阡县商务局 石阡县财政局关于印发《石阡县2024年消费帮扶工作方案》的通知","doc_number":"石农发〔2024〕12号",
"issuer":"石阡县农业农村局、石阡县商务局、石阡县财政局","issue_date":"2024-03-15","doc_type":"通知","province":"贵州省","city":"铜仁市","county":S,
"recipients":["各乡镇（街道）人民政府（办事处）","县直有关部门"],"cc":[],"public_status":None}
cit=[{"cited_title":"国家发展改革委等30个部门关于深入开展消费帮扶助力乡村振兴的指导意见","cited_doc_number":None}]
tg=[T("消费帮扶销售额",">=",350000000,"元","target",S,D),
T("消费帮扶销售额增幅",">=",25,"%","target",S,D),
T("消费帮扶销售额","=",280000000,"元","actual",S,"2023-12-31"),
T("认定消费帮扶产品",">=",120,"个","target",S,D),
T("新增“黔货出山”专柜（专区）",">=",15,"个","target",S,D),
T("农村电商服务站点",">=",180,"个","target",S,D),
T("带动脱贫人口和监测对象增收户数",">=",6000,"户","target",S,D),
T("赴对口城市产销对接活动",">=",4,"场次","target",S,D,notes="全年不少于4场次"),
T("脱贫地区农副产品采购金额占食堂食材采购总额比例",">=",30,"%","requirement",S),
T("帮扶产品申报认定次数","=",1,"次","requirement",S,notes="每季度组织一次"),
T("工会福利采购中帮扶产品比例",">=",50,"%","requirement",S),
T("年销售帮扶产品金额",">=",5000000,"元","requirement",S),
T("一次性奖励","=",50000,"元","support",S),
T("年销售帮扶产品金额",">=",10000000,"元","requirement",S),
T("一次性奖励","=",100000,"元","support",S),
T("物流补贴","<=",2,"元/单","support",S),
T("单个企业年度物流补贴","<=",200000,"元","support",S),
T("展位费补助","<=",3000,"元/次","support",S),
T("展位费补助次数","<=",3,"次","requirement",S,notes="每家企业每年补助不超过3次"),
T("奖补资金","=",3000000,"元","support",S,notes="全年安排300万元"),
T("不得重复申报期限","=",2,"年","requirement",S)]
tk=[K("拓展东西部协作消费帮扶。由县商务局",lead=["县商务局"],partner=["县农业农村局","县供销社"]),
K("推进机关单位食堂采购。由县财政局",resp=["县财政局"],deadline="2024-11-30",raw="2024年11月底前",rec="once"),
K("认定帮扶产品。由县农业农村局牵头",lead=["县农业农村局"],partner=["县市场监管局","县乡村振兴服务中心"],rec="quarterly"),
K("建强电商物流体系。县商务局要会同",lead=["县商务局"],partner=["县交通运输局","县邮政分公司"],deadline="2024-06-30",raw="2024年6月底前",rec="once"),
K("打造区域公用品牌。由县茶产业发展中心",resp=["县茶产业发展中心"],rec="ongoing"),
K("开展“石阡好物”进社区活动。由县总工会",resp=["县总工会"]),
K("各乡镇（街道）要明确专人负责消费帮扶",resp=["各乡镇（街道）"],rec="monthly"),
K("县农业农村局要于2024年12月20日前",resp=["县农业农村局"],deadline="2024-12-20",raw="2024年12月20日前",rec="once")]
write("ay4",md,cit,tg,tk,[],"Three 局 co-issue; 成文日期 2024-03-15 under the signatures, not the portal 发布时间 2024-03-19 nor the clipper's created date. No 公开属性 stated: public_status null. Scraper front-matter title equals the document title. 3.5亿元 and 2.8亿元 (2023, in brackets) are two facts; 增长25% is the growth goal. The two tiers (500万元以上→5万元, 1000万元以上→10万元) are each a requirement + support pair. 行政村快递服务全覆盖 has no number: left out. 工作要求 sentences name units (notice names units in sentences): kept as tasks; 每月5日前报送 is the monthly recurrence, not a 次数. Task 1 '全年' gives no date.")
