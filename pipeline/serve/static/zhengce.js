// zhengce browser: on the evidence view, bring the highlighted span into the middle of the notice's text box
(function () {
  function centre(mark, smooth) {
    var box = mark.closest(".zh-text");
    if (!box) { mark.scrollIntoView({block: "center"}); return; }
    var top = mark.offsetTop - box.clientHeight / 2 + mark.offsetHeight / 2;  // the box is the offsetParent
    box.scrollTo({top: Math.max(0, top), behavior: smooth ? "smooth" : "auto"});
  }
  document.addEventListener("DOMContentLoaded", function () {
    var mark = document.getElementById("evidence");
    if (!mark) return;
    centre(mark, false);
    document.querySelectorAll('a[href="#evidence"]').forEach(function (a) {
      a.addEventListener("click", function (event) { event.preventDefault(); centre(mark, true); });
    });
  });
})();
