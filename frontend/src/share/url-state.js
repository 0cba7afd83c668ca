// Self-contained links: the whole snapshot, deflated and base64url-encoded, in the URL fragment
// (#z=...). Needs no storage and never reaches the server (fragments are not sent), so it suits small
// programs; the page offers it only up to MAX_URL characters, a length every browser and chat client keeps.
const PREFIX = "#z=";
export const MAX_URL = 2000;

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The self-contained URL for a snapshot, or null when it would be longer than MAX_URL. */
export async function fragmentUrl(snapshot) {
  if (typeof CompressionStream === "undefined") return null;
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(snapshot)), new CompressionStream("deflate-raw"));
  const url = `${location.origin}/${PREFIX}${toBase64Url(packed)}`;
  return url.length <= MAX_URL ? url : null;
}

/** The snapshot in this page's fragment, or null when there is none; throws when it is damaged. */
export async function snapshotFromFragment(hash) {
  if (!hash.startsWith(PREFIX)) return null;
  const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
  const snapshot = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof snapshot.program !== "string") throw new Error("the link has no program");
  return snapshot;
}
