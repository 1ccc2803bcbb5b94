# Builds notices/a5_guobanfa_tuoyu_shishiyijian.pdf (next to this script) with reportlab.
# The Noto CJK fonts listed by `fc-list :lang=zh` are CFF-outline OTC files, which reportlab's TTFont cannot
# embed ("postscript outlines are not supported"), so the built-in CID font STSong-Light is used instead.
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.platypus.flowables import HRFlowable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
F = 'STSong-Light'
RED = colors.HexColor('#E60000')
body = ParagraphStyle('body', fontName=F, fontSize=15.5, leading=28, firstLineIndent=31, alignment=TA_JUSTIFY, wordWrap='CJK')
noind = ParagraphStyle('noind', parent=body, firstLineIndent=0)
center = ParagraphStyle('center', parent=body, firstLineIndent=0, alignment=TA_CENTER)
right = ParagraphStyle('right', parent=body, firstLineIndent=0, alignment=TA_RIGHT)
title = ParagraphStyle('title', fontName=F, fontSize=21, leading=34, alignment=TA_CENTER, wordWrap='CJK')
banner = ParagraphStyle('banner', fontName=F, fontSize=34, leading=48, alignment=TA_CENTER, textColor=RED)
small = ParagraphStyle('small', parent=noind, fontSize=13, leading=22)
cell = ParagraphStyle('cell', fontName=F, fontSize=12, leading=17, alignment=TA_CENTER, wordWrap='CJK')
cell_l = ParagraphStyle('cell_l', parent=cell, alignment=TA_LEFT)

def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(F, 13)
    canvas.drawCentredString(A4[0] / 2, 14 * mm, '— %d —' % doc.page)
    canvas.restoreState()

