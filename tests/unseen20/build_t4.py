"""Build blind notice t4 (甘州区 安委会成员调整 + 安全生产专项整治) as DOCX with python-docx.

Run with the project's .venv/bin/python.
"""
from pathlib import Path
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = str(Path(__file__).resolve().parent / "notices" / "t4_ganzhou_anquan_zhuanxiang_anweihui.docx")
RED = RGBColor(0xE6, 0x00, 0x12)

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.font.size = Pt(16)
st.paragraph_format.line_spacing = Pt(28)
st.paragraph_format.space_after = Pt(0)


def run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(text="", align=None, indent=True, font=None, size=None, bold=None, color=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        r = p.add_run(text)
        if font or size or bold is not None or color is not None:
            run_font(r, font or "仿宋_GB2312", size, bold, color)
    return p


def heading(text, font="黑体"):
    p = para(indent=True)
    run_font(p.add_run(text), font)
    return p


def lead_para(head, body, head_font="楷体_GB2312"):
    """（一）title. body — the heading run in 楷体, the rest in 仿宋, one paragraph."""
    p = para(indent=True)
    run_font(p.add_run(head), head_font)
    p.add_run(body)
    return p


# ---- 版头 ----
para("张掖市甘州区人民政府文件", align="c", indent=False, font="方正小标宋简体", size=36, color=RED)
para()
para("甘区政发〔2022〕36号", align="c", indent=False)
rule = para(indent=False)
pPr = rule._p.get_or_add_pPr()
bdr = pPr.makeelement(qn("w:pBdr"), {})
bottom = bdr.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "18", qn("w:space"): "1",
                                         qn("w:color"): "E60012"})
bdr.append(bottom)
pPr.append(bdr)
para()
para("张掖市甘州区人民政府", align="c", indent=False, font="方正小标宋简体", size=22)
para("关于调整区安全生产委员会组成人员", align="c", indent=False, font="方正小标宋简体", size=22)
para("暨深入开展安全生产专项整治行动的通知", align="c", indent=False, font="方正小标宋简体", size=22)
para()
para("各乡镇人民政府、街道办事处，区政府各部门，区属各企事业单位：", indent=False)
para("因人事变动和机构改革，经区政府研究，决定对区安全生产委员会（以下简称区安委会）组成人员进行调整，"
     "同时在全区范围内深入开展安全生产专项整治行动。根据《中华人民共和国安全生产法》《甘肃省安全生产条例》"
     "和《张掖市人民政府安全生产委员会关于印发张掖市2022年安全生产专项整治行动方案的通知》（张安委发〔2022〕5号）"
     "要求，现将有关事项通知如下。")

heading("一、区安委会组成人员")
para("主　任：王立新　区委副书记、区长", indent=False)
para("副主任：赵文军　区委常委、常务副区长", indent=False)
para("　　　　马红梅　副区长", indent=False)
para("　　　　陈国栋　副区长、张掖市公安局甘州分局局长", indent=False)
para("成　员：（见下表）", indent=False)

