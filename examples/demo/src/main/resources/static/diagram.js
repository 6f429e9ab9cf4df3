// Draws every pre.mermaid (the library's Mermaid output) as an SVG with Mermaid, served by the application. 'strict'
// keeps labels as text: a label that came from a resident can neither run script nor add links.
(function () {
  if (typeof mermaid === 'undefined') { return; }
  // Drawn at their natural size (a dense workflow shrunk to the page's width is unreadable); the figure scrolls instead.
  mermaid.initialize({
    startOnLoad: false, securityLevel: 'strict', theme: 'default', fontFamily: 'system-ui, sans-serif',
    state: { useMaxWidth: false }, flowchart: { useMaxWidth: false }
  });
  function draw() {
    mermaid.run({ querySelector: 'pre.mermaid' }).then(function () {
      document.body.dataset.diagrams = 'drawn';
    }, function (error) {
      document.body.dataset.diagrams = 'failed: ' + error;
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
