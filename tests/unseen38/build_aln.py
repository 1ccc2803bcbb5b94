#!/usr/bin/env python3
"""Build the docx (al2) and pdf (al3) notices of blind set 38.

al1 (.html), al4 (.md) and al5 (.txt) are hand-written files in notices/.
Run from anywhere: python3 build_aln.py
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).parent / "notices"
OUT.mkdir(parents=True, exist_ok=True)


def set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, size=16, bold=False, align=None, font="仿宋_GB2312", color=None, indent=True):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p


def add_page_field(paragraph):
    """— PAGE — in a footer paragraph."""
    r = paragraph.add_run("— ")
    set_font(r, "宋体", 14)
    run = paragraph.add_run()
    set_font(run, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    r = paragraph.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- al2 (docx)
def build_al2():
    doc = Document()
    RED = (0xD0, 0x00, 0x00)
    para(doc, "中共金寨县委办公室", 26, True, "c", "方正小标宋简体", RED)
    para(doc, "金寨县人民政府办公室    文件", 26, True, "c", "方正小标宋简体", RED)
    para(doc, "")
    para(doc, "金办〔2024〕21号", 16, False, "c")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", 12, False, "c", color=RED)
    para(doc, "中共金寨县委办公室  金寨县人民政府办公室", 22, False, "c", "方正小标宋简体")
    para(doc, "关于调整金寨县防止返贫监测帮扶工作领导小组的通知", 22, False, "c", "方正小标宋简体")
    para(doc, "")
    para(doc, "各乡镇党委、人民政府，现代产业园区党工委、管委会，县直各单位：", indent=False)
    para(doc, "为深入贯彻落实中央和省、市关于巩固拓展脱贫攻坚成果同乡村振兴有效衔接的决策部署，"
              "健全防止返贫动态监测和帮扶机制，牢牢守住不发生规模性返贫的底线，因人事变动和工作需要，"
              "经县委、县政府研究，决定对金寨县防止返贫监测帮扶工作领导小组组成人员进行调整，"
              "并同步调整专项工作组。现将有关事项通知如下：")
    para(doc, "一、领导小组组成人员", font="黑体")

    rows = [
        ("组　长", "汪德斌", "县委书记"),
        ("", "胡　明", "县委副书记、县长"),
        ("常务副组长", "刘春燕", "县委副书记"),
        ("副组长", "陈向东", "县委常委、组织部部长"),
        ("", "储　涛", "县委常委、副县长"),
        ("", "郑　芳", "副县长"),
        ("成　员", "余少华", "县委办公室主任"),
        ("", "程　文", "县政府办公室主任"),
        ("", "方　圆", "县委组织部常务副部长"),
        ("", "王家林", "县委宣传部副部长"),
        ("", "漆红梅", "县发展改革委主任"),
        ("", "吴　俊", "县教育局局长"),
        ("", "蔡金龙", "县民政局局长"),
        ("", "徐　静", "县财政局局长"),
        ("", "周德胜", "县人力资源社会保障局局长"),
        ("", "张　涛", "县自然资源和规划局局长"),
        ("", "汪　洋", "县住房城乡建设局局长"),
        ("", "查　敏", "县水利局局长"),
        ("", "詹学文", "县农业农村局局长（县乡村振兴局局长）"),
        ("", "黄永清", "县卫生健康委主任"),
        ("", "彭先锋", "县医保局局长"),
        ("", "鲍启明", "县残联理事长"),
        ("", "沈　晓", "县统计局局长"),
        ("", "李　勇", "县数据资源局局长"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("领导小组职务", "姓　名", "单位及职务")):
        c = t.rows[0].cells[i]
        c.text = ""
        set_font(c.paragraphs[0].add_run(h), "黑体", 14)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            set_font(cells[i].paragraphs[0].add_run(v), "仿宋_GB2312", 14)
    para(doc, "各乡镇人民政府、现代产业园区管委会主要负责同志为领导小组成员。")
    para(doc, "领导小组成员因工作变动需要调整的，由所在单位接任人员自然替补，报领导小组办公室备案，不再另行发文。")

    para(doc, "二、领导小组办公室", font="黑体")
    para(doc, "领导小组下设办公室，办公室设在县农业农村局，由詹学文同志兼任办公室主任，"
              "王磊（县农业农村局副局长）、柯燕（县民政局副局长）同志兼任办公室副主任。"
              "办公室负责领导小组日常工作，承担监测数据汇总、帮扶措施调度、工作督促检查等职责。")

    para(doc, "三、专项工作组", font="黑体")
    para(doc, "（一）综合协调组。组长单位：县农业农村局；成员单位：县委办、县政府办、县财政局、县统计局。"
              "主要负责综合协调、文稿起草、信息报送和会议组织等工作。")
    para(doc, "（二）监测预警组。组长单位：县数据资源局；副组长单位：县农业农村局；成员单位：县教育局、县民政局、"
              "县人力资源社会保障局、县卫生健康委、县医保局、县残联、县住房城乡建设局、县应急管理局。"
              "主要负责部门数据共享比对、风险预警信息推送和监测对象动态管理等工作。")
    para(doc, "（三）帮扶落实组。牵头单位：县人力资源社会保障局；成员单位：县农业农村局、县财政局、"
              "县自然资源和规划局、县水利局、县医保局。主要负责产业帮扶、就业帮扶、综合保障等措施落实。")
    para(doc, "（四）督查考核组。人员由领导小组办公室从成员单位中抽调，另行发文明确。主要负责对各乡镇、"
              "各成员单位工作落实情况开展督查考核。")

    para(doc, "四、主要职责", font="黑体")
    para(doc, "领导小组负责统筹全县防止返贫监测帮扶工作，研究制定相关政策措施，协调解决工作中的重大问题。"
              "领导小组原则上每季度召开一次全体会议，研究部署重点工作，遇有重大事项随时召开。")
    para(doc, "各成员单位职责如下：县教育局负责落实教育资助政策，确保监测对象家庭义务教育阶段适龄儿童少年"
              "失学辍学动态清零；县民政局负责将符合条件的监测对象及时纳入最低生活保障、特困人员救助供养范围；"
              "县医保局负责落实分类资助参保政策，确保监测对象基本医疗保险参保率稳定在99%以上；"
              "县住房城乡建设局负责农村住房安全动态监测，发现一户、改造一户；县水利局负责农村饮水安全保障，"
              "到2024年底全县农村自来水普及率达到92%以上；其他成员单位按照各自职能抓好行业帮扶政策落实。")

    para(doc, "五、工作要求", font="黑体")
    para(doc, "（一）明确监测范围。以家庭为单位，将家庭年人均纯收入在7200元以下的脱贫不稳定户、边缘易致贫户，"
              "以及因病、因残、因灾、因意外事故等刚性支出超过上年度家庭纯收入50%、导致基本生活出现严重困难的"
              "突发严重困难户，纳入监测范围。")
    para(doc, "（二）规范识别程序。坚持农户自主申报、部门筛查预警、基层干部排查相结合，原则上每月开展一次集中排查。"
              "从发现风险到完成识别纳入，原则上不超过15天。")
    para(doc, "（三）精准落实帮扶。对有劳动能力的监测对象，每户至少落实1项产业或就业帮扶措施。"
              "对监测户发展种养业的，按实际投入给予产业奖补，每户最高不超过5000元；"
              "对跨省稳定就业3个月以上的监测对象劳动力，给予每人一次性交通补助500元。")
    para(doc, "（四）强化工作保障。县财政局要将防止返贫监测帮扶工作经费纳入年度财政预算，每年安排不少于200万元。"
              "县农业农村局要会同县数据资源局，于2024年4月底前完成全县农户信息与教育、民政、医保、残联等部门数据的比对核查。"
              "县委组织部、县农业农村局要将防止返贫监测帮扶工作纳入乡镇党委、政府年度实绩考核，"
              "每年年底前组织一次考核评估。")
    para(doc, "《关于成立金寨县防止返贫监测帮扶工作领导小组的通知》（金办〔2022〕33号）同时废止。")
    para(doc, "")
    para(doc, "中共金寨县委办公室　　　金寨县人民政府办公室", align="r")
    para(doc, "二〇二四年三月十一日", align="r")
    para(doc, "（此件公开发布）")
    para(doc, "")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━", 12, False, "c")
    para(doc, "抄送：六安市委农办，县人大常委会办公室，县政协办公室，县纪委监委，县人武部。", 14, indent=False)
    para(doc, "中共金寨县委办公室　　　　　　　　　2024年3月12日印发", 14, indent=False)
    out = OUT / "al2_jinzhai_fanpin_jiance_lingdao_xiaozu.docx"
    doc.save(out)
    return out


# ---------------------------------------------------------------- al3 (pdf)
AL3_TEXT = [
    ("h", "浙江省教育厅\n浙江省市场监督管理局　文件\n浙江省卫生健康委员会"),
    ("c", "浙教发〔2023〕47号"),
    ("t", "浙江省教育厅 浙江省市场监督管理局 浙江省卫生健康委员会关于进一步加强中小学校和幼儿园食堂食品安全管理工作的通知"),
    ("n", "各市、县（市、区）教育局、市场监督管理局、卫生健康局，省教育厅直属各学校："),
    ("p", "学校食品安全事关广大师生身体健康和生命安全，事关社会和谐稳定。近年来，全省各地各校认真贯彻"
          "《中华人民共和国食品安全法》和《学校食品安全与营养健康管理规定》（教育部 国家市场监督管理总局 "
          "国家卫生健康委员会令第45号），学校食堂食品安全管理水平持续提升。截至2023年8月底，全省中小学校和"
          "幼儿园共有食堂1.52万家，“互联网+明厨亮灶”覆盖率达到96.8%，食品安全量化等级A级食堂占比为58.6%。"
          "但部分学校仍存在主体责任落实不到位、食材采购查验不规范、从业人员培训不足等问题。为进一步加强学校"
          "食堂食品安全管理，根据《地方党政领导干部食品安全责任制规定》等要求，现就有关工作通知如下："),
    ("b", "一、压紧压实各方责任"),
    ("p", "（一）落实学校主体责任。学校实行食品安全校长（园长）负责制，每所学校应配备不少于1名专职或兼职"
          "食品安全管理人员。建立集中用餐陪餐制度，每餐均应有学校相关负责人与学生共同用餐，每餐陪餐人员"
          "不少于1人，并做好陪餐记录，及时发现和解决集中用餐过程中存在的问题。"),
    ("p", "（二）落实属地管理责任。各级教育行政部门要会同市场监管部门，将学校食品安全工作纳入对学校的考核内容，"
          "考核结果与校长（园长）绩效挂钩，对问题较多的学校实行约谈和挂牌督办。"),
    ("b", "二、严格食堂日常管理"),
    ("p", "（三）规范食材采购。学校食堂应建立食材采购查验和索证索票制度，大宗食材实行集中统一采购，"
          "严禁采购“三无”产品和来源不明的食品。到2024年底，全省学校食堂大宗食材集中统一采购比例达到90%以上。"),
    ("p", "（四）严格加工操作。食堂从业人员每年至少进行一次健康检查，取得健康证明后方可上岗；食品安全管理人员"
          "每年接受食品安全集中培训不少于40小时。每餐次的食品成品应当留样，每个品种留样量不少于125克，"
          "在冷藏条件下存放48小时以上。"),
    ("p", "（五）加强校外供餐管理。由校外供餐单位供餐的学校，应当选择取得食品经营许可、能承担食品安全责任、"
          "社会信誉良好的供餐单位，从烹饪完成到学生用餐间隔不得超过2小时，并按规定进行查验和记录。"),
    ("b", "三、强化监督检查和风险防控"),
    ("p", "（六）加强日常监督检查。各级市场监管部门要每季度至少对辖区内学校食堂开展一次监督检查，春秋季开学前后"
          "实现检查全覆盖，对发现的问题责令限期整改，整改期限一般不超过15日。"),
    ("p", "（七）强化风险监测。各级卫生健康部门要常态化开展学校食源性疾病监测和食品安全风险监测，"
          "指导学校做好诺如病毒等肠道传染病防控工作。"),
    ("p", "（八）规范事故处置。学校发生食品安全事故的，应当在2小时内向所在地教育、市场监管、卫生健康部门报告，"
          "不得迟报、漏报、瞒报。各级教育部门要会同卫生健康部门，每年至少组织开展一次学校食品安全事故应急演练。"),
    ("b", "四、推进智慧监管和示范创建"),
    ("p", "（九）全面完成“互联网+明厨亮灶”建设。省教育厅要会同省市场监管局，于2023年12月底前实现全省中小学校"
          "和幼儿园食堂“互联网+明厨亮灶”覆盖率100%，并全部接入省级阳光厨房监管平台。"),
    ("p", "（十）开展示范创建。由省教育厅牵头，省财政厅、省市场监管局配合，开展省级“阳光食堂”示范校创建，"
          "每年遴选100所省级“阳光食堂”示范校，对入选学校给予每所10万元奖补。到2024年底，全省学校食堂"
          "食品安全量化等级A级比例达到70%以上。"),
    ("p", "（十一）完善制度规范。省市场监管局要于2024年6月底前制定出台“学校食堂食品安全操作指南”，"
          "细化食材验收、加工制作、餐用具清洗消毒等环节操作要求。"),
    ("b", "五、严肃责任追究"),
    ("p", "对食品安全问题整改不到位、造成不良影响的学校，予以通报批评；对发生食品安全事故的学校，取消其2年内"
          "省级“阳光食堂”示范校评选资格，并依法依规追究相关人员责任。"),
    ("e", ""),
    ("r", "浙江省教育厅　　浙江省市场监督管理局　　浙江省卫生健康委员会"),
    ("r", "2023年9月25日"),
    ("n", "（联系人：省教育厅后勤处 陈建华，联系电话：0571-88008123）"),
    ("e", ""),
    ("n", "公开方式：主动公开"),
    ("n", "抄送：教育部办公厅，国家市场监督管理总局办公厅，国家卫生健康委办公厅，省人民政府办公厅。"),
    ("n", "浙江省教育厅办公室　　　　　　　　　2023年9月27日印发"),
]


def build_al3():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("浙江省教育厅等三部门文件　学校食堂食品安全"), "宋体", 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    RED = (0xD0, 0x00, 0x00)
    for kind, text in AL3_TEXT:
        if kind == "h":
            for line in text.split("\n"):
                para(doc, line, 24, True, "c", "方正小标宋简体", RED)
        elif kind == "c":
            para(doc, text, 16, False, "c")
        elif kind == "t":
            para(doc, text, 20, False, "c", "方正小标宋简体")
        elif kind == "b":
            para(doc, text, 16, False, None, "黑体")
        elif kind == "r":
            para(doc, text, 16, False, "r")
        elif kind == "n":
            para(doc, text, 14 if text.startswith(("抄送", "浙江省教育厅办公室")) else 16, indent=False)
        elif kind == "e":
            para(doc, "")
        else:
            para(doc, text)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "al3_zhejiang_xuexiao_shitang_shipin_anquan.docx"
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True)
        out = OUT / "al3_zhejiang_xuexiao_shitang_shipin_anquan.pdf"
        shutil.copy(Path(td) / (src.stem + ".pdf"), out)
    return out


if __name__ == "__main__":
    print(build_al2())
    print(build_al3())
