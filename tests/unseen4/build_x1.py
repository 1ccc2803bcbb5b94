"""Build tests/unseen4/notices/x1_baoji_5g_industrial_internet.pdf, a blind test notice.

A prefecture-level city notice (宝鸡市人民政府办公室, 陕西省, 2021) issuing a
"5G+工业互联网"/"双千兆" three-year action plan, drawn line by line with reportlab (A4 portrait,
hard-wrapped lines, red 版头, `— N —` page numbers). 附件1 is a ruled task table drawn with
canvas lines: merged 任务类别 cells, wrapped cells, two pages with the header row repeated, and
one 任务类别 span (融合应用) that continues across the page break and is left BLANK on the second
page (as a word processor draws a merged cell cut by a page break). 附件2 is an unruled
three-column member list (role | name | position), the role only on a group's first row, one
position wrapped onto a second line. Font: WenQuanYi Zen Hei, embedded (TrueType subset).
reportlab is only needed to build this file (not a project dependency).
Expected facts: tests/unseen4/gold/x1.json.   Needs `pip install reportlab` in some venv and the font
(`apt-get install fonts-wqy-zenhei`), then:  python tests/unseen4/build_x1.py
"""
import sys
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = Path(__file__).resolve().parent / "notices" / "x1_baoji_5g_industrial_internet.pdf"
FONT = "Hei"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.notice_pdf import BODY, BOTTOM, LEFT, PAGE_W, RIGHT, TEXT_W, LineWriter  # noqa: E402
from tests.notice_pdf import wrap as wrap_in  # noqa: E402

LEAD = 21
wrap = partial(wrap_in, FONT)

PLAN = "宝鸡市“5G+工业互联网”和“双千兆”网络建设三年行动方案"
ANNEX1 = "宝鸡市“5G+工业互联网”和“双千兆”网络建设重点任务分工表"
ANNEX2 = "宝鸡市“5G+工业互联网”和“双千兆”网络建设工作领导小组成员名单"

# 附件1 rows: (序号, 任务类别, 重点任务, 牵头单位, 责任单位, 完成时限)
TASKS = [
    ("1", "网络建设", "加快5G网络规模部署，优先实现县城以上城区、重点镇、工业园区和交通枢纽5G网络连续覆盖，逐步向行政村延伸。",
     "市工业和信息化局", "各基础电信企业、中国铁塔宝鸡市分公司、各县区人民政府", "2021-2023年"),
    ("2", "网络建设", "推进城市家庭千兆光纤网络改造升级，新建住宅小区、商务楼宇同步建设千兆光纤接入设施。",
     "市住房和城乡建设局", "市工业和信息化局、各基础电信企业", "2022年6月底前"),
    ("3", "网络建设", "加快10G-PON设备规模部署和城域网扩容，提升骨干网络承载能力。",
     "各基础电信企业", "市工业和信息化局", "2022年12月"),
    ("4", "网络建设", "将5G基站、通信机房和管线纳入国土空间规划和详细规划，保障站址和管线用地需求。",
     "市自然资源和规划局", "市工业和信息化局、中国铁塔宝鸡市分公司", "2021年12月"),
    ("5", "网络建设", "推动党政机关、事业单位和公共场所等公共资源向5G基站建设免费开放，发布开放资源清单。",
     "市机关事务服务中心", "市住房和城乡建设局、市交通运输局、市城市管理执法局", "每半年"),
    ("6", "融合应用", "实施“5G+工业互联网”512工程宝鸡行动，在钛及钛合金、机床工具、汽车及零部件等重点产业打造5G全连接工厂。",
     "市工业和信息化局", "市发改委、宝鸡高新区管委会、各县区人民政府", "2023年12月底前"),
    ("7", "融合应用", "支持龙头企业建设企业级工业互联网平台，推动设备上云和产业链上下游数据互联互通。",
     "市工业和信息化局", "市科学技术局、市财政局", "长期坚持"),
    ("8", "融合应用", "推进规模以上工业企业“上云用数赋智”，组织开展工业互联网标识解析集成应用推广。",
     "市工业和信息化局", "各县区人民政府、宝鸡高新区管委会", "2022年6月底前"),
    ("9", "融合应用", "开展“双千兆”应用创新案例征集评选，在智慧医疗、智慧教育、智慧文旅等领域形成可复制推广的典型经验。",
     "市工业和信息化局", "市卫生健康委、市教育局、市文化和旅游局", "每年9月底前"),
    ("10", "融合应用", "建设5G+智慧交通示范路段和智慧物流园区，推动5G在交通运输和现代物流领域融合应用。",
     "市交通运输局、市工业和信息化局", "各基础电信企业", "2023年6月底前"),
    ("11", "环境保障", "推进5G基站转供电改直供电，落实基站用电优惠政策，降低基站运行成本。",
     "国网宝鸡供电公司", "市发改委、中国铁塔宝鸡市分公司", "2021年12月"),
    ("12", "环境保障", "简化5G基站及配套设施建设审批流程，将通信基础设施建设纳入工程建设项目审批管理系统。",
     "市行政审批服务局", "市住房和城乡建设局、市自然资源和规划局", "2022年3月底前"),
    ("13", "环境保障", "依法打击盗窃、破坏通信设施和阻挠通信设施建设等违法行为，保障网络安全稳定运行。",
     "市公安局", "各县区人民政府", "长期坚持"),
    ("14", "环境保障", "建立“双千兆”网络建设和融合应用监测通报机制，通报各县区、各单位工作进展情况。",
     "市工业和信息化局", "各基础电信企业、各县区人民政府", "每季度"),
]

