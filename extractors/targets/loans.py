"""Loan caps: how much a person or firm may borrow under a scheme (``最高可贷30万元``), a kind of support.

Reads one money figure with its clause and the sentence before it; returns the words naming the loan
(``个人创业担保贷款额度``: who applies, the loan, 额度; each borrower of a list before one loan: ``可申请个人最高50万元、
小微企业最高300万元的创业担保贷款`` → 个人创业担保贷款, 小微企业创业担保贷款; a borrower in a clause after the loan was named:
``…可申请最高400万元的创业担保贷款，个人创业的可申请最高30万元`` → 个人创业担保贷款; a borrower alone before its cap after
the clause applying for the loan: ``可申请助业贷款，个人最高25万元`` → 个人助业贷款) and whether the figure is a cap (最高 /
不超过), or None when the figure is no loan amount; and whether a loan amount only bounds the borrowers a rule is for
(``对单户贷款额度不超过50万元的经营主体``: a requirement).
"""
from __future__ import annotations

import regex

from extractors.numbers import Quantity
from extractors.targets.clauses import sentence_start

# what a borrower may borrow, right before the amount: 最高可贷 / 可申请贷款 / 贷款额度最高 / 每人不超过
MAY_BORROW = regex.compile(r"(?P<cap>最高|最多)?可(?:申请)?贷(?:款)?(?:额度)?(?:最高|不超过)?$")
# a loan amount named in the clause: 贷款总额不超过 / 贷款额度最高 / 每人不超过30万元、贷款总额… / 单笔贷款最高
# / 单户授信额度最高 (a credit line per borrower)
LOAN_AMOUNT = regex.compile(r"贷款(?:总额|额度|限额)|(?:单笔|每笔)贷款|(?:单户|每户|单家|每家|单个\p{Han}{1,4}?)授信额度")
# who applies for which loan, in the words before: 符合条件的个人申请创业担保贷款 / 小微企业申请创业担保贷款
APPLIES = regex.compile(r"(?:符合(?:条件|规定|要求)的)?(?P<who>(?:(?!的)\p{Han}){1,10}?)申请(?P<loan>\p{Han}{0,10}?贷款)")
# a cap per borrower: 每人 / 每户 / 每家
PER_HEAD = regex.compile(r"每[人户家]")
# a bound before the amount: 最高 / 不超过 / 最多
CAP_WORD = regex.compile(r"最高|最多|不超过|不得超过|以内")
# a clause that only caps an amount, the loan named before it: (个人申请创业担保贷款的，)最高额度为30万元
AMOUNT_CAP_ONLY = regex.compile(r"(?:贷款)?(?:最高|最多)?额度(?:最高|最多)?(?:为|不超过|可达)?")
# the loan named after the amount applied for: 可申请最高300万元的创业担保贷款
LOAN_AFTER = regex.compile(r"(?:的)?(?P<loan>\p{Han}{0,8}?贷款)")
# applying for (or being given) the amount: 可申请最高 / 申请不超过 / 给予最高(30万元的创业担保贷款)
APPLYING = regex.compile(r"(?:申请|给予|提供)(?:最高|最多|不超过)?$")
# a borrower between applying and the amount: 可申请(个人)最高 / 申请(小微企业)不超过
BORROWER_LISTED = regex.compile(r"申请(?P<who>\p{Han}{2,8}?)(?:最高|最多|不超过)$")
# a later borrower of such a list, alone before its amount: (、)小微企业最高
BORROWER_ONLY = regex.compile(r"(?:^|(?<=、))(?P<who>(?:(?!申请)\p{Han}){2,8}?)(?:最高|最多|不超过)$")
# the loan after a list of borrowers and amounts: (50万元)、小微企业最高300万元的创业担保贷款
LISTED_LOAN = regex.compile(r"(?:[、和及][^，,。；;]{2,20}?)?的(?P<loan>\p{Han}{0,8}?贷款)")
# who applies, a clause of its own with no loan named: 个人创业的可申请最高 / 个人可申请不超过
WHO_APPLYING = regex.compile(r"(?P<who>\p{Han}{2,8}?)(?:的)?可(?:以)?申请(?:最高|最多|不超过)?")
# a loan applied for in the clauses before: 可申请最高400万元的创业担保贷款
LOAN_NAMED = regex.compile(r"申请[^，,。；;]{0,16}?的(?P<loan>\p{Han}{0,8}?贷款)")

# a borrower alone before its cap, a clause of its own: 个人最高 / 小微企业不超过
BORROWER_CAP = regex.compile(r"(?P<who>\p{Han}{2,8}?)(?:最高|最多|不超过)")
# a loan applied for, closing a clause before: (可)申请创业担保贷款，
LOAN_APPLIED = regex.compile(r"申请(?P<loan>\p{Han}{0,10}?贷款)[，,]")

