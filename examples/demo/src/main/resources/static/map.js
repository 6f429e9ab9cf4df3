// A click on the campaign's map fills in the report form's coordinates: the inverse of SvgMap's projection.
(function () {
  var map = document.getElementById('map');
  var lat = document.getElementById('report-latitude');
  var lon = document.getElementById('report-longitude');
  if (!map || !lat || !lon) { return; }
  map.addEventListener('click', function (event) {
    if (event.target.closest('a')) { return; }
    var pt = map.createSVGPoint();
    pt.x = event.clientX; pt.y = event.clientY;
    var p = pt.matrixTransform(map.getScreenCTM().inverse());
    var west = parseFloat(map.dataset.west), north = parseFloat(map.dataset.north);
    lon.value = (west + p.x / parseFloat(map.dataset.scaleX)).toFixed(6);
    lat.value = (north - p.y / parseFloat(map.dataset.scaleY)).toFixed(6);
  });
})();