# 附件2 rows: (role or "", name, position lines)
MEMBERS = [
    ("组　长", "张建华", ["市政府副市长"]),
    ("副组长", "刘志刚", ["市政府副秘书长"]),
    ("", "王　磊", ["市工业和信息化局局长"]),
    ("成　员", "赵　敏", ["市发改委副主任"]),
    ("", "李　强", ["市工业和信息化局副局长"]),
    ("", "陈　静", ["市财政局副局长"]),
    ("", "孙　伟", ["市自然资源和规划局副局长"]),
    ("", "周　涛", ["市住房和城乡建设局副局长"]),
    ("", "吴　刚", ["市交通运输局副局长"]),
    ("", "郑　华", ["市公安局副局长"]),
    ("", "冯　军", ["市行政审批服务局副局长"]),
    ("", "马　丽", ["国网宝鸡供电公司副总经理"]),
    ("", "杨　帆", ["中国移动通信集团陕西有限公司宝鸡分公司", "总经理"]),
    ("", "何　斌", ["中国电信宝鸡分公司总经理"]),
    ("", "高　峰", ["中国联通宝鸡市分公司总经理"]),
    ("", "罗　晨", ["中国铁塔宝鸡市分公司总经理"]),
]

# ("p", text) indented paragraph; ("h", text) heading; ("c", text, size) centred;
# ("r", text) right-aligned; ("n", text[, size]) unindented; ("gap", pts); ("page",)
BLOCKS = [
    ("n", "各县区人民政府，宝鸡高新区管委会，市政府各工作部门、直属机构："),
    ("p", f"《{PLAN}》已经市政府同意，现印发给你们，请结合实际，认真组织实施。"),
    ("gap", 16),
    ("r", "宝鸡市人民政府办公室"),
    ("r", "2021年9月18日"),
    ("p", "（此件公开发布）"),
    ("gap", 10),
    ("c", "宝鸡市“5G+工业互联网”和“双千兆”", 18),
    ("c", "网络建设三年行动方案", 18),
    ("gap", 4),
    ("p", "为深入贯彻《工业和信息化部关于印发“双千兆”网络协同发展行动计划（2021-2023年）的通知》（工信部通信〔2021〕34号）、"
          "《工业和信息化部办公厅关于印发“5G+工业互联网”512工程推进方案的通知》（工信厅信管〔2019〕78号）和"
          "《陕西省人民政府办公厅关于加快5G网络建设和应用的实施意见》（陕政办发〔2020〕5号）精神，落实"
          "《宝鸡市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》部署，加快建设以5G和千兆光网为代表的"
          "“双千兆”网络，推动“5G+工业互联网”融合发展，制定本方案。"),
    ("h", "一、发展现状"),
    ("p", "截至2020年底，全市累计建成5G基站1862个，每万人拥有5G基站数为5.6个；城市家庭千兆光纤网络覆盖率为41.3%，"
          "5G用户达到68.5万户；规模以上工业企业上云率为23%，建成省级工业互联网平台3个。对照国家“千兆城市”评价指标"
          "（城市家庭千兆光纤网络覆盖率不低于80%、每万人拥有5G基站数不低于12个），我市网络覆盖深度和融合应用水平仍有较大差距。"),
    ("h", "二、总体目标"),
    ("p", "到2023年底，全市“双千兆”网络覆盖广度和深度显著提升，“5G+工业互联网”融合应用走在全省前列。具体目标如下："),
    ("p", "（一）网络设施。累计建成5G基站7000个以上，其中2021年、2022年分别新建5G基站1800个、2000个；"
          "每万人拥有5G基站数达到20个以上；城市家庭千兆光纤网络覆盖率超过90%，城市10G-PON端口占比不低于30%。"),
    ("p", "（二）用户发展。5G用户占比达到45%，500Mbps及以上用户占比力争达到20%，千兆宽带用户数突破25万户。"),
    ("p", "（三）融合应用。培育“双千兆”应用创新案例10个以上，建成“5G+工业互联网”示范工厂15个，"
          "规模以上工业企业上云率达到50%，省级工业互联网平台达到8个，“5G+工业互联网”相关产业规模达到60亿元。"),
    ("h", "三、重点任务"),
    ("p", "（一）推进网络设施提速扩容。加快5G网络和千兆光网协同建设，推动城域网和接入网升级改造。"),
    ("p", "（二）深化“5G+工业互联网”融合应用。聚焦钛及钛合金、机床工具等优势产业，打造一批标杆工厂和典型场景。"),
    ("p", "（三）优化网络建设发展环境。强化规划衔接、资源开放、电力保障和设施保护。"),
    ("p", "各项任务的牵头单位、责任单位和完成时限详见附件1。"),
    ("h", "四、保障措施"),
    ("p", f"（一）加强组织领导。成立宝鸡市“5G+工业互联网”和“双千兆”网络建设工作领导小组（成员名单见附件2），"
          "领导小组办公室设在市工业和信息化局，负责日常协调工作。建立“月调度、季通报”工作机制。"),
    ("p", "（二）强化政策支持。统筹用好市级工业发展专项资金，对“5G+工业互联网”示范项目给予支持。"),
    ("gap", 8),
    ("att", "附件：", ["1. " + ANNEX1, "2. " + ANNEX2]),
    ("page",),
    ("n", "附件1"),
    ("gap", 4),
    ("c", ANNEX1, 16),
    ("gap", 2),
    ("table",),
    ("page",),
    ("n", "附件2"),
    ("gap", 4),
    ("c", "宝鸡市“5G+工业互联网”和“双千兆”网络建设", 16),
    ("c", "工作领导小组成员名单", 16),
    ("gap", 10),
    ("members",),
    ("gap", 6),
    ("p", "领导小组办公室设在市工业和信息化局，王磊同志兼任办公室主任。"),
    ("bottom",),
    ("rule",),
    ("n", "抄送：市委各部门，市人大常委会办公室，市政协办公室，宝鸡军分区，市中级人民法院，市人民检察院。", 12),
    ("rule",),
    ("n", "宝鸡市人民政府办公室　　　　　　　　　　　　2021年9月22日印发", 12),
    ("rule",),
]


