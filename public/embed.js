// Host-page helper for embedding medborgarlöften in an iframe: sizes each frame to the height its app reports.
// Include once on the page that holds the <iframe> (the "Bädda in" dialog gives both):
//   <script src="https://<app address>/embed.js" async></script>
// The app posts { type: "medborgarloften:height", height: <CSS px> } whenever its content changes size.
// A message counts only when it comes from the frame's own window *and* from the origin of its src.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'medborgarloften:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (error) {
        return;
      }
      if (event.origin !== origin) return;
      frame.style.border = '0';
      frame.style.height = Math.min(Math.ceil(height), 100000) + 'px';
      return;
    }
  });
})();
