"""Build tests/unseen9/notices/e1_xianyang_zhiye_jineng_plan.pdf (咸阳市 职业技能提升行动方案 2022—2025), DOCX via python-docx then LibreOffice (writes next to itself), with the GB/T 9704 helpers of tests/unseen7/build_c1.py. Run: .venv/bin/python -m tests.unseen9.build_e1

Traps: 其中 yearly parts (2023/2024) of a cumulative 2022—2025 target; five per-level subsidies in 元/人 (one cut by
a page footer); 每人每年 / 每人每天 amounts; 分别 with three values (10万、5万、2万元); ranges (1至2年); indicator
table 指标/单位/2022年基数/2025年目标 with 万人/万人次 units and ≥ cells; 重点任务分工 table over a page break
(header repeated); prose tasks with 各县（市、区）人民政府 in 责任单位 notes; deadlines 每年3月底前, 2022—2025年,
持续推进, 每季度, 长期坚持. Gold: tests/unseen9/gold/e1.json."""
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.notice_docx import a4_notice
from tests.unseen7.build_c1 import (
    FANGSONG, HEITI, KAITI, RED, XBS, bottom_border, cell_text, fangsong_body, fmt, grid, h1, h2, item, para,
    repeat_header, save_pdf, set_font, set_widths, top_bottom_rule,
)

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "notices"
DOCX = OUT_DIR / "e1_xianyang_zhiye_jineng_plan.docx"


INDICATORS = (
    ("1", "技能人才总量", "万人", "38.5", "44.5"),
    ("2", "其中：高技能人才", "万人", "11.2", "13.6"),
    ("3", "技能人才占就业人员比例", "%", "24.6", "≥30"),
    ("4", "高技能人才占技能人才比例", "%", "29.1", "≥30.5"),
    ("5", "年度补贴性职业技能培训", "万人次", "2.6", "3.5"),
    ("6", "技工院校在校生", "人", "9800", "12000"),
    ("7", "培训后取证率", "%", "72", "≥80"),
    ("8", "市级以上技能大师工作室", "个", "27", "40"),
)

TASKS = (
    ("制定年度补贴性职业技能培训计划，分解下达各县（市、区）培训任务", "市人力资源和社会保障局", "市财政局、各县（市、区）人民政府", "每年3月底前"),
    ("建立职业技能培训需求、培训资源、培训机构“三张清单”并向社会公布", "市人力资源和社会保障局", "市教育局、市工业和信息化局", "2022年12月底前"),
    ("推进咸阳职业技术学院、咸阳技师学院等院校产教融合实训基地建设", "市教育局", "市人力资源和社会保障局、市发展和改革委员会", "2024年12月底前"),
    ("开展“秦创原”重点产业链企业新型学徒制培训", "市工业和信息化局", "市人力资源和社会保障局、市国资委", "2022—2025年"),
    ("实施农村劳动力转移就业技能培训和“雨露计划”培训", "市农业农村局", "市乡村振兴局、各县（市、区）人民政府", "持续推进"),
    ("组织开展退役军人适应性培训和职业技能培训", "市退役军人事务局", "市人力资源和社会保障局", "每年12月底前"),
    ("规范职业技能培训补贴资金拨付，开展资金使用情况专项检查", "市财政局", "市人力资源和社会保障局、市审计局", "每季度"),
    ("举办咸阳市职业技能大赛，选拔选手参加全省职业技能大赛", "市人力资源和社会保障局", "市总工会、团市委、市妇联", "每年"),
    ("建设职业技能培训信息化管理平台，实现培训实名制管理和线上审核", "市人力资源和社会保障局", "市大数据服务中心", "2023年6月底前"),
    ("加强对民办职业培训机构的监管，建立培训机构评估退出机制", "市人力资源和社会保障局", "市市场监督管理局、市民政局", "长期坚持"),
)