class Writer(LineWriter):
    def __init__(self, path):
        super().__init__(path, FONT, "宝鸡市人民政府办公室关于印发" + PLAN + "的通知", LEAD)
        self.table_pages = []

    # ---- 附件1: ruled table, merged 任务类别 cells, header repeated on the next page ----
    def table(self):
        cols = [9 * mm, 13 * mm, 54 * mm, 26 * mm, 32 * mm, 0]
        cols[-1] = TEXT_W - sum(cols)
        xs = [LEFT]
        for w in cols:
            xs.append(xs[-1] + w)
        size, lead, pad = 10.5, 14.5, 4
        header = ("序号", "任务类别", "重点任务", "牵头单位", "责任单位", "完成时限")
        c = self.c
        c.setLineWidth(0.6)

        def cell_lines(row):
            return [wrap(v, size, w - 2 * pad) if j != 1 else [] for j, (v, w) in enumerate(zip(row, cols))]

        def height(cells):
            return max(len(x) for x in cells) * lead + 2 * pad

        def draw_cells(cells, y, header_row=False):
            c.setFont(FONT, size)
            for j, cell in enumerate(cells):
                ty = y - pad - size + 1
                for ln in cell:
                    if header_row or j in (0, 5):
                        c.drawCentredString(xs[j] + cols[j] / 2, ty, ln)
                    else:
                        c.drawString(xs[j] + pad, ty, ln)
                    self.lines.append((self.page, ln))
                    ty -= lead

        def draw_header(y):
            cells = [wrap(v, size, w - 2 * pad) for v, w in zip(header, cols)]
            h = height(cells)
            c.line(LEFT, y, LEFT + TEXT_W, y)
            draw_cells(cells, y, header_row=True)
            return y - h

        def close_segment(top, y, spans):
            """Bottom rule, vertical rules, and the 任务类别 text of each span on this page."""
            c.line(LEFT, y, LEFT + TEXT_W, y)
            for x in xs:
                c.line(x, top, x, y)
            for cat, y0, y1, first in spans:
                if not first:  # continuation of a span from the previous page: left blank
                    continue
                cl = wrap(cat, size, cols[1] - 2 * pad)
                mid = (y0 + y1) / 2
                ty = mid + (len(cl) * lead) / 2 - size + 1
                c.setFont(FONT, size)
                for ln in cl:
                    c.drawCentredString(xs[1] + cols[1] / 2, ty, ln)
                    self.lines.append((self.page, ln))
                    ty -= lead

        top = self.y - 4
        y = draw_header(top)
        seg_top = top
        spans = []  # (category, y_top, y_bottom, drawn_here)
        prev_cat = None
        self.table_pages.append(self.page)
        for row in TASKS:
            cells = cell_lines(row)
            h = height(cells)
            if y - h < BOTTOM:
                close_segment(seg_top, y, spans)
                self.new_page()
                self.table_pages.append(self.page)
                seg_top = self.y - 4
                y = draw_header(seg_top)
                spans = []
                if row[1] == prev_cat:
                    spans.append((row[1], y, y, False))
            cat = row[1]
            if spans and spans[-1][0] == cat:
                name, y0, _, first = spans[-1]
                spans[-1] = (name, y0, y - h, first)
                # row boundary inside a merged span: no rule through the 任务类别 column
                c.line(xs[0], y, xs[1], y)
                c.line(xs[2], y, xs[-1], y)
            else:
                spans.append((cat, y, y - h, True))
                c.line(LEFT, y, LEFT + TEXT_W, y)
            draw_cells(cells, y)
            y -= h
            prev_cat = cat
        close_segment(seg_top, y, spans)
        self.y = y

    # ---- 附件2: unruled three-column member list ----
    def members(self):
        x_role, x_name, x_pos = LEFT + 8 * mm, LEFT + 32 * mm, LEFT + 60 * mm
        lead = 24
        for role, name, pos in MEMBERS:
            for k, ln in enumerate(pos):
                self.need(lead)
                self.y -= lead
                self.c.setFont(FONT, BODY)
                if k == 0:
                    if role:
                        self.c.drawString(x_role, self.y, role)
                        self.lines.append((self.page, role))
                    self.c.drawString(x_name, self.y, name)
                    self.lines.append((self.page, name))
                self.c.drawString(x_pos, self.y, ln)
                self.lines.append((self.page, ln))



