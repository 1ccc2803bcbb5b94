# Build notices/ah3_yancheng_xinnengyuan_ruoganzhengce.pdf
# python-docx → DOCX (in /tmp) → LibreOffice headless → PDF.
# Run with the project's .venv python: build_ah3.py
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

NAME = "ah3_yancheng_xinnengyuan_ruoganzhengce"
OUTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

FS = "Noto Serif CJK SC"   # body (仿宋 is not installed; LibreOffice embeds this)
HEI = "Noto Sans CJK SC"

st = doc.styles["Normal"]
st.font.name = FS
st.font.size = Pt(16)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def rf(run, name=FS, size=16, bold=False, color=None):
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


def para(text="", font=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(29)
    p.paragraph_format.space_after = Pt(0)
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        rf(p.add_run(text), font, size, bold, color)
    return p


def item(head, body):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(29)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = Pt(32)
    rf(p.add_run(head), FS, 16, True)
    rf(p.add_run(body), FS, 16)
    return p


def rule(color="FF0000", sz="18"):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def page_field(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rf(p.add_run("— "), FS, 14)
    r = p.add_run()
    for kind, val in (("begin", None), ("instr", "PAGE"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = val
            r._r.append(it)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
    rf(p.add_run(" —"), FS, 14)


page_field(sec)

# ---------------- cover notice ----------------
para("盐城市人民政府文件", HEI, 32, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=(0xE6, 0, 0))
para("", indent=False)
para("盐政规发〔2023〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
rule()
para("", indent=False)
para("盐城市人民政府关于印发盐城市支持", HEI, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("新能源产业高质量发展若干政策的通知", HEI, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)
para("各县（市、区）人民政府，盐城经济技术开发区管委会，盐南高新技术产业开发区管委会，市各委、办、局，市各直属单位：", indent=False)
para("现将《盐城市支持新能源产业高质量发展若干政策》印发给你们，请认真贯彻执行。")
para("", indent=False)
para("", indent=False)
para("盐城市人民政府　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("2023年6月12日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("（此件公开发布）")

# ---------------- the policy (new section, running head) ----------------
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.header.is_linked_to_previous = False
hp = new.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
rf(hp.add_run("盐城市支持新能源产业高质量发展若干政策"), FS, 10)

para("盐城市支持新能源产业高质量发展若干政策", HEI, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para("", indent=False)
para("为深入贯彻落实国家发展改革委、国家能源局《关于加快推动新型储能发展的指导意见》（发改能源规〔2021〕1051号）和《江苏省“十四五”可再生能源发展专项规划》（苏发改能源发〔2021〕1152号）精神，加快建设新能源产业集聚区和“绿色能源之城”，结合我市实际，制定如下政策。")
para("截至2022年底，全市新能源装机规模达1530万千瓦，其中海上风电装机规模570万千瓦，新能源产业产值达1860亿元。力争到2025年，全市新能源装机规模突破3000万千瓦，新能源产业产值突破3000亿元，培育年营业收入超百亿元的新能源企业10家以上。当前，我市新能源产业正处于规模扩张和提质升级的关键期，产业链“整机强、配套弱”、创新能力不足、应用场景有待拓展等问题仍然突出，需要进一步加大政策支持力度。")

CN = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN[n - 1] if n < 10 else "十"
    return "十" + CN[n - 11] if n < 20 else "二十" + ("" if n == 20 else CN[n - 21])


_no = [0]


def art(head, body):
    _no[0] += 1
    return item("（%s）%s" % (cn(_no[0]), head), body)


para("一、支持企业做大做强", HEI, 16)
art("实施规模跃升奖励。", "对新能源装备制造企业年营业收入首次突破10亿元、50亿元、100亿元的，分别给予50万元、200万元、500万元一次性奖励；企业跨档晋级的，按差额补足奖励。（责任单位：市工业和信息化局、市财政局）")
art("支持重大项目落地。", "对新引进固定资产投资10亿元以上的新能源装备制造项目，项目竣工投产后按设备投资额的8%给予补助，单个项目最高3000万元。（牵头单位：市发展改革委；责任单位：市商务局、市财政局，各县〔市、区〕人民政府）")
art("支持研发创新平台建设。", "对新认定的国家级、省级新能源领域企业技术中心（工程技术研究中心），分别给予200万元、50万元一次性奖励。对新能源企业牵头承担国家重点研发计划项目的，按国家资助经费的20%给予配套支持，单个项目最高300万元。（责任单位：市科技局、市工业和信息化局）")
art("鼓励首台（套）装备研制。", "对企业研制的海上风电、光伏、储能重大装备被认定为省级首台（套）重大装备的，按首台（套）销售价格的20%给予奖励，最高500万元。（责任单位：市工业和信息化局）")

art("支持企业上市融资。", "对新能源企业在境内外证券交易所首发上市的，给予总额500万元奖励，分阶段兑现。")

para("二、支持海上风电全产业链发展", HEI, 16)
art("建设海上风电运维基地。", "对在我市沿海港区建设海上风电运维基地的企业，按码头及配套设施实际投资额的10%给予补助，单个基地最高2000万元。（责任单位：市交通运输局、市发展改革委）")
art("推动海上风电装备出口。", "对年出口额达到1亿美元以上的海上风电整机及核心零部件企业，按出口额的1‰给予奖励，单个企业每年最高200万元。")
art("推进海上风电融合发展。", "对海上风电项目配套建设的海洋牧场、海上制氢等融合发展示范项目，按项目总投资的5%给予补助，单个项目最高1000万元。（责任单位：市发展改革委、市农业农村局）")

para("三、支持光伏产业提质增效", HEI, 16)
art("推广分布式光伏。", "推进整县（市、区）屋顶分布式光伏开发，到2025年全市分布式光伏新增装机200万千瓦以上。对在工商业厂房屋顶建设分布式光伏项目、装机容量1兆瓦以上且并网运行的，按装机容量给予0.1元/瓦的一次性补贴，单个项目最高50万元。（责任单位：市发展改革委、国网盐城供电公司，各县〔市、区〕人民政府）")
art("支持高效电池技术产业化。", "对量产光伏电池平均转换效率达到25%以上的新建产线，按产线设备投资额的5%给予补助，单个企业最高1000万元。（责任单位：市工业和信息化局、市科技局）")

para("四、支持新型储能规模化应用", HEI, 16)
art("给予储能建设补贴。", "对2023年7月1日后建成并网、功率规模500千瓦以上的用户侧新型储能项目，按储能装机功率给予100元/千瓦的一次性建设补贴，单个项目最高200万元。")
art("给予储能运营补贴。", "对符合前款条件的用户侧新型储能项目，按实际放电量给予0.3元/千瓦时的运营补贴，自并网次月起连续补贴3年，单个项目每年最高100万元。（责任单位：市发展改革委、市财政局、国网盐城供电公司）")
art("支持独立储能电站建设。", "鼓励新能源发电企业按照不低于装机容量10%、连续储能时长2小时以上的标准配建或租赁储能设施。对单站规模10万千瓦以上的电网侧独立储能电站，优先纳入省级示范项目推荐名单。（责任单位：市发展改革委）")
art("壮大储能装备制造。", "对新建储能电池年产能5吉瓦时以上的项目，按设备投资额的6%给予补助，单个项目最高2000万元。（责任单位：市工业和信息化局）")

para("五、拓展市场应用", HEI, 16)
art("鼓励绿电消费。", "对新能源装备制造企业参与绿电交易的，按年度绿电交易电量给予0.02元/千瓦时奖励，单个企业每年最高50万元。（责任单位：市发展改革委、国网盐城供电公司）")
art("拓展交通领域应用场景。", "在港口、物流园区和城市公交等领域推广新能源重卡、电动船舶和换电模式，对新建并投入运营的重卡换电站，每座给予20万元一次性建设奖励，到2025年全市建成重卡换电站30座以上。（责任单位：市交通运输局、市发展改革委）")
art("支持开拓国内外市场。", "对新能源企业参加市级以上组织的境外专业展会，按展位费的70%给予补助，单个企业年度补助最高30万元。（责任单位：市商务局）")

para("六、强化金融和要素保障", HEI, 16)
art("给予贷款贴息。", "对新能源企业技术改造项目贷款，按一年期贷款市场报价利率（LPR）的50%给予贴息，贴息期限不超过2年，单个企业年度贴息最高100万元。（责任单位：市财政局、市地方金融监管局）")
art("优化土地供应。", "对符合条件的新能源重大产业项目，工业用地出让起始价可按不低于所在地土地等别相对应全国工业用地出让最低价标准的70%确定；新增工业用地容积率原则上不低于1.2。（责任单位：市自然资源和规划局）")
art("发挥产业基金作用。", "设立规模50亿元的市级新能源产业发展基金，通过股权投资方式支持新能源重大项目和创新型企业发展。市级财政每年安排新能源产业发展专项资金不少于3亿元。")
art("加强人才支撑。", "对新能源企业引进的年薪50万元以上的高层次管理和技术人才，按其个人所得税地方留存部分的80%给予奖励，奖励期限3年。（责任单位：市委人才办、市人力资源社会保障局、市税务局）")

para("七、附则", HEI, 16)
art("", "同一企业同一年度享受本政策奖补资金累计不超过2000万元。同一项目同时符合本政策和市其他政策的，按照“就高不重复”原则执行。本政策所需资金由市级财政和项目所在地县（市、区）财政各承担50%。")
art("", "对弄虚作假骗取奖补资金的，依法追回已拨付资金，5年内取消其申报市级财政奖补资金资格，并按规定纳入公共信用信息系统。")
art("", "本政策自2023年7月1日起施行，有效期3年。本政策由市发展改革委会同市财政局负责解释。")

# ---------------- 版记 ----------------
para("", indent=False)
rule("000000", "8")
p = para("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，盐城军分区。", size=14, indent=False)
rule("000000", "4")
p = para("盐城市人民政府办公室　　　　　　　　　　2023年6月13日印发", size=14, indent=False)
rule("000000", "8")

tmp = tempfile.mkdtemp()
docx_path = os.path.join(tmp, NAME + ".docx")
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUTDIR, NAME + ".pdf"))
print("wrote", os.path.join(OUTDIR, NAME + ".pdf"))
