#!/usr/bin/env python3
"""Build the docx (br2) and pdf (br3) notices of blind set 70."""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).parent / "notices"


def para(doc, text, align=None, bold=False, size=None, indent=True):
    p = doc.add_paragraph()
    r = p.add_run(("　　" if indent and align is None else "") + text)
    r.bold = bold
    r.font.name = "仿宋_GB2312"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


def page_field(paragraph):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    ins = OxmlElement("w:instrText"); ins.set(qn("xml:space"), "preserve"); ins.text = "PAGE"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._r.append(b); run._r.append(ins); run._r.append(e)


# ---------------------------------------------------------------- br2 (docx)
def build_br2():
    doc = Document()
    para(doc, "新化县人民政府办公室", align="c", bold=True, size=22)
    para(doc, "新政办函〔2024〕36号", align="c")
    para(doc, "新化县人民政府办公室关于调整新化县重大动物疫病防控指挥部组成人员的通知", align="c", bold=True, size=16)
    para(doc, "各乡镇人民政府，县直机关各单位：", indent=False)
    para(doc, "2023年全县出栏生猪86.3万头，存栏能繁母猪4.1万头，生猪产业是我县农民增收的重要来源。当前非洲猪瘟病毒污染面广，周边县市仍有零星疫情发生，防控形势依然严峻复杂。根据《中华人民共和国动物防疫法》《湖南省重大动物疫情应急预案》等规定，因人事变动和工作需要，经县人民政府同意，决定对新化县重大动物疫病防控指挥部组成人员进行调整。现将调整后的名单和有关事项通知如下：")
    para(doc, "一、指挥部组成人员", bold=True)
    table(doc, [
        ["职  务", "姓  名", "工作单位及职务"],
        ["指 挥 长", "曾志刚", "县委常委、副县长"],
        ["副指挥长", "彭立新", "县政府办公室副主任"],
        ["", "罗建华", "县农业农村局局长"],
        ["成    员", "谢文斌", "县委宣传部副部长"],
        ["", "刘海燕", "县发展和改革局副局长"],
        ["", "邹卫东", "县公安局副局长"],
        ["", "苏明亮", "县财政局副局长"],
        ["", "袁小平", "县交通运输局副局长"],
        ["", "曾庆华", "县商务局副局长"],
        ["", "伍国强", "县卫生健康局副局长"],
        ["", "陈志勇", "县市场监督管理局副局长"],
        ["", "李红梅", "县林业局副局长"],
        ["", "奉建军", "县自然资源局副局长"],
        ["", "杨卫平", "县农业农村局副局长、县畜牧水产事务中心主任"],
        ["", "孙  浩", "娄底市生态环境局新化分局副局长"],
        ["", "戴春生", "县应急管理局副局长"],
        ["", "梁  伟", "县融媒体中心副主任"],
    ])
    para(doc, "各乡镇人民政府、上梅街道办事处分管负责同志为指挥部成员。")
    para(doc, "指挥部下设办公室，办公室设在县农业农村局，杨卫平同志兼任办公室主任，负责指挥部日常工作。指挥部成员如有变动，由其所在单位接任工作的同志自行替补，不再另行发文。")
    para(doc, "指挥部下设两个工作组：")
    para(doc, "疫情处置组：组长单位县农业农村局，成员单位县公安局、县财政局、县交通运输局、县应急管理局。")
    para(doc, "流通监管组：组长单位县商务局，副组长单位县市场监督管理局，成员单位县公安局、县交通运输局、县林业局。")
    para(doc, "二、成员单位职责", bold=True)
    para(doc, "县农业农村局：负责全县重大动物疫病防控的组织协调、监测预警、疫情报告、强制免疫、检疫监督和疫情处置的技术指导。")
    para(doc, "县公安局：负责疫区封锁的治安保障，依法打击违法调运、屠宰、销售病死畜禽等违法犯罪行为。")
    para(doc, "县财政局：负责落实防控工作经费、强制扑杀补助和无害化处理补助资金。")
    para(doc, "县商务局：负责生猪定点屠宰企业的行业管理，督促屠宰企业落实非洲猪瘟自检制度。")
    para(doc, "县市场监督管理局：负责农贸市场、商场超市和餐饮环节畜禽产品的质量安全监管。")
    para(doc, "县林业局：负责野猪等野生动物疫源疫病监测，发现异常死亡及时报告。")
    para(doc, "其他成员单位按照各自职责做好相关工作。")
    para(doc, "三、工作要求", bold=True)
    para(doc, "（一）严格调运监管。县农业农村局要加强生猪及其产品调运监管，对从县外调入的生猪实行落地报告制度，落地后在指定场所隔离观察不少于7天，经检疫合格后方可混群饲养。")
    para(doc, "（二）落实经费保障。县财政局要将重大动物疫病防控经费纳入年度财政预算，强制扑杀补助标准为每头生猪800元、每只家禽15元，病死猪无害化处理补助每头80元，补助资金在疫情处置结束后10个工作日内兑付到户。")
    para(doc, "（三）做好封锁检查。发生疫情时，县公安局、县交通运输局要按照职责做好疫区封锁和临时动物卫生监督检查站值守工作，严禁未经检疫的生猪及其产品出入疫区。")
    para(doc, "（四）压实属地责任。各乡镇要落实属地管理责任，常年抓好春秋两季集中免疫和日常补免，口蹄疫、高致病性禽流感等强制免疫病种应免畜禽免疫密度保持在90%以上，群体免疫抗体合格率达到70%以上。")
    para(doc, "（五）加强宣传引导。县融媒体中心要及时发布权威信息，做好防控知识宣传，正确引导社会舆论。")
    para(doc, "（六）建立会商机制。指挥部每半年至少召开一次成员会议，分析研判疫情形势，研究部署防控工作；遇有重大疫情随时召开。")
    para(doc, "（七）严格疫情报告。县农业农村局要严格落实动物疫情报告制度，接到生猪异常死亡报告后2小时内完成现场核查并采样送检，确诊疫情后按程序及时上报，不得瞒报、谎报、迟报。")
    para(doc, "《新化县人民政府办公室关于调整新化县重大动物疫病防控指挥部组成人员的通知》（新政办函〔2022〕18号）同时废止。")
    para(doc, "")
    para(doc, "新化县人民政府办公室", align="r")
    para(doc, "二〇二四年三月十二日", align="r")
    para(doc, "（此件主动公开）")
    para(doc, "抄送：县委办，县人大办，县政协办，县纪委监委。", indent=False)
    para(doc, "新化县人民政府办公室                2024年3月12日印发", indent=False)
    doc.save(OUT / "br2_xinhua_dongwu_yibing_zhihuibu.docx")


