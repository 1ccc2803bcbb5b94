import json
from pathlib import Path
def T(raw, comp, val, unit, kind, scope, deadline=None, ind=None, vmax=None, rank=None, notes=None):
    d = {"indicator": ind, "indicator_raw": raw, "kind": kind, "scope": scope, "comparator": comp,
         "value": val, "value_max": vmax, "unit": unit, "deadline": deadline, "rank": rank}
    if notes: d["notes"] = notes
    return d
def K(start, lead=(), resp=(), partner=(), deadline=None, raw=None, rec=None):
    return {"text_start": start, "lead": list(lead), "responsible": list(resp), "partner": list(partner),
            "deadline": deadline, "deadline_raw": raw, "recurrence": rec}
def M(role, person, position, org):
    return {"role": role, "person": person, "position": position, "organization": org}
def write(id_, metadata, citations, targets, tasks, taskforces, notes):
    d = {"notice": id_, "match": [id_ + "_"], "tasks_scope": "assigned",
         "target_kinds": ["target", "actual", "baseline", "requirement", "support"],
         "metadata": metadata, "citations": citations, "targets": targets, "tasks": tasks,
         "taskforces": taskforces, "notes": notes}
    p = Path(__file__).parent / "gold" / f"{id_}.json"
    p.write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")
    print(id_, len(targets), len(tasks), sum(len(t["members"]) for t in taskforces))
