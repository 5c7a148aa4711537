// Progressive enhancement only: every page works without this file.
document.body.classList.add("js-enabled", "govuk-frontend-supported");

const loader = document.getElementById("cylch-app");
const { initAll } = await import(loader.dataset.govukFrontend);
initAll();

// Copy-to-clipboard buttons: <button data-copy-target="id-of-input">.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-copy-target]");
  if (!button) return;
  const field = document.getElementById(button.dataset.copyTarget);
  if (!field) return;
  await navigator.clipboard.writeText(field.value);
  const status = document.getElementById(button.dataset.copyStatus);
  if (status) status.textContent = button.dataset.copiedText;
});
