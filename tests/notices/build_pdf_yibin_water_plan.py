"""Build tests/notices/pdf_yibin_water_plan.pdf, a test notice of our own in the GB/T 9704 look (a DOCX
written with python-docx, converted with LibreOffice, as tests/unseen7/build_c1.py does):

    .venv/bin/python -m tests.notices.build_pdf_yibin_water_plan

What it tests: the signature and the 成文日期 set right, one under the other, with （此件公开发布） under
them and a later 印发 date in the 版记; a task table whose rows hold long lists of units, so that a row
runs on over a page break (its cells cut in two). python-docx and soffice are needed only to rebuild it.
"""
import subprocess
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.notice_docx import a4_notice
from tests.unseen7.build_c1 import HEITI, XBS, cell_text, para, repeat_header, set_widths

HERE = Path(__file__).resolve().parent
DOCX = HERE / "pdf_yibin_water_plan.docx"
HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")

#: 重点任务, 牵头单位, 配合单位, 完成时限 (long 配合单位 lists, so a row is cut by a page break)
TASKS = [
    ("开展长江宜宾段岸线保护和利用专项整治，清理整治非法码头、非法采砂点",
     "市水利局", "市交通运输局、市自然资源和规划局、市生态环境局、市农业农村局、市公安局、翠屏区人民政府、"
                "叙州区人民政府、南溪区人民政府、江安县人民政府", "2024年12月底前"),
    ("推进城镇污水处理提质增效，新建和改造城镇污水管网，消除管网空白区",
     "市住房城乡建设局", "市发展改革委、市财政局、市生态环境局、市水利局、四川宜宾港集团有限公司临港水务分公司、"
                       "各县（区）人民政府", "2025年12月底前"),
    ("实施农村黑臭水体治理，建立治理清单并逐一销号",
     "市生态环境局", "市农业农村局、市住房城乡建设局、市水利局、市乡村振兴局、各县（区）人民政府", "2025年6月底前"),
    ("落实河湖长制，开展河湖“清四乱”常态化规范化整治",
     "市水利局", "市河长制办公室成员单位、市公安局、市自然资源和规划局、市生态环境局、市住房城乡建设局、"
                "市交通运输局、市农业农村局、各县（区）人民政府", "长期坚持"),
    ("建设重点河段水质自动监测站，实现主要支流出境断面监测全覆盖",
     "市生态环境局", "市财政局、市水利局、中国电信股份有限公司宜宾分公司、中国移动通信集团四川有限公司宜宾分公司、"
                    "各县（区）人民政府", "2024年6月底前"),
    ("开展饮用水水源地规范化建设，完成县级以上水源地保护区勘界立标",
     "市生态环境局", "市水利局、市卫生健康委、市自然资源和规划局、市住房城乡建设局、各县（区）人民政府", "2024年10月底前"),
    ("推进工业园区污水集中处理设施建设和提标改造，实现园区污水应收尽收",
     "市经济和信息化局", "市生态环境局、市住房城乡建设局、市发展改革委、宜宾三江新区管委会、宜宾临港经济技术开发区管委会、"
                        "各县（区）人民政府", "2025年12月底前"),
    ("建立流域横向生态保护补偿机制，落实上下游补偿资金",
     "市财政局", "市生态环境局、市水利局、市发展改革委、各县（区）人民政府", "2024年12月底前"),
]


def build():
    doc = a4_notice()
    C, R, L = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT
    para(doc, "宜宾市水利局文件", XBS, 30, False, C, False, line=50, after=12)
    para(doc, "宜市水发〔2024〕12号", align=C, indent=False, after=12)
    para(doc, "宜宾市水利局关于印发《宜宾市长江干支流水生态保护行动方案》的通知", XBS, 22, False, C, False, line=36,
         after=12)
    para(doc, "各县（区）水利局，局机关各科室、直属各单位：", indent=False)
    para(doc, "现将《宜宾市长江干支流水生态保护行动方案》印发给你们，请结合实际认真贯彻落实。")
    para(doc, "附件：宜宾市长江干支流水生态保护重点任务分工表")
    para(doc, "")
    para(doc, "宜宾市水利局", align=R, indent=False)
    para(doc, "2024年3月8日", align=R, indent=False)
    para(doc, "（此件公开发布）")
    para(doc, "附件", HEITI, 16, False, L, False).paragraph_format.page_break_before = True
    para(doc, "宜宾市长江干支流水生态保护重点任务分工表", XBS, 20, False, C, False, line=36, after=12)
    table = doc.add_table(rows=len(TASKS) + 1, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(table.rows[0])
    for row, values in zip(table.rows, [HEADER, *[(str(n), *task) for n, task in enumerate(TASKS, 1)]]):
        head = row is table.rows[0]
        for column, (cell, value) in enumerate(zip(row.cells, values)):
            # the header in bold 黑体; the task and the partner lists ranged left, the short cells centred
            cell_text(cell, value, 12, head, HEITI if head else "仿宋_GB2312", L if column in (1, 3) and not head else C)
    set_widths(table, (1.1, 5.6, 2.7, 4.3, 1.9))
    para(doc, "")
    para(doc, "宜宾市水利局办公室　　　　　　　　　　2024年3月12日印发", indent=False, size=14)
    doc.save(DOCX)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(DOCX)], check=True)
    DOCX.unlink()


if __name__ == "__main__":
    build()
