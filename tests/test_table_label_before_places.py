"""A table caption opening with its label (表1 / 附表2：) before the places it lists: a column headed only by a task
(2024年改造任务（户）) still takes the thing the caption names (农村户厕改造任务). Notices of our own."""
from __future__ import annotations

from tests.notice_targets import target_rows

NOTICE = """# 石门县人民政府办公室关于印发2024年农村户厕改造实施方案的通知

各乡镇人民政府：

到2024年底，全县完成农村户厕改造3000户。各乡镇任务见附表2。

附表2：各乡镇农村户厕改造任务分解表

| 乡镇 | 2024年改造任务（户） |
| --- | --- |
| 楚江街道 | 800 |
| 皂市镇 | 700 |
| 新关镇 | 900 |
| 夹山镇 | 600 |
| 合计 | 3000 |

石门县人民政府办公室

2024年3月12日
"""


def test_a_labelled_caption_names_the_task_column(tmp_path):
    for k, label in enumerate(("附表2：", "表1\u3000", "表3 ")):
        path = tmp_path / f"toilets{k}.md"
        path.write_text(NOTICE.replace("附表2：", label), encoding="utf-8")
        town = [r for r in target_rows(path) if r[5] == "皂市镇"]
        assert town and town[0][3] == 700 and town[0][1] == "农村户厕改造任务", label