# ---------------------------------------------------------------- br3 (pdf)
def build_br3():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "宿州市人民政府办公室公报　2023年第7期"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    page_field(fp)
    fp.add_run(" —")

    para(doc, "中共宿州市委办公室", align="c", bold=True, size=20)
    para(doc, "宿州市人民政府办公室", align="c", bold=True, size=20)
    para(doc, "宿办发〔2023〕15号", align="c")
    para(doc, "中共宿州市委办公室　宿州市人民政府办公室关于印发《宿州市推进城乡交通运输一体化发展实施方案（2023—2025年）》的通知", align="c", bold=True, size=16)
    para(doc, "各县、区委，各县、区人民政府，市委各部门，市直各单位：", indent=False)
    para(doc, "《宿州市推进城乡交通运输一体化发展实施方案（2023—2025年）》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。")
    para(doc, "中共宿州市委办公室　　　　宿州市人民政府办公室", align="r")
    para(doc, "2023年6月20日", align="r")
    para(doc, "（此件公开发布）")
    doc.add_page_break()
    para(doc, "宿州市推进城乡交通运输一体化发展实施方案（2023—2025年）", align="c", bold=True, size=16)
    para(doc, "为贯彻落实《交通强国建设纲要》和《安徽省推进城乡交通运输一体化发展实施方案》，加快补齐农村交通运输短板，推动城乡客运、货运物流和农村公路协调发展，结合我市实际，制定本方案。")
    para(doc, "一、发展基础", bold=True)
    para(doc, "截至2022年底，全市农村公路总里程达1.86万公里，埇桥区、砀山县、萧县、灵璧县、泗县5个县（区）全部建成“四好农村路”市级示范县，乡镇通三级及以上公路比例达到92.5%。但农村客运“开得通、留不住”，县乡村三级物流站点运营困难等问题依然突出。")
    para(doc, "二、主要目标", bold=True)
    para(doc, "到2025年，全市新增改造农村公路1500公里，城乡交通运输一体化发展水平显著提升，全市城乡交通运输一体化发展水平评价达到4A级以上的县（区）不少于3个。主要指标见下表。")
    para(doc, "表1　宿州市城乡交通运输一体化主要指标", align="c", bold=True)
    table(doc, [
        ["序号", "指标名称", "单位", "2022年", "2025年", "属性"],
        ["1", "具备条件的建制村通客车率", "%", "100", "100", "约束性"],
        ["2", "农村客运公交化运营比例", "%", "38", "60", "预期性"],
        ["3", "镇村公交开通率", "%", "85", "100", "预期性"],
        ["4", "乡镇综合运输服务站", "个", "29", "52", "预期性"],
        ["5", "县乡村三级物流体系覆盖率", "%", "72", "100", "约束性"],
    ])
    para(doc, "三、重点任务", bold=True)
    para(doc, "（一）优化城乡客运网络。统筹城市公交、城乡客运和镇村公交线路，推动城市公交线路向城市周边乡镇延伸，镇村公交发车间隔原则上不超过60分钟，新投入农村客运车辆车龄不超过8年。（责任单位：市交通运输局，各县、区人民政府）")
    para(doc, "（二）推进农村客运公交化改造。鼓励采取区域经营、预约响应等方式开展农村客运公交化改造，推广新能源客车，规范农村客运票价。（牵头单位：市交通运输局；配合单位：市财政局、市发展改革委）")
    para(doc, "（三）完善县乡村三级物流体系。推进交通运输、邮政快递、商贸流通、供销等资源共享，在乡镇综合运输服务站叠加邮政快递、电商服务功能，发展农村“客货邮”融合运输。（牵头单位：市商务局；责任单位：市邮政管理局、市供销社，各县、区人民政府）")
    para(doc, "（四）提升农村公路品质。实施农村公路提质改造和危桥改造，2024年底前完成全市农村公路四、五类危桥改造，同步完善安全生命防护工程。（责任单位：市交通运输局、市自然资源和规划局）")
    para(doc, "（五）强化运输安全监管。常态化开展农村客运车辆和驾驶员安全隐患排查，严厉打击非法营运、客车超员和农用车违法载人等行为。（责任单位：市公安局、市交通运输局、市应急管理局）")
    para(doc, "（六）推进客货邮融合发展。依托农村客运班线开展邮件快件带运，到2024年底全市开通客货邮融合线路不少于12条，建制村快递服务通达率保持100%。（责任单位：市邮政管理局、市交通运输局）")
    para(doc, "四、保障措施", bold=True)
    para(doc, "（一）加强组织领导。市交通运输局要会同有关部门建立工作推进机制，每季度通报一次各县（区）工作进展情况。")
    para(doc, "（二）加大资金支持。市级财政每年安排城乡交通运输一体化专项资金2000万元，对县（区）新购置新能源农村客运车辆按每辆1.5万元给予一次性补助，对考核评价为优秀的县（区）给予不超过300万元奖补。市财政局要统筹做好资金保障。")
    para(doc, "（三）强化考核督导。将城乡交通运输一体化发展纳入对各县（区）目标管理绩效考核，对工作推进不力的予以通报。")
    para(doc, "（四）营造良好氛围。充分利用报刊、广播电视和新媒体平台，宣传城乡交通运输一体化发展成效和典型经验，引导群众绿色出行、安全乘车。")
    para(doc, "抄送：市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。", indent=False)
    para(doc, "中共宿州市委办公室　　　　　　　　　　　2023年6月21日印发", indent=False)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "br3_suzhou_chengxiang_jiaotong_yitihua.docx"
        doc.save(src)
        profile = Path(tmp) / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                       check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    build_br2()
    build_br3()
