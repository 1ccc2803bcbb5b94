"""The kind (target / actual / requirement / support), comparator and deadline of figures in prose outside money, in the
forms blind sets 53–56 showed misread, on short notices of our own in other topics, places and wordings:

- a standard every one of a kind must meet is a requirement with no deadline even in a dated paragraph: the size or
  term each thing holds (服务中心办公面积不少于…, 冷库贮存周期不少于…), how long a benefit runs (补助时间最长不超过…),
  what each place stocks by a standard (按照每个街道…不少于…、…的标准完成配备), a timetable's lessons (初中每周2课时: =), a
  bound in a sentence that only names a plan by its years (《…（2021—2025年）》);
- the whole region's things a check is done to (完成全市58座水闸、312公里海堤的安全鉴定) are a count of what stands, an
  actual (=) with no date; a count to improve (完成全县1500户农户的改厕) stays a goal;
- a change on the year before due later (到2025年底，…较上年下降8%) is a goal (>=), reported when dated before the notice;
- a share a service is to cover (覆盖全市90%以上的行政村) is a goal of the paragraph's year, not a class of things named;
- how long a pledge holds (须承诺8年内不迁出本县) or a bar lasts (3年内不再重复纳入补助范围) is a term (=), as a
  sanction's is, not a time limit (<=);
- a duty counted at least once with no period (至少组织一次…演练, 开展一次以上…演练) is a rule of >= 1 次, and a duty named
  in quotation marks with a middle dot (每年举办一次“…·…节”) is counted once a year;
- a time a measure titled as a time limit cuts a procedure to (（三）办结时限。…压缩至2个工作日以内) is a rule, while the
  same cut among the year's goals (到2026年，…平均办理时间压缩至…) stays a goal;
- a loan amount that bounds who a rule is for (对单户贷款额度不超过300万元的小微企业…给予贴息) is a requirement, not a
  loan the scheme gives.

Expected values are written from the notices, not from program output.
"""
from pipeline.model import Block, RawDocument
from pipeline.normalize import normalize
from pipeline.structure import structure
from extractors.targets import extract_targets


def _doc(*paragraphs, date="2025年3月12日"):
    blocks = ([Block("text", "某市人民政府办公室关于印发某市工作方案的通知"), Block("text", "各区人民政府，市政府各部门：")]
              + [Block("text", p) for p in paragraphs]
              + [Block("text", "某市人民政府办公室"), Block("text", date)])
    return structure(normalize(RawDocument("x.docx", "docx", blocks)))


def _facts(*paragraphs, date="2025年3月12日"):
    doc = _doc(*paragraphs, date=date)
    targets = extract_targets(doc)
    for t in targets:
        assert doc.text[t.char_start:t.char_end] == t.evidence
    return {(t.value, t.unit): (t.kind, t.comparator, t.deadline) for t in targets}, targets


def test_size_and_term_every_one_holds_in_a_dated_paragraph():
    facts, _ = _facts("（二）完善便民服务网络。2025年底前每个街道建成1个便民服务中心，实现全覆盖。便民服务中心办公面积不少于"
                      "200平方米，社区服务站办公面积不少于80平方米。",
                      "（三）建设冷链设施。2026年6月底前建成区域冷链集配中心2个，其中冷库贮存周期不少于90天。")
    assert facts[(200, "平方米")] == ("requirement", ">=", None)
    assert facts[(80, "平方米")] == ("requirement", ">=", None)
    assert facts[(90, "天")] == ("requirement", ">=", None)
    assert facts[(1, "个")][0] == "target"  # what each street builds by the year stays a goal


def test_how_long_a_benefit_runs_is_a_rule():
    facts, targets = _facts("（一）失业人员临时生活补贴。对2025年内登记失业且未就业的人员，按每人每月500元的标准发放临时生活补助，"
                            "补助时间最长不超过6个月。")
    assert facts[(6, "个月")] == ("requirement", "<=", None)
    assert [t.indicator_raw for t in targets if t.unit == "个月"] == ["补助时间"]


def test_stock_each_place_holds_by_a_standard():
    facts, targets = _facts("（二）街道储备。各街道要于2025年5月31日前按照每个街道折叠床不少于200张、应急照明设备不少于50台、"
                            "发电机不少于2台的标准完成消防物资配备。")
    assert facts[(200, "张")] == ("requirement", ">=", None)
    assert facts[(50, "台")] == ("requirement", ">=", None)
    assert facts[(2, "台")] == ("requirement", ">=", None)
    assert [t.scope for t in targets] == ["各街道"] * 3  # every item of the list is each street's


