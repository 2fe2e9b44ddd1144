// Every page is prerendered to static HTML; directories with index.html keep URLs ending in "/".
export const prerender = true;
export const trailingSlash = 'always';
