"""Build tests/unseen2/notices/v1_weifang_gigabit_plan.pdf, a blind test notice.

A prefecture-level city notice (潍坊市人民政府办公室, 山东省, 2022) issuing a "千兆城市"
plan, drawn line by line with reportlab so the PDF has hard-wrapped lines (numbers and
agency names broken across lines), a red 版头 line, page numbers "— N —" and a ruled task
table (grid drawn with canvas.line) on its last page. Font: reportlab's built-in CID font
STSong-Light. reportlab is only needed to build this file (not a project dependency).
Expected facts: tests/unseen2/gold/v1.json.   Run with a Python that has reportlab (helpers in
tests/notice_pdf.py):  python tests/unseen2/build_v1.py
"""
import sys
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

OUT = Path(__file__).resolve().parent / "notices" / "v1_weifang_gigabit_plan.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.notice_pdf import LEFT, TEXT_W, LineWriter  # noqa: E402
from tests.notice_pdf import wrap as wrap_in  # noqa: E402

LEAD = 22
wrap = partial(wrap_in, FONT)

TASKS = [
    ("1", "推进城市家庭千兆光网改造升级，新增光纤宽带端口全部具备千兆接入能力。",
     "市工业和信息化局", "各县（市、区）人民政府、各基础电信企业", "2022年12月底前"),
    ("2", "结合城镇老旧小区改造，同步实施通信管线和光纤到户改造。",
     "市住房城乡建设局", "市工业和信息化局、各基础电信企业", "2022年10月底前"),
    ("3", "加快10G-PON设备规模部署，提升城域网承载能力。",
     "各基础电信企业", "市工业和信息化局", "持续推进"),
    ("4", "将5G基站站址和通信管道纳入国土空间规划，保障站址用地需求。",
     "市自然资源和规划局", "市工业和信息化局、中国铁塔潍坊市分公司", "2022年9月底前"),
    ("5", "推动公共建筑和杆塔资源向5G基站建设免费开放，发布年度开放资源清单。",
     "市机关事务服务中心", "市住房城乡建设局、市交通运输局、市城市管理局", "每年3月底前"),
    ("6", "推进5G基站转供电改直供电，落实基站电费优惠政策。",
     "国网潍坊供电公司", "市发展改革委、中国铁塔潍坊市分公司", "2022年12月底前"),
    ("7", "开展“双千兆”应用创新案例征集评选，打造“5G+工业互联网”“5G+智慧农业”标杆场景。",
     "市工业和信息化局", "市农业农村局、市教育局、市卫生健康委", "每季度"),
    ("8", "依法打击盗窃、破坏通信设施和阻挠通信设施建设等违法行为。",
     "市公安局", "各县（市、区）人民政府", "持续推进"),
]

