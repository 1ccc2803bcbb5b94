"""Build aq2 (.docx) and aq3 (.pdf via LibreOffice) of blind set 43."""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).parent / "notices"
OUT.mkdir(exist_ok=True)


def para(doc, text, center=False, right=False, bold=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


# ---------------------------------------------------------------- aq2 (.docx)
def build_aq2():
    d = Document()
    para(d, "郴州市消防安全委员会办公室", center=True, bold=True, size=22)
    para(d, "郴州市应急管理局", center=True, bold=True, size=22)
    para(d, "郴州市消防救援支队", center=True, bold=True, size=22)
    para(d, "郴消安委办〔2023〕9号", center=True)
    para(d, "郴州市消防安全委员会办公室 郴州市应急管理局 郴州市消防救援支队关于印发《郴州市“九小场所”消防安全专项整治工作方案》的通知", center=True, bold=True, size=16)
    para(d, "各县（市、区）消防安全委员会办公室、应急管理局，市消安委各成员单位：")
    para(d, "　　现将《郴州市“九小场所”消防安全专项整治工作方案》印发给你们，请认真抓好落实。各地整治工作开展情况请于每月25日前报送市消安办。")
    para(d, "郴州市消防安全委员会办公室　　郴州市应急管理局　　郴州市消防救援支队", right=True)
    para(d, "二〇二三年四月十八日", right=True)
    para(d, "（此件主动公开）")
    para(d, "郴州市“九小场所”消防安全专项整治工作方案", center=True, bold=True, size=16)
    para(d, "　　为深刻汲取近期全国多起小场所亡人火灾事故教训，全面消除“九小场所”（小商店、小学校或幼儿园、小医院、小餐饮场所、小旅馆、小歌舞娱乐场所、小网吧、小美容洗浴场所、小生产加工企业）火灾隐患，依据《中华人民共和国消防法》《湖南省消防条例》和《湖南省消防安全委员会办公室关于开展“九小场所”和多业态混合生产经营场所消防安全专项整治的通知》（湘消安办〔2023〕12号），制定本方案。")
    para(d, "一、整治目标", bold=True)
    para(d, "　　2023年全市“九小场所”排查率达到100%，登记建档率达到100%，重大火灾隐患整改率达到100%，一般火灾隐患整改率不低于95%；全市“九小场所”火灾起数较2022年下降10%以上，坚决遏制较大及以上亡人火灾事故发生。2022年全市共发生“九小场所”火灾312起，占全部火灾的41.6%。")
    para(d, "二、整治重点", bold=True)
    para(d, "　　（一）违规住人。人员住宿与经营、储存、生产场所设置在同一建筑内的，住宿部分与非住宿部分应采用不开门窗洞口的防火墙分隔，并设置独立的疏散设施；确有困难的，应设置独立式感烟火灾探测报警器和简易喷淋设施，且住宿人数不得超过2人。")
    para(d, "　　（二）疏散通道。经营面积超过300平方米的场所，安全出口不少于2个；疏散通道净宽度不应小于1.1米，不得堆放物品、锁闭安全出口。")
    para(d, "　　（三）电动自行车违规停放充电。严禁在建筑首层门厅、楼梯间、共用走道以及室内违规停放电动自行车或者为电动自行车充电。")
    para(d, "　　（四）电气线路和燃气使用。使用瓶装液化石油气的餐饮场所，单个场所气瓶存放数量不得超过2瓶，且必须安装可燃气体浓度报警装置。")
    para(d, "三、任务分工", bold=True)
    table(d, [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "组织开展“九小场所”底数排查，建立“一场所一档案”台账", "各县（市、区）人民政府", "市消防救援支队、市市场监管局", "2023年5月31日前"],
        ["2", "督促小学校、幼儿园落实消防安全管理人制度，每学期开展疏散演练不少于1次", "市教育局", "市消防救援支队", "长期坚持"],
        ["3", "对小医院、诊所开展消防安全检查", "市卫生健康委", "市消防救援支队", "2023年8月31日前"],
        ["4", "整治餐饮场所燃气使用安全隐患，推广安装燃气泄漏报警和自动切断装置", "市城管执法局", "市市场监管局、市商务局", "2023年10月31日前"],
        ["5", "查处电动自行车及电池生产销售领域质量违法行为", "市市场监管局", "市公安局", "2023年12月31日前"],
        ["6", "对小旅馆、出租屋等开展治安与消防联合检查", "市公安局", "市住房城乡建设局、市消防救援支队", "2023年12月31日前"],
        ["7", "开展“九小场所”消防宣传“进场所、进门店”活动", "市消防救援支队", "市委宣传部、市融媒体中心", "2023年12月31日前"],
    ])
    para(d, "四、工作要求", bold=True)
    para(d, "　　（一）落实执法手段。对存在重大火灾隐患且拒不整改的场所，依法予以临时查封；对“九小场所”违规住人的，依法责令改正并处5000元以上5万元以下罚款。")
    para(d, "　　（二）鼓励群众举报。群众举报“九小场所”火灾隐患经查证属实的，按照《郴州市火灾隐患举报投诉奖励办法》给予每条50元至500元奖励。")
    para(d, "　　（三）强化督导问责。市消安办将适时组织暗访检查，对整治不力、发生亡人火灾事故的地区予以通报约谈。")
    para(d, "附件：1.郴州市“九小场所”消防安全检查指引")
    para(d, "　　　2.郴州市“九小场所”专项整治工作情况统计表")
    para(d, "抄送：市人民政府办公室，省消防安全委员会办公室。")
    para(d, "郴州市消防安全委员会办公室　　　　　　2023年4月18日印发")
    d.save(OUT / "aq2_chenzhou_jiuxiao_changsuo_xiaofang.docx")


