"""A place's party and government organs written with the level said again but no second 各 (各镇党委、镇政府) are one
addressee, as 各乡镇党委、政府 is; a second 各 (各乡镇党委、各乡镇人民政府) or another level (县政府) starts an addressee."""
import pytest

from extractors.addressees import split_names


@pytest.mark.parametrize("text, names", [
    ("各镇党委、镇政府，县委各部门", ["各镇党委、镇政府", "县委各部门"]),
    ("各乡镇党委、乡镇人民政府，县直各单位", ["各乡镇党委、乡镇人民政府", "县直各单位"]),
    ("各街道党工委、街道办事处", ["各街道党工委、街道办事处"]),
    ("各乡镇党委、各乡镇人民政府", ["各乡镇党委", "各乡镇人民政府"]),
    ("各镇党委、县政府办公室", ["各镇党委", "县政府办公室"]),
])
def test_the_level_said_again_without_each(text, names):
    assert [text[a:b] for a, b in split_names(text)] == names


def test_in_a_notice(tmp_path):
    from pipeline.runner import extract_document
    path = tmp_path / "n.txt"
    path.write_text("中共某县委办公室 某县人民政府办公室关于做好秋冬季森林防火工作的通知\n\n各镇党委、镇政府，县委各部门，县级国家机关各部门：\n"
                    "现将有关事项通知如下。\n\n中共某县委办公室\n某县人民政府办公室\n2025年10月8日\n", encoding="utf-8")
    metadata = extract_document(str(path))[1]["metadata"]
    assert metadata.recipients == ["各镇党委、镇政府", "县委各部门", "县级国家机关各部门"]
