"""Page furniture copied with a notice: what normalization and structure leave out.

A portal page's row of buttons and a reader's or an account's byline: normalization keeps such a line out of the
text's flow (it never joins a wrapped sentence), structure skips it among the lines before a title (one pattern for
both, here, so that neither reads the other's module). A printer's running head repeated at every page top, an
article page's counters and buttons (阅读 1.2万, 分享 收藏 点赞 在看) and the other articles it lists under a notice it
reposts (往期推荐), a portal page's links to the pages before and after it (上一篇：…) and the pages it lists as
related (相关文件): normalization drops those lines from the text (:class:`FurnitureLines`).
"""
from __future__ import annotations

from collections import Counter

import regex

# 【字体：大 中 小】【打印】【关闭】, 【字体：大 中 小】　打印本页　关闭窗口: a portal page's row of buttons (a
# bracketed one first, then bracketed or bare button words); a regex source, for alternations of line kinds
PAGE_BUTTONS = (r"(?:[【\[][^【】\[\]]{1,12}[】\]])(?:\s*(?:[【\[][^【】\[\]]{1,12}[】\]]"
                r"|打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到?(?:微信|微博|朋友圈|QQ空间|QQ)?|返回顶部|返回"
                r"|纠错))*\s*")

# 2022-09-07 18:30　来源：某州人民政府网　【字号 大 中 小】　打印 / 2024年05月16日 来源：某局 浏览次数：962 / 2023-11-06
# 09:30:12: a portal page's publication stamp (a date, then the page's labels and buttons, or its time alone); a regex source
_STAMP_LABELS = r"(?:来源|信息来源|作者|发布|浏览|阅读|点击|访问|编辑|责任编辑|字号|字体)\s*[:：][^。；;！？]*"
PAGE_STAMP = (r"\d{4}(?:\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:"
              + _STAMP_LABELS + "|" + PAGE_BUTTONS + ")?|" + _STAMP_LABELS + ")")
# 首页 / 政务公开 / 政府文件 , 首页 > 新闻中心: a portal page's breadcrumb; a regex source
BREADCRUMB = r"首页\s*[>»›/／].*"

# *www.x.gov.cn*·某区人民政府·2025-03-20·阅读时长约11分钟, 原创 某发布 2024-03-12 09:30 发表于广东: a reader's or an
# account's byline (a web date among short pieces, no sentence); a regex source, for alternations of line kinds
# / 原创 某卫健 2024年05月22日 17:46 山东, 2024-06-07 18:30 发表于四川, 某某发布 2024-03-05 18:20 某省, 某某发布
# 2024-03-05 18:20 发表于某省 (an account's post line)
BYLINE = (r"(?=[^。；！？]{0,80}$)(?:.*[·•].*\d{4}-\d{1,2}-\d{1,2}.*|.*\d{4}-\d{1,2}-\d{1,2}.*[·•].*"
          r"|原创\s*.*\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日).*"
          r"|\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}\s*发表于\s*\p{Han}{1,8}"
          r"|\p{Han}{2,12}\s*\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}\s*"
          r"(?:发表于\s*\p{Han}{1,8}|\p{Han}{2,4})?)")

# 当前位置：首页>政务公开>通知公告, 首页 » 新闻中心, 【打印】【关闭】, a byline: a portal page's breadcrumb, row of
# buttons or byline copied with the notice, a line of its own however long (never a wrapped sentence's piece)
PAGE_FURNITURE = regex.compile(
    r"^\s*(?:(?:当前|您的|您现在的|现在|所在)位置\s*[:：].*|" + BREADCRUMB + "|" + PAGE_BUTTONS + "|" + PAGE_STAMP + "|" + BYLINE
    + ")$")

# 阅读 1.2万, 分享 收藏 8.6万 点赞 3102 在看, 写留言, 阅读原文: an article page's counters and buttons under a notice it
# reposts, each a line of its own: dropped from the text (never a figure of the notice, never a sentence's piece)
_COUNT = r"\s*\d+(?:\.\d+)?\s*万?\+?"
ARTICLE_BUTTONS = regex.compile(
    rf"^\s*(?:写留言|阅读原文|阅读{_COUNT}|(?:(?:阅读|分享|收藏|点赞|赞|在看|转发|留言)(?:{_COUNT})?\s*){{2,}})\s*$")
# 往期推荐 / 往期回顾 / 推荐阅读, 相关文件 / 相关链接: the label over the other articles' or pages' headlines an account's
# article or a portal page lists at its end
ARTICLE_LIST_LABEL = regex.compile(r"^\s*(?:往期推荐|往期回顾|往期精彩|推荐阅读|精彩推荐|热门推荐|猜你喜欢"
                                   r"|相关文件|相关链接|相关阅读|相关文章|相关新闻|相关推荐)\s*[:：]?\s*$")
# 上一篇：某市人民政府关于…的通告 / 下一条：…: a portal page's link to the page before or after, a line of its own (the
# web-page backend drops it too: pipeline/ingest/html/blocks.py)
NEIGHBOUR_LINK = regex.compile(r"^\s*(?:上一篇|下一篇|上一条|下一条)\s*[:：]")
#: a headline in such a list is a short line: a longer one is text of the document again, unless it reads as a linked
#: document's title (no sentence's comma or stop in it, within LINKED_TITLE_LENGTH)
HEADLINE_LENGTH, LINKED_TITLE_LENGTH = 40, 120
# ，。；！？: punctuation of a sentence, never of a listed document's title (某局关于…的通知（某发〔2023〕9号）)
SENTENCE_MARK = regex.compile(r"[，,。；;！？!?]")
# 某市人民政府规范性文件 / 某市人民政府公报 / 某县政报: a line a printer repeats at the top of every page
RUNNING_HEAD = regex.compile(r"^\p{Han}[\p{Han}（）()]{1,30}(?:规范性文件|文件|公报|政报|简报)$")
#: a running head among the first lines of the document is its 版头: kept there
HEADER_LINES = 3


def _listed_headline(line: str) -> bool:
    """A line under a 往期推荐 or 相关链接 label that is still one of the listed headlines: a short line, or a linked
    document's title with its 文号 (▶某局关于…的通知（某发〔2023〕9号）), which holds no sentence's punctuation."""
    return len(line) <= HEADLINE_LENGTH or (len(line) <= LINKED_TITLE_LENGTH and not SENTENCE_MARK.search(line))


class FurnitureLines:
    """Which lines of a document's text blocks, read in order, are furniture to drop: a running head copied at every
    page top (``某市人民政府规范性文件``; kept once where it opens the document, as its 版头), an article page's
    counters and buttons, a portal page's 上一篇/下一篇 links, and the headlines listed under a 往期推荐 or 相关文件
    label (up to the first longer line)."""

    def __init__(self, raw):
        counts: Counter[str] = Counter()
        for block in raw.blocks:
            if block.kind == "text":
                for piece in block.text.split("\n"):
                    compact = "".join(piece.split())
                    if RUNNING_HEAD.match(compact):
                        counts[compact] += 1
        self.heads = {head for head, n in counts.items() if n >= 2}
        self.lines_seen = 0
        self.in_article_list = False

    def drops(self, line: str) -> bool:
        self.lines_seen += 1
        if ARTICLE_BUTTONS.match(line) or NEIGHBOUR_LINK.match(line):
            return True
        if ARTICLE_LIST_LABEL.match(line):
            self.in_article_list = True
            return True
        self.in_article_list = self.in_article_list and _listed_headline(line.strip())
        if self.in_article_list:
            return True
        compact = "".join(line.split())
        return bool(self.heads) and compact in self.heads and self.lines_seen > HEADER_LINES
