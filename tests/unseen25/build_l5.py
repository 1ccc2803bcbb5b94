# Builds notices/l5_ningbo_nongcungonglu_tizhi_fangan.pdf: python-docx DOCX (Noto CJK fonts) -> LibreOffice PDF
import subprocess, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = Path(__file__).resolve().parent
TMP = Path('/tmp/l5_build'); TMP.mkdir(exist_ok=True)
SERIF, SANS = 'Noto Serif CJK SC', 'Noto Sans CJK SC'
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
# footer page number — N —
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def fld(p, instr):
    r = p.add_run(); b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r = p.add_run(); t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = instr; r._r.append(t)
    r = p.add_run(); e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r._r.append(e)
fp.add_run('— '); fld(fp, 'PAGE'); fp.add_run(' —')

def rf(run, name=SERIF, size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn('w:eastAsia'), name)
    run.font.size = Pt(size); run.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)

def para(text, name=SERIF, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent: p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28); p.paragraph_format.space_after = Pt(0)
    rf(p.add_run(text), name, size, bold, color)
    return p

def hp(label, text):
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28); p.paragraph_format.space_after = Pt(0)
    rf(p.add_run(label), SANS, 16, True); rf(p.add_run(text))

para('宁波市交通运输局文件', SERIF, 26, True, align='c', color=(0xE6, 0, 0))
para('')
para('甬交发〔2025〕31号', align='c')
para('━━━━━━━━━━━━━━━━━━━━━━━━', size=12, align='c', color=(0xE6, 0, 0))
para('宁波市交通运输局关于印发《宁波市农村公路提质增效三年行动方案（2025—2027年）》的通知', SERIF, 20, True, align='c')
para('各区（县、市）交通运输局，局属各单位，局机关各处室：', indent=False)
para('为深入贯彻落实交通运输部等八部门《关于推进“四好农村路”高质量发展的指导意见》和《浙江省农村公路提质增效三年行动计划（2025—2027年）》（浙交〔2025〕12号）要求，加快推进我市农村公路高质量发展，我局制定了《宁波市农村公路提质增效三年行动方案（2025—2027年）》，现印发给你们，请结合实际认真贯彻落实。')
para('宁波市交通运输局', align='r')
para('2025年4月8日', align='r')
para('（此件公开发布）')
doc.add_page_break()

para('宁波市农村公路提质增效三年行动方案', SERIF, 20, True, align='c')
para('（2025—2027年）', SERIF, 16, align='c')
para('为全面提升农村公路建设、管理、养护、运营水平，更好服务乡村全面振兴和共同富裕先行市建设，根据《公路法》《农村公路养护管理办法》等法律法规规定，结合我市实际，制定本方案。')
para('一、基本情况', SANS, 16, True)
para('“十四五”以来，全市累计新改建农村公路1420公里、实施大中修工程2650公里，改造危旧桥梁126座。截至2024年底，全市农村公路总里程9856公里，其中县道2310公里、乡道3125公里、村道4421公里；农村公路优良中等路率为82.6%，列养率为100%，建制村通双车道公路比例达到94.5%。全市已创成“四好农村路”全国示范县3个、省级示范县8个。但对照群众出行新期待，农村公路仍存在部分路段技术等级偏低、安全设施不完善、养护资金保障不足、山区海岛路网韧性不强等短板。')
para('从区域看，南部山区和东部沿海半岛的农村公路技术等级偏低问题较为突出，宁海县、象山县四级及等外公路占比仍超过40%，部分乡村旅游线路通行能力不足，节假日拥堵现象时有发生；北部平原地区路网密度较高，但早期建设的水泥混凝土路面已进入集中病害期，养护压力明显加大。从管理看，部分区（县、市）农村公路养护资金尚未足额纳入财政预算，乡镇管养力量薄弱，专业化养护比例不足60%，路政巡查和安全隐患排查治理还存在盲区。')
para('二、总体要求', SANS, 16, True)
hp('（一）指导思想。', '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记关于“四好农村路”的重要指示精神，完整、准确、全面贯彻新发展理念，以农村公路“建好、管好、护好、运营好”为主线，以提升路网质量、服务品质和治理能力为重点，加快构建安全便捷、畅通美丽、智慧绿色的农村公路网络，为高水平建设现代化滨海大都市、加快推进共同富裕先行市建设提供坚实交通支撑。')
hp('（二）基本原则。', '坚持统筹规划、分类推进，根据山区、平原、海岛不同特点，因地制宜确定建设标准和改造重点；坚持建养并重、养护优先，从重建设向建管养运并重转变；坚持安全至上、质量为本，把安全理念贯穿农村公路规划、设计、建设、运营全过程；坚持政府主导、多元参与，落实区（县、市）政府主体责任，鼓励社会资本和村集体经济组织参与农村公路建设养护。')
para('三、总体目标', SANS, 16, True)
para('2025—2027年，全市三年累计实施农村公路提质增效工程3000公里，其中新改建农村公路600公里，养护工程2400公里。分年度看，2025年完成900公里，2026年、2027年分别完成1050公里。到2027年底，全市农村公路优良中等路率达到85%以上，列养率保持100%，县道三级及以上公路比例达到90%以上，农村公路路况自动化检测覆盖率达到100%；新创建“四好农村路”全国示范县2个、省级示范乡镇30个；累计建成“美丽农村路”500公里。')
para('分年度目标为：2025年底，全市农村公路优良中等路率达到83%以上，县道三级及以上公路比例达到86%；2026年底，优良中等路率达到84%以上，县道三级及以上公路比例达到88%，农村公路数字化管理平台全面投入使用；2027年底，各项目标全面完成，农村公路发展水平继续保持全省第一方阵。')
para('各区（县、市）年度任务分解如下：')
para('宁波市农村公路提质增效工程任务分解表', SANS, 14, True, align='c')
rows = [('海曙区', 40, 45, 45), ('江北区', 20, 25, 25), ('镇海区', 25, 30, 30), ('北仑区', 50, 55, 55),
        ('鄞州区', 90, 100, 100), ('奉化区', 95, 110, 110), ('余姚市', 140, 165, 165), ('慈溪市', 120, 140, 140),
        ('宁海县', 160, 190, 190), ('象山县', 160, 190, 190)]