rows = [
    ("区政府办公室", "李志强", "副主任", "刘　洋（综合科科长）"),
    ("区应急管理局", "张宏伟", "党组书记、局长", "王　静（安全生产综合协调股股长）"),
    ("区应急管理局", "周建平", "党组成员、副局长", "王　静（安全生产综合协调股股长）"),
    ("区发展和改革局", "杨　军", "副局长", "孙　丽（经济运行股股长）"),
    ("区工业和信息化局", "吴海涛", "局长", "许文博（安全股负责人）"),
    ("张掖市公安局甘州分局", "高永胜", "副局长", "沈　超（治安大队副大队长）"),
    ("张掖市公安局甘州分局", "韩　磊", "交警大队大队长", "沈　超（治安大队副大队长）"),
    ("区财政局", "郭　慧", "副局长", "张丽娜（经济建设股股长）"),
    ("区住房和城乡建设局", "何振华", "局长", "邓　鹏（质量安全股股长）"),
    ("区交通运输局", "马国强", "局长", "罗　斌（运输安全股股长）"),
    ("区农业农村局", "朱文斌", "副局长", "谢　敏（农机安全监理站站长）"),
    ("区文体广电和旅游局", "冯　雪", "副局长", "唐　磊（市场管理股股长）"),
    ("张掖市市场监督管理局甘州分局", "田志刚", "局长", "袁　芳（特种设备安全监察股股长）"),
    ("张掖市自然资源局甘州分局", "曹　宇", "副局长", "彭小龙（执法监察大队队长）"),
    ("甘州区消防救援大队", "魏　东", "大队长", "蔡晓峰（防火监督员）"),
    ("区教育局", "董晓燕", "副局长", "梁　宏（安全稳定股股长）"),
    ("区卫生健康局", "蒋　涛", "副局长", "钱　坤（综合监督股股长）"),
    ("各乡镇人民政府、街道办事处", "—", "主要负责同志", "—"),
]
tbl = doc.add_table(rows=1, cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(5.0), Cm(2.3), Cm(4.0), Cm(4.3)]
for i, h in enumerate(["单　　位", "姓　名", "职　　务", "联络员（不作为成员）"]):
    c = tbl.rows[0].cells[i]
    c.text = ""
    run_font(c.paragraphs[0].add_run(h), "黑体", 12)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for unit, name, post, liaison in rows:
    cells = tbl.add_row().cells
    for i, v in enumerate((unit, name, post, liaison)):
        cells[i].text = ""
        run_font(cells[i].paragraphs[0].add_run(v), "仿宋_GB2312", 12)
# merge the repeated unit and liaison cells (区应急管理局 rows 2-3, 公安分局 rows 6-7)
for first in (2, 6):
    for col in (0, 3):
        a = tbl.cell(first, col)
        b = tbl.cell(first + 1, col)
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        run_font(m.paragraphs[0].add_run(keep), "仿宋_GB2312", 12)
for row in tbl.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

para("区安委会办公室设在区应急管理局，办公室主任由张宏伟同志兼任，常务副主任由区应急管理局四级调研员李　华同志担任。"
     "各成员单位确定的联络员负责日常联系工作，不作为区安委会成员。今后区安委会成员因工作变动需要调整的，由所在单位"
     "提出意见，报区安委会办公室备案，不再另行发文。")
para("区安委会在区委、区政府领导下，负责研究部署、指导协调全区安全生产工作，分析全区安全生产形势，研究解决安全生产工作中的重大问题，"
     "组织开展安全生产巡查、考核和重大事故隐患挂牌督办。区安委会原则上每季度召开1次全体会议，遇有重大情况随时召开。"
     "各成员单位按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，履行本行业领域安全监管职责。")
para("原《张掖市甘州区人民政府关于调整区安全生产委员会组成人员的通知》（甘区政发〔2021〕18号）同时废止。")

heading("二、专项整治工作目标")
para("2021年，全区共发生各类生产安全事故23起、死亡11人，分别较上年下降14.8%、21.4%，未发生较大及以上生产安全事故。"
     "通过开展专项整治，到2022年底，全区生产安全事故起数和死亡人数实现“双下降”，生产安全事故死亡人数控制在9人以内，"
     "亿元地区生产总值生产安全事故死亡率较2021年下降8%以上，道路交通万车死亡率下降5%以上，坚决遏制较大及以上生产安全事故"
     "（起数为零）；重大事故隐患整改率达到100%，一般事故隐患整改率达到95%以上；高危行业领域企业安全生产责任保险投保率达到100%。")

heading("三、重点整治内容")
lead_para("（一）危险化学品和非煤矿山整治。",
          "全面排查全区32家危险化学品生产经营企业和9座非煤矿山，2022年6月30日前完成重大危险源企业安全风险评估，"
          "2022年9月底前完成全部尾矿库、排土场隐患治理。对新建危险化学品项目，严格执行安全设施“三同时”制度。"
          "（牵头单位：区应急管理局；配合单位：张掖市自然资源局甘州分局、区工业和信息化局）")
lead_para("（二）道路交通安全整治。",
          "以国道312线、G30连霍高速甘州段和县乡道路为重点，2022年5月至10月开展“百日攻坚”行动，"
          "重点车辆动态监控入网率达到100%，“两客一危”车辆违法处理率达到98%以上。"
          "（牵头单位：张掖市公安局甘州分局；配合单位：区交通运输局、区农业农村局，各乡镇人民政府）")