def test_lessons_of_a_timetable_and_a_plan_named_by_its_years():
    facts, _ = _facts("为落实《某省青少年体育发展规划（2021—2025年）》，保障学生每天校内体育活动时间不少于1小时，现通知如下。",
                      "一、开足劳动教育课。小学每周1课时，初中每周2课时。各区教育局要于2025年9月底前完成课程排查。")
    assert facts[(1, "小时")] == ("requirement", ">=", None)
    assert facts[(1, "课时")] == ("requirement", "=", None)
    assert facts[(2, "课时")] == ("requirement", "=", None)


def test_whole_region_things_checked_are_what_stands():
    facts, targets = _facts("（四）市水务局要在6月30日前完成全市58座水闸、312公里海堤的安全鉴定，建立问题清单。",
                            "（五）到2026年底，完成全市1500户农户的改厕。")
    assert facts[(58, "座")] == ("actual", "=", None)
    assert facts[(312, "公里")] == ("actual", "=", None)
    assert [t.indicator_raw for t in targets if t.unit == "公里"] == ["海堤"]
    assert facts[(1500, "户")] == ("target", ">=", "2026-12-31")


def test_change_on_the_year_before_due_later_is_a_goal():
    facts, _ = _facts("三、工作目标", "到2025年底，全市道路交通事故死亡人数较上年下降8%，重点车辆动态监控率达到100%。",
                      "2024年，全市道路交通事故起数较上年下降6.5%。")
    assert facts[(8, "%")] == ("target", ">=", "2025-12-31")
    assert facts[(6.5, "%")] == ("actual", "=", "2024-12-31")


def test_share_a_service_covers_is_the_years_goal():
    facts, _ = _facts("一、主要目标", "到2027年，全市普惠金融贷款余额达到300亿元；推动普惠金融服务站覆盖全市90%以上的行政村，"
                      "每个区至少建成1个综合金融服务中心。")
    assert facts[(90, "%")] == ("target", ">=", "2027-12-31")


def test_loan_amount_that_bounds_who_is_eligible():
    facts, targets = _facts("（三）创业贷款贴息。对单户贷款额度不超过300万元的小微企业，按贷款市场报价利率的50%给予贴息。"
                            "符合条件的个人可申请最高30万元的创业担保贷款。")
    assert facts[(3000000, "元")] == ("requirement", "<=", None)
    assert facts[(300000, "元")][0] == "support"  # a loan the scheme gives stays support


def test_term_of_a_pledge():
    facts, targets = _facts("（五）享受奖励的企业须承诺8年内不迁出本市，违反承诺的追回已兑现奖励。")
    assert facts[(8, "年")] == ("requirement", "=", None)
    assert [t.indicator_raw for t in targets] == ["不迁出本市承诺期限"]


def test_term_of_a_bar_on_being_served_again():
    facts, targets = _facts("已享受过政府补助的家庭，3年内不再重复纳入补助范围。")
    assert facts[(3, "年")] == ("requirement", "=", None)
    assert [t.indicator_raw for t in targets] == ["不再重复纳入补助范围期限"]


def test_time_limit_under_a_title_of_time_limits():
    facts, _ = _facts("（三）办结时限。不动产抵押登记办理时间压缩至2个工作日以内。",
                      "（四）主要目标。到2026年，全市政务服务事项平均办理时间压缩至3个工作日以内。",
                      "（五）全面压缩审批时限。社会投资项目审批时间压缩至20个工作日以内。")
    assert facts[(2, "个工作日")] == ("requirement", "<=", None)
    assert facts[(3, "个工作日")] == ("target", "<=", "2026-12-31")
    assert facts[(20, "个工作日")] == ("target", "<=", None)  # a title that cuts time limits heads goals


def test_duty_counted_at_least_once_without_a_period():
    _, targets = _facts("（三）各社区要在6月底前修订应急预案，组织开展一次以上地震应急疏散演练。",
                        "（四）各街道至少组织一次燃气安全培训。每年举办一次“山海·文化旅游节”。",
                        "（五）市应急局每半年至少组织一次全市应急值守检查。")
    rows = sorted((t.indicator_raw, t.comparator, t.value, t.unit, t.scope) for t in targets)
    assert rows == sorted([
        ("地震应急疏散演练次数", ">=", 1, "次", "某市"),
        ("燃气安全培训次数", ">=", 1, "次", "各街道"),
        ("“山海·文化旅游节”次数", "=", 1, "次", "某市"),
        ("全市应急值守检查次数", ">=", 1, "次", "某市"),
    ])
