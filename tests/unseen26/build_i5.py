# Builds notices/i5_jianjin_gongjijin_tiqu_daikuan.pdf (next to this script): a python-docx DOCX in a temp dir,
# converted with LibreOffice (soffice --headless --convert-to pdf), font Noto Serif CJK SC / Noto Sans CJK SC.
# Run with /work/main/.venv/bin/python.
import shutil, subprocess, tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = Path(__file__).resolve().parent
NAME = 'i5_jianjin_gongjijin_tiqu_daikuan'
SERIF, SANS = 'Noto Serif CJK SC', 'Noto Sans CJK SC'
RED = RGBColor(0xE6, 0, 0)
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)

def font(run, name=SERIF, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn('w:eastAsia'), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = color

def para(text='', align='j', indent=True, name=SERIF, size=16, bold=False, color=None, after=0, container=None):
    p = (container or doc).add_paragraph()
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'l': WD_ALIGN_PARAGRAPH.LEFT,
                   'j': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(after)
    if indent and align in ('j', 'l'):
        pf.first_line_indent = Pt(32)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p

def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run('— '), SERIF, 14)
    r = p.add_run()
    for kind, text in (('begin', None), (None, 'PAGE'), ('end', None)):
        if kind:
            el = OxmlElement('w:fldChar'); el.set(qn('w:fldCharType'), kind)
        else:
            el = OxmlElement('w:instrText'); el.set(qn('xml:space'), 'preserve'); el.text = text
        r._element.append(el)
    font(r, SERIF, 14)
    font(p.add_run(' —'), SERIF, 14)
page_number_footer(sec)

def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)

# 版头: three organs stacked, 文件 on the right (merged cell)
hd = doc.add_table(rows=3, cols=2)
hd.autofit = False
no_borders(hd)
hd.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, org in enumerate(('中华人民共和国住房和城乡建设部', '中华人民共和国财政部', '中国人民银行')):
    c = hd.rows[i].cells[0]; c.width = Cm(12.5); c.text = ''
    pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    font(pp.add_run(org), SANS, 20, True, RED)
grid = hd._element.find(qn('w:tblGrid'))
for gc, w in zip(grid.findall(qn('w:gridCol')), (Cm(12.5), Cm(3.0))):
    gc.set(qn('w:w'), str(int(w.twips)))
for row in hd.rows:
    row.cells[0].width = Cm(12.5); row.cells[1].width = Cm(3.0)
m = hd.rows[0].cells[1].merge(hd.rows[2].cells[1]); m.width = Cm(3.0); m.text = ''
m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
pp = m.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
font(pp.add_run('文件'), SANS, 36, True, RED)
para()
para('建金〔2024〕38号', 'c')
para('━━━━━━━━━━━━━━━━━━━━━━━━━━', 'c', size=12, color=RED, after=10)
para('住房和城乡建设部 财政部 中国人民银行', 'c', name=SANS, size=22)
para('关于优化住房公积金提取和贷款政策的通知', 'c', name=SANS, size=22, after=12)
para('各省、自治区住房和城乡建设厅、财政厅，直辖市、新疆生产建设兵团住房公积金管理委员会、财政局，中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行：', 'j', indent=False)

