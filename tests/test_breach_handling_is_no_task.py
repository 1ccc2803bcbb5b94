"""In rules written as articles, an organ handling a case a condition names (涉及…的，X按照…处理 / …的，由X依法查处) answers a
breach: no work assigned. A step the condition opens (公示无异议的，X拨付…) stays a task. Notices of our own."""
from __future__ import annotations

from tests.assigned_tasks import assigned_tasks

RULES = """某省科学技术厅关于印发《某省科技计划项目验收管理办法》的通知
各设区市科技局，省直有关单位：
现将《某省科技计划项目验收管理办法》印发给你们，请遵照执行。
第一条 为规范科技计划项目验收管理，制定本办法。
第二条 项目承担单位应当在项目执行期满后3个月内提出验收申请。
第三条 验收通过的，省科学技术厅在10个工作日内将结果通知项目承担单位。
第四条 涉及科研诚信的，省科学技术厅按照科研诚信相关管理办法处理。
第五条 弄虚作假骗取财政资金的，由省财政厅依法查处。
第六条 本办法自发布之日起施行。
某省科学技术厅
2024年5月6日
"""


def test_handling_a_breach_is_no_task_a_step_is(tmp_path):
    path = tmp_path / "rules.txt"
    path.write_text(RULES, encoding="utf-8")
    tasks = assigned_tasks(path)
    assert not [t for t in tasks if "科研诚信" in t[0] or "依法查处" in t[0]]
    assert [t for t in tasks if t[0].startswith("验收通过的") or "将结果通知" in t[0]]
