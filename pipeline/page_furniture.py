"""A portal page's row of buttons and a reader's or an account's byline, copied with a notice: the patterns
normalization and structure both leave out.

Normalization drops such a line from the text's flow (it never joins a wrapped sentence); structure skips it
among the lines before a title. One pattern for both, here, so that neither reads the other's module.
"""
from __future__ import annotations

import regex

# 【字体：大 中 小】【打印】【关闭】, 【字体：大 中 小】　打印本页　关闭窗口: a portal page's row of buttons (a
# bracketed one first, then bracketed or bare button words); a regex source, for alternations of line kinds
PAGE_BUTTONS = (r"(?:[【\[][^【】\[\]]{1,12}[】\]])(?:\s*(?:[【\[][^【】\[\]]{1,12}[】\]]"
                r"|打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到?|返回顶部|返回|纠错))*\s*")

# *www.x.gov.cn*·某区人民政府·2025-03-20·阅读时长约11分钟, 原创 某发布 2024-03-12 09:30 发表于广东: a reader's or an
# account's byline (a web date among short pieces, no sentence); a regex source, for alternations of line kinds
BYLINE = (r"(?=[^。；！？]{0,80}$)(?:.*[·•].*\d{4}-\d{1,2}-\d{1,2}.*|.*\d{4}-\d{1,2}-\d{1,2}.*[·•].*"
          r"|原创\s*.*\d{4}-\d{1,2}-\d{1,2}.*)")

# 当前位置：首页>政务公开>通知公告, 首页 » 新闻中心, 【打印】【关闭】, a byline: a portal page's breadcrumb, row of
# buttons or byline copied with the notice, a line of its own however long (never a wrapped sentence's piece)
PAGE_FURNITURE = regex.compile(
    r"^\s*(?:(?:当前|您的|您现在的|现在|所在)位置\s*[:：].*|首页\s*[>»›/].*|" + PAGE_BUTTONS + "|" + BYLINE + ")$")
