"""Build blind notice g5 (敖汉旗 2024年高标准农田建设实施方案) as a real Word file with python-docx.
Run from the project root: .venv/bin/python -m tests.unseen11.build_g5"""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__('pathlib').Path(__file__).resolve().parent / 'notices' / 'g5_aohanqi_gaobiaozhun_nongtian.docx')

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

style = doc.styles['Normal']
style.font.name = '仿宋_GB2312'
style.font.size = Pt(16)
style.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
style.paragraph_format.line_spacing = Pt(28)
style.paragraph_format.space_after = Pt(0)


def run(p, text, font='仿宋_GB2312', size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def para(text='', font='仿宋_GB2312', size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        run(p, text, font, size, bold, color)
    return p


def mixed(parts, indent=True):
    """A body paragraph whose first part is a bold/楷体 lead-in: parts = [(text, font, bold), ...]"""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, font, bold in parts:
        run(p, text, font, 16, bold)
    return p


def border(p, side='bottom', color='FF0000', sz='12'):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement('w:pBdr')
    b = OxmlElement(f'w:{side}')
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), sz)
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    pbdr.append(b)
    pPr.append(pbdr)


def page_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_page_number():
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, '— ', size=14)
    r = fp.add_run()
    for tag, attr in (('w:fldChar', 'begin'), ('w:instrText', None), ('w:fldChar', 'separate')):
        el = OxmlElement(tag)
        if tag == 'w:fldChar':
            el.set(qn('w:fldCharType'), attr)
        else:
            el.set(qn('xml:space'), 'preserve')
            el.text = ' PAGE '
        r._r.append(el)
    t = OxmlElement('w:t'); t.text = '1'; r._r.append(t)
    end = OxmlElement('w:fldChar'); end.set(qn('w:fldCharType'), 'end'); r._r.append(end)
    run(fp, ' —', size=14)


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, font='仿宋_GB2312', size=12):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    run(p, text, font, size, bold)


footer_page_number()

# ---------- 版头 ----------
para('敖汉旗人民政府办公室文件', font='方正小标宋简体', size=36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
     color=(0xFF, 0x00, 0x00))