# the borrowers a loan amount bounds, closing the phrase after it: (不超过1000万元)的科技型中小企业(，)
BORROWER_AFTER = regex.compile(r"(?:及?以下|以内)?的\p{Han}{0,10}?(?:企业|主体|个人|农户|经营户|商户|合作社|家庭农场|户)(?=[，,；;。]|$)")


def loan_cap(text: str, q: Quantity, c_start: int, c_end: int) -> tuple[str | None, bool] | None:
    """The words of a loan amount and whether it is a cap (``最高可贷400万元`` → (``小微企业创业担保贷款额度``,
    True); ``贷款总额不超过150万元`` → (None: its own words, True); ``可申请最高300万元的创业担保贷款`` → (创业担保贷款,
    True); ``个人申请创业担保贷款的，最高额度为30万元`` → (个人创业担保贷款额度, True)); None when the figure is no loan amount."""
    if q.unit_kind != "money":
        return None
    before = text[c_start:q.start]
    capped = bool(CAP_WORD.search(before))
    after = LOAN_AFTER.match(text, q.end, c_end)
    if after and APPLYING.search(before):  # 可申请最高300万元的创业担保贷款: the loan after the amount
        return after.group("loan"), capped
    applied = "申请" in text[sentence_start(text, c_start, 80):q.start]
    later = BORROWER_ONLY.search(before) if after and applied else None
    if later:  # (可申请个人最高50万元、)小微企业最高300万元的创业担保贷款: the next borrower's
        return _joined(later.group("who"), after.group("loan")), capped
    listed = BORROWER_LISTED.search(before)
    loan = LISTED_LOAN.match(text, q.end, c_end) if listed else None
    if loan:  # 可申请个人最高50万元、小微企业最高300万元的创业担保贷款: each borrower's loan
        return _joined(listed.group("who"), loan.group("loan")), capped
    applying = WHO_APPLYING.fullmatch(before.strip())
    named = _named_loan(text, c_start) if applying else None
    if named:  # …可申请最高400万元的创业担保贷款，个人创业的可申请最高30万元: the loan the clause before named
        return _joined(applying.group("who"), named), capped
    alone = BORROWER_CAP.fullmatch(before.strip())
    bare = _bare_loan(text, c_start) if alone else None
    if bare:  # …可申请助业贷款，个人最高25万元，小微企业最高200万元: each borrower's cap of the loan named before
        return _joined(alone.group("who"), bare), True
    if AMOUNT_CAP_ONLY.fullmatch(before.strip()):  # …申请创业担保贷款的，最高额度为30万元: the loan applied for
        applied = _applied_loan(text, c_start, c_start)
        if applied:
            return applied, capped
    borrow = MAY_BORROW.search(before)
    named = LOAN_AMOUNT.search(text, c_start, c_end)
    if not borrow and not named:
        return None
    capped = bool(borrow and borrow.group("cap")) or capped
    if named and not borrow:
        if named.start() < q.start:
            return None, capped  # 贷款总额不超过150万元: its own words name it
        per = PER_HEAD.search(before)  # 可按每人不超过30万元、贷款总额…: a cap per borrower
        return (f"{per.group(0)}贷款额度" if per else "贷款额度"), capped
    return _applied_loan(text, c_start, q.start) or "贷款额度", capped


def borrowers_bounded(text: str, q: Quantity, c_end: int) -> bool:
    """Whether a loan amount bounds the borrowers a rule is for (对单户贷款额度不超过50万元的经营主体，…给予贴息): the
    threshold of who is eligible, a requirement on the loan, not a loan the scheme gives."""
    return q.unit_kind == "money" and BORROWER_AFTER.match(text, q.end, c_end + 1) is not None


def _applied_loan(text: str, c_start: int, end: int) -> str | None:
    """The loan the sentence last says someone applies for before ``end`` (个人申请创业担保贷款 → 个人创业担保贷款额度)."""
    applied = None
    for applied in APPLIES.finditer(text, sentence_start(text, c_start, 80), end):
        pass
    return f"{applied.group('who')}{applied.group('loan')}额度" if applied else None


def _named_loan(text: str, c_start: int) -> str | None:
    """The loan the clauses before ``c_start`` in its sentence say is applied for (…可申请最高400万元的创业担保贷款)."""
    named = None
    for named in LOAN_NAMED.finditer(text, sentence_start(text, c_start, 120), c_start):
        pass
    return named.group("loan") if named else None


def _bare_loan(text: str, c_start: int) -> str | None:
    """The loan a clause before ``c_start`` in its sentence applies for, closing that clause (可申请创业担保贷款，)."""
    named = None
    for named in LOAN_APPLIED.finditer(text, sentence_start(text, c_start, 120), c_start + 1):
        pass
    return named.group("loan") if named else None


def _joined(who: str, loan: str) -> str:
    """A borrower and a loan joined, the words they share said once: 个人创业 + 创业担保贷款 → 个人创业担保贷款."""
    for size in range(min(len(who), len(loan)) - 1, 0, -1):
        if who.endswith(loan[:size]):
            return who + loan[size:]
    return who + loan
