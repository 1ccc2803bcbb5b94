"""A scraped portal page saved as Markdown or text ends with the page's links to the notices before and after it
(上一篇：… / 下一篇：…, often with their 文号) and a list of related pages under 相关文件 / 相关链接 — as blind sets 41 and 42
showed (two such links read as citations). They are the portal's, not the notice's: no text, no citation, no figure;
the notice's own citations stay. A notice of our own (a 株洲 heating notice); expected values written by reading it.
"""
from __future__ import annotations

from pipeline.runner import extract_document

PAGE = """# 株洲市住房和城乡建设局关于做好2025年冬季供暖保障工作的通知

各县市区住房城乡建设局：

根据《湖南省城市供热管理办法》（湘政发〔2021〕8号），现就做好今冬供暖保障工作通知如下：

一、2025年11月15日前，各供热企业完成管网检修，供热管网完好率达到98%以上。

株洲市住房和城乡建设局

2025年10月20日

分享到：[微信](#) [微博](#)

- 上一篇：[株洲市住房和城乡建设局关于开展燃气安全专项检查的通知（株建发〔2025〕31号）](http://example.gov.cn/a.html)
- 下一篇：[株洲市人民政府办公室关于印发株洲市老旧小区改造实施方案的通知（株政办发〔2025〕12号）](http://example.gov.cn/b.html)

**相关文件：**

- [《株洲市城市供热价格管理办法》政策解读](http://example.gov.cn/c.html)
- [株洲市发展和改革委员会关于调整居民供热价格的通知](http://example.gov.cn/d.html)
"""


def test_a_pages_neighbour_and_related_links_are_no_part_of_the_notice(tmp_path):
    path = tmp_path / "zhuzhou_heating.md"
    path.write_text(PAGE, encoding="utf-8")
    document, results, _ = extract_document(str(path))
    assert "上一篇" not in document.text and "下一篇" not in document.text
    assert "老旧小区改造" not in document.text and "供热价格" not in document.text
    assert [(c.cited_title, c.cited_doc_number) for c in results["citations"]] == [
        ("湖南省城市供热管理办法", "湘政发〔2021〕8号")]
    assert [(t.value, t.unit) for t in results["targets"]] == [(98, "%")]