S = []
P = lambda t, st=body: S.append(Paragraph(t, st))
S.append(Spacer(1, 20 * mm))
P('国务院办公厅文件', banner)
S.append(Spacer(1, 10 * mm))
P('国办发〔2025〕21号', center)
S.append(HRFlowable(width='100%', thickness=2, color=RED, spaceBefore=4, spaceAfter=14))
P('国务院办公厅关于促进3岁以下婴幼儿<br/>照护服务发展的实施意见', title)
S.append(Spacer(1, 6 * mm))
P('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', noind)
TXT = """婴幼儿照护服务事关婴幼儿健康成长和千家万户，是重要的民生工程。《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）印发以来，各地区、各有关部门认真贯彻落实《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》，托育服务体系建设取得积极进展。截至2024年底，全国每千人口拥有3岁以下婴幼儿托位数达到3.4个，普惠托位占比为45%，备案托育机构达到9.2万家。但托育服务供给总量不足、价格偏高、质量参差不齐等问题仍然存在。为进一步促进3岁以下婴幼儿照护服务发展，减轻家庭生育养育负担，经国务院同意，现提出以下实施意见。
<b>一、总体要求</b>
以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，坚持以人民为中心，坚持政府引导、多方参与，坚持普惠优先、安全第一，加快构建覆盖城乡、布局合理、质量可靠、价格可承受的普惠托育服务体系。
——坚持家庭为主、托育补充。强化家庭对婴幼儿照护的主体责任，通过多种形式加强对家庭的育儿指导，对确有照护困难的家庭提供必要的托育服务。
——坚持普惠优先、多元供给。综合运用土地、住房、财政、金融、人才等支持政策，引导社会力量积极参与，着力增加普惠托育服务供给。
——坚持安全健康、科学规范。把婴幼儿安全和健康放在首位，遵循婴幼儿成长特点和规律，加强综合监管，促进婴幼儿全面发展。
到2027年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，普惠托位占比达到60%以上，托育服务机构从业人员持证上岗率达到90%以上，县级托育综合服务中心覆盖率达到80%以上，基本形成多元化、多样化、覆盖城乡的托育服务体系。到2030年，每千人口拥有3岁以下婴幼儿托位数达到5.5个。主要指标见附件。
<b>二、扩大普惠托育服务供给</b>
（一）实施公办托育服务能力建设项目。支持各地建设承担指导功能的示范性托育服务机构和社区托育服务设施，每个地级市至少建成1个综合托育服务中心。中央预算内投资对新建普惠托位按每个托位1万元标准给予支持。（国家发展改革委、国家卫生健康委按职责分工负责）
（二）支持幼儿园招收2至3岁幼儿。鼓励有条件的幼儿园利用富余学位开设托班，到2027年，具备条件的公办幼儿园开设托班比例达到50%以上。托班收费标准按照普惠性原则合理确定。（教育部牵头，国家卫生健康委、国家发展改革委按职责分工负责）
（三）推动社区嵌入式托育服务发展。新建居住区按照每千人口不少于10个托位的标准规划建设托育服务设施，与住宅同步验收、同步交付；老城区和已建成居住区按照每千人口不少于8个托位的标准，通过购置、置换、租赁等方式补齐。（住房城乡建设部、自然资源部牵头，国家卫生健康委按职责分工负责）
（四）鼓励用人单位提供托育服务。支持机关、企事业单位、产业园区在工作场所为职工提供福利性托育服务，有条件的可向附近居民开放。对用人单位新建托育设施的，地方可给予适当补助。（国家卫生健康委牵头，全国总工会、全国妇联、国务院国资委按职责分工负责）
（五）规范发展家庭托育点。支持符合条件的个人利用住宅举办家庭托育点，每个家庭托育点收托婴幼儿不超过5人，每名照护人员照护婴幼儿不超过3名。家庭托育点应当向所在地县级卫生健康部门备案。（国家卫生健康委牵头，住房城乡建设部、市场监管总局按职责分工负责）
<b>三、降低托育服务成本</b>
（六）给予普惠托育运营补助。中央财政通过现有资金渠道对普惠托位给予运营补助，补助标准为每个托位每年2000元；地方财政可结合实际提高补助标准。普惠托育机构收费原则上不超过当地城镇居民人均可支配收入的20%。（财政部、国家卫生健康委、国家发展改革委按职责分工负责）
（七）落实税费优惠政策。为社区提供托育服务的机构，其提供托育服务取得的收入免征增值税，用于提供托育服务的房产、土地免征房产税、城镇土地使用税。托育机构用水、用电、用气、用热按照居民生活类价格执行。（财政部、税务总局牵头，国家发展改革委按职责分工负责）
（八）落实个人所得税专项附加扣除政策。纳税人照护3岁以下婴幼儿子女的相关支出，按照每个婴幼儿每月2000元的标准定额扣除。（税务总局牵头，财政部按职责分工负责）
（九）建立育儿补贴制度。对符合条件的3岁以下婴幼儿，按照每人每年3600元的标准发放育儿补贴，所需资金由中央和地方共同承担，中央财政对中西部地区给予倾斜支持。（财政部、国家卫生健康委牵头，民政部、国家医保局按职责分工负责）
（十）加强金融支持。引导金融机构开发托育服务专属信贷产品，对普惠托育机构新增贷款，中央财政按贷款实际利率的50%给予贴息，贴息期限不超过2年。（中国人民银行、金融监管总局、财政部按职责分工负责）
<b>四、提升托育服务质量</b>
（十一）加强托育人才队伍建设。支持职业院校开设婴幼儿托育服务与管理相关专业，到2027年，累计培养培训托育从业人员50万人次以上。将托育从业人员纳入职业技能提升行动，对取得职业技能等级证书的按规定给予职业培训补贴。托育机构保育人员每年参加岗位培训不少于72学时。（教育部、人力资源社会保障部、国家卫生健康委按职责分工负责）
（十二）严格落实托育服务标准规范。严格执行《托育机构设置标准（试行）》《托育机构管理规范（试行）》，乳儿班、托小班、托大班每名保育人员照护婴幼儿分别不超过3名、5名、7名，每班人数分别不超过10人、15人、20人。（国家卫生健康委牵头，市场监管总局按职责分工负责）
（十三）强化安全监管。托育机构视频监控实现全覆盖，监控录像资料保存期不少于90日。常态化开展托育机构消防、食品、卫生等安全检查。（国家卫生健康委、公安部、应急管理部、市场监管总局按职责分工负责）
（十四）推进医育结合。鼓励妇幼保健机构、社区卫生服务机构与托育机构建立签约合作机制，到2027年，每个县（市、区）至少建成1个托育综合服务中心，签约合作的托育机构比例达到80%以上。（国家卫生健康委牵头，国家中医药局、国家疾控局按职责分工负责）
（十五）完善统计监测制度。建立健全托育服务统计调查制度，每年发布全国托育服务发展情况。（国家统计局、国家卫生健康委按职责分工负责）
（十六）推进托育服务数字化。建设全国托育服务信息管理平台，2026年底前实现备案托育机构接入率达到100%，推动托育机构备案、监管、补助申领等事项“一网通办”。（国家卫生健康委牵头，国家数据局按职责分工负责）
<b>五、强化组织实施</b>
各地区要将托育服务发展纳入经济社会发展规划和民生实事项目，落实属地管理责任，于2025年12月底前制定具体实施方案。各有关部门要按照职责分工，密切协作配合，形成工作合力。国家卫生健康委要会同有关部门加强对本意见落实情况的跟踪评估，重大情况及时向国务院报告。
各地区、各有关部门要加强政策宣传解读，及时总结推广托育服务发展的好经验好做法，营造全社会支持婴幼儿照护服务发展的良好氛围。"""
for line in TXT.split('\n'):
    P(line)
