"""Build aa3_gansu_zhongyiyao_14wu_guihua.pdf (blind set 27).

甘肃省人民政府办公厅 issues the province's 十四五 中医药 plan. Written with python-docx
(two sections: the cover notice without running head, the plan with a running head),
then converted to PDF by LibreOffice. The indicator table is long enough to cross a page
break; its header row is marked <w:tblHeader/> so LibreOffice repeats it; its last row is a
merged 注： row. Footer: PAGE field as '— N —'.
Run with /work/main/.venv/bin/python.
"""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'aa3_gansu_zhongyiyao_14wu_guihua'
OUT_PDF = os.path.join(HERE, 'notices', NAME + '.pdf')

FS = 'Noto Serif CJK SC'   # body face available to LibreOffice here (stands in for 仿宋_GB2312)
FH = 'Noto Sans CJK SC'    # heading face (stands in for 黑体)


def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    if fonts is None:
        fonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, fonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        fonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text='', font=FS, size=16, bold=False, align=None, indent=True, color=None, line=28, keep=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if keep:
        pf.keep_with_next = True
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def lead_para(doc, lead, rest, lead_font=FH):
    p = para(doc)
    set_font(p.add_run(lead), lead_font, 16, bold=(lead_font == FS))
    set_font(p.add_run(rest), FS, 16)
    return p


def h1(doc, text):
    return para(doc, text, font=FH, keep=True)


def add_field(paragraph, instr, size=14):
    r = paragraph.add_run(); set_font(r, FS, size)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r = paragraph.add_run(); set_font(r, FS, size)
    r._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r = paragraph.add_run(); set_font(r, FS, size)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def footer_page(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run('— '), FS, 14)
    add_field(fp, 'PAGE')
    set_font(fp.add_run(' —'), FS, 14)


def rule(doc, color='FF0000', sz=18):
    p = para(doc, indent=False, line=12)
    p._element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))
    return p


def cell(c, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS, size=12):
    c.text = ''
    p = c.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    set_font(p.add_run(text), FH if bold else font, size)


INDICATORS = [
    ('一、中医药服务体系', None),
    ('中医医院数（所）', ('132', '145', '预期性')),
    ('每千人口公立中医医院床位数（张）', ('0.98', '1.10', '预期性')),
    ('每千人口中医类别执业（助理）医师数（人）', ('0.62', '0.75', '预期性')),
    ('二级以上公立中医医院设置治未病科室比例（%）', ('82.5', '100', '约束性')),
    ('社区卫生服务中心和乡镇卫生院设置中医馆比例（%）', ('93.6', '100', '约束性')),
    ('能够提供中医非药物疗法的村卫生室占比（%）', ('78.4', '≥85', '预期性')),
    ('二、中医药人才', None),
    ('每万人口中医类别全科医生数（人）', ('0.71', '0.95', '预期性')),
    ('省级名中医（人）', ('350', '450', '预期性')),
    ('中医药师承教育继承人（人）', ('—', '〔1000〕', '预期性')),
    ('三、中医药产业', None),
    ('中药材种植面积（万亩）', ('465', '500', '预期性')),
    ('中药材产量（万吨）', ('125', '150', '预期性')),
    ('中医药全产业链产值（亿元）', ('1100', '1600', '预期性')),
    ('省级中药材标准化种植基地（个）', ('36', '60', '预期性')),
    ('四、中医药健康服务', None),
    ('公民中医药健康文化素养水平（%）', ('20.1', '25', '预期性')),
    ('65岁及以上老年人中医药健康管理率（%）', ('68.5', '75', '约束性')),
    ('0—36个月儿童中医药健康管理率（%）', ('80.2', '85', '约束性')),
]
NOTE = ('注：1.〔 〕内为五年累计数。2.2020年数据为统计快报数，中药材种植面积、产量为全省口径。'
        '3.约束性指标为政府必须完成的指标，预期性指标为引导性指标。')


