"""Build aj3 (.pdf): 中共怒江州委办公室 怒江州人民政府办公室 调整地质灾害防治指挥部组成人员.
python-docx document -> soffice --headless --convert-to pdf."""
import subprocess
import tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

NOTICES = Path(__file__).parent / "notices"
STEM = "aj3_nujiang_dizhi_zaihai_zhihuibu_tiaozheng"


def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(container, text, align=None, indent=True, **kw):
    p = container.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    if text:
        font(p.add_run(text), **kw)
    return p


def page_field(p):
    font(p.add_run("— "), size=14)
    run = p.add_run()
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None), ("w:fldChar", {"w:fldCharType": "end"})):
        el = OxmlElement(tag)
        if attr:
            for k, v in attr.items():
                el.set(qn(k), v)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    font(p.add_run(" —"), size=14)


def table(doc, rows, widths, size=14):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            cell.text = ""
            font(cell.paragraphs[0].add_run(c), size=size, bold=(i == 0), name="黑体" if i == 0 else "仿宋_GB2312")
    return t


doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.2)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
font(hp.add_run("中共怒江州委办公室文件　　　　　　　　怒办通〔2024〕8号"), size=10.5)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)

para(doc, "中共怒江州委办公室\n怒江州人民政府办公室", align="c", name="方正小标宋简体", size=30, color=(0xE0, 0, 0))
para(doc, "怒办通〔2024〕8号", align="c")
para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", align="c", color=(0xE0, 0, 0), size=12)
para(doc, "")
para(doc, "中共怒江州委办公室　怒江州人民政府办公室\n关于调整怒江州地质灾害防治指挥部\n组成人员的通知", align="c", name="方正小标宋简体", size=22)
para(doc, "")
para(doc, "各县（市）委和人民政府，州委各部委，州级国家机关各委办局，各人民团体：", indent=False)
para(doc, "怒江州地处横断山脉纵谷区，山高坡陡、地质构造复杂，是全省地质灾害最为严重的地区之一。截至2023年底，全州共有地质灾害隐患点1236处，威胁3.8万户、14.2万人。2023年，全州成功避让地质灾害17起，避免人员伤亡612人。")
para(doc, "因人事变动和机构改革，经州委、州人民政府同意，决定对怒江州地质灾害防治指挥部（以下简称指挥部）组成人员进行调整。现将有关事项通知如下：")
para(doc, "一、指挥部组成人员", name="黑体")
table(doc, [
    ("指挥部职务", "姓　名", "单位及职务"),
    ("指 挥 长", "和学良", "州委副书记、州人民政府州长"),
    ("常务副指挥长", "余建军", "州人民政府副州长"),
    ("副指挥长", "李春华", "州人民政府副秘书长"),
    ("", "张　伟", "州自然资源和规划局局长"),
    ("", "王国忠", "州应急管理局局长"),
    ("", "普文斌", "州气象局局长"),
], widths=[3.5, 2.5, 9.5])
para(doc, "成　　员：州委宣传部副部长胡晓东，州发展和改革委员会副主任段立新，州教育体育局副局长和春梅，州工业和信息化局副局长木志强，州公安局副局长丰建国，州民政局副局长尹丽芬，州财政局副局长字海燕，州自然资源和规划局副局长熊开贵，州生态环境局副局长杨光辉，州住房和城乡建设局副局长李文周，州交通运输局副局长褚庆林，州水务局副局长邓福生，州农业农村局副局长那顺才，州林业和草原局副局长欧阳志，州文化和旅游局副局长密六益，州卫生健康委员会副主任罗　婷，州应急管理局副局长赵永红，怒江供电局副局长施国栋，中国移动怒江分公司副总经理彭　勇，州消防救援支队副支队长郭鹏飞，武警怒江支队副参谋长刘　振，各县（市）人民政府分管负责同志。", indent=False)
para(doc, "因工作变动，和志军、李卫东同志不再担任指挥部成员。")
para(doc, "指挥部办公室设在州自然资源和规划局，办公室主任由张伟同志兼任，副主任由熊开贵、赵永红同志兼任，负责指挥部日常工作。指挥部成员因工作变动需要调整的，由所在单位在10个工作日内提出意见报指挥部办公室，不再另行发文。")
para(doc, "二、指挥部主要职责", name="黑体")
para(doc, "贯彻落实党中央、国务院和省委、省政府关于地质灾害防治工作的决策部署；研究解决全州地质灾害防治工作中的重大问题；统一指挥、协调较大以上地质灾害的应急处置和抢险救援；指导督促各县（市）做好地质灾害调查评价、监测预警、综合治理和避险搬迁工作。指挥部每年汛前至少召开一次全体成员会议，遇重大险情随时召开。")
para(doc, "三、专项工作组", name="黑体")
para(doc, "指挥部下设7个专项工作组，在指挥部统一领导下开展工作。各工作组组成如下：")
table(doc, [
    ("工作组", "组长单位", "副组长单位", "成员单位"),
    ("综合协调组", "州自然资源和规划局", "", "州应急管理局、州气象局"),
    ("监测预警组", "州自然资源和规划局", "州气象局", "州水务局、州应急管理局"),
    ("抢险救援组", "州应急管理局", "州消防救援支队", "州公安局、武警怒江支队、怒江供电局、中国移动怒江分公司"),
    ("交通保障组", "州交通运输局", "", "州公安局、州住房和城乡建设局"),
    ("医疗救治组", "州卫生健康委员会", "", "州医疗保障局、州红十字会"),
    ("群众安置组", "州民政局", "州应急管理局", "州财政局、州教育体育局、州住房和城乡建设局"),
    ("宣传报道组", "州委宣传部", "", "州文化和旅游局、州融媒体中心"),
], widths=[2.8, 3.6, 3.0, 6.1], size=12)
para(doc, "各专项工作组按照《怒江州地质灾害应急预案》（怒政办发〔2022〕41号）明确的职责开展工作，组长单位负责召集本组成员单位会商研判。")
para(doc, "四、有关要求", name="黑体")
para(doc, "（一）各成员单位要于2024年5月15日前将本单位分管领导和联络员名单报送指挥部办公室，联络员原则上为科级以上干部。")
para(doc, "（二）州自然资源和规划局要在5月31日前组织完成全州地质灾害隐患点汛前排查，2024年全州地质灾害隐患点群测群防覆盖率达到100%，每个隐患点落实1名以上群测群防监测员。")
para(doc, "（三）州气象局要会同州自然资源和规划局在汛期常态化开展联合会商，及时发布地质灾害气象风险预警信息。")
para(doc, "（四）各县（市）人民政府要在6月底前完成隐患点“两卡一表”更新发放和受威胁群众避险演练。")
para(doc, "（五）州财政局要将指挥部工作经费和地质灾害应急处置资金纳入年度预算予以保障。")
para(doc, "原《中共怒江州委办公室 怒江州人民政府办公室关于成立怒江州地质灾害防治指挥部的通知》（怒办通〔2019〕26号）与本通知不一致的，以本通知为准。")
para(doc, "")
para(doc, "中共怒江州委办公室　　　怒江州人民政府办公室", align="r")
para(doc, "二〇二四年四月二十六日", align="r")
para(doc, "（此件公开发布）", indent=True)
para(doc, "")
para(doc, "抄送：州人大常委会办公室，州政协办公室，州法院，州检察院。", indent=False, size=14)
para(doc, "中共怒江州委办公室　　　　　　　　　2024年4月28日印发", indent=False, size=14)

NOTICES.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    src = Path(tmp) / f"{STEM}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(NOTICES), str(src)],
                   check=True, capture_output=True, timeout=180)
print(NOTICES / f"{STEM}.pdf")
