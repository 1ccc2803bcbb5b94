"""How each GB/T 9704 element of a notice is written: one compiled pattern per kind of line.

Matched against single lines of the normalized text (``.match``: at the line start): the 版头's
文件 line, the 发文字号 (sound or damaged), heading markers, agency and date lines, 抄送, 附注,
附件 marks and lists, and the words around titles. Also :func:`chinese_number` for the numerals
they hold (附件二, 二十八日).
"""
from __future__ import annotations

import regex

from pipeline.agency_line import AGENCY_LINE  # noqa: F401  (one definition, shared with ingest)
from pipeline.page_furniture import BREADCRUMB, BYLINE, PAGE_BUTTONS, PAGE_STAMP

# 一、  （一）  1.  （1）  ① (use .match: at a line start); the named group (l1 … l5) is the level
HEADING = regex.compile(
    r"(?:(?P<l1>[一二三四五六七八九十]{1,3}、)|(?P<l2>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<l3>\d{1,2}[.．、](?!\d))|(?P<l4>[（(]\d{1,2}[）)])|(?P<l5>[①-⑳]))"
)
# 某政办发〔2023〕71号, 某经信[2022]51号, 某工信函（2021）05号（B）, 某发﹝2017﹞5号: a 发文字号
DOC_NUMBER = regex.compile(
    r"(?P<code>\p{Han}{1,15}?)\s*(?P<open>[〔\[(（［【﹝{])\s*(?P<year>(?:19|20)\d{2})\s*(?P<close>[〕\])）］】﹞}])"
    r"\s*(?P<serial>第?\s*\d{1,5})\s*号(?P<suffix>\s*[（(][A-Za-z0-9\p{Han}]{1,3}[）)])?"
)
# 某府办发〔20196, 某政发2019 6号, 某府办发〔2019〕号: a code and a year whose brackets, serial or 号 got lost
DAMAGED_DOC_NUMBER = regex.compile(
    r"^(?P<code>\p{Han}{2,12}?)\s*[〔\[(（［【﹝{〕\])）］】﹞}]?\s*(?:19|20)\d{2}[\d\s〔\[(（［【﹝{〕\])）］】﹞}]*号?$"
)
# 某县人民政府文件, 中共某县委某县人民政府文件: the 发文机关标志 of a 文件-format notice
# (四川省农业农村厅文件四川省财政厅: a two-organ 版头 whose text layer put 文件, printed beside both
# names, between them)
HEADER = regex.compile(
    r"^\p{Han}[\p{Han}（）()、]{1,60}文件"
    r"(?:[\p{Han}（）()]{2,40}(?:政府|办公室|办公厅|委员会|[局厅委办府部院署]))?$"
)
# 2023年9月28日, 2023 年 9 月 28 日, 二〇二三年九月二十八日: a written date
DATE = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零○OoО0一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十廿卅]{1,3}\s*日)"
)
# （此件公开发布） / （此件不予公开）: the 附注 on disclosure
THIS_DOC_NOTE = r"[（(]\s*此件[^（）()]{2,12}?\s*[）)]"
# 某市人民政府办公室 2023年9月28日 or the date alone: the 署名 line that carries the 成文日期
# / 2025年5月26日（此件公开发布）: a PDF's 附注 joined to the date line above it
DATE_LINE = regex.compile(rf"^(?P<signer>[^\d〇零○。，；：:]*?)(?P<date>{DATE})(?:\s*{THIS_DOC_NOTE})?$")
# （2021年1月4日）: a date in brackets under the title (题注), the 成文日期 of a party or joint document
TITLE_DATE = regex.compile(rf"^[（(]\s*(?P<date>{DATE})\s*(?:通过|印发|发布)?\s*[）)]$")
# 某市人民政府办公室 2023年9月28日印发 (or the date alone + 印发): 印发机关和印发日期
PRINTED = regex.compile(rf"^(?P<signer>[^\d〇零○。，；：:]*?)(?P<date>{DATE})\s*印发$")
# 抄送：市委办公室，… (抄报： in older notices): the 抄送机关
CC = regex.compile(r"^(?:抄送|抄报)\s*[:：]")
# （此件公开发布） （此件不予公开）: the 附注 on disclosure, the words inside the brackets; （信息公开形式：主动公开）
# (a ministry's): the value after the label
PUBLIC_NOTE = regex.compile(
    r"^[（(]\s*(?:(?P<value>此件[^（）()]{2,12}?)|(?:信息)?公开(?:形式|方式|属性|选项|类型)\s*[:：]\s*(?P<value>[^\s，。；（）()]{2,10}))"
    r"\s*[）)]$")
