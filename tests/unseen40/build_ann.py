#!/usr/bin/env python3
"""Build the five notices of blind set 40 into ./notices/.

an1 .html  广东省农业农村厅、广东省财政厅  现代化海洋牧场省级财政补助资金实施细则（portal page）
an2 .docx  中共新县县委办公室、新县人民政府办公室  发展壮大村级集体经济三年行动方案（python-docx）
an3 .pdf   兴安盟行政公署办公室  调整黑土地保护利用工作领导小组（python-docx -> soffice）
an4 .md    连云港市人民政府办公室  支持港口集装箱运输发展若干政策措施（scraper markdown）
an5 .txt   晋江市人民政府办公室  促进3岁以下婴幼儿照护服务发展若干措施（WeChat copy）
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
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).parent / "notices"


# --------------------------------------------------------------------------------------------
# an1  HTML portal page
# --------------------------------------------------------------------------------------------
AN1_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>广东省农业农村厅 广东省财政厅关于印发《广东省现代化海洋牧场建设省级财政补助资金实施细则》的通知_规范性文件_广东省农业农村厅网站</title>
<meta name="SiteName" content="广东省农业农村厅">
<meta name="SiteIDCode" content="4400000051">
<meta name="ColumnName" content="规范性文件">
<meta name="ArticleTitle" content="广东省农业农村厅 广东省财政厅关于印发《广东省现代化海洋牧场建设省级财政补助资金实施细则》的通知">
<meta name="PubDate" content="2024-04-26 16:35">
<meta name="ContentSource" content="渔业渔政处">
<link rel="stylesheet" href="/gdnyt/xhtml/css/common.css">
<link rel="stylesheet" href="/gdnyt/xhtml/css/content.css">
<script src="/gdnyt/xhtml/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="welcome">欢迎访问广东省农业农村厅网站！</span>
    <a href="/wza/">无障碍</a> | <a href="javascript:void(0)" class="jtfz">繁体</a> | <a href="/gdnyt/znwd/">智能问答</a> | <a href="/gdnyt/m/">移动版</a>
  </div>
</div>
<div class="header">
  <div class="w1200"><a href="/" class="logo"><img src="/gdnyt/xhtml/images/logo.png" alt="广东省农业农村厅"></a>
  <form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
</div>
<div class="nav w1200">
  <ul><li><a href="/">首页</a></li><li><a href="/gkmlpt/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li><li><a href="/zwgk/sjfb/">数据发布</a></li><li><a href="/ztzl/">专题专栏</a></li></ul>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gkmlpt/">政务公开</a> &gt; <a href="/gkmlpt/zcwj/">政策文件</a> &gt; <span>规范性文件</span></div>

  <div class="xxgk-box">
    <table class="xxgk-table">
      <tr><th>索引号：</th><td>006939756/2024-00118</td><th>分类：</th><td>渔业 ; 通知</td></tr>
      <tr><th>发布机构：</th><td>广东省农业农村厅</td><th>成文日期：</th><td>2024-04-18</td></tr>
      <tr><th>名称：</th><td colspan="3">广东省农业农村厅 广东省财政厅关于印发《广东省现代化海洋牧场建设省级财政补助资金实施细则》的通知</td></tr>
      <tr><th>文号：</th><td>粤农农规〔2024〕3号</td><th>发布日期：</th><td>2024-04-26</td></tr>
      <tr><th>主题词：</th><td colspan="3">海洋牧场 深远海养殖 财政补助</td></tr>
    </table>
  </div>

  <div class="article">
    <h1 class="article-title">广东省农业农村厅 广东省财政厅关于印发《广东省现代化海洋牧场建设省级财政补助资金实施细则》的通知</h1>
    <div class="article-info">
      <span>发布日期：2024-04-26 16:35</span><span>来源：渔业渔政处</span><span>浏览次数：3861</span>
      <span class="font-size">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
      <span class="share">分享到：<a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a><a class="bds_qzone" title="分享到QQ空间"></a></span>
    </div>
    <div class="article-content" id="zoom">
<p style="text-align:center">粤农农规〔2024〕3号</p>
<p>各地级以上市农业农村局、财政局，省直有关单位：</p>
<p>　　为贯彻落实《中共广东省委 广东省人民政府关于推进海洋牧场高质量发展的实施意见》（粤发〔2023〕9号）和省委、省政府关于建设现代化海洋牧场的部署要求，规范和加强省级财政补助资金管理，提高资金使用效益，省农业农村厅、省财政厅制定了《广东省现代化海洋牧场建设省级财政补助资金实施细则》，现印发给你们，请认真贯彻执行。</p>
<p>　　请各地级以上市农业农村局于2024年6月30日前，将本地区2024—2025年拟申报项目储备清单（含项目名称、建设内容、总投资、海域使用权证号）报送省农业农村厅（渔业渔政处）。执行中遇到的问题，请径向省农业农村厅、省财政厅反映。</p>
<p>　　联系人：省农业农村厅渔业渔政处 黄工，020-37288316；省财政厅农业农村处 梁工，020-83170745。</p>
<p style="text-align:right">广东省农业农村厅　　　　广东省财政厅</p>
<p style="text-align:right">2024年4月18日</p>
<p>　　（公开方式：主动公开）</p>
<p>&nbsp;</p>
<p style="text-align:center"><strong>广东省现代化海洋牧场建设省级财政补助资金实施细则</strong></p>
<p style="text-align:center"><strong>第一章　总　则</strong></p>
<p>　　<strong>第一条</strong>　为规范广东省现代化海洋牧场建设省级财政补助资金（以下简称补助资金）管理，根据《中华人民共和国预算法》《广东省省级财政专项资金管理办法（修订）》（粤府〔2018〕120号）和《广东省省级涉农资金整合实施方案》等规定，结合我省实际，制定本细则。</p>
<p>　　<strong>第二条</strong>　本细则所称补助资金，是指省级财政从省级涉农资金中安排，用于支持重力式深水网箱、桁架类网箱、半潜式深远海养殖平台、养殖工船等深远海养殖设施，以及海洋牧场苗种繁育、冷链加工等配套设施建设的资金。</p>
<p>　　<strong>第三条</strong>　补助资金的分配和使用遵循“政府引导、市场主体、突出重点、绩效优先”的原则。通过补助资金引导带动社会投资，到2027年，全省新增重力式深水网箱养殖水体500万立方米以上，建成省级现代化海洋牧场示范区15个以上，深远海养殖产量达到40万吨。截至2023年底，全省已建成重力式深水网箱5826口，养殖水体约1120万立方米。</p>
<p style="text-align:center"><strong>第二章　支持对象和申报条件</strong></p>
<p>　　<strong>第四条</strong>　支持对象为在广东省内依法注册登记、具有独立法人资格的企业和农民专业合作社。</p>
<p>　　<strong>第五条</strong>　申报主体应同时具备以下条件：</p>
<p>　　（一）注册资本不低于500万元，财务制度健全，申报前未发生重大安全生产事故，未被列入严重失信主体名单；</p>
<p>　　（二）项目用海已依法取得海域使用权，且剩余使用年限不少于10年；</p>
<p>　　（三）重力式深水网箱项目单个项目新增养殖水体不低于2万立方米，网箱周长不小于90米；</p>
<p>　　（四）项目已完成投资备案，建设内容不得与已获中央或省级财政资金支持的项目重复。</p>
<p style="text-align:center"><strong>第三章　补助标准</strong></p>
<p>　　<strong>第六条</strong>　补助资金采取先建后补、以奖代补的方式，补助标准如下：</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto;width:92%">
<thead>
<tr><td style="text-align:center"><b>支持类别</b></td><td style="text-align:center"><b>补助标准</b></td><td style="text-align:center"><b>单个项目补助上限</b></td></tr>
</thead>
<tbody>
<tr><td>重力式深水网箱</td><td>按新增养殖水体每立方米补助60元</td><td style="text-align:center">1000万元</td></tr>
<tr><td>桁架类网箱</td><td>不超过核定总投资的30%</td><td style="text-align:center">3000万元</td></tr>
<tr><td>半潜式深远海养殖平台</td><td>不超过核定总投资的30%</td><td style="text-align:center">5000万元</td></tr>
<tr><td>养殖工船</td><td>核定总投资的20%</td><td style="text-align:center">5000万元</td></tr>
<tr><td>苗种繁育、冷链加工等配套设施</td><td>不超过核定总投资的25%</td><td style="text-align:center">800万元</td></tr>
</tbody>
</table>
<p>　　<strong>第七条</strong>　同一申报主体年度累计获得补助资金不超过8000万元。核定总投资不含土地（海域）使用费、流动资金和建设单位管理费。</p>
<p>　　<strong>第八条</strong>　补助资金分两期拨付：项目开工建设且完成投资额30%以上的，拨付补助资金的50%；项目竣工验收合格后，拨付剩余资金。</p>
<p style="text-align:center"><strong>第四章　申报和审核</strong></p>
<p>　　<strong>第九条</strong>　年度申报指南于每年3月底前发布。申报主体按属地原则向项目所在地县级农业农村部门申报，经县、市两级审核后报送省农业农村厅。申报材料初审应在受理之日起15日内完成。</p>
<p>　　<strong>第十条</strong>　申报项目经专家评审、竞争性评分后确定拟支持名单，评审结果在省农业农村厅门户网站公示，公示时间不少于7天。公示无异议的，按程序下达资金计划。</p>
<p>　　<strong>第十一条</strong>　项目应自资金计划下达之日起24个月内完成建设并申请竣工验收；确需延期的，延期不超过6个月，且只能延期一次。</p>
<p style="text-align:center"><strong>第五章　职责分工</strong></p>
<p>　　<strong>第十二条</strong>　省农业农村厅负责编制年度申报指南，组织项目评审、竣工验收抽查和绩效评价，会同省财政厅提出资金分配建议。</p>
<p>　　<strong>第十三条</strong>　省财政厅负责补助资金预算管理，按程序下达资金，指导各地加强资金监管。</p>
<p>　　<strong>第十四条</strong>　各地级以上市农业农村局会同同级财政局负责本地区项目的组织申报、审核推荐和日常监管，并于每年1月15日前将上一年度资金使用和项目建设情况报送省农业农村厅、省财政厅。</p>
<p>　　<strong>第十五条</strong>　项目实施单位是项目建设和资金使用的责任主体，对申报材料的真实性、完整性负责，应建立项目档案，按规定接受审计和监督检查。</p>
<p style="text-align:center"><strong>第六章　监督管理</strong></p>
<p>　　<strong>第十六条</strong>　补助资金实行专款专用，任何单位和个人不得截留、挤占、挪用。项目建成后应连续运营不少于5年，运营期内擅自改变设施用途或转让的，按剩余运营年限比例收回补助资金。</p>
<p>　　<strong>第十七条</strong>　对虚报冒领、骗取补助资金的，追回已拨付资金，取消其3年内申报省级涉农资金项目的资格，并按规定纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。</p>
<p style="text-align:center"><strong>第七章　附　则</strong></p>
<p>　　<strong>第十八条</strong>　本细则由省农业农村厅、省财政厅负责解释。</p>
<p>　　<strong>第十九条</strong>　本细则自2024年5月20日起施行，有效期5年。</p>
    </div>
    <div class="article-attach">
      <p>附件：<a href="/attachment/0/541/541288/4412087.docx">广东省现代化海洋牧场建设项目申报书（样式）.docx</a></p>
    </div>
    <div class="article-related">
      <h3>相关解读</h3>
      <ul>
        <li><a href="/gkmlpt/content/4/4412/post_4412155.html">《广东省现代化海洋牧场建设省级财政补助资金实施细则》政策解读</a></li>
        <li><a href="/gkmlpt/content/4/4398/post_4398020.html">一图读懂｜2024年广东深远海养殖“十条”</a></li>
      </ul>
    </div>
    <div class="article-tools">
      <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a>
    </div>
    <div class="prev-next">
      <p>上一篇：<a href="/gkmlpt/content/4/4409/post_4409871.html">广东省农业农村厅关于2023年度省级重点农业龙头企业监测结果的公示</a></p>
      <p>下一篇：<a href="/gkmlpt/content/4/4415/post_4415302.html">广东省农业农村厅关于印发《广东省2024年耕地地力保护补贴实施方案》的通知（粤农农函〔2024〕212号）</a></p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="/gdnyt/wzdt/">网站地图</a> | <a href="/gdnyt/lxwm/">联系我们</a> | <a href="/gdnyt/wzsm/">网站声明</a></p>
    <p>主办：广东省农业农村厅　　地址：广州市越秀区东风东路753号　　邮编：510060</p>
    <p>网站标识码：4400000051　　<a href="https://beian.miit.gov.cn/">粤ICP备05085887号</a>　　粤公网安备 44010402001126号</p>
    <p><img src="/gdnyt/xhtml/images/dzjg.png" alt="党政机关"> <img src="/gdnyt/xhtml/images/jiucuo.png" alt="政府网站找错"></p>
  </div>
</div>
<script>function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
<script src="https://hm.baidu.com/hm.js?3b5c8f01e2a6"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------------
def _set_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", align=None, size=16, bold=False, font="仿宋_GB2312", indent=True, color=None,
         space_after=0):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        r = p.add_run(text)
        _set_font(r, font, size, bold, color)
    return p


def mixed(doc, parts, size=16):
    """A paragraph whose first part is a bold heading (黑体/楷体) and the rest plain."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    for text, font, bold in parts:
        r = p.add_run(text)
        _set_font(r, font, size, bold)
    return p


