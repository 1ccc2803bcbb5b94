"""Write aw5, a copied WeChat article (txt), from its hand-written source src/aw5.txt."""
import shutil
from pathlib import Path
HERE = Path(__file__).parent
OUT = HERE / "notices"
OUT.mkdir(exist_ok=True)
shutil.copy(HERE / "src" / "aw5.txt", OUT / "aw5_zhalantun_qingjie_qunuan.txt")
