#!/usr/bin/env python3
"""be1: provincial portal page (HTML, as saved from the browser)."""
from pathlib import Path

OUT = Path(__file__).parent / "notices" / "be1_shaanxi_xianyu_shangye_tixi.html"

TABLE = """
<p align="center"><strong>附表</strong></p>
<p align="center"><strong>陕西省县域商业体系建设主要指标</strong></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">
<tbody>
<tr><td><p align="center"><b>序号</b></p></td><td><p align="center"><b>指标名称</b></p></td><td><p align="center"><b>单位</b></p></td><td><p align="center"><b>2023年</b></p></td><td><p align="center"><b>2026年</b></p></td><td><p align="center"><b>指标属性</b></p></td></tr>
<tr><td><p align="center">1</p></td><td><p>县级物流配送中心数量</p></td><td><p align="center">个</p></td><td><p align="center">52</p></td><td><p align="center">80</p></td><td><p align="center">预期性</p></td></tr>
<tr><td><p align="center">2</p></td><td><p>乡镇商贸中心数量</p></td><td><p align="center">个</p></td><td><p align="center">1126</p></td><td><p align="center">1426</p></td><td><p align="center">预期性</p></td></tr>
<tr><td><p align="center">3</p></td><td><p>村级寄递物流综合服务站覆盖率</p></td><td><p align="center">%</p></td><td><p align="center">81.5</p></td><td><p align="center">≥90</p></td><td><p align="center">约束性</p></td></tr>
<tr><td><p align="center">4</p></td><td><p>农产品网络零售额</p></td><td><p align="center">亿元</p></td><td><p align="center">365</p></td><td><p align="center">&gt;500</p></td><td><p align="center">预期性</p></td></tr>
<tr><td><p align="center">5</p></td><td><p>县域社会消费品零售总额年均增速</p></td><td><p align="center">%</p></td><td><p align="center">—</p></td><td><p align="center">6左右</p></td><td><p align="center">预期性</p></td></tr>
<tr><td><p align="center">6</p></td><td><p>年销售额亿元以上的县域连锁流通企业</p></td><td><p align="center">家</p></td><td><p align="center">31</p></td><td><p align="center">50</p></td><td><p align="center">预期性</p></td></tr>
</tbody>
</table>
"""

