"""Build blind notice ab5 (广西壮族自治区碳达峰实施方案) as a PDF.

python-docx writes a DOCX (GB/T 9704 look, a running head on the plan's pages, '— N —' page-number
footers, a 附件 task table whose header row repeats after the page break); LibreOffice exports it
to PDF; only the PDF is kept in notices/. Run with /work/main/.venv/bin/python.
"""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notices", "ab5_guangxi_tandafeng_shishifangan.pdf")
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

doc = Document()
doc.core_properties.author = "gxzf"
doc.core_properties.title = "广西壮族自治区人民政府关于印发广西壮族自治区碳达峰实施方案的通知"
doc.core_properties.comments = ""

def setup(sec):
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.8), Cm(2.2)

def set_font(run, name, size, bold=False, color=None):
    run.font.name = name; run.font.size = Pt(size); run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color

def para(text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, line=28, container=None):
    p = (container or doc).add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(line)
    if align is not None: p.alignment = align
    if indent: pf.first_line_indent = Pt(size * 2)
    if text: set_font(p.add_run(text), font, size, bold, color)
    return p

def mixed(parts):
    p = para()
    for text, font in parts: set_font(p.add_run(text), font, 16)
    return p

def rule(p, side="bottom", color="E60012", sz="12"):
    pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement(f"w:{side}")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)): b.set(qn(k), v)
    bdr.append(b); pPr.append(bdr)

def page_field(run):
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), tag); run._element.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; run._element.append(it)

def footer(sec):
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14); r = fp.add_run(); set_font(r, "宋体", 14); page_field(r)
    set_font(fp.add_run(" —"), "宋体", 14)

def header(sec, text):
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        set_font(hp.add_run(text), "宋体", 10.5); rule(hp, "bottom", "000000", "6")

sec = doc.sections[0]; setup(sec); footer(sec); header(sec, "")

