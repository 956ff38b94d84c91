/**
 * The HTML report's only script, inline: filters the case table by status and tag, and says how many rows
 * show. No network, no framework; the page reads without it (every row is visible).
 *
 * @internal
 */
export const HTML_FILTER_SCRIPT = `
(function () {
  var status = document.getElementById("filter-status");
  var tag = document.getElementById("filter-tag");
  var shown = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#cases tbody tr"));
  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var tags = (row.getAttribute("data-tags") || "").split(" ");
      var visible = (status.value === "" || row.getAttribute("data-status") === status.value) &&
        (tag.value === "" || tags.indexOf(tag.value) !== -1);
      row.hidden = !visible;
      if (visible) count += 1;
    });
    shown.textContent = count + " of " + rows.length + " cases shown";
  }
  status.addEventListener("change", apply);
  tag.addEventListener("change", apply);
  apply();
})();
`;
