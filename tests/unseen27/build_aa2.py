"""Build aa2_hechi_jinduwei_tiaozheng.docx (blind set 27).

A 河池市人民政府办公室 notice adjusting the members of the 市禁毒委员会. Heading numbers
一、/（一）/（1） are Word AUTOMATIC NUMBERING: the numbering part is written here by hand
(abstractNum with chineseCounting for levels 0-1 and decimal in full-width brackets for
level 2); the digits are not in the paragraph text.
Run with /work/main/.venv/bin/python (python-docx).
"""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'notices', 'aa2_hechi_jinduwei_tiaozheng.docx')

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

NUMBERING_XML = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
  <w:abstractNum w:abstractNumId="0">
    <w:nsid w:val="5A3C2E71"/>
    <w:multiLevelType w:val="multilevel"/>
    <w:tmpl w:val="9E0C1A2C"/>
    <w:lvl w:ilvl="0">
      <w:start w:val="1"/>
      <w:numFmt w:val="chineseCounting"/>
      <w:suff w:val="nothing"/>
      <w:lvlText w:val="%1、"/>
      <w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>
    </w:lvl>
    <w:lvl w:ilvl="1">
      <w:start w:val="1"/>
      <w:numFmt w:val="chineseCounting"/>
      <w:lvlRestart w:val="1"/>
      <w:suff w:val="nothing"/>
      <w:lvlText w:val="（%2）"/>
      <w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/><w:sz w:val="32"/></w:rPr>
    </w:lvl>
    <w:lvl w:ilvl="2">
      <w:start w:val="1"/>
      <w:numFmt w:val="decimal"/>
      <w:lvlRestart w:val="2"/>
      <w:suff w:val="nothing"/>
      <w:lvlText w:val="（%3）"/>
      <w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>
    </w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