# ---- cover notice ----
para("广西壮族自治区人民政府文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=46)
para("", indent=False)
p = para("桂政发〔2022〕41号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False); rule(p)
para("", indent=False)
para("广西壮族自治区人民政府关于印发", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("广西壮族自治区碳达峰实施方案的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)
para("各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)
para("现将《广西壮族自治区碳达峰实施方案》印发给你们，请认真贯彻执行。")
para("", indent=False); para("", indent=False)
para("广西壮族自治区人民政府　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("2022年12月28日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para("（此件公开发布）")

# ---- the plan, new section with a running head ----
sec2 = doc.add_section(WD_SECTION.NEW_PAGE); setup(sec2); footer(sec2); header(sec2, "广西壮族自治区碳达峰实施方案")
para("广西壮族自治区碳达峰实施方案", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
para("", indent=False)
para("为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，根据《中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》（中发〔2021〕36号）、《国务院关于印发2030年前碳达峰行动方案的通知》（国发〔2021〕23号）和《广西壮族自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，结合我区实际，制定本方案。")

para("一、总体要求", HT)
mixed([("（一）指导思想。", KT), ("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，立足我区能源资源禀赋和发展阶段，坚持“全区统筹、节约优先、双轮驱动、内外畅通、防范风险”，统筹稳增长和调结构，有计划分步骤实施碳达峰行动，确保如期实现2030年前碳达峰目标。", FS)])
mixed([("（二）发展基础。", KT), ("2020年，全区能源消费总量1.27亿吨标准煤，非化石能源消费比重26.2%，煤炭消费比重44.8%；新能源装机容量1086万千瓦；森林覆盖率62.55%，森林蓄积量9.89亿立方米，生态系统碳汇能力较强。同时，我区仍处于工业化城镇化加快发展阶段，钢铁、有色、建材等高耗能行业占比较高，能源需求仍将刚性增长。", FS)])
mixed([("（三）主要目标。", KT), ("“十四五”期间，产业结构和能源结构调整优化取得明显进展。到2025年，非化石能源消费比重达到30%左右，煤炭消费比重控制在42%以内，单位地区生产总值能耗比2020年下降14%，单位地区生产总值二氧化碳排放比2020年下降16%，新能源装机容量达到4500万千瓦以上，森林覆盖率达到62.6%，森林蓄积量达到10.3亿立方米，为实现碳达峰奠定坚实基础。", FS)])
para("“十五五”期间，清洁低碳安全高效的能源体系初步建立。到2030年，非化石能源消费比重达到35%左右，单位地区生产总值二氧化碳排放比2005年下降65%以上，新能源装机容量达到8000万千瓦以上，森林覆盖率达到63%左右，森林蓄积量达到11亿立方米，顺利实现2030年前碳达峰目标。")

para("二、重点任务", HT)
mixed([("（一）能源绿色低碳转型行动。", KT), ("坚持集中式与分布式并举，推进风电、光伏发电规模化开发，有序推动北部湾海上风电开发，到2025年海上风电装机容量达到300万千瓦。积极安全有序发展核电，推进防城港核电二期建成投产，到2030年核电装机容量达到453万千瓦。加快南宁、梧州、贵港等抽水蓄能电站建设，到2030年抽水蓄能装机容量达到600万千瓦左右。严格合理控制煤炭消费增长，新建通道可再生能源电量比例原则上不低于50%。", FS)])
mixed([("（二）节能降碳增效行动。", KT), ("全面提升节能管理能力，强化固定资产投资项目节能审查。到2025年，规模以上工业单位增加值能耗比2020年下降15%，新建大型、超大型数据中心电能利用效率降到1.3以下。", FS)])
mixed([("（三）工业领域碳达峰行动。", KT), ("推动钢铁行业优化产能布局，发展短流程炼钢，到2025年短流程炼钢占比提高到15%以上；推动有色金属行业延链补链，到2025年再生铝产量达到100万吨；推动建材行业严格执行产能置换，加快低碳工艺改造，2030年前实现钢铁、有色金属、建材行业二氧化碳排放达峰。", FS)])
mixed([("（四）城乡建设碳达峰行动。", KT), ("推进城乡建设绿色低碳转型，到2025年城镇新建建筑全面执行绿色建筑标准，星级绿色建筑占比达到30%以上，新建公共机构建筑、新建厂房屋顶光伏覆盖率力争达到50%。", FS)])
mixed([("（五）交通运输绿色低碳行动。", KT), ("推动运输工具装备低碳转型，到2030年当年新增新能源、清洁能源动力的交通工具比例达到40%左右，营运交通工具单位换算周转量碳排放强度比2020年下降9.5%左右。依托西部陆海新通道发展铁海联运，到2025年北部湾港集装箱铁水联运量达到150万标箱。", FS)])
mixed([("（六）循环经济助力降碳行动。", KT), ("推进大宗固废综合利用，到2025年大宗固废综合利用率达到57%，到2030年达到62%；农作物秸秆综合利用率稳定在86%以上。", FS)])
mixed([("（七）绿色低碳科技创新行动。", KT), ("围绕新型电力系统、储能、氢能、碳捕集利用与封存等领域，组织实施一批自治区重大科技专项，建设一批绿色低碳领域创新平台。", FS)])
mixed([("（八）碳汇能力巩固提升行动。", KT), ("巩固提升森林碳汇，每年完成植树造林200万亩以上；提升海洋碳汇能力，到2025年营造红树林1万亩、修复现有红树林1.5万亩。", FS)])
mixed([("（九）绿色低碳全民行动。", KT), ("加强生态文明宣传教育，倡导简约适度、绿色低碳的生活方式，推动公共机构率先实现碳达峰。", FS)])
mixed([("（十）各市梯次有序碳达峰行动。", KT), ("各市根据自身资源禀赋和产业结构，科学制定本地区碳达峰方案，南宁、柳州、桂林等基础较好的市力争率先达峰。", FS)])

para("三、政策保障", HT)
mixed([("（一）建立统一规范的碳排放统计核算体系。", KT), ("按照国家统一规范的核算方法，建立全区及各市碳排放核算体系，定期发布能源消费和碳排放数据。", FS)])
mixed([("（二）完善财税价格政策。", KT), ("自治区财政每年统筹安排不少于5亿元资金，支持绿色低碳重点项目和技术研发；落实环境保护、节能节水、资源综合利用等税收优惠政策，完善差别化电价、阶梯电价政策。", FS)])
mixed([("（三）大力发展绿色金融。", KT), ("用好碳减排支持工具，引导金融机构扩大绿色信贷规模，支持符合条件的企业发行绿色债券。", FS)])

para("四、组织实施", HT)
para("自治区碳达峰碳中和工作领导小组对碳达峰工作进行统筹部署，领导小组办公室设在自治区发展改革委。各市、各有关部门要按照本方案和附件分工，细化落实措施，每年向领导小组报告工作进展情况。自治区将碳达峰目标任务完成情况纳入设区市高质量发展绩效考评，对工作突出的予以表扬，对未完成目标任务的进行约谈。")
para("", indent=False)
para("附件：广西壮族自治区碳达峰重点任务分工表")

# ---- 附件: task table, header row repeated across the page break ----
sec3 = doc.add_section(WD_SECTION.NEW_PAGE); setup(sec3); footer(sec3); header(sec3, "广西壮族自治区碳达峰实施方案")
sec3.footer.is_linked_to_previous = True; sec3.header.is_linked_to_previous = True
para("附件", HT, 16, indent=False)
para("", indent=False)
para("广西壮族自治区碳达峰重点任务分工表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
para("", indent=False)
hdr = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
rows = [
 ["推进风电、光伏发电规模化开发，有序推动北部湾海上风电开发", "自治区能源局", "自治区自然资源厅、自治区林业局、自治区海洋局、广西电网公司", "2025年底前"],
 ["积极安全有序发展核电，推进防城港核电二期建成投产", "自治区能源局", "自治区生态环境厅、防城港市人民政府", "2030年前"],
 ["加快南宁、梧州、贵港等抽水蓄能电站建设", "自治区能源局", "自治区自然资源厅、广西电网公司", "2030年前"],
 ["严格合理控制煤炭消费增长，推进煤电节能降碳改造", "自治区发展改革委", "自治区能源局、自治区工业和信息化厅、自治区生态环境厅", "2025年底前"],
 ["全面提升节能管理能力，强化固定资产投资项目节能审查", "自治区发展改革委", "自治区工业和信息化厅、自治区市场监管局、自治区统计局", "持续推进"],
 ["推进数据中心、5G基站等新型基础设施节能降碳", "自治区大数据发展局", "自治区发展改革委、自治区通信管理局", "2025年底前"],
 ["推动钢铁行业优化产能布局，发展短流程炼钢", "自治区工业和信息化厅", "自治区发展改革委、自治区生态环境厅", "2030年前"],
 ["推动有色金属行业延链补链，提升再生金属供给能力", "自治区工业和信息化厅", "自治区发展改革委、自治区商务厅", "2030年前"],
 ["推动建材行业严格执行产能置换，加快低碳工艺改造", "自治区工业和信息化厅", "自治区住房城乡建设厅、自治区生态环境厅", "2030年前"],
 ["推进城乡建设绿色低碳转型，全面执行绿色建筑标准", "自治区住房城乡建设厅", "自治区发展改革委、自治区机关事务管理局", "2025年底前"],
 ["推动运输工具装备低碳转型，推广新能源、清洁能源交通工具", "自治区交通运输厅", "自治区公安厅、自治区工业和信息化厅", "2030年前"],
 ["依托西部陆海新通道发展铁海联运，提升北部湾港集装箱铁水联运量", "自治区交通运输厅", "自治区发展改革委、广西北部湾国际港务集团有限公司、中国铁路南宁局集团有限公司", "2025年底前"],
 ["推进大宗固废综合利用，建设一批综合利用示范基地", "自治区发展改革委", "自治区工业和信息化厅、自治区住房城乡建设厅", "2025年底前"],
 ["推进农作物秸秆综合利用，稳定秸秆综合利用率", "自治区农业农村厅", "自治区发展改革委、自治区生态环境厅", "每年"],
 ["组织实施绿色低碳领域自治区重大科技专项", "自治区科技厅", "自治区教育厅、自治区工业和信息化厅", "持续推进"],
 ["巩固提升森林碳汇，每年完成植树造林任务", "自治区林业局", "自治区自然资源厅", "每年"],
 ["提升海洋碳汇能力，营造和修复红树林", "自治区林业局", "自治区海洋局、北海市人民政府、钦州市人民政府、防城港市人民政府", "2025年底前"],
 ["加强生态文明宣传教育，推动公共机构率先实现碳达峰", "自治区机关事务管理局", "自治区党委宣传部、自治区教育厅、自治区生态环境厅", "持续推进"],
 ["建立全区及各市碳排放统计核算体系", "自治区统计局", "自治区发展改革委、自治区生态环境厅", "2023年底前"],
 ["完善财税价格政策，统筹安排绿色低碳发展资金", "自治区财政厅", "自治区发展改革委、国家税务总局广西壮族自治区税务局", "持续推进"],
 ["大力发展绿色金融，扩大绿色信贷和绿色债券规模", "自治区地方金融监管局", "人民银行南宁中心支行、广西银保监局", "持续推进"],
 ["指导各市科学制定碳达峰方案，推动梯次有序达峰", "自治区发展改革委", "各设区市人民政府", "2023年底前"],
]
tbl = doc.add_table(rows=1 + len(rows), cols=len(hdr)); tbl.style = "Table Grid"; tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.1), Cm(5.1), Cm(2.9), Cm(4.1), Cm(2.4)]
tbl.autofit = False
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w.twips)))
trPr = tbl.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for i, row in enumerate([hdr] + [[str(k + 1)] + r for k, r in enumerate(rows)]):
    tr = tbl.rows[i]._tr.get_or_add_trPr(); cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); tr.append(cs)
    for j, txt in enumerate(row):
        c = tbl.cell(i, j); c.width = widths[j]
        cp = c.paragraphs[0]; cp.paragraph_format.line_spacing = Pt(18)
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or j in (0, 4)) else WD_ALIGN_PARAGRAPH.LEFT
        set_font(cp.add_run(txt), HT if i == 0 else FS, 12)
para("", indent=False)
para("注：各配合单位按职责分工配合牵头单位推进相关工作；各设区市人民政府负责本地区任务落实。", FS, 12, indent=False, line=20)

# 版记
para("", indent=False)
p = para("抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区监委，自治区高级人民法院，自治区人民检察院，各人民团体，各民主党派区委会。", FS, 14, indent=False, line=24); rule(p, "top", "000000", "12")
p = para("广西壮族自治区人民政府办公厅　　　　　　2022年12月30日印发", FS, 14, indent=False); rule(p, "top", "000000", "6"); rule(p, "bottom", "000000", "12")

tmp = tempfile.mkdtemp()
dx = os.path.join(tmp, "ab5_guangxi_tandafeng_shishifangan.docx"); doc.save(dx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, dx], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "ab5_guangxi_tandafeng_shishifangan.pdf"), OUT); shutil.rmtree(tmp)
print("wrote", OUT, os.path.getsize(OUT))
