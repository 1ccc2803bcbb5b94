from pathlib import Path
import subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

here = Path(__file__).parent
out_dir = here / "notices"
name = "ax3_guojia_jiceng_zhongyiyao_tisheng"
d = Document()
st = d.styles["Normal"]; st.font.name = "仿宋"; st.font.size = Pt(15)
sec = d.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "国家中医药管理局办公室文件　　　　　　　　　　国中医药办医政发〔2023〕8号"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("— ")
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); fp.add_run()._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; fp.add_run()._r.append(e)
fp.add_run(" —")

def P(text, align=None, bold=False):
    p = d.add_paragraph(); rr = p.add_run(text); rr.bold = bold
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

P("国中医药办医政发〔2023〕8号", "c")
P("国家中医药管理局办公室　国家卫生健康委办公厅关于印发基层中医药服务能力提升工程“十四五”行动计划实施方案的通知", "c", True)
P("各省、自治区、直辖市和新疆生产建设兵团中医药主管部门、卫生健康委：")
P("　　为贯彻落实《中华人民共和国中医药法》和《“十四五”中医药发展规划》（国办发〔2022〕5号），推动优质中医药资源下沉基层，国家中医药管理局、国家卫生健康委制定了《基层中医药服务能力提升工程“十四五”行动计划实施方案》。现印发给你们，请结合实际认真组织实施。")
P("国家中医药管理局办公室　　　　国家卫生健康委办公厅", "r")
P("二〇二三年七月十八日", "r")
P("（信息公开形式：主动公开）")
P("基层中医药服务能力提升工程“十四五”行动计划实施方案", "c", True)
P("　　一、工作目标", bold=True)
P("　　到2025年，基层中医药服务网络进一步健全，服务能力和可及性显著提升。全部社区卫生服务中心和乡镇卫生院设置中医馆，其中15%以上的中医馆完成服务内涵建设；100%的社区卫生服务站和80%以上的村卫生室能够规范提供6类以上中医药技术方法。县级中医医院基本达到二级甲等中医医院水平的比例不低于85%。主要指标见下表。")
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(["指标", "2022年", "2025年", "属性"]): t.rows[0].cells[i].text = h
for row in [
    ("设置中医馆的社区卫生服务中心占比（%）", "92.6", "100", "约束性"),
    ("设置中医馆的乡镇卫生院占比（%）", "85.4", "100", "约束性"),
    ("基层中医药服务量占基层总服务量比例（%）", "21.3", "≥30", "预期性"),
    ("每万人口基层中医类别执业（助理）医师数（人）", "1.8", "2.5", "预期性"),
]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
P("　　注：2022年数据来源于国家卫生健康统计年鉴。")
P("　　二、重点任务", bold=True)
P("　　（一）加强基层中医馆建设。对中西部地区每个新建中医馆，中央财政通过转移支付给予一次性补助不超过20万元，地方财政按照不低于1∶1比例配套。（牵头单位：国家中医药局医政司；配合单位：国家卫生健康委基层卫生健康司、财务司）")
P("　　（二）强化基层中医药人才培养。2023—2025年，每年为基层培训中医药适宜技术骨干不少于1万人次，为每个乡镇卫生院至少培养1名中医全科医生。（牵头单位：国家中医药局人事教育司）")
P("　　（三）推广中医药适宜技术。建设省级基层中医药适宜技术推广中心32个，每个县（市、区）至少建设1个推广分中心。（责任单位：国家中医药局医政司、国家卫生健康委基层卫生健康司）")
P("　　（四）推进县域中医医共体建设。将中医医院纳入紧密型县域医共体，牵头医院对成员单位中医药技术帮扶每年不少于2次。（牵头单位：国家卫生健康委基层卫生健康司；配合单位：国家中医药局医政司）")
P("　　（五）提升信息化水平。2024年底前实现中医馆健康信息平台与省级全民健康信息平台互联互通。（责任单位：国家中医药局规划财务司）")
P("　　（六）打造中医药特色村卫生室。到2025年，每个县（市、区）建成中医药特色村卫生室不少于5个，配备中医诊疗设备不少于4种，能够开展针刺、艾灸、推拿、拔罐等中医药技术服务。（责任单位：国家卫生健康委基层卫生健康司、国家中医药局医政司）")
P("　　（七）完善基层中医药服务价格和医保支付政策。指导各地将符合条件的中医医疗服务项目纳入基本医疗保险支付范围，基层医疗卫生机构中药饮片加成政策按有关规定执行。（牵头单位：国家中医药局规划财务司；配合单位：国家医保局医药服务管理司）")
P("　　三、保障措施", bold=True)
P("　　加强组织领导。国家中医药管理局、国家卫生健康委建立工作协调机制，定期研究解决基层中医药工作中的重大问题。地方各级中医药主管部门和卫生健康行政部门要把基层中医药工作摆在重要位置，落实政府办医责任，加大投入力度，确保各项任务落到实处。")
P("　　各省级中医药主管部门要会同卫生健康行政部门制定本地实施方案，于2023年9月30日前报国家中医药管理局医政司备案。各地要将基层中医药服务能力提升纳入基层卫生健康工作考核，考核结果与资金分配挂钩。国家中医药管理局每年开展一次实施情况监测评估，2025年组织终期评估。")
P("　　附件：基层中医药服务能力提升工程“十四五”行动计划重点任务分工表（略）")
P("抄送：国家发展改革委办公厅，财政部办公厅。")
P("国家中医药管理局办公室　　　　　　　　2023年7月20日印发")

tmp = Path(tempfile.mkdtemp())
src = tmp / (name + ".docx")
d.save(src)
out_dir.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)], check=True, capture_output=True)
shutil.copy(tmp / (name + ".pdf"), out_dir / (name + ".pdf"))
shutil.rmtree(tmp)
print(out_dir / (name + ".pdf"))