def table(doc, rows, widths=None, size=12, header_bold=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            _set_font(r, "黑体" if (i == 0 and header_bold) else "仿宋_GB2312", size, False)
            if widths:
                cell.width = Cm(widths[j])
    return t


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


RED = RGBColor(0xE0, 0x00, 0x00)


# --------------------------------------------------------------------------------------------
# an2  DOCX  新县
# --------------------------------------------------------------------------------------------
def build_an2(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    para(doc, "中共新县县委办公室", align="center", size=30, font="方正小标宋简体", color=RED)
    para(doc, "新县人民政府办公室", align="center", size=30, font="方正小标宋简体", color=RED)
    para(doc, "")
    para(doc, "新办〔2024〕9号", align="center")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center", size=12, color=RED)
    para(doc, "")
    para(doc, "中共新县县委办公室　新县人民政府办公室", align="center", size=22, font="方正小标宋简体")
    para(doc, "关于印发《新县发展壮大村级集体经济三年行动方案（2024—2026年）》的通知", align="center", size=22,
         font="方正小标宋简体")
    para(doc, "")
    para(doc, "各乡镇党委、人民政府，各街道党工委、办事处，县委各部委，县直各单位：", indent=False)
    para(doc, "《新县发展壮大村级集体经济三年行动方案（2024—2026年）》已经县委、县政府同意，现印发给你们，请结合实际认真贯彻落实。")
    para(doc, "")
    para(doc, "附件：1.新县发展壮大村级集体经济重点任务分工表")
    para(doc, "　　　2.2026年集体经营性收入30万元以上村目标分解表", indent=False)
    para(doc, "")
    para(doc, "中共新县县委办公室　　　　新县人民政府办公室", align="right")
    para(doc, "二〇二四年三月二十二日", align="right")
    para(doc, "（此件公开发布）")
    doc.add_page_break()

    para(doc, "新县发展壮大村级集体经济三年行动方案", align="center", size=22, font="方正小标宋简体")
    para(doc, "（2024—2026年）", align="center", size=16, font="楷体_GB2312")
    para(doc, "")
    para(doc, "为深入贯彻落实《中共河南省委组织部 河南省财政厅 河南省农业农村厅关于扶持发展壮大村级集体经济的意见》（豫组通〔2023〕21号）和《信阳市村级集体经济“强村富民”三年攻坚行动方案》精神，进一步增强村级组织自我保障和服务群众能力，结合我县实际，制定本方案。")
    para(doc, "一、总体要求", font="黑体", indent=True)
    para(doc, "坚持以习近平新时代中国特色社会主义思想为指导，坚持党建引领、因村施策、多元发展、共建共享，依托大别山红色资源、绿色生态和茶叶、油茶、葛根、板栗等特色产业，推动村级集体经济由“输血”向“造血”转变，为建设鄂豫皖苏区首府红色旅游名县提供坚实支撑。")
    para(doc, "二、目标任务", font="黑体")
    para(doc, "到2026年底，全县所有村（社区）集体经济年收入均达到10万元以上；集体经营性收入30万元以上的村达到60个、50万元以上的村达到25个、100万元以上的村达到8个；村级集体经济年收入总额突破8000万元。2024年底前，所有村集体经营性收入均达到5万元以上。")
    para(doc, "2023年底，全县村级集体经济收入总额5963万元，集体经营性收入30万元以上的村34个，但仍有部分村收入来源单一、主要依靠上级转移支付，发展不平衡问题较为突出。")
    para(doc, "三、重点任务", font="黑体")
    mixed(doc, [("（一）实施党建引领强村行动。", "楷体_GB2312", False),
                ("选优配强村党组织书记，推行“党支部+合作社+农户”模式，鼓励村党组织领办土地股份合作社、劳务合作社，把党员、能人、群众组织起来抱团发展。", "仿宋_GB2312", False)])
    mixed(doc, [("（二）盘活集体资源资产。", "楷体_GB2312", False),
                ("全面摸清村级集体资源、资产、资金底数，对闲置校舍、村部、厂房和“四荒”地等通过出租、入股、合作经营等方式盘活利用。集体资产对外租赁合同期限原则上不超过5年，严禁“一租到底”。", "仿宋_GB2312", False)])
    mixed(doc, [("（三）发展特色产业。", "楷体_GB2312", False),
                ("围绕茶叶、油茶、葛根、板栗、中药材等主导产业，支持村集体领办创办生产基地、加工车间和仓储冷链设施。到2026年，全县建成村集体主导的特色产业基地50个。", "仿宋_GB2312", False)])
    mixed(doc, [("（四）发展红色旅游和乡村服务业。", "楷体_GB2312", False),
                ("依托鄂豫皖苏区首府革命博物馆、许世友将军故里等红色资源，支持村集体发展乡村民宿、研学基地、农家餐饮和物业服务，推动农文旅融合发展。", "仿宋_GB2312", False)])
    mixed(doc, [("（五）探索抱团发展。", "楷体_GB2312", False),
                ("支持乡镇（街道）统筹资源区位条件较差的村，以“飞地”形式在县产业集聚区、乡镇集镇规划区联建标准化厂房、商铺等经营性资产，收益按投入比例分配。", "仿宋_GB2312", False)])
    mixed(doc, [("（六）规范收益管理。", "楷体_GB2312", False),
                ("村集体经营收益按规定提取公积公益金，提取比例不低于10%，其余用于村级公益事业、村级组织运转和成员分配，严防集体资产流失。", "仿宋_GB2312", False)])
    para(doc, "四、支持政策", font="黑体")
    para(doc, "（一）加大财政投入。县财政每年安排村级集体经济发展专项资金2000万元，统筹中央、省级扶持资金，对纳入扶持的村每村补助50万元，三年扶持村数不少于90个。扶持项目年收益率原则上不低于投入资金的6%。")
    para(doc, "（二）建立激励机制。对年度集体经营性收入较上年新增10万元以上的村，可从新增收益中提取不超过15%奖励村“两委”干部，每村奖励总额最高不超过5万元。")
    para(doc, "（三）强化金融支持。新县农商银行对村集体经济项目推出“强村贷”，单笔贷款最高300万元，县财政按贷款市场报价利率（LPR）的50%给予贴息。")
    para(doc, "（四）保障项目用地。每年安排不低于5%的新增建设用地计划指标，优先保障村集体经济项目用地需求。")
    para(doc, "五、保障措施", font="黑体")
    para(doc, "（一）加强组织领导。成立县发展壮大村级集体经济工作专班，由县委副书记任组长，县委常委、组织部部长和县政府分管副县长任副组长，县委组织部、县农业农村局、县财政局、县自然资源局、县文化广电和旅游局、县市场监督管理局、县税务局、新县农商银行主要负责同志为成员。工作专班办公室设在县委组织部，办公室主任由县委组织部常务副部长兼任。工作专班每季度召开一次联席会议，研究解决重点难点问题。")
    para(doc, "（二）严格考核评价。将村级集体经济发展情况纳入乡镇（街道）党（工）委书记抓基层党建述职评议考核，权重不低于20%，考核结果与村干部绩效报酬挂钩。")
    para(doc, "（三）强化督导问效。县委组织部、县农业农村局定期对各乡镇（街道）工作推进情况开展督导，对工作推进不力的予以通报。")
    para(doc, "")
    doc.add_page_break()

    para(doc, "附件1", font="黑体", indent=False)
    para(doc, "新县发展壮大村级集体经济重点任务分工表", align="center", size=20, font="方正小标宋简体")
    table(doc, [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "开展村级集体资产清产核资“回头看”，建立资源资产台账", "县农业农村局", "县财政局、各乡镇（街道）", "2024年6月底前"],
        ["2", "制定村级集体经济扶持项目管理办法，建立项目储备库", "县委组织部", "县财政局、县农业农村局", "2024年5月底前"],
        ["3", "筛选确定年度扶持村，下达扶持资金", "县委组织部", "县财政局", "每年4月底前"],
        ["4", "落实“强村贷”贴息政策，建立风险补偿机制", "县财政局", "新县农商银行", "2024年9月底前"],
        ["5", "保障村集体经济项目用地，盘活闲置宅基地和农房", "县自然资源局", "县农业农村局、各乡镇（街道）", "2024—2026年"],
        ["6", "打造红色旅游、乡村民宿等村集体经营项目", "县文化广电和旅游局", "各乡镇（街道）", "持续推进"],
        ["7", "落实村集体经济组织税费优惠政策", "县税务局", "县财政局", "长期坚持"],
        ["8", "将村级集体经济发展纳入乡镇年度综合考核", "县委组织部", "县委督查局", "每年12月底前"],
    ], widths=[1.2, 6.2, 2.6, 3.4, 2.4], size=11)
    para(doc, "")
    para(doc, "附件2", font="黑体", indent=False)
    para(doc, "2026年集体经营性收入30万元以上村目标分解表", align="center", size=20, font="方正小标宋简体")
    rows = [["乡镇（街道）", "目标数（个）", "乡镇（街道）", "目标数（个）"]]
    data = [("新集镇", "7"), ("沙窝镇", "6"), ("吴陈河镇", "4"), ("苏河镇", "3"), ("八里畈镇", "4"), ("周河乡", "4"),
            ("陡山河乡", "3"), ("浒湾乡", "4"), ("千斤乡", "3"), ("卡房乡", "3"), ("郭家河乡", "3"), ("泗店乡", "5"),
            ("箭厂河乡", "3"), ("田铺乡", "4"), ("金兰山街道", "2"), ("香山湖管理区", "2")]
    for k in range(8):
        a, b = data[k], data[k + 8]
        rows.append([a[0], a[1], b[0], b[1]])
    rows.append(["合计", "60", "", ""])
    table(doc, rows, widths=[3.6, 2.6, 3.6, 2.6], size=12)
    para(doc, "")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center", size=12)
    para(doc, "抄送：市委办公室、市政府办公室，县人大常委会办公室，县政协办公室。", size=14, indent=False)
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center", size=12)
    para(doc, "中共新县县委办公室　　　　　　　　2024年3月22日印发", size=14, indent=False)
    para(doc, "（共印120份）", align="right", size=12)
    doc.save(path)


# --------------------------------------------------------------------------------------------
# an3  PDF  兴安盟
# --------------------------------------------------------------------------------------------
AN3_MEMBERS = [
    ("刘建华", "盟发展和改革委员会副主任"),
    ("孟庆丰", "盟财政局局长"),
    ("王　磊", "盟自然资源局局长"),
    ("巴图孟和", "盟农牧局局长"),
    ("陈晓光", "盟农牧局副局长"),
    ("张　敏", "盟生态环境局副局长"),
    ("孙立伟", "盟水利局局长"),
    ("何永刚", "盟林业和草原局副局长"),
    ("郭文博", "盟科技局副局长"),
    ("那仁满都拉", "盟气象局局长"),
    ("高　峰", "盟统计局副局长"),
    ("于洪亮", "盟农牧科学研究所所长"),
    ("白　雪", "乌兰浩特市人民政府副市长"),
    ("吴宝山", "阿尔山市人民政府副市长"),
    ("邢志军", "科右前旗人民政府副旗长"),
    ("韩　冬", "科右中旗人民政府副旗长"),
    ("朱德胜", "扎赉特旗人民政府副旗长"),
    ("包金花", "突泉县人民政府副县长"),
]


def build_an3(pdf_path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.2), Cm(3.0)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.different_first_page_header_footer = True
    # running header (pages 2..) and page numbers
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _set_font(hp.add_run("兴署办字〔2023〕37号　　兴安盟行政公署办公室"), "宋体", 10)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    _set_font(r, "宋体", 14)
    r = fp.add_run()
    _set_font(r, "宋体", 14)
    add_field(r, "PAGE")
    r = fp.add_run(" —")
    _set_font(r, "宋体", 14)
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ffp.add_run("— 1 —")
    _set_font(r, "宋体", 14)

    para(doc, "兴安盟行政公署办公室文件", align="center", size=34, font="方正小标宋简体", color=RED)
    para(doc, "")
    para(doc, "兴署办字〔2023〕37号", align="center")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center", size=12, color=RED)
    para(doc, "")
    para(doc, "兴安盟行政公署办公室关于调整兴安盟", align="center", size=22, font="方正小标宋简体")
    para(doc, "黑土地保护利用工作领导小组组成人员的通知", align="center", size=22, font="方正小标宋简体")
    para(doc, "")
    para(doc, "各旗县市人民政府，经济技术开发区管委会，盟直各有关部门：", indent=False)
    para(doc, "因工作需要和人事变动，为切实加强对全盟黑土地保护利用工作的组织领导，经盟行政公署同意，决定对兴安盟黑土地保护利用工作领导小组组成人员进行调整。《兴安盟行政公署办公室关于成立兴安盟黑土地保护利用工作领导小组的通知》（兴署办字〔2021〕52号）同时废止。现将有关事项通知如下：")
    para(doc, "一、领导小组组成人员", font="黑体")
    para(doc, "组　长：包海军　　盟委副书记、盟长", indent=False)
    para(doc, "副组长：李振宇　　盟委委员、副盟长", indent=False)
    para(doc, "　　　　苏　和　　盟行政公署副盟长", indent=False)
    para(doc, "　　　　乌云其木格　盟行政公署副秘书长", indent=False)
    para(doc, "成　员：", indent=False)
    table(doc, [["姓　名", "单位及职务"]] + [list(m) for m in AN3_MEMBERS], widths=[3.5, 10.5], size=14)
    para(doc, "")
    para(doc, "二、领导小组主要职责", font="黑体")
    para(doc, "贯彻落实《中华人民共和国黑土地保护法》《内蒙古自治区人民政府办公厅关于加强黑土地保护利用的实施意见》（内政办发〔2022〕41号），研究制定全盟黑土地保护利用政策措施，统筹协调解决工作中的重大问题，督促检查各旗县市和各成员单位工作落实情况。")
    para(doc, "领导小组要统筹推进以下目标：到2025年，全盟实施黑土地保护利用面积累计达到1200万亩以上，保护性耕作面积稳定在800万亩以上，新建高标准农田150万亩，黑土耕地质量平均提升0.5等以上，土壤有机质含量平均提高10%以上。2022年，全盟完成保护性耕作面积652万亩。")
    para(doc, "三、领导小组办公室", font="黑体")
    para(doc, "领导小组办公室设在盟农牧局，承担领导小组日常工作。办公室主任由巴图孟和同志兼任，副主任由陈晓光同志兼任。")
    para(doc, "四、专项工作组", font="黑体")
    para(doc, "领导小组下设3个专项工作组：")
    para(doc, "（一）综合协调组。组长单位：盟农牧局；成员单位：盟发展和改革委员会、盟财政局、盟统计局。负责综合协调、信息汇总、考核评价等工作。")
    para(doc, "（二）耕地质量提升组。组长单位：盟农牧局；副组长单位：盟农牧科学研究所；成员单位：盟自然资源局、盟科技局。负责保护性耕作、秸秆还田、有机肥替代和耕地质量监测等工作。")
    para(doc, "（三）水土保持与生态修复组。组长单位：盟水利局；成员单位：盟林业和草原局、盟生态环境局、盟气象局。负责侵蚀沟治理、农田防护林建设和黑土区生态修复等工作。")
    para(doc, "五、成员单位职责", font="黑体")
    duties = [
        ("盟农牧局：", "负责领导小组办公室日常工作，牵头组织实施保护性耕作、耕地质量提升等项目，开展黑土耕地质量监测评价。"),
        ("盟发展和改革委员会：", "负责将黑土地保护利用纳入全盟国民经济和社会发展规划，争取中央预算内投资支持。"),
        ("盟财政局：", "负责统筹安排黑土地保护利用资金，加强资金监管和绩效评价。"),
        ("盟自然资源局：", "负责黑土耕地数量保护和用途管制，严格落实耕地占补平衡。"),
        ("盟水利局：", "负责黑土区侵蚀沟治理和农田水利设施建设。"),
        ("盟林业和草原局：", "负责农田防护林建设和更新改造。"),
        ("盟生态环境局：", "负责黑土区土壤污染防治和生态环境监管。"),
        ("盟气象局：", "负责提供农业气象服务和土壤墒情监测信息。"),
        ("各旗县市人民政府：", "负责本地区黑土地保护利用工作的组织实施，落实属地管理责任。"),
    ]
    for a, b in duties:
        mixed(doc, [(a, "楷体_GB2312", False), (b, "仿宋_GB2312", False)])
    para(doc, "六、工作要求", font="黑体")
    para(doc, "（一）领导小组原则上每年召开1次全体会议，研究部署年度重点工作；根据工作需要可召开专题会议。领导小组办公室每半年至少召开一次联络员会议。")
    para(doc, "（二）各旗县市人民政府要于2023年8月31日前调整充实本地区黑土地保护利用工作领导机构，并将名单报盟领导小组办公室。")
    para(doc, "（三）盟农牧局要会同盟财政局于2023年9月底前制定全盟黑土地保护利用三年实施方案，报领导小组审定后实施。")
    para(doc, "（四）领导小组成员如有变动，由所在单位接任领导自然替补，不再另行发文。各成员单位确定1名科级干部为联络员，负责日常联络工作。")
    para(doc, "")
    para(doc, "兴安盟行政公署办公室", align="right")
    para(doc, "二〇二三年七月十四日", align="right")
    para(doc, "（此件公开发布）")
    para(doc, "")
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center", size=12)
    para(doc, "抄送：盟委办公室，盟人大工委办公室，盟政协办公室。", size=14, indent=False)
    para(doc, "━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center", size=12)
    para(doc, "兴安盟行政公署办公室　　　　　　　　2023年7月14日印发", size=14, indent=False)

    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as td:
        tmp_docx = Path(td) / (pdf_path.stem + ".docx")
        doc.save(tmp_docx)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo",
                        "--convert-to", "pdf", "--outdir", td, str(tmp_docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(td) / (pdf_path.stem + ".pdf"), pdf_path)


# --------------------------------------------------------------------------------------------
# an4  Markdown  连云港市
# --------------------------------------------------------------------------------------------
AN4_MD = """---
title: "连云港市人民政府办公室关于印发连云港市支持港口集装箱运输高质量发展若干政策措施的通知 - 连云港市人民政府"
source_url: https://www.lianyungang.gov.cn/lygszf/szfbgswj/content/9c2f51e6-77a0-4d1b-bb3e-0f2c8a5e1d47.html
site: 连云港市人民政府门户网站
crawled_at: 2025-03-19T10:42:07+08:00
converter: html2md 0.9.4
---

[首页](https://www.lianyungang.gov.cn/) > [政务公开](https://www.lianyungang.gov.cn/lygszf/zwgk/) > [政策文件](https://www.lianyungang.gov.cn/lygszf/zcwj/) > 市政府办公室文件

| 索引号 | 014006456/2025-00021 | 主题分类 | 交通运输 |
| --- | --- | --- | --- |
| 发布机构 | 连云港市人民政府办公室 | 成文日期 | 2025-03-06 |
| 文号 | 连政办发〔2025〕18号 | 发布日期 | 2025-03-14 |
| 有效性 | 有效 | 公开方式 | 主动公开 |

# 连云港市人民政府办公室关于印发连云港市支持港口集装箱运输高质量发展若干政策措施的通知

连政办发〔2025〕18号

各县、区人民政府，市各委、办、局，市各直属单位：

《连云港市支持港口集装箱运输高质量发展若干政策措施》已经市政府第42次常务会议审议通过，现印发给你们，请认真组织实施。

连云港市人民政府办公室

2025年3月6日

（此件公开发布）

## 连云港市支持港口集装箱运输高质量发展若干政策措施

为深入贯彻落实《江苏省人民政府办公厅关于推进港口高质量发展的意见》（苏政办发〔2023〕45号）和《连云港市“十四五”综合交通运输体系发展规划》（连政发〔2021〕63号），加快建设国际枢纽海港和新亚欧陆海联运通道标杆示范项目，做大做强港口集装箱运输，制定以下政策措施。

### 一、发展目标

到2027年，连云港港集装箱吞吐量达到1000万标准箱，外贸集装箱占比达到50%，集装箱航线达到120条，海河联运集装箱量达到22万标准箱，中亚班列年开行量达到1000列。主要指标如下：

| 指标 | 2024年（基数） | 2025年 | 2027年 | 属性 |
|---|---|---|---|---|
| 集装箱吞吐量（万标准箱） | 680 | 750 | 1000 | 预期性 |
| 外贸集装箱占比（%） | 44.5 | 46 | 50 | 预期性 |
| 集装箱航线（条） | 92 | 100 | 120 | 预期性 |
| 其中：远洋航线（条） | 9 | 10 | 15 | 预期性 |
| 海河联运集装箱量（万标准箱） | 12.6 | 15 | 22 | 预期性 |
| 中亚班列开行量（列） | 860 | 900 | 1000 | 约束性 |

### 二、支持政策

**（一）培育集装箱航线。** 对新开辟并连续稳定运营满12个月的国际远洋集装箱航线，每条给予一次性奖励300万元；近洋航线每条奖励100万元；内贸航线每条奖励50万元。航线年度航次须不少于48航次，同一航线由多家船公司共同经营的，奖励资金按舱位比例分配。（牵头单位：市交通运输局；配合单位：市财政局、连云港港口控股集团）

**（二）支持集装箱箱量增长。** 对年度在港完成集装箱量超过10万标准箱的船公司，超出部分按每标准箱20元给予奖励，单家企业每年最高不超过800万元。（牵头单位：市交通运输局；配合单位：市财政局）

**（三）发展海河联运。** 对经京杭运河、连申线等内河航道中转的集装箱，按每标准箱50元给予补贴；对开通连云港至内河港口集装箱班轮航线、每周不少于2班的航运企业，每条航线给予补贴100万元/年。（责任单位：市交通运输局、市财政局）

**（四）做强中亚班列。** 对经连云港港中转、至中亚五国的回程重箱班列，按每标准箱1000元给予补贴，全年补贴总额不超过3000万元；鼓励开行“班列+海运”多式联运“一单制”业务。（牵头单位：市商务局；配合单位：市财政局、连云港海关、中国铁路上海局集团有限公司连云港车务段）

**（五）降低港口物流成本。** 港口企业集装箱装卸作业包干费在现行基础上下调不低于10%；进出口重箱在港免费堆存期由7天延长至10天。（责任单位：连云港港口控股集团；监督单位：市发展改革委）

**（六）提升通关效率。** 深化“提前申报”“两步申报”改革，推广“船边直提”“抵港直装”，进口、出口整体通关时间分别压缩至30小时、1.5小时以内。（责任单位：连云港海关、市商务局）

**（七）强化资金保障。** 市财政每年安排港航发展专项资金1.5亿元，统筹用于本措施各项奖补。（责任单位：市财政局）

### 三、保障措施

1. **加强统筹协调。** 由市交通运输局会同有关部门建立港口集装箱发展联席会议制度，联席会议每季度召开一次，协调解决航线培育、班列运营中的重大问题。
2. **规范资金管理。** 奖补资金按年度申报，每年1月底前集中受理上一年度奖补申请。同一事项符合本措施和其他市级政策的，按就高原则不重复享受。
3. **严格监督检查。** 对弄虚作假骗取奖补资金的企业，追回已拨付资金，5年内不得申报市级港航扶持资金，并纳入公共信用信息系统。
4. 本措施自2025年4月1日起施行，有效期至2027年12月31日。

---

**相关解读：** [一图读懂《连云港市支持港口集装箱运输高质量发展若干政策措施》](https://www.lianyungang.gov.cn/lygszf/zcjd/content/4e1b0d.html)

附件下载：无

【[打印本页](javascript:window.print())】【[关闭窗口](javascript:window.close())】

分享到： [微信](#) [微博](#) [QQ空间](#)

* 上一篇：[连云港市人民政府办公室关于印发连云港市2025年重大项目投资计划的通知](https://www.lianyungang.gov.cn/lygszf/szfbgswj/content/3a8f.html)
* 下一篇：[连云港市人民政府办公室关于进一步加强森林防火工作的通知](https://www.lianyungang.gov.cn/lygszf/szfbgswj/content/7d21.html)

![扫一扫在手机打开当前页](https://www.lianyungang.gov.cn/images/qrcode_9c2f51e6.png)

主办单位：连云港市人民政府办公室　承办单位：连云港市大数据管理局
网站标识码：3207000014　苏ICP备05003982号-1　苏公网安备 32070502010238号
"""


# --------------------------------------------------------------------------------------------
# an5  TXT  WeChat copy  晋江市
# --------------------------------------------------------------------------------------------
AN5_TXT = """晋江发布
原创  晋江发布  晋江发布  2024年06月05日 18:02  福建

听全文

点击上方蓝字 关注我们



近日，晋江市人民政府办公室印发《晋江市促进3岁以下婴幼儿照护服务发展若干措施》，从扩大普惠托位供给、运营补贴、用人单位办托、家庭养育支持等方面推出一揽子“真金白银”举措。一起来看↓↓↓



晋江市人民政府办公室关于印发晋江市促进3岁以下婴幼儿照护服务发展若干措施的通知

晋政办〔2024〕27号

各镇人民政府（街道办事处），经济开发区管委会，市直有关单位：

《晋江市促进3岁以下婴幼儿照护服务发展若干措施》已经市政府研究同意，现印发给你们，请认真贯彻执行。

晋江市人民政府办公室
2024年5月28日
（此件主动公开）



晋江市促进3岁以下婴幼儿照护服务发展若干措施

为贯彻落实《国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见》（国办发〔2019〕15号）和《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》精神，加快建立普惠可及、覆盖城乡的托育服务体系，结合我市实际，制定以下措施。

一、发展目标

到2025年底，全市每千人口拥有3岁以下婴幼儿托位数达到4.5个，普惠性托位占比达到60%以上，每个镇（街道）至少建成1所普惠托育机构；到2027年，每千人口拥有3岁以下婴幼儿托位数达到5个。截至2023年底，全市共有托育机构156家、托位7260个，每千人口拥有托位数3.5个。

二、支持措施

（一）扩大普惠托位供给。对新建、改扩建并取得备案的普惠托育机构，按每个托位3000元给予一次性建设补助，单个机构补助最高不超过30万元。由市卫健局牵头，市财政局、市发改局配合。

（二）给予普惠运营补贴。对收费标准不高于每月1800元的普惠托育机构，按实际收托婴幼儿人数每人每月200元给予运营补贴，补贴期限最长3年。由市卫健局牵头，市财政局配合。

（三）支持用人单位办托。鼓励机关企事业单位和产业园区利用自有场地举办托育服务，面向本单位职工子女提供托育服务的，每个托位给予一次性补助5000元；鞋服、食品等重点产业园区建设托育点的，补助标准提高20%。由市总工会牵头，市工信局、市卫健局配合。

（四）保障托育用房。新建居住区按每千人口不少于10个托位的标准配建托育服务设施，并与住宅同步规划、同步建设、同步验收、同步交付；老旧小区按每千人口不少于8个托位的标准，通过购置、置换、租赁等方式补齐。市自然资源局、市住建局要在规划条件设置和竣工验收环节严格把关。

（五）加强托育人才培养。支持泉州幼儿师范高等专科学校、晋江市职业中专学校开设婴幼儿托育相关专业，每年培训托育从业人员1000人次以上，托育机构保育人员持证上岗率达到100%。市教育局要会同市人社局、市卫健局制定年度培训计划并组织实施。

（六）规范托育服务管理。严格执行《托育机构设置标准（试行）》，托育机构乳儿班（6—12个月）每班不超过10人，托小班（12—24个月）每班不超过15人，托大班（24—36个月）每班不超过20人；生均建筑面积不低于8平方米。托育机构应全面安装视频监控，监控录像保存期限不少于90天。由市卫健局负责，市市场监管局、市消防救援大队配合。

（七）加大家庭养育支持。对2024年1月1日以后出生、具有本市户籍的三孩家庭，每孩每月发放育儿补贴500元，连续发放36个月；将婴幼儿照护指导纳入家庭医生签约服务，每年提供不少于4次免费上门指导。由市卫健局牵头，市财政局、市医保局配合。

（八）推进托幼一体化。支持有条件的幼儿园开设托班，招收2至3岁幼儿，到2025年底，全市开设托班的公办幼儿园达到40所以上。对开设托班的公办幼儿园，按每生每年1200元标准给予生均公用经费补助。由市教育局牵头，市财政局、市卫健局配合。

三、保障措施

（一）加强组织领导。市卫健局要牵头建立托育服务工作联席会议制度，联席会议每半年召开一次，统筹解决托育服务发展中的重大问题。

（二）强化资金保障。市财政局要将托育服务补助资金纳入年度财政预算，每年安排专项资金不少于2000万元。

（三）加强监督考核。市卫健局要会同市市场监管局每年开展一次托育机构质量评估，评估结果向社会公布，并作为补助资金拨付的重要依据。

（四）营造良好氛围。市委宣传部、市融媒体中心要通过“晋江发布”等平台加大托育政策宣传解读力度，及时回应群众关切，营造托育友好的社会氛围。

（五）本措施自印发之日起施行，有效期3年。



——政策解读——

问：新建普惠托育机构能拿到多少补助？
答：按每个托位3000元给予一次性建设补助，单个机构最高30万元。

问：三孩家庭育儿补贴怎么领？
答：2024年1月1日以后出生、具有晋江户籍的三孩，每孩每月500元，连续发放36个月，由户籍所在镇（街道）受理申请。

问：普惠托育机构收费多少？
答：收费标准不高于每月1800元，机构还可按实际收托人数每人每月领取200元运营补贴。



来源：晋江市卫生健康局
编辑：许雅婷
校对：陈思远
审核：王志强

往期推荐

● 晋江2023年GDP突破3300亿元！连续30年领跑福建县域
● 5月28日起，这些公交线路有调整
● 晋江这所新学校9月开学，招生计划来了

晋江发布 · 目录
上一篇 · 晋江：今年将新增城镇就业1.2万人
下一篇 · 暴雨蓝色预警！

阅读 1.6万
分享  收藏  赞 128  在看 56

留言
写留言
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "an1_guangdong_haiyang_muchang_buzhu.html").write_text(AN1_HTML, encoding="utf-8")
    build_an2(OUT / "an2_xinxian_cunji_jiti_jingji.docx")
    build_an3(OUT / "an3_xinganmeng_heitudi_lingdao_xiaozu.pdf")
    (OUT / "an4_lianyungang_gangkou_jizhuangxiang.md").write_text(AN4_MD, encoding="utf-8")
    (OUT / "an5_jinjiang_tuoyu_fuwu.txt").write_text(AN5_TXT, encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