# ("p", text) indented paragraph; ("h", text) heading; ("c", text, size) centred;
# ("r", text) right-aligned; ("n", text) unindented; ("gap", pts); ("page",)
BLOCKS = [
    ("n", "各县（市、区）人民政府，市属各开发区管委会，市政府各部门、各直属机构："),
    ("p", "《潍坊市争创“千兆城市”实施方案》已经市政府同意，现印发给你们，请认真组织实施。"),
    ("gap", 16),
    ("r", "潍坊市人民政府办公室"),
    ("r", "2022年5月16日"),
    ("p", "（此件公开发布）"),
    ("gap", 12),
    ("c", "潍坊市争创“千兆城市”实施方案", 18),
    ("gap", 6),
    ("p", "为深入贯彻《工业和信息化部关于印发“双千兆”网络协同发展行动计划（2021-2023年）的通知》"
          "（工信部通信〔2021〕34号）和《山东省“十四五”数字强省建设规划》（鲁政字〔2021〕128号）部署要求，"
          "加快推进以千兆光网和5G为代表的“双千兆”网络建设，争创国家“千兆城市”，结合我市实际，制定本方案。"),
    ("h", "一、发展现状"),
    ("p", "近年来，各部门、各基础电信企业协同推进，我市“双千兆”网络建设取得积极进展，基础不断夯实。截至2021年底，全市5G基站总数为12600个，"
          "每万人拥有5G基站数为13.4个，城市家庭千兆光纤网络覆盖率为86.5%，千兆宽带用户数为21.8万户。"
          "但与国家“千兆城市”评价标准相比，全市城市10G-PON端口占比、500Mbps及以上用户占比仍有差距。"),
    ("h", "二、工作目标"),
    ("p", "到2022年底，全市5G网络覆盖水平和千兆接入能力全面提升，累计建成5G基站1.6万个以上，"
          "每万人拥有5G基站数达到17个以上；"
          "城市家庭千兆光纤网络覆盖率力争达到100%，城市10G-PON及以上端口占比超过35.6%，"
          "500Mbps及以上用户占比达到25%，5G用户占比不低于50%；重点场所5G网络通达率达到95%以上，"
          "培育“双千兆”应用创新案例10个以上，确保通过国家“千兆城市”评估验收。"),
    ("p", "到2023年底，全市新建5G基站4000个，千兆宽带用户数突破60万户，“双千兆”网络支撑能力位居全省前列。"),
    ("h", "三、重点任务"),
    ("p", "（一）推进千兆光网提速扩容。加快城市家庭千兆光网改造升级，推动10G-PON设备规模部署，"
          "新增光纤宽带端口全部具备千兆接入能力。"),
    ("p", "（二）加快5G网络深度覆盖。优先实现中心城区、县城、重点产业园区、交通枢纽等区域5G网络连续覆盖，"
          "逐步向乡镇和农村延伸。"),
    ("p", "（三）深化“双千兆”融合应用。聚焦高端装备、动力装备、现代农业等优势领域，"
          "打造一批“5G+工业互联网”“5G+智慧农业”标杆场景。"),
    ("p", "（四）优化网络建设环境。强化规划引领、公共资源开放、电力保障和设施保护，为“双千兆”网络建设营造良好环境。"),
    ("p", "各项任务的牵头单位、配合单位和完成时限详见附件。"),
    ("h", "四、保障措施"),
    ("p", "（一）加强统筹协调。在市“双千兆”网络建设工作领导小组统筹下，建立“周调度、月通报”工作机制，"
          "协调解决网络建设中的重大问题。"),
    ("p", "（二）强化政策支持。统筹用好市级工业转型发展资金，对“双千兆”网络建设和应用创新项目给予支持。"),
    ("p", "（三）加强宣传引导。充分利用各类媒体，广泛宣传“千兆城市”创建成果，营造全社会支持网络建设的良好氛围。"),
    ("gap", 8),
    ("n", "附件：潍坊市争创“千兆城市”重点任务分工表"),
    ("page",),
    ("n", "附件"),
    ("c", "潍坊市争创“千兆城市”重点任务分工表", 16),
    ("gap", 4),
    ("table",),
    ("gap", 20),
    ("rule",),
    ("n", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。", 12),
    ("rule",),
    ("n", "潍坊市人民政府办公室　　　　　　　　　　　　2022年5月18日印发", 12),
    ("rule",),
]


class Writer(LineWriter):
    def __init__(self, path):
        super().__init__(path, FONT, "潍坊市人民政府办公室关于印发潍坊市争创“千兆城市”实施方案的通知", LEAD)

    def table(self):
        cols = [12 * mm, 56 * mm, 30 * mm, 40 * mm, 0]
        cols[-1] = TEXT_W - sum(cols)
        size, lead, pad = 10.5, 14, 4
        header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
        rows = [header] + TASKS
        c = self.c
        c.setLineWidth(0.6)
        top = self.y - 4
        y = top
        for r, row in enumerate(rows):
            cells = [wrap(v, size, w - 2 * pad) for v, w in zip(row, cols)]
            h = max(len(x) for x in cells) * lead + 2 * pad
            c.line(LEFT, y, LEFT + TEXT_W, y)
            x = LEFT
            c.setFont(FONT, size)
            for j, (cell, w) in enumerate(zip(cells, cols)):
                ty = y - pad - size
                for ln in cell:
                    if r == 0 or j in (0, 4):
                        c.drawCentredString(x + w / 2, ty, ln)
                    else:
                        c.drawString(x + pad, ty, ln)
                    self.lines.append((self.page, ln))
                    ty -= lead
                x += w
            y -= h
        c.line(LEFT, y, LEFT + TEXT_W, y)
        x = LEFT
        for w in cols + [0]:
            c.line(x, top, x, y)
            x += w
        self.y = y



def build(path=OUT):
    path.parent.mkdir(parents=True, exist_ok=True)
    w = Writer(path)
    w.red_header("潍坊市人民政府办公室文件", "潍政办字〔2022〕35号", size=28, lead=40, after=14)
    w.line("潍坊市人民政府办公室", size=20, align="center", lead=30)
    w.line("关于印发潍坊市争创“千兆城市”实施方案的通知", size=20, align="center", lead=30)
    w.y -= 12
    w.blocks(BLOCKS, {"table": lambda b: w.table()})
    w.save()
    return w


if __name__ == "__main__":
    w = build()
    for page, ln in w.lines:
        print(page, ln)
    print(OUT, "pages:", w.page)