BODY = """
<p style="text-indent:0">各设区市人民政府，杨凌示范区管委会，省人民政府各工作部门、各直属机构：</p>
<p>《陕西省推进县域商业体系建设三年行动方案（2024—2026年）》已经省政府同意，现印发给你们，请结合实际认真抓好贯彻落实。</p>
<p style="text-align:right">陕西省人民政府办公厅</p>
<p style="text-align:right">2024年3月18日</p>
<p>（此件公开发布）</p>
<p>&nbsp;</p>
<p align="center"><strong>陕西省推进县域商业体系建设三年行动方案（2024—2026年）</strong></p>
<p>为深入贯彻党中央、国务院关于全面推进乡村振兴、恢复和扩大消费的决策部署，按照《商务部等9部门办公厅（室）关于印发〈县域商业三年行动计划（2023—2025年）〉的通知》（商办流通函〔2023〕401号）要求，落实《陕西省“十四五”现代流通体系建设规划》，加快补齐县域商业短板，畅通城乡经济循环，结合我省实际，制定本方案。</p>
<p><strong>一、总体要求</strong></p>
<p>坚持以县城为中心、乡镇为重点、村为基础，以供应链、物流配送、商品和服务下沉以及农产品上行为主线，推动县域商业设施升级、主体壮大、功能提升。</p>
<p>2023年，全省县域社会消费品零售总额3986亿元，占全省社会消费品零售总额的37.4%；农产品网络零售额365亿元。到2026年，全省县域商业体系进一步完善，力争实现以下目标：</p>
<p>——建设改造县级物流配送中心28个，全省县级物流配送中心总数达到80个；</p>
<p>——建设改造乡镇商贸中心300个，新增或改造村级便民商店3000个；</p>
<p>——村级寄递物流综合服务站覆盖率达到90%以上；</p>
<p>——农产品网络零售额突破500亿元，县域社会消费品零售总额年均增长6%左右；</p>
<p>——培育年销售额亿元以上的县域连锁流通企业50家。</p>
<p>主要指标见附表。</p>
<p><strong>二、重点任务</strong></p>
<p><strong>（一）完善县域商业网络布局</strong></p>
<p>1.建设县级物流配送中心。支持各县（市、区）依托现有商贸、供销、邮政、快递等设施，建设改造县级物流配送中心，发展统仓共配，到2026年有条件的县（市、区）实现全覆盖。（省商务厅牵头，省发展改革委、省交通运输厅、省邮政管理局按职责分工负责）</p>
<p>2.改造提升乡镇商贸中心。以乡镇政府所在地为重点，改造提升一批集购物、餐饮、休闲、维修、快递收发等功能于一体的乡镇商贸中心，新建乡镇商贸中心营业面积原则上不低于1000平方米。（省商务厅牵头，省住房城乡建设厅、省市场监管局配合）</p>
<p>3.发展村级便民商店。鼓励连锁企业、供销社、邮政网点向村级延伸，推动具备条件的便民商店增加快递收发、农资销售、电商代购、小额取现等服务，村级便民商店营业面积一般不低于50平方米。（责任单位：省商务厅、省供销合作社、省邮政管理局）</p>
<p><strong>（二）健全县乡村物流配送体系</strong></p>
<p>4.推进县乡村三级寄递物流体系建设。整合邮政、快递、供销、电商物流资源，深入实施“快递进村”工程，2026年底前村级寄递物流综合服务站覆盖率达到90%以上。（省邮政管理局牵头，省交通运输厅、省商务厅、省供销合作社按职责分工负责）</p>
<p>5.发展农村客货邮融合。依托农村客运站点和班线，推动客货同网、资源共享，到2026年全省开通客货邮融合线路不少于200条。（责任单位：省交通运输厅、省邮政管理局）</p>
<p><strong>（三）推动农产品上行</strong></p>
<p>6.加强产地商品化处理设施建设。支持在苹果、猕猴桃、茶叶、食用菌等特色农产品主产区建设产地冷藏保鲜设施，对符合条件的新建产地冷藏保鲜设施，按不超过设施建设投资30%给予补助，单个主体补助最高不超过100万元。（省农业农村厅牵头，省财政厅配合）</p>
<p>7.壮大农村电子商务。深入实施“数商兴农”工程，培育陕西特色农产品网络品牌100个，每年组织电商直播带货活动不少于500场次。（省商务厅、省农业农村厅、省供销合作社按职责分工负责）</p>
<p><strong>（四）培育壮大县域商业主体</strong></p>
<p>8.培育县域龙头流通企业。支持连锁流通企业向县乡下沉，对年销售额首次突破1亿元的县域连锁流通企业，由省级财政给予一次性奖励50万元。（省商务厅牵头，省财政厅、省市场监管局配合）</p>
<p>9.促进县域消费提质扩容。组织开展“秦货进万家”、家电和汽车下乡等促消费活动，每年组织县域促消费活动不少于200场。（省商务厅牵头，省文化和旅游厅、省总工会配合）</p>
<p><strong>（五）强化金融要素保障</strong></p>
<p>10.加大信贷支持力度。鼓励银行业金融机构开发“县域商贸贷”等专属信贷产品，对纳入省级项目库的县域商业体系建设项目贷款，按不超过1年期贷款市场报价利率（LPR）的50%给予贴息，贴息期限最长不超过2年。（中国人民银行陕西省分行、国家金融监督管理总局陕西监管局、省财政厅按职责分工负责）</p>
<p><strong>三、保障措施</strong></p>
<p><strong>（一）加强组织领导。</strong>建立由省商务厅牵头、省级有关部门参加的县域商业体系建设工作协调机制，统筹推进各项任务。各设区市要压实县级政府主体责任，将县域商业体系建设纳入乡村振兴实绩考核内容。</p>
<p><strong>（二）强化资金保障。</strong>省财政每年统筹安排县域商业体系建设专项资金2亿元，重点支持县级物流配送中心和乡镇商贸中心建设。对新建改造的县级物流配送中心，按不超过项目实际投资额30%给予补助，单个项目最高200万元；单个乡镇商贸中心补助最高不超过50万元。省财政厅要会同省商务厅制定专项资金管理办法。</p>
<p><strong>（三）规范项目管理。</strong>纳入支持范围的项目建设周期原则上不超过12个月，项目完工后由县级商务主管部门在30日内组织验收。对弄虚作假、骗取财政资金的，依法依规收回补助资金，3年内取消其申报资格。</p>
<p><strong>（四）加强督促评估。</strong>省商务厅要会同有关部门每半年开展一次调度评估，评估结果作为安排下一年度专项资金的重要依据。</p>
"""

