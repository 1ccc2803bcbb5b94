"""Build the docx (bi2) and pdf (bi3) notices of blind set 61.

bi2: bi2_luochuan_renying_lingdao_xiaozu.docx   (python-docx)
bi3: bi3_mudanjiang_shiyongjun_xingdong.pdf     (python-docx, then soffice --headless --convert-to pdf)

Run from anywhere: python3 build_bin.py
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).parent / "notices"


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text="", align=None, size=16, name="仿宋_GB2312", bold=False, indent=True, color=None):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        r = p.add_run(text)
        _font(r, name, size, bold, color)
    return p


def base_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(16)
    return doc


def add_page_field(paragraph, before="— ", after=" —"):
    r = paragraph.add_run(before)
    _font(r, "宋体", 14)
    run = paragraph.add_run()
    _font(run, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    r = paragraph.add_run(after)
    _font(r, "宋体", 14)


def cell_text(cell, text, size=12, bold=False, align="center"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run(text)
    _font(r, "仿宋_GB2312", size, bold)


def set_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def hline(doc, color="FF0000"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)
    return p


# ---------------------------------------------------------------- bi2 (docx)
LUOCHUAN_MEMBERS = [
    ("组  长", "王宏斌", "县委常委、副县长"),
    ("副组长", "赵  磊", "县政府办公室副主任"),
    (None, "杨  帆", "县气象局局长"),
    (None, "高建平", "县农业农村局局长"),
    ("成  员", "刘  珂", "县发展和改革局副局长"),
    (None, "马晓东", "县财政局副局长"),
    (None, "李  强", "县公安局副局长"),
    (None, "张红梅", "县应急管理局副局长"),
    (None, "屈建设", "县苹果产业发展中心主任"),
    (None, "樊志刚", "县自然资源局副局长"),
    (None, "侯  涛", "县交通运输局副局长"),
    (None, "冯彩霞", "县民政局副局长"),
    (None, "党小军", "县人武部副部长"),
    (None, "雷振宇", "县市场监督管理局副局长"),
    (None, "许卫东", "县气象局副局长"),
    (None, "王  宁", "县融媒体中心副主任"),
    (None, "贺  鹏", "人保财险洛川支公司经理"),
    (None, "白  洁", "国网洛川县供电公司副经理"),
]


def build_bi2():
    doc = base_doc()
    para(doc, "洛川县人民政府办公室文件", "center", 36, "方正小标宋简体", color=(0xFF, 0, 0))
    para(doc, "")
    para(doc, "洛政办发〔2024〕11号", "center", 16)
    hline(doc)
    para(doc, "")
    para(doc, "洛川县人民政府办公室", "center", 22, "方正小标宋简体")
    para(doc, "关于调整县人工影响天气工作领导小组成员及", "center", 22, "方正小标宋简体")
    para(doc, "做好2024年防雹减灾工作的通知", "center", 22, "方正小标宋简体")
    para(doc, "")
    para(doc, "各镇人民政府，凤栖街道办事处，县政府各工作部门、直属机构：", indent=False)
    para(doc, "人工影响天气工作是保障我县苹果产业安全生产的重要防灾减灾措施。2023年，全县共组织开展防雹增雨作业126场次，发射人雨弹8640发、火箭弹1150枚，作业保护果园面积50.6万亩，减少冰雹灾害经济损失约2.3亿元。因人员变动和工作需要，根据《人工影响天气管理条例》和《陕西省人工影响天气管理办法》，经县政府研究，决定对县人工影响天气工作领导小组成员进行调整，同时对做好2024年防雹减灾工作提出要求。现将有关事项通知如下：")
    para(doc, "一、调整后的领导小组成员", name="黑体")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["职  务", "姓  名", "单位及职务"]):
        cell_text(c, h, 14, True)
    start = None
    rows = []
    for role, name, post in LUOCHUAN_MEMBERS:
        row = t.add_row()
        rows.append(row)
        cell_text(row.cells[1], name, 14)
        cell_text(row.cells[2], post, 14, align="left")
        if role:
            cell_text(row.cells[0], role, 14)
    # merge the role column over each role's rows (组长 1, 副组长 3, 成员 14)
    spans = []
    for i, (role, _, _) in enumerate(LUOCHUAN_MEMBERS):
        if role:
            spans.append([i, i])
        else:
            spans[-1][1] = i
    for a, b in spans:
        if b > a:
            top = rows[a].cells[0]
            keep = top.text
            top.merge(rows[b].cells[0])
            cell_text(top, keep, 14)
    set_widths(t, (2.6, 3.0, 9.6))
    para(doc, "各镇人民政府、凤栖街道办事处分管负责同志为领导小组成员。")
    para(doc, "领导小组下设办公室，办公室设在县气象局，杨帆同志兼任办公室主任，许卫东同志任办公室副主任，负责领导小组日常工作。今后领导小组成员单位人员如有变动，由接任者自然递补，不再另行发文。")
    para(doc, "二、领导小组主要职责", name="黑体")
    para(doc, "贯彻落实上级关于人工影响天气工作的决策部署，研究制定全县人工影响天气工作规划和年度计划；统筹协调作业点布局、作业装备购置和弹药储运安全；组织开展重大灾害性天气过程的联合作业；督促检查各镇（街道）和有关部门工作落实情况。")
    para(doc, "三、2024年工作目标", name="黑体")
    para(doc, "全县防雹作业保护面积稳定在52万亩以上；固定作业点达到42个，其中新建标准化作业点4个；火箭作业系统达到12套；作业人员持证上岗率、作业装备年检合格率均达到100%，确保全年不发生人影作业安全事故。")
    para(doc, "四、工作要求", name="黑体")
    for s in [
        "（一）县气象局要在4月15日前完成全县作业点高炮、火箭发射架年检和作业人员岗前培训，每个作业点配备作业人员不少于3人，作业人员年龄不超过55周岁。",
        "（二）县财政局要将人工影响天气工作经费纳入县级财政预算，2024年安排人影专项经费不少于150万元；作业期（4月1日至10月31日）内作业人员每人每月补助2000元，并为每名作业人员购买保额不低于60万元的人身意外伤害保险。",
        "（三）县苹果产业发展中心要会同各镇人民政府、凤栖街道办事处，于3月31日前完成果园防雹网建设需求摸底。对2024年新建防雹网的果园，按每亩800元给予补助，单户补助面积不超过20亩。",
        "（四）县公安局要加强人影弹药运输、储存环节的安全监管，督促作业单位落实弹药库24小时专人值守制度。",
        "（五）县应急管理局要将人影作业安全纳入全县安全生产检查范围，每年汛期前至少开展1次专项检查。",
        "（六）各镇人民政府、凤栖街道办事处要落实作业点属地管理责任，做好作业点用地、供电和道路保障，于5月10日前完成作业点周边安全警示标志设置。",
        "（七）县气象局要严格执行空域申报制度，每次作业前提前15分钟向延安市人工影响天气办公室和空域管制部门申请空域，作业结束后10分钟内上报作业信息。",
        "（八）领导小组办公室要于每年11月底前汇总形成全县人影作业效果评估报告，报县政府和延安市人工影响天气办公室。",
    ]:
        para(doc, s)
    para(doc, "本通知自印发之日起施行，《洛川县人民政府办公室关于调整县人工影响天气工作领导小组成员的通知》（洛政办发〔2021〕35号）同时废止。")
    para(doc, "")
    para(doc, "")
    para(doc, "洛川县人民政府办公室　　", "right")
    para(doc, "二〇二四年三月二十二日　　", "right")
    para(doc, "（此件公开发布）", indent=True)
    para(doc, "")
    hline(doc, "000000")
    para(doc, "抄送：县委办，县人大常委会办公室，县政协办公室，延安市气象局。", size=14, indent=False)
    hline(doc, "000000")
    para(doc, "洛川县人民政府办公室　　　　　　　　　2024年3月22日印发", size=14, indent=False)
    ft = doc.sections[0].footer.paragraphs[0]
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(ft)
    OUT.mkdir(parents=True, exist_ok=True)
    doc.save(OUT / "bi2_luochuan_renying_lingdao_xiaozu.docx")


# ---------------------------------------------------------------- bi3 (pdf)
MDJ_TABLE = [
    ("序号", "指标名称", "单位", "2023年", "2026年", "属性"),
    ("1", "食用菌栽培规模", "亿袋", "9.2", "10", "预期性"),
    ("2", "其中：黑木耳", "亿袋", "7.8", "8.5", "预期性"),
    ("3", "食用菌总产量（鲜品）", "万吨", "52", "60", "预期性"),
    ("4", "全产业链产值", "亿元", "158", "200", "预期性"),
    ("5", "市级以上龙头企业", "家", "26", "35", "预期性"),
    ("6", "标准化生产基地", "个", "85", "120", "预期性"),
    ("7", "菌包工厂化生产比例", "%", "35", "50", "预期性"),
    ("8", "菌包废弃物资源化利用率", "%", "78", "90", "约束性"),
    ("9", "“三品一标”认证产品", "个", "41", "60", "预期性"),
]

MDJ_TASKS = [
    "（一）建设标准化生产基地。在东宁市、穆棱市、海林市、林口县等主产区，建设集中连片标准化生产基地，推广吊袋栽培、棚室立体栽培等模式。对新建钢架结构吊袋栽培大棚的，每栋（面积不少于360平方米）补助1.5万元。到2026年，标准化生产基地达到120个。（牵头单位：市农业农村局；责任单位：各县（市）区人民政府）",
    "（二）推进菌包工厂化生产。对新建年产能1000万袋以上的菌包工厂，按设备投资额的20%给予补助，单个项目最高不超过300万元。到2026年，全市菌包工厂达到25家，菌包工厂化生产比例达到50%。（牵头单位：市农业农村局；配合单位：市发展改革委、市财政局）",
    "（三）培育壮大经营主体。实施龙头企业“育苗壮干”工程，对新认定的国家级农业产业化重点龙头企业（食用菌类）一次性奖励50万元，对新认定的省级农业产业化重点龙头企业一次性奖励20万元。支持农民合作社、家庭农场发展食用菌生产，到2026年培育食用菌示范合作社100家。（牵头单位：市农业农村局；配合单位：市财政局、市工业和信息化局）",
    "（四）强化科技支撑。依托东北林业大学、黑龙江省农业科学院牡丹江分院等科研院所，开展菌种选育和栽培技术攻关，每年选育推广新品种3个以上，建设市级菌种繁育中心1个。（责任单位：市科技局、市农业农村局）",
    "（五）打造区域公用品牌。做强“东宁黑木耳”“牡丹江蘑菇”区域公用品牌，对新获得绿色食品、有机农产品认证的食用菌产品，每个产品一次性奖励2万元。到2026年，“三品一标”认证产品达到60个。（牵头单位：市农业农村局；配合单位：市市场监管局、市商务局）",
    "（六）发展精深加工和电商销售。支持企业开发即食木耳、菌类饮品、多糖提取等精深加工产品，到2026年，食用菌精深加工率达到25%，食用菌网络零售额达到30亿元。（牵头单位：市商务局；配合单位：市工业和信息化局、市农业农村局）",
    "（七）推进菌包废弃物资源化利用。推广废弃菌包生产生物质燃料、有机肥和食用菌再生基料，对年处理废弃菌包5000吨以上的企业，按实际处理量每吨补助30元。（牵头单位：市生态环境局、市农业农村局；配合单位：市发展改革委）",
    "（八）加大金融保险支持。对食用菌经营主体新增贷款按贷款市场报价利率（LPR）的50%给予贴息，单户年度贴息额最高10万元；开展食用菌栽培保险，保费由财政补贴70%。（牵头单位：市财政局；配合单位：市金融服务中心、中国人民银行牡丹江市分行、国家金融监督管理总局牡丹江监管分局）",
]


def build_bi3_docx(path):
    doc = base_doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("牡丹江市人民政府办公室")
    _font(r, "宋体", 10)
    ft = sec.footer.paragraphs[0]
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(ft)
    fft = sec.first_page_footer.paragraphs[0]
    fft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fft)

    para(doc, "牡丹江市人民政府办公室文件", "center", 34, "方正小标宋简体", color=(0xFF, 0, 0))
    para(doc, "")
    para(doc, "牡政办发〔2024〕12号", "center", 16)
    hline(doc)
    para(doc, "")
    para(doc, "牡丹江市人民政府办公室关于印发牡丹江市", "center", 22, "方正小标宋简体")
    para(doc, "食用菌产业高质量发展三年行动方案", "center", 22, "方正小标宋简体")
    para(doc, "（2024—2026年）的通知", "center", 22, "方正小标宋简体")
    para(doc, "")
    para(doc, "各县（市）、区人民政府，市政府各委、办、局，各有关单位：", indent=False)
    para(doc, "《牡丹江市食用菌产业高质量发展三年行动方案（2024—2026年）》已经市政府第32次常务会议审议通过，现印发给你们，请认真组织实施。")
    para(doc, "")
    para(doc, "牡丹江市人民政府办公室　　", "right")
    para(doc, "二〇二四年三月二十八日　　", "right")
    para(doc, "（此件公开发布）")
    doc.add_page_break()
    para(doc, "牡丹江市食用菌产业高质量发展三年行动方案", "center", 22, "方正小标宋简体")
    para(doc, "（2024—2026年）", "center", 16, "楷体_GB2312")
    para(doc, "")
    para(doc, "食用菌产业是我市农业特色主导产业和农民增收的重要支柱。2023年，全市食用菌栽培规模达到9.2亿袋，其中黑木耳7.8亿袋，总产量（鲜品）52万吨，全产业链产值158亿元，东宁市被评为“中国黑木耳之乡”。为贯彻落实《中共中央 国务院关于做好2024年全面推进乡村振兴重点工作的意见》和《黑龙江省人民政府办公厅关于加快推进食用菌产业高质量发展的指导意见》（黑政办规〔2023〕9号），推动全市食用菌产业提档升级，制定本行动方案。")
    para(doc, "一、总体要求", name="黑体")
    para(doc, "以习近平新时代中国特色社会主义思想为指导，坚持“稳规模、提品质、强加工、创品牌”，推进食用菌产业由“种得好”向“卖得好”转变，把牡丹江建设成为全国重要的食用菌生产加工基地和黑木耳交易集散中心。")
    para(doc, "二、发展目标", name="黑体")
    para(doc, "到2026年，全市食用菌栽培规模稳定在10亿袋以上，其中黑木耳8.5亿袋；总产量（鲜品）达到60万吨；全产业链产值达到200亿元以上；市级以上龙头企业达到35家，其中国家级3家、省级12家；菌包废弃物资源化利用率达到90%以上。主要指标见下表。")
    para(doc, "牡丹江市食用菌产业发展主要指标", "center", 14, "黑体")
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(MDJ_TABLE):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, 12, bold=(i == 0), align="center" if v != row[1] or i == 0 else "left")
    set_widths(t, (1.3, 5.6, 1.6, 2.4, 2.4, 1.9))
    para(doc, "三、重点任务", name="黑体")
    for s in MDJ_TASKS:
        para(doc, s)
    para(doc, "四、保障措施", name="黑体")
    para(doc, "（一）加强组织领导。依托市重点产业链链长制工作机制，由分管副市长任食用菌产业链链长，统筹推进全产业链发展，各县（市）区要建立相应工作机制。")
    para(doc, "（二）加大资金投入。市财政每年统筹安排食用菌产业发展专项资金3000万元，重点支持标准化基地、菌包工厂和品牌建设。")
    para(doc, "（三）强化督导考核。将食用菌产业发展纳入乡村振兴实绩考核，市农业农村局每半年通报一次各县（市）区工作进展。")
    para(doc, "")
    hline(doc, "000000")
    para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院，牡丹江军分区。", size=14, indent=False)
    hline(doc, "000000")
    para(doc, "牡丹江市人民政府办公室　　　　　　　　2024年3月29日印发", size=14, indent=False)
    doc.save(path)


def build_bi3():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is needed to build the pdf")
    OUT.mkdir(parents=True, exist_ok=True)
    name = "bi3_mudanjiang_shiyongjun_xingdong"
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{name}.docx"
        build_bi3_docx(src)
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{td}/lo", "--headless",
             "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
        )
    assert (OUT / f"{name}.pdf").exists()


if __name__ == "__main__":
    build_bi2()
    build_bi3()
    print("built", sorted(p.name for p in OUT.glob("bi[1-5]_*")))