TXT = """为贯彻落实党中央、国务院决策部署，因城施策支持刚性和改善性住房需求，更好发挥住房公积金制度保障作用，根据《住房公积金管理条例》和《住房城乡建设部 财政部 人民银行关于发展住房公积金个人住房贷款业务的通知》（建金〔2014〕148号），现就优化住房公积金提取和贷款政策有关事项通知如下。
近年来，各地住房公积金管理机构认真落实因城施策要求，持续优化住房公积金使用政策，在支持缴存职工解决基本住房问题方面发挥了重要作用。当前，我国房地产市场供求关系发生重大变化，各地要准确把握住房公积金的互助性和保障性定位，坚持“房子是用来住的、不是用来炒的”定位，更加精准支持缴存职工刚性和改善性住房需求，同时守住资金安全底线，促进房地产市场平稳健康发展。各地在执行本通知过程中，要综合考虑当地住房公积金缴存规模、资金结余和个贷率水平，科学测算政策调整对资金流动性的影响，确保政策可持续。
H一、优化住房公积金个人住房贷款政策
（一）降低最低首付款比例。缴存职工家庭使用住房公积金个人住房贷款购买首套住房的，最低首付款比例不低于20%；购买第二套住房的，最低首付款比例不低于30%。各设区城市可在此基础上，结合当地房地产市场形势自主确定本地区最低首付款比例下限。
（二）合理确定贷款最高额度。各设区城市住房公积金管理委员会要根据当地房价水平、缴存职工贷款需求和资金流动性状况，按照本通知附件所列城市类别和标准，合理确定住房公积金个人住房贷款最高额度。对多子女家庭、购买绿色建筑或装配式建筑住房的缴存职工家庭，贷款最高额度可在当地标准基础上上浮，上浮比例不超过20%。各地确定的贷款最高额度应当与缴存职工的缴存年限、缴存余额和还款能力相挂钩，不得以户籍、社保缴纳年限等作为限制缴存职工申请贷款的条件，不得在国家规定之外增设贷款申请条件。
（三）优化贷款期限。住房公积金个人住房贷款期限最长不超过30年，贷款到期日不超过借款人法定退休年龄后5年。
（四）执行较低贷款利率。自2024年5月18日起，下调个人住房公积金贷款利率0.25个百分点，5年以下（含5年）和5年以上首套个人住房公积金贷款利率分别调整为2.35%和2.85%；第二套个人住房公积金贷款利率不低于同期首套个人住房公积金贷款利率的1.1倍。
（五）明确贷款申请条件。申请住房公积金个人住房贷款的缴存职工，应当在申请贷款前连续足额缴存住房公积金6个月（含）以上，且借款人月还款额原则上不超过家庭月收入的50%。异地缴存职工在就业地或户籍地购房的，就业地或户籍地住房公积金管理中心应当按照当地缴存职工同等条件受理贷款申请。
（六）建立额度动态调整机制。住房公积金个人住房贷款率（以下简称个贷率）低于85%的设区城市，可在附件标准基础上适当提高贷款最高额度，提高幅度不超过附件标准的30%；个贷率高于95%的设区城市，应当审慎调整贷款政策，防范资金流动性风险。
H二、优化住房公积金提取政策
（七）支持租房提取。无房缴存职工在缴存城市租赁住房的，可按月提取住房公积金支付房租，提取额度每月不超过附件所列标准；多子女家庭租赁住房的，提取额度可按当地标准的1.5倍确定。租赁保障性租赁住房的，可按实际房租支出提取。缴存职工租住商品住房并办理租赁备案的，可按备案租金提取，但每月提取金额不超过附件所列标准的2倍。新市民、青年人在就业城市首次申请租房提取的，简化证明材料，推行“承诺制”办理。
（八）支持购房提取支付首付款。缴存职工家庭购买新建商品住房或二手住房的，可在签订购房合同后申请提取本人及其配偶、父母、子女的住房公积金支付购房首付款，提取总额不超过首付款金额。
（九）支持城镇老旧小区改造提取。缴存职工所在小区实施城镇老旧小区改造、既有住宅加装电梯、住宅专项维修资金续筹的，可提取本人及其配偶住房公积金用于支付个人应承担的费用，每套住房提取总额不超过5万元。
（十）支持大病医疗和困难家庭提取。缴存职工本人及其配偶、父母、子女患重大疾病造成家庭生活严重困难的，可提取本人住房公积金，提取总额不超过扣除医保报销后的个人实际负担医疗费用；享受城镇最低生活保障的缴存职工，可按规定提取住房公积金账户余额。
（十一）完善灵活就业人员缴存使用政策。灵活就业人员可自愿缴存住房公积金，月缴存基数不低于当地上年度月最低工资标准，缴存比例为5%—12%，连续缴存满6个月后可按规定申请住房公积金个人住房贷款。
（十二）推行“商转公”和组合贷款。各设区城市可结合资金流动性状况，开展商业性个人住房贷款转住房公积金个人住房贷款业务，转贷额度不超过原商业贷款剩余本金且不超过当地贷款最高额度；积极推广住房公积金和商业银行组合贷款，组合贷款中住房公积金贷款部分执行住房公积金贷款利率。
H三、提升住房公积金服务效能
（十三）压缩业务办理时限。住房公积金提取业务办理时限原则上不超过3个工作日，个人住房贷款审批时限原则上不超过10个工作日。到2025年底，住房公积金提取、贷款等高频服务事项“跨省通办”率达到100%，线上办理率达到90%以上。
（十四）推进异地互认互贷。支持缴存职工在缴存地以外的城市购买自住住房时申请住房公积金异地贷款，受理城市不得拒绝或设置附加条件。全面推行住房公积金异地转移接续“一地办理”，缴存职工跨城市就业的，转入地住房公积金管理中心应当将其在转出地的连续缴存时间合并计算。推动都市圈、城市群住房公积金异地贷款缴存信息互认和还款能力互认。依托全国住房公积金监管服务平台，加快实现缴存、提取、贷款等数据跨地区共享，减少缴存职工跑动次数，不断提升缴存职工的获得感和满意度。
H四、加强政策落实和风险防控
（十五）各省级住房和城乡建设部门要会同同级财政部门、人民银行分支机构，指导督促本地区各设区城市于2024年8月31日前完成政策调整，并向社会公布具体实施细则。实施细则出台前，应当充分评估政策调整对本地住房公积金资金流动性和房地产市场的影响，按程序报当地住房公积金管理委员会审议通过，并报省级住房和城乡建设部门备案。
（十六）各设区城市住房公积金管理中心要加强资金流动性管理，按月监测个贷率、资金使用率等指标，个贷率连续3个月高于95%的，要及时报告省级住房和城乡建设部门。
（十七）各级财政部门要加强对住房公积金增值收益分配和管理费用的监督管理，按规定及时足额拨付城市公共租赁住房（廉租住房）建设补充资金，督促住房公积金管理中心严格执行住房公积金财务管理和会计核算制度，确保资金安全和合规使用。
（十八）中国人民银行各分行要指导受委托银行做好住房公积金贷款发放和利率调整工作，确保存量贷款利率调整于2025年1月1日起统一执行。
（十九）住房和城乡建设部会同财政部、中国人民银行，每年第一季度对各地政策执行情况进行评估，及时研究解决政策实施中的问题。
（二十）各地住房公积金管理中心要严格贷款风险管理，住房公积金个人住房贷款逾期率原则上控制在1.5‰以内。对以虚假材料骗提骗贷住房公积金的，依法依规追回资金，记入个人信用记录，并取消其5年内申请住房公积金个人住房贷款的资格；对违规中介机构，依法予以查处。
（二十一）各地住房和城乡建设部门要会同有关部门加强政策宣传解读，通过政务网站、住房公积金服务平台、新媒体等渠道及时准确发布政策信息，主动回应社会关切，合理引导市场预期。
本通知自印发之日起执行。此前有关规定与本通知不一致的，以本通知为准。"""
for line in TXT.split('\n'):
    if line.startswith('H'):
        para(line[1:], name=SANS)
    else:
        para(line)
