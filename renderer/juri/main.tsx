// Placeholder until this page's issue lands.
const root = document.getElementById('root');
if (root) root.textContent = 'Panggung — juri';