t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(['区（县、市）', '2025年（公里）', '2026年（公里）', '2027年（公里）', '合计']):
    c = t.rows[0].cells[i]; c.text = ''; rf(c.paragraphs[0].add_run(h), SANS, 12, True)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
tot = [0, 0, 0]
for name, a, b, cc in rows:
    cells = t.add_row().cells
    for i, v in enumerate([name, a, b, cc, a + b + cc]):
        cells[i].text = ''; rf(cells[i].paragraphs[0].add_run(str(v)), SERIF, 12)
        cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    tot = [tot[0] + a, tot[1] + b, tot[2] + cc]
cells = t.add_row().cells
for i, v in enumerate(['合计'] + tot + [sum(tot)]):
    cells[i].text = ''; rf(cells[i].paragraphs[0].add_run(str(v)), SERIF, 12, True)
    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para('注：任务里程含新改建和养护工程（大中修）里程。', size=12, indent=False)
para('四、重点任务', SANS, 16, True)
hp('（一）实施农村公路新改建工程。', '重点推进等外公路、单车道四级公路和断头路改造，新改建农村公路路面宽度原则上不低于6.5米，2027年底前全面完成600公里新改建任务。（牵头单位：局综合规划处；责任单位：各区（县、市）交通运输局）')
hp('（二）推进农村公路养护工程。', '建立农村公路养护计划项目库，每年实施大中修工程800公里，确保路面使用性能指数（PQI）稳步提升。（牵头单位：市公路与运输管理中心；责任单位：各区（县、市）交通运输局）')
hp('（三）加快危旧桥梁改造。', '2026年底前完成全市现有85座四、五类农村公路桥梁改造，新发现的四、五类桥梁原则上当年发现、次年完成改造。（牵头单位：市公路与运输管理中心；责任单位：各区（县、市）交通运输局）')
hp('（四）提升山区海岛路网韧性。', '实施山区海岛农村公路安全生命防护工程，到2027年完成宁海县、象山县山区海岛路段安防工程200公里，每年汛期前完成灾害风险隐患排查。（责任单位：宁海县交通运输局、象山县交通运输局）')
hp('（五）打造“美丽农村路”品牌。', '结合美丽乡村、和美乡村建设，每年创建“美丽农村路”150公里以上，打造一批“农村公路+旅游”“农村公路+产业”融合发展示范线。（牵头单位：局综合规划处；责任单位：各区（县、市）交通运输局；配合单位：市文化广电旅游局）')
hp('（六）深化农村公路路长制。', '全面落实县、乡、村三级路长制，县级路长每半年巡路不少于1次，乡级路长每季度巡路不少于1次，村级路长每月巡路不少于1次，持续推进“路长+”管理模式。（牵头单位：局政策法规处；责任单位：各区（县、市）交通运输局）')
hp('（七）推进农村公路数字化管理。', '2025年底前建成全市农村公路数字化管理平台，实现农村公路路况、养护、应急等数据“一图感知”，路况自动化检测每年开展一次。（牵头单位：局科技与信息化处；配合单位：市公路与运输管理中心）')
hp('（八）完善资金保障机制。', '落实市级补助政策：新改建农村公路每公里补助40万元，其中宁海县、象山县山区海岛路段每公里补助60万元；大中修工程每公里补助15万元；危旧桥梁改造按工程造价的30%给予补助，单座最高100万元。2025—2027年市财政累计安排补助资金不少于10亿元。各区（县、市）农村公路日常养护资金按县道每公里每年不低于1万元、乡道不低于5000元、村道不低于3000元的标准落实。（牵头单位：局财务审计处；配合单位：市财政局）')
hp('（九）推进城乡交通运输一体化。', '优化农村客运网络，2027年底前全市城乡公交一体化率保持100%，建制村通客车率保持100%，建成农村物流服务站点300个以上。（责任单位：局运输管理处、各区（县、市）交通运输局）')
hp('（十）深化农村公路管理养护体制改革。', '推进农村公路养护市场化改革，2026年底前各区（县、市）全面建立“县道县管、乡道乡管、村道村管”和专业养护与群众养护相结合的管养机制，鼓励通过公开招标择优选择专业养护单位，农村公路专业化养护比例达到80%以上。（责任单位：各区（县、市）交通运输局；配合单位：市公路与运输管理中心）')
para('五、保障措施', SANS, 16, True)
hp('（一）加强组织领导。', '各区（县、市）要将农村公路提质增效工作纳入政府重要议事日程，建立主要领导负责、分管领导具体抓的工作机制，细化年度实施计划，于每年1月底前报市交通运输局。')
hp('（二）强化考核激励。', '市交通运输局将行动实施情况纳入对各区（县、市）交通运输工作年度考核，考核结果与市级补助资金安排挂钩；对年度考核优秀的区（县、市），市级补助资金上浮10%。')
hp('（三）严格质量监管。', '落实农村公路建设项目“七公开”制度，工程交工验收合格率达到100%，竣工验收优良率达到90%以上。加强社会监督，畅通群众反映问题渠道。')
hp('（四）加强要素保障。', '各区（县、市）要积极争取自然资源、生态环境等部门支持，在建设用地、林地使用、环评审批等方面为农村公路项目开辟绿色通道；统筹用好地方政府专项债券、乡村振兴等资金渠道，鼓励金融机构创新农村公路融资产品，多渠道筹措建设养护资金。')
hp('（五）强化安全生产。', '压实农村公路建设、养护作业安全生产责任，严格落实施工现场安全防护和交通组织措施，汛期、台风期加强对临水临崖、高边坡等重点路段的巡查值守，确保农村公路建设养护领域不发生较大及以上生产安全事故。')
hp('（六）营造良好氛围。', '充分利用各类媒体，广泛宣传农村公路建设管理养护成效和先进典型，推动形成全社会关心支持农村公路发展的良好氛围。')
para('')
para('抄送：市发展和改革委员会，市财政局，市农业农村局，市文化广电旅游局。', size=14, indent=False)
para('宁波市交通运输局办公室　　　　　　　　2025年4月9日印发', size=14, indent=False)

docx = TMP / 'l5_ningbo_nongcungonglu_tizhi_fangan.docx'
doc.save(docx)
subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_l5', '--headless', '--convert-to', 'pdf',
                '--outdir', str(TMP), str(docx)], check=True, capture_output=True)
out = HERE / 'notices' / 'l5_ningbo_nongcungonglu_tizhi_fangan.pdf'
shutil.copy(TMP / 'l5_ningbo_nongcungonglu_tizhi_fangan.pdf', out)
print('wrote', out, out.stat().st_size)
