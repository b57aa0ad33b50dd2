// Host-page helper for embedding medborgarlöften in an iframe: sizes each frame to the height its app reports.
// Include once on the page that holds the <iframe> (the "Bädda in" dialog gives both):
//   <iframe src="https://<app address>/?inbaddad=1" … allow="clipboard-write" data-medborgarloften></iframe>
// (allow="clipboard-write" lets "Dela länk" and "Kopiera koden" inside the frame write to the clipboard; keep it when editing.)
//   <script src="https://<app address>/embed.js" async></script>
// The app posts { type: "medborgarloften:height", height: <CSS px> } whenever its content changes size.
// A message counts only when it comes from a frame marked data-medborgarloften, from that frame's own window,
// and from the origin of its src. Any other frame on the page (an ad, a video) cannot resize itself this way,
// and a height is held to MIN_HEIGHT…MAX_HEIGHT whatever the message says.
(function () {
  'use strict';
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 30000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'medborgarloften:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll('iframe[data-medborgarloften]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!event.source || frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (error) {
        return;
      }
      if (origin === 'null' || event.origin !== origin) return;
      frame.style.border = '0';
      frame.style.height = Math.min(Math.max(Math.ceil(height), MIN_HEIGHT), MAX_HEIGHT) + 'px';
      return;
    }
  });
})();
