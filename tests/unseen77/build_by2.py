"""Build by2: 普宁市 信访工作联席会议 / 积案化解工作专班 adjustment (docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

OUT = Path(__file__).parent / "notices" / "by2_puning_xinfang_lianxi_huiyi_zhuanban.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "仿宋_GB2312"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
st.font.size = Pt(16)

def para(text, bold=False, center=False, size=None, red=False, right=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if red:
        r.font.color.rgb = RGBColor(0xC0, 0, 0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

para("中共普宁市委办公室", bold=True, center=True, size=26, red=True)
para("普宁市人民政府办公室", bold=True, center=True, size=26, red=True)
para("普委办通〔2023〕27号", center=True)
para("━━━━━━━━━━━━━━━━━━━━━━━━", center=True, red=True)
para("中共普宁市委办公室  普宁市人民政府办公室", bold=True, center=True, size=20)
para("关于调整普宁市信访工作联席会议成员和", bold=True, center=True, size=20)
para("成立重复信访积案化解工作专班的通知", bold=True, center=True, size=20)
para("各镇党委和人民政府、街道党工委和办事处，市直和中央、省属驻普各单位：")
para("　　因人事变动和工作需要，根据《信访工作条例》和《中共揭阳市委办公室 揭阳市人民政府办公室关于进一步加强信访工作责任制落实的通知》（揭委办发〔2022〕31号）精神，经市委、市政府同意，决定对普宁市信访工作联席会议成员进行调整，同时成立普宁市重复信访积案化解工作专班。现将有关事项通知如下。")
para("　　一、普宁市信访工作联席会议", bold=True)
para("　　召 集 人：市委副书记、市长郑晓东")
para("　　副召集人：市委常委、政法委书记黄锐坤")
para("　　　　　　市人民政府副市长、市公安局局长陈奕彬")
para("　　　　　　市人民政府副市长方晓玲")
para("　　成　　员：")

rows = [
    ("姓  名", "单位职务"),
    ("林文彬", "市信访局局长"),
    ("许梓豪", "市委办公室副主任"),
    ("罗  茵", "市政府办公室副主任"),
    ("张少鹏", "市委组织部副部长"),
    ("蔡伟东", "市委宣传部副部长、市网信办主任"),
    ("吴泽銮", "市委政法委常务副书记"),
    ("纪嘉伟", "市纪委监委副书记"),
    ("郑洁纯", "市发展和改革局局长"),
    ("黄锦荣", "市教育局局长"),
    ("洪  斌", "市公安局副局长"),
    ("李永昌", "市民政局局长"),
    ("马婷婷", "市司法局局长"),
    ("杨志坚", "市财政局局长"),
    ("陈佳琪", "市人力资源和社会保障局局长"),
    ("庄国华", "市自然资源局局长"),
    ("谢  涛", "市住房和城乡建设局局长"),
    ("方少雄", "市农业农村局局长"),
    ("周文浩", "市卫生健康局局长"),
]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b

para("　　联席会议办公室设在市信访局，办公室主任由林文彬同志兼任，副主任由市信访局副局长黄晓燕同志兼任，负责联席会议日常工作。联席会议原则上每季度召开一次全体会议，必要时可由召集人或副召集人随时召集专题会议。联席会议成员因工作变动需要调整的，由所在单位提出意见，报联席会议办公室按程序办理，不再另行发文。")
para("　　二、普宁市重复信访积案化解工作专班", bold=True)
para("　　组　长：市委常委、政法委书记")
para("　　副组长：市信访局局长林文彬，市公安局分管副局长")
para("　　成　员：市司法局、市人力资源和社会保障局、市住房和城乡建设局、市自然资源局、市市场监督管理局主要负责同志。")
para("　　专班下设综合协调组、案件攻坚组两个工作小组，具体人员由专班办公室从成员单位抽调，专班办公室设在市委政法委。")
para("　　三、工作要求", bold=True)
para("　　（一）明确化解目标。2023年底前，中央、省交办的重复信访积案化解率达到90%以上，信访事项按期受理率、按期办结率均达到100%，群众满意率不低于85%。截至2023年5月底，全市尚有重复信访积案46件，其中中央交办21件。")
para("　　（二）压实化解责任。市信访局要建立重复信访积案化解工作台账，实行“一案一专班、一案一方案”，2023年7月15日前完成首轮全面排查。每件积案由一名市领导包案，包案领导每月至少接待信访群众一次。")
para("　　（三）加强督查通报。市委政法委会同市信访局每季度通报一次积案化解进展，对化解进度滞后的单位进行约谈；对超过3个月未取得实质进展的积案，由专班提级办理。")
para("　　（四）严格责任追究。市纪委监委要对信访工作中推诿扯皮、敷衍塞责造成严重后果的，依规依纪依法严肃追究责任。各镇（街道）要落实属地责任，每月10日前向市信访局报送上月积案化解情况。")
para("　　（五）强化工作保障。市财政局要将信访积案化解专项经费纳入年度预算，2023年安排不少于80万元，用于积案化解中的困难群众救助、第三方参与和律师服务等。对符合条件的生活困难信访群众，可按每人最高不超过2万元的标准给予一次性救助。市司法局要组织律师、人民调解员参与信访积案化解，每周至少安排2名律师在市群众诉求服务中心值班。")
para("　　《中共普宁市委办公室 普宁市人民政府办公室关于调整普宁市信访工作联席会议成员的通知》（普委办通〔2021〕15号）同时废止。")
para("")
para("中共普宁市委办公室　　　　普宁市人民政府办公室", right=True)
para("二〇二三年六月八日", right=True)
para("（此件不公开）")
para("━━━━━━━━━━━━━━━━━━━━━━━━")
para("抄送：揭阳市委办公室，揭阳市信访局。")
para("中共普宁市委办公室秘书科　　　　　　2023年6月9日印发")
OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
