/* Loans per month, drawn on a canvas. Draw only: nothing is read back, so it is not fingerprinting. */
(function () {
  var canvas = document.getElementById("loans-chart");
  if (!canvas || !canvas.getContext) return;
  var ctx = canvas.getContext("2d");
  var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
  var loans = [4210, 3980, 4630, 4420, 4890, 5120];
  var max = Math.max.apply(null, loans);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.font = "12px sans-serif";
  months.forEach(function (m, i) {
    var h = Math.round((loans[i] / max) * 130);
    var x = 20 + i * 56;
    ctx.fillStyle = "#0b5c7a";
    ctx.fillRect(x, 150 - h, 36, h);
    ctx.fillStyle = "#1d2430";
    ctx.fillText(m, x + 6, 168);
  });
})();
