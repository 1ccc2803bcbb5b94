"""Build ag3: 鞍山市发展和改革委员会 鞍山市商务局 — 冷链物流 若干政策措施.

Writes a DOCX with python-docx, then converts it to PDF with
`soffice --headless --convert-to pdf`; only the PDF goes to notices/.
Run with the project's .venv python: build_ag3.py
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices")
NAME = "ag3_anshan_lenglian_zhengce_cuoshi"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(29)
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def item(doc, head, body):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(29)
    pf.space_after = Pt(0)
    pf.first_line_indent = Pt(32)
    r = p.add_run(head)
    set_font(r, HT, 16)
    r = p.add_run(body)
    set_font(r, FS, 16)
    return p


def bottom_border(p, color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def field(p, instr, size=14, font="宋体"):
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._element.append(f2)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def header_text(header, text):
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    set_font(r, FS, 10.5)
    bottom_border(p, "000000", "4")


doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21.0)
sec.top_margin = Cm(3.7)
sec.bottom_margin = Cm(3.5)
sec.left_margin = Cm(2.8)
sec.right_margin = Cm(2.6)
sec.header_distance = Cm(1.8)
sec.footer_distance = Cm(2.2)
# first page: no header; odd/even footers as GB/T 9704 (odd right, even left)
sec.different_first_page_header_footer = True
settings = doc.settings.element
eo = OxmlElement("w:evenAndOddHeaders")
settings.append(eo)
page_footer(sec.first_page_footer, WD_ALIGN_PARAGRAPH.RIGHT)
page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
header_text(sec.header, "鞍山市发展和改革委员会　鞍山市商务局　鞍发改发〔2024〕47号")
header_text(sec.even_page_header, "鞍山市发展和改革委员会　鞍山市商务局　鞍发改发〔2024〕47号")

RED = (0xE6, 0, 0)
para(doc, "鞍山市发展和改革委员会", XBS, 30, False, WD_ALIGN_PARAGRAPH.CENTER, False, RED)
para(doc, "鞍　山　市　商　务　局　文件", XBS, 30, False, WD_ALIGN_PARAGRAPH.CENTER, False, RED)
para(doc, "")
p = para(doc, "鞍发改发〔2024〕47号", FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
bottom_border(p, "E60000", "18")
para(doc, "")
para(doc, "鞍山市发展和改革委员会　鞍山市商务局", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "关于印发《鞍山市促进冷链物流高质量发展", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "若干政策措施》的通知", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "")
para(doc, "各县（市）区发展和改革局、商务局，高新区、经济开发区、千山风景区经济发展局，各有关企业：", indent=False)
para(doc, "为加快补齐我市冷链物流设施短板，促进冷链物流高质量发展，市发展改革委、市商务局会同市财政局等部门研究制定了"
          "《鞍山市促进冷链物流高质量发展若干政策措施》，经市政府同意，现印发给你们，请结合实际认真贯彻落实。")
para(doc, "")
para(doc, "")
para(doc, "鞍山市发展和改革委员会　　　　鞍山市商务局　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para(doc, "2024年4月22日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para(doc, "（此件公开发布）")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

para(doc, "鞍山市促进冷链物流高质量发展若干政策措施", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False)
para(doc, "")
para(doc, "为深入贯彻落实《“十四五”冷链物流发展规划》（国办发〔2021〕46号）和《辽宁省推进冷链物流高质量发展若干措施》"
          "（辽政办发〔2023〕9号），加快构建设施完善、衔接顺畅、绿色智能、安全高效的冷链物流体系，助力辽宁中部城市群农产品"
          "流通枢纽建设，结合我市实际，制定如下政策措施。本政策措施适用于在我市行政区域内从事冷链仓储、冷链运输、冷链配送、"
          "低温加工及冷链信息服务的企业和农业经营主体，政策兑现坚持“公开透明、事后奖补、从高不重复”原则。")
para(doc, "发展目标：截至2023年底，全市冷库总库容86万吨，冷藏车保有量520辆，果蔬、肉类、水产品冷链流通率分别为28%、45%、52%。"
          "到2026年底，全市冷库总库容达到120万吨以上，冷藏车保有量达到800辆以上，果蔬、肉类、水产品冷链流通率分别达到35%、60%、70%以上，"
          "冷链物流业务收入年均增长10%以上，培育年营业收入超亿元的冷链物流企业10家以上，争创国家骨干冷链物流基地1个。")

item(doc, "一、支持冷库设施建设。",
     "对新建库容1万吨以上（含）的公共冷库和低温加工仓储项目，按照设备购置和建安工程投资额的10%给予补助，单个项目最高500万元。"
     "对改扩建后新增库容5000吨以上的冷库项目，按新增库容每吨100元给予补助，单个项目最高200万元。"
     "（责任单位：市发展改革委、市商务局、市财政局）")
item(doc, "二、支持产地冷藏保鲜设施建设。",
     "对农民合作社、家庭农场、农村集体经济组织在产地新建库容100吨以上的冷藏保鲜设施，按照不超过设施建设投资总额30%的比例给予补助，"
     "单个主体最高50万元。（责任单位：市农业农村局、市财政局）")
item(doc, "三、培育冷链物流龙头企业。",
     "对年营业收入首次超过1亿元、5亿元的冷链物流企业，分别给予一次性奖励30万元、100万元。对新获评国家5A级、4A级物流企业"
     "（冷链物流类）的，分别给予一次性奖励50万元、20万元。同一企业晋级的，按差额给予奖励。（责任单位：市商务局、市财政局）")
item(doc, "四、支持冷链物流基地和园区建设。",
     "对获批国家骨干冷链物流基地的，给予建设运营主体一次性奖励300万元；对新认定为省级冷链物流示范园区的，给予一次性奖励100万元。"
     "（责任单位：市发展改革委、市商务局）")
item(doc, "五、鼓励冷链运输车辆更新。",
     "对冷藏车保有量10辆以上的冷链物流企业新购置新能源冷藏车的，每辆给予2万元补助；新购置国六排放标准燃油冷藏车的，每辆给予1万元补助，"
     "单个企业每年补助最高50万元。（责任单位：市商务局、市交通运输局、市财政局）")
item(doc, "六、加大金融支持力度。",
     "对冷链物流企业用于冷链设施建设和设备购置的银行贷款，按照贷款发放时一年期贷款市场报价利率（LPR）的50%给予贴息，"
     "贴息期限不超过2年，单个企业年度贴息最高100万元。引导设立规模5亿元的冷链物流产业发展基金，支持冷链物流重点项目建设。"
     "（责任单位：市金融发展局、市财政局、中国人民银行鞍山市分行）")
item(doc, "七、降低企业经营成本。",
     "对入驻市级以上冷链物流园区的中小微冷链物流企业，入驻前2年免收租金，第3年至第5年按市场租金的50%收取，园区运营主体因此减少的"
     "租金收入由园区所在地财政给予适当补偿。符合条件的农产品产地冷藏保鲜设施用电执行农业生产电价。"
     "（责任单位：各县（市）区人民政府，国网鞍山供电公司）")
item(doc, "八、推动冷链物流数字化发展。",
     "对建设冷链追溯系统并接入省级冷链食品追溯平台的企业，每家给予5万元补助；对获评省级以上智慧物流示范项目的，给予一次性奖励50万元。"
     "（责任单位：市商务局、市市场监管局、市工业和信息化局）")
item(doc, "九、强化标准引领。",
     "对主导制定冷链物流国家标准、行业标准、地方标准的企业，每项分别给予50万元、30万元、10万元奖励。（责任单位：市市场监管局、市财政局）")
item(doc, "十、保障冷链物流用地。",
     "将冷链物流设施用地纳入国土空间规划统筹保障。对符合条件的冷链物流项目，工业用地出让起始价可按不低于所在地土地等别相对应"
     "《全国工业用地出让最低价标准》的70%确定。（责任单位：市自然资源局）")
item(doc, "十一、支持冷链物流企业招引落户。",
     "对新引进的中国冷链物流百强企业在我市设立区域总部或独立法人子公司、实缴注册资本5000万元以上的，给予一次性落户奖励200万元；"
     "对其在我市新建冷链物流项目的，优先纳入市级重点项目管理，实行“一企一策”“专班服务”。"
     "（责任单位：市商务局、各县（市）区人民政府）")
item(doc, "十二、发展冷链多式联运。",
     "支持鞍山西站物流园区、腾鳌综合物流园区开展铁路冷链运输，对开行冷链班列（含公铁联运冷链专列）的物流企业，每列给予2万元补助，"
     "单个企业年度补助最高100万元。鼓励企业发展冷链甩挂运输和共同配送。（责任单位：市交通运输局、市商务局）")
item(doc, "十三、完善城市冷链末端配送网络。",
     "支持连锁商超、生鲜电商、邮政快递企业在社区、商务楼宇布设冷链智能自提柜和前置仓，对新布设冷链智能自提柜的企业，每组给予3000元补助，"
     "单个企业最高30万元；对新建面积300平方米以上的社区生鲜前置仓，每个给予10万元补助。（责任单位：市商务局、市邮政管理局）")
item(doc, "十四、加强冷链物流人才培养。",
     "支持辽宁科技大学、鞍山职业技术学院等院校开设冷链物流相关专业，开展订单式培养。对冷链物流企业组织职工参加职业技能培训并取得"
     "职业技能等级证书的，按每人1500元给予培训补贴；对企业新引进的全日制本科以上学历冷链物流专业人才，给予每人每月1000元生活补贴，"
     "补贴期限最长3年。（责任单位：市人力资源和社会保障局、市教育局）")
item(doc, "十五、强化冷链食品质量安全监管。",
     "落实冷链食品追溯管理制度，督促冷链物流企业落实进货查验、温度监测和出入库记录制度，对重点冷库每季度开展1次监督抽检，"
     "深入开展冷链物流领域安全生产隐患排查整治。（责任单位：市市场监管局、市卫生健康委、市应急管理局）")
item(doc, "十六、规范申报程序。",
     "享受本政策措施的企业须在鞍山市行政区域内依法注册、具有独立法人资格、正常经营1年以上，近3年内未发生重大安全生产和食品安全事故，"
     "未被列入严重失信主体名单。补助资金原则上每年集中申报一次，经评审并公示不少于7个工作日后拨付。"
     "（责任单位：市商务局、市发展改革委、市财政局）")
item(doc, "十七、强化资金保障和监管。",
     "市财政每年安排冷链物流发展专项资金3000万元。同一项目同时符合本市多项扶持政策的，按照“从高不重复”原则执行。"
     "对弄虚作假、骗取财政资金的，全额追回补助资金，5年内取消其申报资格，并依法依规追究相关责任。")
item(doc, "十八、", "本政策措施自2024年5月1日起施行，有效期3年。由市发展改革委、市商务局负责解释。此前我市出台的相关政策与本政策措施"
     "不一致的，以本政策措施为准。")
para(doc, "")
para(doc, "")
p = para(doc, "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市财政局。", FS, 14, indent=False)
bottom_border(p, "000000", "6")
p = para(doc, "鞍山市发展和改革委员会办公室　　　　　　2024年4月23日印发", FS, 14, indent=False)
bottom_border(p, "000000", "6")

tmp = tempfile.mkdtemp()
docx_path = os.path.join(tmp, NAME + ".docx")
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT_DIR, NAME + ".pdf"))
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT_DIR, NAME + ".pdf"))