def indicator_table(doc):
    t = doc.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(9.0), Cm(2.2), Cm(2.2), Cm(2.2)]
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for i, h in enumerate(['指　　标', '2020年', '2025年', '属性']):
        cell(t.rows[0].cells[i], h, bold=True)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for name, vals in INDICATORS:
        r = t.add_row()
        r._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        if vals is None:
            m = r.cells[0].merge(r.cells[3])
            cell(m, name, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            cell(r.cells[0], name, align=WD_ALIGN_PARAGRAPH.LEFT)
            for i, v in enumerate(vals):
                cell(r.cells[i + 1], v)
    r = t.add_row()
    m = r.cells[0].merge(r.cells[3])
    cell(m, NOTE, align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i] if c._tc.grid_span == 1 else sum(widths, Cm(0))
    return t


COVER = [
    '各市、自治州人民政府，兰州新区管委会，省政府有关部门，中央在甘有关单位：',
    '《甘肃省“十四五”中医药发展规划》已经省政府同意，现印发给你们，请结合实际认真贯彻执行。',
]

PLAN = [
    ('p', '中医药是中华民族的瑰宝，甘肃是岐黄文化和中医药的重要发祥地之一。为贯彻落实《中共中央 国务院关于促进中医药'
          '传承创新发展的意见》和《“十四五”中医药发展规划》（国办发〔2022〕5号），根据《甘肃省国民经济和社会发展第十四个'
          '五年规划和二〇三五年远景目标纲要》，结合我省实际，制定本规划。规划期为2021—2025年。'),
    ('h1', '一、规划背景'),
    ('lead', '（一）发展基础。', '“十三五”以来，全省上下认真贯彻党中央、国务院关于中医药工作的决策部署，中医药事业产业'
          '发展取得积极成效。截至2020年底，全省共有中医医院132所，中医医院床位2.46万张，中医类别执业（助理）医师1.56万人，'
          '全年中医医疗机构诊疗2862万人次；全省县级中医医院实现全覆盖，社区卫生服务中心和乡镇卫生院设置中医馆比例达到'
          '93.6%。中医药人才队伍不断壮大，涌现出国医大师2名、全国名中医3名。中药材产业加快发展，全省中药材种植面积稳定在'
          '465万亩，产量125万吨，当归、党参、黄芪、大黄等道地药材产量居全国前列，定西、陇南等地成为全国重要的中药材集散地。'
          '“十三五”期间，省级财政累计投入中医药专项资金18.6亿元，有力支撑了中医药服务体系建设。'),
    ('lead', '（二）面临形势。', '当前，人民群众对中医药服务的需求日益增长，中医药发展迎来天时、地利、人和的大好时机。'
          '同时，我省中医药优质资源总量不足，高层次人才短缺，中药材精深加工能力弱、产业链条短等问题仍较突出。'),
    ('h1', '二、总体要求'),
    ('lead', '（一）指导思想。', '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，'
          '坚持中西医并重，传承精华、守正创新，以满足人民群众中医药健康需求为出发点和落脚点，统筹推进中医药事业和产业高质量'
          '发展，努力把甘肃建设成为中医药强省。'),
    ('lead', '（二）发展目标。', '到2025年，全省中医药服务体系更加健全，中医药服务能力显著增强，中医药人才队伍建设取得'
          '新进展，中药材产业规模和质量效益明显提升，中医药文化影响力进一步扩大。全省中医医院达到145所，中药材种植面积稳定在'
          '500万亩左右，中医药全产业链产值达到1600亿元，公民中医药健康文化素养水平达到25%。主要指标见表1。'),
    ('caption', '表1　甘肃省“十四五”中医药发展主要指标'),
    ('table', None),
    ('lead', '', '展望2035年，全省中医药服务能力和产业发展水平全面提升，中医药治理体系和治理能力现代化水平显著提高，'
          '中医药在健康甘肃建设中的独特优势得到充分发挥，基本建成中医药强省。'),
    ('h1', '三、重点任务'),
    ('lead', '（一）健全中医药服务体系。', '积极争取建设国家中医药传承创新中心1个、国家区域中医（专科）诊疗中心2个，'
          '支持省中医院、甘肃中医药大学附属医院提升疑难危重症诊疗能力。每个市（州）至少建成1所三级甲等中医医院，县级中医医院'
          '二级甲等达标率达到100%。实施基层中医药服务能力提升工程，推动社区卫生服务中心和乡镇卫生院中医馆全覆盖，'
          '打造一批中医阁示范村卫生室。'),
    ('lead', '（二）提升中医药特色服务能力。', '加强中医优势专科建设，“十四五”期间新增省级中医重点专科80个。推动中医'
          '医院治未病科室规范化建设，二级以上公立中医医院全部设置治未病科室。推广中医适宜技术，每个乡镇卫生院能够规范开展'
          '6类以上中医适宜技术，每个村卫生室能够开展4类以上中医适宜技术。'),
    ('lead', '（三）加强中医药人才队伍建设。', '实施岐黄人才培育计划，“十四五”期间培养中医药骨干人才2000名、基层中医药'
          '适宜技术推广人员5000名。完善中医药师承教育制度，支持名老中医建设传承工作室，每个传承工作室每年补助经费10万元。'
          '推进中医医师规范化培训，省级中医住院医师规范化培训基地达到12个。'),
    ('lead', '（四）推动中药材产业高质量发展。', '以当归、党参、黄芪、大黄、甘草等道地药材为重点，建设标准化、规模化种植基地，'
          '到2025年中药材良种覆盖率达到60%以上。支持定西、陇南建设国家级中药材交易市场，培育年产值超10亿元的中医药龙头企业'
          '10家以上。对新认定的国家级中药材产业化龙头企业，省级财政一次性奖励100万元。'),
    ('lead', '（五）弘扬岐黄中医药文化。', '深入挖掘岐伯、皇甫谧等中医药文化资源，建设中医药文化宣传教育基地，'
          '每年在全省范围内开展中医药健康文化推进行动不少于100场次。推动中医药文化进校园、进社区、进乡村。'),
    ('lead', '（六）加强中医药传承创新。', '系统整理陇派中医学术流派和名老中医学术经验，建设省级中医药重点实验室'
          '10个以上。支持甘肃中医药大学与省内三级中医医院共建中医药协同创新平台，开展中医药防治重大疾病、慢性病和'
          '传染病临床研究。对获得国家级科技奖励的中医药科研项目，按国家奖励额度给予1:1配套奖励。'),
    ('lead', '（七）发展中医药健康服务业。', '推动中医药与养老、旅游、体育等融合发展，建设中医药健康旅游示范基地'
          '15个，对新认定的省级中医药康养示范基地每个给予50万元奖补。鼓励社会力量举办中医诊所和中医养生保健机构，'
          '支持有条件的中医医院开展互联网诊疗服务，到2025年二级以上公立中医医院全部提供线上预约诊疗服务。'),
    ('lead', '（八）推进中西医协同发展。', '在综合医院、专科医院全面推广“有机制、有团队、有措施、有成效”的中西医'
          '结合医疗模式，三级综合医院全部设置中医临床科室，打造省级中西医协同“旗舰”医院3个、“旗舰”科室10个。'
          '强化中医药在突发公共卫生事件应急处置中的作用，依托省中医院建设省级中医疫病防治基地。'),
    ('h1', '四、保障措施'),
    ('lead', '（一）加强组织领导。', '各市（州）人民政府要将中医药工作纳入经济社会发展规划和年度重点工作，建立健全中医药'
          '工作协调机制，研究解决中医药发展中的重大问题。'),
    ('lead', '（二）加大投入力度。', '省财政厅要加大对中医药事业的支持力度，省级财政每年安排中医药发展专项资金不少于3亿元，'
          '重点支持中医药服务体系建设、人才培养和传承创新。'),
    ('lead', '（三）完善医保支持政策。', '省医保局要将符合条件的中医医疗服务项目和中药饮片、医疗机构中药制剂按规定纳入医保'
          '支付范围，到2025年中医优势病种按病种付费病种数不少于30个。'),
    ('lead', '（四）深化人才评价改革。', '省人力资源社会保障厅要会同省卫生健康委完善以能力和业绩为导向的中医药人才评价机制，'
          '职称评审向基层一线和艰苦边远地区倾斜。'),
    ('lead', '（五）优化中药审评审批。', '省药监局要优化医疗机构中药制剂备案和注册管理，医疗机构中药制剂注册审批时限压缩至'
          '30个工作日以内。'),
    ('lead', '（六）强化监测评估。', '省卫生健康委（省中医药管理局）要会同省发展改革委、省财政厅建立规划实施监测评估机制，'
          '2023年底前开展中期评估，2025年底前开展总结评估，评估结果向省政府报告。'),
]


def build():
    doc = Document()
    for st in ('Normal',):
        doc.styles[st].font.name = FS
    s1 = doc.sections[0]
    s1.page_height, s1.page_width = Cm(29.7), Cm(21.0)
    s1.top_margin, s1.bottom_margin = Cm(3.7), Cm(3.5)
    s1.left_margin, s1.right_margin = Cm(2.8), Cm(2.6)
    footer_page(s1)

    para(doc, '甘肃省人民政府办公厅文件', font=FS, size=34, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=(0xE6, 0x00, 0x12), line=46)
    para(doc, '', indent=False)
    para(doc, '甘政办发〔2022〕46号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(doc)
    para(doc, '', indent=False)
    para(doc, '甘肃省人民政府办公厅', size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    para(doc, '关于印发甘肃省“十四五”中医药发展规划的通知', size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=34)
    para(doc, '', indent=False)
    para(doc, COVER[0], indent=False)
    para(doc, COVER[1])
    para(doc, '', indent=False)
    para(doc, '', indent=False)
    p = para(doc, '甘肃省人民政府办公厅', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, '2022年4月12日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, '（此件公开发布）')

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.header.is_linked_to_previous = False
    hp = s2.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run('甘肃省“十四五”中医药发展规划'), FS, 10.5)
    hp._element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
    footer_page(s2)
    # first section keeps an empty header of its own
    s1.header.is_linked_to_previous = False

    para(doc, '甘肃省“十四五”中医药发展规划', size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, '', indent=False)
    for kind, *rest in PLAN:
        if kind == 'p':
            para(doc, rest[0])
        elif kind == 'h1':
            h1(doc, rest[0])
        elif kind == 'lead':
            lead_para(doc, rest[0], rest[1], lead_font=FS)
        elif kind == 'caption':
            para(doc, rest[0], font=FH, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, keep=True)
        elif kind == 'table':
            indicator_table(doc)
            para(doc, '', indent=False, line=14)

    # 版记
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(17):
        para(doc, '', indent=False)
    rule(doc, color='000000', sz=8)
    p = para(doc, '抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。', size=14, indent=False)
    rule(doc, color='000000', sz=4)
    para(doc, '甘肃省人民政府办公厅　　　　　　　　　　　2022年4月14日印发', size=14, indent=False)
    rule(doc, color='000000', sz=8)

    tmp = tempfile.mkdtemp()
    docx_path = os.path.join(tmp, NAME + '.docx')
    doc.save(docx_path)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, NAME + '.pdf'), OUT_PDF)
    shutil.rmtree(tmp)
    print('wrote', OUT_PDF)


if __name__ == '__main__':
    build()
