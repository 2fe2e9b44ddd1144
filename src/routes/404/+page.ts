// The page static hosts serve for every missing path, prerendered to build/404.html. Plain HTML
// with no app: a client router started at a path it did not render would fetch data for it (and
// log 404s), and outside BASE_PATH it would reload the page forever.
export const csr = false;
export const trailingSlash = 'never';