para('')
p = para('敖政办发〔2024〕21号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
border(p)
para('')
para('敖汉旗人民政府办公室', font='方正小标宋简体', size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para('关于印发敖汉旗2024年高标准农田建设实施方案的通知', font='方正小标宋简体', size=22,
     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para('')
para('各乡镇苏木人民政府，旗政府各委办局，各有关单位：', indent=False)
para('《敖汉旗2024年高标准农田建设实施方案》已经旗人民政府第8次常务会议研究同意，现印发给你们，请结合实际，认真抓好贯彻落实。')
para('')
para('')
para('敖汉旗人民政府办公室', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para('2024年3月26日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
para('（此件公开发布）')
page_break()

# ---------- 实施方案 ----------
para('敖汉旗2024年高标准农田建设实施方案', font='方正小标宋简体', size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
para('')
para('为深入贯彻落实党中央、国务院关于加强耕地保护和高标准农田建设的决策部署，根据《全国高标准农田建设规划（2021—2030年）》《内蒙古自治区高标准农田建设规划（2021—2030年）》和《农田建设项目管理办法》（农业农村部令2019年第4号）等规定，按照自治区、赤峰市关于2024年高标准农田建设工作的安排，结合我旗实际，制定本方案。')
para('一、基本情况', font='黑体')
para('敖汉旗是国家重要的商品粮生产基地和旱作农业示范区。截至2023年底，全旗耕地面积398.6万亩，累计建成高标准农田186.5万亩，占耕地面积的46.8%；高效节水灌溉面积达到112万亩。2023年全旗粮食总产量达到114.2万吨，再创历史新高。近年来，我旗坚持把高标准农田建设作为保障粮食安全的重要举措，大力推广浅埋滴灌、水肥一体化等节水增效技术，项目区农业生产条件明显改善。但我旗已建高标准农田中，2015年以前建成的约有47万亩，存在设施老化、配套不全、标准偏低等问题，亟待改造提升。')
para('二、基本原则', font='黑体')
para('坚持规划引领、集中连片，优先在永久基本农田保护区和粮食生产功能区开展建设；坚持新建与改造提升并重，统筹推进数量、质量、生态“三位一体”保护；坚持建管并重，落实建后管护主体和责任，确保建一亩、成一亩、管好一亩；坚持农民主体，充分尊重农民意愿，保障农民知情权、参与权和监督权。')
para('三、建设目标', font='黑体')
mixed([('（一）目标任务。', '楷体_GB2312', False), ('2024年，全旗建设高标准农田12万亩，其中新建高标准农田8万亩、改造提升高标准农田4万亩；同步发展高效节水灌溉8.5万亩，其中浅埋滴灌6.2万亩。项目区亩均粮食产能提高100公斤以上，农田灌溉水有效利用系数达到0.62以上，耕地质量等级平均提升0.5个等级以上，农作物耕种收综合机械化率达到92%以上。到2025年，全旗累计建成高标准农田200万亩以上，高标准农田占耕地面积比例超过50%。', '仿宋_GB2312', False)])
mixed([('（二）项目布局。', '楷体_GB2312', False),
       ('2024年项目重点布局在西辽河流域和教来河、孟克河沿岸粮食生产功能区，涉及8个乡镇。其中，四家子镇、长胜镇、下洼镇建设任务分别为2.2万亩、1.8万亩、1.5万亩，其余乡镇建设任务由旗农牧局结合项目储备情况分解下达。', '仿宋_GB2312', False)])
para('四、建设内容与标准', font='黑体')
mixed([('（一）建设内容。', '楷体_GB2312', False),
       ('围绕“田、土、水、路、林、电、技、管”八个方面，重点开展土地平整、土壤改良、灌溉排水与节水设施、田间道路、农田防护与生态环境保护、农田输配电等工程建设，同步推广良种良法和科学施肥技术。', '仿宋_GB2312', False)])
mixed([('（二）建设标准。', '楷体_GB2312', False),
       ('项目区应集中连片，连片面积原则上不少于3000亩。田间道路通达率达到90%以上，农田防护林网控制率不低于85%，灌溉设计保证率不低于75%。工程质量保修期不少于2年，保修期内出现质量问题的，由施工单位负责维修。', '仿宋_GB2312', False)])
mixed([('（三）投入标准。', '楷体_GB2312', False),
       ('新建高标准农田亩均总投入不低于2500元，其中中央和自治区财政补助1800元/亩、市级配套200元/亩、旗级配套300元/亩，其余部分通过整合涉农资金、引导社会资本投入和群众投工投劳等方式解决。改造提升高标准农田亩均财政投入不低于1500元。', '仿宋_GB2312', False)])
para('五、支持政策', font='黑体')
mixed([('（一）实行先建后补。', '楷体_GB2312', False),
       ('鼓励家庭农场、农民合作社、农业企业等新型农业经营主体自主建设高标准农田，对集中连片建设面积500亩以上、经验收合格的，按每亩1500元的标准给予先建后补，单个经营主体补助资金最高不超过300万元。', '仿宋_GB2312', False)])
mixed([('（二）落实管护经费。', '楷体_GB2312', False),
       ('旗财政按照10元/亩·年的标准安排高标准农田建后管护经费，纳入年度财政预算，专项用于工程设施维修养护。', '仿宋_GB2312', False)])
mixed([('（三）强化金融支持。', '楷体_GB2312', False),
       ('引导金融机构加大对高标准农田建设的信贷支持，对新型农业经营主体建设高标准农田的贷款，按照贷款市场报价利率（LPR）的50%给予贴息，贴息期限不超过2年。', '仿宋_GB2312', False)])
para('六、重点任务分工', font='黑体')
para('各有关部门和单位要按照以下分工，明确责任人和时间节点，确保各项任务按期完成。')

rows = [
    ('1', '完成2024年高标准农田建设项目初步设计编制和审批', '旗农牧局', '旗发展和改革委员会、旗财政局、旗自然资源局', '2024年4月30日前'),
    ('2', '开展项目招投标，确定施工和监理单位', '旗农牧局', '旗财政局、旗公共资源交易中心', '2024年5月底前'),
    ('3', '组织项目施工，完成田间工程和高效节水灌溉工程建设', '旗农牧局', '旗水利局、各乡镇苏木人民政府', '2024年10月31日前'),
    ('4', '统筹整合涉农资金，足额落实旗级配套资金', '旗财政局', '旗农牧局、旗发展和改革委员会', '2024年6月30日前'),
    ('5', '办理项目区机井取水许可和农田输配电工程配套', '旗水利局', '国网敖汉旗供电公司、旗农牧局', '2024年9月底前'),
    ('6', '开展高标准农田上图入库和耕地质量等级评价', '旗农牧局', '旗自然资源局', '2024年12月底前'),
    ('7', '组织项目竣工验收和工程移交', '旗农牧局', '旗财政局、旗审计局、各乡镇苏木人民政府', '2025年3月底前'),
    ('8', '落实建后管护责任，开展工程设施日常管护', '各乡镇苏木人民政府', '旗农牧局、旗水利局', '长期坚持'),
    ('9', '开展工程质量和项目资金使用情况监督检查', '旗审计局', '旗财政局、旗农牧局', '每季度'),
    ('10', '严格耕地用途管制，坚决遏制高标准农田“非农化”', '旗自然资源局', '旗农牧局、各乡镇苏木人民政府', '持续推进'),
]
table = doc.add_table(rows=1, cols=5)
table.style = 'Table Grid'
table.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(1.2), Cm(6.0), Cm(2.6), Cm(4.2), Cm(2.4)]
for i, h in enumerate(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']):
    cell_text(table.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font='黑体')
for r in rows:
    cells = table.add_row().cells
    for i, v in enumerate(r):
        cell_text(cells[i], v, align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
for row in table.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

para('')
para('七、保障措施', font='黑体')
mixed([('（一）加强组织领导。', '楷体_GB2312', False),
       ('成立敖汉旗高标准农田建设工作领导小组，统筹推进全旗高标准农田建设工作。领导小组组成如下：', '仿宋_GB2312', False)])
para('组　长：旗人民政府旗长')
para('副组长：旗人民政府分管农牧业工作的副旗长')
para('　　　　旗人民政府办公室分管副主任')
para('成　员：旗发展和改革委员会、旗财政局、旗农牧局、旗自然资源局、旗水利局、旗林业和草原局、旗审计局、国网敖汉旗供电公司主要负责同志，各乡镇苏木人民政府乡镇长（苏木达）。')
para('领导小组办公室设在旗农牧局，办公室主任由旗农牧局局长兼任，负责领导小组日常工作。领导小组成员如有变动，由所在单位接任领导自然替补。')
mixed([('（二）强化资金管理。', '楷体_GB2312', False),
       ('严格执行农田建设补助资金管理有关规定，实行专账核算、专款专用，严禁挤占、挪用、截留项目资金。旗财政局要会同旗农牧局加强资金绩效评价，评价结果与下年度资金分配挂钩。', '仿宋_GB2312', False)])
mixed([('（三）严格质量监管。', '楷体_GB2312', False),
       ('全面落实项目法人制、招标投标制、工程监理制、合同管理制和公告公示制，项目区设立统一标识牌，公开建设内容、投资规模和施工单位，接受群众监督。', '仿宋_GB2312', False)])
mixed([('（四）强化督导考核。', '楷体_GB2312', False),
       ('将高标准农田建设纳入对各乡镇苏木年度实绩考核，对工作推进不力、进度滞后的，予以通报批评并约谈主要负责同志。', '仿宋_GB2312', False)])
mixed([('（五）加强宣传引导。', '楷体_GB2312', False),
       ('充分利用广播电视、政务新媒体等渠道，广泛宣传高标准农田建设的政策措施和成效，及时总结推广先进典型经验，引导农民群众积极参与项目建设和建后管护，营造全社会关心支持高标准农田建设的良好氛围。', '仿宋_GB2312', False)])
para('八、时间安排', font='黑体')
para('（一）前期准备阶段（2024年3月—5月）。完成项目选址、初步设计、评审批复和招投标等前期工作。')
para('（二）组织实施阶段（2024年6月—10月）。全面开工建设，倒排工期、挂图作战，确保10月底前完成主体工程。')
para('（三）验收移交阶段（2024年11月—2025年3月）。开展项目初验、竣工验收、审计决算和工程移交，完成上图入库。')
para('')
para('')

# ---------- 版记 ----------
p = para('', indent=False)
border(p, 'bottom', '000000', '8')
p = doc.add_paragraph()
p.paragraph_format.left_indent = Pt(14)
run(p, '抄送：旗委办公室，旗人大常委会办公室，旗政协办公室，赤峰市农牧局。', size=14)
border(p, 'bottom', '000000', '4')
p = doc.add_paragraph()
p.paragraph_format.left_indent = Pt(14)
run(p, '敖汉旗人民政府办公室　　　　　　　　　　2024年3月27日印发', size=14)
border(p, 'bottom', '000000', '8')

doc.core_properties.title = '敖汉旗人民政府办公室关于印发敖汉旗2024年高标准农田建设实施方案的通知'
doc.core_properties.author = 'ahq-zfb'
doc.save(OUT)
print('saved', OUT)
