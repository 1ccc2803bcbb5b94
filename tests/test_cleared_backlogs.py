"""清零 (动态清零, 基本清零) clears a backlog: it writes no figure, unlike a goal of none at all (零发生: 0 起).
Notices of our own."""
from __future__ import annotations

from tests.notice_targets import target_rows

NOTICE = ("湄江县人力资源和社会保障局关于做好春节前农民工工资支付工作的通知\n\n各乡镇人民政府：\n"
          "确保春节前欠薪案件动态清零，无证经营户基本清零，全县较大及以上安全事故零发生。"
          "全年开发公益性岗位不少于200个。\n\n湄江县人力资源和社会保障局\n2024年1月5日\n")


def test_cleared_backlogs_give_no_figure(tmp_path):
    path = tmp_path / "wages.txt"
    path.write_text(NOTICE, encoding="utf-8")
    rows = target_rows(path)
    zeros = [r for r in rows if r[3] == 0]
    assert len(zeros) == 1 and "安全事故" in zeros[0][1]  # 零发生 stays a goal of 0
    assert [r for r in rows if r[3] == 200]
