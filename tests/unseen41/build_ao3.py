"""Build ao3: a national co-issued notice (农业农村部办公厅 + 财政部办公厅) on farm-machinery scrapping
subsidies, as .pdf: a python-docx document (running header, page-number footer, annex tables) converted
with `soffice --headless --convert-to pdf`.

Writes notices/ao3_nongji_baofei_gengxin_butie.pdf next to this script (the intermediate .docx is built in a
scratch folder beside the script and removed afterwards).
"""
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
OUT_DIR = HERE / "notices"
STEM = "ao3_nongji_baofei_gengxin_butie"


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = color


def para(container, text, align=None, size=16, font="仿宋_GB2312", bold=False, indent=True, color=None):
    p = container.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_page_field(paragraph):
    """— PAGE — in the footer."""
    set_font(paragraph.add_run("— "), "宋体", 14)
    run = paragraph.add_run()
    set_font(run, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText"); instr.set(qn("xml:space"), "preserve"); instr.text = "PAGE"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(b); run._r.append(instr); run._r.append(e)
    set_font(paragraph.add_run(" —"), "宋体", 14)


def table(doc, rows, widths=None, size=12):
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = tb.cell(i, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(v), "仿宋_GB2312", size, i == 0)
            if widths:
                c.width = Cm(widths[j])
    return tb


def build_docx(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("农办机〔2025〕4号"), "宋体", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    red = RGBColor(0xE6, 0x00, 0x12)
    para(doc, "农业农村部办公厅", align="c", size=30, font="方正小标宋简体", color=red)
    para(doc, "财　政　部　办　公　厅", align="c", size=30, font="方正小标宋简体", color=red)
    para(doc, "")
    para(doc, "农办机〔2025〕4号", align="c")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c", color=red)
    para(doc, "")
    para(doc, "农业农村部办公厅　财政部办公厅关于进一步做好2025年农业机械报废更新补贴实施工作的通知", align="c", size=22, font="方正小标宋简体")
    para(doc, "")
    para(doc, "各省、自治区、直辖市及计划单列市农业农村（农牧）厅（局、委）、财政厅（局），新疆生产建设兵团农业农村局、财政局，北大荒农垦集团有限公司、广东省农垦总局：", indent=False)

    body = [
        "为贯彻落实《推动大规模设备更新和消费品以旧换新行动方案》（国发〔2024〕7号）部署要求，加快淘汰能耗高、排放高、安全性能低的老旧农业机械，推进农机装备结构优化升级，根据《农业机械报废更新补贴实施指导意见》有关规定，现就进一步做好2025年农业机械报废更新补贴实施工作通知如下。",
        ("h", "一、目标任务"),
        "2024年，各地共报废老旧农业机械18.7万台，兑付报废补贴资金21.3亿元，带动农民新购置农机投入约206亿元，政策实施取得明显成效。2025年，力争全国报废更新老旧拖拉机、联合收割机、水稻插秧机等农业机械20万台以上，带动农民和农业生产经营组织新购置农机投入超过230亿元。到2027年，农机报废更新补贴政策实现农业县（市、区）全覆盖，使用年限超过15年的老旧农机在役数量占比降至20%以下，全国农作物耕种收综合机械化率达到76%以上。",
        ("h", "二、补贴范围和标准"),
        "（一）补贴范围。报废补贴机具种类包括拖拉机、谷物联合收割机、玉米联合收割机、水稻插秧机、机动喷雾（粉）机、机动脱粒机、饲料（草）粉碎机、铡草机、增氧机、谷物烘干机等。各省可结合本地实际，在上述范围外增加不超过3个品目，增加品目所需补贴资金由地方财政承担。",
        "（二）报废条件。申请报废补贴的拖拉机、联合收割机应已在农机安全监理机构注册登记满3年，报废前处于正常使用状态，且未曾享受过报废补贴；其他机具应能提供购机发票、补贴档案等证明材料。",
        "（三）补贴标准。报废补贴标准按机具类别和功率（喂入量、行数）分档确定，中央财政资金补贴额见附件1。单台（套）报废补贴额最高不超过4万元。各省可使用地方财政资金，在附件1标准基础上将补贴额提高不超过50%。对报废老旧农机并购置同类新机具的，各省可将新机购置补贴测算比例由30%提高到35%。报废补贴所需资金由中央财政承担70%，其余由省级财政统筹解决。",
        ("h", "三、规范实施流程"),
        "（一）申请与回收。农机所有者持身份证明、机具权属证明向回收企业交售报废机具。回收企业应当在收到报废机具后7个工作日内完成拆解，对发动机、变速箱、车架等主要部件进行破坏性处理，并出具农业机械报废回收确认表（式样见附件2）。",
        "（二）审核与兑付。报废补贴申请原则上应在受理之日起15个工作日内完成审核；审核通过的，报废补贴资金原则上应在受理申请之日起30个工作日内兑付到位。",
        ("h", "四、工作要求"),
        "（一）抓紧制定实施方案。各省级农业农村部门要会同财政部门，于2025年4月30日前制定或调整本省份农机报废更新补贴实施方案，明确补贴机具种类、补贴标准和操作流程，报农业农村部农业机械化管理司、财政部农业农村司备案。",
        "（二）合理布局回收网点。各省级农业农村部门要会同商务部门合理布局农机报废回收网点，原则上每个农机化重点县至少布设1个回收网点，并向社会公布回收企业名单。",
        "（三）及时拨付资金。各级财政部门要加快资金拨付进度，确保资金及时足额兑付，不得截留、挤占、挪用报废补贴资金。",
        "（四）强化监督管理。各级农业农村部门要会同财政部门、公安机关严厉打击虚假报废、重复报废等骗取补贴行为。对骗取补贴资金的，依法追回资金，3年内取消其享受农机购置与应用补贴和报废补贴资格；涉嫌犯罪的，移送司法机关。农机回收企业存在违规行为的，取消其报废回收资格，2年内不得重新申请。各地要在农机购置与应用补贴辅助管理系统中及时公开报废补贴资金兑付信息，接受社会监督。",
        "（五）加强调度报送。农业农村部农业机械化总站要按月调度各地报废更新实施进展。各省级农业农村部门要于每季度结束后10日内报送工作进展情况。各省级财政部门要组织开展年度绩效自评，于2026年1月15日前将自评报告报送财政部农业农村司。",
        "联系方式：农业农村部农业机械化管理司　赵敏　010-59191632",
        "　　　　　财政部农业农村司　孙立新　010-68552147",
        "",
        "附件：1.2025年农业机械报废补贴标准（中央财政资金）",
        "　　　2.农业机械报废回收确认表（式样）",
    ]
    for b in body:
        if isinstance(b, tuple):
            para(doc, b[1], font="黑体")
        else:
            para(doc, b)

    para(doc, "")
    para(doc, "")
    para(doc, "农业农村部办公厅　　　　财政部办公厅", align="r")
    para(doc, "二〇二五年三月十四日　　　　　", align="r")
    para(doc, "（此件主动公开）")
    para(doc, "")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c")
    para(doc, "抄送：国家发展改革委办公厅、商务部办公厅，各省、自治区、直辖市农机鉴定推广（监理）机构。", size=14, indent=False)
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c")
    para(doc, "农业农村部办公厅　　　　　　　　　　2025年3月17日印发", size=14, indent=False)

    # annex 1 on a new page
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件1", font="黑体", indent=False)
    para(doc, "2025年农业机械报废补贴标准（中央财政资金）", align="c", size=18, font="方正小标宋简体")
    rows = [("序号", "机具品目", "分档名称", "报废补贴额（元/台）"),
            ("1", "拖拉机", "20马力以下", "1000"),
            ("2", "拖拉机", "20马力（含）—50马力", "3500"),
            ("3", "拖拉机", "50马力（含）—100马力", "9000"),
            ("4", "拖拉机", "100马力（含）—200马力", "18000"),
            ("5", "拖拉机", "200马力及以上", "27000"),
            ("6", "谷物联合收割机", "喂入量4（含）—8kg/s", "12000"),
            ("7", "谷物联合收割机", "喂入量8kg/s及以上", "26000"),
            ("8", "玉米联合收割机", "2—3行", "15000"),
            ("9", "玉米联合收割机", "4行及以上", "22000"),
            ("10", "水稻插秧机", "乘坐式6行及以上", "5000"),
            ("11", "机动喷雾（粉）机", "背负式", "200"),
            ("12", "谷物烘干机", "批处理量10吨及以上", "8000")]
    table(doc, rows, widths=[1.5, 4.0, 6.0, 4.0])
    para(doc, "注：1.马力按发动机标定功率折算，1马力=0.735千瓦。2.同一台机具只能享受一次报废补贴。3.各省可按本通知规定使用地方财政资金提高补贴额。", size=12, indent=False)

    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件2", font="黑体", indent=False)
    para(doc, "农业机械报废回收确认表（式样）", align="c", size=18, font="方正小标宋简体")
    para(doc, "编号：　　　　　　", align="r", size=12)
    form = [("机主姓名（单位名称）", "", "身份证号码（统一社会信用代码）", ""),
            ("联系电话", "", "家庭住址", ""),
            ("机具品目", "", "生产企业及型号", ""),
            ("出厂编号", "", "发动机号", ""),
            ("号牌号码", "", "注册登记日期", "　年　月　日"),
            ("回收企业（盖章）", "", "回收日期", "　年　月　日")]
    table(doc, form, widths=[3.5, 4.0, 4.5, 4.0], size=11)
    para(doc, "机主（签字）：　　　　　　　经办人（签字）：　　　　　　　县级农业农村部门审核意见：", size=11, indent=False)
    doc.save(path)


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    scratch = HERE / "_build_ao3"
    scratch.mkdir(exist_ok=True)
    try:
        src = scratch / f"{STEM}.docx"
        build_docx(src)
        profile = (scratch / "lo_profile").resolve().as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(scratch), str(src)], check=True, capture_output=True, timeout=180)
        shutil.move(str(scratch / f"{STEM}.pdf"), str(OUT_DIR / f"{STEM}.pdf"))
        print("wrote", OUT_DIR / f"{STEM}.pdf")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