P('附件：3岁以下婴幼儿照护服务发展主要指标', noind)
S.append(Spacer(1, 10 * mm))
P('国务院办公厅', right)
P('2025年5月26日', right)
P('（此件公开发布）', noind)
S.append(PageBreak())
P('附件', noind)
P('3岁以下婴幼儿照护服务发展主要指标', title)
S.append(Spacer(1, 4 * mm))
rows = [('指标', '2024年', '2027年', '属性'),
        ('每千人口拥有3岁以下婴幼儿托位数（个）', '3.4', '4.5', '预期性'),
        ('普惠托位占比（%）', '45', '≥60', '预期性'),
        ('托育服务机构从业人员持证上岗率（%）', '72', '≥90', '约束性'),
        ('县级托育综合服务中心覆盖率（%）', '55', '≥80', '预期性'),
        ('3岁以下婴幼儿入托率（%）', '8.5', '≥15', '预期性'),
        ('婴幼儿家长科学育儿知识普及率（%）', '60', '≥85', '预期性'),
        ('新建居住区托育服务设施配建达标率（%）', '—', '100', '约束性')]
data = [[Paragraph(c, cell_l if (j == 0 and i > 0) else cell) for j, c in enumerate(r)] for i, r in enumerate(rows)]
t = Table(data, colWidths=[78 * mm, 24 * mm, 24 * mm, 24 * mm])
t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                       ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
S.append(t)
S.append(Spacer(1, 3 * mm))
P('注：2024年为统计数据，2027年为目标值。', small)
S.append(Spacer(1, 16 * mm))
S.append(HRFlowable(width='100%', thickness=0.8, color=colors.black, spaceAfter=4))
P('抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央，全国工商联。', small)
S.append(HRFlowable(width='100%', thickness=0.5, color=colors.black, spaceBefore=4, spaceAfter=4))
P('国务院办公厅　　　　　　　　　　　　　　2025年5月28日印发', small)
S.append(HRFlowable(width='100%', thickness=0.8, color=colors.black, spaceBefore=4))

doc = SimpleDocTemplate(str(Path(__file__).resolve().parent / "notices" / "a5_guobanfa_tuoyu_shishiyijian.pdf"), pagesize=A4,
                        leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm, bottomMargin=35 * mm,
                        title='国务院办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见', author='国务院办公厅')
doc.build(S, onFirstPage=footer, onLaterPages=footer)
print('ok')
