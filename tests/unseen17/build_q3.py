"""Build q3_hubei_yingji_guihua.pdf (blind set 17): a DOCX with python-docx, converted to PDF with
LibreOffice (soffice --headless --convert-to pdf); only the PDF is kept in notices/.
Run: .venv/bin/python tests/unseen17/build_q3.py   (from the project root)"""
import os, shutil, subprocess, tempfile
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

FS, XBS, HT, KT = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
RED = (0xE6, 0x00, 0x12)


def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def P(doc, text="", f=FS, size=16, bold=False, align=None, indent=True, color=None, spacing=28):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "justify"):
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(spacing)
    p.paragraph_format.space_after = Pt(0)
    if text:
        font(p.add_run(text), f, size, bold, color)
    return p


CN = "零一二三四五六七八九"
def cn(n):
    if n < 10: return CN[n]
    if n < 20: return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
COUNTER = [0]
def article(doc, num, text):
    COUNTER[0] += 1
    num = "第" + cn(COUNTER[0]) + "条"
    p = P(doc)
    font(p.add_run(num), HT)
    font(p.add_run("\u3000" + text), FS)
    return p


def bottom_rule(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    font(run, "宋体", 14)
    for kind, txt in (("begin", None), (None, "PAGE"), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "t":
            t = OxmlElement("w:t"); t.text = txt; run._element.append(t)
        elif kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._element.append(it)
    font(p.add_run(" —"), "宋体", 14)


def cell(c, text, bold=False, f=FS, size=14):
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(text), f, size, bold)



def H1(doc, text):
    return P(doc, text, HT)

def H2(doc, title, rest=""):
    p = P(doc)
    font(p.add_run(title), KT)
    if rest:
        font(p.add_run(rest), FS)
    return p

def measure(doc, num_title, body, note):
    p = P(doc)
    font(p.add_run(num_title), FS, bold=True)
    font(p.add_run(body + note), FS)
    return p


doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
footer(sec)
normal = doc.styles["Normal"]
normal.font.name = FS
normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
normal.font.size = Pt(16)

P(doc, "湖北省人民政府办公厅文件", XBS, 34, align="center", color=RED, spacing=50)
P(doc)
p = P(doc, "鄂政办发〔2022〕18号", FS, 16, align="center")
bottom_rule(p)
P(doc)
P(doc, "湖北省人民政府办公厅关于印发", XBS, 22, align="center", spacing=34)
P(doc, "湖北省“十四五”应急体系规划的通知", XBS, 22, align="center", spacing=34)
P(doc)
P(doc, "各市、州、县人民政府，省政府各部门：", indent=False)
P(doc, "《湖北省“十四五”应急体系规划》已经省人民政府同意，现印发给你们，请认真组织实施。")
P(doc)
P(doc, "湖北省人民政府办公厅", align="right")
P(doc, "2022年4月8日", align="right")
P(doc, "（此件公开发布）")
doc.add_page_break()

P(doc, "湖北省“十四五”应急体系规划", XBS, 22, align="center", spacing=34)
P(doc)
P(doc, "为深入贯彻习近平总书记关于应急管理的重要论述，加快推进全省应急管理体系和能力现代化，依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《“十四五”国家应急体系规划》（国发〔2021〕36号）和《湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。规划期为2021—2025年，远景展望到2035年。")
H1(doc, "一、现状与形势")
H2(doc, "（一）“十三五”时期取得的成效。", "“十三五”时期，全省应急管理体制改革有序推进，省、市、县三级应急管理部门全部组建到位，统一指挥、专常兼备、反应灵敏、上下联动的应急管理体制初步形成。安全生产形势持续稳定向好，全省生产安全事故起数和死亡人数分别下降46.3%和41.8%，较大及以上生产安全事故起数由2015年的21起下降到2020年的9起。防灾减灾救灾能力明显增强，成功应对2016年、2020年流域性大洪水和多轮强降雨、低温雨雪冰冻等灾害，2020年全省因自然灾害直接经济损失占地区生产总值比例为0.9%。应急救援力量不断壮大，到2020年底，全省综合性消防救援队伍达到1.8万人，专业应急救援队伍达到3.1万人。")
H2(doc, "（二）面临的形势。", "当前，我省正处于工业化、城镇化持续推进期，传统和新型风险交织叠加。长江、汉江干流及其支流防洪任务繁重，地质灾害点多面广；危险化学品企业沿江集聚，城市燃气、高层建筑、大型综合体等城市运行风险突出；基层应急能力薄弱、专业人才短缺、应急物资储备结构不合理等问题仍然存在。“十四五”时期，必须坚持人民至上、生命至上，统筹发展和安全，着力补短板、强弱项、防风险。")
H1(doc, "二、总体要求")
H2(doc, "（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，坚持以防为主、防抗救相结合，坚持常态减灾和非常态救灾相统一，着力构建统一领导、权责一致、权威高效的应急能力体系，为建设全国构建新发展格局先行区提供坚实安全保障。")
H2(doc, "（二）基本原则。", "坚持党的领导，把党的领导贯穿应急管理工作全过程和各方面；坚持人民至上、生命至上，把保护人民群众生命财产安全放在第一位；坚持预防为主、关口前移，从源头上防范化解重大安全风险；坚持依法管理、依法应急，提高应急管理法治化、规范化水平；坚持精准治理、科技赋能，推进应急管理数字化转型；坚持社会共治、群防群治，形成人人有责、人人尽责的良好局面。")
H2(doc, "（三）发展目标。", "到2025年，应急管理体系和能力现代化建设取得重大进展，安全生产、综合防灾减灾形势趋稳向好，重特大事故得到有效遏制，自然灾害防御水平明显提升。全省综合性消防救援队伍、专业应急救援队伍和社会应急力量分别达到2.2万人、3.8万人和1.5万人；全省应急物资储备库达到120个，其中省级储备库8个；每个县（市、区）至少建成1个综合性应急避难场所。到2035年，建立与基本实现现代化相适应的应急管理体系，全面实现依法应急、科学应急、智慧应急。")
P(doc, "表1　“十四五”时期应急体系建设主要指标", HT, 14, align="center")
rows = [
    ("序号", "指标", "2020年", "2025年", "属性"),
    ("1", "生产安全事故死亡人数（人）", "1186", "下降15%", "约束性"),
    ("2", "亿元地区生产总值生产安全事故死亡率", "0.027", "下降33%", "约束性"),
    ("3", "工矿商贸就业人员十万人生产安全事故死亡率", "1.21", "下降20%", "约束性"),
    ("4", "较大及以上生产安全事故起数（起）", "9", "≤6", "约束性"),
    ("5", "年均每百万人口因自然灾害死亡率（人/百万人）", "0.48", "≤1", "预期性"),
    ("6", "年均因自然灾害直接经济损失占地区生产总值比例（%）", "0.9", "≤1", "预期性"),
    ("7", "森林火灾受害率（‰）", "0.32", "≤0.8", "约束性"),
    ("8", "县级以上应急管理部门专业人才占比（%）", "41", "≥60", "预期性"),
    ("9", "灾害发生后受灾人员基本生活得到有效救助时间（小时）", "12", "≤10", "约束性"),
    ("10", "城镇人均应急避难场所面积（平方米）", "1.2", "≥1.5", "预期性"),
    ("11", "乡镇（街道）专职消防队覆盖率（%）", "—", "100", "预期性"),
]
tbl = doc.add_table(rows=len(rows), cols=5)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False
widths = [Cm(1.3), Cm(8.0), Cm(2.0), Cm(2.3), Cm(2.0)]
grid = tbl._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
    gc.set(qn("w:w"), str(int(w.twips)))
for i, row in enumerate(rows):
    for j, txt in enumerate(row):
        c = tbl.cell(i, j)
        c.width = widths[j]
        cell(c, txt, bold=(i == 0), f=HT if i == 0 else FS, size=12)
P(doc, "注：第1—3项指标2025年目标值为较2020年下降幅度。", FS, 12, indent=False)
H1(doc, "三、主要任务")
H2(doc, "（一）深化应急管理体制改革")
measure(doc, "1．健全领导指挥体制。", "完善省、市、县三级应急委员会和专项指挥部工作机制，健全应急管理部门统筹、行业部门分工负责的工作格局，推动防汛抗旱、森林防灭火、抗震救灾、地质灾害防治等指挥机构办公室实体化运行。2022年底前，市、县两级全面建立应急指挥部运行机制。", "（责任单位：省应急厅、省委编办、省消防救援总队）")
measure(doc, "2．压实安全生产责任。", "严格落实“党政同责、一岗双责、齐抓共管、失职追责”，健全“三个必须”责任体系，完善安全生产巡查、考核和约谈制度，每年组织开展一次省级安全生产巡查，推动企业落实全员安全生产责任制。", "（省安委办牵头，省应急厅、省住建厅、省交通运输厅按职责分工负责）")
measure(doc, "3．完善法规标准体系。", "推动修订《湖北省安全生产条例》，制定完善自然灾害防治、应急救援、应急物资保障等地方性法规和政府规章，2023年底前完成安全生产地方标准体系梳理。", "（责任单位：省应急厅、省司法厅、省市场监管局）")
H2(doc, "（二）防范化解重大安全风险")
measure(doc, "4．开展风险普查评估。", "2022年底前完成第一次全国自然灾害综合风险普查湖北省普查任务，建立全省自然灾害综合风险基础数据库，编制省、市、县三级自然灾害综合风险图和防治区划图。", "（责任单位：省应急厅、省自然资源厅、省水利厅、省地震局、省气象局）")
measure(doc, "5．深化重点领域专项整治。", "常态化开展危险化学品、矿山、消防、道路交通、建筑施工、城镇燃气等重点行业领域安全整治，推动沿江化工企业关改搬转，实现危险化学品重大危险源企业安全风险监测预警系统接入率达到100%。", "（责任单位：省应急厅、省公安厅、省住建厅、省交通运输厅、省经信厅、省消防救援总队）")
measure(doc, "6．加强自然灾害综合防治。", "实施防汛抗旱水利提升、地质灾害综合治理和避险移民搬迁等工程，到2025年完成地质灾害隐患点综合治理300处、避险搬迁1.2万户，中小河流重要河段达标治理率达到85%以上。", "（责任单位：省水利厅、省自然资源厅、省应急厅）")
H2(doc, "（三）提升应急救援能力")
measure(doc, "7．建强应急救援队伍。", "以国家综合性消防救援队伍为主力，组建省级危险化学品、矿山、水上搜救、工程抢险等专业应急救援队伍，每个县（市、区）至少建成1支30人以上的综合性应急救援队伍，规范引导社会应急力量有序参与。", "（省应急厅牵头，省消防救援总队、省财政厅、省人力资源社会保障厅配合）")
measure(doc, "8．推进航空应急救援。", "建设省级航空应急救援基地，统筹布局通用机场和临时起降点，到2025年全省建成航空应急救援起降点100个以上，实现省内重点区域1小时航空应急救援响应。", "（责任单位：省应急厅、省发展改革委、省交通运输厅、民航湖北监管局）")
measure(doc, "9．完善应急物资保障。", "建立省、市、县、乡四级应急物资储备体系，省级应急物资储备满足启动Ⅰ级应急响应时30万人紧急转移安置需求，健全应急物资调拨、紧急采购和运输保障机制。", "（责任单位：省应急厅、省粮食局、省发展改革委、省财政厅）")
H2(doc, "（四）增强全社会抵御风险能力")
measure(doc, "10．推进安全文化建设。", "组织开展安全生产月、防灾减灾日等主题宣传活动，推动安全宣传进企业、进农村、进社区、进学校、进家庭，到2025年新创建全国综合减灾示范社区50个以上。", "（责任单位：省应急厅、省委宣传部、省教育厅）")
measure(doc, "11．夯实基层应急基础。", "推进乡镇（街道）应急管理机构和基层应急队伍规范化建设，每个村（社区）至少配备1名灾害信息员，健全“第一响应人”制度。", "（责任单位：省应急厅、省民政厅、省消防救援总队，各市、州、县人民政府）")
measure(doc, "12．推进应急管理信息化。", "2023年底前建成全省应急管理综合应用平台，县级以上应急管理部门视频会商系统接通率达到100%，推动“智慧应急”与城市运行管理服务平台互联互通。", "（责任单位：省应急厅、省通信管理局、省政务管理办）")
H2(doc, "（五）强化应急科技和产业支撑")
measure(doc, "13．加强应急科技支撑。", "依托在鄂高校、科研院所和骨干企业，建设应急管理重点实验室、工程技术研究中心和科技成果转化基地，推进灾害事故机理、监测预警、救援装备等关键技术攻关，到2025年建成省级应急管理科技创新平台10个以上。", "（责任单位：省科技厅、省应急厅、省教育厅）")
measure(doc, "14．培育壮大应急产业。", "支持武汉、襄阳、宜昌等地建设应急产业集聚区，培育一批应急装备骨干企业和“专精特新”企业，推广应用先进适用的安全应急产品，到2025年全省应急产业规模突破1000亿元。", "（责任单位：省经信厅、省发展改革委、省应急厅、省科技厅）")
H1(doc, "四、重点工程")
P(doc, "“十四五”期间，围绕应急指挥信息化、风险监测预警、救援能力提升、物资保障和基层能力建设，组织实施一批重点工程，具体见附件。")
H1(doc, "五、保障措施")
H2(doc, "（一）加强组织领导。", "各地各部门要把规划实施纳入重要议事日程，细化任务分工，明确时间节点。省应急厅要会同省发展改革委加强对规划实施的跟踪分析，2023年开展中期评估，2025年开展总结评估，评估结果向省人民政府报告。各市、州、县人民政府要结合实际编制本地区应急体系规划，做好与本规划的衔接，确保规划确定的目标任务落地落实。")
H2(doc, "（二）强化资金保障。", "健全应急管理事权与支出责任相适应的财政保障机制，省级财政每年安排应急管理能力建设专项资金不少于3亿元，重点支持基层应急能力建设和重点工程实施。")
H2(doc, "（三）加强人才支撑。", "加强应急管理专业人才培养，推动高等院校开设应急管理相关专业，健全应急管理干部教育培训体系。实施应急管理干部素质提升工程，每年对市、县两级应急管理部门领导干部轮训一遍，推动县级以上应急管理部门专业人才占比稳步提升；完善应急救援人员职业荣誉、待遇保障和伤亡抚恤制度，增强队伍职业吸引力。")
H2(doc, "（四）严格考核评估。", "将规划主要指标和重点任务完成情况纳入地方党政领导干部安全生产责任制考核和防灾减灾救灾工作考核，确保规划目标如期实现。")
doc.add_page_break()
P(doc, "附件", HT, indent=False)
P(doc)
P(doc, "湖北省“十四五”应急体系建设重点工程", XBS, 20, align="center", spacing=34)
P(doc)
for t, b in [
    ("1．应急指挥信息化工程。", "建设省级应急指挥中心和市、州应急指挥分中心，完善卫星通信、短波通信和370兆无线通信网络，实现省、市、县三级应急指挥“一张图”。"),
    ("2．自然灾害监测预警工程。", "在地质灾害易发区、山洪灾害防治区和重点林区新建地震、地质灾害、森林火险、气象等各类监测站点2000个，提升灾害早期预警能力。"),
    ("3．森林防灭火能力提升工程。", "由省林业局负责实施，建设森林防火通道1500公里、林火视频监控点500个，配备以水灭火装备，重点林区森林火灾24小时扑灭率达到95%以上。"),
    ("4．区域应急救援中心工程。", "建设鄂西、鄂东、鄂北3个区域性应急救援中心，分别依托宜昌市、黄石市、襄阳市消防救援支队建设，配备大型排涝、破拆、救援装备。"),
    ("5．应急物资储备库工程。", "由省粮食局会同省应急厅组织实施，新建、改扩建省级应急物资储备库5个，推动市、县两级储备库标准化建设。"),
    ("6．基层应急能力提升工程。", "为乡镇（街道）配备应急通信、排水抢险、照明等基本装备，建设一批村（社区）应急服务站，提升基层先期处置能力。"),
]:
    p = P(doc)
    font(p.add_run(t), FS, bold=True)
    font(p.add_run(b), FS)
P(doc)
p = P(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，湖北省军区。", FS, 14, indent=False)
top_rule(p)
p = P(doc, "湖北省人民政府办公厅　　　　　　　　　　2022年4月11日印发", FS, 14, indent=False)
top_rule(p)
bottom_rule(p, "000000", 8)

OUTDIR = str(Path(__file__).resolve().parent / "notices")
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "q3_hubei_yingji_guihua.docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "q3_hubei_yingji_guihua.pdf"), os.path.join(OUTDIR, "q3_hubei_yingji_guihua.pdf"))
print("wrote", os.path.join(OUTDIR, "q3_hubei_yingji_guihua.pdf"))
