// The network picture: Cytoscape.js, shipped with the console (wwwroot/console/lib, copied from npm at build time).
import cytoscape from './lib/cytoscape.esm.min.js';

// Each kind of entity has its own symbol; money, boats and engines stand out.
const shapes = {
  person: 'ellipse', phone: 'round-rectangle', email: 'round-tag', document: 'rectangle', social: 'tag',
  account: 'diamond', vessel: 'vee', engine: 'hexagon', vehicle: 'barrel', organisation: 'octagon', location: 'star',
};
const colours = {
  person: '#1f3a5f', phone: '#5b7aa6', email: '#5b7aa6', document: '#8e44ad', social: '#16a085',
  account: '#1f7a3f', vessel: '#c0392b', engine: '#d35400', vehicle: '#7f8c8d', organisation: '#2c3e50', location: '#b7950b',
};
const moneyLinks = /paid|pays|hawala|transfer|funds|money/i;

export function draw(container, graph, listener) {
  const elements = [];
  for (const n of graph.nodes) {
    elements.push({ group: 'nodes', data: { id: n.id, label: n.label ?? n.type, type: n.type, centrality: n.centrality, degree: n.degree } });
  }
  graph.links.forEach((l, i) => elements.push({ group: 'edges', data: { id: 'l' + i, source: l.from, target: l.to, type: l.type, money: moneyLinks.test(l.type) } }));
  const large = graph.nodes.length > 300;
  const cy = cytoscape({
    container,
    elements,
    // Drawing stays fluid with thousands of elements: edges hidden and a texture while panning or zooming.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: 1,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        shape: e => shapes[e.data('type')] ?? 'ellipse',
        'background-color': e => colours[e.data('type')] ?? '#555',
        width: e => 14 + 40 * e.data('centrality'), height: e => 14 + 40 * e.data('centrality'),
        label: 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 8, color: '#1b1f24',
        'text-valign': 'bottom', 'text-margin-y': 3,
      } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
      { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#c0392b' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa7b8', 'curve-style': large ? 'haystack' : 'bezier' } },
      { selector: 'edge[?money]', style: { 'line-color': '#1f7a3f', 'line-style': 'dashed', width: 2.5 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
    layout: large
      // The most central in the middle, rings outwards: drawn at once, where a force layout would take seconds.
      ? { name: 'concentric', concentric: n => n.data('centrality'), levelWidth: () => 0.05, animate: false, minNodeSpacing: 4 }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
  });
  const root = cy.getElementById(graph.id).addClass('root');
  if (large) {
    // Thousands of entities fitted into one view are specks: start at the entity the analyst came from, at full
    // size, and let them zoom out for the rest.
    cy.zoom(1);
    cy.center(root);
  }
  // Where the entity the picture started from is drawn, kept current as the view moves, for the browser tests.
  const mark = () => {
    const at = root.renderedPosition();
    container.dataset.rootX = String(Math.round(at.x));
    container.dataset.rootY = String(Math.round(at.y));
  };
  mark();
  cy.on('viewport resize', mark);
  cy.on('tap', e => listener.invokeMethodAsync('Selected', e.target === cy ? null : e.target.isNode() ? e.target.id() : null));
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.ready = 'true';
  return {
    filter(hiddenTypes, hiddenLinks) {
      cy.batch(() => {
        cy.elements().removeClass('hidden');
        cy.nodes().filter(n => hiddenTypes.includes(n.data('type'))).addClass('hidden');
        cy.edges().filter(e => hiddenLinks.includes(e.data('type'))).addClass('hidden');
      });
    },
    select(id) {
      cy.nodes().unselect();
      const node = cy.getElementById(id);
      node.select();
      cy.animate({ center: { eles: node } }, { duration: 200 });
    },
    // The canvas measures its place on the page again after Blazor re-renders around it, so clicks land where drawn.
    resize() { cy.resize(); },
    png(name) { download(cy.png({ output: 'blob', full: true, bg: '#ffffff' }), name); },
    dispose() { cy.destroy(); },
  };
}

export function save(text, name, type) {
  download(new Blob([text], { type }), name);
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
