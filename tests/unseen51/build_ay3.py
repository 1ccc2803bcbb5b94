import subprocess, tempfile, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

outdir = Path(__file__).parent / "notices"
name = "ay3_henan_chengzhongcun_gaizao"
doc = Document()
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "河南省人民政府办公厅文件"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
fp.add_run(" —")

def p(text, center=False, bold=False, right=False, size=None):
    para = doc.add_paragraph(); run = para.add_run(text); run.bold = bold
    if size: run.font.size = Pt(size)
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p("河南省人民政府办公厅文件", center=True, bold=True, size=24)
p("豫政办〔2024〕33号", center=True)
p("河南省人民政府办公厅\n关于稳步推进城中村改造的实施意见", center=True, bold=True, size=18)
p("各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：")
p("　　为贯彻落实《国务院办公厅关于在超大特大城市积极稳步推进城中村改造的指导意见》（国办发〔2023〕25号），在郑州、洛阳等城区常住人口较多的城市稳妥有序实施城中村改造，改善群众居住条件，扩大有效投资，经省政府同意，提出如下实施意见。")
p("　　一、总体目标", bold=True)
p("　　坚持“先谋后动、先地后房、先安置后拆除”，分三类推进：符合条件的实施拆除新建，不具备条件的开展整治提升，介于两者之间的实施拆整结合。2024年全省新开工城中村改造项目100个以上，完成投资800亿元；到2027年，累计完成改造城中村500个，建设筹集安置住房30万套，其中配建保障性住房不低于安置住房总量的20%。2023年全省已启动城中村改造项目62个。")
p("　　二、重点任务", bold=True)
p("　　（一）摸清底数。2024年6月底前完成城中村基本情况调查，建立省、市两级项目库，实行动态管理。（责任单位：省住房城乡建设厅、省自然资源厅，各省辖市人民政府）")
p("　　（二）科学编制改造方案。改造方案应充分征求村民意见，拆除新建类项目征收补偿方案须经三分之二以上被征收户同意方可实施；签约率未达到90%的，原则上不得启动拆除。（责任单位：各省辖市人民政府，省住房城乡建设厅）")
p("　　（三）强化用地保障。城中村改造项目用地纳入年度土地供应计划，单列用地指标；改造地块可按规定实行“净地”出让，土地出让收入中用于安置和基础设施建设的比例不低于30%。（责任单位：省自然资源厅、省财政厅）")
p("　　（四）加快安置房建设。安置住房建设周期原则上不超过3年，群众在外过渡时间一般不超过36个月；对超过过渡期限的，按原标准的2倍支付临时安置费。（责任单位：各省辖市人民政府）")
p("　　（五）完善配套设施。同步规划建设社区卫生服务站、托育、养老、停车等设施，社区综合服务设施按每百户不低于30平方米配置。（责任单位：省发展改革委、省民政厅、省卫生健康委，各省辖市人民政府）")
p("　　（六）加大资金支持。省财政每年安排城中村改造专项资金10亿元，对提前完成回迁安置的项目按每套5000元给予奖补，单个项目最高1000万元；积极争取城中村改造专项借款和地方政府专项债券。（责任单位：省财政厅、省发展改革委、国家金融监督管理总局河南监管局）")
p("　　（七）盘活存量资源。鼓励将改造中腾退的存量房屋改造为保障性租赁住房，“十四五”期间筹集保障性租赁住房不少于5万套。（责任单位：省住房城乡建设厅，郑州市、洛阳市人民政府）")
p("　　（八）保护历史文化。改造范围内的历史建筑、传统村落和古树名木应当应保尽保，改造前须完成历史文化资源普查，普查未完成的项目一律不得审批。（责任单位：省文化和旅游厅、省住房城乡建设厅，各省辖市人民政府）")
p("　　（九）保障群众权益。严格落实征收补偿安置政策，补偿款须在签订协议后30日内足额发放；安置房交付后1年内完成不动产登记发证。对在规定签约期限内签约搬迁的被征收户，可给予每户不超过2万元的搬迁奖励。（责任单位：各省辖市人民政府，省自然资源厅）")
p("　　（十）推动产业发展。结合城中村改造同步谋划产业空间，引导村集体经济组织通过物业持有、股份合作等方式参与改造，保障村集体长期稳定收益。（责任单位：省农业农村厅、省商务厅，各省辖市人民政府）")
p("　　三、保障措施", bold=True)
p("　　（一）加强组织领导。省住房城乡建设厅要会同有关部门建立工作协调机制，每季度调度一次项目进展。")
p("　　（二）严格依法依规。严格执行《国有土地上房屋征收与补偿条例》和《河南省实施〈中华人民共和国土地管理法〉办法》，严禁违背群众意愿强拆强建，严禁借城中村改造之名搞房地产开发。")
p("　　（三）强化监督考核。将城中村改造工作纳入省政府督查激励事项，对工作成效明显的省辖市在专项资金分配上予以倾斜。")
p("　　附件：1．2024年城中村改造项目计划表\n　　　　　2．城中村改造项目入库标准")
p("河南省人民政府办公厅", right=True)
p("二〇二四年五月二十日", right=True)
p("（此件公开发布）")
p("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。")
p("河南省人民政府办公厅　　　　　　　　　2024年5月22日印发")

with tempfile.TemporaryDirectory() as td:
    src = Path(td) / f"{name}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(Path(td) / f"{name}.pdf", outdir / f"{name}.pdf")
print(outdir / f"{name}.pdf")
