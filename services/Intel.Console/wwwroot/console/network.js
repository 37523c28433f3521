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
        label: 'data(label)', 'font-size': 12, 'min-zoomed-font-size': 8, color: '#1b1f24',
        'text-valign': 'bottom', 'text-margin-y': 3,
        // A label stays readable where edges cross it, and a long one (an IBAN, a company's full name) is cut short.
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'text-max-width': 130, 'text-wrap': 'ellipsis',
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
      // Labels count as part of each node, so the layout leaves room for them and names do not lie across each other,
      // laid out in the shape of the box it is drawn in, so fitting it there does not shrink the names to specks.
      : { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70,
          nodeRepulsion: () => 40000, nodeOverlap: 40, padding: 20,
          boundingBox: { x1: 0, y1: 0, w: Math.max(container.clientWidth, 300), h: Math.max(container.clientHeight, 200) } },
  });
  if (!large) {
    separateLabels(cy);
  }
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
  if (!large) {
    container.dataset.labelOverlaps = String(labelOverlaps(cy));
  }
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

const labelBox = n => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
const covers = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

// The layout keeps nodes apart, not their names: where two labels still cover each other, the lower node steps down
// (and the upper up) until both can be read. A few passes suffice for the pictures small enough to be laid out this way.
function separateLabels(cy) {
  const nodes = cy.nodes();
  for (let pass = 0; pass < 20; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [labelBox(nodes[i]), labelBox(nodes[j])];
        if (!covers(a, b)) continue;
        const [upper, lower] = a.y1 <= b.y1 ? [nodes[i], nodes[j]] : [nodes[j], nodes[i]];
        const gap = (Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1)) / 2 + 2;
        upper.position('y', upper.position('y') - gap);
        lower.position('y', lower.position('y') + gap);
        moved = true;
      }
    }
    if (!moved) break;
  }
  cy.fit(undefined, 20);
}

// How many pairs of drawn labels cover each other: for the browser tests, on pictures small enough to count them all.
function labelOverlaps(cy) {
  const boxes = cy.nodes().map(labelBox);
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (covers(boxes[i], boxes[j])) overlaps++;
    }
  }
  return overlaps;
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
