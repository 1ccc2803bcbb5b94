"""Build the docx and pdf notices of blind set 59.

bg2_jinzhong_puhui_tuoyu.docx   -- python-docx document (晋中市 普惠托育 若干措施, with a docx table)
bg3_shaanxi_zhuanli_zhiya.pdf   -- python-docx document converted with `soffice --headless --convert-to pdf`
                                   (陕西省 四部门 知识产权质押融资 管理办法; running header + page numbers)

Run from anywhere: python3 build_bgn.py
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).parent / "notices"


# ---------------------------------------------------------------- helpers
def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, align=None, size=16, font="仿宋_GB2312", bold=False, indent=True, color=None,
         space_after=0):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ("center", "right"):
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(28)
    r = p.add_run(text)
    _font(r, font, size, bold, color)
    return p


def heading_run_para(doc, head, rest, size=16, head_font="黑体"):
    """A paragraph whose first words are bold/黑体 (like 一、…) followed by body text."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(head)
    _font(r, head_font, size, False)
    if rest:
        r2 = p.add_run(rest)
        _font(r2, "仿宋_GB2312", size)
    return p


def red_line(doc):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    pPr.append(bdr)


def black_line(doc):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "000000")
        bdr.append(e)
    pPr.append(bdr)
    return p


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
    return run


def set_margins(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)


def table(doc, rows, widths=None, size=12, header_rows=1):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(str(val))
            _font(r, "黑体" if i < header_rows else "仿宋_GB2312", size)
            if widths:
                cell.width = Cm(widths[j])
    return t


