from _mk import *
S="文山壮族苗族自治州"; D="2026-12-31"
md={"title":"文山壮族苗族自治州人民政府办公室关于印发文山州乡村民宿高质量发展实施方案的通知","doc_number":"文政办发〔2024〕27号",
"issuer":"文山壮族苗族自治州人民政府办公室","issue_date":"2024-06-18","doc_type":"通知","province":"云南省","city":S,"county":None,
"recipients":["各县（市）人民政府","州直各委、办、局"],"cc":[],"public_status":"此件公开发布"}
cit=[{"cited_title":"云南省人民政府办公厅关于促进乡村民宿高质量发展的指导意见","cited_doc_number":"云政办发〔2023〕15号"},
{"cited_title":"旅游民宿基本要求与等级划分","cited_doc_number":None}]
tg=[T("乡村民宿数量",">=",1800,"家","target",S,D,notes="prose 1800家以上 = table 合计 row: one fact"),
T("等级民宿数量",">=",200,"家","target",S,D),
T("民宿床位数",">=",25000,"张","target",S,D),
T("乡村民宿年接待游客",">=",8000000,"人次","target",S,D),
T("带动农村劳动力就业",">=",12000,"人","target",S,D),
T("已登记乡村民宿数量","=",1126,"家","actual",S,"2023-12-31")]
for c,v in [("文山市",300),("砚山县",180),("西畴县",150),("麻栗坡县",170),("马关县",160),("丘北县",350),("广南县",280),("富宁县",210)]:
    tg.append(T("乡村民宿数量",">=",v,"家","target",c,D))
tg+=[T("单栋建筑客房数量","<=",14,"个","requirement",S,notes="14个标准间"),
T("建筑层数","<=",4,"层","requirement",S),
T("建筑面积","<=",800,"平方米","requirement",S),
T("备案期限","<=",30,"日","requirement",S,notes="取得营业执照后30日内备案"),
T("等级民宿评定次数","=",1,"次","requirement",S,notes="每年组织评定一次"),
T("甲级民宿一次性奖补","=",100000,"元","support",S),
T("乙级民宿一次性奖补","=",50000,"元","support",S),
T("丙级民宿一次性奖补","=",20000,"元","support",S),
T("改造提升补助","<=",3000,"元/间","support",S,notes="每间客房最高3000元"),
T("单户补助","<=",60000,"元","support",S),
T("村集体基础设施配套资金","<=",500000,"元","support",S),
T("创业担保贷款","<=",300000,"元","support",S),
T("培训民宿从业人员",">=",1000,"人次","target",S,None,notes="每年培训1000人次以上; yearly goal, no deadline"),
T("工作进展通报次数","=",1,"次","requirement",S,notes="每半年通报一次"),
T("取消申报资格期限","=",3,"年","requirement",S)]
R=["各县（市）人民政府"]
tk=[K("规范准入管理。乡村民宿利用农村",resp=["州文化和旅游局","州市场监管局","州住房城乡建设局"]+R),
K("消除安全隐患。2024年9月底前",resp=["州消防救援支队","州住房城乡建设局"]+R,deadline="2024-09-30",raw="2024年9月底前",rec="once"),
K("推进等级评定。按照《旅游民宿",resp=["州文化和旅游局","州财政局"],rec="annual"),
K("支持改造提升。对按照民族特色",resp=["州财政局","州农业农村局","州文化和旅游局"]),
K("加强金融支持。引导金融机构开发",resp=["人民银行文山州分行","州人力资源社会保障局","州财政局"]),
K("培育人才队伍。每年培训民宿管家",resp=["州人力资源社会保障局","州文化和旅游局"],rec="annual")]
write("ay1",md,cit,tg,tk,[],"成文日期 2024-06-18 (box and signature); 发布日期 2024-06-21 is not the issue date. Table 合计 1800 equals the prose goal, kept as one fact. Table cells read as bare targets (>=). 保障措施 sentences (各县（市）要…, 州文化和旅游局要会同…) carry no unit note in a notice with notes: not tasks (2 left out). 有效期至2026年12月31日 is a date, not a term: left out. 200家 等级民宿 is a 其中 part.")
