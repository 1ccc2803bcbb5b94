"""A space-aligned table whose header cells are wider than the figures under them: with one header cell per column
the header is read in order, so that each column keeps its own name (a header starting further right than its
figures once fell to the next column and left its own unnamed). Notices of our own; figures read from each text."""
from __future__ import annotations

from tests.notice_targets import target_rows

NOTICE = (
    "平塘县卫生健康局关于下达2024年基层医疗卫生服务能力提升任务的通知\n\n各乡镇卫生院：\n"
    "为提升基层医疗卫生服务能力，现将2024年各乡镇任务下达如下。\n"
    "各乡镇年度任务如下：\n\n"
    "乡　镇\u3000\u3000家庭医生签约人数（人）\u3000\u3000慢病随访次数（次）\u3000\u3000巡诊村数（个）\n"
    "平湖镇\u3000\u30003200\u3000\u30004800\u3000\u300012\n"
    "克度镇\u3000\u30002100\u3000\u30003150\u3000\u30009\n"
    "塘边镇\u3000\u30001800\u3000\u30002700\u3000\u30008\n"
    "总\u3000计\u3000\u30007100\u3000\u300010650\u3000\u300029\n\n"
    "各卫生院要于2024年12月底前完成上述任务。\n\n平塘县卫生健康局\n2024年2月20日\n"
)


def test_wide_header_cells_name_their_own_columns(tmp_path):
    path = tmp_path / "health.txt"
    path.write_text(NOTICE, encoding="utf-8")
    rows = {(r[1], r[3], r[5]) for r in target_rows(path)}
    assert ("家庭医生签约人数", 3200, "平湖镇") in rows
    assert ("慢病随访次数", 4800, "平湖镇") in rows
    assert ("巡诊村数", 9, "克度镇") in rows
    assert ("慢病随访次数", 2700, "塘边镇") in rows
    assert not [r for r in rows if "巡诊村数" in r[0] and "慢病" in r[0]]  # two headers run together
