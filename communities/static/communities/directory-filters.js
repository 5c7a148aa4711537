// Progressive enhancement: the directory's filters sit open beside the results on tablets and wider, and wait
// behind "Filter" on phones so the results come first. Without JavaScript the "Filter" disclosure opens with a
// click on every screen.
const filters = document.getElementById("directory-filters");
const wide = window.matchMedia("(min-width: 40.0625em)");

function follow() {
  if (filters) filters.open = wide.matches;
}

follow();
wide.addEventListener("change", follow);
