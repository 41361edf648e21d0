/* The checklists (docs/assets/checklists.js) keep ticks per werkplaats name under
   "netwerkleren:werkplaats:<naam>". When a werkplaats is renamed in the planner its ticks move with it; when
   it is deleted, they go too. Returns a Dutch message when something could not be done, else "". */

const FORM = "netwerkleren:werkplaats:";
const ACTIVE = "netwerkleren:werkplaats-actief";

export function moveChecklist(store, before, after) {
  before = (before || "").trim();
  after = (after || "").trim();
  if (!store || !before || before === after) return "";
  var ticks = store.getItem(FORM + before);
  if (ticks === null) return "";
  if (after && store.getItem(FORM + after) !== null) {
    return "De checklists hebben al vinkjes bij '" + after + "'; de vinkjes van '" + before + "' staan er nog onder die naam.";
  }
  try {
    if (after) store.setItem(FORM + after, ticks);
    store.removeItem(FORM + before);
    if (store.getItem(ACTIVE) === before) {
      if (after) store.setItem(ACTIVE, after);
      else store.removeItem(ACTIVE);
    }
  } catch (error) {
    return "De vinkjes in de checklists konden niet worden verplaatst.";
  }
  return "";
}
