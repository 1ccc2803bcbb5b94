"""Write aw1, a saved portal page (html), from its hand-written source src/aw1.html."""
import shutil
from pathlib import Path
HERE = Path(__file__).parent
OUT = HERE / "notices"
OUT.mkdir(exist_ok=True)
shutil.copy(HERE / "src" / "aw1.html", OUT / "aw1_tiantai_diandong_zixingche_chongdian.html")