def build():
    doc = a4_notice()
    fangsong_body(doc)
    C = WD_ALIGN_PARAGRAPH.CENTER

    para(doc, "咸阳市人民政府办公室文件", XBS, 36, color=RED, align=C, indent=False, line=60, before=20)
    p = para(doc, "咸政办发〔2022〕31号", FANGSONG, 16, align=C, indent=False, before=16)
    bottom_border(p)
    para(doc, "", indent=False)
    para(doc, "咸阳市人民政府办公室", XBS, 22, align=C, indent=False, line=36)
    para(doc, "关于印发咸阳市职业技能提升行动方案", XBS, 22, align=C, indent=False, line=36)
    para(doc, "（2022—2025年）的通知", XBS, 22, align=C, indent=False, line=36, after=16)
    para(doc, "各县（市、区）人民政府，市人民政府各工作部门、直属机构：", indent=False)
    para(doc, "《咸阳市职业技能提升行动方案（2022—2025年）》已经市政府同意，现印发给你们，请认真抓好落实。")
    para(doc, "咸阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=40)
    para(doc, "2022年8月16日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）", indent=True)

    p = para(doc, "咸阳市职业技能提升行动方案", XBS, 22, align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    para(doc, "（2022—2025年）", KAITI, 16, align=C, indent=False, after=16)
    para(doc, "为深入贯彻《国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知》（国办发〔2019〕24号）和《陕西省“十四五”职业技能培训规划》（陕人社发〔2021〕38号）精神，大规模开展职业技能培训，加快建设知识型、技能型、创新型劳动者大军，结合我市实际，制定本方案。")
    h1(doc, "一、总体目标")
    para(doc, "2022—2025年，全市累计开展补贴性职业技能培训12万人次以上，其中2023年完成3万人次、2024年完成3.2万人次。到2025年，全市技能人才总量达到44.5万人，新增技能人才6万人，其中新增高技能人才2.4万人；技能人才占就业人员比例达到30%以上，培训后取证率不低于80%，全市技工院校在校生规模稳定在1.2万人左右。主要指标见附件1。")
    h1(doc, "二、重点任务")
    h2(doc, "（一）大力开展重点群体职业技能培训")
    item(doc, "1.实施企业职工技能提升培训。", "支持企业开展岗前培训、在岗培训、转岗培训，对企业组织职工参加培训并取得职业资格证书或职业技能等级证书的，按初级工（五级）1000元/人、中级工（四级）1500元/人、高级工（三级）2000元/人、技师（二级）3000元/人、高级技师（一级）4000元/人的标准给予企业培训补贴。每年培训企业职工1.5万人次以上。（责任单位：市人力资源和社会保障局、市工业和信息化局，各县（市、区）人民政府）")
    item(doc, "2.深入推进企业新型学徒制。", "对企业与技工院校、职业培训机构联合培养的学徒，按每人每年6000元的标准给予培训补贴，学徒培养期一般为1至2年，补贴期限最长不超过2年。2022—2025年，全市培养企业新型学徒4000人以上。（责任单位：市人力资源和社会保障局，各县（市、区）人民政府）")
    item(doc, "3.加强农村转移劳动力和脱贫人口培训。", "对脱贫人口、农村低收入人口参加就业技能培训的，培训期间按每人每天50元的标准给予生活费补贴，每人每年最多补贴30天。到2025年，有培训意愿的脱贫劳动力培训覆盖率达到100%。（责任单位：各县（市、区）人民政府，市乡村振兴局、市农业农村局按职责分工负责）")
    item(doc, "4.做好高校毕业生和失业人员培训。", "对离校2年内未就业高校毕业生、登记失业人员参加就业技能培训的，按规定给予职业培训补贴，其中参加急需紧缺职业（工种）培训的，补贴标准上浮20%。（责任单位：市人力资源和社会保障局、市教育局）")
    h2(doc, "（二）加强职业技能培训基础能力建设")
    item(doc, "5.建设公共实训基地。", "到2025年，建成市级公共实训基地1个、县级公共实训基地5个以上，对新认定的市级高技能人才培训基地给予一次性补助30万元。（责任单位：市人力资源和社会保障局、市发展和改革委员会、市财政局）")
    item(doc, "6.建设技能大师工作室。", "对新认定的国家级、省级、市级技能大师工作室，分别给予10万元、5万元、2万元一次性资助。（责任单位：市人力资源和社会保障局）")
    item(doc, "7.规范培训机构管理。", "承担补贴性培训的机构应具备相应办学资质，每期培训班学员不超过50人，就业技能培训课时不少于80学时。各县（市、区）要加强对辖区内培训机构的日常监管。")
    h2(doc, "（三）完善技能人才评价激励机制")
    item(doc, "8.推行职业技能等级认定。", "支持符合条件的企业自主开展技能人才评价，2022年底前全市备案职业技能等级认定企业达到60家，到2025年达到120家以上。（责任单位：市人力资源和社会保障局、市国资委）")
    item(doc, "9.落实技能人才待遇。", "引导企业建立技能人才薪酬激励机制，高技能人才工资水平增幅不低于本单位职工平均工资增幅。（责任单位：市人力资源和社会保障局、市总工会）")
    h1(doc, "三、保障措施")
    para(doc, "（一）加强组织领导。市就业创业工作领导小组统筹推进职业技能提升行动，各县（市、区）人民政府要落实属地责任，每年12月10日前将年度工作总结报市人力资源和社会保障局。")
    para(doc, "（二）强化资金保障。职业技能培训补贴资金从职业技能提升行动专账资金、就业补助资金中列支，市级每年安排配套资金不少于800万元。")
    para(doc, "（三）加强考核督导。将职业技能提升行动纳入市对县年度目标责任考核，每季度通报工作进展。")
    para(doc, "附件：1．咸阳市职业技能提升行动主要指标", indent=True)
    para(doc, "2．咸阳市职业技能提升行动重点任务分工", indent=True)

    p = para(doc, "附件1", HEITI, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "咸阳市职业技能提升行动主要指标", XBS, 20, align=C, indent=False, after=12)
    t = grid(doc, ("序号", "指标", "单位", "2022年基数", "2025年目标"))
    for row in INDICATORS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, 12, align=WD_ALIGN_PARAGRAPH.LEFT if v == row[1] else WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, (1.3, 6.2, 2.0, 3.0, 3.0))

    p = para(doc, "附件2", HEITI, indent=False, before=12)
    para(doc, "咸阳市职业技能提升行动重点任务分工", XBS, 20, align=C, indent=False, after=12)
    t = grid(doc, ("序号", "任务", "牵头单位", "配合单位", "时限"))
    repeat_header(t.rows[0])
    for i, (task, lead, part, dl) in enumerate(TASKS, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, (str(i), task, lead, part, dl)):
            cell_text(c, v, 12, align=WD_ALIGN_PARAGRAPH.LEFT if v == task else WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, (1.2, 6.8, 3.0, 3.6, 2.4))

    para(doc, "", indent=False)
    p = para(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。", FANGSONG, 14, indent=False)
    top_bottom_rule(p, "top", 8)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 24)
    set_font(p.add_run("咸阳市人民政府办公室　　　　　　　　　2022年8月17日印发"), FANGSONG, 14)
    top_bottom_rule(p, "bottom", 8)

    save_pdf(doc, DOCX, "xyzfb")


if __name__ == "__main__":
    build()
