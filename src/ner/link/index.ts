// Linking: which gazetteer entry a name means (docs/linking.md).
export { chooseLink, countryOf, defaultRank, type LinkChoice, type LinkContext } from './choose.js';
export { documentCountries } from './evidence.js';
export { headBefore } from './heads.js';
export { neverPerson } from './never-people.js';
export { trimInvisibles } from './trim.js';
export type { LinkHead, LinkKind } from './types.js';