# ---------------------------------------------------------------- bg2 (docx)
BG2_MEASURES = [
    ("一、扩大普惠托育服务供给", None),
    ("（一）支持公办托育机构建设。",
     "各县（区、市）要依托妇幼保健机构、公办幼儿园、社区综合服务设施等资源建设公办托育机构，"
     "新建公办幼儿园原则上应设置不少于2个托班，招收2至3岁幼儿。（责任单位：各县（区、市）人民政府，市教育局、市卫生健康委）"),
    ("（二）落实建设补助。",
     "对新建、改扩建并完成备案的普惠托育机构，按每个新增托位1万元给予一次性建设补助，单个机构补助最高不超过50万元；"
     "已获得中央预算内投资支持的项目不重复享受。所需资金由市、县两级财政各承担50%。"
     "（责任单位：市财政局、市卫生健康委、市发展改革委，各县（区、市）人民政府）"),
    ("（三）支持用人单位办托。",
     "鼓励机关、企事业单位、产业园区为职工提供福利性托育服务，对向社会开放且收托人数达到10人以上的用人单位，"
     "按每个托位3000元给予一次性补助。（牵头单位：市总工会；配合单位：市卫生健康委、市财政局、市妇联）"),
    ("（四）推进社区嵌入式托育。",
     "新建住宅小区按照每千人口不少于10个托位的标准配套建设托育服务设施，与住宅同步规划、同步建设、同步验收、同步交付；"
     "老旧小区改造中通过购置、置换、租赁等方式补齐托育设施。到2025年，城市社区托育服务覆盖率达到50%以上。"
     "（责任单位：市住房和城乡建设局、市自然资源局，各县（区、市）人民政府）"),
    ("二、降低托育机构运营成本", None),
    ("（五）给予运营补贴。",
     "对经认定的普惠托育机构，按照实际收托人数每人每月200元给予运营补贴，补贴期限不超过3年；对收托残疾儿童、"
     "低保家庭婴幼儿的，补贴标准提高到每人每月300元。（责任单位：市卫生健康委、市财政局）"),
    ("（六）减免场地租金。",
     "利用国有房产举办普惠托育机构的，3年内免收租金，期满后按不高于市场评估价格的50%收取。"
     "普惠托育机构用水、用电、用气、用热按居民生活类价格执行。（责任单位：市国资委、市机关事务服务中心，各县（区、市）人民政府）"),
    ("（七）加大金融支持。",
     "鼓励银行机构开发“托育贷”等专属信贷产品。对普惠托育机构新增贷款，按贷款市场报价利率（LPR）的50%给予贴息，"
     "单个机构累计贴息最高不超过10万元，贴息期限不超过2年。"
     "（牵头单位：市委金融办；配合单位：人民银行晋中市分行、国家金融监督管理总局晋中监管分局、市财政局）"),
    ("（八）支持购买责任保险。",
     "普惠托育机构购买托育机构综合责任保险的，由市财政按保费的50%给予补贴，每家机构最高补贴2000元。"
     "（责任单位：市财政局、市卫生健康委）"),
    ("三、加强托育服务人才队伍建设", None),
    ("（九）加强从业人员培训。",
     "将托育从业人员纳入职业技能提升行动，每年培训托育从业人员不少于1000人次，到2025年，托育从业人员持证上岗率达到90%以上。"
     "对取得保育师、育婴员职业技能等级证书的，按规定给予职业培训补贴，每人最高1500元。"
     "（牵头单位：市人力资源和社会保障局；配合单位：市卫生健康委、市教育局）"),
    ("（十）加强专业建设。",
     "支持晋中职业技术学院、晋中师范高等专科学校等院校开设婴幼儿托育服务与管理专业，每年招生规模不少于200人。（责任单位：市教育局）"),
    ("四、规范托育服务管理", None),
    ("（十一）合理确定收费标准。",
     "普惠托育服务收费不高于当地同类型市场化托育机构平均收费的80%，全日托收费不高于每人每月1600元，"
     "半日托收费不高于每人每月1000元，收费标准向社会公示。（牵头单位：市发展改革委；配合单位：市卫生健康委、市市场监管局）"),
    ("（十二）强化安全监管。",
     "托育机构应在收托区域安装视频监控设备，视频资料保存期限不少于90天。市卫生健康委每年对全市托育机构开展不少于1次全覆盖检查，"
     "对存在安全隐患的限期整改。（责任单位：市卫生健康委、市公安局、市消防救援支队、市市场监管局，各县（区、市）人民政府）"),
    ("五、保障措施", None),
    ("（十三）加强组织领导。",
     "各县（区、市）要将托育服务发展纳入当地经济社会发展规划和民生实事项目，建立由卫生健康部门牵头、有关部门参与的工作协调机制。"
     "市卫生健康委要会同有关部门加强对各地政策落实情况的督促指导，每半年通报一次工作进展。"),
    ("（十四）加强资金保障。",
     "市、县两级财政要将普惠托育补助资金纳入年度预算，足额安排，加强绩效管理，确保专款专用。"),
]

BG2_TABLE = [
    ("序号", "县（区、市）", "2023年底现有托位数（个）", "2025年底目标托位数（个）"),
    ("1", "榆次区", "2850", "5600"),
    ("2", "太谷区", "620", "1100"),
    ("3", "介休市", "880", "1550"),
    ("4", "祁县", "410", "800"),
    ("5", "平遥县", "760", "1350"),
    ("6", "灵石县", "430", "850"),
    ("7", "寿阳县", "390", "720"),
    ("8", "昔阳县", "260", "500"),
    ("9", "和顺县", "180", "350"),
    ("10", "左权县", "200", "400"),
    ("11", "榆社县", "160", "330"),
    ("", "合计", "7140", "13550"),
]


