"""A portal page's row of buttons copied with a notice: the pattern normalization and structure both leave out.

Normalization drops such a line from the text's flow (it never joins a wrapped sentence); structure skips it
among the lines before a title. One pattern for both, here, so that neither reads the other's module.
"""
from __future__ import annotations

# 【字体：大 中 小】【打印】【关闭】, 【字体：大 中 小】　打印本页　关闭窗口: a portal page's row of buttons (a
# bracketed one first, then bracketed or bare button words); a regex source, for alternations of line kinds
PAGE_BUTTONS = (r"(?:[【\[][^【】\[\]]{1,12}[】\]])(?:\s*(?:[【\[][^【】\[\]]{1,12}[】\]]"
                r"|打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到?|返回顶部|返回|纠错))*\s*")