para('附件：住房公积金个人住房贷款最高额度和租房提取额度标准', 'j', indent=True)
para()
para('住房和城乡建设部　　　　财政部　　　　中国人民银行', 'r')
para('2024年6月20日', 'r')
para('（此件主动公开）', 'j')

# 附件 on a new page
doc.add_page_break()
para('附件', 'l', indent=False, name=SANS)
para('住房公积金个人住房贷款最高额度和租房提取额度标准', 'c', name=SANS, size=20, after=8)
rows = [('城市类别', '城市范围', '单缴存职工贷款最高额度（万元）', '双缴存职工家庭贷款最高额度（万元）', '租房提取每月最高额度（元）'),
        ('第一类城市', '北京、上海、广州、深圳', '120', '160', '4500'),
        ('第二类城市', '其他直辖市、省会（首府）城市、计划单列市', '80', '120', '2500'),
        ('第三类城市', '其他设区城市', '60', '90', '1500'),
        ('第四类城市', '县（市）', '50', '70', '1000')]
tb = doc.add_table(rows=len(rows), cols=5)
tb.style = 'Table Grid'
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
W = [Cm(2.4), Cm(4.6), Cm(2.9), Cm(2.9), Cm(2.8)]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = tb.rows[i].cells[j]; c.width = W[j]; c.text = ''
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(pp.add_run(v), SANS if i == 0 else SERIF, 11, i == 0)
para('注：1. 县（市）指县级市和县，不含设区城市的市辖区。2. 多子女家庭、个贷率低于85%的设区城市按正文规定上浮或提高。', 'j', indent=False, size=12)
para()
para()
para('抄送：国务院办公厅，国家金融监督管理总局，各省、自治区、直辖市人民政府。', 'j', indent=False, size=14)
para('住房和城乡建设部办公厅　　　　　　　　　　2024年6月24日印发', 'j', indent=False, size=14)
doc.core_properties.title = '住房和城乡建设部 财政部 中国人民银行关于优化住房公积金提取和贷款政策的通知'
doc.core_properties.author = 'mohurd'

with tempfile.TemporaryDirectory() as td:
    src = Path(td) / (NAME + '.docx')
    doc.save(src)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + td + '/lo', '--convert-to', 'pdf',
                    '--outdir', td, str(src)], check=True, capture_output=True, timeout=180)
    out = HERE / 'notices' / (NAME + '.pdf')
    shutil.copyfile(Path(td) / (NAME + '.pdf'), out)
print('ok', out)