lead_para("（三）城镇燃气和建筑施工整治。",
          "2022年8月底前完成全区城镇燃气管道和餐饮场所燃气使用安全隐患排查，餐饮场所可燃气体报警装置安装率达到100%；"
          "对在建房屋建筑和市政工程项目每季度至少开展1次全覆盖检查。（责任单位：区住房和城乡建设局、张掖市市场监督管理局甘州分局）")
lead_para("（四）消防安全整治。",
          "聚焦高层建筑、大型商业综合体、“九小场所”和老旧小区，2022年10月底前完成电动自行车集中充电设施建设不少于120处，"
          "消防车通道标识标线施划率达到100%。（牵头单位：甘州区消防救援大队；配合单位：区住房和城乡建设局，各乡镇人民政府、街道办事处）")
lead_para("（五）特种设备和农机安全整治。",
          "2022年7月底前完成全区电梯、锅炉、压力容器等特种设备定期检验，定期检验率达到99%以上；"
          "农机安全检验率达到85%以上，拖拉机、联合收割机驾驶操作人员持证率达到90%以上。"
          "（责任单位：张掖市市场监督管理局甘州分局、区农业农村局）")
lead_para("（六）文化旅游和校园安全整治。",
          "2022年暑期前完成全区A级旅游景区、游乐设施和中小学校、幼儿园安全检查，校园“一键报警”装置与公安机关联网率达到100%。"
          "（责任单位：区文体广电和旅游局、区教育局，张掖市公安局甘州分局）")

heading("四、时间安排")
lead_para("（一）动员部署阶段（2022年5月20日前）。",
          "各乡镇、各部门结合实际制定本地区、本行业领域专项整治实施方案，明确整治重点、责任人和完成时限，并报区安委会办公室备案。")
lead_para("（二）排查整治阶段（2022年5月下旬至9月）。",
          "各行业领域全面开展隐患排查，建立问题隐患和制度措施“两个清单”，实行台账管理、挂牌督办、销号管理，"
          "对一时难以整改的重大事故隐患，落实“五到位”要求，限期整改到位。")
lead_para("（三）巩固提升阶段（2022年10月至11月）。",
          "系统梳理专项整治中发现的共性问题和深层次矛盾，健全完善安全风险分级管控和隐患排查治理双重预防机制，形成长效管理制度。")

heading("五、工作要求")
lead_para("（一）严格落实企业主体责任。",
          "企业主要负责人每月至少组织开展1次安全隐患自查；从业人员每年接受安全生产教育培训不少于20学时，"
          "高危行业新上岗从业人员岗前安全培训不少于72学时。")
lead_para("（二）依法从严执法。",
          "对未按规定开展安全教育培训的生产经营单位，责令限期改正，可以处10万元以下的罚款；"
          "对发现重大事故隐患拒不整改的，责令停产停业整顿，并处10万元以上50万元以下的罚款，对其直接负责的主管人员处2万元以上5万元以下的罚款。")
lead_para("（三）鼓励社会监督。",
          "畅通“12350”举报渠道，对举报重大事故隐患和安全生产违法行为经查证属实的，给予举报人3000元至10000元奖励；"
          "区财政每年安排安全生产专项资金300万元，用于隐患治理、宣传培训和举报奖励。")
lead_para("（四）加强督导考核。",
          "各乡镇、各部门于每月25日前向区安委会办公室报送专项整治进展情况，2022年11月30日前报送工作总结。"
          "专项整治情况纳入年度安全生产目标责任考核，考核分值占比不低于15%。")

para()
para("张掖市甘州区人民政府", align="r", indent=False)
para("2022年5月12日　　　", align="r", indent=False)
para("（此件公开发布）", indent=True)
para()
para("抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委，区人民法院，区人民检察院，张掖市应急管理局。", indent=False, size=14)
para("张掖市甘州区人民政府办公室　　　　　　2022年5月13日印发", indent=False, size=14)

# footer page numbers
from docx.oxml import OxmlElement
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— ")
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    r = fp.add_run()
    if kind:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)
    else:
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = txt
        r._r.append(it)
fp.add_run(" —")

doc.save(OUT)
print("wrote", OUT)
