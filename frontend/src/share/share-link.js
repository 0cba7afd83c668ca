// Share links: POST the current program, settings and view to /api/shares, show the /s/{id} link;
// on a /s/{id} page, load that snapshot into the editor and panes.
export async function createShare(snapshot) {
  const response = await fetch("/api/shares", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(snapshot),
  });
  const body = await response.json().catch(() => ({ error: { message: `HTTP ${response.status}` } }));
  if (!response.ok) throw new Error(body.error ? body.error.message : `HTTP ${response.status}`);
  return { id: body.id, url: new URL(body.url, location.href).href };
}

export async function loadShare(id) {
  const response = await fetch(`/api/shares/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: { message: `HTTP ${response.status}` } }));
  if (!response.ok) throw new Error(body.error ? body.error.message : `HTTP ${response.status}`);
  return body;
}
