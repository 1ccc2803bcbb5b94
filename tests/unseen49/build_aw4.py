"""Write aw4, a scraper-saved page (md), from its hand-written source src/aw4.md."""
import shutil
from pathlib import Path
HERE = Path(__file__).parent
OUT = HERE / "notices"
OUT.mkdir(exist_ok=True)
shutil.copy(HERE / "src" / "aw4.md", OUT / "aw4_nongye_nongcun_hu_ce_zhenggai.md")