def attachment_list(w, b):
    """附件说明: the label, then the items with a hanging indent."""
    x0 = LEFT + 2 * BODY + pdfmetrics.stringWidth(b[1], FONT, BODY)
    numw = pdfmetrics.stringWidth("1. ", FONT, BODY)
    for k, item in enumerate(b[2]):
        for i, ln in enumerate(wrap(item, BODY, PAGE_W - RIGHT - x0 - numw, -numw)):
            if k == 0 and i == 0:
                w.line(b[1] + ln, x=LEFT + 2 * BODY)
            else:
                w.line(ln, x=x0 + (0 if i == 0 else numw))


def to_the_foot(w):
    """版记 at the foot of the last page."""
    w.y = max(min(w.y, BOTTOM + 4 * 22 + 24), BOTTOM + 4 * 22)


def build(path=OUT):
    path.parent.mkdir(parents=True, exist_ok=True)
    w = Writer(path)
    w.red_header("宝鸡市人民政府办公室文件", "宝政办发（2021）27号", size=30, lead=42, after=10)
    w.line("宝鸡市人民政府办公室关于印发宝鸡市“5G+工业互联网”", size=18, align="center", lead=28)
    w.line("和“双千兆”网络建设三年行动方案的通知", size=18, align="center", lead=28)
    w.y -= 10
    w.blocks(BLOCKS, {"table": lambda b: w.table(), "att": lambda b: attachment_list(w, b),
                      "members": lambda b: w.members(), "bottom": lambda b: to_the_foot(w)})
    w.save()
    return w


if __name__ == "__main__":
    w = build()
    for page, ln in w.lines:
        print(page, ln)
    print(OUT, "pages:", w.page, "table pages:", w.table_pages)