def build_bg2():
    doc = Document()
    set_margins(doc)
    para(doc, "", indent=False)
    para(doc, "晋中市人民政府办公室文件", align="center", size=36, font="方正小标宋简体", color=(255, 0, 0))
    para(doc, "", indent=False)
    para(doc, "市政办发〔2024〕12号", align="center", size=16)
    red_line(doc)
    para(doc, "", indent=False)
    para(doc, "晋中市人民政府办公室", align="center", size=22, font="方正小标宋简体")
    para(doc, "关于印发晋中市支持普惠托育服务发展若干措施的通知", align="center", size=22, font="方正小标宋简体")
    para(doc, "", indent=False)
    para(doc, "各县（区、市）人民政府，市人民政府各委、办、局，各有关单位：", indent=False)
    para(doc, "《晋中市支持普惠托育服务发展若干措施》已经市人民政府同意，现印发给你们，请结合实际，认真组织实施。")
    para(doc, "", indent=False)
    para(doc, "附件：晋中市2024—2025年托位建设目标任务分解表")
    para(doc, "", indent=False)
    para(doc, "晋中市人民政府办公室", align="right")
    para(doc, "2024年3月18日", align="right")
    para(doc, "（此件公开发布）")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(doc, "晋中市支持普惠托育服务发展若干措施", align="center", size=22, font="方正小标宋简体")
    para(doc, "", indent=False)
    para(doc, "为贯彻落实《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）"
              "和《山西省人民政府办公厅关于加快发展普惠托育服务的实施意见》（晋政办发〔2022〕46号）精神，"
              "加快构建普惠可及、覆盖城乡的托育服务体系，切实减轻家庭养育负担，结合我市实际，制定以下措施。")
    para(doc, "截至2023年底，全市共有备案托育服务机构186家，托位7140个，每千人口拥有3岁以下婴幼儿托位数2.12个。"
              "到2025年底，全市托位总数达到1.35万个以上，每千人口拥有3岁以下婴幼儿托位数达到4个，普惠性托位占比达到60%以上，"
              "每个县（区、市）至少建成1所具有示范带动作用的公办托育服务机构。2024年，全市新增托位不少于3000个。")
    for head, rest in BG2_MEASURES:
        if rest is None:
            heading_run_para(doc, head, "")
        else:
            heading_run_para(doc, head, rest, head_font="楷体_GB2312")
    para(doc, "本措施自印发之日起施行，有效期3年。国家和省出台新的支持政策的，从其规定。")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(doc, "附件", indent=False, font="黑体")
    para(doc, "晋中市2024—2025年托位建设目标任务分解表", align="center", size=20, font="方正小标宋简体")
    table(doc, BG2_TABLE, widths=[1.5, 3.5, 5, 5], size=12)
    para(doc, "注：目标托位数含普惠性托位和市场化托位，各县（区、市）普惠性托位占比均不低于60%。", size=12, indent=False)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    black_line(doc)
    para(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。", size=14, indent=False)
    p = para(doc, "晋中市人民政府办公室　　　　　　　　　　　2024年3月19日印发", size=14, indent=False)
    black_line(doc)

    # page numbers in the footer
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    page_field(fp)
    fp.add_run(" —")
    out = OUT / "bg2_jinzhong_puhui_tuoyu.docx"
    doc.save(out)
    return out


# ---------------------------------------------------------------- bg3 (pdf)
BG3_ARTICLES = [
    ("第一章　总　则", None),
    ("第一条", "为规范和加强知识产权质押融资风险补偿和贴息资金（以下简称“专项资金”）管理，提高资金使用效益，"
              "引导银行业金融机构加大对科技型中小企业的信贷支持，根据《中华人民共和国专利法》《中华人民共和国预算法》"
              "《知识产权强国建设纲要（2021—2035年）》和《陕西省省级财政专项资金管理办法》（陕政发〔2015〕21号）等规定，"
              "结合我省实际，制定本办法。"),
    ("第二条", "本办法所称专项资金，是指省级财政预算安排，用于对合作银行知识产权质押贷款本金损失进行风险补偿、"
              "对企业知识产权质押贷款利息和相关费用给予补贴的资金。省级财政每年安排专项资金3000万元，"
              "其中风险补偿资金2000万元、贴息及费用补贴资金1000万元，根据年度执行情况动态调整。"),
    ("第三条", "本办法所称知识产权质押贷款，是指企业以其合法拥有的专利权、商标专用权、地理标志、集成电路布图设计专有权等"
              "知识产权作为主要质押物，向银行业金融机构申请取得的贷款。"),
    ("第四条", "专项资金管理遵循“政府引导、市场运作、风险共担、规范透明”的原则。省知识产权局负责合作银行遴选、"
              "贷款项目备案审核、资金使用绩效评价和日常管理；省财政厅负责专项资金预算安排、拨付和监督；"
              "人民银行陕西省分行、陕西金融监管局负责指导合作银行规范开展知识产权质押贷款业务。"),
    ("第二章　合作银行", None),
    ("第五条", "省知识产权局会同人民银行陕西省分行、陕西金融监管局，通过公开征集方式遴选合作银行。合作银行应当具备以下条件："),
    ("", "（一）在陕西省内设有分支机构，具有独立法人资格或者取得总行授权；"),
    ("", "（二）上一年度在陕知识产权质押贷款余额不低于1亿元；"),
    ("", "（三）上一年度知识产权质押贷款不良率不高于3%；"),
    ("", "（四）设立科技金融专营机构或者专门团队，专职人员不少于5人。"),
    ("第六条", "合作银行资格有效期为3年。有效期内合作银行发生重大违规行为的，取消其合作资格。"),
    ("第三章　风险补偿", None),
    ("第七条", "纳入风险补偿范围的贷款应当同时符合下列条件："),
    ("", "（一）借款企业为在陕注册、具有独立法人资格的科技型中小企业、专精特新中小企业或者高新技术企业；"),
    ("", "（二）单户企业贷款金额不超过1000万元；"),
    ("", "（三）贷款期限不超过3年；"),
    ("", "（四）贷款执行利率不超过同期贷款市场报价利率（LPR）上浮50%。"),
    ("第八条", "纳入风险补偿范围的贷款发生本金损失的，由风险补偿资金、合作银行和保险机构分别按40%、40%和20%的比例分担。"
              "对企业首次获得的知识产权质押贷款，风险补偿资金分担比例提高到50%，合作银行分担比例相应调整为30%。"
              "单笔贷款补偿金额最高不超过300万元，单个合作银行年度补偿总额不超过800万元。"),
    ("第九条", "贷款逾期超过90天且经合作银行催收仍未清偿的，合作银行可在逾期之日起6个月内向省知识产权局提出补偿申请。"),
    ("第十条", "合作银行获得风险补偿后，应当继续履行追偿义务，追偿所得扣除必要追偿费用后，在30个工作日内按原分担比例返还专项资金。"),
    ("第十一条", "合作银行年度知识产权质押贷款不良率超过5%的，暂停其新增贷款纳入风险补偿范围。"),
    ("第四章　贴息和费用补贴", None),
    ("第十二条", "对按期还本付息的知识产权质押贷款，按企业实际支付利息的一定比例给予贴息，贴息比例和年度上限按下表执行。"
                "同一笔贷款贴息期限不超过2年。"),
    ("TABLE", None),
    ("第十三条", "对企业办理知识产权质押贷款发生的评估费、担保费、保险费，按实际发生额的50%给予补贴，单户企业累计补贴最高不超过10万元。"),
    ("第十四条", "申请贴息和费用补贴的企业，应当于每年3月31日前向所在设区市知识产权局提交上一年度申请材料，"
                "经设区市知识产权局初审后报省知识产权局，初审时间不超过15个工作日。"),
    ("第五章　监督管理", None),
    ("第十五条", "省知识产权局会同省财政厅每年对专项资金使用情况开展一次绩效评价，评价结果作为下一年度资金安排的重要依据。"),
    ("第十六条", "对弄虚作假、骗取专项资金的企业和合作银行，追回已拨付资金，5年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。"),
    ("第六章　附　则", None),
    ("第十七条", "本办法由省知识产权局、省财政厅负责解释。"),
    ("第十八条", "本办法自2024年5月1日起施行，有效期5年。《陕西省专利权质押贷款贴息暂行办法》（陕知发〔2019〕15号）同时废止。"),
]

BG3_TABLE = [
    ("企业类型", "贴息比例", "单户企业年度贴息上限"),
    ("科技型中小企业", "50%", "50万元"),
    ("省级专精特新中小企业", "55%", "60万元"),
    ("国家级专精特新“小巨人”企业", "60%", "80万元"),
]


def build_bg3():
    doc = Document()
    set_margins(doc)
    sec = doc.sections[0]
    # running header with the document number and footer with the page number
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("陕知发〔2024〕9号")
    _font(r, "宋体", 10)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    _font(r, "宋体", 14)
    page_field(fp)
    r = fp.add_run(" —")
    _font(r, "宋体", 14)

    for name in ("陕西省知识产权局", "陕西省财政厅", "中国人民银行陕西省分行", "国家金融监督管理总局陕西监管局"):
        para(doc, name, align="center", size=26, font="方正小标宋简体", color=(255, 0, 0))
    para(doc, "文　件", align="center", size=26, font="方正小标宋简体", color=(255, 0, 0))
    para(doc, "", indent=False)
    para(doc, "陕知发〔2024〕9号", align="center")
    red_line(doc)
    para(doc, "关于印发《陕西省知识产权质押融资风险补偿", align="center", size=22, font="方正小标宋简体")
    para(doc, "和贴息资金管理办法》的通知", align="center", size=22, font="方正小标宋简体")
    para(doc, "", indent=False)
    para(doc, "各设区市知识产权局，各设区市财政局，杨凌示范区、西咸新区有关部门，人民银行各市分行，"
              "各金融监管分局，各有关银行业金融机构：", indent=False)
    para(doc, "为深入实施知识产权强国战略，拓宽科技型中小企业融资渠道，经省政府同意，现将《陕西省知识产权质押融资风险补偿和贴息资金管理办法》"
              "印发给你们，请结合实际认真贯彻执行。现就有关事项通知如下：")
    para(doc, "一、各设区市知识产权局要会同同级财政部门，于2024年6月30日前制定本地区知识产权质押融资配套支持措施，并报省知识产权局备案。")
    para(doc, "二、人民银行各市分行、各金融监管分局要指导辖内银行业金融机构加大知识产权质押贷款投放，每季度结束后10日内将辖区"
              "知识产权质押融资情况报送省知识产权局。")
    para(doc, "三、2024年，全省知识产权质押融资登记金额力争达到200亿元，惠及企业1500家以上。")
    para(doc, "执行中遇到的问题，请及时反馈省知识产权局知识产权运用促进处（联系电话：029-87292136）。")
    para(doc, "", indent=False)
    para(doc, "陕西省知识产权局　　　　　　　陕西省财政厅", align="right")
    para(doc, "", indent=False)
    para(doc, "中国人民银行陕西省分行　国家金融监督管理总局陕西监管局", align="right")
    para(doc, "2024年4月15日", align="right")
    para(doc, "（此件主动公开）")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(doc, "陕西省知识产权质押融资风险补偿", align="center", size=22, font="方正小标宋简体")
    para(doc, "和贴息资金管理办法", align="center", size=22, font="方正小标宋简体")
    para(doc, "", indent=False)
    for head, rest in BG3_ARTICLES:
        if head == "TABLE":
            table(doc, BG3_TABLE, widths=[6.5, 3, 5], size=12)
            continue
        if rest is None:
            para(doc, head, align="center", font="黑体")
        elif head:
            heading_run_para(doc, head + "　", rest)
        else:
            para(doc, rest)
    para(doc, "", indent=False)
    black_line(doc)
    para(doc, "抄送：省人民政府办公厅，国家知识产权局办公室。", size=14, indent=False)
    para(doc, "陕西省知识产权局办公室　　　　　　　　　2024年4月16日印发", size=14, indent=False)
    black_line(doc)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bg3_shaanxi_zhuanli_zhiya.docx"
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        out = OUT / "bg3_shaanxi_zhuanli_zhiya.pdf"
        shutil.copy(Path(tmp) / "bg3_shaanxi_zhuanli_zhiya.pdf", out)
    return out


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    print(build_bg2())
    print(build_bg3())