'''


def set_font(run, name='仿宋_GB2312', size=16, bold=False, color=None):
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


def para(doc, text='', font='仿宋_GB2312', size=16, bold=False, align=None, indent=True, color=None,
         space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def numbered(doc, level, text, font):
    """A paragraph whose number comes from numbering.xml (numId 1, ilvl level); text has no digits."""
    p = para(doc, text, font=font, indent=False)
    pPr = p._element.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>')
    pPr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    return p


def numbered_lead(doc, level, lead, rest):
    """Level-1 item: a 楷体 lead-in sentence then 仿宋 text, number from numbering.xml."""
    p = numbered(doc, level, lead, '楷体_GB2312' if level == 1 else '仿宋_GB2312')
    if rest:
        set_font(p.add_run(rest), '仿宋_GB2312', 16)
    return p


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run('— '), '宋体', 14)
    r = fp.add_run()
    set_font(r, '宋体', 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = fp.add_run()
    set_font(r2, '宋体', 14)
    r2._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = fp.add_run()
    set_font(r3, '宋体', 14)
    r3._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    set_font(fp.add_run(' —'), '宋体', 14)


def rule(doc, color='FF0000', sz=18):
    p = para(doc, indent=False)
    pPr = p._element.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))
    return p


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), '黑体' if bold else '仿宋_GB2312', 14)


def build():
    doc = Document()
    # our own numbering part; drop the default list styles' references to the template numbering
    doc.part.numbering_part._element = parse_xml(NUMBERING_XML.encode('utf-8'))
    for st in doc.styles.element.findall(qn('w:style')):
        ppr = st.find(qn('w:pPr'))
        if ppr is not None:
            for np_ in ppr.findall(qn('w:numPr')):
                ppr.remove(np_)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)

    # 版头
    para(doc, '河池市人民政府办公室文件', font='方正小标宋简体', size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=(0xE6, 0x00, 0x12), line=48)
    para(doc, '', indent=False)
    para(doc, '河政办函〔2023〕41号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(doc)
    para(doc, '', indent=False)
    para(doc, '河池市人民政府办公室关于调整河池市', font='方正小标宋简体', size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    para(doc, '禁毒委员会组成人员的通知', font='方正小标宋简体', size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    para(doc, '', indent=False)
    para(doc, '各县（区）人民政府，市直各有关单位：', indent=False)
    para(doc, '为进一步加强对全市禁毒工作的组织领导，深入推进新时代禁毒人民战争，根据《中华人民共和国禁毒法》'
              '《广西壮族自治区禁毒条例》有关规定，结合人事变动情况，经市人民政府同意，决定对河池市禁毒委员会'
              '（以下简称市禁毒委）组成人员进行调整。')
    para(doc, '近年来，在市委、市人民政府的坚强领导下，全市各级各有关部门认真贯彻落实党中央、国务院和自治区关于禁毒工作的'
              '决策部署，持续开展“净边”“清源断流”等专项行动，禁毒工作取得明显成效。但受周边毒情影响，我市毒品过境、'
              '外流贩毒和合成毒品滥用问题依然存在，禁毒斗争形势依然复杂严峻。')
    para(doc, '2022年，全市共破获毒品刑事案件318起，抓获毒品犯罪嫌疑人426名，缴获各类毒品87.6公斤，现有吸毒'
              '人员数较2021年下降12.3%，禁毒工作考评连续两年位居全区前列。2023年，力争全市现有吸毒人员数再'
              '下降5%以上，社区戒毒社区康复执行率保持在95%以上，确保不发生因毒品问题引发的重大案（事）件。'
              '现将调整后的组成人员及有关事项通知如下：')

    numbered(doc, 0, '调整后的市禁毒委组成人员', '黑体')
    lines = [
        ('主　　任：', '覃振邦', '市委副书记、市人民政府市长'),
        ('常务副主任：', '韦海鹏', '市人民政府副市长、市公安局局长'),
        ('副 主 任：', '蓝光旭', '市委常委、政法委书记'),
        ('', '莫丽萍', '市人民政府副市长'),
        ('', '黄德安', '市人民政府副秘书长'),
    ]
    for label, name, post in lines:
        p = para(doc, indent=False)
        p.paragraph_format.left_indent = Pt(32)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(112))
        p.paragraph_format.tab_stops.add_tab_stop(Pt(176))
        set_font(p.add_run((label or '') + '\t' + name + '\t' + post), '仿宋_GB2312', 16)
    p = para(doc, indent=False)
    p.paragraph_format.left_indent = Pt(32)
    set_font(p.add_run('成　　员：'), '仿宋_GB2312', 16)

    members = [
        ('市委宣传部副部长', '蒙秀兰'), ('市委政法委副书记', '卢建新'),
        ('市委网信办副主任', '黄美兰'), ('市中级人民法院副院长', '罗文勋'),
        ('市人民检察院副检察长', '潘正良'), ('市发展改革委副主任', '韦凤英'),
        ('市教育局副局长', '盘秀英'), ('市科技局副局长', '谭耀宗'),
        ('市工业和信息化局副局长', '莫志坚'), ('市公安局副局长', '覃国栋'),
        ('市民政局副局长', '赵有财'), ('市司法局副局长', '梁春燕'),
        ('市财政局副局长', '陆志华'), ('市人力资源社会保障局副局长', '邓金凤'),
        ('市交通运输局副局长', '蓝建勇'), ('市农业农村局副局长', '黄光明'),
        ('市商务局副局长', '李秀梅'), ('市文化广电和旅游局副局长', '班锦荣'),
        ('市卫生健康委副主任', '覃丽华'), ('市市场监管局副局长', '韦　锋'),
        ('团市委副书记', '蒙小丽'), ('市妇联副主席', '罗美珍'),
        ('河池军分区副司令员', '卢彦平'),
    ]
    rows = (len(members) + 1) // 2
    t = doc.add_table(rows=rows + 1, cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(5.2), Cm(2.6), Cm(5.2), Cm(2.6)]
    for i, h in enumerate(['职　务', '姓　名', '职　务', '姓　名']):
        cell_text(t.cell(0, i), h, bold=True)
    for k, (post, name) in enumerate(members):
        r, c = 1 + k // 2, (k % 2) * 2
        cell_text(t.cell(r, c), post, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(r, c + 1), name)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    # mark the header row as a repeating header
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))

    numbered(doc, 0, '有关人员变动情况', '黑体')
    numbered_lead(doc, 1, '', '因工作变动，黄德明同志不再担任市禁毒委副主任。')
    numbered_lead(doc, 1, '', '韦永福同志（原市教育局副局长）、覃美玲同志（原市民政局副局长）、李海波同志（原市商务局副局长）'
                              '不再担任市禁毒委成员。')
    numbered_lead(doc, 1, '', '今后市禁毒委组成人员因工作变动需要调整的，由所在单位提出意见，报市禁毒委办公室备案，'
                              '由接任者自然替补，不再另行发文。')

    numbered(doc, 0, '市禁毒委办公室', '黑体')
    para(doc, '市禁毒委下设办公室，设在市公安局，承担市禁毒委日常工作。办公室主任由覃国栋同志兼任，副主任由市公安局'
              '禁毒支队支队长韦庆丰同志担任。各成员单位要明确1名科级干部担任联络员，于2023年6月15日前将联络员名单报'
              '市禁毒委办公室。')
    para(doc, '市禁毒委办公室负责组织落实市禁毒委的决定和工作部署，承担禁毒工作的综合协调、督促检查、情况通报和考评'
              '考核等具体工作，负责联络员队伍的日常管理和业务培训。')

    numbered(doc, 0, '市禁毒委及成员单位职责', '黑体')
    numbered_lead(doc, 1, '市禁毒委职责。', '在市委、市人民政府领导下，统一领导全市禁毒工作；研究制定全市禁毒工作规划和年度'
                                      '工作计划；组织、协调、指导、督促各县（区）和各成员单位落实禁毒工作责任；研究解决禁毒工作'
                                      '中的重大问题；组织开展禁毒工作考评。')
    numbered_lead(doc, 1, '成员单位职责。', '各成员单位按照“谁主管、谁负责”的原则，依法履行下列职责：')
    duties = [
        '市委宣传部：负责组织协调新闻媒体开展禁毒宣传报道，每年“6·26”国际禁毒日期间集中组织开展禁毒宣传活动。',
        '市委政法委：负责将禁毒工作纳入平安河池建设考评内容，督促各县（区）落实禁毒工作责任。',
        '市委网信办：负责组织开展涉毒有害信息网上巡查，配合公安机关依法处置涉毒网站、网页和账号。',
        '市中级人民法院：负责依法审判毒品犯罪案件，每年“6·26”前后集中公开宣判1批毒品犯罪案件。',
        '市人民检察院：负责依法办理毒品犯罪案件审查逮捕、审查起诉工作，开展禁毒法律监督。',
        '市发展改革委：负责将禁毒工作纳入全市国民经济和社会发展规划，支持禁毒基础设施项目建设。',
        '市教育局：负责组织开展学校毒品预防教育，指导各级各类学校落实禁毒教育内容。',
        '市科技局：负责支持禁毒科研项目，推动毒品检测等新技术推广应用。',
        '市工业和信息化局：负责易制毒化学品生产、使用企业的行业管理，配合开展易制毒化学品监管。',
        '市公安局：负责毒品违法犯罪案件侦办，开展吸毒人员查处、登记和动态管控，承担市禁毒委办公室日常工作。',
        '市民政局：负责将符合条件的戒毒康复人员及其家庭纳入社会救助范围，指导社区做好禁毒工作。',
        '市司法局：负责指导社区戒毒社区康复工作，做好戒毒人员回归社会衔接帮扶。',
        '市财政局：负责保障禁毒工作经费，加强禁毒经费使用监管。',
        '市人力资源社会保障局：负责戒毒康复人员就业技能培训和就业帮扶，每年为戒毒康复人员提供就业岗位不少于200个。',
        '市交通运输局：负责督促物流寄递和道路运输企业落实禁毒主体责任，配合开展公路涉毒检查。',
        '市农业农村局：负责组织开展非法种植毒品原植物踏查，每年踏查覆盖率达到100%。',
        '市商务局：负责指导商贸流通企业落实禁毒防范措施，配合开展易制毒化学品经营监管。',
        '市文化广电和旅游局：负责娱乐场所、旅游行业禁毒管理，督促娱乐场所落实禁毒责任。',
        '市卫生健康委：负责麻醉药品、精神药品临床使用管理，组织开展戒毒药物维持治疗和吸毒人员身体康复工作。',
        '市市场监管局：负责药品零售环节含麻黄碱类复方制剂等管控药品的监督管理。',
        '团市委、市妇联：负责组织青少年和妇女群体开展禁毒宣传教育和志愿服务活动。',
        '河池军分区：负责组织民兵参与禁毒宣传和非法种植毒品原植物铲除工作。',
    ]
    for d in duties:
        para(doc, d)

    numbered(doc, 0, '工作要求', '黑体')
    numbered_lead(doc, 1, '健全会议制度。', '市禁毒委实行定期会议制度：')
    numbered_lead(doc, 2, '', '全体成员会议原则上每半年召开1次，由主任或常务副主任召集，听取禁毒工作情况汇报，研究部署重点工作；')
    numbered_lead(doc, 2, '', '联络员会议每季度召开1次，由市禁毒委办公室召集，通报工作进展，协调具体事项；')
    numbered_lead(doc, 2, '', '遇有重大毒情，由市禁毒委办公室提请主任或常务副主任随时召开专题会议。')
    numbered_lead(doc, 1, '强化源头管控。', '市公安局要会同市卫生健康委、市市场监管局，每季度开展1次易制毒化学品和麻醉药品、'
                                    '精神药品流失风险排查，对排查发现的问题实行清单管理、限期整改。')
    numbered_lead(doc, 1, '落实经费保障。', '市财政局要将禁毒工作经费纳入年度财政预算，每年安排禁毒专项经费不少于300万元，'
                                    '重点保障禁毒宣传教育、社区戒毒社区康复和毒品检测等工作。')
    numbered_lead(doc, 1, '深化预防教育。', '市教育局要会同团市委在全市中小学校深入开展毒品预防教育，每学期安排禁毒教育课'
                                    '不少于2课时，2023年底前全市中小学校毒品预防教育覆盖率达到100%。')
    numbered_lead(doc, 1, '同步调整县级机构。', '各县（区）人民政府要参照本通知，于2023年6月30日前完成本级禁毒委员会组成人员'
                                      '调整工作，并将调整情况报市禁毒委办公室备案。')
    numbered_lead(doc, 1, '加强督导考评。', '市禁毒委办公室要加强对成员单位履行禁毒职责情况的督导检查，每年年底对各成员单位'
                                    '进行1次考评，考评结果报市绩效办，纳入年度绩效考评。')
    numbered_lead(doc, 1, '严格信息报送。', '各成员单位要于每季度最后一个月的25日前向市禁毒委办公室报送本单位禁毒工作'
                                    '开展情况，12月10日前报送年度工作总结；遇有重大涉毒案（事）件，要在2小时内报告市禁毒委'
                                    '办公室。')
    para(doc, '《河池市人民政府办公室关于调整河池市禁毒委员会组成人员的通知》（河政办函〔2021〕58号）同时废止。')

    para(doc, '', indent=False)
    para(doc, '', indent=False)
    p = para(doc, '河池市人民政府办公室', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, '2023年5月22日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, '（此件公开发布）')

    # 版记 on its own page bottom: a break then the lines
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(16):
        para(doc, '', indent=False)
    rule(doc, color='000000', sz=8)
    p = para(doc, '抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委，河池军分区。', size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    rule(doc, color='000000', sz=4)
    p = para(doc, '河池市人民政府办公室　　　　　　　　　　　2023年5月23日印发', size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    rule(doc, color='000000', sz=8)

    doc.save(OUT)
    print('wrote', OUT)


if __name__ == '__main__':
    build()
