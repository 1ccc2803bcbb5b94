"""Build aw3 (pdf): python-docx document converted with soffice --headless."""
import shutil, subprocess, tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent
OUT = HERE / "notices"
OUT.mkdir(exist_ok=True)

def para(doc, text, bold=False, center=False, right=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

# ---------- aw3: pdf, 甘肃省 普惠托育 ----------
def build_aw3():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "甘肃省卫生健康委员会文件"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    fp._p.append(fld)
    fp.add_run(" —")
    para(d, "甘肃省卫生健康委员会\n甘肃省发展和改革委员会\n甘 肃 省 财 政 厅", bold=True, center=True, size=20)
    para(d, "甘卫人口发〔2024〕56号", center=True)
    para(d, "甘肃省卫生健康委员会 甘肃省发展和改革委员会 甘肃省财政厅关于印发《甘肃省普惠托育服务托位补贴实施办法（试行）》的通知", bold=True, center=True, size=16)
    para(d, "各市（州）卫生健康委、发展改革委、财政局，兰州新区社会事业局：")
    para(d, "　　为贯彻落实《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）和《甘肃省“十四五”卫生健康事业发展规划》，加快发展普惠托育服务，我们制定了《甘肃省普惠托育服务托位补贴实施办法（试行）》，现印发给你们，请认真抓好落实。")
    para(d, "　　附件：普惠托育机构托位补贴申请表")
    para(d, "甘肃省卫生健康委员会　　甘肃省发展和改革委员会　　甘肃省财政厅", right=True)
    para(d, "2024年6月20日", right=True)
    para(d, "（信息公开形式：主动公开）")
    d.add_page_break()
    para(d, "甘肃省普惠托育服务托位补贴实施办法（试行）", bold=True, center=True, size=16)
    for t in [
        "第一条　为扩大普惠托育服务供给，减轻家庭养育负担，制定本办法。截至2023年底，全省每千人口拥有3岁以下婴幼儿托位数为3.2个，普惠托位占比为41%。到2025年底，全省每千人口拥有3岁以下婴幼儿托位数达到4.5个，普惠托位占比达到60%以上。",
        "第二条　补贴对象为在本省依法登记并在卫生健康部门备案满6个月，提供全日托、半日托服务的普惠托育机构。申请补贴的机构须同时满足：实际收托3岁以下婴幼儿不少于10名；托位使用率不低于50%；普惠托位收费不高于当地公办幼儿园保教费标准的1.2倍；近2年内未发生重大安全责任事故。",
        "第三条　补贴标准",
        "　　（一）建设补助。对新增普惠托位给予一次性建设补助，每个托位5000元，单个机构建设补助最高不超过50万元。",
        "　　（二）运营补贴。按实际收托婴幼儿人数给予运营补贴，每人每月200元，每年按10个月计算；单个机构年度运营补贴最高不超过30万元。",
        "　　（三）用人单位办托。对用人单位为本单位职工提供福利性托育服务的，建设补助标准上浮20%。",
        "第四条　补贴资金由省级财政和市县财政按6∶4比例分担，省级承担部分通过转移支付下达。",
        "第五条　职责分工",
        "　　省卫生健康委负责补贴政策的组织实施，会同省财政厅制定年度资金分配方案。",
        "　　省发展改革委负责将普惠托育服务专项行动项目纳入中央预算内投资申报储备。",
        "　　省财政厅负责省级补贴资金的预算安排和绩效管理。",
        "　　市（州）卫生健康委要于每年3月31日前将上年度补贴资金申请材料审核汇总后报省卫生健康委。",
        "　　县级卫生健康部门要会同同级财政部门每年至少开展一次补贴资金使用情况专项检查，检查结果与下一年度补贴资金分配挂钩。",
        "第六条　申请补贴的机构应于每年1月底前提交申请，县级卫生健康部门在20个工作日内完成审核并公示，公示期不少于7天。",
        "第七条　对弄虚作假、骗取补贴的机构，追回已拨付资金，3年内取消其申报补贴资格；涉嫌犯罪的，移送司法机关处理。",
        "第八条　资金使用管理。托育机构获得的运营补贴应专款专用，主要用于改善保育条件、降低收费和保育人员培训，其中用于降低普惠托位收费的比例不低于60%。托育机构应按照乳儿班（6—12个月）不超过10人、托小班（12—24个月）不超过15人、托大班（24—36个月）不超过20人设置班级规模，保育人员应当持证上岗。",
        "第九条　监督管理。加强政策宣传解读，及时向社会公布普惠托育机构名单和收费标准，接受社会监督。获得建设补助的普惠托位，须持续提供普惠服务不少于5年，未满5年退出普惠服务的，按比例追回建设补助资金。",
        "第十条　本办法由省卫生健康委会同省发展改革委、省财政厅负责解释。",
        "第十一条　本办法自印发之日起施行，有效期3年。",
    ]:
        para(d, t)
    para(d, "抄送：国家卫生健康委人口监测与家庭发展司。")
    para(d, "甘肃省卫生健康委员会办公室　　　　　　2024年6月21日印发")
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "aw3_gansu_puhui_tuoyu_tuowei_butie.docx"
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                   check=True, capture_output=True)
    shutil.rmtree(tmp)

if __name__ == "__main__":
    build_aw3()
