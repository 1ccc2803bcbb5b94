"""A level that sets off a response: a figure a rule watches for, not a goal to reach.

``库存低于正常水平80%时发布蓝色警报`` / ``价格涨幅超过10%时，启动三级响应`` / ``达到80%时发布橙色预警``: the
figure is the trigger of the warning or response (a rule, ``requirement``), and its value is the level itself (``=``):
低于/高于 say which side of it sets the response off, not a bound the figure must keep.
"""
from __future__ import annotations

import regex

from extractors.comparators import suffix_length

# after the figure: (以上/以下)时，启动黄色预警 / 时即触发应急响应 / 时发布预警信息 / 的，启动Ⅲ级响应 /
# (0.5米以上)时，立即启动防汛Ⅳ级应急响应
TRIGGERS = regex.compile(
    r"(?:[^，,。；;：:]{0,8}?)(?:时|的)[，,]?(?:即|应|要|立即|及时|适时|自动|须|将)?"
    r"(?:启动|触发|发布|进入|发出|升级为?|实行)"
    r"[^，,。；;]{0,12}?(?:预警|响应|预案|应急机制|调控机制|警报)"
)


def trigger_level(text: str, q, c_end: int) -> bool:
    """Whether the figure at ``q`` is the level that sets off a warning or response (…超过15%时启动预警)."""
    return bool(TRIGGERS.match(text, q.end + suffix_length(text, q, c_end), min(len(text), c_end + 30)))
