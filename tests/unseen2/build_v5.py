"""Build tests/unseen2/notices/v5_wulanchabu_datacenter_plan.docx, a blind test notice.

A city bureau notice (乌兰察布市工业和信息化局, 内蒙古自治区, 2024) issuing a data-centre
action plan, written with python-docx: key tasks as numbered body paragraphs, each followed by
an agency clause （牵头单位：…；配合单位：…） or （责任单位：…）, one of them with a 完成时限 part;
deadlines 2024年底前 / 2025年6月底前 / 持续推进 / 每半年 / 每季度 / 每年; targets with 不低于,
以内, 约, 新增, 累计 and a range. Page numbers are a PAGE field in the footer.
Expected facts: tests/unseen2/gold/v5.json.   Run:  .venv/bin/python tests/unseen2/build_v5.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.notice_docx import (  # noqa: E402
    XIAOBIAOSONG,
    KAITI,
    para,
    heading1,
    heading2,
    a4_notice,
    item,
)

OUT = Path(__file__).resolve().parent / "notices" / "v5_wulanchabu_datacenter_plan.docx"


def build(path=OUT):
    doc = a4_notice()

    para(doc, "乌兰察布市工业和信息化局文件", font=XIAOBIAOSONG, size=34, align="center", color=(0xE0, 0, 0))
    para(doc)
    para(doc, "乌工信发〔2024〕23号", align="center")
    para(doc)
    para(doc, "乌兰察布市工业和信息化局", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "关于印发《乌兰察布市推进数据中心高质量发展", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "行动计划（2024—2025年）》的通知", font=XIAOBIAOSONG, size=22, align="center")
    para(doc)
    para(doc, "各旗县市区工信局，察哈尔高新区管委会，市直有关部门，各数据中心企业：", indent=False)
    para(doc, "为加快建设全国一体化算力网络内蒙古枢纽节点重要承载地，推动我市数据中心产业集约化、"
              "绿色化、智能化发展，经市人民政府同意，现将《乌兰察布市推进数据中心高质量发展行动计划"
              "（2024—2025年）》印发给你们，请结合实际，认真抓好贯彻落实。")
    para(doc)
    para(doc, "乌兰察布市工业和信息化局", align="right")
    para(doc, "2024年3月28日", align="right")
    para(doc, "（此件主动公开）")
    doc.add_page_break()

    para(doc, "乌兰察布市推进数据中心高质量发展行动计划", font=XIAOBIAOSONG, size=22, align="center")
    para(doc, "（2024—2025年）", font=KAITI, align="center")
    para(doc)
    para(doc, "为深入落实国家发展改革委等部门《全国一体化大数据中心协同创新体系算力枢纽实施方案》"
              "（发改高技〔2021〕709号）和《内蒙古自治区人民政府办公厅关于推动数据中心和算力产业"
              "高质量发展的实施意见》（内政办发〔2023〕17号），发挥我市气候冷凉、绿电充足、"
              "毗邻京津冀的区位优势，推动数据中心产业高质量发展，制定本行动计划。")
    heading1(doc, "一、发展现状")
    para(doc, "截至2023年底，全市已投运数据中心12个，标准机架约6.8万架，服务器装机能力约80万台，"
              "数据中心平均上架率为58%。我市数据中心产业已初具规模，但仍存在上架率偏低、"
              "算力应用不足、产业链条较短等问题。")
    heading1(doc, "二、发展目标")
    para(doc, "到2024年底，全市新增数据中心标准机架1.5万架，累计达到8.3万架；新建大型及以上数据中心"
              "电能利用效率（PUE）控制在1.2以内；数据中心平均上架率不低于65%；可再生能源电力使用占比"
              "达到40%—50%；智能算力规模约3000PFLOPS。")
    para(doc, "到2025年底，全市数据中心标准机架累计达到10万架以上，数据中心产业年营业收入突破50亿元，"
              "至北京、天津等主要城市网络时延控制在10毫秒以内；培育“5G+工业互联网”典型应用场景15个以上，"
              "工业互联网标识解析二级节点累计接入企业约300家。")
    heading1(doc, "三、重点任务")
    heading2(doc, "（一）优化算力设施布局")
    item(doc, "1. 推进数据中心集约化建设。",
         "引导新建数据中心向集宁区、察哈尔高新区等重点园区集聚，2024年底前完成数据中心集群"
         "起步区规划修编，严控园区外新建小型数据中心。",
         "（牵头单位：市发展和改革委员会；配合单位：市工业和信息化局、市自然资源局、察哈尔高新区管委会）")
    item(doc, "2. 推动数据中心绿色低碳发展。",
         "推广液冷、自然冷却、余热回收等节能技术，每半年组织开展一次数据中心能效监测，"
         "对PUE高于1.5的存量数据中心实施节能改造。",
         "（责任单位：市工业和信息化局、市能源局）")
    item(doc, "3. 强化绿色电力保障。",
         "推动数据中心企业参与绿电交易，支持数据中心配套建设“源网荷储”一体化项目，"
         "提高可再生能源就近消纳比例。",
         "（牵头单位：市能源局；配合单位：内蒙古电力（集团）有限责任公司乌兰察布供电分公司；"
         "完成时限：持续推进）")
    heading2(doc, "（二）提升网络支撑能力")
    item(doc, "4. 扩容数据传输通道。",
         "推进乌兰察布至北京、天津方向直连光缆和骨干网扩容，2024年底前建成至北京方向第二条"
         "直连光缆，降低跨区域数据传输时延和成本。",
         "（牵头单位：市工业和信息化局；配合单位：中国电信乌兰察布分公司、中国移动乌兰察布分公司、"
         "中国联通乌兰察布市分公司）")
    item(doc, "5. 推进工业互联网标识解析应用。",
         "依托工业互联网标识解析二级节点，推动铁合金、新材料、农畜产品加工等行业企业接入，"
         "2025年6月底前实现重点行业全覆盖。",
         "（责任单位：市工业和信息化局）")
    heading2(doc, "（三）拓展算力应用场景")
    item(doc, "6. 承接“东数西算”业务。",
         "面向京津冀地区开展精准招商，引进一批互联网、人工智能企业的算力业务，"
         "推动存算业务由“冷数据”存储向智能计算拓展。",
         "（牵头单位：市商务局；配合单位：市投资促进中心、察哈尔高新区管委会、各旗县市区人民政府；"
         "完成时限：持续推进）")
    item(doc, "7. 强化数据安全保障。",
         "建立数据中心网络安全和数据安全检查机制，每季度开展一次安全风险排查，"
         "督促企业落实安全保护责任。",
         "（牵头单位：市委网信办；配合单位：市公安局、市工业和信息化局）")
    item(doc, "8. 加强专业人才引育。",
         "依托集宁师范学院、乌兰察布职业学院开设数据中心运维相关专业，每年组织开展数据中心"
         "运维人才专项培训。",
         "（牵头单位：市人力资源和社会保障局；配合单位：市教育局、集宁师范学院）")
    heading1(doc, "四、保障措施")
    heading2(doc, "（一）加强组织领导。",
              "依托市数字经济发展领导小组统筹推进数据中心产业发展，协调解决项目建设中的重大问题。")
    heading2(doc, "（二）强化要素保障。",
              "统筹用好自治区和市级产业发展资金，在用地、用电、用能等方面对重点数据中心项目予以倾斜。")
    heading2(doc, "（三）加强监测评估。",
              "建立行动计划实施情况评估机制，每半年开展一次评估，评估结果作为政策支持的重要依据。")
    para(doc)
    para(doc, "抄送：市人民政府办公室，市发展和改革委员会，市能源局，市统计局。", size=14, indent=False)
    para(doc, "乌兰察布市工业和信息化局办公室　　　　　　2024年3月29日印发", size=14, indent=False)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