# 公开方式：主动公开, 公开属性：依申请公开: the disclosure field of web-era notices
PUBLIC_FIELD = regex.compile(r"^(?:信息)?公开(?:形式|方式|属性|选项|类型)\s*[:：]\s*(?P<value>[^\s，。；]{2,10})$")
# （联系人：…）公开方式：主动公开, （联系人：…）（此件公开发布）, 2025年5月26日（此件公开发布）: the note or field
# closing a line it was joined to when a hard-wrapped copy was unwrapped
PUBLIC_STATUS_END = regex.compile(
    rf"(?<=[）)。日])\s*(?P<field>{THIS_DOC_NOTE}"
    r"|(?:信息)?公开(?:方式|属性|选项|类型)\s*[:：]\s*[^\s，。；]{2,10})$"
)
# 附件1, 附件 2, 附件, 附件一： a line that starts an attachment
ATTACHMENT_MARK = regex.compile(r"^附件\s*(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$")
# 附件：1. 某任务清单, - 附件：… (a stray list dash): the 附件说明
ATTACHMENT_LIST = regex.compile(r"^[-•·]?\s*附件\s*[:：]\s*\S")
# 2. 某工作专班 / 3、某评价指标: a further item line of the 附件说明
LIST_ITEM = regex.compile(r"^\d{1,2}\s*[.．、]\s*\S")
# 000123, ★1年, 特急, 签发人：张三, 发布时间：2021-03-19, 首页 > 政务公开, 新华社北京2月21日电 (a news
# agency's dateline over a reposted document), 【字体：大 中 小】【打印本页】【关闭窗口】 (a page's buttons), 扫一扫在手机打开
# 当前页 (a page's QR prompt), 点击蓝字 关注我们 (an account's follow prompt), *www.x.gov.cn*·某区人民政府·2025-03-20·阅读时长约11分钟 and 原创 某发布 2024-03-12 09:30
# 发表于广东 (a reader's or an account's byline: a web date among short pieces): lines near the title that are not it
FRONT_NOISE = regex.compile(
    r"^(?:" + BYLINE + r"|[\d\s]{1,12}|[★☆].*|特急|加急|特提|平急|急件|(?:绝密|机密|秘密).*|.*[>»›|｜].*|(?:微信|手机)?扫一扫\p{Han}{0,14}"
    r"|\p{Han}{0,6}扫描二维码\p{Han}{0,12}|点击(?:上方)?(?:蓝字|蓝色字体?)\s*关注\p{Han}{0,4}"
    r"|[\p{Han}\s]{2,10}[:：].+|新华社\p{Han}{0,6}\d{1,2}月\d{1,2}日电|\s*" + PAGE_BUTTONS + "|" + PAGE_STAMP + "|" + BREADCRUMB
    + r")$"
)
# 原创 某发布 2024年05月22日 17:46 山东: an account's byline on a line of its own (under an article's headline)
BYLINE_LINE = regex.compile(r"^(?:" + BYLINE + r")$")
# 新华社北京12月14日电: a news agency's dateline, the day a reposted document was released
DATELINE = regex.compile(r"新华社\p{Han}{0,6}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日电")
# …通知如下：  …答复如下： — a body sentence that ends in a colon, not a 主送 line
ANNOUNCES = regex.compile(r"(?:如下|下列|以下|是|为)[:：]$")
# 。；? — punctuation a title, a signature or a 主送 line never holds
SENTENCE_PUNCT = regex.compile(r"[。；;？?！!]")
# （试行） （2021—2023年） （征求意见稿）: a qualifier that may follow a title's type word
TITLE_QUALIFIER = r"(?:[（(](?:试行|暂行|修订|修订稿|征求意见稿|送审稿|草案|\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?|\d{4}\s*年(?:版|修订)?)[）)])?"
# …的通知（试行） — the qualifier at the very end of a title
TRAILING_QUALIFIER = regex.compile(rf"{TITLE_QUALIFIER}$")
# 附件： alone on its line, the items on the lines below
ATTACHMENT_LIST_LABEL = regex.compile(r"^附件\s*[:：]$")
# 。 ： — where the title of a run-in heading ``（一）加快部署。各企业…`` ends
RUN_IN_END = regex.compile(r"[。：:]")


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十八 → 28, 三十一 → 31 (numbers below 100)."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "廿": 20, "卅": 30}
    if text in ("廿", "卅"):
        return digits[text]
    if "十" in text:
        tens, _, units = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)
    if text and text[0] in ("廿", "卅"):
        return digits[text[0]] + digits.get(text[1:], 0)
    return digits.get(text, 0)