HTML = f"""<!DOCTYPE html>
<!-- saved from url=(0079)http://www.shaanxi.gov.cn/zfxxgk/fdzdgknr/zcwj/szfbgtwj/szbf/202403/t20240325_2318457.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="陕西省人民政府">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ArticleTitle" content="陕西省人民政府办公厅关于印发推进县域商业体系建设三年行动方案的通知">
<meta name="PubDate" content="2024-03-25 17:02">
<meta name="ContentSource" content="陕西省人民政府办公厅">
<title>陕西省人民政府办公厅关于印发推进县域商业体系建设三年行动方案的通知_省政府办公厅文件_陕西省人民政府</title>
<link rel="stylesheet" href="./t20240325_2318457_files/common.css">
<link rel="stylesheet" href="./t20240325_2318457_files/xxgk_detail.css">
<script src="./t20240325_2318457_files/jquery-1.11.3.min.js"></script>
<script src="./t20240325_2318457_files/share.js"></script>
<style>.xxgk-box td{{border:1px solid #e2e2e2;padding:6px 10px}} .zoom p{{text-indent:2em;line-height:2}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="fl">欢迎访问陕西省人民政府网站</span><span class="fr"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">手机版</a></span></div></div>
<div class="header"><div class="w1200"><img src="./t20240325_2318457_files/logo.png" alt="陕西省人民政府"><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">要闻动态</a></li><li class="on"><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进陕西</a></li></ul></div>
<div class="w1200 bread">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">省政府办公厅文件</a></div>
<div class="w1200 main">
<table class="xxgk-box" width="100%" cellspacing="0" cellpadding="0">
<tbody>
<tr><td width="12%"><b>索 引 号：</b></td><td width="38%">11610000016000153X/2024-00096</td><td width="12%"><b>主题分类：</b></td><td>商贸、海关、旅游\\国内贸易（含供销）</td></tr>
<tr><td><b>发文机关：</b></td><td>陕西省人民政府办公厅</td><td><b>成文日期：</b></td><td>2024年03月18日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">陕西省人民政府办公厅关于印发陕西省推进县域商业体系建设三年行动方案（2024—2026年）的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>陕政办发〔2024〕6号</td><td><b>发布日期：</b></td><td>2024年03月25日</td></tr>
<tr><td><b>有 效 性：</b></td><td>有效</td><td><b>主 题 词：</b></td><td>县域商业　物流配送　行动方案</td></tr>
</tbody></table>
<div class="article">
<h1 class="art-title">陕西省人民政府办公厅关于印发陕西省推进县域商业体系建设三年行动方案（2024—2026年）的通知</h1>
<div class="art-info"><span>来源：陕西省人民政府办公厅</span><span>发布时间：2024-03-25 17:02</span><span>浏览次数：<em id="hits">12,486</em></span>
<span class="font-size">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span class="share">分享到：<a class="wx" title="微信">微信</a><a class="wb" title="新浪微博">微博</a><a class="qq" title="QQ空间">QQ空间</a></span></div>
<p align="center" style="text-indent:0">陕政办发〔2024〕6号</p>
<div class="zoom TRS_Editor" id="zoom">
{BODY}
{TABLE}
</div>
<div class="fj">附件下载：<a href="./P020240325601234567890.pdf">陕西省推进县域商业体系建设三年行动方案（2024—2026年）.pdf</a></div>
<div class="jiedu">相关解读：<a href="#">《陕西省推进县域商业体系建设三年行动方案（2024—2026年）》政策解读</a>　<a href="#">一图读懂｜三年新建改造乡镇商贸中心300个</a></div>
<div class="art-bottom"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next">
<p>上一篇：<a href="#">陕西省人民政府办公厅关于印发陕西省促进民营经济高质量发展若干措施的通知（陕政办发〔2024〕5号）</a></p>
<p>下一篇：<a href="#">陕西省人民政府办公厅关于进一步加强城镇燃气安全管理工作的通知（陕政办发〔2024〕7号）</a></p>
</div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
<p>主办：陕西省人民政府办公厅　承办：陕西省大数据中心</p>
<p>网站标识码：6100000059　陕ICP备05004467号　陕公网安备 61010302000073号</p></div></div>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body></html>
"""

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(HTML, encoding="utf-8")
print(OUT)
