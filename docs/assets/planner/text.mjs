/* Small text helpers without the page: Dutch lists, dates, counts. */

export function joinDutch(items) {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + " en " + items[items.length - 1];
}

/* "2025-10-13" as "13-10-2025"; anything else as it is. */
export function formatDate(iso) {
  if (typeof iso !== "string") return "";
  var parts = iso.split("-");
  return parts.length === 3 ? parseInt(parts[2], 10) + "-" + parseInt(parts[1], 10) + "-" + parts[0] : iso;
}

export function count(n, one, more) {
  return n + " " + (n === 1 ? one : more);
}

/* A number the Dutch way: 12.345. */
export function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}
