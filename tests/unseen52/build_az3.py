import subprocess, tempfile, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
outdir = Path(__file__).parent / "notices"
name = "az3_ganzi_qixiang_zaihai_fangyu_zhihuibu"
doc = Document()
doc.styles["Normal"].font.size = Pt(12)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "甘孜藏族自治州人民政府办公室　　　　　　　　　　甘办发〔2024〕19号"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
fp.add_run(" —")
def p(t, center=False, right=False, bold=False):
    para = doc.add_paragraph(); rr = para.add_run(t); rr.bold = bold
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p("甘孜藏族自治州人民政府办公室文件", center=True, bold=True)
p("甘办发〔2024〕19号", center=True)
p("甘孜藏族自治州人民政府办公室\n关于调整甘孜州气象灾害防御指挥部组成人员的通知", center=True, bold=True)
p("各县（市）人民政府，州级各部门，海螺沟景区管理局：")
p("　　因人事变动和机构改革，根据《中华人民共和国气象法》《气象灾害防御条例》和《四川省气象灾害防御条例》等有关规定，经州人民政府同意，决定对甘孜州气象灾害防御指挥部（以下简称州指挥部）组成人员进行调整。现将有关事项通知如下。")
p("　　一、州指挥部组成人员", bold=True)
p("　　指挥长：州人民政府副州长　泽仁多吉")
p("　　副指挥长：")
rows = [("姓名", "单位及职务"),
 ("罗　建", "州人民政府副秘书长"),
 ("李晓峰", "州气象局局长"),
 ("格桑拉姆", "州应急管理局局长")]
t = doc.add_table(rows=len(rows), cols=2); t.style = "Table Grid"
for i, rw in enumerate(rows):
    for j, c in enumerate(rw): t.cell(i, j).text = c
p("　　成　员：")
mem = [("姓名", "单位及职务"),
 ("陈志勇", "州委宣传部副部长"),
 ("王　敏", "州发展改革委副主任"),
 ("扎西次仁", "州教育和体育局副局长"),
 ("杨光明", "州公安局副局长"),
 ("刘　芳", "州民政局副局长"),
 ("邓小川", "州财政局副局长"),
 ("降央卓玛", "州自然资源局副局长"),
 ("周　平", "州住房城乡建设局副局长"),
 ("何林", "州交通运输局副局长"),
 ("四郎泽仁", "州水利局副局长"),
 ("赵德富", "州农业农村局副局长"),
 ("吴海燕", "州文化广播电视和旅游局副局长"),
 ("曾　涛", "州卫生健康委副主任"),
 ("阿　多", "州林业和草原局副局长"),
 ("孙建军", "州气象局副局长"),
 ("蒋　勇", "国网甘孜供电公司副总经理"),
 ("黄一鸣", "中国移动甘孜分公司副总经理"),
 ("拥　措", "州消防救援支队副支队长")]
t = doc.add_table(rows=len(mem), cols=2); t.style = "Table Grid"
for i, rw in enumerate(mem):
    for j, c in enumerate(rw): t.cell(i, j).text = c
p("　　州指挥部办公室设在州气象局，孙建军同志兼任办公室主任，州应急管理局副局长彭勇同志兼任办公室副主任，负责州指挥部日常工作。")
p("　　州指挥部下设3个专项工作组，在州指挥部统一领导下开展工作：")
p("　　监测预警组：组长单位州气象局，成员单位州自然资源局、州水利局、州农业农村局。负责灾害性天气监测、预报预警和信息发布，滚动会商研判灾害风险。")
p("　　抢险救援组：组长单位州应急管理局，副组长单位州消防救援支队，成员单位州公安局、州交通运输局、国网甘孜供电公司。负责组织协调受灾群众转移安置、抢险救援和道路、电力抢通保通。")
p("　　宣传保障组：组长单位州委宣传部，成员单位州文化广播电视和旅游局、中国移动甘孜分公司。负责预警信息社会传播、舆情引导和应急通信保障。")
p("　　二、州指挥部主要职责", bold=True)
p("　　贯彻落实党中央、国务院和省委、省政府关于气象灾害防御工作的决策部署；研究解决全州气象灾害防御工作中的重大问题；组织指挥暴雨、暴雪、冰雹、雷电、大风、低温冰冻、干旱、森林草原火险等气象灾害的防御和应急处置；指导各县（市）开展气象灾害防御工作；审定全州气象灾害防御规划和应急预案，组织开展气象灾害风险普查、隐患排查和防灾减灾科普宣传；督促检查各成员单位履行气象灾害防御职责情况；完成州委、州政府交办的其他事项。州指挥部各成员单位按照职责分工，各司其职、密切配合，共同做好全州气象灾害防御工作。")
p("　　三、工作要求", bold=True)
p("　　（一）州指挥部原则上每年汛前召开一次全体会议，遇重大灾害性天气过程时由指挥长或受委托的副指挥长召集临时会议。")
p("　　（二）州气象局要在暴雨、暴雪等灾害性天气发生前12小时发布预警信息，对短时强降水、冰雹、雷电等强对流天气提前30分钟以上发布预警，2024年底前实现全州乡镇预警信息覆盖率达到100%，行政村气象信息员配备率达到98%以上。")
p("　　（三）各县（市）人民政府要在2024年6月30日前完成本级气象灾害防御指挥机构调整，并将调整文件报州指挥部办公室备案。")
p("　　（四）州指挥部成员因工作变动需要调整的，由所在单位向州指挥部办公室提出，报指挥长同意后自行调整，不再另行发文。")
p("　　甘孜州人民政府办公室2022年印发的《关于调整甘孜州气象灾害防御指挥部组成人员的通知》（甘办发〔2022〕33号）同时废止。")
p("甘孜藏族自治州人民政府办公室", right=True)
p("2024年4月2日", right=True)
p("（此件公开发布）")
p("抄送：省气象局，州委办公室，州人大常委会办公室，州政协办公室。")
with tempfile.TemporaryDirectory() as td:
    src = Path(td) / (name + ".docx"); doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)], check=True, capture_output=True)
    outdir.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(td) / (name + ".pdf"), outdir / (name + ".pdf"))