# ---------------------------------------------------------------- aq3 (.pdf)
def build_aq3():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "吉林省林业和草原局文件"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # page number field: — PAGE —
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fp.add_run("— ")
    run = fp.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    fp.add_run(" —")

    para(d, "吉林省林业和草原局", center=True, bold=True, size=22)
    para(d, "吉　林　省　财　政　厅", center=True, bold=True, size=22)
    para(d, "吉林草联发〔2024〕6号", center=True)
    para(d, "吉林省林业和草原局 吉林省财政厅关于印发《吉林省林下经济发展省级补助资金管理办法》的通知", center=True, bold=True, size=16)
    para(d, "各市（州）、县（市、区）林业主管部门、财政局，长白山管委会资源局：")
    para(d, "　　为贯彻落实《国家林业和草原局关于印发〈全国林下经济发展指南（2021—2030年）〉的通知》（林改发〔2021〕107号）和《吉林省人民政府办公厅关于加快林下经济高质量发展的意见》（吉政办发〔2022〕19号），规范省级林下经济发展补助资金管理，我们制定了《吉林省林下经济发展省级补助资金管理办法》，现印发给你们，请遵照执行。请各地于每年12月15日前将本年度补助资金使用情况和绩效自评报告报送省林业和草原局、省财政厅。")
    para(d, "吉林省林业和草原局　　　　吉林省财政厅", right=True)
    para(d, "2024年3月11日", right=True)
    para(d, "（此件公开发布）")
    para(d, "吉林省林下经济发展省级补助资金管理办法", center=True, bold=True, size=16)
    para(d, "第一章　总　则", center=True, bold=True)
    para(d, "　　第一条　为加快发展林下经济，促进林区群众增收，根据《中华人民共和国预算法》和《吉林省省级财政专项资金管理办法》等规定，制定本办法。")
    para(d, "　　第二条　本办法所称省级补助资金，是指省级财政预算安排，用于支持林下种植、林下养殖、林产品采集加工和森林景观利用的专项资金。截至2023年底，全省林下经济经营面积2650万亩，实现产值512亿元。到2025年，全省林下经济经营面积达到3000万亩，林下经济产值达到600亿元，带动60万户林农增收。")
    para(d, "　　第三条　省林业和草原局负责编制补助资金年度分配方案，组织项目申报、审核和绩效评价。省财政厅负责补助资金预算管理、下达资金和监督检查。")
    para(d, "第二章　支持对象和条件", center=True, bold=True)
    para(d, "　　第四条　支持对象为在我省依法登记注册的林业专业合作社、家庭林场、林业企业和种养大户。申报主体应当同时符合下列条件：")
    para(d, "　　（一）依法登记注册满1年以上，经营状况良好；")
    para(d, "　　（二）林下种植连片经营面积不少于50亩，林下养殖林地面积不少于100亩；")
    para(d, "　　（三）带动周边农户不少于10户，其中脱贫户、监测户不少于3户；")
    para(d, "　　（四）林地使用权合法，流转林地的流转期限不少于5年；")
    para(d, "　　（五）近3年内无重大违法违规记录，未被列入严重失信主体名单。")
    para(d, "第三章　补助标准", center=True, bold=True)
    para(d, "　　第五条　补助资金采取先建后补方式，按照下表标准执行：")
    table(d, [
        ["类别", "补助标准", "单个主体补助上限"],
        ["林下中药材种植（人参、五味子、细辛等）", "每亩300元", "50万元"],
        ["林下食用菌栽培", "每亩500元", "50万元"],
        ["林下养殖（林蛙、林下禽类等）", "每亩200元", "30万元"],
        ["林产品采集加工设施设备", "设备购置投资额的30%", "100万元"],
    ])
    para(d, "　　第六条　同一主体同一地块同一年度只能享受一项省级补助，不得与其他省级财政资金重复申报。")
    para(d, "第四章　申报和管理", center=True, bold=True)
    para(d, "　　第七条　县级林业主管部门会同县级财政部门负责组织项目申报和初审，每年4月30日前将初审结果报送市（州）林业主管部门。市（州）林业主管部门应当在收到初审结果之日起15个工作日内完成复核。")
    para(d, "　　第八条　补助资金下达后，县级财政部门应当在30日内拨付到项目实施主体。县级林业主管部门应当在项目完工后20个工作日内组织验收，验收不合格的不予拨付补助资金。")
    para(d, "　　第九条　补助资金按因素法分配，其中林下经济经营面积因素占40%、带动农户因素占30%、绩效评价因素占30%。项目实施主体应当建立补助资金使用台账，相关资料保存期限不少于10年。")
    para(d, "　　第十条　省林业和草原局会同省财政厅每年开展一次补助资金绩效评价，评价结果作为下一年度资金分配的重要依据；评价等次为“差”的市（州），下一年度分配资金核减10%。")
    para(d, "　　第十一条　对弄虚作假、套取骗取补助资金的，由县级财政部门追回补助资金，3年内取消其申报资格；构成犯罪的，依法追究刑事责任。")
    para(d, "第五章　附　则", center=True, bold=True)
    para(d, "　　第十二条　本办法由省林业和草原局、省财政厅负责解释，自印发之日起施行，有效期5年。")
    para(d, "抄送：国家林业和草原局规划财务司。")
    para(d, "吉林省林业和草原局办公室　　　　　　2024年3月12日印发")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "aq3_jilin_linxia_jingji_buzhu.docx"
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                       check=True, capture_output=True, timeout=300)


if __name__ == "__main__":
    build_aq2()
    build_aq3()
