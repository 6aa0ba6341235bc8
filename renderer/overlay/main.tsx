// Placeholder until the screens issue lands.
const root = document.getElementById('root');
if (root) root.textContent = 'Panggung — overlay';
